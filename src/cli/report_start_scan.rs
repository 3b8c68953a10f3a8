//! The ledger of a report, large enough to be read in halves, read so on
//! two threads while a third scans the ledger at the period's start: the
//! copy kept by the last report of that period (`ledger::StartCache`) or,
//! at the period's first report, git's text of it, kept as it is scanned.
//! Once both are read, only the start's items whose text is not one of the
//! current file's are parsed. A ledger that does not read in halves is read
//! as `report_start.rs` reads it.

use super::report_start::{Beside, StartChanges, since_from_head, start_commit};
use crate::base::aside::drop_aside;
use crate::base::cores::spawn_beside;
use crate::git::FileHistory;
use crate::git::start_copy::kept_start;
use crate::ledger::{ItemHashes, KeptStart, Ledger, StartCache, Store, reads_in_halves};
use chrono::NaiveDate;
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};

/// What the scanning thread found.
enum Scanned {
    /// git could not be asked for the ledger's history.
    NoHistory,
    /// Nothing the report can use (it then reads the start as before).
    Nothing,
    /// The ledger at the period's start, scanned.
    Start(Box<ScannedStart>),
}

/// The ledger at the start of the period from `since`, scanned.
struct ScannedStart {
    since: NaiveDate,
    first: Option<NaiveDate>,
    kept: KeptStart,
}

/// The ledger of `store` read in halves and what was read beside it, the
/// period's first day told by `since_of` from the text before the items
/// (and checked against the whole ledger); `None` when the ledger does not
/// read so (small, one core, not valid: read it as `load_with_start` does).
pub(super) fn load_in_halves_with_start(
    store: &Store,
    since_of: &(impl Fn(&Ledger) -> Option<NaiveDate> + Sync),
    mut cache: StartCache,
) -> Option<(Ledger, Beside)> {
    let size = std::fs::metadata(store.path()).map_or(0, |m| m.len());
    if !reads_in_halves(size) {
        return None;
    }
    // The copies' items are hashed under the cache's seed: the current
    // file's must be too. Given room once the items are counted.
    let seed = cache.seed();
    let mut hashes = ItemHashes::with_seed(0, seed);
    let cache = &cache;
    let (head_tx, head_rx) = channel();
    // Set when the ledger did not read in halves: a scanning thread told
    // the period's first day before that asks git nothing more.
    let unread = AtomicBool::new(false);
    std::thread::scope(|s| {
        let scan = spawn_beside(s, "period start", || {
            scan_start(store, head_rx, seed, cache, &unread)
        })
        .ok()?;
        let tell = move |head: &str| {
            let _ = head_tx.send(since_from_head(head, since_of));
        };
        let Ok(Some(ledger)) = store.read_in_halves_hashing(&mut hashes, tell) else {
            unread.store(true, Ordering::Release);
            return None;
        };
        let scanned = scan.join().unwrap_or_else(|p| std::panic::resume_unwind(p));
        let beside = match scanned {
            Scanned::NoHistory => Beside::NoHistory,
            // Read for the period the whole ledger says.
            Scanned::Start(start) if since_of(&ledger) == Some(start.since) => {
                let ScannedStart { since, first, kept } = *start;
                let earlier = kept.earlier(&hashes);
                // Not needed again: room for what the report makes next.
                drop(hashes);
                match earlier {
                    Some(earlier) => {
                        let diff = Cell::new(earlier.diff(&ledger));
                        // Not needed again: freed beside the report.
                        drop_aside(earlier);
                        Beside::Start(Box::new(StartChanges { since, diff, first }))
                    }
                    None => Beside::Nothing,
                }
            }
            _ => Beside::Nothing,
        };
        Some((ledger, beside))
    })
}

/// The scanning thread: once the period's first day is told (`head`), the
/// ledger at the period's start, from the copy kept or from git (kept as
/// it is read), its items hashed under `seed`.
fn scan_start(
    store: &Store,
    head: Receiver<Option<NaiveDate>>,
    seed: u64,
    cache: &StartCache,
    unread: &AtomicBool,
) -> Scanned {
    let Some(history) = FileHistory::of(store.path()) else {
        return Scanned::NoHistory;
    };
    // Started beside the search for the commit, asked once it is found.
    let batch = history.batch().ok();
    let Some(since) = head.recv().ok().flatten() else {
        return Scanned::Nothing;
    };
    if unread.load(Ordering::Acquire) {
        return Scanned::Nothing;
    }
    let (rev, first) = match start_commit(&history, since) {
        Err(_) => return Scanned::NoHistory,
        Ok(None) => return Scanned::Nothing,
        Ok(Some(found)) => found,
    };
    match kept_start(&history, &rev, batch, seed, cache) {
        Some(kept) => Scanned::Start(Box::new(ScannedStart { since, first, kept })),
        None => Scanned::Nothing,
    }
}
