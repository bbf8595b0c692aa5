//! The Content-Security-Policy every page carries (as a `<meta>` tag in
//! the theme's base.html, so it holds on any host): scripts, styles, fonts
//! and requests only from the portal itself, images also from other https
//! sites, no plugins, no `<base>` tricks, forms only to the portal; inline
//! styles only when hashed (the portal's accent colour). Whatever slipped
//! past the sanitiser and the escaping still cannot run.

use base64::Engine;
use sha2::{Digest, Sha256};

/// The policy allowing the inline `<style>` blocks `styles` (exact text).
pub fn policy(styles: &[&str]) -> String {
    let mut style_src = "'self'".to_string();
    for s in styles {
        style_src.push_str(&format!(" {}", hash(s)));
    }
    format!(
        "default-src 'none'; script-src 'self'; style-src {style_src}; img-src 'self' https:; font-src 'self'; \
         connect-src 'self'; manifest-src 'self'; media-src 'self'; base-uri 'none'; form-action 'self'; \
         object-src 'none'"
    )
}

/// A CSP source for an inline block: `'sha256-…'` of its exact text.
pub fn hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest))
}

/// The inline style that sets a portal's accent colour (`#rrggbb`, checked
/// when the configuration is read).
pub fn accent_style(accent: &str) -> String {
    format!(":root{{--accent:{accent}}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_the_ones_browsers_compute() {
        // echo -n 'a' | openssl dgst -sha256 -binary | base64
        assert_eq!(hash("a"), "'sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs='");
        let p = policy(&[":root{--accent:#8c1c13}"]);
        assert!(p.contains("style-src 'self' 'sha256-"), "{p}");
        assert!(p.contains("script-src 'self';") && p.contains("object-src 'none'"), "{p}");
        assert!(!p.contains("unsafe"), "{p}");
    }
}
