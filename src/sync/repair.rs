//! `followup sync --repair`: redo a merge that git did as text (leaving
//! `<<<<<<<` markers in the ledger) through followup's merge, and stage the
//! result for `followup sync` to conclude: from git's three index stages
//! while git is merging, else from the parents of the merge commit that
//! broke the ledger (a merge made in a host's web interface, or committed
//! with its markers).

use super::broken::broken_at;
use super::error::{BrokenHow, ConflictAt, SyncError};
use super::{ledger_at, locate, recorded_conflicts};
use crate::git::run::{Git, Ssh};
use crate::ledger::{CLI_LOCK_WAIT, Ledger, Merged, Store, merge};

/// What the repair did.
#[derive(Debug)]
pub struct Repaired {
    /// The ledger's path in the repository.
    pub rel: String,
    /// Conflicts the merge recorded in the ledger, to settle before syncing.
    pub conflicts: Vec<ConflictAt>,
    /// Ids added on both sides: `(id, the new id of one copy)`.
    pub renumbered: Vec<crate::ledger::Renumbered>,
    /// What the merge was redone from.
    pub from: RepairedFrom,
}

/// What `--repair` merged again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RepairedFrom {
    /// The merge in progress, from git's index stages.
    IndexStages,
    /// The committed merge that broke the ledger (its abbreviated name).
    BrokenMerge(String),
}

/// Redoes the merge of the ledger in `store` from the index stages
/// (`:1:` base, `:2:` ours, `:3:` theirs), or from the parents of the
/// committed merge that broke it, writes it through the store and `git add`s it.
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
        return repair_commit(store, &git, rel);
    }
    let stage = |n: &str| ledger_at(&git, n, &rel);
    let base = stage(":1")?.unwrap_or_else(Ledger::default);
    let (ours, theirs) = (
        stage(":2")?.unwrap_or_default(),
        stage(":3")?.unwrap_or_default(),
    );
    let m = merge(&base, &ours, &theirs);
    save_and_stage(store, &git, rel, m, RepairedFrom::IndexStages)
}

/// Writes the merge `m` through the store and stages it.
fn save_and_stage(
    store: &Store,
    git: &Git,
    rel: String,
    m: Merged,
    from: RepairedFrom,
) -> Result<Repaired, SyncError> {
    let lock = store.lock("followup sync --repair", CLI_LOCK_WAIT)?;
    let now = store.fingerprint()?;
    store.save(&lock, &m.ledger, now)?;
    let back = store.load()?.ledger;
    git.ok(&["add", "--", &rel])?;
    Ok(Repaired {
        rel,
        conflicts: recorded_conflicts(&back),
        renumbered: m.renumbered,
        from,
    })
}

/// Redoes the committed merge that broke the ledger, when the working file
/// is still what that merge left: its parents merged again by item and
/// field over their merge base.
fn repair_commit(store: &Store, git: &Git, rel: String) -> Result<Repaired, SyncError> {
    let Some(broken) = broken_at(git, "HEAD", &rel)? else {
        return Err(SyncError::NothingToRepair { rel });
    };
    let short = git
        .ok(&["rev-parse", "--short", "--end-of-options", &broken.commit])?
        .trim()
        .to_owned();
    let (first, others) = match broken.parents.split_first() {
        None => return Err(cannot_redo(rel, short, BrokenHow::NoLoadableParent)),
        Some((_, [])) => return Err(cannot_redo(rel, short, BrokenHow::NotAMerge)),
        Some((first, others)) => (first, others),
    };
    let working = std::fs::read(store.path())
        .map_err(|e| crate::ledger::Error::io(store.path(), crate::ledger::IoStep::Read, e))?;
    if git.blob(&broken.commit, &rel)?.as_deref() != Some(&working[..]) {
        return Err(cannot_redo(rel, short, BrokenHow::ChangedSince));
    }
    let mut m = Merged {
        ledger: ledger_at(git, first, &rel)?.unwrap_or_default(),
        conflicts: 0,
        renumbered: Vec::new(),
    };
    for other in others {
        let base = match git.run(&[], &["merge-base", "--end-of-options", first, other])? {
            r if r.ok => ledger_at(git, r.text().trim(), &rel)?.unwrap_or_default(),
            _ => Ledger::default(),
        };
        let theirs = ledger_at(git, other, &rel)?.unwrap_or_default();
        let next = merge(&base, &m.ledger, &theirs);
        m.renumbered.extend(next.renumbered);
        m.conflicts += next.conflicts;
        m.ledger = next.ledger;
    }
    save_and_stage(store, git, rel, m, RepairedFrom::BrokenMerge(short))
}

/// `--repair` cannot merge again the commit that broke `rel`.
fn cannot_redo(rel: String, commit: String, how: BrokenHow) -> SyncError {
    SyncError::Broken { rel, commit, how }
}
