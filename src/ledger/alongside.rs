//! The current file's items hashed on one thread while, on another, an
//! earlier text of the ledger is read beside them
//! ([`read_earlier_alongside`]): the hashes are handed over as they are
//! found, so the earlier text (git writing it) is read while the current
//! file still is, not after it. The result is [`super::read_earlier`]'s.
//! An earlier item whose text is known whole where the canonical form
//! ends it is left out without following its strings (`pieces.rs`).
//!
//! An earlier item is looked up once the current file's hashes have passed
//! its place (most items keep theirs); one not found then is parsed, and
//! left out after all should its text turn up later in the current file.
//! A file large enough to be read in halves is hashed as each half is read
//! ([`Store::read_in_halves_hashing`]), for an earlier text scanned beside
//! it (`earlier_spans.rs`).

use super::error::Error;
use super::files::MAX_LEDGER_BYTES;
use super::halves::read_in_halves_hashing;
use super::model::Ledger;
use super::pieces::{ItemTexts, parse_in_pieces_with, read_in_pieces_with};
use super::store::Store;
use super::unchanged::{Earlier, ItemHashes, hash_text};
use super::validate::{validate, validate_beside};
use std::io::Read;
use std::sync::mpsc::{Receiver, Sender, channel};

/// How many hashes are handed over at a time.
const BATCH: usize = 256;

/// How far past an earlier item's place the current file's hashes are
/// awaited before it is looked up: an item moved less far is found unparsed.
const AHEAD: usize = 1024;

/// Hashes the items of the current file and hands the hashes over to the
/// [`Arriving`] of the same [`hash_pair`].
pub struct Hashing {
    seed: u64,
    tx: Sender<Vec<u128>>,
}

/// The hashes a [`Hashing`] hands over, gathered as they arrive.
pub struct Arriving {
    hashes: ItemHashes,
    /// `None` once the hashing is done.
    rx: Option<Receiver<Vec<u128>>>,
    received: usize,
    /// No text came twice.
    distinct: bool,
}

/// A [`Hashing`] of a file of `size` bytes and the [`Arriving`] it hands
/// its hashes to (one seed for both).
pub fn hash_pair(size: u64) -> (Hashing, Arriving) {
    let hashes = ItemHashes::new(size);
    let (tx, rx) = channel();
    let hashing = Hashing {
        seed: hashes.seed(),
        tx,
    };
    let arriving = Arriving {
        hashes,
        rx: Some(rx),
        received: 0,
        distinct: true,
    };
    (hashing, arriving)
}

/// Hashes every item's text, parsing none, and hands the hashes over in
/// batches; tells `head` the text before the items.
struct HashEvery<'a, F> {
    seed: u64,
    tx: &'a Sender<Vec<u128>>,
    batch: Vec<u128>,
    head: F,
}

impl<F> HashEvery<'_, F> {
    /// Hashes `raw`, handing the batch over once full.
    fn hash(&mut self, raw: &str) {
        self.batch.push(hash_text(raw.as_bytes(), self.seed));
        if self.batch.len() == BATCH {
            // A reader that gave up is let be.
            let _ = self.tx.send(std::mem::replace(
                &mut self.batch,
                Vec::with_capacity(BATCH),
            ));
        }
    }
}

impl<F: FnMut(&str)> ItemTexts for HashEvery<'_, F> {
    const SKIPS: bool = true;
    fn skip(&mut self, raw: &str, _: u64) -> bool {
        self.hash(raw);
        true
    }
    fn before_items(&mut self, head: &str) {
        (self.head)(head);
    }
}

/// Parses every item, handing over the hash of each one's text in batches;
/// tells `head` the text before the items.
struct HashParsed<'a, F> {
    every: HashEvery<'a, F>,
}

impl<F: FnMut(&str)> ItemTexts for HashParsed<'_, F> {
    const SKIPS: bool = false;
    fn skip(&mut self, _: &str, _: u64) -> bool {
        false
    }
    fn before_items(&mut self, head: &str) {
        self.every.before_items(head);
    }
    fn parsed(&mut self, raw: &str) {
        self.every.hash(raw);
    }
}

