//! The words of one page for the search index, gathered while the page is
//! rendered: each word in its exact form (composed, lowercase: `đoàn`) with
//! the best field it appears in, and pairs of neighbouring words (so that
//! `công đoàn` ranks pages with the phrase above pages with both words
//! apart). Words are interned once for a build (or a `serve` session): a
//! page keeps only numbers. Each rendering thread remembers the id of every
//! spelling it met (`Công`, `công`, `CÔNG`), so lowercasing, composing and
//! the shared table are met once per spelling and thread, and a word of a
//! page costs one lookup in a table of the thread's own.

use std::cell::RefCell;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use rustc_hash::FxHashMap;

use crate::text;

/// Where a word appears, best first: the ranking weighs them.
pub const TITLE: u8 = 0;
/// Document number, issuer, date, unit, tags, description.
pub const META: u8 = 1;
/// Headings, emphasis, or three times or more in the text.
pub const STRONG: u8 = 2;
pub const TEXT: u8 = 3;

/// Sites with more pages than this keep pairs of words only where they
/// are in a title or the metadata: in headings and text, pairs would make
/// the index several times larger (and its build slower) for a small gain
/// in ranking. Decided for the whole site, so every portal agrees.
pub const PAIRS_EVERYWHERE_UP_TO: usize = 1000;

/// The words of every page of a build, each stored once (exact form), with
/// ids that never change while the interner lives: a `serve` session keeps
/// one, so the words kept for pages not rendered again stay valid.
pub struct Interner {
    shards: Vec<Mutex<Shard>>,
    /// Tells this interner's ids from another's in the threads' tables.
    generation: u64,
}

#[derive(Default)]
struct Shard {
    ids: FxHashMap<Box<str>, u32>,
    words: Vec<Box<str>>,
}

const SHARDS: usize = 16;

impl Default for Interner {
    fn default() -> Self {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        Interner {
            shards: (0..SHARDS).map(|_| Mutex::default()).collect(),
            generation: NEXT.fetch_add(1, Ordering::Relaxed),
        }
    }
}

/// What a thread remembers of one interner: the id of each spelling (a
/// short one, as most Vietnamese syllables are, packed in a number: no
/// string to compare), and for each id the page collecting it last and
/// where in that page's list.
#[derive(Default)]
struct Seen {
    generation: u64,
    short: FxHashMap<u128, u32>,
    ids: FxHashMap<Box<str>, u32>,
    /// Id → (collector, index in its entries).
    at: Vec<(u64, u32)>,
}

thread_local! {
    static SEEN: RefCell<Seen> = RefCell::new(Seen::default());
}

/// Numbers collectors, so a thread's `Seen::at` tells them apart.
static COLLECTORS: AtomicU64 = AtomicU64::new(1);

impl Interner {
    /// The id of `word`, adding it when new.
    pub fn intern(&self, word: &str) -> u32 {
        let h = word.bytes().fold(0usize, |h, b| h.wrapping_mul(31).wrapping_add(b as usize)) % SHARDS;
        let mut s = self.shards[h].lock().unwrap_or_else(|p| p.into_inner());
        if let Some(id) = s.ids.get(word) {
            return *id;
        }
        let id = (s.words.len() * SHARDS + h) as u32;
        s.words.push(word.into());
        s.ids.insert(word.into(), id);
        id
    }

    /// Every word by id (ids not used are empty).
    pub fn words(&self) -> Vec<Box<str>> {
        let shards: Vec<_> = self.shards.iter().map(|s| s.lock().unwrap_or_else(|p| p.into_inner())).collect();
        let n = shards.iter().map(|s| s.words.len()).max().unwrap_or(0) * SHARDS;
        (0..n).map(|id| shards[id % SHARDS].words.get(id / SHARDS).cloned().unwrap_or_default()).collect()
    }
}

/// One page's words and neighbouring pairs, by interned id.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Terms {
    /// `id << 2 | field`, sorted.
    pub words: Vec<u32>,
    /// (first id, second id, field), sorted.
    pub pairs: Vec<(u32, u32, u8)>,
}

/// One word of the page: its id, best field and count.
#[derive(Clone, Copy)]
struct Entry {
    id: u32,
    field: u8,
    count: u32,
}

/// Gathers one page's terms.
pub struct Collector<'i> {
    interner: &'i Interner,
    /// This collector's number.
    stamp: u64,
    /// The worst field a pair is kept for.
    pair_fields: u8,
    entries: Vec<Entry>,
    pairs: FxHashMap<(u32, u32), u8>,
}

impl<'i> Collector<'i> {
    /// A collector for a page of a site of `pages` pages.
    pub fn new(interner: &'i Interner, pages: usize) -> Self {
        Collector {
            interner,
            stamp: COLLECTORS.fetch_add(1, Ordering::Relaxed),
            pair_fields: if pages > PAIRS_EVERYWHERE_UP_TO { META } else { TEXT },
            entries: Vec::new(),
            pairs: FxHashMap::default(),
        }
    }

