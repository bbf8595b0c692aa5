//! The build lock: one file beside the output folder that a writing build
//! holds (an advisory `flock`) from the moment it clears leftovers until its
//! output is swapped in, so two builds of the same output (a person and
//! `loa serve`) never clear or swap each other's work. The second waits,
//! saying so, and gives up with a clear message after a while. The file is
//! never deleted: deleting a lock file races with the next build taking it.

use std::fs::{File, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::diagnostics::Diagnostic;
use crate::msg;

/// How long a build waits for another one before giving up.
pub const PATIENCE: Duration = Duration::from_secs(600);

/// [`PATIENCE`], or the seconds of `LOA_TEST_LOCK_PATIENCE` (a test hook:
/// the docs' example of `lock-busy` gives up after 1 second).
pub fn patience() -> Duration {
    std::env::var("LOA_TEST_LOCK_PATIENCE").ok().and_then(|s| s.parse().ok()).map_or(PATIENCE, Duration::from_secs)
}

/// A held lock; released when dropped (or when the process ends, however).
#[derive(Debug)]
pub struct Lock {
    _file: File,
    pub path: PathBuf,
}

/// The lock file guarding the output folder `out`: `.<name>.loa-lock` beside it.
pub fn lock_path(out: &Path) -> PathBuf {
    let parent = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "public".into());
    parent.join(format!(".{name}.loa-lock"))
}

/// Takes the lock of `out`, waiting up to `patience` for another build;
/// `waiting` is called once, with the other build's process id, when it
/// has to wait.
pub fn acquire(out: &Path, patience: Duration, waiting: &dyn Fn(&str)) -> Result<Lock, Diagnostic> {
    let path = lock_path(out);
    let open_error = |e: std::io::Error| {
        Diagnostic::error(msg!("lock-open", path = path.display().to_string(), error = crate::messages::Text::io(&e)))
            .with_help(msg!("lock-open-help"))
    };
    let mut file =
        File::options().read(true).write(true).create(true).truncate(false).open(&path).map_err(open_error)?;
    let started = Instant::now();
    let mut told = false;
    loop {
        match file.try_lock() {
            Ok(()) => break,
            Err(TryLockError::WouldBlock) => {
                let holder = holder(&mut file);
                if started.elapsed() >= patience {
                    return Err(busy(out, &holder, patience));
                }
                if !told {
                    waiting(&holder);
                    told = true;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(TryLockError::Error(e)) => return Err(open_error(e)),
        }
    }
    // Who holds it, for the message another build would show.
    let _ = file.set_len(0);
    let _ = file.rewind();
    let _ = writeln!(file, "{}", std::process::id());
    Ok(Lock { _file: file, path })
}

fn holder(file: &mut File) -> String {
    let mut s = String::new();
    let _ = file.rewind();
    let _ = file.read_to_string(&mut s);
    let s = s.trim();
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) { "?".into() } else { s.to_string() }
}

fn busy(out: &Path, holder: &str, patience: Duration) -> Diagnostic {
    Diagnostic::error(msg!("lock-busy", pid = holder, out = out.display().to_string(), secs = patience.as_secs()))
        .with_help(msg!("lock-busy-help"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_build_waits_then_says_who_holds_the_lock() {
        let d = tempfile_dir("lock");
        let out = d.join("public");
        let first = acquire(&out, PATIENCE, &|_| panic!("nobody holds it yet")).unwrap();
        let waited = std::sync::Mutex::new(None);
        let e = acquire(&out, Duration::from_millis(200), &|pid| *waited.lock().unwrap() = Some(pid.to_string()))
            .unwrap_err();
        let pid = std::process::id().to_string();
        assert_eq!(waited.lock().unwrap().as_deref(), Some(pid.as_str()));
        assert_eq!(e.message.id(), Some("lock-busy"));
        drop(first);
        acquire(&out, Duration::ZERO, &|_| panic!("released")).unwrap();
        std::fs::remove_dir_all(&d).unwrap();
    }

    fn tempfile_dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("loa-lock-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }
}
