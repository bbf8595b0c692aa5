//! The catalogue as the doc lists it: its entries in order, with their
//! groups, and which of them are diagnostics (messages about a mistake,
//! which need an example) and which are not, with why.

use std::path::Path;

/// One message of the catalogue, as written in vi.ftl (with its English).
pub struct Entry {
    /// The `## ` heading of vi.ftl it is under.
    pub group: String,
    pub id: String,
    pub vi: String,
    pub en: String,
}

/// What an entry is, for the doc.
pub enum Kind {
    /// A message about a mistake (error, warning or note): needs an example.
    Diagnostic,
    /// A diagnostic no site or command line can show (the reason).
    NoExample(&'static str),
    /// Not a message of its own (see [`NOT_DIAGNOSTIC`]): listed in a table.
    Other,
}

/// Entries that are not messages of their own, by id or id prefix (ending
/// in `-`), each with why. Decided from how the code uses them: a text
/// written on the pages or in the terminal's normal output, a piece that
/// only appears inside another message, or a help line. Any other entry is
/// a diagnostic and needs an example: a new entry is one until listed here.
const NOT_DIAGNOSTIC: &[(&str, &str)] = &[
    ("ui-", "a text loa writes on the site's pages"),
    ("unit-kinds-", "a kind of unit, written on the pages"),
    ("period-year", "a period's name, written on the pages and inside messages"),
    ("period-half", "a period's name, written on the pages and inside messages"),
    ("period-quarter", "a period's name, written on the pages and inside messages"),
    ("period-month", "a period's name, written on the pages and inside messages"),
    ("period-year-title", "a period's name, written on the pages"),
    ("period-half-title", "a period's name, written on the pages"),
    ("period-quarter-title", "a period's name, written on the pages"),
    ("period-month-title", "a period's name, written on the pages"),
    ("speech-posted", "a sentence of the loudspeaker script"),
    ("speech-document", "a sentence of the loudspeaker script"),
    ("speech-plan-", "a sentence of the loudspeaker script"),
    ("speech-indicator", "a sentence of the loudspeaker script"),
    ("speech-indicator-", "a sentence of the loudspeaker script"),
    ("speech-document-", "a sentence of the loudspeaker script"),
    ("speech-report-", "a sentence of the loudspeaker script"),
    ("speech-illustrative", "a sentence of the loudspeaker script"),
    ("cli-", "the help of the command line (loa --help)"),
    ("label-", "the label before a message (lỗi, cảnh báo, ghi chú, cách sửa)"),
    ("run-", "the summary line at the end of a run"),
    ("serve-listening", "loa serve's normal output"),
    ("serve-ready", "loa serve's normal output"),
    ("serve-updated", "loa serve's normal output"),
    ("serve-updated-all", "loa serve's normal output"),
    ("serve-written", "loa serve's normal output"),
    ("serve-index-", "loa serve's page listing the portals"),
    ("serve-overlay-", "loa serve's box of errors in the browser"),
    ("serve-failed", "loa serve's line counting the errors printed above it"),
    ("serve-bind-warning", "loa serve's note on listening beyond this computer"),
    ("init-done", "loa init's normal output"),
    ("new-done", "loa new's normal output"),
    ("new-added", "loa new's normal output"),
    ("lock-waiting", "a build's normal output while another one finishes"),
    ("publish-password-", "loa publish asking for or saving a password"),
    ("publish-secret-prompt", "loa publish asking for a secret"),
    ("publish-sent", "loa publish's normal output"),
    ("publish-sent-resumed", "loa publish's normal output"),
    ("publish-would-send", "loa publish's normal output"),
    ("publish-up-to-date", "loa publish's normal output"),
    ("publish-progress", "loa publish's progress bar"),
    ("active-file-published", "loa serve's note on a page it shows"),
    ("search-page", "names the search page inside a template's message"),
    ("raw", "carries another program's words"),
    ("yaml-in-field", "wraps a field's message (`ở trường …: …`): each is listed with its example"),
    ("did-you-mean", "a help line"),
    ("id-example", "a help line"),
    ("and-more", "a help line"),
    ("yaml-remove-field", "a help line"),
    ("yaml-allowed-fields", "a help line"),
    ("yaml-write-", "a help line"),
    ("yaml-quote-text", "a help line"),
    ("yaml-one-of", "a help line"),
    ("yaml-tabs", "a help line of yaml-syntax"),
    ("yaml-colon-in-text", "a help line of yaml-syntax"),
    ("yaml-flow-quote", "a help line of yaml-syntax"),
    ("yaml-check-indent", "a help line of yaml-syntax"),
    ("yaml-syntax-", "what yaml-syntax found, inside its message"),
    ("expect-", "what a field takes, inside a message"),
    ("found-", "what a field holds, inside a message"),
    ("kw-", "a kind of keyword, inside a message"),
    ("what-", "a kind of value, inside a message"),
    ("item-task", "a kind of item, inside a message"),
    ("item-group", "a kind of item, inside a message"),
    ("doc-mention", "a document's reference, inside a message"),
    ("every-", "a cadence, inside a message"),
    ("owner-", "what owns an address, inside a message"),
    ("output-reason-", "why an output folder is refused, inside output-refused"),
    ("output-use-own", "a help line of output-refused"),
    ("address-hint-", "a help line of an address taken twice"),
    ("template-rendering", "where a template failed, inside template-error"),
    ("template-help-rendering", "a help line of template-error"),
    ("check-anchor-missing-generated", "a help line of check-anchor-missing"),
    ("template-list", "a help line listing the templates"),
    ("theme-list", "a help line listing the themes"),
    ("md-and-more", "wraps a Markdown message told again on one page"),
    ("walk-loop", "why a folder cannot be read, inside walk-unreadable"),
    ("link-broken-target", "what a broken link leads to, inside a message"),
    ("number-write-figure", "a help line of a number"),
    ("keyword-one-of", "a help line of a keyword"),
    ("use-one-of", "a help line of a keyword"),
    ("portals-are", "a help line listing the portals"),
    ("new-plan-list", "a help line listing the plans"),
    ("publish-names-are", "a help line listing the targets or portals"),
    ("publish-tried-", "what loa publish tried, inside publish-auth"),
    ("publish-no-answer", "the detail of publish-connect"),
    ("publish-unknown-address", "the detail of publish-connect"),
    ("publish-refused", "the detail of publish-connect"),
    ("publish-timed-out", "the detail of publish-connect"),
    ("publish-unreachable", "the detail of publish-connect"),
    ("publish-no-sftp", "the detail of publish-connect"),
    ("publish-key-file", "the detail of publish-auth"),
    ("publish-no-s3-keys", "the detail of publish-no-secret"),
    ("publish-trusted", "loa publish's note after trusting a server"),
    ("publish-certificate", "the detail of publish-tls"),
    ("publish-bad-zip", "the detail of publish-other"),
    ("publish-no-bucket", "the detail of publish-other"),
    ("fs-op-", "an operation's name, inside fs-error"),
    ("io-", "why a file operation failed, inside fs-error, lock-open and publish-other"),
    ("page-left-out-", "why a page is not published, inside note-left-out"),
    ("note-left-out-", "a help inside note-left-out"),
    ("keyring-", "why the system keyring did not save a password, inside publish-save-failed"),
    ("tls-", "why the encrypted connection failed, inside publish-tls"),
];

/// Diagnostics no site of the fixtures nor a command line can show, by id
/// or id prefix, each with why (in Vietnamese: the doc shows it): they need
/// a failure of the machine a test cannot cause for sure, or are a fallback
/// nothing loa loads reaches. A prefix never hides an example: an id listed
/// here that has one fails the test.
const NO_EXAMPLE: &[(&str, &str)] = &[
    (
        "output-old-left",
        "xảy ra khi máy không cho xóa bản trang cũ mà chính loa vừa đặt sang bên (quyền bị đổi giữa chừng, ổ đĩa lỗi); quyền tệp không ngăn được người quản trị (root), nên một bài thử không tạo lại được việc này một cách chắc chắn",
    ),
    (
        "publish-save-failed",
        "`loa publish --save-password`: xảy ra khi kho mật khẩu của hệ thống không nhận mật khẩu (máy không có kho mật khẩu dùng được, hệ thống chặn loa mở nó, mật khẩu dài quá mức kho nhận); mật khẩu để trống được báo trước bằng `publish-empty-password`; một bài thử chỉ gây ra được việc này khi ghi vào kho mật khẩu thật của máy, điều mà các ví dụ không làm (bài thử tests/it/publish/mistakes.rs làm việc đó trong một phiên kho mật khẩu riêng)",
    ),
    (
        "serve-watch-failed",
        "`loa serve`: xảy ra khi hệ thống không cho theo dõi thêm thư mục (hết giới hạn inotify của máy); đó là giới hạn chung của cả máy, một bài thử không hạ được nó mà không ảnh hưởng đến chương trình khác",
    ),
    (
        "template-error-in",
        "dự phòng cho một lỗi của Tera nêu tên một mẫu không đến từ tệp nào; mọi mẫu loa nạp (của giao diện có sẵn, của themes/ hay templates/) đều có tệp của nó, nên lỗi mẫu được báo bằng `template-error`, kèm tệp và dòng; nếu gặp thông báo này, hãy báo cho người phát triển loa",
    ),
];

fn listed(id: &str, list: &[(&str, &'static str)]) -> Option<&'static str> {
    list.iter().find(|(p, _)| if p.ends_with('-') { id.starts_with(p) } else { id == *p }).map(|(_, why)| *why)
}

/// What `e` is (see [`Kind`]).
pub fn kind(e: &Entry, all: &[Entry]) -> Kind {
    let id = e.id.as_str();
    if id.ends_with("-help") {
        return Kind::Other;
    }
    // `unit-kind-phuong` beside `unit-kinds-phuong`: a kind's name.
    if let Some(k) = id.strip_prefix("unit-kind-")
        && all.iter().any(|o| o.id == format!("unit-kinds-{k}"))
    {
        return Kind::Other;
    }
    if listed(id, NOT_DIAGNOSTIC).is_some() {
        return Kind::Other;
    }
    match listed(id, NO_EXAMPLE) {
        Some(why) => Kind::NoExample(why),
        None => Kind::Diagnostic,
    }
}

/// The entries of `src` in order: (group, id, text with continuation
/// lines joined).
fn written(src: &str) -> Vec<(String, String, String)> {
    let mut out: Vec<(String, String, String)> = Vec::new();
    let mut group = String::new();
    for line in src.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            group = h.trim().to_string();
        } else if line.starts_with([' ', '\t']) && !line.trim().is_empty() {
            if let Some(last) = out.last_mut() {
                last.2.push(' ');
                last.2.push_str(line.trim());
            }
        } else if let Some((id, text)) = line.split_once(" = ").filter(|(id, _)| {
            id.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
                && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        }) {
            out.push((group.clone(), id.to_string(), text.trim().to_string()));
        }
    }
    out
}

/// Every entry of the catalogue, in the order of vi.ftl.
pub fn entries() -> Vec<Entry> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/messages");
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap();
    let en: std::collections::BTreeMap<String, String> =
        written(&read("en.ftl")).into_iter().map(|(_, id, t)| (id, t)).collect();
    written(&read("vi.ftl"))
        .into_iter()
        .map(|(group, id, vi)| {
            let en = en.get(&id).cloned().unwrap_or_default();
            Entry { group, id, vi, en }
        })
        .collect()
}

/// The words of a message's text outside its `{ … }` placeables.
fn pieces(text: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '{' => {
                depth += 1;
                out.push(String::new());
            }
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.last_mut().unwrap().push(c),
            _ => {}
        }
    }
    out.into_iter().map(|p| p.trim().to_string()).filter(|p| p.chars().count() >= 3).collect()
}

/// Whether `printed` holds, in order, every piece of the message text
/// `text` (a message found by its words, where no id is printed).
pub fn matches(text: &str, printed: &str) -> bool {
    let first = printed.lines().next().unwrap_or_default();
    let mut rest = first;
    for p in pieces(text) {
        match rest.find(&p) {
            Some(i) => rest = &rest[i + p.len()..],
            None => return false,
        }
    }
    true
}
