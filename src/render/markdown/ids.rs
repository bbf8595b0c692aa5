//! Heading ids: a slug of the heading's text, numbered when the page has
//! it already (`muc-dich`, `muc-dich-1`), in linear time however many
//! headings repeat.

use std::collections::{HashMap, HashSet};

/// Id given to a heading whose text has nothing to slug ("## …").
const EMPTY_HEADING_ID: &str = "muc";

/// `slug`, or `slug-1`, `slug-2`… whichever is not taken yet; `next`
/// remembers where each slug's numbering got to.
pub(super) fn unique_id(ids: &mut HashSet<String>, next: &mut HashMap<String, u32>, slug: String) -> String {
    let base = if slug.is_empty() { EMPTY_HEADING_ID.to_string() } else { slug };
    let n = next.entry(base.clone()).or_insert(0);
    loop {
        let id = if *n == 0 { base.clone() } else { format!("{base}-{n}") };
        *n += 1;
        if ids.insert(id.clone()) {
            return id;
        }
    }
}
