//! What changed since an earlier text of a ledger (the one git holds at
//! the period's start), read in pieces from a stream without parsing the
//! items it holds unchanged: an item whose text is byte for byte the text
//! of an item of the current file (same XXH3-128) is that item, and
//! contributes nothing to the comparison. Only the other items are parsed.
//!
//! The result is [`diff`]'s, exactly: an earlier text that is not a valid
//! ledger answers `None`, as the whole read does; one that does not read
//! in pieces answers `None` from [`read_earlier`] (the caller reads it
//! whole, as before).

use super::diff::{LedgerDiff, compared_ids, diff_except};
use super::files::MAX_LEDGER_BYTES;
use super::item_bounds::room;
use super::model::Ledger;
use super::pieces::{ItemTexts, read_in_pieces, read_in_pieces_with};
use super::print::Fingerprints;
use crate::base::keyed::LedgerSet;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::Read;
use xxhash_rust::xxh3::xxh3_128_with_seed;

/// The XXH3-128 of the text of each item of a ledger file, with the
/// item's index ([`super::hash_items`]): which items of an earlier text are
/// unchanged, without parsing them. The hash is seeded with a secret (drawn
/// anew in each process, or kept in the user's own cache for the copies of
/// periods' starts, `start_cache.rs`), so that no text can be written to
/// collide with another's.
#[derive(Debug, Clone)]
pub struct ItemHashes {
    /// Each hash as two halves (a 24-byte entry, not the 32 of a `u128`
    /// key and a `usize`), with its item's index.
    index: HashMap<(u64, u64), u32, BuildHasherDefault<Spread>>,
    seed: u64,
}

/// The hasher of [`ItemHashes`]' keys: they are seeded hashes already,
/// spread evenly, so their halves serve (no second hash of each).
#[derive(Default)]
struct Spread(u64);

impl Hasher for Spread {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Not reached for keys of two `u64`; kept correct all the same.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, half: u64) {
        self.0 = self.0.rotate_left(32) ^ half;
    }
}

/// `hash` as its two halves.
fn halves(hash: u128) -> (u64, u64) {
    ((hash >> 64) as u64, hash as u64)
}

/// The hash of an item's text `raw` under `seed`.
pub(super) fn hash_text(raw: &[u8], seed: u64) -> u128 {
    xxh3_128_with_seed(raw, seed)
}

/// A seed no one can know, another at each call: a hash under a new key of
/// std's hasher (keys drawn from the system once per process, then stepped).
pub(super) fn new_seed() -> u64 {
    std::hash::BuildHasher::hash_one(&std::hash::RandomState::new(), 0u8)
}

impl ItemHashes {
    /// None yet, with room for the items of a file of `size` bytes
    /// ([`room`]), under a new seed.
    pub fn new(size: u64) -> ItemHashes {
        ItemHashes::with_seed(size, new_seed())
    }

    /// None yet, with room for the items of a file of `size` bytes, under
    /// `seed` (a secret: [`StartCache::seed`](super::StartCache::seed)).
    pub fn with_seed(size: u64, seed: u64) -> ItemHashes {
        ItemHashes {
            index: HashMap::with_capacity_and_hasher(room(size), Default::default()),
            seed,
        }
    }

    /// The seed its hashes are taken under.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Room for `more` items (once their count is known).
    pub(super) fn reserve(&mut self, more: usize) {
        self.index.reserve(more);
    }

    fn of(&self, raw: &str) -> u128 {
        hash_text(raw.as_bytes(), self.seed)
    }

    /// The index of the item whose text has `hash`.
    pub(super) fn get(&self, hash: u128) -> Option<usize> {
        let j = *self.index.get(&halves(hash))?;
        usize::try_from(j).ok()
    }

    /// Notes that item `j`'s text has `hash`; false when one had it
    /// already (or `j` is past what an index holds).
    pub(super) fn insert(&mut self, hash: u128, j: usize) -> bool {
        let Ok(j) = u32::try_from(j) else {
            return false;
        };
        self.index.insert(halves(hash), j).is_none()
    }
}

