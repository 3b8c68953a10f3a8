//! Why a sync stopped; each carries what the user needs to go on.

use crate::git::GitError;
use crate::ledger;
use std::path::PathBuf;

/// A conflict recorded in the ledger: the item (none for the ledger's own
/// fields) and the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictAt {
    pub id: Option<String>,
    pub field: String,
}

impl std::fmt::Display for ConflictAt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.id {
            Some(id) => write!(f, "{id} {}", self.field),
            None => write!(f, "{}", self.field),
        }
    }
}

/// Why `followup sync` stopped.
#[derive(Debug)]
pub enum SyncError {
    /// The ledger is not in a git work tree (or its place there is unknown).
    NotInGit(GitError),
    /// HEAD is not a branch.
    Detached,
    /// A rebase (or another sequence) is under way.
    Rebasing,
    /// git has no identity to sign commits with.
    NoIdentity,
    /// There is nowhere to sync with.
    NoRemote { branch: String },
    /// The ledger's attributes choose another merge than followup's.
    ForeignMergeAttribute { rel: String, value: String },
    /// Fetching or pushing failed: no network, no such remote, no access.
    Unreachable {
        remote: String,
        detail: String,
        unpushed: usize,
    },
    /// Fetching or pushing took longer than the network bound: git was stopped.
    TimedOut {
        remote: String,
        seconds: u64,
        unpushed: usize,
    },
    /// Neither the clone nor its remote holds the ledger yet.
    NoLedger { rel: String, upstream: String },
    /// The ledger (as `rev` holds it, or on disk when `rev` is empty) is not a
    /// regular file inside the repository: a symbolic link, a submodule, a directory.
    NotARegularLedger { rel: String, rev: String },
    /// The remote's ledger (fetched from `upstream`) is not one followup
    /// loads: too large, not JSON, against the rules. Refused before HEAD
    /// moved: nothing was merged.
    RemoteLedgerRefused {
        rel: String,
        upstream: String,
        cause: Box<ledger::Error>,
    },
    /// The remote refused the push (a protected branch, a server-side hook).
    Refused {
        remote: String,
        detail: String,
        unpushed: usize,
    },
    /// Others kept pushing while this sync merged.
    KeptMoving {
        remote: String,
        attempts: usize,
        detail: String,
        unpushed: usize,
    },
    /// The ledger holds conflicts to settle; nothing was pushed.
    Conflicts(Vec<ConflictAt>),
    /// Files other than the ledger have git conflicts.
    OtherConflicts(Vec<String>),
    /// The merge driver failed without recording conflicts; the merge was undone.
    DriverFailed { rel: String, detail: String },
    /// `--repair` found no merge of the ledger to redo.
    NothingToRepair { rel: String },
    /// `--repair`: the ledger was broken by a commit that `--repair` cannot merge again.
    Broken {
        rel: String,
        commit: String,
        how: BrokenHow,
    },
    /// The merge driver would be this program, whose path is not UTF-8.
    ProgramNotUtf8 { program: PathBuf },
    /// The attributes file that names followup's merge for this run could not be written.
    TemporaryAttributes(std::io::Error),
    /// A git command failed.
    Git(GitError),
    /// Reading or writing the ledger failed.
    Ledger(ledger::Error),
}

/// Why `--repair` cannot merge again the commit that broke the ledger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrokenHow {
    /// No parent of the commit holds a ledger that loads.
    NoLoadableParent,
    /// The commit is not a merge (a squash, a rebase, a hand edit).
    NotAMerge,
    /// The ledger was changed after that merge: redoing it would lose the change.
    ChangedSince,
}

impl SyncError {
    /// The exit code: 1 for what the user settles (conflicts, content, setup),
    /// 2 for failures of git, the disk or the network.
    pub fn exit_code(&self) -> i32 {
        match self {
            SyncError::NotInGit(_)
            | SyncError::Detached
            | SyncError::Rebasing
            | SyncError::NoIdentity
            | SyncError::NoRemote { .. }
            | SyncError::Conflicts(_)
            | SyncError::OtherConflicts(_)
            | SyncError::DriverFailed { .. }
            | SyncError::ForeignMergeAttribute { .. }
            | SyncError::NothingToRepair { .. }
            | SyncError::Broken { .. }
            | SyncError::NoLedger { .. }
            | SyncError::NotARegularLedger { .. }
            | SyncError::RemoteLedgerRefused { .. } => 1,
            SyncError::Ledger(e) if e.is_invalid() => 1,
            _ => 2,
        }
    }
}

impl From<GitError> for SyncError {
    fn from(e: GitError) -> Self {
        SyncError::Git(e)
    }
}

impl From<ledger::Error> for SyncError {
    fn from(e: ledger::Error) -> Self {
        SyncError::Ledger(e)
    }
}
