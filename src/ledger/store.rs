//! The one save path for the CLI and the TUI: read with a fingerprint, write
//! atomically under the lock, and never over a file that changed meanwhile.

use super::codec::write_canonical;
use super::error::Error;
use super::lock::WriteLock;
use super::model::Ledger;
use super::parse::parse_ledger;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;
use xxhash_rust::xxh3::{Xxh3, xxh3_64};

/// What a file's bytes were when read, to notice changes by others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    len: u64,
    hash: u64,
}

impl Fingerprint {
    /// The fingerprint of some bytes.
    pub fn of(bytes: &[u8]) -> Self {
        Fingerprint {
            len: bytes.len() as u64,
            hash: xxh3_64(bytes),
        }
    }
}

/// A writer that fingerprints what passes through it.
struct Fingerprinting<W> {
    inner: W,
    hasher: Xxh3,
    len: u64,
}

impl<W: Write> Fingerprinting<W> {
    fn new(inner: W) -> Self {
        Fingerprinting {
            inner,
            hasher: Xxh3::new(),
            len: 0,
        }
    }
    fn finish(self) -> (W, Fingerprint) {
        (
            self.inner,
            Fingerprint {
                len: self.len,
                hash: self.hasher.digest(),
            },
        )
    }
}

impl<W: Write> Write for Fingerprinting<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.len += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// A ledger as loaded: its content and the fingerprint of the bytes it came from.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub ledger: Ledger,
    pub fingerprint: Fingerprint,
}

/// Writes the canonical text of `ledger` to `w`, buffered, and fingerprints it
/// (the hash sees large chunks, not serde's many small writes).
fn write_fingerprinted<W: Write>(w: W, ledger: &Ledger) -> std::io::Result<(W, Fingerprint)> {
    let mut out = BufWriter::with_capacity(1 << 16, Fingerprinting::new(w));
    write_canonical(&mut out, ledger)?;
    let (w, fp) = out.into_inner().map_err(|e| e.into_error())?.finish();
    Ok((w, fp))
}

/// The fingerprint of the canonical text of `ledger`, without keeping the text.
fn canonical_fingerprint(ledger: &Ledger) -> std::io::Result<Fingerprint> {
    write_fingerprinted(std::io::sink(), ledger).map(|(_, fp)| fp)
}

impl Loaded {
    /// True when the file already holds the canonical text of its ledger.
    pub fn is_canonical(&self) -> bool {
        canonical_fingerprint(&self.ledger).is_ok_and(|fp| fp == self.fingerprint)
    }
}

/// Where a ledger lives: the path as the user named it, and the file behind any symlink.
#[derive(Debug, Clone)]
pub struct Store {
    path: PathBuf,
    target: PathBuf,
}