/// Leaves out the items whose text is one of the current file's, noting which.
struct Unchanged<'a> {
    current: &'a ItemHashes,
    same: Vec<usize>,
}

impl ItemTexts for Unchanged<'_> {
    const SKIPS: bool = true;
    // A miss changes nothing: a text guessed is looked up as any other.
    const GUESSES: bool = true;
    fn skip_known(&mut self, raw: &str, _: u64) -> bool {
        self.left_out(raw)
    }
    fn skip(&mut self, raw: &str, _: u64) -> bool {
        self.left_out(raw)
    }
}

impl Unchanged<'_> {
    /// True when `raw` is a current item's text, noting which.
    fn left_out(&mut self, raw: &str) -> bool {
        match self.current.get(self.current.of(raw)) {
            Some(j) => {
                self.same.push(j);
                true
            }
            None => false,
        }
    }
}

/// An earlier text of a ledger, read without the items it holds unchanged
/// (those whose text is one of the current file's).
#[derive(Debug, Clone)]
pub struct Earlier {
    /// The ledger without those items, valid as far as it goes.
    pub(super) read: Ledger,
    /// The current indices of the items left out.
    pub(super) same: Vec<usize>,
}

/// The earlier ledger text `old` (`size` bytes expected), read in pieces,
/// the items whose text `hashes` knows left out (every item parsed without
/// them); `None` when it does not read so (not a valid ledger, or one that
/// only the whole read reads).
pub fn read_earlier(old: impl Read, size: u64, hashes: Option<&ItemHashes>) -> Option<Earlier> {
    let Some(hashes) = hashes else {
        let (read, _) = read_in_pieces(old, MAX_LEDGER_BYTES, size, Fingerprints::Not)?;
        return Some(Earlier {
            read,
            same: Vec::new(),
        });
    };
    let mut unchanged = Unchanged {
        current: hashes,
        same: Vec::new(),
    };
    // Validated as read: the rules of the items not left out, and the rest.
    let (read, _) = read_in_pieces_with(old, MAX_LEDGER_BYTES, 0, &mut unchanged)?;
    Some(Earlier {
        read,
        same: unchanged.same,
    })
}

impl Earlier {
    /// What changed from this earlier ledger to `current`, exactly as
    /// [`super::diff`] says; `current` must be the ledger of the file the
    /// hashes given to [`read_earlier`] were taken from, and valid (what is
    /// said of one that is not is of no use). `None` when the earlier text
    /// is not a valid ledger.
    pub fn diff(&self, current: &Ledger) -> Option<LedgerDiff> {
        let mut same = vec![false; current.items.len()];
        for &j in &self.same {
            // One text twice: two items of one id.
            if std::mem::replace(same.get_mut(j)?, true) {
                return None;
            }
        }
        // The items left out are current ones, valid on their own; what is
        // left to check is what depends on the rest of the earlier ledger:
        // their ids unique there, their meetings held there.
        let old = &self.read;
        let items = || current.items.iter().zip(&same);
        // An earlier item of a left-out item's id has one no item compared has.
        let compared = compared_ids(current, &same);
        let unmatched: LedgerSet<&str> = (old.items.iter().map(|i| i.id.as_str()))
            .filter(|id| !compared.contains(id))
            .collect();
        // The meetings the earlier ledger did not hold (the current ledger
        // holds every one its items name).
        let missing: Vec<&str> = (current.meetings.iter().map(|m| m.id.as_str()))
            .filter(|id| old.meeting(id).is_none())
            .collect();
        // Each left-out item looked at only when one of them may be wrong:
        // most items are left out, and each is a read from memory.
        let valid = (unmatched.is_empty() && missing.is_empty())
            || items().filter(|(_, s)| **s).all(|(i, _)| {
                !unmatched.contains(i.id.as_str()) && !missing.contains(&i.meeting.as_str())
            });
        valid.then(|| diff_except(old, current, &same, &compared))
    }
}

