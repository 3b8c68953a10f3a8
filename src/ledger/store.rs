//! The one save path for the CLI and the TUI: read with a fingerprint, write
//! atomically under the lock, and never over a file that changed meanwhile.

use super::canonical::write_canonical;
use super::error::{Error, IoStep};
use super::files::{MAX_LEDGER_BYTES, ensure_regular, no_follow, open_regular};
use super::halves::{read_in_halves, read_in_halves_hashed};
use super::lock::WriteLock;
use super::model::Ledger;
use super::parse::parse_ledger;
use super::pieces::read_in_pieces;
use super::print::{Fingerprints, Print};
use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Read, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt, fchown};
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

impl Loaded {
    /// A ledger as read, fingerprinted by the length and XXH3-64 hash of
    /// its bytes.
    pub(super) fn fingerprinted(ledger: Ledger, (len, hash): Print) -> Loaded {
        let fingerprint = Fingerprint { len, hash };
        Loaded {
            ledger,
            fingerprint,
        }
    }
}

/// Writes the canonical text of `ledger` to `w`, buffered, and fingerprints it
/// (the hash sees large chunks, not serde's many small writes).
fn write_fingerprinted<W: Write>(w: W, ledger: &Ledger) -> std::io::Result<(W, Fingerprint)> {
    let mut out = BufWriter::with_capacity(1 << 16, Fingerprinting::new(w));
    write_canonical(&mut out, ledger)?;
    let (w, fp) = out.into_inner().map_err(|e| e.into_error())?.finish();
    Ok((w, fp))
}

impl Loaded {
    /// True when the file already holds the canonical text of its ledger
    /// (told by its fingerprint, the text not kept).
    pub fn is_canonical(&self) -> bool {
        write_fingerprinted(std::io::sink(), &self.ledger)
            .is_ok_and(|(_, fp)| fp == self.fingerprint)
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

    /// Takes the write lock, waiting up to `wait` for another writer; a ledger
    /// not a regular file, or too large, is refused first (no lock file beside it).
    pub fn lock(&self, purpose: &str, wait: Duration) -> Result<WriteLock, Error> {
        match std::fs::metadata(&self.target) {
            Ok(m) => ensure_regular(&m, &self.path, MAX_LEDGER_BYTES)?,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(&self.path, IoStep::Read, e)),
        }
        WriteLock::acquire(&self.target, purpose, wait).map_err(|e| match e {
            Error::Locked { holder, .. } => Error::Locked {
                path: self.path.clone(),
                holder,
            },
            e => e,
        })
    }

    /// Reads and validates the ledger: a large file on two threads, its
    /// fingerprint taken on a third from the bytes parsed (`halves.rs`),
    /// else in pieces.
    pub fn load(&self) -> Result<Loaded, Error> {
        let read = self.read_with(|file, _| read_in_halves_hashed(&file, MAX_LEDGER_BYTES))?;
        if let Some((ledger, print)) = read.flatten() {
            return Ok(Loaded::fingerprinted(ledger, print));
        }
        self.load_on_one_thread()
    }

    /// [`Store::load`] on this thread, for a file that did not read in
    /// halves: in pieces, else whole.
    pub(super) fn load_on_one_thread(&self) -> Result<Loaded, Error> {
        if let Some(loaded) = self.load_in_pieces()? {
            return Ok(loaded);
        }
        // Not valid (or not in pieces): read whole, to name what is wrong and where.
        let bytes = self
            .read()?
            .ok_or_else(|| Error::io(&self.path, IoStep::Read, io::ErrorKind::NotFound.into()))?;
        let ledger = parse_ledger(&bytes)
            .map_err(|source| super::markers::load_error(&self.path, &bytes, source))?;
        Ok(Loaded {
            ledger,
            fingerprint: Fingerprint::of(&bytes),
        })
    }

    /// [`Store::load`]'s ledger, for a command that will not save it: a large
    /// file read on two threads (`halves.rs`), without its fingerprint.
    pub fn read_ledger(&self) -> Result<Ledger, Error> {
        let read = self.read_with(|file, _| read_in_halves(&file, MAX_LEDGER_BYTES))?;
        if let Some(ledger) = read.flatten() {
            return Ok(ledger);
        }
        Ok(self.load_on_one_thread()?.ledger)
    }

    /// The ledger read in pieces (`pieces.rs`); `None` when there is no file or it does not read so.
    fn load_in_pieces(&self) -> Result<Option<Loaded>, Error> {
        let taken = Fingerprints::Taken;
        let read =
            self.read_with(|file, size| read_in_pieces(file, MAX_LEDGER_BYTES, size, taken))?;
        Ok(read
            .flatten()
            .and_then(|(ledger, print)| Some(Loaded::fingerprinted(ledger, print?))))
    }

