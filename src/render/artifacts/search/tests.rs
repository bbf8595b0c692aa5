//! The index read back as `search.js` reads it (a decoder of the format of
//! docs/search.md, for tests only): pages, fields, exact forms, pairs in
//! the group of their second word, the titles a shard brings, the routing
//! of words to shards, and bytes that do not depend on the order words
//! were first met in.

use super::encode::{self, DocMeta};
use super::invert::{self, GROUP_TITLES, TOP, Vocab};
use super::terms::{Collector, Interner, META, STRONG, TEXT, TITLE, Terms};

/// One decoded record: (page, field, forms the page has).
type Pages = Vec<(u32, u8, Vec<String>)>;

struct Group {
    key: String,
    forms: Vec<String>,
    pages: Pages,
    pairs: Vec<(String, Pages)>,
}

struct Reader<'b> {
    b: &'b [u8],
    p: usize,
}

impl Reader<'_> {
    fn v(&mut self) -> usize {
        let (mut x, mut s) = (0usize, 0);
        loop {
            let c = self.b[self.p];
            self.p += 1;
            x |= usize::from(c & 127) << s;
            s += 7;
            if c & 128 == 0 {
                return x;
            }
        }
    }

    fn bytes(&mut self) -> &[u8] {
        let n = self.v();
        self.p += n;
        &self.b[self.p - n..self.p]
    }

    fn pages(&mut self, forms: &[String], n_docs: usize) -> Pages {
        let df = self.v();
        let bitmap = self.b[self.p] == 1;
        self.p += 1;
        let mut docs = Vec::new();
        if bitmap {
            let map = &self.b[self.p..self.p + n_docs.div_ceil(8)];
            docs.extend((0..n_docs as u32).filter(|d| map[*d as usize / 8] & (1 << (d % 8)) != 0));
            self.p += map.len();
        } else {
            let mut d = 0;
            for i in 0..df {
                let gap = self.v() as u32;
                d = if i == 0 { gap } else { d + gap };
                docs.push(d);
            }
        }
        assert_eq!(docs.len(), df);
        let fields = self.p;
        let bits = fields + df.div_ceil(4);
        self.p = bits + (df * forms.len()).div_ceil(8);
        let b = self.b;
        docs.iter()
            .enumerate()
            .map(|(j, d)| {
                let field = (b[fields + j / 4] >> (2 * (j % 4))) & 3;
                let has = (0..forms.len())
                    .filter(|k| b[bits + (j * forms.len() + k) / 8] & (1 << ((j * forms.len() + k) % 8)) != 0)
                    .map(|k| forms[k].clone())
                    .collect();
                (*d, field, has)
            })
            .collect()
    }
}

/// A shard's groups and the titles it brings.
fn read_shard(zlib: &[u8], n_docs: usize) -> (Vec<Group>, Vec<(u32, DocMeta)>) {
    let raw = miniz_oxide::inflate::decompress_to_vec_zlib(zlib).expect("zlib");
    let mut r = Reader { b: &raw, p: 0 };
    let mut groups = Vec::new();
    let mut prev: Vec<u8> = Vec::new();
    for _ in 0..r.v() {
        let shared = r.v();
        let mut key = prev[..shared].to_vec();
        key.extend_from_slice(r.bytes());
        prev = key.clone();
        let forms: Vec<String> = (0..r.v()).map(|_| String::from_utf8(r.bytes().to_vec()).expect("utf-8")).collect();
        let pages = r.pages(&forms, n_docs);
        let pairs = (0..r.v())
            .map(|_| {
                let first = String::from_utf8(r.bytes().to_vec()).expect("utf-8");
                (first, r.pages(&[], n_docs))
            })
            .collect();
        groups.push(Group { key: String::from_utf8(key).expect("utf-8"), forms, pages, pairs });
    }
    let titles: Vec<(u32, (String, String, String))> = serde_json::from_slice(&raw[r.p..]).expect("titles");
    let titles = titles.into_iter().map(|(d, (title, path, info))| (d, DocMeta { title, path, info })).collect();
    (groups, titles)
}

fn meta(i: usize) -> DocMeta {
    DocMeta { title: format!("Trang {i}"), path: format!("trang-{i}/"), info: String::new() }
}

