//! The ledger the remote brings, checked before HEAD moves: a fast-forward
//! takes it as it is, so one followup would then refuse (too large, not
//! JSON, against the rules) would leave the clone stuck on it. It must be a
//! regular file, of at most [`crate::ledger::MAX_LEDGER_BYTES`] (known from
//! its size in git, before any of it is read), and load as every command
//! loads the ledger.

use super::error::SyncError;
use super::settle::ensure_regular_at;
use crate::git::GitError;
use crate::git::run::Git;
use crate::ledger::{self, parse_ledger};
use std::path::PathBuf;

/// Refuses the ledger at the remote's commit `rev` unless followup would
/// load it; `upstream` (`origin/main`) names it. A remote without the
/// ledger passes: what follows decides.
pub fn ensure_loadable_at(
    git: &Git,
    rev: &str,
    rel: &str,
    upstream: &str,
) -> Result<(), SyncError> {
    ensure_regular_at(git, rev, rel)?;
    let shown = PathBuf::from(format!("{upstream}:{rel}"));
    let refused = |cause: ledger::Error| SyncError::RemoteLedgerRefused {
        rel: rel.to_owned(),
        upstream: upstream.to_owned(),
        cause: Box::new(cause),
    };
    let bytes = match git.blob(rev, rel) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return Ok(()),
        Err(GitError::File(ledger::Error::TooLarge { limit, .. })) => {
            return Err(refused(ledger::Error::TooLarge { path: shown, limit }));
        }
        Err(e) => return Err(e.into()),
    };
    match parse_ledger(&bytes) {
        Ok(_) => Ok(()),
        Err(source) => Err(refused(ledger::Error::Invalid {
            path: shown,
            source,
        })),
    }
}
