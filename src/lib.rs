//! loa: a static site generator for Vietnamese local-government information
//! portals. This file is the only place that knows the order of the stages:
//! load (content) → model → render → write (output).

pub mod diagnostics;
pub mod docref;
pub mod fs;
pub mod render;
pub mod slug;
pub mod yaml;
