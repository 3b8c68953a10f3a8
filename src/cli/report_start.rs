//! The ledger of a report read beside the ledger at its period's start:
//! while this thread loads the ledger, a second one reads the same file on
//! its own, hashing each item's text, finds the period's start in git and
//! reads the ledger there as git writes it, leaving out the items whose
//! text did not change (`ledger::read_earlier`). What it read is used only
//! when it read the bytes the load read (their fingerprints agree).

use crate::git::Repo;
use crate::ledger::{
    Earlier, Error, Fingerprint, Ledger, LedgerDiff, Loaded, Store, hash_pair, read_earlier,
    read_earlier_alongside,
};
use chrono::NaiveDate;
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::channel;

/// What was read beside the ledger of a report.
pub(super) enum Beside {
    /// Nothing: the ledger is not in a git repository.
    OutsideGit,
    /// Nothing the report can use (the report then reads it as before).
    Nothing,
    /// What changed since the period's start.
    Start(Box<StartChanges>),
}

/// What changed since the start of a period, from the ledger there as the
/// second thread read it; compared as soon as the ledger is loaded, so that
/// the earlier ledger is freed before the report is written.
pub(super) struct StartChanges {
    /// The period's first day it was read for.
    pub since: NaiveDate,
    /// The changes, for the report to take (once); `None` when the ledger
    /// at the start is not valid.
    pub diff: Cell<Option<LedgerDiff>>,
    /// The day of the ledger's first commit, when that was after `since`.
    pub first: Option<NaiveDate>,
}

/// The ledger at the start of a period, as the second thread read it.
struct StartRead {
    since: NaiveDate,
    earlier: Earlier,
    first: Option<NaiveDate>,
}

/// The commit a report of the period from `since` compares with: the last
/// one before that day or, when the ledger was first committed later, the
/// first (and its day).
fn start_commit(repo: &Repo, rel: &str, since: NaiveDate) -> Option<(String, Option<NaiveDate>)> {
    match repo.last_commit_before(since, rel).ok()? {
        Some(rev) => Some((rev, None)),
        None => {
            let (rev, day) = repo.first_commit(rel).ok()??;
            Some((rev, day.parse().ok()))
        }
    }
}

/// Loads the ledger of `store` while a second thread finds its git
/// repository and reads the ledger at the start of the period there: the
/// first day `since_of` tells from the ledger without its items (its
/// reviews and zone).
pub(super) fn load_with_start(
    store: &Store,
    since_of: &(impl Fn(&Ledger) -> Option<NaiveDate> + Sync),
) -> Result<(Loaded, Beside), Error> {
    // Set when the ledger could not be loaded: the second thread then
    // leaves git alone (the load's error is said).
    let failed = AtomicBool::new(false);
    std::thread::scope(|s| {
        let start = std::thread::Builder::new()
            .name("period start".into())
            .spawn_scoped(s, || read_start(store, since_of, &failed));
        let Ok(start) = start else {
            // No second thread to be had: the report reads as before.
            let beside = match Repo::containing(store.path()) {
                Ok(_) => Beside::Nothing,
                Err(_) => Beside::OutsideGit,
            };
            return Ok((store.load()?, beside));
        };
        let loaded = store.load();
        if loaded.is_err() {
            failed.store(true, Ordering::Release);
        }
        let loaded = loaded?;
        let beside = match start.join() {
            Ok(Read::OutsideGit) => Beside::OutsideGit,
            // The hashes are those of the bytes the ledger was read from,
            // or nothing is used of what the second thread read.
            Ok(Read::Start(read, fp)) if fp == loaded.fingerprint => {
                Beside::Start(Box::new(StartChanges {
                    since: read.since,
                    diff: Cell::new(read.earlier.diff(&loaded.ledger)),
                    first: read.first,
                }))
            }
            _ => Beside::Nothing,
        };
        Ok((loaded, beside))
    })
}

/// What the second thread read.
enum Read {
    OutsideGit,
    Nothing,
    /// The ledger at the period's start, and the fingerprint of the bytes
    /// of the current file whose items it left out.
    Start(Box<StartRead>, Fingerprint),
}