    /// The id of `word` (as written), counted once more in `field`.
    fn entry(&mut self, seen: &mut Seen, word: &str, field: u8) -> u32 {
        let packed = pack(word);
        let known = match packed {
            Some(k) => seen.short.get(&k),
            None => seen.ids.get(word),
        };
        let id = match known {
            Some(&id) => id,
            None => {
                let mut exact = String::with_capacity(word.len());
                text::exact_into(word, &mut exact);
                let id = self.interner.intern(&exact);
                match packed {
                    Some(k) => seen.short.insert(k, id),
                    None => seen.ids.insert(word.into(), id),
                };
                id
            }
        };
        let i = id as usize;
        if seen.at.len() <= i {
            seen.at.resize(i + 1, (0, 0));
        }
        let (stamp, at) = seen.at[i];
        match self.entries.get_mut(at as usize) {
            Some(e) if stamp == self.stamp && e.id == id => {
                e.field = e.field.min(field);
                e.count += 1;
            }
            _ => {
                seen.at[i] = (self.stamp, self.entries.len() as u32);
                self.entries.push(Entry { id, field, count: 1 });
            }
        }
        id
    }

    /// Adds `text` found in `field`. Pairs do not cross lines. "số" before a
    /// number also pairs the word before it with the number, so that
    /// `kế hoạch 10` and `kế hoạch số 10` find the same pages.
    pub fn add(&mut self, text: &str, field: u8) {
        self.with_seen(|c, seen| c.add_seen(seen, text, field));
    }

    /// Runs `f` with this thread's table of spellings for this interner.
    fn with_seen(&mut self, f: impl FnOnce(&mut Self, &mut Seen)) {
        SEEN.with(|seen| {
            let mut seen = seen.borrow_mut();
            if seen.generation != self.interner.generation {
                *seen = Seen { generation: self.interner.generation, ..Seen::default() };
            }
            f(self, &mut seen);
        });
    }

    fn add_seen(&mut self, seen: &mut Seen, text: &str, field: u8) {
        let pairs = field <= self.pair_fields;
        for line in text.split('\n') {
            let (mut prev, mut before_so) = (None::<u32>, None::<u32>);
            for range in text::words(line) {
                let word = &line[range];
                let id = self.entry(seen, word, field);
                if !pairs {
                    continue;
                }
                if let Some(p) = prev {
                    self.pair(p, id, field);
                }
                if let Some(b) = before_so.take()
                    && word.starts_with(|c: char| c.is_ascii_digit())
                {
                    self.pair(b, id, field);
                }
                if is_so(word) {
                    before_so = prev;
                }
                prev = Some(id);
            }
        }
    }

    /// Adds `key` as one word (no splitting, no pairs): a whole date,
    /// `2022-01-11`, which no word of a text can be.
    pub fn add_key(&mut self, key: &str, field: u8) {
        self.with_seen(|c, seen| {
            c.entry(seen, key, field);
        });
    }

    fn pair(&mut self, a: u32, b: u32, field: u8) {
        let e = self.pairs.entry((a, b)).or_insert(field);
        *e = (*e).min(field);
    }

    /// The page's terms; a word met three times or more in the text counts
    /// as strong.
    pub fn finish(mut self) -> Terms {
        // A word is listed once, unless another collector on this thread
        // took its place in between (a page's words gathered inside another's).
        self.entries.sort_unstable_by_key(|e| e.id);
        self.entries.dedup_by(|b, a| {
            let same = a.id == b.id;
            if same {
                a.field = a.field.min(b.field);
                a.count += b.count;
            }
            same
        });
        let words: Vec<u32> = self
            .entries
            .iter()
            .map(|e| e.id << 2 | u32::from(if e.field == TEXT && e.count >= 3 { STRONG } else { e.field }))
            .collect();
        let mut pairs: Vec<(u32, u32, u8)> = self.pairs.into_iter().map(|((a, b), f)| (a, b, f)).collect();
        pairs.sort_unstable();
        Terms { words, pairs }
    }
}

/// A word of at most 15 bytes as one number, built from loads of its bytes
/// (not copied through memory): different words, different numbers.
fn pack(word: &str) -> Option<u128> {
    let b = word.as_bytes();
    let n = b.len();
    let u32_at = |i: usize| b.get(i..i + 4).and_then(|s| s.try_into().ok()).map_or(0, u32::from_le_bytes);
    let u64_at = |i: usize| b.get(i..i + 8).and_then(|s| s.try_into().ok()).map_or(0, u64::from_le_bytes);
    let (lo, hi) = match n {
        0..=3 => (b.iter().enumerate().fold(0u64, |x, (i, c)| x | u64::from(*c) << (8 * i)), 0),
        // Two loads that overlap: with the length, they still tell words apart.
        4..=7 => (u64::from(u32_at(0)) | u64::from(u32_at(n - 4)) << 32, 0),
        8..=15 => (u64_at(0), u64_at(n - 8).checked_shr(8 * (16 - n) as u32).unwrap_or(0)),
        _ => return None,
    };
    Some(u128::from(lo) | u128::from(hi) << 64 | (n as u128) << 120)
}