impl Store {
    /// A store for `path`; a symlink is followed so that saves write through to its target.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        let path = path.into();
        let target = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        Store { path, target }
    }

    /// The path as the user named it.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Takes the write lock, waiting up to `wait` for another writer to finish.
    pub fn lock(&self, purpose: &str, wait: Duration) -> Result<WriteLock, Error> {
        WriteLock::acquire(&self.target, purpose, wait).map_err(|e| match e {
            Error::Locked { holder, .. } => Error::Locked {
                path: self.path.clone(),
                holder,
            },
            e => e,
        })
    }

    /// Reads and validates the ledger.
    pub fn load(&self) -> Result<Loaded, Error> {
        let bytes = self.read()?.ok_or_else(|| {
            Error::io(
                &self.path,
                "cannot read",
                std::io::ErrorKind::NotFound.into(),
            )
        })?;
        let ledger = parse_ledger(&bytes)
            .map_err(|source| super::markers::load_error(&self.path, &bytes, source))?;
        Ok(Loaded {
            ledger,
            fingerprint: Fingerprint::of(&bytes),
        })
    }

    /// The fingerprint of the file as it is now, read in chunks; `None` when it does not exist.
    pub fn fingerprint(&self) -> Result<Option<Fingerprint>, Error> {
        if self.target.is_dir() {
            return Err(Error::IsDirectory {
                path: self.path.clone(),
            });
        }
        let mut file = match std::fs::File::open(&self.target) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(Error::io(&self.path, "cannot read", e)),
        };
        let mut sink = Fingerprinting::new(std::io::sink());
        std::io::copy(&mut file, &mut sink).map_err(|e| Error::io(&self.path, "cannot read", e))?;
        Ok(Some(sink.finish().1))
    }

    /// The file's bytes; `None` when it does not exist.
    fn read(&self) -> Result<Option<Vec<u8>>, Error> {
        if self.target.is_dir() {
            return Err(Error::IsDirectory {
                path: self.path.clone(),
            });
        }
        match std::fs::read(&self.target) {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::io(&self.path, "cannot read", e)),
        }
    }

    /// Writes `ledger` in canonical form, atomically, under `lock`.
    ///
    /// `expected` is the fingerprint from the load (or `None` for a new file); if
    /// the file on disk no longer matches it, nothing is written and
    /// `Error::ChangedOnDisk` (or `Error::Exists`) is returned.
    pub fn save(
        &self,
        _lock: &WriteLock,
        ledger: &Ledger,
        expected: Option<Fingerprint>,
    ) -> Result<Fingerprint, Error> {
        match (self.fingerprint()?, expected) {
            (Some(now), Some(fp)) if now != fp => {
                return Err(Error::ChangedOnDisk {
                    path: self.path.clone(),
                });
            }
            (Some(_), None) => {
                return Err(Error::Exists {
                    path: self.path.clone(),
                });
            }
            (None, Some(_)) => {
                return Err(Error::ChangedOnDisk {
                    path: self.path.clone(),
                });
            }
            _ => {}
        }
        self.write_atomically(ledger, expected.is_some())
    }

    fn write_atomically(&self, ledger: &Ledger, exists: bool) -> Result<Fingerprint, Error> {
        let perms = if exists {
            let meta = std::fs::metadata(&self.target)
                .map_err(|e| Error::io(&self.path, "cannot read", e))?;
            if meta.permissions().readonly() {
                return Err(Error::ReadOnly {
                    path: self.path.clone(),
                });
            }
            meta.permissions()
        } else {
            default_permissions()
        };
        let dir = match self.target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
            _ => PathBuf::from("."),
        };
        let name = self
            .target
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        let fail = |e| Error::io(&self.path, "cannot write", e);
        sweep_stale_temps(&dir, &name);
        let tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .tempfile_in(&dir)
            .map_err(fail)?;
        let (tmp, fingerprint) = write_fingerprinted(tmp, ledger).map_err(fail)?;
        tmp.as_file().set_permissions(perms).map_err(fail)?;
        tmp.as_file().sync_all().map_err(fail)?;
        tmp.persist(&self.target).map_err(|e| fail(e.error))?;
        sync_dir(&dir).map_err(fail)?;
        Ok(fingerprint)
    }
}

/// Removes temp files left by a writer that was killed mid-save. Only called
/// under the write lock, so no live writer owns them.
fn sweep_stale_temps(dir: &Path, name: &str) {
    let prefix = format!(".{name}.");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let n = e.file_name();
        let n = n.to_string_lossy();
        if n.starts_with(&prefix) && n.ends_with(".tmp") {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// A default wait for short CLI writes.
pub const CLI_LOCK_WAIT: Duration = Duration::from_secs(2);

#[cfg(unix)]
fn default_permissions() -> std::fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    std::fs::Permissions::from_mode(0o644)
}

#[cfg(not(unix))]
fn default_permissions() -> std::fs::Permissions {
    std::fs::metadata(".")
        .map(|m| m.permissions())
        .expect("cwd")
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_: &Path) -> std::io::Result<()> {
    Ok(())
}
