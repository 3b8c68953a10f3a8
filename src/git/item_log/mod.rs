//! One item's history read from git (`followup log`, the dashboard's
//! history view): every commit that changed the item, newest first, with
//! what changed (the ledger's own item comparison, [`item_change`]), who
//! made it, for which party (the `Followup-Party` trailer), whether git
//! trusts its signature (`%G?`) and, for a merge that settled conflicts, how
//! (the `Followup-Settled` trailers). One pass over the history: one `git
//! log`, one `cat-file --batch`, one look at the commits that changed the
//! item; what was found is kept for the next time ([`cache`]).

mod batch;
mod cache;
mod scan;
mod slice;

use super::GitError;
use super::Repo;
use super::run::{Git, Ssh};
use crate::ledger::{FieldChange, Item, ItemChange, item_change};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// The trailer naming the party a commit was made for.
pub const PARTY_TRAILER: &str = "Followup-Party";
/// The trailer of a merge commit naming one settled conflict:
/// `Followup-Settled: ours JC2-03 status` (`-` for the ledger's own).
pub const SETTLED_TRAILER: &str = "Followup-Settled";
/// The trailer of a review's commit: `Followup-Review: 2026-12-02`.
pub const REVIEW_TRAILER: &str = "Followup-Review";

/// What git says of a commit's signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signature {
    /// Good, by a key git trusts (`G`: in `gpg.ssh.allowedSignersFile`).
    Trusted,
    /// Good, by a key git does not trust (`U`).
    Untrusted,
    /// Bad (`B`).
    Bad,
    /// Not signed (`N`).
    Unsigned,
    /// Signed, and git could not tell (an expired or revoked key, a missing one).
    Unverified,
}

impl Signature {
    fn from_code(code: &str) -> Signature {
        match code.trim() {
            "G" => Signature::Trusted,
            "U" => Signature::Untrusted,
            "B" => Signature::Bad,
            "N" | "" => Signature::Unsigned,
            _ => Signature::Unverified,
        }
    }
}

/// How a conflict was settled, as the merge commit's trailer says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettledHow {
    Ours,
    Theirs,
    Edited,
}

impl SettledHow {
    /// The word of the trailer.
    pub fn key(self) -> &'static str {
        match self {
            SettledHow::Ours => "ours",
            SettledHow::Theirs => "theirs",
            SettledHow::Edited => "edited",
        }
    }
}

/// The value of a [`SETTLED_TRAILER`] for a conflict of item `id` (`None`:
/// the ledger's own) over `field`.
pub fn settled_trailer(how: SettledHow, id: Option<&str>, field: &str) -> String {
    format!("{} {} {field}", how.key(), id.unwrap_or("-"))
}

/// One conflict over the item, settled in a merge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettledField {
    pub field: String,
    pub how: SettledHow,
}

/// The commit of a change: as its author wrote it (untrusted text).
#[derive(Debug, Clone, PartialEq)]
pub struct LogCommit {
    pub hash: String,
    pub author: String,
    pub email: String,
    pub date: Option<NaiveDate>,
    pub party: Option<String>,
    pub signature: Signature,
    pub subject: String,
    pub merge: bool,
}

/// One change to the item.
#[derive(Debug, Clone, PartialEq)]
pub struct LogEntry {
    pub commit: LogCommit,
    /// What the commit changed in the item (a merge: only what it changed
    /// itself, not what either side brought).
    pub change: Option<ItemChange>,
    /// The conflicts over the item the commit settled.
    pub settled: Vec<SettledField>,
}

/// A commit whose item differs from its parents', with the item's text
/// before (one per parent) and after.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Candidate {
    hash: String,
    before: Vec<Option<String>>,
    after: Option<String>,
}

/// The history of item `id` in the ledger at `ledger` (a file in a git
/// work tree), newest first.
pub fn item_log(ledger: &Path, id: &str) -> Result<Vec<LogEntry>, GitError> {
    let repo = Repo::containing(ledger)?;
    let rel = repo.relative(ledger)?;
    item_log_at(repo.root(), &rel, id)
}

/// The history of item `id` in the ledger `rel` of the work tree at `root`.
pub fn item_log_at(root: &Path, rel: &str, id: &str) -> Result<Vec<LogEntry>, GitError> {
    let git = Git::new(root, Ssh::AsConfigured);
    let Some(head) = git.commit("HEAD")? else {
        return Ok(Vec::new());
    };
    let candidates = match cache::load(&git, rel, id) {
        Some((kept, c)) if kept == head => c,
        Some((kept, mut c)) if git.is_ancestor(&kept, &head)? => {
            let mut new = candidates(&git, rel, id, &format!("{kept}..{head}"))?;
            new.append(&mut c);
            cache::store(&git, rel, id, &head, &new);
            new
        }
        _ => {
            let c = candidates(&git, rel, id, &head)?;
            cache::store(&git, rel, id, &head, &c);
            c
        }
    };
    entries(&git, id, candidates)
}

