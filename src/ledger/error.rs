//! What can go wrong when reading or writing a ledger file.

use super::parse::ParseError;
use std::io;
use std::path::{Path, PathBuf};

/// A storage error; every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file's content is not a valid ledger.
    #[error("{}:{}", .path.display(), .source)]
    Invalid { path: PathBuf, source: ParseError },
    /// Reading or writing failed.
    #[error("{}: {what}: {}", .path.display(), describe(.source))]
    Io {
        path: PathBuf,
        what: &'static str,
        source: io::Error,
    },
    /// The path names a directory.
    #[error("{}: is a directory, not a ledger file", .path.display())]
    IsDirectory { path: PathBuf },
    /// The path is a symbolic link where followup will not follow one (its own
    /// side files, files it creates); nothing was read or written through it.
    #[error("{}: is a symbolic link; refused (not followed, nothing written)", .path.display())]
    Symlink { path: PathBuf },
    /// The path is a FIFO, a device, a socket or another non-regular file.
    #[error("{}: is not a regular file; refused", .path.display())]
    NotRegular { path: PathBuf },
    /// The file is larger than followup reads.
    #[error("{}: larger than {limit} bytes; refused", .path.display())]
    TooLarge { path: PathBuf, limit: u64 },
    /// `ledger.json` found in a repository leads, through symbolic links, outside it.
    #[error("{}: leads outside the repository {} (to {}); refused: name it with --ledger if you mean it", .path.display(), .root.display(), .target.display())]
    OutsideRepository {
        path: PathBuf,
        target: PathBuf,
        root: PathBuf,
    },
    /// Another process holds the write lock.
    #[error("{}: locked by {holder}; try again once it has finished (a dashboard holds the lock until it quits)", .path.display())]
    Locked { path: PathBuf, holder: String },
    /// The file changed on disk since it was loaded; it was not overwritten.
    #[error("{}: changed on disk since it was loaded (another program or `git pull`); not overwritten", .path.display())]
    ChangedOnDisk { path: PathBuf },
    /// The file may not be written.
    #[error("{}: the file is read-only; nothing was written", .path.display())]
    ReadOnly { path: PathBuf },
    /// The file holds git conflict markers: git merged it as text, without followup's driver.
    #[error("{}:{line}: git conflict markers (<<<<<<<): the ledger was merged as text, without followup's merge driver; run `followup sync --repair` to redo the merge by item and field", .path.display())]
    ConflictMarkers { path: PathBuf, line: usize },
    /// The file was expected not to exist.
    #[error("{}: already exists; nothing was written", .path.display())]
    Exists { path: PathBuf },
}

impl Error {
    pub(crate) fn io(path: &Path, what: &'static str, source: io::Error) -> Self {
        Error::Io {
            path: path.to_owned(),
            what,
            source,
        }
    }

    /// True when the content is at fault (exit code 1) rather than the system (exit code 2).
    pub fn is_invalid(&self) -> bool {
        matches!(self, Error::Invalid { .. } | Error::ConflictMarkers { .. })
    }
}

impl std::error::Error for ParseError {}

fn describe(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_owned(),
                None => s,
            }
        }
    }
}
