//! A review recorded in the dashboard is a commit of its own, holding only
//! the ledger (`Review 2026-12-02: INADEM, SMBA`, with a `Followup-Review`
//! trailer), so that its minutes can be written again exactly from it
//! (`followup report --review 2026-12-02`).

use super::item_log::REVIEW_TRAILER;
use super::run::{Git, Ssh};
use super::{GitError, Repo};
use crate::ledger::Store;
use chrono::NaiveDate;
use std::path::Path;

/// Commits the ledger at `ledger`, and only it (other staged files stay
/// staged), with `message`, when it holds a review of `date` and differs
/// from HEAD; true when a commit was made. Nothing outside git, nor for a
/// ledger git does not track.
pub fn commit_review(ledger: &Path, date: NaiveDate, message: &str) -> Result<bool, GitError> {
    let Ok(repo) = Repo::containing(ledger) else {
        return Ok(false);
    };
    let rel = repo.relative(ledger)?;
    let holds = Store::new(ledger)
        .load()
        .is_ok_and(|l| l.ledger.reviews.iter().any(|r| r.date == date));
    let git = Git::new(repo.root(), Ssh::AsConfigured);
    let tracked = !git
        .ok(&["--literal-pathspecs", "ls-files", "-z", "--", &rel])?
        .is_empty();
    let changed = !git
        .ok(&[
            "--literal-pathspecs",
            "status",
            "--porcelain",
            "-z",
            "--",
            &rel,
        ])?
        .is_empty();
    if !(holds && tracked && changed) {
        return Ok(false);
    }
    let r = git.run_with_input(
        &[
            "-c",
            "user.useConfigOnly=true",
            "--literal-pathspecs",
            "commit",
            "-q",
            "--only",
            "-F",
            "-",
            "--",
            &rel,
        ],
        message.as_bytes(),
    )?;
    if r.ok {
        Ok(true)
    } else {
        Err(GitError::Failed {
            args: "commit".into(),
            stderr: r.output().trim().to_owned(),
        })
    }
}

/// The commit that recorded the review of `date` in the ledger `rel`, the
/// latest if several did.
pub fn review_commit(repo: &Repo, rel: &str, date: NaiveDate) -> Result<Option<String>, GitError> {
    let git = Git::new(repo.root(), Ssh::AsConfigured);
    let grep = format!("--grep=^{REVIEW_TRAILER}: {date}$");
    let out = git.ok(&[
        "--literal-pathspecs",
        "log",
        "-1",
        "--format=%H",
        &grep,
        "--",
        rel,
    ])?;
    let hash = out.trim();
    Ok((!hash.is_empty()).then(|| hash.to_owned()))
}