impl Store {
    /// The ledger read in pieces by `hashing` ([`Hashing::load`]: each item's
    /// text hashed and handed over as parsed, `head` told the text before the
    /// items, `beside` asked of it as it is validated), and its answer;
    /// `None` when the file does not exist or does not read so. `beside`
    /// sees the ledger before it is found valid, so it must take any ledger
    /// without panicking; its answer is dropped when the ledger is not valid.
    pub fn load_hashing<T: Send>(
        &self,
        hashing: Hashing,
        head: impl FnMut(&str),
        beside: impl FnOnce(&Ledger) -> T + Send,
    ) -> Result<Option<(Ledger, T)>, Error> {
        let read = self.read_with(|file, size| hashing.load(file, size, head, beside))?;
        Ok(read.flatten())
    }

    /// The ledger read in halves (`halves.rs`), each item's text hashed
    /// into `hashes` (none yet, made for no room: given the room once the
    /// items are counted; its seed the one an earlier text's scan is
    /// given), `head` told the text before the items as soon as they are
    /// reached; `None` when it does not read so (a small file, one core, no
    /// place to cut, not valid: read it as before) or one item's text came
    /// twice.
    pub fn read_in_halves_hashing(
        &self,
        hashes: &mut ItemHashes,
        head: impl FnOnce(&str),
    ) -> Result<Option<Ledger>, Error> {
        let seed = hashes.seed();
        let read =
            self.read_with(|file, _| read_in_halves_hashing(&file, MAX_LEDGER_BYTES, seed, head))?;
        let Some((ledger, list)) = read.flatten() else {
            return Ok(None);
        };
        hashes.reserve(list.len());
        for (j, hash) in list.into_iter().enumerate() {
            if !hashes.insert(hash, j) {
                return Ok(None);
            }
        }
        Ok(Some(ledger))
    }
}

impl Hashing {
    /// Reads the ledger text `r` (`size` bytes expected) in pieces, as
    /// [`super::Store::load`] does, handing over the hash of each item's
    /// text as it is parsed and telling `head` the text before the items as
    /// soon as it is read: the ledger, and what `beside` answered of it as
    /// parsed, asked on a second thread while this one validates it (the hashing
    /// is done by then; `beside` must take a ledger not valid without
    /// panicking). `None` when it does not read so; what the
    /// [`Arriving`] gathered is then of no use.
    pub fn load<T: Send>(
        self,
        r: impl Read,
        size: u64,
        head: impl FnMut(&str),
        beside: impl FnOnce(&Ledger) -> T + Send,
    ) -> Option<(Ledger, T)> {
        let mut parsed = HashParsed {
            every: HashEvery {
                seed: self.seed,
                tx: &self.tx,
                batch: Vec::with_capacity(BATCH),
                head,
            },
        };
        let (ledger, _) = parse_in_pieces_with(r, MAX_LEDGER_BYTES, size, &mut parsed)?;
        let HashParsed {
            every: HashEvery { batch, head, .. },
        } = parsed;
        let _ = self.tx.send(batch);
        // The hashing is done, and `head` told no more: the reader of the
        // earlier text finishes while this thread validates.
        drop(head);
        drop(self);
        let answer = validate_beside(&ledger, beside).ok()?;
        Some((ledger, answer))
    }

    /// Reads the ledger text `r` (`size` bytes expected) in pieces without
    /// its items, handing over the hash of each item's text (none parsed)
    /// and telling `head` the text before the items as soon as it is read:
    /// the ledger without its items. `None` when the text without its items
    /// is not a valid ledger or an item's text is not found; what the
    /// [`Arriving`] gathered is then of no use.
    pub fn hash(self, r: impl Read, size: u64, head: impl FnMut(&str)) -> Option<Ledger> {
        let mut every = HashEvery {
            seed: self.seed,
            tx: &self.tx,
            batch: Vec::with_capacity(BATCH),
            head,
        };
        let (read, _) = read_in_pieces_with(r, MAX_LEDGER_BYTES, size, &mut every)?;
        let _ = self.tx.send(every.batch);
        Some(read)
    }
}

