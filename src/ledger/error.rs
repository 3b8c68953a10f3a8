//! What can go wrong when reading or writing a ledger file.

use super::parse::ParseError;
use std::io;
use std::path::{Path, PathBuf};

/// What the library was doing when I/O failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoStep {
    Read,
    Write,
    Open,
    Create,
    CreateDir,
    Lock,
    OpenLock,
    CreateLock,
    RemoveStaleLock,
    WriteLock,
}

/// A storage error; every variant names the file.
#[derive(Debug)]
pub enum Error {
    /// The file's content is not a valid ledger.
    Invalid { path: PathBuf, source: ParseError },
    /// Reading or writing failed.
    Io {
        path: PathBuf,
        what: IoStep,
        source: io::Error,
    },
    /// The path names a directory.
    IsDirectory { path: PathBuf },
    /// The path is a symbolic link where followup will not follow one (its own
    /// side files, files it creates); nothing was read or written through it.
    Symlink { path: PathBuf },
    /// The path is a FIFO, a device, a socket or another non-regular file.
    NotRegular { path: PathBuf },
    /// The file is larger than followup reads.
    TooLarge { path: PathBuf, limit: u64 },
    /// `ledger.json` found in a repository leads, through symbolic links, outside it.
    OutsideRepository {
        path: PathBuf,
        target: PathBuf,
        root: PathBuf,
    },
    /// Another process holds the write lock.
    Locked {
        path: PathBuf,
        holder: super::holder::LockHolder,
    },
    /// The file changed on disk since it was loaded; it was not overwritten.
    ChangedOnDisk { path: PathBuf },
    /// The file may not be written.
    ReadOnly { path: PathBuf },
    /// The file holds git conflict markers: git merged it as text, without followup's driver.
    ConflictMarkers { path: PathBuf, line: usize },
    /// The file was expected not to exist.
    Exists { path: PathBuf },
}

impl Error {
    pub(crate) fn io(path: &Path, what: IoStep, source: io::Error) -> Self {
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