/// The pages' terms: (text, field) each.
fn collect(interner: &Interner, pages: &[&[(&str, u8)]]) -> Vec<Terms> {
    pages
        .iter()
        .map(|parts| {
            let mut c = Collector::new(interner, pages.len());
            for (text, field) in *parts {
                c.add(text, *field);
            }
            c.finish()
        })
        .collect()
}

fn build(interner: &Interner, terms: &[Terms]) -> (encode::Index, serde_json::Value) {
    let words = interner.words();
    let vocab = Vocab::new(&words);
    let docs: Vec<&Terms> = terms.iter().collect();
    let metas: Vec<DocMeta> = (0..terms.len()).map(meta).collect();
    let metas: Vec<&DocMeta> = metas.iter().collect();
    let index = encode::build(&invert::groups(&docs, &vocab), &metas);
    let manifest = serde_json::from_str(&index.manifest).expect("manifest");
    (index, manifest)
}

/// A group with the shard it is in and the titles that shard brings.
type Placed = (usize, Group, Vec<(u32, DocMeta)>);

/// Every group of the index, with the shard it is in.
fn all_groups(index: &encode::Index, n: usize) -> Vec<Placed> {
    let mut out = Vec::new();
    let mut shards: Vec<&(String, Vec<u8>)> = index.files.iter().filter(|f| f.0.starts_with("search/t/")).collect();
    shards.sort_by_key(|f| f.0.split(['/', '.']).nth(2).and_then(|n| n.parse::<usize>().ok()));
    for (i, (_, bytes)) in shards.into_iter().enumerate() {
        let (groups, titles) = read_shard(bytes, n);
        out.extend(groups.into_iter().map(|g| (i, g, titles.clone())));
    }
    out
}

const PAGES: &[&[(&str, u8)]] = &[
    &[("Công đoàn phường", TITLE), ("Hoạt động của công đoàn.", TEXT)],
    &[("Cộng đồng dân cư", TITLE), ("công đoàn", TEXT)],
    &[("Kế hoạch số 10/KH-UBND", TITLE), ("11/01/2022", META), ("Đoàn viên", STRONG)],
];

#[test]
fn records_read_back_with_pages_fields_and_forms() {
    let interner = Interner::default();
    let terms = collect(&interner, PAGES);
    let (index, _) = build(&interner, &terms);
    let groups = all_groups(&index, PAGES.len());
    let find = |k: &str| groups.iter().find(|g| g.1.key == k).unwrap_or_else(|| panic!("no group {k}"));
    let cong = &find("cong").1;
    assert_eq!(cong.forms, ["công", "cộng"], "the commoner form first");
    assert_eq!(cong.pages, [(0, TITLE, vec!["công".to_string()]), (1, TITLE, vec!["công".into(), "cộng".into()])]);
    let doan = &find("doan").1;
    assert_eq!(doan.pages.iter().map(|p| (p.0, p.1)).collect::<Vec<_>>(), [(0, TITLE), (1, TEXT), (2, STRONG)]);
    // The pair `cong doan` lives in the group of `doan`, with its best field.
    let pair = doan.pairs.iter().find(|p| p.0 == "cong").expect("cong doan");
    assert_eq!(pair.1.iter().map(|p| (p.0, p.1)).collect::<Vec<_>>(), [(0, TITLE), (1, TEXT)]);
    // Numbers and dates as written, without forms; "số" skipped in a pair.
    assert!(find("10").1.forms.is_empty());
    assert!(find("10").1.pairs.iter().any(|p| p.0 == "hoach"), "kế hoạch 10 without số");
    assert!(find("2022").1.pages.iter().any(|p| p.0 == 2 && p.1 == META));
}

#[test]
fn each_shard_brings_the_titles_of_its_records_best_pages() {
    let interner = Interner::default();
    // More pages than a record brings titles for; the word in a title on the last ones.
    let mut pages: Vec<Vec<(&str, u8)>> = (0..TOP + 3).map(|_| vec![("đoàn viên", TEXT)]).collect();
    pages.push(vec![("Đoàn viên", TITLE)]);
    pages.push(vec![("Đoàn viên", META)]);
    let parts: Vec<&[(&str, u8)]> = pages.iter().map(|p| &p[..]).collect();
    let terms = collect(&interner, &parts);
    let (index, _) = build(&interner, &terms);
    let groups = all_groups(&index, parts.len());
    let (_, doan, titles) = groups.iter().find(|g| g.1.key == "doan").expect("doan");
    let last = parts.len() as u32 - 1;
    let mut want: Vec<u32> = vec![last - 1, last];
    want.extend(0..(TOP as u32 - 2));
    let mut got: Vec<u32> = titles.iter().map(|t| t.0).collect();
    want.sort_unstable();
    got.sort_unstable();
    assert_eq!(got, want, "by field, then rank");
    assert!(titles.iter().all(|(d, m)| *m == meta(*d as usize)));
    assert_eq!(doan.pages.len(), parts.len());
}

