//! A local or mounted folder as a target (a web server's document root, a
//! network share). Each file is written beside its place and renamed over
//! it, so a visitor reads the old or the new file, never half of one.

use std::path::{Path, PathBuf};

use super::Transport;
use super::error::{Error, from_io};

pub struct Folder {
    target: String,
    root: PathBuf,
}

impl Folder {
    pub fn open(target: &str, root: PathBuf) -> Result<Folder, Error> {
        std::fs::create_dir_all(&root).map_err(|e| from_io(target, &root.display().to_string(), &e))?;
        Ok(Folder { target: target.to_string(), root })
    }

    fn place(&self, path: &str) -> PathBuf {
        let mut p = self.root.clone();
        p.extend(path.split('/'));
        p
    }

    fn err(&self, path: &str, e: &std::io::Error) -> Error {
        from_io(&self.target, path, e)
    }
}

impl Transport for Folder {
    fn read(&mut self, path: &str) -> Result<Option<Vec<u8>>, Error> {
        match std::fs::read(self.place(path)) {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(self.err(path, &e)),
        }
    }

    fn put(&mut self, path: &str, bytes: &[u8]) -> Result<(), Error> {
        let dest = self.place(path);
        let dir = dest.parent().unwrap_or(&self.root);
        std::fs::create_dir_all(dir).map_err(|e| self.err(path, &e))?;
        let name = dest.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let tmp = dir.join(format!(".{name}.loa-tmp"));
        let written = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, &dest));
        if let Err(e) = written {
            let _ = std::fs::remove_file(&tmp);
            return Err(self.err(path, &e));
        }
        Ok(())
    }

    fn delete(&mut self, path: &str) -> Result<(), Error> {
        let place = self.place(path);
        match std::fs::remove_file(&place) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(self.err(path, &e)),
        }
        remove_empty_parents(&place, &self.root);
        Ok(())
    }
}

/// Removes the folders left empty above a deleted file, up to (not including) `root`.
fn remove_empty_parents(file: &Path, root: &Path) {
    let mut dir = file.parent();
    while let Some(d) = dir.filter(|d| d.starts_with(root) && *d != root) {
        if std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}
