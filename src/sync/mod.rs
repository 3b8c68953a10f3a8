//! `followup sync`: exchange the ledger with the other capital through any
//! git remote, in one step: commit the local ledger changes, fetch, merge
//! through followup's merge driver, push. git is the engine; nothing of
//! followup's own goes over the wire.
//!
//! Every git call goes through [`crate::git::run`] (explicit arguments, no
//! shell, `-C` the work tree, no stdin, `GIT_TERMINAL_PROMPT=0`, ssh in batch
//! mode): credentials stay git's business (helpers, the ssh agent) and nothing
//! ever waits on a prompt. The commit messages are worded by the caller
//! ([`CommitWording`]); errors are typed ([`SyncError`]) and worded in `i18n`.
//! The user's hooks run as for any commit or merge: they are local
//! configuration, never shared by a clone.

mod broken;
mod driver;
mod error;
mod incoming;
mod repair;
mod settle;
pub mod sides;

pub use driver::{Ancestor, driver_input, driver_result};
pub use error::{BrokenHow, ConflictAt, SyncError};
pub use repair::{Repaired, RepairedFrom, repair};
pub use settle::{Settled, Settlement, settlements};

use crate::git::run::{Git, Ssh};
use crate::git::{GitError, Repo};
use crate::ledger::{CLI_LOCK_WAIT, Ledger, LedgerDiff, Store, diff, load_error, parse_ledger};
use driver::Driver;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// How many times a push that others beat is retried, each after a new fetch and merge.
pub const PUSH_ATTEMPTS: usize = 3;

/// The words of the commits a sync makes, chosen above the library: the
/// caller passes `i18n::CommitMessages` (commit messages are English on purpose).
pub trait CommitWording {
    /// The message of the commit of the local ledger changes `diff` to `rel`.
    fn local_changes(&self, diff: &LedgerDiff, rel: &str) -> String;
    /// The subject of the merge of the remote branch `upstream` (`origin/main`).
    fn merge(&self, upstream: &str) -> String;
    /// The message of a merge of `upstream` concluded after its conflicts
    /// were settled: what came in, how each conflict was settled, and by
    /// whom (`committer`: the name git commits under, unless the wording
    /// knows the user's own).
    fn concluded(
        &self,
        upstream: &str,
        incoming: &LedgerDiff,
        settled: &[Settled],
        committer: &str,
    ) -> String;
}

/// What a sync did (or had done when it stopped).
#[derive(Debug, Default)]
pub struct Report {
    /// The ledger's path in the repository.
    pub rel: String,
    /// The remote and its branch, as `origin/main`.
    pub upstream: String,
    /// The subject of the commit made of local ledger changes.
    pub committed: Option<String>,
    /// A merge left in progress by an earlier sync was concluded.
    pub concluded: bool,
    /// The clone had no ledger and the remote's was checked out.
    pub brought_in: bool,
    /// The merge driver was passed for this run only: `git-setup` would make it permanent.
    pub temporary_driver: bool,
    /// What the merge driver reported (ids renumbered).
    pub notices: Vec<String>,
    /// What came in from the remote, item by item.
    pub incoming: LedgerDiff,
    /// The commits pushed, `abbrev subject`, newest first.
    pub pushed: Vec<String>,
    /// What went out, item by item: the remote's ledger against the one pushed.
    pub outgoing: LedgerDiff,
}

/// A sync that stopped: what it had done, and why it stopped.
#[derive(Debug)]
pub struct Failed {
    pub done: Report,
    pub error: SyncError,
}

/// The conflicts recorded in a ledger, by item and field.
pub fn recorded_conflicts(l: &Ledger) -> Vec<ConflictAt> {
    let mut out: Vec<ConflictAt> = l
        .items
        .iter()
        .flat_map(|i| {
            i.conflicts.iter().map(|c| ConflictAt {
                id: Some(i.id.clone()),
                field: c.field.to_string(),
            })
        })
        .collect();
    out.extend(l.conflicts.iter().map(|c| ConflictAt {
        id: None,
        field: c.field.to_string(),
    }));
    out
}

