//! An earlier text of a ledger (the one git holds at a period's start)
//! scanned rather than parsed: where each item's text lies in it and the
//! hash of that text, found where the canonical text ends an item (else by
//! following strings and braces), each such guess checked once read. Once the
//! current file's item hashes are known, it reads as [`super::read_earlier`]
//! reads it: the items whose text is one of the current file's are left
//! out, and only the others are parsed, from the copy the text was kept in
//! (a file: the cache of period starts, `start_cache.rs`). The scan needs
//! no hash of the current file, so it runs while that file is still read.

use super::files::MAX_LEDGER_BYTES;
use super::item_bounds::{room, too_deep};
use super::model::{Item, Ledger};
use super::pieces::{ItemTexts, text_in_pieces_with};
use super::print::Fingerprints;
use super::unchanged::{Earlier, ItemHashes, hash_text};
use super::validate::validate;
use crate::base::cores::beside;
use std::fs::File;
use std::io::Read;
use std::os::unix::fs::FileExt;

/// Where an item's text lies in the earlier text, and its hash (a ledger
/// is at most [`MAX_LEDGER_BYTES`]: places fit 32 bits, so that a span
/// takes 24 bytes).
#[derive(Debug, Clone, Copy)]
pub(super) struct Span {
    /// Where the item's text starts.
    pub at: u32,
    /// Its length.
    pub len: u32,
    /// Its hash ([`hash_text`]) as two halves.
    pub hash: [u64; 2],
}

const _: () = assert!(MAX_LEDGER_BYTES <= u32::MAX as u64);

impl Span {
    /// The item's text's hash.
    fn text_hash(&self) -> u128 {
        (u128::from(self.hash[0]) << 64) | u128::from(self.hash[1])
    }

    /// Where the text after it starts.
    pub(super) fn end(&self) -> u64 {
        u64::from(self.at) + u64::from(self.len)
    }

    /// Notes its text's hash.
    pub(super) fn set_hash(&mut self, hash: u128) {
        self.hash = [(hash >> 64) as u64, hash as u64];
    }
}

/// An earlier text of a ledger, scanned: the ledger without its items (and
/// its text), and where each item's text lies, hashed under the current
/// file's seed.
#[derive(Debug)]
pub(super) struct EarlierSpans {
    skeleton: Ledger,
    pub(super) skeleton_text: String,
    pub(super) spans: Vec<Span>,
}

/// Leaves out every item, noting where its text lies and its hash.
struct Spanning {
    seed: u64,
    spans: Vec<Span>,
}

impl ItemTexts for Spanning {
    const SKIPS: bool = true;
    // A guess is checked where every span is: by its hash being one of the
    // current file's items' (a whole item's text), else by parsing it
    // ([`EarlierSpans::earlier`]); one that is wrong makes the read fail,
    // and the report read the start as before.
    const GUESSES: bool = true;
    fn skip_known(&mut self, raw: &str, at: u64) -> bool {
        self.skip(raw, at)
    }
    fn skip(&mut self, raw: &str, at: u64) -> bool {
        // Within MAX_LEDGER_BYTES, as the read is.
        let (at, len) = (at as u32, raw.len() as u32);
        let mut span = Span {
            at,
            len,
            hash: [0; 2],
        };
        span.set_hash(hash_text(raw.as_bytes(), self.seed));
        self.spans.push(span);
        true
    }
    fn prints(&self) -> Fingerprints {
        // The text is known by its items' hashes: no hash of it whole.
        Fingerprints::Not
    }
}

/// The earlier text `old` (`size` bytes expected) scanned, its items'
/// texts hashed under `seed` (the current file's [`ItemHashes::seed`]);
/// `None` when it is not a ledger's text (as far as a scan tells: the
/// items are checked when read, [`EarlierSpans::earlier`]).
pub(super) fn scan_earlier(old: impl Read, size: u64, seed: u64) -> Option<EarlierSpans> {
    let mut spanning = Spanning {
        seed,
        spans: Vec::with_capacity(room(size)),
    };
    // Read in pieces of a window's size: no item is kept, and none needs more.
    let (skeleton_text, _, _) = text_in_pieces_with(old, MAX_LEDGER_BYTES, WINDOW, &mut spanning)?;
    EarlierSpans::new(skeleton_text, spanning.spans)
}

