//! What can go wrong running git or finding the ledger's repository; worded
//! in the catalog (`Catalog::git_error`).

use crate::ledger;
use std::io;
use std::path::PathBuf;

/// Why a git step failed.
#[derive(Debug)]
pub enum GitError {
    /// git could not be started (not installed, not on `PATH`).
    NotStarted { args: String, cause: io::Error },
    /// git ran and failed; `stderr` is git's own message.
    Failed { args: String, stderr: String },
    /// The file is not inside a git work tree.
    NotInRepository { file: PathBuf },
    /// No file `rel` at revision `rev`: no such revision, or the file was
    /// not there yet.
    NotAtRevision { rev: String, rel: String },
    /// The file lies outside the repository at `root`.
    OutsideRepository { file: PathBuf, root: PathBuf },
    /// A file could not be read, resolved or written.
    Io { path: PathBuf, cause: io::Error },
    /// A step that talks to the remote took longer than `after`: git was stopped.
    TimedOut {
        args: String,
        after: std::time::Duration,
    },
    /// A file `git-setup` writes may not be opened (a link, not a regular file).
    File(ledger::Error),
}
