//! Generated files and fragments that are not pages: feeds, the sitemap and
//! robots.txt, open data, QR codes, the loudspeaker script, and the search
//! index with its page — one file per output kind.

pub mod feed;
pub mod opendata;
pub mod qr;
pub mod search;
pub mod sitemap;
pub mod speech;