impl EarlierSpans {
    /// The text of a ledger without its items, and where they lie; `None`
    /// when the text does not parse.
    pub(super) fn new(skeleton_text: String, spans: Vec<Span>) -> Option<EarlierSpans> {
        let skeleton = serde_json::from_str(&skeleton_text).ok()?;
        Some(EarlierSpans {
            skeleton,
            skeleton_text,
            spans,
        })
    }

    /// The earlier ledger as [`super::read_earlier`] reads it given the
    /// current file's `hashes`: the items whose text is one of the current
    /// file's left out, the others parsed from `text`, which holds the
    /// scanned text from byte `base` on (on two threads when there are
    /// many), each once its bytes there are found to hash as scanned (the
    /// spans' hashes are under `hashes`' seed). `None` when it is not a
    /// valid ledger (validated with the items not left out, as that read
    /// is) or the text cannot be read there, or is not what was scanned.
    pub(super) fn earlier(self, text: &File, base: u64, hashes: &ItemHashes) -> Option<Earlier> {
        let EarlierSpans {
            skeleton: mut read,
            spans,
            ..
        } = self;
        let read_part = |part: &[Span]| read_spans(part, text, base, hashes);
        let (first, second) = spans.split_at(spans.len() / 2);
        let (read_first, rest) = if spans.len() >= READ_ON_TWO_THREADS_FROM {
            beside(|| read_part(first), || read_part(second))
        } else {
            (read_part(&spans), Some((Vec::new(), Vec::new())))
        };
        drop(spans);
        let ((mut items, mut same), (more_items, more_same)) = (read_first?, rest?);
        items.extend(more_items);
        same.extend(more_same);
        read.items = items;
        validate(&read).ok()?;
        Some(Earlier { read, same })
    }
}

/// Items scanned from which the others are read on two threads (most are
/// a look-up, the rest parsed): fewer take less time than a second thread costs.
const READ_ON_TWO_THREADS_FROM: usize = 4096;

/// How much of an earlier text is read at a time.
const WINDOW: u64 = 1 << 16;

/// The items of `spans` whose text is not one of the current file's,
/// parsed from `text` (from `base` on) once their bytes there hash as
/// their span says, and the current indices of the others.
fn read_spans(
    spans: &[Span],
    text: &File,
    base: u64,
    hashes: &ItemHashes,
) -> Option<(Vec<Item>, Vec<usize>)> {
    let (mut items, mut same) = (Vec::new(), Vec::with_capacity(spans.len()));
    let mut raw = Vec::new();
    for span in spans {
        if let Some(j) = hashes.get(span.text_hash()) {
            same.push(j);
            continue;
        }
        raw.resize(span.len as usize, 0);
        let at = base.checked_add(u64::from(span.at))?;
        text.read_exact_at(&mut raw, at).ok()?;
        // Still the text scanned: a copy is read only where it is used.
        if hash_text(&raw, hashes.seed()) != span.text_hash() {
            return None;
        }
        items.push(parse_item(&raw)?);
    }
    Some((items, same))
}

