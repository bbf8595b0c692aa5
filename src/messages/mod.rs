//! The one catalogue of every message loa shows to a person: diagnostics,
//! terminal summaries and the interface strings written in Rust. Messages
//! are data: code builds a [`Msg`] (an id and its arguments, see [`msg!`]),
//! and the text is looked up in the reader's language only when it is shown.
//! The catalogues are Project Fluent files (`vi.ftl`, `en.ftl`) compiled into
//! the binary; Vietnamese is the default, English is chosen with `--lang en`
//! or `LOA_LANG=en`.

use std::fmt;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// The thousands separator and the decimal mark: `.` and `,` in
    /// Vietnamese, `,` and `.` in English.
    pub fn separators(self) -> (char, char) {
        match self {
            Lang::Vi => ('.', ','),
            Lang::En => (',', '.'),
        }
    }

    /// `vi` or `en` (also `vi-VN`, `en_US`, any case); None for others.
    pub fn parse(s: &str) -> Option<Lang> {
        let code = s.trim().to_ascii_lowercase();
        let code = code.split(['-', '_', '.']).next().unwrap_or_default();
        match code {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    fn source(self) -> &'static str {
        match self {
            Lang::Vi => include_str!("vi.ftl"),
            Lang::En => include_str!("en.ftl"),
        }
    }
}

static LANG: AtomicU8 = AtomicU8::new(0);

/// Sets the language diagnostics are shown in (once, at start-up).
pub fn set_lang(lang: Lang) {
    LANG.store(lang as u8, Ordering::Relaxed);
}

/// The language diagnostics are shown in.
pub fn lang() -> Lang {
    if LANG.load(Ordering::Relaxed) == Lang::En as u8 { Lang::En } else { Lang::Vi }
}

/// An argument of a message: text, or a whole number (which may choose a
/// plural form in English).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    Str(String),
    Int(i64),
    /// Another message, shown in the same language (a field's problem
    /// inside "in the field `x`: …").
    Msg(Box<Msg>),
    /// A number with decimals (the bits of a finite `f64`, so that `Arg`
    /// stays `Eq` and `Hash`), written the language's way: `1.234,5` in
    /// Vietnamese, `1,234.5` in English, with every digit it has.
    Num(u64),
}

impl From<f64> for Arg {
    fn from(v: f64) -> Self {
        Arg::Num(v.to_bits())
    }
}

/// `v` with all its digits, grouped by thousands and with the decimal mark
/// of `lang`: `62,5` and `1.234.567` in Vietnamese, `62.5` and `1,234,567`
/// in English.
pub fn number(v: f64, lang: Lang) -> String {
    let (group, decimal) = lang.separators();
    crate::text::numeral::grouped(&format!("{}", v.abs()), v.is_sign_negative(), group, decimal)
}

impl From<Text> for Arg {
    fn from(t: Text) -> Self {
        match t {
            Text::Msg(m) => Arg::Msg(m),
            Text::Raw(s) => Arg::Str(s),
        }
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Self {
        Arg::Msg(Box::new(m))
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}
macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(i8, i16, i32, i64, u8, u16, u32, u64, usize);

/// A message: its id in the catalogue and its arguments.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(id: &'static str) -> Msg {
        Msg { id, args: Vec::new() }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }

    /// The text in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        render(lang, self.id, &self.args)
    }
}

/// Builds a [`Msg`]: `msg!("did-you-mean", name = best)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::messages::Msg::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// A text shown to a person: a catalogue message, or (until every message
/// is in the catalogue) a sentence written in code.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Text {
    /// Boxed: a diagnostic holds two texts and stays small.
    Msg(Box<Msg>),
    Raw(String),
}

impl Text {
    /// The text in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Text::Msg(m) => m.text(lang),
            Text::Raw(s) => s.clone(),
        }
    }

    /// The catalogue id, when it is a catalogue message.
    pub fn id(&self) -> Option<&'static str> {
        match self {
            Text::Msg(m) => Some(m.id),
            Text::Raw(_) => None,
        }
    }
}

impl Text {
    /// Words of another program (an operating-system error, a server's
    /// reply, a library's error) quoted inside a catalogue message: they
    /// cannot be translated. The only way to make a raw text: there is no
    /// conversion from a string, so every sentence of loa's own is in the
    /// catalogue (the compiler enforces it).
    pub fn detail(words: impl ToString) -> Text {
        Text::Raw(words.to_string())
    }

