//! The words of `followup sync --repair` when the ledger was broken by a
//! commit it cannot merge again (`SyncError::Broken`).

use super::Catalog;
use crate::sync::BrokenHow;
use crate::tr;

impl Catalog {
    /// Why the commit `commit` that broke `rel` cannot be merged again, and what to do.
    pub(super) fn broken_ledger(&self, rel: &str, commit: &str, how: BrokenHow) -> String {
        match how {
            BrokenHow::NoLoadableParent => {
                tr!(self, "sync-repair-broken-by", rel = rel, commit = commit)
            }
            BrokenHow::NotAMerge => {
                tr!(self, "sync-repair-not-a-merge", rel = rel, commit = commit)
            }
            BrokenHow::ChangedSince => {
                tr!(
                    self,
                    "sync-repair-changed-since",
                    rel = rel,
                    commit = commit
                )
            }
        }
    }
}
