//! The generated part of docs/thong-bao.md: one section per group of the
//! catalogue; in it, each message about a mistake with what it means, an
//! example (the lines that cause it or the command line), the message loa
//! prints for it and the fix; then a table of the group's other texts.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::catalogue::{self, Entry, Kind};
use super::{Example, TODAY};

pub const START: &str =
    "<!-- danh sách: tạo từ src/messages/*.ftl; LOA_BLESS_DOCS=1 cargo test --test it message_docs để cập nhật -->";
pub const END: &str = "<!-- hết danh sách -->";

/// `doc` with its list made again from the catalogue and the examples.
pub fn doc(doc: &str, entries: &[Entry], examples: &BTreeMap<String, Example>) -> String {
    let (head, rest) = doc.split_once(START).expect("the list's start marker");
    let (_, tail) = rest.split_once(END).expect("the list's end marker");
    format!("{head}{START}\n{}\n{END}{tail}", list(entries, examples))
}

fn list(entries: &[Entry], examples: &BTreeMap<String, Example>) -> String {
    let by_id: BTreeMap<&str, &Entry> = entries.iter().map(|e| (e.id.as_str(), e)).collect();
    let mut groups: Vec<(&str, Vec<&Entry>)> = Vec::new();
    for e in entries {
        match groups.last_mut() {
            Some((g, list)) if *g == e.group => list.push(e),
            _ => groups.push((&e.group, vec![e])),
        }
    }
    let mut out = String::new();
    for (group, list) in groups {
        let _ = write!(out, "\n### {group}\n");
        let mut others = Vec::new();
        for e in list {
            match catalogue::kind(e, entries) {
                Kind::Diagnostic => entry(&mut out, e, &by_id, examples.get(&e.id), None),
                Kind::NoExample(why) => entry(&mut out, e, &by_id, None, Some(why)),
                Kind::Other => {
                    let shown_with_its_message =
                        e.id.strip_suffix("-help")
                            .and_then(|base| by_id.get(base))
                            .is_some_and(|b| !matches!(catalogue::kind(b, entries), Kind::Other));
                    if !shown_with_its_message {
                        others.push(e);
                    }
                }
            }
        }
        table(&mut out, &others);
    }
    out
}

/// The label a printed message starts with (`lỗi`, `cảnh báo`, `ghi chú`),
/// after its place if it has one.
fn label(block: &str) -> &'static str {
    let first = block.lines().next().unwrap_or_default();
    ["lỗi", "cảnh báo", "ghi chú"]
        .into_iter()
        .filter_map(|l| {
            let at = if first.starts_with(&format!("{l}: ")) { Some(0) } else { first.find(&format!(": {l}: ")) };
            at.map(|i| (i, l))
        })
        .min()
        .map_or("", |(_, l)| l)
}

/// The command as a staff member types it (the fixed day of the tests left
/// out), in backquotes; a sequence (one step a line) joined by "rồi", a
/// hand edit (`sua <file>`) told in words, the variables a step sets
/// before `loa`; the test hook `LOA_TEST_INTERRUPT_AFTER` told as the
/// Ctrl-C it stands for.
fn shown_command(command: &str) -> String {
    let step = |s: &str| {
        if let Some(file) = s.strip_prefix("sua ") {
            return format!("sửa tay tệp `{file}`");
        }
        let s = s.replace(&format!(" --today {TODAY}"), "");
        let words: Vec<&str> = s.split(' ').collect();
        let n = words.iter().take_while(|w| super::is_env(w)).count();
        let (env, rest) = words.split_at(n);
        let mut set: Vec<&str> = Vec::new();
        let mut after = String::new();
        for w in env {
            match w.strip_prefix("LOA_TEST_INTERRUPT_AFTER=") {
                Some(k) => after = format!(" bị ngắt sau {k} tệp (như khi bấm Ctrl-C)"),
                None => set.push(w),
            }
        }
        set.push("loa");
        format!("`{} {}`{after}", set.join(" "), rest.join(" "))
    };
    command.lines().map(step).collect::<Vec<_>>().join(", rồi ")
}

/// A catalogue text as the reader sees it: Fluent's quoted braces
/// (`{"{"}`) shown as braces.
fn shown(text: &str) -> String {
    text.replace("{\"{\"}", "{").replace("{\"}\"}", "}")
}

fn entry(out: &mut String, e: &Entry, by_id: &BTreeMap<&str, &Entry>, ex: Option<&Example>, none: Option<&str>) {
    let kind = ex.map(|x| label(&x.block)).filter(|l| !l.is_empty()).unwrap_or("lỗi");
    let _ = write!(out, "\n#### `{}` ({kind})\n\n{}  \n*{}*\n", e.id, shown(&e.vi), shown(&e.en));
    if let Some(why) = none {
        let _ = write!(out, "\nKhông có ví dụ: {why}.\n");
    }
    if let Some(x) = ex {
        let default = x.command == format!("check --today {TODAY}");
        match &x.source {
            Some((file, first, lines)) => {
                if !default {
                    let _ = write!(out, "\nLệnh: {}\n", shown_command(&x.command));
                }
                // Shown as text, as in the rest of the doc: the doc's YAML
                // blocks are examples to copy (tests/it/messages.rs checks
                // that they quote their text); a mistake is not one.
                let _ = write!(out, "\nViết sai, trong `{file}` (từ dòng {first}):\n```text\n{lines}\n```\n");
            }
            None => {
                let _ = write!(out, "\nLệnh: {}\n", shown_command(&x.command));
            }
        }
        let _ = write!(out, "\nloa báo:\n```text\n{}\n```\n", x.block);
    }
    let help_id = format!("{}-help", e.id);
    if let Some(h) = by_id.get(help_id.as_str()) {
        let _ = write!(out, "\nCách sửa (`{help_id}`): {}  \n*{}*\n", shown(&h.vi), shown(&h.en));
    } else if let Some(help) = ex.and_then(|x| x.block.lines().find_map(|l| l.trim_start().strip_prefix("cách sửa: ")))
    {
        let _ = write!(out, "\nCách sửa: {help}\n");
    }
}

fn table(out: &mut String, others: &[&Entry]) {
    if others.is_empty() {
        return;
    }
    let cell = |s: &str| s.replace('|', "\\|");
    out.push_str("\nChữ khác của nhóm này (chữ trên trang, hay một phần của thông báo khác):\n\n");
    out.push_str("| Mã (id) | Tiếng Việt | English |\n|---|---|---|\n");
    for e in others {
        let _ = writeln!(out, "| `{}` | {} | {} |", e.id, cell(&shown(&e.vi)), cell(&shown(&e.en)));
    }
}
