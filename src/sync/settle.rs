//! What a sync checks and tells about the merges it makes: how each conflict
//! of a concluded merge was settled (for the merge commit's message), and that
//! the ledger a remote brings is a regular file inside the repository.

use super::error::{ConflictAt, SyncError};
use super::{Sync, ledger_at};
use crate::git::GitError;
use crate::git::run::Git;
use crate::ledger::{Ledger, canonical_json, diff, merge};
use serde_json::Value;
use std::path::Path;

/// How one conflict of a merge was settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settlement {
    /// This clone's value was kept.
    Ours,
    /// The remote's value was kept.
    Theirs,
    /// Neither: the value was written by hand.
    Edited,
}

/// One conflict of a merge and how it was settled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settled {
    pub at: ConflictAt,
    pub how: Settlement,
}

/// The conflicts merging `theirs` into `ours` (from `base`) records, each
/// with how `merged` settled it.
pub fn settlements(base: &Ledger, ours: &Ledger, theirs: &Ledger, merged: &Ledger) -> Vec<Settled> {
    let m = merge(base, ours, theirs);
    let done: Value = serde_json::from_str(&canonical_json(merged)).unwrap_or(Value::Null);
    let item_value = |id: &str| {
        done.get("items")
            .and_then(Value::as_array)
            .and_then(|items| {
                items
                    .iter()
                    .find(|i| i.get("id").and_then(Value::as_str) == Some(id))
            })
            .cloned()
            .unwrap_or(Value::Null)
    };
    let judge = |now: Option<&Value>, ours: &Value, theirs: &Value| {
        let now = now.cloned().unwrap_or(Value::Null);
        if &now == ours {
            Settlement::Ours
        } else if &now == theirs {
            Settlement::Theirs
        } else {
            Settlement::Edited
        }
    };
    let mut out = Vec::new();
    for item in &m.ledger.items {
        let value = item_value(&item.id);
        for c in &item.conflicts {
            let now = if c.field.is_whole_item() {
                Some(&value).filter(|v| !v.is_null())
            } else {
                c.field.get(&value)
            };
            out.push(Settled {
                at: ConflictAt {
                    id: Some(item.id.clone()),
                    field: c.field.to_string(),
                },
                how: judge(now, &c.ours, &c.theirs),
            });
        }
    }
    for c in &m.ledger.conflicts {
        out.push(Settled {
            at: ConflictAt {
                id: None,
                field: c.field.to_string(),
            },
            how: judge(c.field.get(&done), &c.ours, &c.theirs),
        });
    }
    out
}

/// Refuses a ledger at `rev` that git does not hold as a regular file (a
/// symbolic link, a submodule, a directory): git would check it out as such.
pub fn ensure_regular_at(git: &Git, rev: &str, rel: &str) -> Result<(), SyncError> {
    let out = git.ok(&["ls-tree", "-z", "--end-of-options", rev, "--", rel])?;
    let mode = out
        .split('\0')
        .find(|e| e.split_once('\t').is_some_and(|(_, p)| p == rel))
        .and_then(|e| e.split_whitespace().next());
    match mode {
        None | Some("100644" | "100755") => Ok(()),
        Some(_) => Err(SyncError::NotARegularLedger {
            rel: rel.to_owned(),
            rev: rev.to_owned(),
        }),
    }
}

/// Refuses a ledger on disk that is not a regular file inside `root`.
pub fn ensure_regular_on_disk(root: &Path, rel: &str) -> Result<(), SyncError> {
    let path = root.join(rel);
    let refused = || SyncError::NotARegularLedger {
        rel: rel.to_owned(),
        rev: String::new(),
    };
    match std::fs::symlink_metadata(&path) {
        Err(_) => Ok(()),
        Ok(m) if m.is_file() => Ok(()),
        Ok(m) if m.file_type().is_symlink() => {
            let inside = match (std::fs::canonicalize(&path), std::fs::canonicalize(root)) {
                (Ok(t), Ok(r)) => t.starts_with(&r) && t.is_file(),
                _ => false,
            };
            if inside { Ok(()) } else { Err(refused()) }
        }
        Ok(_) => Err(refused()),
    }
}

impl Sync<'_> {
    /// Finishes the merge an earlier sync left for the user to settle.
    pub(super) fn conclude(&mut self) -> Result<(), SyncError> {
        let others: Vec<String> = self
            .git
            .unmerged()?
            .into_iter()
            .filter(|p| *p != self.rel)
            .collect();
        if !others.is_empty() {
            return Err(SyncError::OtherConflicts(others));
        }
        let merged = self.settled_ledger()?;
        self.ensure_identity()?;
        let before = ledger_at(&self.git, "HEAD", &self.rel)?.unwrap_or_default();
        let incoming = diff(&before, &merged);
        let settled = self.settled(&before, &merged)?;
        let committer = self.committer_name();
        let text = self
            .wording
            .concluded(&self.report.upstream, &incoming, &settled, &committer);
        self.git.ok(&["add", "--", &self.rel])?;
        let r = self.git.run_with_input(
            &[
                "-c",
                "user.useConfigOnly=true",
                "commit",
                "-q",
                "--cleanup=whitespace",
                "-F",
                "-",
            ],
            text.as_bytes(),
        )?;
        if !r.ok {
            return Err(SyncError::Git(GitError::Failed {
                args: "commit".into(),
                stderr: r.output().trim().to_owned(),
            }));
        }
        self.report.concluded = true;
        self.report.incoming = incoming;
        Ok(())
    }

    /// The name git commits under (`user.name`), for the merge's message.
    fn committer_name(&self) -> String {
        self.git
            .ok(&["config", "--get", "user.name"])
            .map(|n| n.trim().to_owned())
            .unwrap_or_default()
    }

    /// How the conflicts of the merge under way (HEAD with MERGE_HEAD) were
    /// settled in `merged`.
    fn settled(&self, ours: &Ledger, merged: &Ledger) -> Result<Vec<Settled>, SyncError> {
        let Some(theirs_rev) = self.git.commit("MERGE_HEAD")? else {
            return Ok(Vec::new());
        };
        let base_rev = self.git.run(&[], &["merge-base", "HEAD", &theirs_rev])?;
        let base = match base_rev.ok {
            true => ledger_at(&self.git, base_rev.text().trim(), &self.rel)?,
            false => None,
        };
        let theirs = ledger_at(&self.git, &theirs_rev, &self.rel)?.unwrap_or_default();
        Ok(settlements(
            &base.unwrap_or_default(),
            ours,
            &theirs,
            merged,
        ))
    }
}
