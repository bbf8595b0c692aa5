//! Checking and linking every `don-vi.yaml`: ids, kinds (English ids or
//! Vietnamese words), parents — refusing a parent chain that loops —
//! successors (whole or partial) and the predecessors and children derived
//! from them. Pure: no I/O.

use crate::content::DataFile;
use crate::content::data::RawUnit;
use crate::diagnostics::{Diagnostics, did_you_mean};
use crate::model::locate::Locator;
use crate::model::paths;
use crate::model::plan::{Level, Successor, UNIT_KINDS, Unit, UnitId, UnitIndex};
use crate::msg;
use crate::slug::slugify;

/// Checks and links every `don-vi.yaml`. Unit pages go under the folder of
/// the file that lists them.
pub fn units(files: &[DataFile<Vec<RawUnit>>], diags: &mut Diagnostics) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::new();
    let mut raw: Vec<(&RawUnit, Locator, usize)> = Vec::new();
    for f in files {
        let dir_path = paths::folder_path(f.dir());
        let mut seen_in_file: Vec<&str> = Vec::new();
        for u in &f.data {
            let at = Locator { shown: &f.shown, text: &f.text, base: 0 };
            let nth = seen_in_file.iter().filter(|x| **x == u.id).count() + 1;
            seen_in_file.push(&u.id);
            let anchor = at.anchor_nth("id", &u.id, nth);
            if !is_id(&u.id) {
                diags.push(
                    at.error_after(anchor, &u.id, msg!("unit-bad-id", id = &u.id))
                        .with_help(msg!("id-example", id = slugify(&u.id))),
                );
                continue;
            }
            if units.iter().any(|x| x.id == u.id) {
                diags.push(
                    at.error_after(anchor, &u.id, msg!("unit-twice", id = &u.id)).with_help(msg!("unit-twice-help")),
                );
                continue;
            }
            let known = kind_of(&u.kind);
            if known.is_none() {
                let help = match did_you_mean(&slugify(&u.kind), UNIT_KINDS.iter().map(|k| k.0)) {
                    Some(m) => msg!("did-you-mean", name = m),
                    None => {
                        msg!("unit-kind-help", list = UNIT_KINDS.iter().map(|k| k.0).collect::<Vec<_>>().join(", "))
                    }
                };
                diags.push(
                    at.error_after(anchor, &format!("kind: {}", u.kind), msg!("unit-kind-unknown", kind = &u.kind))
                        .with_help(help),
                );
            }
            // A unit of an unknown kind is kept (as "other"), so what refers
            // to it is not reported as unknown too.
            let &(kind, kind_name, kind_in_sentence, level) = known.unwrap_or(&UNIT_KINDS[UNIT_KINDS.len() - 1]);
            units.push(Unit {
                id: u.id.clone(),
                name: u.name.clone(),
                short: u.short.clone(),
                kind,
                kind_name,
                kind_in_sentence,
                level,
                is_ward: level == Level::Commune,
                parent: None,
                names: u.names.clone(),
                from: u.from,
                until: u.until,
                successors: vec![],
                predecessors: vec![],
                children: vec![],
                uncertain: known.is_none(),
                path: format!("{dir_path}{}/", u.id),
            });
            raw.push((u, at, anchor));
        }
    }
    link(&mut units, &raw, diags);
    units
}

/// Ids of units and indicators: lowercase ASCII words joined by `-`, at
/// most 64 characters.
pub fn is_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && slugify(s) == s
}

/// The kind written as its id or in Vietnamese ("tổ dân phố").
fn kind_of(written: &str) -> Option<&'static (&'static str, &'static str, &'static str, Level)> {
    let key = slugify(written);
    let key = match key.as_str() {
        "uy-ban-nhan-dan" => "ubnd",
        "hoi-dong-nhan-dan" => "hdnd",
        k => k,
    };
    UNIT_KINDS
        .iter()
        .find(|(k, name, _, _)| *k == key || slugify(&crate::messages::t(crate::messages::Lang::Vi, name)) == key)
}

