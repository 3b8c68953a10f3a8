//! Talking to git: one process runner ([`run`]), the ledger's repository
//! ([`Repo`]), and what the dashboard reads of it.

mod error;
mod repo;
pub mod run;

pub use error::GitError;
pub use repo::Repo;

pub mod status;
pub mod watch;

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