/// Syncs the ledger in `store` with its branch's upstream (else `origin`),
/// merging with `program` as the merge driver; `wording` writes the commit messages.
pub fn sync(
    store: &Store,
    program: &Path,
    wording: &dyn CommitWording,
) -> Result<Report, Box<Failed>> {
    let mut s = Sync::open(store, program, wording).map_err(|error| {
        Box::new(Failed {
            done: Report::default(),
            error,
        })
    })?;
    // The ledger is locked only while committing and merging (no save slips
    // in between), never while git talks to the remote.
    let result = s.run();
    match result {
        Ok(()) => Ok(s.report),
        Err(error) => Err(Box::new(Failed {
            done: s.report,
            error,
        })),
    }
}

/// The ledger's repository and path in it. A ledger that is not a regular
/// file inside the repository is refused, whichever way its path was found.
fn locate(store: &Store) -> Result<(PathBuf, String), SyncError> {
    let repo = Repo::containing(store.path()).map_err(SyncError::NotInGit)?;
    let rel = repo.relative(store.path()).map_err(SyncError::NotInGit)?;
    settle::ensure_regular_on_disk(repo.root(), &rel)?;
    Ok((repo.root().to_owned(), rel))
}

/// The ledger in `rel` at `rev` (an index stage such as `:2` works too); `None` when absent.
fn ledger_at(git: &Git, rev: &str, rel: &str) -> Result<Option<Ledger>, SyncError> {
    let Some(bytes) = git.blob(rev, rel)? else {
        return Ok(None);
    };
    let l = parse_ledger(&bytes)
        .map_err(|e| load_error(Path::new(&format!("{rev}:{rel}")), &bytes, e))?;
    Ok(Some(l))
}

struct Sync<'a> {
    store: &'a Store,
    program: &'a Path,
    wording: &'a dyn CommitWording,
    git: Git,
    root: PathBuf,
    rel: String,
    remote: String,
    /// The branch on the remote (`refs/heads/main`).
    remote_ref: String,
    /// Where fetch keeps it (`refs/remotes/origin/main`).
    tracking: String,
    /// HEAD's ledger before the first merge, to tell what came in.
    before_merge: Option<Ledger>,
    /// What the remote said when it last turned a push away.
    last_rejection: String,
    report: Report,
}