impl Arriving {
    fn add(&mut self, batch: Vec<u128>) {
        for hash in batch {
            self.distinct &= self.hashes.insert(hash, self.received);
            self.received += 1;
        }
    }

    /// Gathers hashes, waiting for them, until `count` have come or the
    /// hashing is done.
    fn wait_for(&mut self, count: usize) {
        while self.received < count {
            let Some(rx) = &self.rx else {
                return;
            };
            match rx.recv() {
                Ok(batch) => self.add(batch),
                Err(_) => self.rx = None,
            }
        }
    }

    /// Every hash, once the hashing is done; `None` when two items had one
    /// text (one id twice). Only of use when [`Hashing::hash`] read the file.
    pub fn finish(mut self) -> Option<ItemHashes> {
        self.wait_for(usize::MAX);
        self.distinct.then_some(self.hashes)
    }
}

/// Leaves out the items of the earlier text whose text the current file
/// holds at about their place; the others are parsed, their hashes kept.
struct Alongside<'a> {
    arriving: &'a mut Arriving,
    seen: usize,
    same: Vec<usize>,
    parsed: Vec<u128>,
}

impl Alongside<'_> {
    /// Looks `raw` up among the current file's hashes once they have passed
    /// its place: the current index of an item with that text (noted as the
    /// same), or the text's hash.
    fn look_up(&mut self, raw: &str) -> Result<usize, u128> {
        self.arriving.wait_for(self.seen.saturating_add(AHEAD));
        let hash = hash_text(raw.as_bytes(), self.arriving.hashes.seed());
        let j = self.arriving.hashes.get(hash).ok_or(hash)?;
        self.seen += 1;
        self.same.push(j);
        Ok(j)
    }
}

impl ItemTexts for Alongside<'_> {
    const SKIPS: bool = true;
    const GUESSES: bool = true;
    fn skip_known(&mut self, raw: &str, _: u64) -> bool {
        self.look_up(raw).is_ok()
    }
    fn skip(&mut self, raw: &str, _: u64) -> bool {
        let Err(hash) = self.look_up(raw) else {
            return true;
        };
        self.seen += 1;
        self.parsed.push(hash);
        false
    }
}

/// [`super::read_earlier`] of the earlier ledger text `old`, read as the
/// current file's hashes arrive in `arriving`: `None` when it does not
/// read so. Of use only when the hashing read the whole current file and
/// [`Arriving::finish`] then finds no text twice.
pub fn read_earlier_alongside(old: impl Read, arriving: &mut Arriving) -> Option<Earlier> {
    let mut along = Alongside {
        arriving,
        seen: 0,
        same: Vec::new(),
        parsed: Vec::new(),
    };
    let (mut read, _) = read_in_pieces_with(old, MAX_LEDGER_BYTES, 0, &mut along)?;
    let Alongside {
        arriving,
        mut same,
        parsed,
        ..
    } = along;
    arriving.wait_for(usize::MAX);
    if read.items.len() != parsed.len() {
        return None;
    }
    // An item parsed whose text the current file holds further on.
    let mut hashes = parsed.iter();
    let before = read.items.len();
    read.items.retain(
        |_| match hashes.next().and_then(|h| arriving.hashes.get(*h)) {
            Some(j) => {
                same.push(j);
                false
            }
            None => true,
        },
    );
    if read.items.len() < before {
        validate(&read).ok()?;
    }
    Some(Earlier { read, same })
}

/// The ledger text `r` (`size` bytes expected) read in pieces without its
/// items, and the hash of each item's text, none parsed; `None` when the
/// text without its items is not a valid ledger, an item's text is not
/// found, or two items have one text (one id twice).
pub fn hash_items(r: impl Read, size: u64) -> Option<(Ledger, ItemHashes)> {
    let (hashing, arriving) = hash_pair(size);
    let skeleton = hashing.hash(r, size, |_| {})?;
    Some((skeleton, arriving.finish()?))
}
