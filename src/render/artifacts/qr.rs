//! QR codes of page addresses for printed notices: generated at build time
//! (the `qrcode` crate encodes, places the modules and applies the masks;
//! the choice among the eight masks is scored here by the standard's four
//! penalty rules as the crate scores them, on bit sets, as the crate's own
//! scoring takes about 50 times longer
//! and a portal has a code on every page; the SVG is drawn here, one path
//! of horizontal runs) and placed in the print view's slot by the `qr`
//! template filter. On portals rendered
//! together (see `classes`), the filter leaves a placeholder carrying the
//! page's path, and each portal's copy gets the code of its own address.

use qrcode::canvas::{Canvas, MaskPattern};
use qrcode::{Color, EcLevel};

/// Starts a QR placeholder; the page's path follows, then [`END`].
pub const PH_QR: &str = "\u{E000}4";
pub const END: &str = "\u{E001}";

/// Modules of white space around the code, as the standard asks.
const QUIET: usize = 4;

/// The `qr` filter: `{{ url | qr }}` gives the SVG of the QR code of `url`
/// (inline, decorative: the address is printed beside it as text).
pub fn filter(url: &str) -> String {
    match url.strip_prefix(crate::render::classes::PH_URL) {
        Some(path) => format!("{PH_QR}{path}{END}"),
        None => svg(url),
    }
}

/// The SVG of the QR code of `text` (error correction level M: a notice
/// board's code survives a fold or a stain); empty if it cannot be encoded
/// (longer than a QR code holds).
pub fn svg(text: &str) -> String {
    let Some((width, colors)) = encode(text) else { return String::new() };
    let size = width + 2 * QUIET;
    let mut d = String::with_capacity(width * width / 2);
    for y in 0..width {
        let row = &colors[y * width..(y + 1) * width];
        let mut x = 0;
        while x < width {
            if row[x] == Color::Light {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && row[x] == Color::Dark {
                x += 1;
            }
            d.push_str(&format!("M{} {}h{}v1h-{}z", start + QUIET, y + QUIET, x - start, x - start));
        }
    }
    format!(
        "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" \
         shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>\
         <path fill=\"#000\" d=\"{d}\"/></svg>"
    )
}

/// The modules of the QR code of `text`: (width, colours row by row).
pub fn encode(text: &str) -> Option<(usize, Vec<Color>)> {
    let bits = qrcode::bits::encode_auto(text.as_bytes(), EcLevel::M).ok()?;
    let version = bits.version();
    let data = bits.into_bytes();
    let (codewords, ec) = qrcode::ec::construct_codewords(&data, version, EcLevel::M).ok()?;
    let mut canvas = Canvas::new(version, EcLevel::M);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&codewords, &ec);
    let width = usize::try_from(version.width()).ok()?;
    if width > MAX_FAST {
        let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
        return Some((width, code.to_colors()));
    }
    const MASKS: [MaskPattern; 8] = [
        MaskPattern::Checkerboard,
        MaskPattern::HorizontalLines,
        MaskPattern::VerticalLines,
        MaskPattern::DiagonalLines,
        MaskPattern::LargeCheckerboard,
        MaskPattern::Fields,
        MaskPattern::Diamonds,
        MaskPattern::Meadow,
    ];
    MASKS
        .iter()
        .map(|m| {
            let mut c = canvas.clone();
            c.apply_mask(*m);
            c.into_colors()
        })
        .min_by_key(|colors| penalty(width, colors))
        .map(|colors| (width, colors))
}