#[test]
fn a_group_brings_its_words_titles_then_its_phrases_in_titles_then_the_commonest() {
    let interner = Interner::default();
    // `01`: in ten titles alone, then after 30 days (a date's month), one
    // day often, and once in a title phrase.
    let mut pages: Vec<Vec<(String, u8)>> = (0..TOP).map(|_| vec![("01".to_string(), TITLE)]).collect();
    pages.extend((1..=30).map(|d| vec![(format!("{d:02}/01/2022"), META)]));
    pages.extend((0..TOP).map(|_| vec![("15/01/2022".to_string(), META)]));
    pages.push(vec![("Tháng 01".to_string(), TITLE)]);
    let parts: Vec<Vec<(&str, u8)>> = pages.iter().map(|p| p.iter().map(|(t, f)| (t.as_str(), *f)).collect()).collect();
    let parts: Vec<&[(&str, u8)]> = parts.iter().map(|p| &p[..]).collect();
    let terms = collect(&interner, &parts);
    let words = interner.words();
    let vocab = Vocab::new(&words);
    let docs: Vec<&Terms> = terms.iter().collect();
    let groups = invert::groups(&docs, &vocab);
    let g = groups.iter().find(|g| g.key == "01").expect("01");
    let titles = g.titles();
    assert_eq!(titles.len(), GROUP_TITLES);
    assert_eq!(titles[..TOP], (0..TOP as u32).collect::<Vec<_>>()[..], "the word's best first");
    let last = parts.len() as u32 - 1;
    assert_eq!(titles[TOP], last, "then `thang 01`, in a title: {titles:?}");
    let day15 = TOP as u32 + 14;
    assert!(titles[TOP + 1..].iter().all(|d| *d == day15 || (40..last).contains(d)), "then `15 01`: {titles:?}");
}

#[test]
fn the_manifest_routes_every_word_to_its_shard() {
    let interner = Interner::default();
    let long: String = (0..3000).map(|i| format!("tu{i} ")).collect();
    let terms = collect(&interner, &[&[(long.as_str(), TEXT)], &[("Công đoàn, đường phố 2022", TITLE)]]);
    let (index, manifest) = build(&interner, &terms);
    let firsts: Vec<String> = manifest["s"].as_str().expect("s").split(' ').map(String::from).collect();
    assert!(firsts.len() > 2, "several shards");
    let utf16 = |s: &str| s.encode_utf16().collect::<Vec<_>>();
    assert!(firsts.windows(2).all(|w| utf16(&w[0]) < utf16(&w[1])), "sorted as JavaScript compares");
    let lasts: Vec<&str> = manifest["e"].as_str().expect("e").split(' ').collect();
    assert_eq!(lasts.len(), firsts.len());
    for (shard, g, _) in all_groups(&index, 2) {
        // search.js: the last shard whose first word is not after the word,
        // and the word not after its last.
        let routed = firsts.iter().rposition(|f| utf16(f) <= utf16(&g.key)).expect("a shard");
        assert_eq!(routed, shard, "{}", g.key);
        assert!(utf16(&g.key) <= utf16(lasts[shard]), "{}", g.key);
    }
    assert!(lasts.iter().zip(firsts.iter().skip(1)).all(|(l, f)| utf16(l) < utf16(f)), "shards do not overlap");
}

#[test]
fn the_index_does_not_depend_on_the_order_words_were_met() {
    let a = Interner::default();
    let b = Interner::default();
    // `b` met other words first (a serve session's earlier edits, say).
    collect(&b, &[&[("tổ dân phố đường hè", TEXT)], &[("kế hoạch", TITLE)]]);
    let (ia, _) = build(&a, &collect(&a, PAGES));
    let (ib, _) = build(&b, &collect(&b, PAGES));
    assert_eq!(ia.manifest, ib.manifest);
    assert!(ia.files == ib.files, "same bytes");
}

