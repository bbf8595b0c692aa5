//! Where the secret of a target comes from, never `loa.yaml`: an environment
//! variable named after the target, else the system keyring (Windows
//! Credential Manager, the macOS Keychain, the Linux kernel keyring), else
//! the service's usual variable (AWS_SECRET_ACCESS_KEY for S3). SSH keys come
//! from the agent or key files (see `sftp`).

use super::target::{Kind, Target};
use crate::messages::Text;
use crate::msg;

/// The keyring's service name for every loa secret.
const KEYRING_SERVICE: &str = "loa";

/// The environment variable holding the target's password (or S3 secret
/// key): `LOA_PASSWORD_` and the target's name in capitals, `-` as `_`.
pub fn env_name(target: &str) -> String {
    let name: String =
        target.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect();
    format!("LOA_PASSWORD_{name}")
}

/// The target's password or secret key, if one is set anywhere.
pub fn secret(target: &Target) -> Option<String> {
    if let Some(v) = std::env::var(env_name(&target.name)).ok().filter(|v| !v.is_empty()) {
        return Some(v);
    }
    if let Some(v) = from_keyring(&target.name) {
        return Some(v);
    }
    match target.kind {
        Kind::S3 { .. } => std::env::var("AWS_SECRET_ACCESS_KEY").ok().filter(|v| !v.is_empty()),
        _ => None,
    }
}

fn from_keyring(name: &str) -> Option<String> {
    if std::env::var_os("LOA_NO_KEYRING").is_some() {
        return None;
    }
    keyring::Entry::new(KEYRING_SERVICE, name).ok()?.get_password().ok()
}

/// Saves a target's password in the system keyring; why not, in the
/// catalogue's words when the keyring's reason is a common one.
pub fn save(name: &str, secret: &str) -> Result<(), Text> {
    let entry = keyring::Entry::new(KEYRING_SERVICE, name).map_err(|e| keyring_detail(&e))?;
    entry.set_password(secret).map_err(|e| keyring_detail(&e))
}

/// Why the keyring did not save: no keyring to use, the password refused
/// (the Linux kernel takes at most 32 767 bytes), or a failure of the
/// system's own, framed in the catalogue with the system's words; the
/// keyring's English words only for the rare rest.
pub fn keyring_detail(e: &keyring::Error) -> Text {
    use keyring::Error as K;
    match e {
        K::NoStorageAccess(_) => msg!("keyring-no-access").into(),
        K::Invalid(attr, _) if attr == "password" || attr == "secret" => msg!("keyring-rejected").into(),
        K::PlatformFailure(inner) => msg!("keyring-failed", detail = inner.to_string()).into(),
        _ => Text::detail(e),
    }
}

/// Reads a password typed by the user: without echo from a terminal
/// (Windows console or Unix terminal, by rpassword), else one line of
/// standard input.
pub fn read_typed(prompt: &str) -> std::io::Result<String> {
    use std::io::{BufRead, IsTerminal};
    if std::io::stdin().is_terminal() {
        return rpassword::prompt_password(prompt);
    }
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_keyrings_common_refusals_are_told_in_the_catalogue_s_words() {
        use crate::messages::Lang;
        use keyring::Error as K;
        let io = || Box::new(std::io::Error::other("Permission denied")) as Box<dyn std::error::Error + Send + Sync>;
        assert_eq!(keyring_detail(&K::NoStorageAccess(io())).id(), Some("keyring-no-access"));
        let too_long = K::Invalid("password".into(), "rejected by platform".into());
        assert_eq!(keyring_detail(&too_long).id(), Some("keyring-rejected"));
        let failed = keyring_detail(&K::PlatformFailure(io())).text(Lang::Vi);
        assert!(failed.ends_with(": Permission denied") && !failed.contains("Platform"), "{failed}");
        let rare = K::TooLong("user".into(), 10);
        assert_eq!(keyring_detail(&rare).text(Lang::Vi), rare.to_string());
    }

    #[test]
    fn env_names_are_capitals_and_underscores() {
        assert_eq!(env_name("may-chu.phuong"), "LOA_PASSWORD_MAY_CHU_PHUONG");
    }
}
