//! `followup sync --repair`: redo a merge that git did as text (leaving
//! `<<<<<<<` markers in the ledger) from git's three index stages, through
//! followup's merge, and stage the result for `followup sync` to conclude.

use super::error::{ConflictAt, SyncError};
use super::{ledger_at, locate, recorded_conflicts};
use crate::git::run::{Git, Ssh};
use crate::ledger::{CLI_LOCK_WAIT, Ledger, Store, merge};

/// What the repair did.
#[derive(Debug)]
pub struct Repaired {
    /// The ledger's path in the repository.
    pub rel: String,
    /// Conflicts the merge recorded in the ledger, to settle before syncing.
    pub conflicts: Vec<ConflictAt>,
    /// Ids added on both sides: `(id, the new id of one copy)`.
    pub renumbered: Vec<crate::ledger::Renumbered>,
}

/// Redoes the merge of the ledger in `store` from the index stages
/// (`:1:` base, `:2:` ours, `:3:` theirs), writes it through the store and `git add`s it.
pub fn repair(store: &Store) -> Result<Repaired, SyncError> {
    let (root, rel) = locate(store)?;
    let git = Git::new(&root, Ssh::Batch);
    let stages = git.ok(&["ls-files", "-u", "-z", "--", &rel])?;
    let has = |n: &str| {
        stages
            .split('\0')
            .any(|e| e.split_once('\t').is_some_and(|(m, _)| m.ends_with(n)))
    };
    if !has(" 2") || !has(" 3") {
        return Err(SyncError::NothingToRepair { rel });
    }
    let stage = |n: &str| ledger_at(&git, n, &rel);
    let base = stage(":1")?.unwrap_or_else(Ledger::default);
    let (ours, theirs) = (
        stage(":2")?.unwrap_or_default(),
        stage(":3")?.unwrap_or_default(),
    );
    let m = merge(&base, &ours, &theirs);
    let lock = store.lock("followup sync --repair", CLI_LOCK_WAIT)?;
    let now = store.fingerprint()?;
    store.save(&lock, &m.ledger, now)?;
    let back = store.load()?.ledger;
    git.ok(&["add", "--", &rel])?;
    Ok(Repaired {
        rel,
        conflicts: recorded_conflicts(&back),
        renumbered: m.renumbered,
    })
}