    /// `read` given the file, opened as a regular file of at most
    /// [`MAX_LEDGER_BYTES`], and its size; `None` when it does not exist.
    pub(super) fn read_with<T>(
        &self,
        read: impl FnOnce(File, u64) -> T,
    ) -> Result<Option<T>, Error> {
        let Some(file) = open_regular(&self.target, &self.path, MAX_LEDGER_BYTES)? else {
            return Ok(None);
        };
        let size = file.metadata().map_or(0, |m| m.len());
        Ok(Some(read(file, size)))
    }

    /// The fingerprint of the file as it is now, read in chunks; `None` when it does not exist.
    pub fn fingerprint(&self) -> Result<Option<Fingerprint>, Error> {
        Ok(self.identify()?.map(|(fp, _)| fp))
    }

    /// The fingerprint of the file as it is now and which file it is.
    fn identify(&self) -> Result<Option<(Fingerprint, FileId)>, Error> {
        let Some(file) = open_regular(&self.target, &self.path, MAX_LEDGER_BYTES)? else {
            return Ok(None);
        };
        let id = FileId::of(
            &file
                .metadata()
                .map_err(|e| Error::io(&self.path, IoStep::Read, e))?,
        );
        Ok(Some((fingerprint_file(file, &self.path)?, id)))
    }

    /// The file's bytes; `None` when it does not exist. Only a regular file of
    /// at most [`MAX_LEDGER_BYTES`] is read (checked on the open handle, and
    /// the read stops past the limit should the file grow meanwhile).
    fn read(&self) -> Result<Option<Vec<u8>>, Error> {
        let Some(file) = open_regular(&self.target, &self.path, MAX_LEDGER_BYTES)? else {
            return Ok(None);
        };
        let fail = |e| Error::io(&self.path, IoStep::Read, e);
        let len = file.metadata().map_err(fail)?.len();
        let mut bytes = Vec::with_capacity(len as usize);
        file.take(MAX_LEDGER_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(fail)?;
        if bytes.len() as u64 > MAX_LEDGER_BYTES {
            return Err(Error::TooLarge {
                path: self.path.clone(),
                limit: MAX_LEDGER_BYTES,
            });
        }
        Ok(Some(bytes))
    }

    /// Writes `ledger` in canonical form, atomically, under `lock`.
    ///
    /// `expected` is the fingerprint from the load (or `None` for a new file); if
    /// the file on disk no longer matches it, nothing is written and
    /// `Error::ChangedOnDisk` (or `Error::Exists`) is returned. This holds even
    /// against writers that ignore the lock and replace the file by rename
    /// (git, editors, sync clients): see [`swap_in`].
    pub fn save(
        &self,
        _lock: &WriteLock,
        ledger: &Ledger,
        expected: Option<Fingerprint>,
    ) -> Result<Fingerprint, Error> {
        let now = self.identify()?;
        match (now.map(|(fp, _)| fp), expected) {
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
        let (dir, name) = self.dir_and_name();
        sweep_stale_temps(&dir, &name);
        match now {
            Some(checked) => self.replace(ledger, checked, &dir, &name),
            None => {
                let mut bytes = Vec::new();
                let (_, fingerprint) = write_fingerprinted(&mut bytes, ledger)
                    .map_err(|e| Error::io(&self.path, IoStep::Write, e))?;
                write_new_file_atomically(&dir, &name, &bytes).map_err(|e| match e {
                    Error::Exists { .. } => Error::Exists {
                        path: self.path.clone(),
                    },
                    e => e,
                })?;
                Ok(fingerprint)
            }
        }
    }

    /// The directory the file lives in (behind any symlink) and its name there.
    fn dir_and_name(&self) -> (PathBuf, String) {
        let dir = match self.target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
            _ => PathBuf::from("."),
        };
        let name = self
            .target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        (dir, name)
    }

    /// Replaces the existing file, which was `expected` when checked, keeping
    /// its mode, owner and group.
    fn replace(
        &self,
        ledger: &Ledger,
        expected: (Fingerprint, FileId),
        dir: &Path,
        name: &str,
    ) -> Result<Fingerprint, Error> {
        let fail = |e| Error::io(&self.path, IoStep::Write, e);
        let meta =
            std::fs::metadata(&self.target).map_err(|e| Error::io(&self.path, IoStep::Read, e))?;
        if meta.permissions().readonly() {
            return Err(Error::ReadOnly {
                path: self.path.clone(),
            });
        }
        let tmp = new_temp(dir, name).map_err(fail)?;
        let (tmp, fingerprint) = write_fingerprinted(tmp, ledger).map_err(fail)?;
        keep_owner(tmp.as_file(), &meta).map_err(fail)?;
        tmp.as_file()
            .set_permissions(meta.permissions())
            .map_err(fail)?;
        tmp.as_file().sync_all().map_err(fail)?;
        let ours = FileId::of(&tmp.as_file().metadata().map_err(fail)?);
        let changed = || Error::ChangedOnDisk {
            path: self.path.clone(),
        };
        match swap_in(tmp.into_temp_path(), &self.target, expected, ours) {
            Ok(true) => {}
            Ok(false) => return Err(changed()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(changed()),
            Err(e) => return Err(fail(e)),
        }
        sync_dir(dir).map_err(fail)?;
        Ok(fingerprint)
    }
}

/// Which file a path names: its device and inode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileId {
    dev: u64,
    ino: u64,
}

impl FileId {
    fn of(meta: &std::fs::Metadata) -> Self {
        FileId {
            dev: meta.dev(),
            ino: meta.ino(),
        }
    }

