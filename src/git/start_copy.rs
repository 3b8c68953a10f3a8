//! The ledger at the start of a period, as a report of the period and the
//! dashboard's review mode both read it: from the copy kept in the user's
//! cache ([`StartCache`]), git stopped once it has named the text, or else
//! from git's text, scanned and kept there as it is read. Whichever reads
//! it first keeps it for the other: the review mode opened in the meeting
//! leaves the minutes after it the copy to read.

use super::FileHistory;
use super::batch::{Batch, BlobStream};
use crate::ledger::{KeptStart, StartCache};

/// The ledger at `rev`, which `batch` (when started) is ready to be asked
/// for: from the copy kept of the text git names so, else scanned from git
/// and kept in `cache` as it is read, its items hashed under `seed` (the
/// cache's). `None` when git does not show it or its text does not scan.
pub fn kept_start(
    history: &FileHistory,
    rev: &str,
    batch: Option<Batch>,
    seed: u64,
    cache: &StartCache,
) -> Option<KeptStart> {
    let ask = |batch: Option<Batch>| batch?.blob_stream(rev, history.path()).ok()?;
    let mut stream = ask(batch)?;
    // Named by its content: the same name for the same bytes, whatever
    // the commit, the path or the repository.
    let blob = stream.name().to_owned();
    if let Some(copy) = cache.open(&blob) {
        // Git is stopped: its text is not read.
        drop(stream);
        if let Some(kept) = copy.scan(seed) {
            return Some(kept);
        }
        // A damaged copy: git's text again, under the name it had.
        stream = ask(history.batch().ok()).filter(|s| s.name() == blob)?;
    }
    let size = stream.size();
    let whole = |s: &mut BlobStream| s.finish().ok() == Some(true);
    cache.scan_and_keep(&blob, (&mut stream, size, seed), whole)
}