    /// Why a file operation failed: the catalogue's words for the common
    /// kinds (not there, no right, a file where a folder goes, disk full),
    /// the system's own words for the rest.
    pub fn io(e: &std::io::Error) -> Text {
        use std::io::ErrorKind::*;
        let id = match e.kind() {
            NotFound => "io-not-found",
            PermissionDenied => "io-permission",
            AlreadyExists => "io-exists",
            IsADirectory => "io-is-folder",
            NotADirectory => "io-not-folder",
            DirectoryNotEmpty => "io-folder-not-empty",
            ReadOnlyFilesystem => "io-read-only",
            StorageFull | QuotaExceeded => "io-full",
            FileTooLarge => "io-too-large",
            _ => return Text::detail(e),
        };
        Msg::new(id).into()
    }
}

impl From<Msg> for Text {
    fn from(m: Msg) -> Self {
        Text::Msg(Box::new(m))
    }
}
/// Shown in the language of [`lang()`].
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(lang()))
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(lang()))
    }
}

/// The text of message `id` with no arguments, in `lang`: for interface
/// strings.
pub fn t(lang: Lang, id: &'static str) -> String {
    render(lang, id, &[])
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static VI: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let cell = match lang {
        Lang::Vi => &VI,
        Lang::En => &EN,
    };
    cell.get_or_init(|| {
        let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut b = FluentBundle::new_concurrent(vec![id]);
        // Unicode isolation marks would end up in terminals and HTML.
        b.set_use_isolating(false);
        // The catalogue is tested to parse (tests below); a broken entry
        // shows as its id rather than stopping a build.
        let res = match FluentResource::try_new(lang.source().to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let _ = b.add_resource(res);
        b
    })
}

fn render(lang: Lang, id: &str, args: &[(&'static str, Arg)]) -> String {
    let b = bundle(lang);
    let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
        // Every id used in code is tested to exist; this is a last resort.
        return format!("[{id}]");
    };
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Str(s) => fargs.set(*k, FluentValue::from(s.as_str())),
            Arg::Int(n) => fargs.set(*k, FluentValue::from(*n)),
            Arg::Msg(m) => fargs.set(*k, FluentValue::from(m.text(lang))),
            Arg::Num(bits) => fargs.set(*k, FluentValue::from(number(f64::from_bits(*bits), lang))),
        }
    }
    let mut errors = Vec::new();
    let out = b.format_pattern(pattern, Some(&fargs), &mut errors).into_owned();
    debug_assert!(errors.is_empty(), "message `{id}`: {errors:?}");
    out
}

/// Marks the start of a message encoded in a string (see [`Msg::encode`]).
const MARK: char = '\u{1f}';
const ARG: char = '\u{1e}';
const VALUE: char = '\u{1d}';

impl Msg {
    /// The message as a string that [`Msg::decode`] turns back into it:
    /// for messages that must travel through an error type that only
    /// carries a string (serde's custom errors).
    pub fn encode(&self) -> String {
        let mut s = format!("{MARK}{}", self.id);
        for (k, v) in &self.args {
            match v {
                Arg::Str(x) => s.push_str(&format!("{ARG}{k}{VALUE}s{x}")),
                Arg::Int(n) => s.push_str(&format!("{ARG}{k}{VALUE}i{n}")),
                Arg::Msg(m) => s.push_str(&format!("{ARG}{k}{VALUE}m{}", m.text(lang()))),
                Arg::Num(bits) => s.push_str(&format!("{ARG}{k}{VALUE}n{bits}")),
            }
        }
        s
    }

    /// A message encoded by [`Msg::encode`], if `s` is one.
    pub fn decode(s: &str) -> Option<Msg> {
        let rest = s.strip_prefix(MARK)?;
        let mut parts = rest.split(ARG);
        let mut m = Msg::new(intern(parts.next()?));
        for p in parts {
            let (k, v) = p.split_once(VALUE)?;
            let arg = match v.split_at_checked(1)? {
                ("i", n) => Arg::Int(n.parse().ok()?),
                ("n", bits) => Arg::Num(bits.parse().ok()?),
                (_, x) => Arg::Str(x.to_string()),
            };
            m.args.push((intern(k), arg));
        }
        Some(m)
    }
}

/// A `&'static str` for an id or argument name decoded from a string. Ids
/// and names come from loa's own code, so the set is small and bounded.
fn intern(s: &str) -> &'static str {
    use std::collections::HashSet;
    use std::sync::Mutex;
    static SEEN: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut seen = SEEN.get_or_init(Default::default).lock().unwrap_or_else(|p| p.into_inner());
    if let Some(&found) = seen.get(s) {
        return found;
    }
    let leaked: &'static str = Box::leak(s.to_string().into_boxed_str());
    seen.insert(leaked);
    leaked
}

#[cfg(test)]
mod tests;
