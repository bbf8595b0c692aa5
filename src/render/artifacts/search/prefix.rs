//! Prefix files: the word being typed (`ho` of `ke ho`) matches every word
//! it begins, and when those words lie in several shards (`ho`, `hoa`,
//! `hoach`… at 10,000 pages) one file, `p/<prefix as hex>`, holds what
//! they all say, so one request still answers it: the group of the prefix
//! itself when it is a word, then one group merging all the others (key
//! `<prefix>*`, never a word): per page the best field any of them has,
//! which of their exact forms' beginnings it has (`hồ`, `họ`, `hô`…: what
//! the typed letters are compared with), and the pairs ending with any of
//! them merged by first word. `search.js` ranks these two groups exactly
//! as it ranks all the groups they stand for (a prefix match counts half
//! whatever the word, the best one counts, a pair counts its best field).
//! Written for every prefix whose words span three shards or more, the
//! prefixes `search.js` knows to ask for from the manifest alone; twice:
//! `p/` without the pairs, for the first word of a query (which ends no
//! phrase: the pairs are most of a short prefix's file), and `q/` with
//! them, for a later word. A word of one letter has only its `p/` file:
//! a letter typed after another word counts no phrase yet (`cong d`
//! would bring the pairs ending with every word in `d`, 18 KB at 10,000
//! pages, compressed). A prefix whose words are in two shards (`trie`:
//! `triển`, `triệu`…) has instead one file, `v/`, of those words' groups
//! as they are (pairs included): no bigger than the two shards, and it
//! holds the word typed when it is complete (`triển`), so the query needs
//! no other file for it.

use rustc_hash::FxHashMap;

use super::invert::{Group, Record};
use crate::text;

/// Exact beginnings a merged group tells apart (a page's bits are a `u64`):
/// the commonest are kept (no Vietnamese prefix has more than 18: a vowel's
/// three shapes and six tones).
pub const FORMS: usize = 64;

/// A merged group: the group, and which of its forms each page has (bit
/// `k` for `word.variants[k]`).
pub struct Merged {
    pub group: Group,
    pub masks: Vec<u64>,
}