/// The second thread: the ledger's repository; then, while a third thread
/// hashes the current file's items, the ledger at the period's start, read
/// from git as the hashes arrive. The period's first day is told from the
/// text before the items, and checked against the whole file's once read.
fn read_start(
    store: &Store,
    since_of: &(impl Fn(&Ledger) -> Option<NaiveDate> + Sync),
    failed: &AtomicBool,
) -> Read {
    let Ok(repo) = Repo::containing(store.path()) else {
        return Read::OutsideGit;
    };
    let Ok(rel) = repo.relative(store.path()) else {
        return Read::Nothing;
    };
    let size = std::fs::metadata(store.path()).map_or(0, |m| m.len());
    let (hashing, mut arriving) = hash_pair(size);
    let (head_tx, head_rx) = channel();
    let read = std::thread::scope(|s| {
        let hasher = std::thread::Builder::new()
            .name("item hashes".into())
            .spawn_scoped(s, move || {
                let mut head_tx = Some(head_tx);
                store.hash_items(hashing, |head| {
                    if let Some(tx) = head_tx.take() {
                        let _ = tx.send(since_from_head(head, since_of));
                    }
                })
            });
        let Ok(hasher) = hasher else {
            // No third thread to be had: one after the other, on this one.
            return read_after(store, &repo, &rel, since_of, failed, size);
        };
        let early = head_rx.recv().ok().flatten();
        let started = early
            .filter(|_| !failed.load(Ordering::Acquire))
            .and_then(|since| {
                let at = read_at_start(&repo, &rel, since, |old, _| {
                    read_earlier_alongside(old, &mut arriving)
                })?;
                Some((since, at))
            });
        let (skeleton, fp) = hasher.join().ok()?.ok()??;
        let hashes = arriving.finish()?;
        let since = since_of(&skeleton)?;
        let at = match started {
            Some((early, at)) if early == since => at,
            // The text after the items moved the period's start.
            _ => read_at_start(&repo, &rel, since, |old, size| {
                read_earlier(old, size, Some(&hashes))
            })?,
        };
        start_read(since, at, fp)
    });
    read.unwrap_or(Read::Nothing)
}

/// The period's first day, told from `head`, the text of the ledger before
/// its items (`{…, "items":`); `None` when it does not tell.
fn since_from_head(
    head: &str,
    since_of: &impl Fn(&Ledger) -> Option<NaiveDate>,
) -> Option<NaiveDate> {
    let skeleton: Ledger = serde_json::from_str(&format!("{head}[]}}")).ok()?;
    since_of(&skeleton)
}

/// [`read_start`] on one thread: the current file's items hashed, then the
/// ledger at the period's start read from git.
fn read_after(
    store: &Store,
    repo: &Repo,
    rel: &str,
    since_of: &impl Fn(&Ledger) -> Option<NaiveDate>,
    failed: &AtomicBool,
    size: u64,
) -> Option<Read> {
    let (hashing, arriving) = hash_pair(size);
    let (skeleton, fp) = store.hash_items(hashing, |_| {}).ok()??;
    let hashes = arriving.finish()?;
    // The loader says whether the ledger loaded before git is asked.
    if failed.load(Ordering::Acquire) {
        return None;
    }
    let since = since_of(&skeleton)?;
    let at = read_at_start(repo, rel, since, |old, size| {
        read_earlier(old, size, Some(&hashes))
    })?;
    start_read(since, at, fp)
}

/// What the second thread read, when git had the ledger at the period's start.
fn start_read(since: NaiveDate, at: AtStart, fp: Fingerprint) -> Option<Read> {
    let read = StartRead {
        since,
        earlier: at.earlier?,
        first: at.first,
    };
    Some(Read::Start(Box::new(read), fp))
}

/// The ledger at the start of a period, from git.
pub(super) struct AtStart {
    /// The commit compared with ([`start_commit`]).
    pub rev: String,
    /// Its day, when it is the ledger's first commit, after the period began.
    pub first: Option<NaiveDate>,
    /// The ledger there, streamed as git writes it (the unchanged items
    /// left out); `None` when it does not read so (read it whole).
    pub earlier: Option<Earlier>,
}

/// The ledger at `rel` in the commit a report of the period from `since`
/// compares with, `read` from git's stream of it (and its size); `None`
/// when git has no such commit or cannot show it.
pub(super) fn read_at_start(
    repo: &Repo,
    rel: &str,
    since: NaiveDate,
    read: impl FnOnce(&mut dyn std::io::Read, u64) -> Option<Earlier>,
) -> Option<AtStart> {
    let (rev, first) = start_commit(repo, rel, since)?;
    let mut stream = repo.show_stream(&rev, rel).ok()?;
    let size = stream.size();
    let earlier = match read(&mut stream, size) {
        Some(earlier) => Some(earlier).filter(|_| stream.finish().ok() == Some(true)),
        None => None,
    };
    Some(AtStart {
        rev,
        first,
        earlier,
    })
}
