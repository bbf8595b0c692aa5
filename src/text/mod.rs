//! Text in Vietnamese: numbers, dates and abbreviations in words for the
//! loudspeaker script (`words`, `spoken`).

pub mod spoken;
pub mod words;