#[cfg(test)]
mod tests {
    use super::super::item_bounds::ITEM_END;
    use super::super::pieces::{ItemTexts, read_in_pieces_with};
    use crate::ledger::{Item, Ledger, SAMPLE, canonical_json, parse_ledger};

    /// Knows some items' whole texts, and notes how each item was offered.
    #[derive(Default)]
    struct Known {
        texts: Vec<String>,
        /// Texts offered as guessed, and how many of them were known.
        asked: usize,
        guessed: usize,
        found: Vec<String>,
    }

    impl ItemTexts for Known {
        const SKIPS: bool = true;
        const GUESSES: bool = true;
        fn skip_known(&mut self, raw: &str, _: u64) -> bool {
            let known = self.texts.iter().any(|t| t == raw);
            self.asked += 1;
            self.guessed += usize::from(known);
            known
        }
        fn skip(&mut self, raw: &str, _: u64) -> bool {
            self.found.push(raw.to_owned());
            self.texts.iter().any(|t| t == raw)
        }
    }

    /// `text` read in pieces with `known`: the items not left out.
    fn read(text: &str, known: &mut Known) -> Vec<Item> {
        let size = text.len() as u64;
        let (read, _) = read_in_pieces_with(text.as_bytes(), u64::MAX, size, known).unwrap();
        read.items
    }

    /// The whole text of each item of `l`'s canonical `text`, each checked
    /// to be its item's.
    fn item_texts(l: &Ledger, text: &str) -> Vec<String> {
        let start = text.find("\"items\": [").unwrap();
        let mut out = Vec::new();
        let mut at = start;
        while let Some(open) = text[at..].find("\n    {").map(|i| at + i + 5) {
            let end = open + memchr::memmem::find(&text.as_bytes()[open..], ITEM_END).unwrap();
            let end = end + ITEM_END.len();
            out.push(text[open..end].to_owned());
            at = end;
        }
        assert_eq!(out.len(), l.items.len());
        for (t, item) in out.iter().zip(&l.items) {
            assert_eq!(&serde_json::from_str::<Item>(t).unwrap(), item);
        }
        out
    }

    #[test]
    fn items_known_whole_are_left_out_where_the_canonical_text_ends_them() {
        let l = parse_ledger(SAMPLE.as_bytes()).unwrap();
        let text = canonical_json(&l);
        let texts = item_texts(&l, &text);
        // Every item known but the third: left out as guessed, the third
        // (a guess not known, but right) found by its strings and braces, read.
        let mut known = Known {
            texts: [&texts[..2], &texts[3..]].concat(),
            ..Known::default()
        };
        assert_eq!(read(&text, &mut known), [l.items[2].clone()]);
        assert_eq!((known.asked, known.guessed), (texts.len(), texts.len() - 1));
        assert_eq!(known.found, [texts[2].clone()]);
        // A brace that closes a deeper object at the items' depth (not the
        // canonical text): the guess is no item's text, the item is found
        // whole and left out as known, and no more guesses are made.
        let nested = texts.iter().position(|t| t.contains("\n      }")).unwrap();
        let moved = texts[nested].replacen("\n      }", "\n    }", 1);
        let odd = text.replacen(&texts[nested], &moved, 1);
        let mut known = Known {
            texts: [texts.clone(), vec![moved.clone()]].concat(),
            ..Known::default()
        };
        assert!(read(&odd, &mut known).is_empty());
        assert_eq!((known.asked, known.guessed), (nested + 1, nested));
        let mut after = vec![moved];
        after.extend_from_slice(&texts[nested + 1..]);
        assert_eq!(known.found, after);
    }

    #[test]
    fn text_without_the_canonical_item_ends_is_not_guessed_in() {
        let l = parse_ledger(SAMPLE.as_bytes()).unwrap();
        let compact = serde_json::to_string(&l).unwrap();
        let mut known = Known::default();
        assert_eq!(read(&compact, &mut known), l.items);
        assert_eq!(known.asked, 0);
        assert_eq!(known.found.len(), l.items.len());
    }
}