#[test]
fn a_whole_date_is_one_key_whose_group_brings_the_titles_of_that_day() {
    let interner = Interner::default();
    let day = crate::date::Date::parse("2022-01-11").expect("date");
    let other = crate::date::Date::parse("2022-01-12").expect("date");
    // Many pages with the date's numbers in their text, on other days, and
    // ranked before the two pages of the day.
    let mut terms: Vec<Terms> = (0..3 * TOP)
        .map(|_| {
            let mut c = Collector::new(&interner, 3 * TOP + 2);
            c.add("Họp ngày 11/01/2022", TITLE);
            super::add_date(&mut c, other);
            c.finish()
        })
        .collect();
    for _ in 0..2 {
        let mut c = Collector::new(&interner, 3 * TOP + 2);
        c.add("Thông báo", TITLE);
        super::add_date(&mut c, day);
        terms.push(c.finish());
    }
    let (index, _) = build(&interner, &terms);
    let groups = all_groups(&index, terms.len());
    let (_, g, titles) = groups.iter().find(|g| g.1.key == "2022-01-11").expect("the day's key");
    let of_day = [3 * TOP as u32, 3 * TOP as u32 + 1];
    assert_eq!(g.pages.iter().map(|p| (p.0, p.1)).collect::<Vec<_>>(), [(of_day[0], META), (of_day[1], META)]);
    assert!(g.forms.is_empty() && g.pairs.is_empty(), "one word, as written, no pairs");
    assert!(of_day.iter().all(|d| titles.iter().any(|t| t.0 == *d)), "the shard brings the day's titles");
    // Text never makes the key: only a page's own dates do.
    assert!(!groups.iter().any(|g| g.1.key == "2022-01-11" && g.1.pages.iter().any(|p| p.0 < 3 * TOP as u32)));
    assert!(groups.iter().any(|g| g.1.key == "2022-01-12"));
}

/// The file `search.js` fetches for a word being typed: the shard of the
/// words it begins, or the prefix's own file when they span several.
fn routed_prefix(manifest: &serde_json::Value, p: &str, later: bool) -> String {
    let utf16 = |s: &str| s.encode_utf16().collect::<Vec<_>>();
    let firsts: Vec<&str> = manifest["s"].as_str().expect("s").split(' ').collect();
    let lasts: Vec<&str> = manifest["e"].as_str().expect("e").split(' ').collect();
    let shard_of = |k: &[u16]| firsts.iter().rposition(|f| utf16(f).as_slice() <= k).unwrap_or(0);
    let mut lo = shard_of(&utf16(p));
    if utf16(p) > utf16(lasts[lo]) && lo + 1 < firsts.len() {
        lo += 1;
    }
    let mut end = utf16(p);
    end.push(0xffff);
    match shard_of(&end) - lo {
        0 => format!("t/{lo}"),
        1 => super::prefix::file_name(p, 'v'),
        _ => super::prefix::file_name(p, if later && p.chars().count() > 1 { 'q' } else { 'p' }),
    }
}