/// "số" (number), written with or without its tone, in any case, composed
/// or not (its exact form is `số` or `so`).
pub fn is_so(word: &str) -> bool {
    if !word.starts_with(['s', 'S']) || word.len() > 8 {
        return false;
    }
    let mut exact = String::new();
    text::exact_into(word, &mut exact);
    exact == "số" || exact == "so"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair_names(i: &Interner, t: &Terms) -> Vec<String> {
        let words = i.words();
        t.pairs.iter().map(|(a, b, _)| format!("{} {}", words[*a as usize], words[*b as usize])).collect()
    }

    #[test]
    fn pairs_skip_so_before_a_number_and_stop_at_lines() {
        let i = Interner::default();
        let mut c = Collector::new(&i, 10);
        c.add("Kế hoạch số 10/KH-UBND\nđoàn", TITLE);
        let pairs = pair_names(&i, &c.finish());
        for want in ["kế hoạch", "hoạch số", "số 10", "hoạch 10", "10 kh", "kh ubnd"] {
            assert!(pairs.contains(&want.to_string()), "{want} in {pairs:?}");
        }
        assert!(!pairs.iter().any(|p| p.ends_with("đoàn")), "{pairs:?}");
    }

    #[test]
    fn a_word_keeps_its_best_field_and_frequent_words_are_strong() {
        let i = Interner::default();
        let mut c = Collector::new(&i, 10);
        c.add("đoàn đoàn đoàn viên", TEXT);
        c.add("Đoàn", META);
        c.add("Công", TEXT);
        let t = c.finish();
        let words = i.words();
        let field = |w: &str| t.words.iter().find(|x| &*words[(**x >> 2) as usize] == w).map(|x| (x & 3) as u8);
        assert_eq!(field("đoàn"), Some(META));
        assert_eq!(field("công"), Some(TEXT));
        let mut c = Collector::new(&i, 10);
        c.add("công Công CÔNG", TEXT);
        let t2 = c.finish();
        assert_eq!(t2.words.len(), 1, "three spellings, one exact form");
        assert_eq!((t2.words[0] & 3) as u8, STRONG);
    }

    #[test]
    fn composed_and_decomposed_spellings_are_one_word() {
        let i = Interner::default();
        let mut c = Collector::new(&i, 10);
        c.add("Đoàn Đoa\u{300}n", TEXT);
        let t = c.finish();
        assert_eq!(t.words.len(), 1);
        assert_eq!(&*i.words()[(t.words[0] >> 2) as usize], "đoàn");
    }

    #[test]
    fn collectors_interleaved_on_one_thread_stay_apart() {
        let i = Interner::default();
        let (mut a, mut b) = (Collector::new(&i, 10), Collector::new(&i, 10));
        a.add("công đoàn", TEXT);
        b.add("đoàn viên", TEXT);
        a.add("đoàn đoàn", TEXT);
        let (a, b) = (a.finish(), b.finish());
        assert_eq!(a.words.len(), 2);
        assert_eq!(b.words.len(), 2);
        let words = i.words();
        let doan = a.words.iter().find(|x| &*words[(**x >> 2) as usize] == "đoàn").unwrap();
        assert_eq!((doan & 3) as u8, STRONG, "three times in all");
    }

    #[test]
    fn packed_words_differ_when_words_do() {
        let words = [
            "",
            "a",
            "ab",
            "abc",
            "abcd",
            "abce",
            "bbcd",
            "abcde",
            "abcdf",
            "abcdefg",
            "abcdefh",
            "abcdefgh",
            "abcdefgi",
            "abcdefghi",
            "abcdefghj",
            "bbcdefghi",
            "abcdefghijklmno",
            "abcdefghijklmnp",
            "đoàn",
            "đoạn",
            "Đoàn",
            "a\0",
            "a\0\0",
        ];
        let mut seen = std::collections::HashSet::new();
        for w in words {
            assert!(seen.insert(pack(w).expect("short")), "{w:?}");
        }
        assert_eq!(pack("abcdefghijklmnop"), None);
    }

    #[test]
    fn large_sites_keep_pairs_of_titles_and_metadata_only() {
        let i = Interner::default();
        let mut c = Collector::new(&i, PAIRS_EVERYWHERE_UP_TO + 1);
        c.add("công đoàn", TITLE);
        c.add("đoàn viên", STRONG);
        c.add("viên chức", TEXT);
        let pairs = pair_names(&i, &c.finish());
        assert_eq!(pairs, ["công đoàn"]);
        let mut c = Collector::new(&i, PAIRS_EVERYWHERE_UP_TO);
        c.add("đoàn viên", STRONG);
        c.add("viên chức", TEXT);
        assert_eq!(pair_names(&i, &c.finish()).len(), 2);
    }
}
