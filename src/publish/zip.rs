//! A .zip file per portal as a target, for hosting panels where the site is
//! uploaded as an archive and unpacked. The archive always holds the whole
//! portal (its manifest included); on a later publish the unchanged entries
//! are copied from the previous archive as they are (not compressed again),
//! only new and changed files are compressed, and removed files are left
//! out. The new archive is written beside the old one and renamed over it at
//! the end, so an interrupted publish leaves the previous archive whole.
//! Entries carry a fixed date: the same site gives the same archive.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Write};
use std::path::PathBuf;

use zip::write::SimpleFileOptions;

use super::Transport;
use super::error::{Error, from_io};
use crate::messages::Text;
use crate::msg;

pub struct Zip {
    target: String,
    path: PathBuf,
    /// The previous archive, if any.
    old: Option<zip::ZipArchive<std::fs::File>>,
    /// Files to write (new or changed), by path.
    new: BTreeMap<String, Vec<u8>>,
    deleted: BTreeSet<String>,
}

impl Zip {
    pub fn open(target: &str, path: PathBuf) -> Result<Zip, Error> {
        let shown = path.display().to_string();
        let old = match std::fs::File::open(&path) {
            Ok(f) => Some(zip::ZipArchive::new(f).map_err(|e| Error::Other {
                target: target.into(),
                path: shown.clone(),
                detail: msg!("publish-bad-zip", detail = e.to_string()).into(),
            })?),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(from_io(target, &shown, &e)),
        };
        Ok(Zip { target: target.to_string(), path, old, new: BTreeMap::new(), deleted: BTreeSet::new() })
    }

    fn write_archive(&mut self) -> Result<(), Error> {
        let tmp = self.path.with_extension("zip.loa-tmp");
        if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| from_io(&self.target, &dir.display().to_string(), &e))?;
        }
        let file = std::fs::File::create(&tmp).map_err(|e| from_io(&self.target, &tmp.display().to_string(), &e))?;
        let mut w = zip::ZipWriter::new(std::io::BufWriter::new(file));
        let options = SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(zip::DateTime::default())
            .unix_permissions(0o644);
        let io = |e: std::io::Error| from_io(&self.target, &tmp.display().to_string(), &e);
        // Every path, sorted, from the old archive or the new files.
        let mut kept: BTreeMap<String, Option<usize>> = BTreeMap::new();
        if let Some(old) = &mut self.old {
            for i in 0..old.len() {
                let name = old.by_index_raw(i).map_err(|e| Error::Other {
                    target: self.target.clone(),
                    path: self.path.display().to_string(),
                    detail: Text::detail(&e),
                })?;
                let name = name.name().map(|n| n.to_string()).unwrap_or_default();
                if !self.deleted.contains(&name) && !self.new.contains_key(&name) {
                    kept.insert(name, Some(i));
                }
            }
        }
        kept.extend(self.new.keys().map(|k| (k.clone(), None)));
        for (name, from_old) in kept {
            match (from_old, &mut self.old) {
                (Some(i), Some(old)) => {
                    let entry = old.by_index_raw(i).map_err(|e| Error::Other {
                        target: self.target.clone(),
                        path: name.clone(),
                        detail: Text::detail(&e),
                    })?;
                    w.raw_copy_file(entry).map_err(|e| zip_err(&self.target, &name, e))?;
                }
                _ => {
                    w.start_file(name.as_str(), options).map_err(|e| zip_err(&self.target, &name, e))?;
                    w.write_all(&self.new[&name]).map_err(io)?;
                }
            }
        }
        let mut inner = w.finish().map_err(|e| zip_err(&self.target, &tmp.display().to_string(), e))?;
        inner.flush().map_err(io)?;
        drop(inner);
        std::fs::rename(&tmp, &self.path).map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            from_io(&self.target, &self.path.display().to_string(), &e)
        })
    }
}

fn zip_err(target: &str, path: &str, e: zip::result::ZipError) -> Error {
    match e {
        zip::result::ZipError::Io(io) => from_io(target, path, &io),
        e => Error::Other { target: target.into(), path: path.into(), detail: Text::detail(&e) },
    }
}

impl Transport for Zip {
    fn read(&mut self, path: &str) -> Result<Option<Vec<u8>>, Error> {
        let Some(old) = &mut self.old else { return Ok(None) };
        let mut entry = match old.by_name(path) {
            Ok(e) => e,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(zip_err(&self.target, path, e)),
        };
        let mut out = Vec::new();
        entry.read_to_end(&mut out).map_err(|e| from_io(&self.target, path, &e))?;
        Ok(Some(out))
    }

    fn put(&mut self, path: &str, bytes: &[u8]) -> Result<(), Error> {
        self.deleted.remove(path);
        self.new.insert(path.to_string(), bytes.to_vec());
        Ok(())
    }

    fn delete(&mut self, path: &str) -> Result<(), Error> {
        self.new.remove(path);
        self.deleted.insert(path.to_string());
        Ok(())
    }

    fn resumable(&self) -> bool {
        false
    }

    fn finish(&mut self) -> Result<(), Error> {
        if self.new.is_empty() && self.deleted.is_empty() {
            return Ok(());
        }
        self.write_archive()
    }
}
