//! The single-writer lock: an advisory lock on a side file that names its holder.

use super::error::Error;
use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Held while a process may write the ledger; released (and its file removed) on drop.
#[derive(Debug)]
pub struct WriteLock {
    file: File,
    path: PathBuf,
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
    /// `purpose` is written into the lock file so others can say who holds it.
    pub fn acquire(ledger: &Path, purpose: &str, wait: Duration) -> Result<WriteLock, Error> {
        let path = lock_path(ledger);
        let deadline = Instant::now() + wait;
        loop {
            let mut file = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
                .map_err(|e| Error::io(&path, "cannot create the lock file", e))?;
            match file.try_lock() {
                Ok(()) if same_file(&file, &path) => {
                    let me = format!("{purpose} (pid {} on {})\n", std::process::id(), hostname());
                    file.set_len(0)
                        .and_then(|_| file.rewind())
                        .and_then(|_| file.write_all(me.as_bytes()))
                        .map_err(|e| Error::io(&path, "cannot write the lock file", e))?;
                    return Ok(WriteLock { file, path });
                }
                // The previous holder removed the file as we locked it: try again.
                Ok(()) => continue,
                Err(TryLockError::WouldBlock) => {
                    if Instant::now() >= deadline {
                        let mut holder = String::new();
                        let _ = file.read_to_string(&mut holder);
                        let holder = holder.trim();
                        return Err(Error::Locked {
                            path: ledger.to_owned(),
                            holder: if holder.is_empty() {
                                "another process".into()
                            } else {
                                holder.to_owned()
                            },
                        });
                    }
                    std::thread::sleep(Duration::from_millis(25));
                }
                Err(TryLockError::Error(e)) => {
                    return Err(Error::io(&path, "cannot lock", e));
                }
            }
        }
    }
}

impl Drop for WriteLock {
    fn drop(&mut self) {
        // Remove while still holding the lock; waiters re-check the inode.
        let _ = std::fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_: &File, path: &Path) -> bool {
    path.exists()
}

fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map(|h| h.trim().to_owned())
        .ok()
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "this host".into())
}
