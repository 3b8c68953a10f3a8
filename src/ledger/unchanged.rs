//! What changed since an earlier text of a ledger (the one git holds at
//! the period's start), read in pieces from a stream without parsing the
//! items it holds unchanged: an item whose text is byte for byte the text
//! of an item of the current file (same XXH3-128) is that item, and
//! contributes nothing to the comparison. Only the other items are parsed.
//!
//! The result is [`diff`]'s, exactly: an earlier text that is not a valid
//! ledger, or that does not read in pieces, answers `None` (the caller
//! reads it whole, as before, to say the same as before).

use super::diff::{LedgerDiff, diff, diff_except};
use super::files::MAX_LEDGER_BYTES;
use super::model::Ledger;
use super::pieces::{ItemTexts, read_in_pieces, read_in_pieces_with};
use std::collections::{HashMap, HashSet};
use std::io::Read;
use xxhash_rust::xxh3::xxh3_128;

/// The XXH3-128 of the text of each item of a ledger file, as read (see
/// [`Store::load_hashed`]), with the item's index: which items of an
/// earlier text are unchanged, without parsing them.
///
/// [`Store::load_hashed`]: super::Store::load_hashed
#[derive(Debug, Clone, Default)]
pub struct ItemHashes {
    index: HashMap<u128, usize>,
}

impl ItemTexts for ItemHashes {
    const SKIPS: bool = false;
    fn skip(&mut self, _: &str) -> bool {
        false
    }
    fn parsed(&mut self, raw: &str) {
        let next = self.index.len();
        self.index.insert(xxh3_128(raw.as_bytes()), next);
    }
}

/// A ledger read in pieces (see `pieces.rs`) with the hash of each item's text.
pub(super) fn read_hashed<R: Read>(
    r: R,
    limit: u64,
    size: u64,
) -> Option<(Ledger, u64, u64, ItemHashes)> {
    let mut hashes = ItemHashes {
        index: HashMap::with_capacity((size / 384) as usize),
    };
    let (ledger, len, hash) = read_in_pieces_with(r, limit, size, &mut hashes)?;
    // Two items of one text share an id: the ledger would not be valid.
    (hashes.index.len() == ledger.items.len()).then_some((ledger, len, hash, hashes))
}

/// Leaves out the items whose text is one of the current file's, noting which.
struct Unchanged<'a> {
    current: &'a ItemHashes,
    same: Vec<usize>,
}

impl ItemTexts for Unchanged<'_> {
    const SKIPS: bool = true;
    fn skip(&mut self, raw: &str) -> bool {
        match self.current.index.get(&xxh3_128(raw.as_bytes())) {
            Some(&j) => {
                self.same.push(j);
                true
            }
            None => false,
        }
    }
    fn parsed(&mut self, _: &str) {}
}

/// What changed from the ledger text `old` (read from the stream, `size`
/// bytes expected) to `current`, as [`diff`] says it; `hashes`, when given,
/// must be those of the file `current` was read from. `None` when `old` is
/// not a valid ledger or does not read in pieces.
pub fn diff_from(
    old: impl Read,
    size: u64,
    current: &Ledger,
    hashes: Option<&ItemHashes>,
) -> Option<LedgerDiff> {
    let Some(hashes) = hashes else {
        let (old, _, _) = read_in_pieces(old, MAX_LEDGER_BYTES, size)?;
        return Some(diff(&old, current));
    };
    let mut unchanged = Unchanged {
        current: hashes,
        same: Vec::new(),
    };
    // Validated as read: the rules of the items not left out, and the rest.
    let (old, _, _) = read_in_pieces_with(old, MAX_LEDGER_BYTES, 0, &mut unchanged)?;
    let mut same = vec![false; current.items.len()];
    for j in unchanged.same {
        // One text twice: two items of one id.
        if std::mem::replace(same.get_mut(j)?, true) {
            return None;
        }
    }
    // The items left out are current ones, valid on their own; what is
    // left to check is what depends on the rest of the earlier ledger:
    // their ids unique there, their meetings held there.
    let ids: HashSet<&str> = old.items.iter().map(|i| i.id.as_str()).collect();
    let valid = current
        .items
        .iter()
        .zip(&same)
        .filter(|(_, s)| **s)
        .all(|(i, _)| {
            !ids.contains(i.id.as_str()) && (i.meeting.is_empty() || old.meeting(&i.meeting).is_some())
        });
    valid.then(|| diff_except(&old, current, &same))
}
