//! The single-writer lock: an advisory lock on a side file that names its holder.

use super::error::{Error, IoStep};
use super::files::{no_follow, open_error};
use super::holder::LockHolder;
use std::fs::{File, OpenOptions, TryLockError};
use std::io::{ErrorKind, Read, Write};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Held while a process may write the ledger; released (and its file removed) on drop.
#[derive(Debug)]
pub struct WriteLock {
    file: File,
    path: PathBuf,
}

/// The line this process writes into a lock file it takes (read back by
/// [`LockHolder::parse`]).
fn holder_line(command: &str) -> String {
    format!("{command} (pid {} on {})\n", std::process::id(), hostname())
}

/// The side file that guards `ledger`: `.NAME.lock` beside it.
pub fn lock_path(ledger: &Path) -> PathBuf {
    let name = ledger
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    ledger.with_file_name(format!(".{name}.lock"))
}

impl WriteLock {
    /// Takes the lock for `ledger`, waiting up to `wait` for another holder.
    /// `command` (e.g. `followup set`) is written into the lock file, with
    /// the process id and host, so others can say who holds it ([`LockHolder`]).
    ///
    /// The lock file is only ever written when this call created it
    /// (`O_CREAT|O_EXCL|O_NOFOLLOW`); one that exists already is opened
    /// read-only without following a symlink and must be a regular file. If
    /// its holder is gone (the lock can be taken), it is removed and created
    /// anew, so a file planted at that path (a symlink committed to the
    /// repository, a hard link to another file) is never truncated or written.
    pub fn acquire(ledger: &Path, command: &str, wait: Duration) -> Result<WriteLock, Error> {
        let path = lock_path(ledger);
        // The lock and the temp files of a save stay out of `git status`.
        super::files::exclude_side_files(ledger);
        let deadline = Instant::now() + wait;
        loop {
            let (mut file, created) = match open_lock_file(&path)? {
                Some(opened) => opened,
                None => continue, // removed between the two opens: try again
            };
            match file.try_lock() {
                Ok(()) if same_file(&file, &path) && created => {
                    file.write_all(holder_line(command).as_bytes())
                        .map_err(|e| Error::io(&path, IoStep::WriteLock, e))?;
                    return Ok(WriteLock { file, path });
                }
                // Left by a holder that is gone: remove it (we hold its lock, so
                // waiters re-check the inode) and create our own.
                Ok(()) if same_file(&file, &path) => {
                    std::fs::remove_file(&path)
                        .map_err(|e| Error::io(&path, IoStep::RemoveStaleLock, e))?;
                }
                // The previous holder removed the file as we locked it: try again.
                Ok(()) => continue,
                Err(TryLockError::WouldBlock) => {
                    if Instant::now() >= deadline {
                        let mut said = Vec::new();
                        let _ = (&file).take(4096).read_to_end(&mut said);
                        return Err(Error::Locked {
                            path: ledger.to_owned(),
                            holder: LockHolder::parse(&String::from_utf8_lossy(&said)),
                        });
                    }
                    std::thread::sleep(Duration::from_millis(25));
                }
                Err(TryLockError::Error(e)) => {
                    return Err(Error::io(&path, IoStep::Lock, e));
                }
            }
        }
    }
}

/// Creates the lock file (true) or opens the existing one read-only (false),
/// never through a symlink; `None` when it vanished between the two attempts.
fn open_lock_file(path: &Path) -> Result<Option<(File, bool)>, Error> {
    let created = no_follow(OpenOptions::new().read(true).write(true).create_new(true)).open(path);
    let (file, created) = match created {
        Ok(f) => (f, true),
        Err(e) if e.kind() == ErrorKind::AlreadyExists => {
            match no_follow(OpenOptions::new().read(true)).open(path) {
                Ok(f) => (f, false),
                Err(e) if e.kind() == ErrorKind::NotFound => return Ok(None),
                Err(e) => return Err(open_error(path, IoStep::OpenLock, e)),
            }
        }
        Err(e) => return Err(open_error(path, IoStep::CreateLock, e)),
    };
    let meta = file
        .metadata()
        .map_err(|e| Error::io(path, IoStep::OpenLock, e))?;
    if !meta.is_file() {
        return Err(Error::NotRegular {
            path: path.to_owned(),
        });
    }
    Ok(Some((file, created)))
}

impl Drop for WriteLock {
    fn drop(&mut self) {
        // Remove while still holding the lock (waiters re-check the inode),
        // and only the file this lock created: never what replaced it.
        if same_file(&self.file, &self.path) {
            let _ = std::fs::remove_file(&self.path);
        }
        let _ = self.file.unlock();
    }
}

/// True when `path` itself (not what a symlink there points at) is `file`.
fn same_file(file: &File, path: &Path) -> bool {
    match (file.metadata(), std::fs::symlink_metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

pub(crate) fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map(|h| h.trim().to_owned())
        .ok()
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "localhost".into())
}