/// Second pass: parents, successors, and loops in the parent chains.
fn link(units: &mut [Unit], raw: &[(&RawUnit, Locator, usize)], diags: &mut Diagnostics) {
    let mut links: Vec<(UnitId, Option<UnitId>, Vec<Successor>)> = Vec::new();
    {
        let index = UnitIndex::new(units);
        for (i, (u, at, anchor)) in raw.iter().enumerate() {
            let parent = u.parent.as_deref().and_then(|p| index.resolve(p, at, *anchor, diags));
            let successors = u
                .successors
                .iter()
                .filter_map(|s| {
                    index.resolve(&s.unit, at, *anchor, diags).map(|unit| Successor {
                        unit,
                        from: s.from,
                        partial: s.partial,
                        note: s.note.clone(),
                    })
                })
                .collect();
            links.push((i, parent, successors));
        }
    }
    for (i, parent, successors) in &links {
        units[*i].parent = *parent;
        for s in successors {
            if s.unit != *i && !units[s.unit].predecessors.iter().any(|(p, _)| p == i) {
                units[s.unit].predecessors.push((*i, s.partial));
            }
        }
    }
    for (i, _, successors) in links {
        units[i].successors = successors;
    }
    // A parent chain that comes back to where it started would make every
    // walk up the tree endless: report the loop and cut it.
    for start in 0..units.len() {
        if let Some(cycle) = parent_loop(units, start) {
            let names: Vec<&str> = cycle.iter().chain(cycle.first()).map(|u| units[*u].id.as_str()).collect();
            let (_, at, anchor) = &raw[start];
            diags.push(
                at.error_after(*anchor, "parent", msg!("unit-loop", id = &units[start].id, chain = names.join(" → ")))
                    .with_help(msg!("unit-loop-help")),
            );
            for u in cycle {
                units[u].parent = None;
                units[u].uncertain = true;
            }
        }
    }
    for i in 0..units.len() {
        if let Some(p) = units[i].parent {
            units[p].children.push(i);
        }
    }
}

/// The units of the loop `start` belongs to, starting with it, if its
/// parent chain comes back to it.
fn parent_loop(units: &[Unit], start: UnitId) -> Option<Vec<UnitId>> {
    let mut chain = vec![start];
    let mut x = units[start].parent?;
    // No chain is longer than the number of units without repeating one.
    for _ in 0..units.len() {
        if x == start {
            return Some(chain);
        }
        if chain.contains(&x) {
            // A loop further up, not through `start`: reported from there.
            return None;
        }
        chain.push(x);
        x = units[x].parent?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(yaml: &str) -> (Vec<Unit>, Diagnostics) {
        let data: Vec<RawUnit> = crate::yaml::from_str(yaml).unwrap();
        let f = DataFile {
            rel: "don-vi/don-vi.yaml".into(),
            shown: "content/don-vi/don-vi.yaml".into(),
            text: yaml.into(),
            data,
        };
        let mut d = Diagnostics::new();
        let u = units(&[f], &mut d);
        (u, d)
    }

    #[test]
    fn residential_groups_and_vietnamese_kinds() {
        let (u, d) = load(
            "- {id: p, name: P, kind: phường}\n- {id: t1, name: T1, kind: tổ dân phố, parent: p}\n- {id: t2, name: T2, kind: \"Thôn\", parent: p}\n",
        );
        assert!(!d.has_errors(), "{d:?}");
        assert_eq!((u[1].kind, u[1].level), ("to-dan-pho", Level::Group));
        assert_eq!(u[2].kind, "thon");
        assert_eq!(u[0].children, [1, 2]);
    }

    #[test]
    fn a_parent_loop_is_refused_and_cut() {
        let (u, d) = load(
            "- {id: a, name: A, kind: xa, parent: b}\n- {id: b, name: B, kind: xa, parent: a}\n- {id: c, name: C, kind: xa, parent: c}\n- {id: e, name: E, kind: thon, parent: a}\n",
        );
        let msgs: Vec<String> = d.iter().map(|x| x.message.text(crate::messages::Lang::En)).collect();
        assert!(msgs.contains(&"the parents of `a` loop: a → b → a".to_string()), "{msgs:?}");
        assert!(msgs.contains(&"the parents of `c` loop: c → c".to_string()), "{msgs:?}");
        assert_eq!(msgs.len(), 2, "one message per loop: {msgs:?}");
        assert!(u.iter().all(|x| x.parent.is_none_or(|p| p != 0 || x.id == "e")));
    }

    #[test]
    fn a_second_unit_with_an_id_is_pointed_at() {
        let (_, d) = load("- id: a\n  name: A\n  kind: xa\n- id: a\n  name: A2\n  kind: xa\n");
        let e = d.iter().next().unwrap();
        assert_eq!((e.line, e.message.id()), (4, Some("unit-twice")));
    }

    #[test]
    fn partial_successors() {
        let (u, _) = load(
            "- {id: a, name: A, kind: xa, successors: [{unit: b, from: 2025-07-01, partial: true}]}\n- {id: b, name: B, kind: xa}\n",
        );
        assert_eq!(u[1].predecessors, [(0, true)]);
    }
}