#[test]
fn a_word_being_typed_reaches_every_word_it_begins_in_one_file() {
    let interner = Interner::default();
    // `ho` (`hồ`, `họ`), `hoạch`, `hội`… each in many pages: their records
    // fill several shards. `kế hoạch` in the titles of a few.
    let words = ["hồ", "họ", "hoà", "hoạch", "hoạt", "học", "hội", "hơn", "hồng", "hợp", "hướng"];
    let n = 2000;
    let texts: Vec<Vec<(String, u8)>> = (0..n)
        .map(|i| {
            let mut parts = vec![(format!("Trang {i} {}", words[i % words.len()]), TITLE)];
            parts.push((words.iter().skip(i % 3).step_by(1 + i % 2).copied().collect::<Vec<_>>().join(" . "), TEXT));
            if i % 50 == 7 {
                parts.push(("Kế hoạch số 10".to_string(), TITLE));
            }
            parts
        })
        .collect();
    let parts: Vec<Vec<(&str, u8)>> = texts.iter().map(|p| p.iter().map(|(t, f)| (t.as_str(), *f)).collect()).collect();
    let parts: Vec<&[(&str, u8)]> = parts.iter().map(|p| &p[..]).collect();
    let terms = collect(&interner, &parts);
    let (index, manifest) = build(&interner, &terms);
    let placed = all_groups(&index, n);
    let ho: Vec<&Placed> = placed.iter().filter(|g| g.1.key.starts_with("ho") && g.1.key != "ho").collect();
    assert!(ho.iter().map(|g| g.0).collect::<std::collections::BTreeSet<_>>().len() > 2, "`ho…` spans several shards");
    // `ke ho`: `ho` is a later word, whose file has the pairs.
    let name = routed_prefix(&manifest, "ho", true);
    let (_, bytes) = index.files.iter().find(|f| f.0.starts_with(&format!("search/{name}."))).expect("the file");
    let (got, titles) = read_shard(bytes, n);
    // Every page with a word beginning with `ho`, with its best field and the
    // typed forms it begins with (as search.js ranks: `hồ` typed finds `hồ`,
    // `hồng`; `ho` finds `hoà`, `hoạch`…).
    // `ho` itself, as in its shard (a whole match counts more), then the others merged.
    assert_eq!(got.iter().map(|g| g.key.as_str()).collect::<Vec<_>>(), ["ho", "ho*"]);
    let exact = &placed.iter().find(|g| g.1.key == "ho").expect("ho").1;
    assert!(got[0].pages == exact.pages && got[0].forms == exact.forms);
    let merged = &got[1];
    for d in 0..n as u32 {
        let has: Vec<&(u32, u8, Vec<String>)> = ho.iter().filter_map(|g| g.1.pages.iter().find(|p| p.0 == d)).collect();
        let page = merged.pages.iter().find(|p| p.0 == d);
        assert_eq!(page.map(|p| p.1), has.iter().map(|p| p.1).min(), "page {d}: its best field");
        for typed in ["ho", "hồ", "hơ", "hộ", "họ", "hò", "hô"] {
            let want = has.iter().any(|p| p.2.iter().any(|f| f.starts_with(typed)));
            let got = page.is_some_and(|p| p.2.iter().any(|f| f.starts_with(typed)));
            assert_eq!(got, want, "page {d}, `{typed}` typed");
        }
    }
    // `kế hoạch`: the pair is there, and its pages' titles come with the file.
    let pair = merged.pairs.iter().find(|p| p.0 == "ke").expect("ke hoach");
    assert_eq!(
        pair.1.iter().map(|p| p.0).collect::<Vec<_>>(),
        (0..n as u32).filter(|i| i % 50 == 7).collect::<Vec<_>>()
    );
    assert!(pair.1.iter().all(|p| p.1 == TITLE));
    assert!(pair.1.iter().take(TOP).all(|p| titles.iter().any(|t| t.0 == p.0)), "the phrase's best titles");
    // A prefix in one shard is routed to it, with no file of its own.
    let one = placed.iter().find(|g| g.1.key == "trang").expect("trang").0;
    assert_eq!(routed_prefix(&manifest, "tra", true), format!("t/{one}"));
    assert!(!index.files.iter().any(|f| f.0.contains(&super::prefix::file_name("tra", 'p'))));
    // `ho` as the first word: the same groups without the pairs (no phrase ends there).
    let name = routed_prefix(&manifest, "ho", false);
    let (_, bytes) = index.files.iter().find(|f| f.0.starts_with(&format!("search/{name}."))).expect("the file");
    let (first, _) = read_shard(bytes, n);
    assert_eq!(first.iter().map(|g| g.key.as_str()).collect::<Vec<_>>(), ["ho", "ho*"]);
    assert!(first[1].pages == got[1].pages && first.iter().all(|g| g.pairs.is_empty()));
    // A prefix whose words are in two shards: their groups as they are.
    let mut two = 0;
    for (path, bytes) in index.files.iter().filter(|f| f.0.starts_with("search/v/")) {
        let hex = path.split(['/', '.']).nth(2).expect("hex");
        let p: Vec<u8> =
            (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex")).collect();
        let p = String::from_utf8(p).expect("utf-8");
        assert_eq!(routed_prefix(&manifest, &p, true), format!("v/{hex}"));
        let keys: Vec<String> = read_shard(bytes, n).0.into_iter().map(|g| g.key).collect();
        let want: Vec<&String> = placed.iter().map(|g| &g.1.key).filter(|k| k.starts_with(&p)).collect();
        assert_eq!(keys.iter().collect::<Vec<_>>(), want, "{p}");
        two += 1;
    }
    assert!(two > 0, "some prefix spans two shards");
}