/// Every prefix whose words are in two shards or more (`starts[i]`: the
/// first group of shard `i`): the beginnings the words either side of a
/// shard boundary share, made only of characters a query's word can have.
pub fn spanning(groups: &[Group], starts: &[usize]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for &b in starts.iter().skip(1) {
        let (before, after) = (&groups[b - 1].key, &groups[b].key);
        let mut p = String::new();
        for (x, y) in before.chars().zip(after.chars()) {
            if x != y || !text::is_word_char(x) {
                break;
            }
            p.push(x);
            out.push(p.clone());
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The groups whose key begins with `p` (groups sorted as JavaScript
/// compares strings, so they are together).
pub fn range(groups: &[Group], p: &str) -> std::ops::Range<usize> {
    let p16: Vec<u16> = p.encode_utf16().collect();
    let from = groups.partition_point(|g| g.key.encode_utf16().lt(p16.iter().copied()));
    let to = from + groups[from..].iter().take_while(|g| g.key.starts_with(p)).count();
    from..to
}

/// The name of a file of prefix `p`: its UTF-8 bytes in hex (as
/// `search.js` names it), under `kind`: `v` (the groups as they are),
/// `p` (merged, without the pairs) or `q` (merged, with them).
pub fn file_name(p: &str, kind: char) -> String {
    let hex: String = p.bytes().map(|b| format!("{b:02x}")).collect();
    format!("{kind}/{hex}")
}

/// The beginnings of `form` that fold to `p` (`hồ` of `hồng` for `ho`):
/// the typed letters are one of them exactly when the form begins with
/// them.
fn beginnings(form: &str, p: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut folded = String::new();
    for (i, c) in form.char_indices() {
        text::fold_into(&form[i..i + c.len_utf8()], &mut folded);
        if folded.len() > p.len() {
            break;
        }
        if folded == p {
            out.push(form[..i + c.len_utf8()].to_string());
        }
    }
    out
}

/// The groups of `words` (every word beginning with `p`, other than `p`
/// itself) merged into one, over `n` pages.
pub fn merge(words: &[&Group], p: &str, n: usize) -> Merged {
    // Each word's forms (its key when it has none) and their beginnings.
    let starts: Vec<Vec<Vec<String>>> = words
        .iter()
        .map(|g| {
            let forms: Vec<&str> =
                if g.word.variants.is_empty() { vec![&g.key] } else { g.word.variants.iter().map(|v| &**v).collect() };
            forms.into_iter().map(|f| beginnings(f, p)).collect()
        })
        .collect();
    let forms = commonest(words, &starts);
    let at: FxHashMap<&str, usize> = forms.iter().enumerate().map(|(k, f)| (f.as_str(), k)).collect();
    let (mut field, mut mask) = (vec![u8::MAX; n], vec![0u64; n]);
    for (g, starts) in words.iter().zip(&starts) {
        let bits: Vec<u64> =
            starts.iter().map(|b| b.iter().filter_map(|s| at.get(s.as_str())).fold(0, |m, k| m | 1 << k)).collect();
        for (&d, &a) in g.word.docs.iter().zip(&g.word.attrs) {
            let d = d as usize;
            field[d] = field[d].min(a & 3);
            for (k, b) in bits.iter().enumerate() {
                if g.word.variants.is_empty() || a & (4 << k) != 0 {
                    mask[d] |= b;
                }
            }
        }
    }
    let (mut docs, mut attrs, mut masks) = (Vec::new(), Vec::new(), Vec::new());
    for d in (0..n).filter(|d| field[*d] != u8::MAX) {
        docs.push(d as u32);
        attrs.push(field[d]);
        masks.push(mask[d]);
    }
    let word = Record { variants: forms, docs, attrs };
    Merged { group: Group { key: format!("{p}*"), word, pairs: merge_pairs(words) }, masks }
}

/// The beginnings the pages have most, at most [`FORMS`], commonest first.
fn commonest(words: &[&Group], starts: &[Vec<Vec<String>>]) -> Vec<String> {
    let mut count: FxHashMap<&str, usize> = FxHashMap::default();
    for (g, starts) in words.iter().zip(starts) {
        for (k, b) in starts.iter().enumerate() {
            let pages = if g.word.variants.is_empty() {
                g.word.docs.len()
            } else {
                g.word.attrs.iter().filter(|a| *a & (4 << k) != 0).count()
            };
            for s in b {
                *count.entry(s).or_default() += pages;
            }
        }
    }
    let mut forms: Vec<(&str, usize)> = count.into_iter().collect();
    forms.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    forms.truncate(FORMS);
    forms.into_iter().map(|f| f.0.to_string()).collect()
}

/// The pairs ending with any of `words`, merged by first word: each page
/// with the best field it has any of them in.
fn merge_pairs(words: &[&Group]) -> Vec<(String, Record)> {
    let mut by_first: FxHashMap<&str, Vec<(u32, u8)>> = FxHashMap::default();
    for g in words {
        for (first, r) in &g.pairs {
            by_first.entry(first).or_default().extend(r.docs.iter().copied().zip(r.attrs.iter().map(|a| a & 3)));
        }
    }
    let mut out: Vec<(String, Record)> = by_first
        .into_iter()
        .map(|(first, mut pages)| {
            pages.sort_unstable();
            let (mut docs, mut attrs): (Vec<u32>, Vec<u8>) = (Vec::new(), Vec::new());
            // Sorted by page, then field: the first of a page is its best.
            for (d, f) in pages {
                if docs.last() != Some(&d) {
                    docs.push(d);
                    attrs.push(f);
                }
            }
            (first.to_string(), Record { variants: Vec::new(), docs, attrs })
        })
        .collect();
    out.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
    out
}