impl<'a> Sync<'a> {
    fn open(
        store: &'a Store,
        program: &'a Path,
        wording: &'a dyn CommitWording,
    ) -> Result<Sync<'a>, SyncError> {
        let (root, rel) = locate(store)?;
        let git = Git::new(&root, Ssh::Batch);
        for busy in ["rebase-merge", "rebase-apply"] {
            if git.git_path(busy)?.exists() {
                return Err(SyncError::Rebasing);
            }
        }
        let head = git.run(&[], &["symbolic-ref", "--short", "-q", "HEAD"])?;
        if !head.ok {
            return Err(SyncError::Detached);
        }
        let branch = head.text().trim_end().to_owned();
        let get = |key: String| -> Result<Option<String>, SyncError> {
            let r = git.run(&[], &["config", "--get", &key])?;
            Ok(r.ok.then(|| r.text().trim_end().to_owned()))
        };
        let upstream = (
            get(format!("branch.{branch}.remote"))?,
            get(format!("branch.{branch}.merge"))?,
        );
        let (remote, remote_ref) = match upstream {
            (Some(r), Some(m)) => (r, m),
            _ if git.ok(&["remote"])?.lines().any(|r| r == "origin") => {
                ("origin".to_owned(), format!("refs/heads/{branch}"))
            }
            _ => return Err(SyncError::NoRemote { branch }),
        };
        let short = remote_ref
            .strip_prefix("refs/heads/")
            .unwrap_or(&remote_ref)
            .to_owned();
        let report = Report {
            rel: rel.clone(),
            upstream: format!("{remote}/{short}"),
            ..Report::default()
        };
        Ok(Sync {
            store,
            program,
            wording,
            tracking: format!("refs/remotes/{remote}/{short}"),
            git,
            root,
            rel,
            remote,
            remote_ref,
            before_merge: None,
            last_rejection: String::new(),
            report,
        })
    }

    /// Holds the ledger's lock for one local step.
    fn lock(&self) -> Result<crate::ledger::WriteLock, SyncError> {
        Ok(self.store.lock("followup sync", CLI_LOCK_WAIT)?)
    }

    fn run(&mut self) -> Result<(), SyncError> {
        let had_ledger = std::fs::symlink_metadata(self.store.path()).is_ok();
        {
            let _lock = self.lock()?;
            if self.git.git_path("MERGE_HEAD")?.exists() {
                self.conclude()?;
            } else {
                self.commit_local()?;
            }
        }
        for _ in 0..PUSH_ATTEMPTS {
            let target = self.fetch()?;
            if let Some(t) = &target {
                // Before HEAD moves: a fast-forward would take it as it is.
                if !self.has_already(t)? {
                    let upstream = &self.report.upstream;
                    incoming::ensure_loadable_at(&self.git, t, &self.rel, upstream)?;
                }
            }
            if !had_ledger && !self.report.brought_in {
                // A clone made before the other capital pushed the ledger:
                // bring it in only when the remote has one.
                let there = match &target {
                    Some(t) => self.git.blob_size(t, &self.rel)?.is_some(),
                    None => false,
                };
                if !there {
                    return Err(SyncError::NoLedger {
                        rel: self.rel.clone(),
                        upstream: self.report.upstream.clone(),
                    });
                }
            }
            if let Some(t) = &target {
                let _lock = self.lock()?;
                self.merge(t)?;
                settle::ensure_regular_on_disk(&self.root, &self.rel)?;
                if !had_ledger && std::fs::symlink_metadata(self.store.path()).is_ok() {
                    self.report.brought_in = true;
                }
            }
            let Some(head) = self.git.commit("HEAD")? else {
                return Ok(()); // nothing committed anywhere yet
            };
            if target.as_deref() == Some(head.as_str()) {
                return Ok(()); // up to date
            }
            if self.push(target.as_deref(), &head)? {
                return Ok(());
            }
        }
        Err(SyncError::KeptMoving {
            remote: self.remote.clone(),
            attempts: PUSH_ATTEMPTS,
            detail: std::mem::take(&mut self.last_rejection),
            unpushed: self.unpushed(),
        })
    }

    /// True when HEAD already holds the remote's commit `target`: nothing comes in.
    fn has_already(&self, target: &str) -> Result<bool, SyncError> {
        Ok(match self.git.commit("HEAD")? {
            Some(h) => self.git.is_ancestor(target, &h)?,
            None => false,
        })
    }

    /// Stops unless git has an identity of the user's own: never a guessed one.
    fn ensure_identity(&self) -> Result<(), SyncError> {
        for who in ["GIT_AUTHOR_IDENT", "GIT_COMMITTER_IDENT"] {
            if !self.git.run(&[only_configured()], &["var", who])?.ok {
                return Err(SyncError::NoIdentity);
            }
        }
        Ok(())
    }

    /// Loads the ledger and refuses to publish one with unsettled conflicts.
    fn settled_ledger(&self) -> Result<Ledger, SyncError> {
        let l = self.store.load()?.ledger;
        let c = recorded_conflicts(&l);
        if c.is_empty() {
            Ok(l)
        } else {
            Err(SyncError::Conflicts(c))
        }
    }

    fn status(&self, path: &str) -> Result<String, SyncError> {
        Ok(self.git.ok(&[
            "status",
            "--porcelain",
            "-z",
            "--untracked-files=all",
            "--",
            path,
        ])?)
    }

    /// Commits the ledger's uncommitted changes, and only them (with
    /// `.gitattributes` when `git-setup` has just added the ledger's line).
    fn commit_local(&mut self) -> Result<(), SyncError> {
        let status = self.status(&self.rel)?;
        if status.is_empty() {
            return Ok(());
        }
        let now = self.settled_ledger()?;
        let old = broken::last_loadable(&self.git, "HEAD", &self.rel)?.unwrap_or_default();
        let text = self.wording.local_changes(&diff(&old, &now), &self.rel);
        let mut paths = vec![self.rel.clone()];
        if self.setup_attributes_pending()? {
            paths.push(".gitattributes".into());
        }
        self.ensure_identity()?;
        // A pathspec commit takes tracked files only: add new ones first.
        for p in &paths {
            if self.status(p)?.starts_with("??") {
                self.git.ok(&["add", "--", p])?;
            }
        }
        let mut args = vec![
            "-c",
            "user.useConfigOnly=true",
            "commit",
            "-q",
            "-F",
            "-",
            "--",
        ];
        args.extend(paths.iter().map(String::as_str));
        let r = self.git.run_with_input(&args, text.as_bytes())?;
        if !r.ok {
            return Err(SyncError::Git(GitError::Failed {
                args: "commit".into(),
                stderr: r.output().trim().to_owned(),
            }));
        }
        // What was committed must read back.
        ledger_at(&self.git, "HEAD", &self.rel)?;
        self.report.committed = text.lines().next().map(str::to_owned);
        Ok(())
    }

    /// True when `.gitattributes` is uncommitted and only adds followup's lines to HEAD's.
    fn setup_attributes_pending(&self) -> Result<bool, SyncError> {
        if self.status(".gitattributes")?.is_empty() {
            return Ok(false);
        }
        let Ok(now) = std::fs::read_to_string(self.root.join(".gitattributes")) else {
            return Ok(false);
        };
        let before = self
            .git
            .blob("HEAD", ".gitattributes")?
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default();
        let Some(added) = now.strip_prefix(before.as_str()) else {
            return Ok(false);
        };
        Ok(!added.trim().is_empty()
            && added.lines().all(|l| {
                l.trim().is_empty() || l.split_whitespace().skip(1).any(|a| a == "merge=followup")
            }))
    }

    /// Commits on HEAD that the remote does not have.
    fn unpushed(&self) -> usize {
        // Object names only, from rev-parse: nothing here reads as an option.
        let mut range = vec!["HEAD".to_owned()];
        if let Ok(Some(t)) = self.git.commit(&self.tracking) {
            range.push(format!("^{t}"));
        }
        let mut args = vec!["rev-list", "--count"];
        args.extend(range.iter().map(String::as_str));
        self.git
            .ok(&args)
            .ok()
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or(0)
    }

    /// A network step that ran out of time, said as such.
    fn timed_out(&self, e: GitError) -> SyncError {
        match e {
            GitError::TimedOut { after, .. } => SyncError::TimedOut {
                remote: self.remote.clone(),
                seconds: after.as_secs(),
                unpushed: self.unpushed(),
            },
            e => SyncError::Git(e),
        }
    }

    /// Fetches the remote; the commit of its branch, if it has one.
    fn fetch(&self) -> Result<Option<String>, SyncError> {
        let r = self
            .git
            .run_remote(&["fetch", "-q", "--end-of-options", &self.remote])
            .map_err(|e| self.timed_out(e))?;
        if !r.ok {
            return Err(SyncError::Unreachable {
                remote: self.remote.clone(),
                detail: one_line(&r.stderr),
                unpushed: self.unpushed(),
            });
        }
        Ok(self.git.commit(&self.tracking)?)
    }

    /// Merges the remote's commit `target` into HEAD through the driver.
    fn merge(&mut self, target: &str) -> Result<(), SyncError> {
        let head = self.git.commit("HEAD")?;
        let fast_forward = match &head {
            Some(h) if self.git.is_ancestor(target, h)? => return Ok(()),
            Some(h) => self.git.is_ancestor(h, target)?,
            None => true,
        };
        if !fast_forward {
            self.ensure_identity()?;
        }
        if self.before_merge.is_none() {
            self.before_merge =
                Some(broken::last_loadable(&self.git, "HEAD", &self.rel)?.unwrap_or_default());
        }
        let driver = Driver::for_merge(&self.git, &self.rel, self.program)?;
        self.report.temporary_driver |= driver.temporary;
        let mut config = driver.config.clone();
        config.push(only_configured());
        let subject = self.wording.merge(&self.report.upstream);
        let r = self.git.run(
            &config,
            &[
                "merge",
                "--no-edit",
                "-m",
                &subject,
                "--end-of-options",
                &self.tracking,
            ],
        )?;
        let out = r.output();
        self.report.notices.extend(
            out.lines()
                .filter_map(|l| l.strip_prefix("followup merge: "))
                .map(str::to_owned),
        );
        if r.ok {
            let merged = self.settled_ledger()?;
            let before = self.before_merge.as_ref().expect("set above");
            self.report.incoming = diff(before, &merged);
            return Ok(());
        }
        if !self.git.git_path("MERGE_HEAD")?.exists() {
            return Err(SyncError::Git(GitError::Failed {
                args: "merge".into(),
                stderr: one_line(&r.stderr),
            }));
        }
        let unmerged = self.git.unmerged()?;
        if !unmerged.contains(&self.rel) {
            return Err(SyncError::OtherConflicts(unmerged));
        }
        // The driver kept our side and recorded both: the ledger still loads.
        let conflicts = recorded_conflicts(&self.store.load()?.ledger);
        if conflicts.is_empty() {
            let detail = out
                .lines()
                .filter(|l| l.starts_with("followup: "))
                .collect::<Vec<_>>()
                .join("; ");
            self.git.ok(&["merge", "--abort"])?;
            return Err(SyncError::DriverFailed {
                rel: self.rel.clone(),
                detail: if detail.is_empty() {
                    one_line(&r.stderr)
                } else {
                    detail
                },
            });
        }
        Err(SyncError::Conflicts(conflicts))
    }

    /// Pushes HEAD to the remote branch (never forced); false when others
    /// pushed first and a new fetch and merge is needed.
    fn push(&mut self, target: Option<&str>, head: &str) -> Result<bool, SyncError> {
        let not = target.map(|t| format!("^{t}"));
        let mut log = vec!["log", "--format=%h %s", head];
        log.extend(not.as_deref());
        let pushed: Vec<String> = self.git.ok(&log)?.lines().map(str::to_owned).collect();
        let dest = format!("{head}:{}", self.remote_ref);
        let r = self
            .git
            .run_remote(&[
                "push",
                "--porcelain",
                "--end-of-options",
                &self.remote,
                &dest,
            ])
            .map_err(|e| self.timed_out(e))?;
        if r.ok {
            let sent = ledger_at(&self.git, head, &self.rel)?.unwrap_or_default();
            let had = match target {
                Some(t) => broken::last_loadable(&self.git, t, &self.rel)?.unwrap_or_default(),
                None => Ledger::default(),
            };
            self.report.outgoing = diff(&had, &sent);
            self.report.pushed = pushed;
            return Ok(true);
        }
        match r.text().lines().find(|l| l.starts_with('!')) {
            // Beaten: before the remote checked (fetch first), or while it
            // updated the branch (failed to update ref).
            Some(l)
                if (l.contains("[rejected]")
                    && (l.contains("fetch first") || l.contains("non-fast-forward")))
                    || (l.contains("[remote rejected]") && l.contains("failed to update ref")) =>
            {
                self.last_rejection = one_line(&format!("{l} {}", r.stderr));
                Ok(false)
            }
            Some(l) => Err(SyncError::Refused {
                remote: self.remote.clone(),
                detail: one_line(&format!(
                    "{} {}",
                    l.rsplit('\t').next().unwrap_or(l),
                    r.stderr
                )),
                unpushed: self.unpushed(),
            }),
            None => Err(SyncError::Unreachable {
                remote: self.remote.clone(),
                detail: one_line(&r.stderr),
                unpushed: self.unpushed(),
            }),
        }
    }
}

/// `-c user.useConfigOnly=true`: git fails rather than guess an identity.
fn only_configured() -> OsString {
    "user.useConfigOnly=true".into()
}

/// git's message on one line: its lines joined, `fatal:`/`error:` prefixes kept.
fn one_line(s: &str) -> String {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" / ")
}
