//! Who stands behind each side of a merge conflict, as people know them: the
//! author of each side's last change to the field, and where that side comes
//! from (`INADEM, Mexico (this clone)` against `SMBA, Seoul (origin/main)`),
//! instead of bare "ours" and "theirs".

use crate::git::run::{Git, Ssh};
use crate::ledger::{FieldPath, Ledger, parse_ledger};
use std::collections::HashMap;
use std::path::Path;

/// Where a side of a merge comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// This clone's own commits.
    ThisClone,
    /// What is being merged in: a remote branch such as `origin/main`, or a
    /// local branch.
    Incoming(String),
}

/// One side of a conflict: who last changed the field there, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SideName {
    /// The git author of the last commit on that side that changed the
    /// field; `None` when no commit since the common ancestor did (the
    /// change was made but not committed, on our side).
    pub author: Option<String>,
    pub origin: Origin,
}

/// A conflict to name: the item's id (`None` for the ledger's own) and the path.
pub type ConflictRef = (Option<String>, FieldPath);

/// Conflicts with both their sides named (ours, theirs).
pub type NamedSides = Vec<(ConflictRef, (SideName, SideName))>;

/// Every conflict recorded in `ledger`: the items' and the ledger's own.
pub fn conflict_refs(ledger: &Ledger) -> Vec<ConflictRef> {
    ledger
        .items
        .iter()
        .flat_map(|i| {
            i.conflicts
                .iter()
                .map(|c| (Some(i.id.clone()), c.field.clone()))
        })
        .chain(ledger.conflicts.iter().map(|c| (None, c.field.clone())))
        .collect()
}

/// The names of both sides of each conflict, while a merge is in progress in
/// the repository around the ledger (`HEAD` against `MERGE_HEAD`); `None`
/// outside a merge or outside git, where "ours" and "theirs" must do.
pub fn name_sides(ledger: &Path, conflicts: &[ConflictRef]) -> Option<Vec<(SideName, SideName)>> {
    let repo = crate::git::Repo::containing(ledger).ok()?;
    let rel = repo.relative(ledger).ok()?;
    let git = Git::new(repo.root(), Ssh::AsConfigured);
    let theirs_head = git.commit("MERGE_HEAD").ok()??;
    let ours_head = git.commit("HEAD").ok()??;
    let base = git
        .ok(&["merge-base", "--end-of-options", &ours_head, &theirs_head])
        .ok()?
        .trim()
        .to_owned();
    let incoming = incoming_name(&git).unwrap_or_else(|| theirs_head[..7].to_owned());
    let mut history = LedgerAtCommits::new(&git, &rel);
    let ours = history.side(&base, &ours_head);
    let theirs = history.side(&base, &theirs_head);
    Some(
        conflicts
            .iter()
            .map(|c| {
                (
                    SideName {
                        author: history.last_change(&ours, c),
                        origin: Origin::ThisClone,
                    },
                    SideName {
                        author: history.last_change(&theirs, c),
                        origin: Origin::Incoming(incoming.clone()),
                    },
                )
            })
            .collect(),
    )
}

/// What is being merged, from git's own merge message
/// (`Merge remote-tracking branch 'origin/main'`, `Merge branch 'seoul'`).
fn incoming_name(git: &Git) -> Option<String> {
    let msg = std::fs::read_to_string(git.git_path("MERGE_MSG").ok()?).ok()?;
    let first = msg.lines().next()?;
    let start = first.find('\'')? + 1;
    let end = start + first[start..].find('\'')?;
    Some(first[start..end].to_owned())
}

/// The ledger at commits of one repository, read once each.
struct LedgerAtCommits<'a> {
    git: &'a Git,
    rel: &'a str,
    at: HashMap<String, Option<serde_json::Value>>,
}

/// The commits of one side since the common ancestor that touched the
/// ledger, newest first, with their first parent and author.
struct Commit {
    id: String,
    parent: String,
    author: String,
}

impl<'a> LedgerAtCommits<'a> {
    fn new(git: &'a Git, rel: &'a str) -> Self {
        LedgerAtCommits {
            git,
            rel,
            at: HashMap::new(),
        }
    }

    fn side(&self, base: &str, head: &str) -> Vec<Commit> {
        let range = format!("{base}..{head}");
        let Ok(out) = self.git.ok(&[
            "log",
            "--first-parent",
            "--format=%H %P%x09%an",
            "--end-of-options",
            &range,
            "--",
            self.rel,
        ]) else {
            return Vec::new();
        };
        out.lines()
            .filter_map(|line| {
                let (ids, author) = line.split_once('\t')?;
                let mut ids = ids.split(' ');
                Some(Commit {
                    id: ids.next()?.to_owned(),
                    parent: ids.next()?.to_owned(),
                    author: author.to_owned(),
                })
            })
            .collect()
    }

    /// The ledger at `rev` as JSON, `None` when absent or unreadable.
    fn json(&mut self, rev: &str) -> Option<&serde_json::Value> {
        if !self.at.contains_key(rev) {
            let value = self
                .git
                .blob(rev, self.rel)
                .ok()
                .flatten()
                .and_then(|bytes| parse_ledger(&bytes).ok())
                .and_then(|l: Ledger| serde_json::to_value(&l).ok());
            self.at.insert(rev.to_owned(), value);
        }
        self.at.get(rev).and_then(Option::as_ref)
    }

    /// The value of the conflicting field at `rev`.
    fn field(&mut self, rev: &str, (id, path): &ConflictRef) -> Option<serde_json::Value> {
        let root = self.json(rev)?;
        let scope = match id {
            Some(id) => root
                .get("items")?
                .as_array()?
                .iter()
                .find(|i| i.get("id").and_then(|x| x.as_str()) == Some(id.as_str()))?,
            None => root,
        };
        path.get(scope).cloned()
    }

    /// The author of the newest commit of `side` that changed the field.
    fn last_change(&mut self, side: &[Commit], c: &ConflictRef) -> Option<String> {
        side.iter()
            .find(|commit| self.field(&commit.id, c) != self.field(&commit.parent, c))
            .map(|commit| commit.author.clone())
    }
}