/// An item's text parsed as reading in pieces parses it; `None` when it is
/// not an item's text or nests too deep.
fn parse_item(raw: &[u8]) -> Option<Item> {
    let raw = std::str::from_utf8(raw).ok()?;
    if too_deep(raw.as_bytes()) {
        return None;
    }
    serde_json::from_str(raw).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::{SAMPLE, canonical_json, parse_ledger, read_earlier};
    use std::io::Write;

    /// `text` kept in a file after `base` bytes of something else.
    fn kept(text: &str, base: usize) -> File {
        let mut f = tempfile::tempfile().unwrap();
        f.write_all(&vec![b'#'; base]).unwrap();
        f.write_all(text.as_bytes()).unwrap();
        f
    }

    /// The sample ledger, and its text with the first item's title changed.
    fn sample_and_earlier() -> (Ledger, String) {
        let current = parse_ledger(SAMPLE.as_bytes()).unwrap();
        let mut earlier = current.clone();
        earlier.items[0].title.push_str(" (draft)");
        (current, canonical_json(&earlier))
    }

    /// The current file's hashes, as reading it hashes them.
    fn hashes_of(current: &Ledger) -> ItemHashes {
        let text = canonical_json(current);
        crate::ledger::hash_items(text.as_bytes(), text.len() as u64)
            .unwrap()
            .1
    }

    #[test]
    fn a_scanned_start_says_what_the_read_in_pieces_says() {
        let (current, earlier_text) = sample_and_earlier();
        let hashes = hashes_of(&current);
        let spans = scan_earlier(earlier_text.as_bytes(), 0, hashes.seed()).unwrap();
        let scanned = spans.earlier(&kept(&earlier_text, 7), 7, &hashes).unwrap();
        let read = read_earlier(earlier_text.as_bytes(), 0, Some(&hashes)).unwrap();
        // One item changed: it alone is parsed, the rest left out.
        assert_eq!(scanned.read.items.len(), 1);
        assert_eq!(scanned.read, read.read);
        assert_eq!(scanned.same, read.same);
        assert_eq!(scanned.diff(&current), read.diff(&current));
        assert!(scanned.diff(&current).is_some());
    }

    #[test]
    fn a_changed_item_that_is_not_valid_is_no_start() {
        let (current, earlier_text) = sample_and_earlier();
        let hashes = hashes_of(&current);
        // The changed item's status is no status: parsed, refused.
        let broken = earlier_text.replacen("\"status\": \"", "\"status\": \"x", 1);
        let spans = scan_earlier(broken.as_bytes(), 0, hashes.seed()).unwrap();
        assert!(spans.earlier(&kept(&broken, 0), 0, &hashes).is_none());
        assert!(read_earlier(broken.as_bytes(), 0, Some(&hashes)).is_none());
    }

    #[test]
    fn a_kept_copy_that_is_not_the_scanned_text_is_no_start() {
        let (current, earlier_text) = sample_and_earlier();
        let hashes = hashes_of(&current);
        let spans = scan_earlier(earlier_text.as_bytes(), 0, hashes.seed()).unwrap();
        // The copy cut short: the changed item cannot be read there.
        let short = &earlier_text[..40];
        assert!(spans.earlier(&kept(short, 0), 0, &hashes).is_none());
    }

    #[test]
    fn a_kept_copy_whose_changed_item_is_not_the_scanned_text_is_no_start() {
        let (current, earlier_text) = sample_and_earlier();
        let hashes = hashes_of(&current);
        let spans = scan_earlier(earlier_text.as_bytes(), 0, hashes.seed()).unwrap();
        // The changed item (the first) as valid JSON still, another title.
        let damaged = earlier_text.replacen("(draft)", "(DRAFT)", 1);
        assert_ne!(damaged, earlier_text);
        assert!(spans.earlier(&kept(&damaged, 0), 0, &hashes).is_none());
    }

    #[test]
    fn a_large_start_read_and_compared_on_two_threads_says_each_change_in_order() {
        use crate::ledger::{Status, item_change};
        let earlier = crate::synthetic::ledger(5000, crate::synthetic::demo_today());
        let mut current = earlier.clone();
        for i in current.items.iter_mut().step_by(7) {
            i.status = match i.status {
                Status::Open => Status::Blocked,
                _ => Status::Open,
            };
        }
        let gone = current.items.remove(4321);
        let text = canonical_json(&earlier);
        let hashes = hashes_of(&current);
        let spans = scan_earlier(text.as_bytes(), 0, hashes.seed()).unwrap();
        let scanned = spans.earlier(&kept(&text, 3), 3, &hashes).unwrap();
        let read = read_earlier(text.as_bytes(), 0, Some(&hashes)).unwrap();
        assert_eq!((&scanned.read, &scanned.same), (&read.read, &read.same));
        // Item by item, in the current order, the removed one last.
        let old = |id: &str| earlier.items.iter().find(|i| i.id == id);
        let mut want: Vec<_> = (current.items.iter())
            .filter_map(|n| item_change(old(&n.id), Some(n)))
            .collect();
        want.extend(item_change(Some(&gone), None));
        assert_eq!(want.len(), 5000 / 7 + 1 + 1);
        assert_eq!(scanned.diff(&current).unwrap().items, want);
    }

    #[test]
    fn what_is_not_a_ledger_is_not_scanned() {
        let seed = 7;
        assert!(scan_earlier(&b"{\"items\": [{\"id\": "[..], 0, seed).is_none());
        assert!(scan_earlier(&b"[1, 2]"[..], 0, seed).is_none());
        assert!(scan_earlier(&b"\xff\xfe"[..], 0, seed).is_none());
    }
}