/// The commits of `range` whose item text differs from a parent's.
fn candidates(git: &Git, rel: &str, id: &str, range: &str) -> Result<Vec<Candidate>, GitError> {
    let touches = scan::touches(git, rel, range)?;
    let mut seen = HashSet::new();
    let blobs: Vec<String> = touches
        .iter()
        .flat_map(|t| t.before.iter().chain([&t.after]))
        .flatten()
        .filter(|b| seen.insert(b.as_str()))
        .cloned()
        .collect();
    let finder = slice::ItemFinder::new(id);
    let mut texts: HashMap<String, Option<String>> = HashMap::with_capacity(blobs.len());
    batch::each_blob(git, blobs, |name, bytes| {
        texts.insert(name.to_owned(), bytes.and_then(|b| finder.text(b)));
    })?;
    let text = |b: &Option<String>| b.as_ref().and_then(|b| texts.get(b).cloned().flatten());
    Ok(touches
        .iter()
        .filter_map(|t| {
            let after = text(&t.after);
            let before: Vec<Option<String>> = t.before.iter().map(text).collect();
            let same = before.iter().all(|b| *b == after);
            (!same).then(|| Candidate {
                hash: t.hash.clone(),
                before,
                after,
            })
        })
        .collect())
}

/// The entries of the candidates that changed the item or settled a
/// conflict over it, with what their authors wrote.
fn entries(git: &Git, id: &str, candidates: Vec<Candidate>) -> Result<Vec<LogEntry>, GitError> {
    let hashes: Vec<String> = candidates.iter().map(|c| c.hash.clone()).collect();
    let mut written = scan::written(git, &hashes)?;
    let mut out = Vec::new();
    for c in candidates {
        let w = written.remove(&c.hash).unwrap_or_default();
        let before: Vec<Option<Item>> =
            c.before.iter().map(|t| slice::item(t.as_deref())).collect();
        let after = slice::item(c.after.as_deref());
        let change = own_change(&before, after.as_ref());
        // Only a merge settles conflicts: the trailer on any other commit is
        // somebody's words, not a settlement.
        let settled = if c.before.len() > 1 {
            settled_over(&w.settled, id)
        } else {
            Vec::new()
        };
        if change.is_none() && settled.is_empty() {
            continue;
        }
        out.push(LogEntry {
            commit: LogCommit {
                hash: c.hash,
                date: w.date.get(..10).and_then(|d| d.parse().ok()),
                author: w.author,
                email: w.email,
                party: w.party.into_iter().next(),
                signature: Signature::from_code(&w.signature),
                subject: w.subject,
                merge: c.before.len() > 1,
            },
            change,
            settled,
        });
    }
    Ok(out)
}

/// The conflicts over item `id` among a merge's settled trailers.
fn settled_over(trailers: &[String], id: &str) -> Vec<SettledField> {
    trailers
        .iter()
        .filter_map(|t| {
            let (how, rest) = t.split_once(' ')?;
            let (item, field) = rest.split_once(' ')?;
            let how = match how {
                "ours" => SettledHow::Ours,
                "theirs" => SettledHow::Theirs,
                "edited" => SettledHow::Edited,
                _ => return None,
            };
            (item == id).then(|| SettledField {
                field: field.to_owned(),
                how,
            })
        })
        .collect()
}

/// What a commit changed in the item itself: against its parent, or for a
/// merge, only what differs from every parent (what the merge wrote, not
/// what either side brought).
fn own_change(parents: &[Option<Item>], after: Option<&Item>) -> Option<ItemChange> {
    let (first, others) = parents.split_first()?;
    let change = item_change(first.as_ref(), after)?;
    let others: Vec<Option<ItemChange>> = others
        .iter()
        .map(|p| item_change(p.as_ref(), after))
        .collect();
    match change {
        ItemChange::Changed {
            id,
            title,
            mut fields,
            mut notes_added,
            mut notes_removed,
        } => {
            for o in others {
                let Some(ItemChange::Changed {
                    fields: f,
                    notes_added: n,
                    notes_removed: r,
                    ..
                }) = o
                else {
                    return None;
                };
                fields.retain(|a| f.iter().any(|b| same_field(a, b)));
                notes_added.retain(|a| n.contains(a));
                notes_removed = notes_removed.min(r);
            }
            let nothing = fields.is_empty() && notes_added.is_empty() && notes_removed == 0;
            (!nothing).then_some(ItemChange::Changed {
                id,
                title,
                fields,
                notes_added,
                notes_removed,
            })
        }
        whole => {
            let kind = std::mem::discriminant(&whole);
            others
                .iter()
                .all(|o| {
                    o.as_ref()
                        .is_some_and(|o| std::mem::discriminant(o) == kind)
                })
                .then_some(whole)
        }
    }
}

/// True when two changes are to the same field (or the same translation).
fn same_field(a: &FieldChange, b: &FieldChange) -> bool {
    use FieldChange as F;
    match (a, b) {
        (F::Status { .. }, F::Status { .. }) | (F::Due { .. }, F::Due { .. }) => true,
        (F::List { field: x, .. }, F::List { field: y, .. }) => x == y,
        (F::Other { field: x, .. }, F::Other { field: y, .. }) => x == y,
        (
            F::Translation {
                text: t, lang: l, ..
            },
            F::Translation {
                text: u, lang: m, ..
            },
        ) => t == u && l == m,
        _ => false,
    }
}
