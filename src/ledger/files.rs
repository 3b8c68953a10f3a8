//! Opening files without trusting what a path names: no symbolic link is
//! followed into a write, a FIFO never blocks, and only regular files are
//! read or written; the checks are made on the opened handle (no race between
//! a check and the open).

use super::error::{Error, IoStep};
use std::fs::{File, Metadata, OpenOptions};
use std::io;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

/// The largest ledger followup reads (1 GiB); a larger file is refused before
/// it is read, and reads stop one byte past it if the file grows meanwhile.
pub const MAX_LEDGER_BYTES: u64 = 1 << 30;

/// Flags added to every open of followup's own files: `O_NOFOLLOW` (a symlink
/// at the last component fails with `ELOOP`), `O_NONBLOCK` (a FIFO cannot block
/// the open) and `O_CLOEXEC`.
pub(crate) fn no_follow(opts: &mut OpenOptions) -> &mut OpenOptions {
    opts.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC)
}

/// Opens `path` for reading without blocking on a FIFO (a symlink is followed:
/// a ledger may be one) and confirms on the handle that it is a regular file
/// no larger than `limit`. `None` when it does not exist.
pub(crate) fn open_regular(path: &Path, shown: &Path, limit: u64) -> Result<Option<File>, Error> {
    // A cheap refusal first, so that a directory or device is named as such.
    match std::fs::metadata(path) {
        Ok(m) => ensure_regular(&m, shown, limit)?,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(shown, IoStep::Read, e)),
    }
    let file = match OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_CLOEXEC)
        .open(path)
    {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(shown, IoStep::Read, e)),
    };
    let meta = file
        .metadata()
        .map_err(|e| Error::io(shown, IoStep::Read, e))?;
    ensure_regular(&meta, shown, limit)?;
    Ok(Some(file))
}

/// Refuses what is not a regular file of at most `limit` bytes.
pub(crate) fn ensure_regular(meta: &Metadata, shown: &Path, limit: u64) -> Result<(), Error> {
    let path = shown.to_owned();
    if meta.is_dir() {
        Err(Error::IsDirectory { path })
    } else if meta.file_type().is_symlink() {
        Err(Error::Symlink { path })
    } else if !meta.is_file() {
        Err(Error::NotRegular { path })
    } else if meta.len() > limit {
        Err(Error::TooLarge { path, limit })
    } else {
        Ok(())
    }
}

/// The error for a failed no-follow open: `Symlink` for `ELOOP`, else I/O.
pub(crate) fn open_error(path: &Path, what: IoStep, e: io::Error) -> Error {
    if e.raw_os_error() == Some(libc::ELOOP) {
        Error::Symlink {
            path: path.to_owned(),
        }
    } else {
        Error::io(path, what, e)
    }
}

/// Opens the regular file `path` for reading and appending, creating it
/// (`O_EXCL`) when missing; never through a symbolic link, which is refused
/// with `Error::Symlink`, as is a symlinked parent directory.
pub fn open_for_append(path: &Path) -> Result<File, Error> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if std::fs::symlink_metadata(dir).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(Error::Symlink {
                path: dir.to_owned(),
            });
        }
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, IoStep::CreateDir, e))?;
    }
    let file = loop {
        match no_follow(OpenOptions::new().read(true).append(true)).open(path) {
            Ok(f) => break f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(open_error(path, IoStep::Open, e)),
        }
        match no_follow(OpenOptions::new().read(true).append(true).create_new(true)).open(path) {
            Ok(f) => break f,
            // Created by someone else meanwhile: open theirs, with the same checks.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(open_error(path, IoStep::Create, e)),
        }
    };
    let meta = file
        .metadata()
        .map_err(|e| Error::io(path, IoStep::Read, e))?;
    if !meta.is_file() {
        return Err(Error::NotRegular {
            path: path.to_owned(),
        });
    }
    Ok(file)
}

/// The patterns (for `.git/info/exclude`) of the files followup writes beside
/// the ledger named `name`: its lock, the temp files of a save, the recovery
/// files and their temp files.
pub fn side_file_patterns(name: &str) -> Vec<String> {
    vec![
        format!(".{name}.lock"),
        format!(".{name}.*.tmp"),
        format!(".{name}.recovered-*"),
        format!(".{name}.base-*"),
        format!("..{name}.*.tmp-*"),
    ]
}

/// The git directory whose `info/exclude` applies to the work tree holding
/// `dir` (the common one, for a linked work tree); `None` outside git.
fn exclude_file(dir: &Path) -> Option<std::path::PathBuf> {
    let top = dir.ancestors().find(|d| d.join(".git").exists())?;
    let dot_git = top.join(".git");
    let meta = std::fs::symlink_metadata(&dot_git).ok()?;
    let git_dir = if meta.is_dir() {
        dot_git
    } else if meta.is_file() {
        let text = std::fs::read_to_string(&dot_git).ok()?;
        let to = text.lines().find_map(|l| l.strip_prefix("gitdir:"))?.trim();
        top.join(to)
    } else {
        return None;
    };
    let common = std::fs::read_to_string(git_dir.join("commondir"))
        .ok()
        .map(|c| git_dir.join(c.trim()))
        .unwrap_or(git_dir);
    Some(common.join("info").join("exclude"))
}

/// Keeps the files followup writes beside `ledger` out of `git status`
/// without `git-setup`: appends their patterns to the repository's
/// `info/exclude` when missing, once per process and repository, never
/// through a symbolic link (see [`open_for_append`]). Best effort: nothing
/// here stops a save.
pub fn exclude_side_files(ledger: &Path) {
    use std::io::{Read, Write};
    use std::sync::Mutex;
    static DONE: Mutex<Vec<std::path::PathBuf>> = Mutex::new(Vec::new());
    let dir = match ledger.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => std::path::PathBuf::from("."),
    };
    let Some(exclude) = std::fs::canonicalize(&dir)
        .ok()
        .and_then(|d| exclude_file(&d))
    else {
        return;
    };
    let name = ledger
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let key = exclude.join(&name);
    let Ok(mut done) = DONE.lock() else { return };
    if done.contains(&key) {
        return;
    }
    done.push(key);
    let Ok(mut file) = open_for_append(&exclude) else {
        return;
    };
    let mut now = String::new();
    if (&mut file).take(1 << 20).read_to_string(&mut now).is_err() {
        return;
    }
    let mut add = String::new();
    for p in side_file_patterns(&name) {
        if !now.lines().any(|l| l.trim() == p) {
            add.push_str(&p);
            add.push('\n');
        }
    }
    if add.is_empty() {
        return;
    }
    if !now.is_empty() && !now.ends_with('\n') {
        add.insert(0, '\n');
    }
    let _ = file.write_all(add.as_bytes());
}
