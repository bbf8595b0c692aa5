//! Generated files and fragments that are not pages: feeds, the sitemap and
//! robots.txt, open data, QR codes and the loudspeaker script — one file per
//! output kind.

pub mod feed;
pub mod opendata;
pub mod qr;
pub mod sitemap;
pub mod speech;