/// The penalty score of ISO/IEC 18004 §7.8.3 (lower scans better): runs of
/// five or more modules of one colour, 2×2 blocks, finder-like 1:1:3:1:1
/// patterns with four light modules on a side, and the dark/light balance.
/// Lines are bit sets (bit `i`: module `i` is dark) so each rule is a few
/// word operations per line; codes wider than [`MAX_FAST`] are scored by
/// the crate instead.
pub fn penalty(width: usize, colors: &[Color]) -> u32 {
    let rows: Vec<u128> = (0..width).map(|y| line(width, |x| colors[y * width + x] == Color::Dark)).collect();
    let cols: Vec<u128> = (0..width).map(|x| line(width, |y| colors[y * width + x] == Color::Dark)).collect();
    let full: u128 = (1u128 << width) - 1;
    let mut score = 0;
    for l in rows.iter().chain(&cols) {
        // Rule 1: a run of 5 + k modules scores 3 + k. Bit i of `edges`:
        // module i differs from module i + 1, so a run ends there.
        let mut edges = ((l ^ (l >> 1)) & (full >> 1)) | (1u128 << (width - 1));
        let mut start = 0;
        while edges != 0 {
            let end = edges.trailing_zeros() + 1;
            let run = end - start;
            score += if run >= 5 { run - 2 } else { 0 };
            start = end;
            edges &= edges - 1;
        }
        // Rule 3: 1011101 with 0000 before or after (outside is light),
        // once per pattern. Bit j of `cores`: the pattern starts at j.
        let n = |k: u32| !(l >> k);
        let mut cores = l & n(1) & (l >> 2) & (l >> 3) & (l >> 4) & n(5) & (l >> 6) & (full >> 6);
        while cores != 0 {
            let j = cores.trailing_zeros();
            let before = ((l << 4) >> j) & 0xf == 0;
            let after = (l >> (j + 7)) & 0xf == 0;
            if before || after {
                score += 40;
            }
            cores &= cores - 1;
        }
    }
    // Rule 2: every 2×2 block of one colour scores 3.
    for pair in rows.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let same = !(a ^ b) & !(a ^ (a >> 1)) & !(b ^ (b >> 1)) & (full >> 1);
        score += 3 * same.count_ones();
    }
    // Rule 4: 2 for every 1% the dark share is away from 50% (the
    // standard's 10 per 5%, not rounded down).
    let total = (width * width) as u32;
    let darks: u32 = rows.iter().map(|r| r.count_ones()).sum();
    score + (darks * 200 / total).abs_diff(100)
}

/// Widest code scored with 128-bit lines (the line and its 4-module margins).
pub const MAX_FAST: usize = 120;

fn line(width: usize, dark: impl Fn(usize) -> bool) -> u128 {
    (0..width).filter(|i| dark(*i)).fold(0, |acc, i| acc | (1u128 << i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use qrcode::QrCode;

    #[test]
    fn draws_every_dark_module_once() {
        let url = "https://nq02.example.gov.vn/phuong-phuc-xa/van-ban/ke-hoach-10-kh-ubnd/";
        let s = svg(url);
        let (_, colors) = encode(url).unwrap();
        let dark = colors.iter().filter(|c| **c == Color::Dark).count();
        let d = s.split(" d=\"").nth(1).unwrap();
        let drawn: usize =
            d.split('h').skip(1).step_by(2).map(|run| run.split('v').next().unwrap().parse::<usize>().unwrap()).sum();
        assert_eq!(drawn, dark);
        assert!(s.starts_with("<svg") && s.ends_with("</svg>"));
    }

    #[test]
    fn the_mask_is_the_one_the_crate_would_choose() {
        // The same rules as the crate's (slower) scoring: the same code.
        let urls: Vec<String> = (0..40).map(|i| format!("https://x.gov.vn/phuong-{i}/van-ban/ke-hoach-{i}/")).collect();
        let same = urls
            .iter()
            .filter(|u| {
                let crate_code = QrCode::with_error_correction_level(u.as_bytes(), EcLevel::M).unwrap();
                encode(u).unwrap().1 == crate_code.to_colors()
            })
            .count();
        assert_eq!(same, 40);
    }

    #[test]
    fn penalty_rules() {
        // All light: long runs (2 × 21 lines × (21 - 2)), every 2×2 block
        // (20 × 20 × 3), and 100 for the balance.
        let light = vec![Color::Light; 21 * 21];
        assert_eq!(penalty(21, &light), 2 * 21 * 19 + 400 * 3 + 100);
    }

    #[test]
    fn placeholders_carry_the_path() {
        let ph = format!("{}van-ban/", crate::render::classes::PH_URL);
        assert_eq!(filter(&ph), format!("{PH_QR}van-ban/{END}"));
        assert!(filter("https://x.vn/").starts_with("<svg"));
    }
}