    /// The file at `path` itself (a symlink is not followed).
    fn at(path: &Path) -> Option<Self> {
        std::fs::symlink_metadata(path).ok().map(|m| FileId::of(&m))
    }
}

/// Puts the finished temp file `tmp` (the file `ours`) in place of `target`,
/// which was `expected` when checked; false (and `target` as it was) when it
/// is no longer that.
///
/// On Linux the two are swapped atomically with `renameat2(RENAME_EXCHANGE)`
/// and the displaced file, now at the temp path, is examined: if it is not
/// the file that was checked (one `lstat`: a writer that ignores the lock
/// replaced the ledger by rename) or its content changed (read and
/// fingerprinted), it is swapped back, and nothing of it is lost. For the
/// moment between the two swaps (microseconds when the file was replaced)
/// our version is visible at the path. Should a third write land in that
/// moment, it is swapped back into place too. The displaced file is removed
/// once the new one is in place. Where the exchange is unsupported
/// (`EINVAL`/`ENOSYS`: an older kernel or a file system without it; other
/// systems), this falls back to a plain `rename` after the check that
/// [`Store::save`] made, which leaves a window of a few milliseconds.
fn swap_in(
    tmp: tempfile::TempPath,
    target: &Path,
    (expected, checked): (Fingerprint, FileId),
    ours: FileId,
) -> io::Result<bool> {
    match renameat2(&tmp, target, RenameFlag::Exchange) {
        Ok(()) => {}
        Err(e) if unsupported(&e) => {
            std::fs::rename(&tmp, target)?;
            // Disarm the temp path: the file is the ledger now.
            let _ = tmp.keep();
            return Ok(true);
        }
        Err(e) => return Err(e),
    }
    if FileId::at(&tmp) == Some(checked) && displaced_fingerprint(&tmp) == Some(expected) {
        return Ok(true); // dropping `tmp` removes the displaced old version
    }
    if let Err(e) = renameat2(&tmp, target, RenameFlag::Exchange) {
        // The ledger vanished meanwhile: put their file back under its name,
        // or keep it where it is; it is not ours to remove.
        let _ = renameat2(&tmp, target, RenameFlag::NoReplace);
        let _ = tmp.keep();
        return Err(e);
    }
    if FileId::at(&tmp) != Some(ours) {
        // A later write replaced ours between the swaps: it belongs in place.
        renameat2(&tmp, target, RenameFlag::Exchange)?;
    }
    Ok(false)
}

/// The fingerprint of what is at `path` (never through a symlink), `None` when
/// it is not a readable regular file.
fn displaced_fingerprint(path: &Path) -> Option<Fingerprint> {
    let file = no_follow(OpenOptions::new().read(true)).open(path).ok()?;
    ensure_regular(&file.metadata().ok()?, path, MAX_LEDGER_BYTES).ok()?;
    fingerprint_file(file, path).ok()
}

/// The fingerprint of an open file, refusing one that grew past the limit;
/// read in large chunks (a ledger of 100,000 items is 60 MB).
fn fingerprint_file(file: File, shown: &Path) -> Result<Fingerprint, Error> {
    let mut sink = Fingerprinting::new(io::sink());
    let mut chunks = io::BufReader::with_capacity(1 << 18, file.take(MAX_LEDGER_BYTES + 1));
    io::copy(&mut chunks, &mut sink).map_err(|e| Error::io(shown, IoStep::Read, e))?;
    let (_, fp) = sink.finish();
    if fp.len > MAX_LEDGER_BYTES {
        return Err(Error::TooLarge {
            path: shown.to_owned(),
            limit: MAX_LEDGER_BYTES,
        });
    }
    Ok(fp)
}

/// Writes `bytes` to the new file `dir/name` (mode 0644), atomically: a temp
/// file created beside it with `O_CREAT|O_EXCL|O_NOFOLLOW`, synced, then
/// renamed without replacing anything (`renameat2(RENAME_NOREPLACE)`, else a
/// hard link, which also fails on an existing name), then the directory is
/// synced. `Error::Exists` when `dir/name` exists (as anything, a symlink too):
/// nothing is overwritten, and nothing is left behind.
pub fn write_new_file_atomically(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), Error> {
    let target = dir.join(name);
    let fail = |e| Error::io(&target, IoStep::Write, e);
    let tmp = synced_temp(dir, name, bytes).map_err(fail)?;
    let placed = match renameat2(&tmp, &target, RenameFlag::NoReplace) {
        Err(e) if unsupported(&e) => std::fs::hard_link(&tmp, &target),
        r => r.map(|()| {
            let _ = tmp.keep();
        }),
    };
    match placed {
        Ok(()) => sync_dir(dir).map_err(fail),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(Error::Exists { path: target }),
        Err(e) => Err(fail(e)),
    }
}

/// Writes `bytes` to `dir/name` atomically, replacing the file there: a
/// synced temp file beside it (as [`write_new_file_atomically`]) renamed
/// over it, then the directory synced. `rename` replaces a symbolic link
/// itself, never what it leads to; the caller refuses one beforehand.
pub fn replace_file_atomically(dir: &Path, name: &str, bytes: &[u8]) -> Result<(), Error> {
    let target = dir.join(name);
    let fail = |e| Error::io(&target, IoStep::Write, e);
    let tmp = synced_temp(dir, name, bytes).map_err(fail)?;
    tmp.persist(&target).map_err(|e| fail(e.error))?;
    sync_dir(dir).map_err(fail)
}

/// `bytes` in a new temp file beside `dir/name` (mode 0644), synced to disk.
fn synced_temp(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<tempfile::TempPath> {
    let mut tmp = new_temp(dir, name)?;
    tmp.write_all(bytes)?;
    tmp.as_file()
        .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    tmp.as_file().sync_all()?;
    Ok(tmp.into_temp_path())
}

/// A new temp file `.NAME.XXXXXX.tmp` in `dir`, created with
/// `O_CREAT|O_EXCL|O_NOFOLLOW` (so never through anything already at that
/// name) and mode 0600; removed when dropped unless kept.
fn new_temp(dir: &Path, name: &str) -> io::Result<tempfile::NamedTempFile> {
    tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .make_in(dir, |p| {
            no_follow(OpenOptions::new().read(true).write(true).create_new(true))
                .mode(0o600)
                .open(p)
        })
}

/// Gives the new file the owner and group of the file it replaces. Only root
/// may give a file away: without that right the owner stays ours, and the
/// group is still set when we belong to it.
fn keep_owner(file: &File, was: &std::fs::Metadata) -> io::Result<()> {
    let denied = |e: &io::Error| e.kind() == io::ErrorKind::PermissionDenied;
    match fchown(file, Some(was.uid()), Some(was.gid())) {
        Err(e) if denied(&e) => match fchown(file, None, Some(was.gid())) {
            Err(e) if denied(&e) => Ok(()),
            r => r,
        },
        r => r,
    }
}

/// How `renameat2` is to rename.
#[derive(Clone, Copy)]
enum RenameFlag {
    /// Swap the two names atomically (both must exist).
    Exchange,
    /// Fail with `EEXIST` rather than replace the destination.
    NoReplace,
}

#[cfg(target_os = "linux")]
fn renameat2(from: &Path, to: &Path, flag: RenameFlag) -> io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &Path| {
        std::ffi::CString::new(p.as_os_str().as_bytes())
            .map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))
    };
    let (from, to) = (c(from)?, c(to)?);
    let flags = match flag {
        RenameFlag::Exchange => libc::RENAME_EXCHANGE,
        RenameFlag::NoReplace => libc::RENAME_NOREPLACE,
    };
    // SAFETY: both paths are NUL-terminated C strings that outlive the call.
    let r = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            from.as_ptr(),
            libc::AT_FDCWD,
            to.as_ptr(),
            flags,
        )
    };
    if r == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn renameat2(_: &Path, _: &Path, _: RenameFlag) -> io::Result<()> {
    Err(io::ErrorKind::Unsupported.into())
}

/// True when the kernel or file system cannot do a `renameat2` flag.
fn unsupported(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::Unsupported
        || matches!(e.raw_os_error(), Some(libc::EINVAL | libc::ENOSYS))
}

/// Removes temp files left by a writer that was killed mid-save. Only called
/// under the write lock, so no live writer owns them. Only regular files are
/// removed: a symlink or anything else with such a name is left alone.
fn sweep_stale_temps(dir: &Path, name: &str) {
    let prefix = format!(".{name}.");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let n = e.file_name();
        let n = n.to_string_lossy();
        // `file_type` does not follow symlinks.
        if n.starts_with(&prefix) && n.ends_with(".tmp") && e.file_type().is_ok_and(|t| t.is_file())
        {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// A default wait for short CLI writes.
pub const CLI_LOCK_WAIT: Duration = Duration::from_secs(2);

fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}
