//! The ledger of a report read beside the ledger at its period's start:
//! while this thread loads the ledger, a second one is handed the same
//! bytes as they are read, hashes each item's text, finds the period's
//! start in git and reads the ledger there as git writes it, leaving out
//! the items whose text did not change (`ledger::read_earlier`).

use crate::git::Repo;
use crate::ledger::{Earlier, Error, ItemHashes, Ledger, Loaded, Store, hash_items, read_earlier};
use chrono::NaiveDate;
use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, sync_channel};

/// What was read beside the ledger of a report.
pub(super) enum Beside {
    /// Nothing: the ledger is not in a git repository.
    OutsideGit,
    /// Nothing the report can use (the report then reads it as before).
    Nothing,
    /// The ledger at the period's start.
    Start(Box<StartRead>),
}

/// The ledger at the start of a period, as the second thread read it.
pub(super) struct StartRead {
    /// The period's first day it was read for.
    pub since: NaiveDate,
    pub earlier: Earlier,
    /// The day of the ledger's first commit, when that was after `since`.
    pub first: Option<NaiveDate>,
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

/// Loads the ledger of `store` while, inside git, a second thread reads
/// the ledger at the start of the period: the first day `since_of` tells
/// from the ledger without its items (its reviews and zone).
pub(super) fn load_with_start(
    store: &Store,
    since_of: &(impl Fn(&Ledger) -> Option<NaiveDate> + Sync),
) -> Result<(Loaded, Beside), Error> {
    // Outside git, nothing to read beside: no thread, no copies.
    let Ok(repo) = Repo::containing(store.path()) else {
        return store.load().map(|l| (l, Beside::OutsideGit));
    };
    // Two chunks in flight: the reader, parsing no item, keeps up.
    let (tx, rx) = sync_channel::<Vec<u8>>(2);
    // Set when the ledger did not read in pieces: the second thread then
    // leaves git alone (the ledger is read whole, or its error said).
    let unread = AtomicBool::new(false);
    std::thread::scope(|s| {
        let start = std::thread::Builder::new()
            .name("period start".into())
            .spawn_scoped(s, || read_start(rx, &repo, store, since_of, &unread));
        let Ok(start) = start else {
            // No second thread to be had: the report reads as before.
            return Ok((store.load()?, Beside::Nothing));
        };
        let loaded = store.load_copying(|bytes: &[u8]| {
            // A reader that gave up is let be.
            let _ = tx.send(bytes.to_vec());
        });
        if !matches!(loaded, Ok(Some(_))) {
            unread.store(true, Ordering::Release);
        }
        drop(tx);
        let start = start.join().ok().flatten();
        // The hashes are those of the bytes the ledger was read from, or
        // nothing is used of what the second thread read.
        Ok(match (loaded?, start) {
            (Some(l), Some(read)) => (l, Beside::Start(Box::new(read))),
            (Some(l), None) => (l, Beside::Nothing),
            (None, _) => (store.load()?, Beside::Nothing),
        })
    })
}

/// The second thread: the items' hashes from the bytes `rx` hands over,
/// then the ledger at the period's start, read from git.
fn read_start(
    rx: Receiver<Vec<u8>>,
    repo: &Repo,
    store: &Store,
    since_of: &impl Fn(&Ledger) -> Option<NaiveDate>,
    unread: &AtomicBool,
) -> Option<StartRead> {
    let (skeleton, hashes) = hash_items(
        Chunks {
            rx,
            now: Vec::new(),
            at: 0,
        },
        0,
    )?;
    // The loader says how its read went before it ends the stream.
    if unread.load(Ordering::Acquire) {
        return None;
    }
    let rel = repo.relative(store.path()).ok()?;
    let since = since_of(&skeleton)?;
    let at = read_at_start(repo, &rel, since, Some(&hashes))?;
    Some(StartRead {
        since,
        earlier: at.earlier?,
        first: at.first,
    })
}

/// The ledger at the start of a period, from git.
pub(super) struct AtStart {
    /// The commit compared with ([`start_commit`]).
    pub rev: String,
    /// Its day, when it is the ledger's first commit, after the period began.
    pub first: Option<NaiveDate>,
    /// The ledger there, streamed as git writes it, the items `hashes`
    /// knows left out; `None` when it does not read so (read it whole).
    pub earlier: Option<Earlier>,
}

/// The ledger at `rel` in the commit a report of the period from `since`
/// compares with; `None` when git has no such commit or cannot show it.
pub(super) fn read_at_start(
    repo: &Repo,
    rel: &str,
    since: NaiveDate,
    hashes: Option<&ItemHashes>,
) -> Option<AtStart> {
    let (rev, first) = start_commit(repo, rel, since)?;
    let mut stream = repo.show_stream(&rev, rel).ok()?;
    let size = stream.size();
    let earlier = match read_earlier(&mut stream, size, hashes) {
        Some(earlier) => Some(earlier).filter(|_| stream.finish().ok() == Some(true)),
        None => None,
    };
    Some(AtStart {
        rev,
        first,
        earlier,
    })
}

/// The bytes the loader hands over, as one stream.
struct Chunks {
    rx: Receiver<Vec<u8>>,
    now: Vec<u8>,
    at: usize,
}

impl Read for Chunks {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.at == self.now.len() {
            match self.rx.recv() {
                Ok(next) => (self.now, self.at) = (next, 0),
                // The loader is done.
                Err(_) => return Ok(0),
            }
        }
        let n = buf.len().min(self.now.len() - self.at);
        buf[..n].copy_from_slice(&self.now[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}
