//! Talking to git: one process runner ([`run`]), the ledger's repository
//! ([`Repo`]), and what the dashboard reads of it.

pub mod batch;
pub mod ci;
mod error;
pub mod item_log;
mod repo;
pub mod review;
pub mod run;
pub mod start_copy;
pub mod status;
pub mod watch;

pub use error::GitError;
pub use repo::{FileHistory, Repo};

use crate::ledger::recovery::{self, RecoveryFile};
use run::{Git, Ssh};
use std::path::Path;

/// The recovery files of `ledger` that are the user's own (see
/// [`recovery::find`]) and that git neither tracks nor has in HEAD, then
/// every other file named like one: what git brought or another user or
/// machine wrote, never merged.
pub fn own_recoveries(
    ledger: &Path,
    state: Option<&Path>,
) -> (Vec<RecoveryFile>, Vec<RecoveryFile>) {
    let mut refused = recovery::refused(ledger, state);
    let (own, tracked): (Vec<_>, Vec<_>) = recovery::find(ledger, state)
        .into_iter()
        .partition(|f| !is_tracked(&f.file) && !f.base.as_deref().is_some_and(is_tracked));
    refused.extend(tracked);
    (own, refused)
}

/// True when git's index or HEAD holds `file` (false outside git).
pub fn is_tracked(file: &Path) -> bool {
    let Ok(repo) = Repo::containing(file) else {
        return false;
    };
    let Ok(rel) = repo.relative(file) else {
        return false;
    };
    let git = Git::new(repo.root(), Ssh::AsConfigured);
    let indexed = git
        .ok(&[
            "--literal-pathspecs",
            "ls-files",
            "-z",
            "--cached",
            "--",
            &rel,
        ])
        .is_ok_and(|o| !o.is_empty());
    indexed || git.blob("HEAD", &rel).is_ok_and(|b| b.is_some())
}

/// How git should call this program: `followup` when that name on PATH is
/// this very binary, else its absolute path.
pub fn program_name() -> String {
    let me = std::env::current_exe().and_then(std::fs::canonicalize).ok();
    let on_path = std::env::var_os("PATH").and_then(|p| {
        std::env::split_paths(&p)
            .map(|d| d.join("followup"))
            .find(|c| c.is_file())
            .and_then(|c| std::fs::canonicalize(c).ok())
    });
    match (me, on_path) {
        (Some(me), Some(p)) if me == p => "followup".into(),
        (Some(me), _) => me.to_string_lossy().into_owned(),
        _ => "followup".into(),
    }
}
