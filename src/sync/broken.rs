//! A ledger that landed broken in a commit (conflict markers or broken JSON
//! merged in a host's web interface, or committed by a clone that merged
//! without followup's driver): the commit that broke it, found by walking
//! back from HEAD to the first commit whose parents all load, and the last
//! version that loads, for the diffs `sync` reports across the break.

use super::SyncError;
use super::ledger_at;
use crate::git::run::Git;
use crate::ledger::{Error, Ledger};

/// How far back the walk goes before it gives up (commits that held a broken ledger).
const MAX_BROKEN_COMMITS: usize = 1000;

/// The commit where the ledger went from loading to not loading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct BrokenAt {
    /// The commit.
    pub commit: String,
    /// Its parents, first parent first; the ledger loads (or is absent) in each.
    pub parents: Vec<String>,
}

/// The ledger `rel` at `rev`: `Ok(None)` when absent, `Err` with the
/// ledger's error when it does not load (a git failure is returned as such).
fn loads(git: &Git, rev: &str, rel: &str) -> Result<Result<Option<Ledger>, Error>, SyncError> {
    match ledger_at(git, rev, rel) {
        Ok(l) => Ok(Ok(l)),
        Err(SyncError::Ledger(e)) if e.is_invalid() => Ok(Err(e)),
        Err(e) => Err(e),
    }
}

/// The parents of `commit`, first parent first.
fn parents(git: &Git, commit: &str) -> Result<Vec<String>, SyncError> {
    let line = git.ok(&[
        "rev-list",
        "--parents",
        "-n",
        "1",
        "--end-of-options",
        commit,
    ])?;
    Ok(line.split_whitespace().skip(1).map(str::to_owned).collect())
}

/// The commit that broke the ledger `rel` at `rev`, or `None` when the
/// ledger loads there (or `rev` does not exist).
pub(super) fn broken_at(git: &Git, rev: &str, rel: &str) -> Result<Option<BrokenAt>, SyncError> {
    let Some(mut commit) = git.commit(rev)? else {
        return Ok(None);
    };
    if loads(git, &commit, rel)?.is_ok() {
        return Ok(None);
    }
    for _ in 0..MAX_BROKEN_COMMITS {
        let ps = parents(git, &commit)?;
        let mut broken_parent = None;
        for p in &ps {
            if loads(git, p, rel)?.is_err() {
                broken_parent = Some(p.clone());
                break;
            }
        }
        match broken_parent {
            Some(p) => commit = p,
            None => {
                return Ok(Some(BrokenAt {
                    commit,
                    parents: ps,
                }));
            }
        }
    }
    Ok(None)
}

/// The ledger `rel` at `rev`, or, when it does not load there, at the
/// first parent of the commit that broke it: what a sync compares with
/// after `--repair` mended a broken commit. `None` when there is none.
pub(super) fn last_loadable(git: &Git, rev: &str, rel: &str) -> Result<Option<Ledger>, SyncError> {
    match loads(git, rev, rel)? {
        Ok(l) => Ok(l),
        Err(e) => match broken_at(git, rev, rel)?.and_then(|b| b.parents.into_iter().next()) {
            Some(p) => ledger_at(git, &p, rel),
            None => Err(SyncError::Ledger(e)),
        },
    }
}
