//! What git says about the ledger's file, as the dashboard shows it: the
//! items that differ from the last commit, what changed since a review day,
//! and how far the branch is from its upstream.

use super::run::{Git, Ssh};
use super::start_copy::kept_start;
use super::{FileHistory, Repo};
use crate::ledger::{
    ItemHashes, Ledger, LedgerDiff, StartCache, diff, parse_ledger, reads_in_halves,
};
use chrono::NaiveDate;
use std::collections::HashSet;
use std::path::Path;

/// The ids of the items of the ledger at `path` that differ from (or are
/// not in) its last commit; `None` when it is not committed in git.
pub fn uncommitted_ids(path: &Path) -> Option<HashSet<String>> {
    let repo = Repo::containing(path).ok()?;
    let rel = repo.relative(path).ok()?;
    let head = parse_ledger(&repo.show("HEAD", &rel).ok()?).ok()?;
    let now = parse_ledger(&std::fs::read(path).ok()?).ok()?;
    Some(
        diff(&head, &now)
            .items
            .iter()
            .map(|c| c.id().to_owned())
            .collect(),
    )
}

/// What changed between the ledger at `path` as committed last before
/// `day` and `now`; `None` when it is not in git or has no commit before
/// that day. The ledger there is read as a report of the period from `day`
/// reads it: a large one ([`reads_in_halves`]) as [`kept_start`] reads it,
/// from the copy kept in `cache`, else from git, kept there for the report
/// (every item of it parsed: `now` is no file's text to leave the unchanged
/// ones out by); a small one, or one whose text does not scan, whole.
pub fn since_review(
    path: &Path,
    day: NaiveDate,
    now: &Ledger,
    mut cache: StartCache,
) -> Option<LedgerDiff> {
    let size = std::fs::metadata(path).map_or(0, |m| m.len());
    // A file gone from the disk is asked for by its folder (`Repo::relative`).
    if !reads_in_halves(size) {
        return since_whole(path, day, now);
    }
    let history = FileHistory::of(path)?;
    // Started beside the search for the commit, asked once it is found.
    let batch = history.batch().ok();
    let rev = history.last_commit_before(day).ok()??;
    let seed = cache.seed();
    let start = kept_start(&history, &rev, batch, seed, &cache);
    if let Some(earlier) = start.and_then(|k| k.earlier(&ItemHashes::with_seed(0, seed))) {
        return earlier.diff(now);
    }
    let before = parse_ledger(&history.show(&rev).ok()??).ok()?;
    Some(diff(&before, now))
}

/// [`since_review`] of a ledger read from git whole.
fn since_whole(path: &Path, day: NaiveDate, now: &Ledger) -> Option<LedgerDiff> {
    let repo = Repo::containing(path).ok()?;
    let rel = repo.relative(path).ok()?;
    let commit = repo.last_commit_before(day, &rel).ok()??;
    let before = parse_ledger(&repo.show(&commit, &rel).ok()?).ok()?;
    Some(diff(&before, now))
}

/// How many commits the branch holding `ledger` is ahead of and behind its
/// upstream (`↑2 ↓1`), as git last fetched it; `None` outside git or without
/// an upstream. Reads only: no network, no prompt.
pub fn distance(ledger: &Path) -> Option<(u32, u32)> {
    let repo = Repo::containing(ledger).ok()?;
    let git = Git::new(repo.root(), Ssh::AsConfigured);
    let counts = git
        .ok(&["rev-list", "--left-right", "--count", "HEAD...@{upstream}"])
        .ok()?;
    let mut n = counts.split_whitespace().map(str::parse::<u32>);
    Some((n.next()?.ok()?, n.next()?.ok()?))
}
