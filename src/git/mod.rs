//! Talking to git: one process runner ([`run`]), the ledger's repository
//! ([`Repo`]), and what the dashboard reads of it.

mod error;
mod repo;
pub mod run;

pub use error::GitError;
pub use repo::Repo;

use run::{Git, Ssh};
use std::path::Path;

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
