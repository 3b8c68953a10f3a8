//! What git says about the ledger's file, as the dashboard shows it: the
//! items that differ from the last commit, what changed since a review day,
//! and how far the branch is from its upstream.

use super::Repo;
use super::run::{Git, Ssh};
use crate::ledger::{Ledger, LedgerDiff, diff, parse_ledger};
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
/// that day.
pub fn since_review(path: &Path, day: NaiveDate, now: &Ledger) -> Option<LedgerDiff> {
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
