//! Why a sync stopped; each carries what the user needs to go on.

use crate::ledger;

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

fn list<T: std::fmt::Display>(items: &[T]) -> String {
    items
        .iter()
        .map(T::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn kept(n: usize) -> String {
    match n {
        0 => String::new(),
        1 => "; the local commit is kept and the next `followup sync` pushes it".into(),
        n => format!("; the {n} local commits are kept and the next `followup sync` pushes them"),
    }
}

/// Why `followup sync` stopped.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The ledger is not in a git work tree.
    #[error("{0}")]
    NotInGit(String),
    /// HEAD is not a branch.
    #[error("not on a branch (detached HEAD): check out the branch to sync")]
    Detached,
    /// A rebase (or another sequence) is under way.
    #[error(
        "a rebase is in progress: finish it with git (`git rebase --continue`, after `followup sync --repair` if the ledger has conflict markers) or `git rebase --abort`, then sync"
    )]
    Rebasing,
    /// git has no identity to sign commits with.
    #[error(
        "git does not know who you are, and followup never invents an author: set it with `git config user.name \"INADEM, Mexico\"` and `git config user.email secretariat@example.org` (add --global for every repository)"
    )]
    NoIdentity,
    /// There is nowhere to sync with.
    #[error(
        "branch `{branch}` has no upstream and the repository has no remote `origin`: add one with `git remote add origin URL`"
    )]
    NoRemote { branch: String },
    /// The ledger's attributes choose another merge than followup's.
    #[error(
        "{rel}: its git attributes say `merge: {value}`, so git would not merge it through followup's driver; run `followup git-setup` (or remove that attribute), then sync"
    )]
    ForeignMergeAttribute { rel: String, value: String },
    /// Fetching or pushing failed: no network, no such remote, no access.
    #[error("remote `{remote}` unreachable or refused access: {detail}{}", kept(*.unpushed))]
    Unreachable {
        remote: String,
        detail: String,
        unpushed: usize,
    },
    /// The remote refused the push (a protected branch, a server-side hook).
    #[error("remote `{remote}` refused the push: {detail}{}", kept(*.unpushed))]
    Refused {
        remote: String,
        detail: String,
        unpushed: usize,
    },
    /// Others kept pushing while this sync merged.
    #[error(
        "remote `{remote}` moved again during each of {attempts} attempts to push (last: {detail}){}", kept(*.unpushed)
    )]
    KeptMoving {
        remote: String,
        attempts: usize,
        detail: String,
        unpushed: usize,
    },
    /// The ledger holds conflicts to settle; nothing was pushed.
    #[error(
        "{} conflict{} ({}); nothing was pushed: settle each with `followup resolve ID FIELD ours|theirs` (or in the dashboard, M), then run `followup sync` again",
        .0.len(), if .0.len() == 1 { "" } else { "s" }, list(.0)
    )]
    Conflicts(Vec<ConflictAt>),
    /// Files other than the ledger have git conflicts.
    #[error(
        "git conflicts in other files: {}; resolve them with git (`git add` each), then run `followup sync` again",
        list(.0)
    )]
    OtherConflicts(Vec<String>),
    /// The merge driver failed without recording conflicts; the merge was undone.
    #[error("{rel}: the merge driver could not merge it, so the merge was undone: {detail}")]
    DriverFailed { rel: String, detail: String },
    /// `--repair` found no merge of the ledger to redo.
    #[error(
        "{rel}: git is not merging it (no index stages), so there is nothing to repair; if the conflict markers were committed, take the ledger from before that commit (`git checkout COMMIT -- {rel}`)"
    )]
    NothingToRepair { rel: String },
    /// A git command failed.
    #[error("git {args}: {detail}")]
    Git { args: String, detail: String },
    /// Reading or writing the ledger failed.
    #[error(transparent)]
    Ledger(#[from] ledger::Error),
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
            | SyncError::NothingToRepair { .. } => 1,
            SyncError::Ledger(e) if e.is_invalid() => 1,
            _ => 2,
        }
    }
}
