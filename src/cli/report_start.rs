//! The ledger of a report read beside the ledger at its period's start:
//! while this thread loads the ledger, handing over the hash of each item's
//! text as it parses it, a second one tells the period's first day from the
//! text before the items, finds the commit there and reads the ledger git
//! holds as git writes it and as the hashes arrive, leaving out the items
//! whose text did not change (`ledger::read_earlier_alongside`).

use crate::base::cores::spawn_beside;
use crate::git::batch::Batch;
use crate::git::{FileHistory, GitError};
use crate::ledger::{
    Arriving, Earlier, Error, Ledger, LedgerDiff, Store, hash_pair, read_earlier_alongside,
};
use chrono::NaiveDate;
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};

/// What was read beside the ledger of a report.
pub(super) enum Beside {
    /// Nothing: git could not be asked for the ledger's history (it is not
    /// in a repository, the repository has no commit, git is missing); the
    /// report has no history.
    NoHistory,
    /// Nothing the report can use (the report then reads it as before).
    Nothing,
    /// What changed since the period's start.
    Start(Box<StartChanges>),
}

/// What changed since the start of a period, from the ledger there as the
/// second thread read (or, for a ledger read in halves, scanned) it;
/// compared once the current ledger is read (here, while it is validated),
/// so that the earlier ledger is freed before the report is written.
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
/// first (and its day); `None` when it was never committed. An error when
/// git cannot be asked (not a repository).
pub(super) fn start_commit(
    history: &FileHistory,
    since: NaiveDate,
) -> Result<Option<(String, Option<NaiveDate>)>, GitError> {
    Ok(match history.last_commit_before(since)? {
        Some(rev) => Some((rev, None)),
        None => history
            .first_commit()?
            .map(|(rev, day)| (rev, day.parse().ok())),
    })
}

/// Loads the ledger of `store`, handing each item's hash over as it is
/// parsed, while a second thread asks git for the ledger's history and reads
/// the ledger at the start of the period there as the hashes arrive. The
/// period's first day is told by `since_of` from the text before the items
/// (the ledger's reviews and zone), and checked against the whole ledger.
pub(super) fn load_with_start(
    store: &Store,
    since_of: &(impl Fn(&Ledger) -> Option<NaiveDate> + Sync),
) -> Result<(Ledger, Beside), Error> {
    let size = std::fs::metadata(store.path()).map_or(0, |m| m.len());
    let (hashing, arriving) = hash_pair(size);
    let (head_tx, head_rx) = channel();
    // Set when the ledger did not load in pieces (it is then read whole, or
    // its error said): a second thread told the period's first day before
    // that does not ask git for the ledger there (one already reading it
    // reads on to the end of git's text, its answer unused).
    let unread = AtomicBool::new(false);
    std::thread::scope(|s| {
        let start = spawn_beside(s, "period start", || {
            read_start(store, arriving, head_rx, &unread)
        });
        let Ok(start) = start else {
            // No second thread to be had: the report reads as before.
            return Ok((store.read_ledger()?, Beside::Nothing));
        };
        // Owns the sender: once the load is done with it, however it ends,
        // the second thread waits no more for the period's first day.
        let mut head_tx = Some(head_tx);
        let tell = move |head: &str| {
            if let Some(tx) = head_tx.take() {
                let _ = tx.send(since_from_head(head, since_of));
            }
        };
        // Compared as the ledger is validated: the ledger compared may yet
        // be found invalid (the comparison takes any ledger without
        // panicking), and its answer is then dropped.
        let compare = |ledger: &Ledger| {
            let read = start
                .join()
                .unwrap_or_else(|p| std::panic::resume_unwind(p));
            match read {
                Read::NoHistory => Beside::NoHistory,
                // Read for the period the whole ledger says.
                Read::Start(read) if since_of(ledger) == Some(read.since) => {
                    Beside::Start(Box::new(StartChanges {
                        since: read.since,
                        diff: Cell::new(read.earlier.diff(ledger)),
                        first: read.first,
                    }))
                }
                _ => Beside::Nothing,
            }
        };
        match store.load_hashing(hashing, tell, compare) {
            Ok(Some(read)) => Ok(read),
            // The read is not used: the second thread ends once the hashes
            // stop (and asks git nothing if it had not yet: `unread`).
            _ => {
                unread.store(true, Ordering::Release);
                Ok((store.read_ledger()?, Beside::Nothing))
            }
        }
    })
}

/// What the second thread read.
enum Read {
    /// git could not be asked for the ledger's history.
    NoHistory,
    /// Nothing the report can use.
    Nothing,
    /// The ledger at the period's start.
    Start(Box<StartRead>),
}

/// The second thread: once the period's first day is told (`head`), the
/// ledger at the period's start, read from git as the current items'
/// hashes arrive. git's reader is started first, so that it is ready once
/// the commit is found (no look for the repository's top: see
/// [`FileHistory`]).
fn read_start(
    store: &Store,
    mut arriving: Arriving,
    head: Receiver<Option<NaiveDate>>,
    unread: &AtomicBool,
) -> Read {
    let Some(history) = FileHistory::of(store.path()) else {
        return Read::NoHistory;
    };
    let Ok(batch) = history.batch() else {
        return Read::NoHistory;
    };
    let Some(since) = head.recv().ok().flatten() else {
        return Read::Nothing;
    };
    // The loader says whether the ledger read in pieces before git is asked.
    if unread.load(Ordering::Acquire) {
        return Read::Nothing;
    }
    let at = read_at_start(&history, batch, since, |old, _| {
        read_earlier_alongside(old, &mut arriving)
    });
    let at = match at {
        Err(_) => return Read::NoHistory,
        Ok(None) => return Read::Nothing,
        Ok(Some(at)) => at,
    };
    // No item text twice in the current file.
    if arriving.finish().is_none() {
        return Read::Nothing;
    }
    match at.earlier {
        Some(earlier) => Read::Start(Box::new(StartRead {
            since,
            earlier,
            first: at.first,
        })),
        None => Read::Nothing,
    }
}

/// The period's first day, told from `head`, the text of the ledger before
/// its items (`{…, "items":`); `None` when it does not tell.
pub(super) fn since_from_head(
    head: &str,
    since_of: &impl Fn(&Ledger) -> Option<NaiveDate>,
) -> Option<NaiveDate> {
    let skeleton: Ledger = serde_json::from_str(&format!("{head}[]}}")).ok()?;
    since_of(&skeleton)
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

/// The ledger in the commit a report of the period from `since` compares
/// with, `read` from git's stream of it (and its size) through `batch`,
/// started before the commit is known; `None` when git has no such commit
/// or cannot show it, an error when git cannot be asked.
pub(super) fn read_at_start(
    history: &FileHistory,
    batch: Batch,
    since: NaiveDate,
    read: impl FnOnce(&mut dyn std::io::Read, u64) -> Option<Earlier>,
) -> Result<Option<AtStart>, GitError> {
    let Some((rev, first)) = start_commit(history, since)? else {
        return Ok(None);
    };
    let Ok(Some(mut stream)) = batch.blob_stream(&rev, history.path()) else {
        return Ok(None);
    };
    let size = stream.size();
    let earlier = match read(&mut stream, size) {
        Some(earlier) => Some(earlier).filter(|_| stream.finish().ok() == Some(true)),
        None => None,
    };
    Ok(Some(AtStart {
        rev,
        first,
        earlier,
    }))
}
