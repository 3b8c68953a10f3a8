//! Reading a ledger file in pieces: each item is parsed from a window of
//! the file as it is read, and the rest of the ledger from a small text of
//! its own, so that a large file is never held whole beside its ledger
//! (peak memory about the ledger's, not the ledger's plus the file's).
//!
//! Only a valid ledger is read this way. On anything else this answers
//! `None`, and the caller reads the file whole with [`parse_ledger`], which
//! names what is wrong: errors are worded from the whole text, as before.
//!
//! [`parse_ledger`]: super::parse_ledger

use super::item_bounds::{ITEM_END, object_end, room, too_deep};
use super::model::{Item, Ledger};
use super::print::{Fingerprints, Print};
use super::validate::validate;
use memchr::memmem::Finder;
use serde::de::{DeserializeOwned, IgnoredAny};
use std::io::Read;
use std::ops::Range;
use std::sync::LazyLock;
use xxhash_rust::xxh3::Xxh3;

/// The search for [`ITEM_END`], made once: an earlier text's scan looks
/// for it at every item.
static ITEM_END_FINDER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(ITEM_END));

/// How much is read at a time (more when one value is larger).
const CHUNK: usize = 1 << 18;

/// A ledger read in pieces from `r`, every item parsed, with the length
/// and XXH3-64 hash of every byte read when `taken`; `None` when the text
/// is not a valid ledger, is longer than `limit`, or cannot be read this
/// way. `size` is the expected length.
pub(super) fn read_in_pieces<R: Read>(
    r: R,
    limit: u64,
    size: u64,
    taken: Fingerprints,
) -> Option<(Ledger, Option<Print>)> {
    read_in_pieces_with(r, limit, size, &mut EveryItem(taken))
}

/// What reading in pieces does with each item's text before parsing it:
/// skip it or not (a skipped item is neither parsed nor kept).
pub(super) trait ItemTexts {
    /// True when items are offered to [`ItemTexts::skip`] (their text is
    /// then found before it is parsed).
    const SKIPS: bool;
    /// Before parsing: true to leave out the item whose whole text is
    /// `raw`, which starts `at` bytes into what is read.
    fn skip(&mut self, raw: &str, at: u64) -> bool;
    /// True when items are first offered to [`ItemTexts::skip_known`] as
    /// the canonical text would end them (at the first [`ITEM_END`]),
    /// before their text is found by following its strings and braces.
    const GUESSES: bool = false;
    /// Before parsing, for a text guessed to be an item's, starting `at`
    /// bytes into what is read: true to leave the item out, only when
    /// `raw` is a text known whole (one that following strings and braces
    /// ended at its last byte: the item surely ends there too) or when the
    /// reader checks each text it left out afterwards, as a whole item's
    /// (`earlier_spans.rs`); false changes nothing, the item's text is then
    /// found and offered to [`ItemTexts::skip`].
    fn skip_known(&mut self, _raw: &str, _at: u64) -> bool {
        false
    }
    /// Where the items begin: the text read so far without them, from `{`
    /// through `"items":` (what precedes the items in the file).
    fn before_items(&mut self, _head: &str) {}
    /// After parsing: the whole text `raw` of the item just parsed.
    fn parsed(&mut self, _raw: &str) {}
    /// Whether the read takes the fingerprint of what it reads: only a
    /// ledger loaded to be saved again asks it ([`read_in_pieces`]).
    fn prints(&self) -> Fingerprints {
        Fingerprints::Not
    }
}

/// Every item parsed, the fingerprint taken or not.
struct EveryItem(Fingerprints);

impl ItemTexts for EveryItem {
    const SKIPS: bool = false;
    fn skip(&mut self, _: &str, _: u64) -> bool {
        false
    }
    fn prints(&self) -> Fingerprints {
        self.0
    }
}

/// [`read_in_pieces`], each item's text offered to `texts`: the ledger
/// holds the items not skipped, and is validated with those alone; its
/// fingerprint when `texts` takes it ([`ItemTexts::prints`]).
pub(super) fn read_in_pieces_with<R: Read, T: ItemTexts>(
    r: R,
    limit: u64,
    size: u64,
    texts: &mut T,
) -> Option<(Ledger, Option<Print>)> {
    let read = parse_in_pieces_with(r, limit, size, texts)?;
    validate(&read.0).ok()?;
    Some(read)
}

/// [`read_in_pieces_with`] but for validating: the ledger as parsed, which
/// the caller must validate.
pub(super) fn parse_in_pieces_with<R: Read, T: ItemTexts>(
    r: R,
    limit: u64,
    size: u64,
    texts: &mut T,
) -> Option<(Ledger, Option<Print>)> {
    let (skeleton, items, print) = text_in_pieces_with(r, limit, size, texts)?;
    let mut ledger: Ledger = serde_json::from_str(&skeleton).ok()?;
    ledger.items = items;
    Some((ledger, print))
}

/// [`parse_in_pieces_with`] but for parsing: the text of the ledger
/// without its items (`{…,"items":[],…}`, each other key and value as
/// written), the items, and the fingerprint when taken.
pub(super) fn text_in_pieces_with<R: Read, T: ItemTexts>(
    r: R,
    limit: u64,
    size: u64,
    texts: &mut T,
) -> Option<(String, Vec<Item>, Option<Print>)> {
    let mut p = Pieces::new(r, limit, size, texts.prints());
    let (skeleton, items) = top_level(&mut p, size, texts)?;
    if !p.at_end() {
        return None;
    }
    Some((skeleton, items, p.fingerprint()))
}

/// The top-level object: its items read one by one, every other key and
/// value copied as written into a text of its own with `"items": []`.
fn top_level<R: Read, T: ItemTexts>(
    p: &mut Pieces<R>,
    size: u64,
    texts: &mut T,
) -> Option<(String, Vec<Item>)> {
    p.take(b'{')?;
    let mut skeleton = String::from("{");
    let mut items = Vec::new();
    if p.peek()? == b'}' {
        p.at += 1;
        return Some((skeleton + "}", items));
    }
    loop {
        let key = p.key(&mut skeleton)?;
        if key == "items" && p.peek()? == b'[' {
            texts.before_items(&skeleton);
            p.at += 1;
            items = p.items(size, texts)?;
            skeleton.push_str("[]");
        } else {
            p.copy_value(&mut skeleton)?;
        }
        match p.peek()? {
            b',' => skeleton.push(','),
            b'}' => {
                p.at += 1;
                return Some((skeleton + "}", items));
            }
            _ => return None,
        }
        p.at += 1;
    }
}

/// The file as read so far: a window of UTF-8 text, and its fingerprint.
pub(super) struct Pieces<R> {
    r: R,
    /// The text read and not yet dropped.
    text: String,
    /// What is read into: first the bytes of a character cut by the end of
    /// the last read (`pending` of them).
    chunk: Vec<u8>,
    pending: usize,
    /// Where reading is in `text`.
    at: usize,
    /// How many bytes read were dropped from the front of `text`.
    dropped: u64,
    /// The whole file has been read.
    end: bool,
    /// Reading failed (not UTF-8, too long, an I/O error).
    broken: bool,
    /// The fingerprint of what was read, when taken.
    hasher: Option<Xxh3>,
    len: u64,
    limit: u64,
    /// How much to read at a time: [`CHUNK`], or less for a small file.
    step: usize,
    /// Whether items are guessed to end where the canonical text ends them
    /// ([`Pieces::skip_guessed`]): not again in the bytes read once a guess
    /// was wrong (the text is not canonical there), until more are read.
    guessing: Guessing,
}

/// Whether [`Pieces::skip_guessed`] guesses in the bytes read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Guessing {
    On,
    Off,
}

/// What came of guessing where an item ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Guess {
    /// The item was left out, known whole.
    Left,
    /// A text of this length, not one known whole.
    Unknown(usize),
    /// No guess.
    None,
}

impl<R: Read> Pieces<R> {
    /// Nothing read yet from `r`, which holds `size` bytes (0: unknown) and
    /// may hold at most `limit`; its fingerprint `taken` or not.
    pub(super) fn new(r: R, limit: u64, size: u64, taken: Fingerprints) -> Self {
        Pieces {
            r,
            text: String::new(),
            chunk: Vec::new(),
            pending: 0,
            at: 0,
            dropped: 0,
            end: false,
            broken: false,
            guessing: Guessing::On,
            hasher: (taken == Fingerprints::Taken).then(Xxh3::new),
            len: 0,
            limit,
            // A small file is read in one piece of its size: no larger piece
            // is zeroed for it (the empty-ledger floor).
            step: match size {
                0 => CHUNK,
                n => (n as usize).saturating_add(1).clamp(1 << 12, CHUNK),
            },
        }
    }

    /// The length and XXH3-64 hash of what was read, when taken.
    pub(super) fn fingerprint(&self) -> Option<Print> {
        Some((self.len, self.hasher.as_ref()?.digest()))
    }

    /// True when everything was read, and nothing but whitespace is left.
    pub(super) fn at_end(&mut self) -> bool {
        self.peek().is_none() && !self.broken
    }

    /// A member's key at the cursor, through its `:`, copied into `skeleton`.
    pub(super) fn key(&mut self, skeleton: &mut String) -> Option<String> {
        let (key, _) = self.value::<String>()?;
        self.take(b':')?;
        skeleton.push_str(&serde_json::to_string(&key).ok()?);
        skeleton.push(':');
        Some(key)
    }

    /// The value at the cursor, copied as written into `skeleton`.
    pub(super) fn copy_value(&mut self, skeleton: &mut String) -> Option<()> {
        let (_, raw) = self.value::<IgnoredAny>()?;
        skeleton.push_str(&self.text[raw]);
        Some(())
    }

    /// The item at the cursor, its whole text handed to `seen` once it is read.
    fn item_seen(&mut self, seen: impl FnOnce(&str)) -> Option<Item> {
        self.item_placed(|_, raw, _| seen(raw))
    }

    /// The item at the cursor, handed to `seen` once it is read with its
    /// whole text and where that starts among the bytes read; `None` when
    /// there is none, or it nests too deep to be read here.
    pub(super) fn item_placed(&mut self, seen: impl FnOnce(&Item, &str, u64)) -> Option<Item> {
        let (item, range) = self.value::<Item>()?;
        let raw = &self.text[range.clone()];
        if too_deep(raw.as_bytes()) {
            return None;
        }
        seen(&item, raw, self.placed(range.start));
        Some(item)
    }

    /// Where byte `at` of the text held starts among the bytes read.
    fn placed(&self, at: usize) -> u64 {
        self.dropped + at as u64
    }

    /// True when `bytes` come next as written (no whitespace skipped),
    /// reading more as needed; the cursor stays.
    pub(super) fn follows(&mut self, bytes: &[u8]) -> bool {
        while self.text.len() - self.at < bytes.len() {
            if !self.more() {
                return false;
            }
        }
        self.text.as_bytes()[self.at..].starts_with(bytes)
    }

    /// Reads more, dropping what was parsed; false at the end of the file
    /// or when reading failed.
    fn more(&mut self) -> bool {
        if self.end || self.broken {
            return false;
        }
        self.text.drain(..self.at);
        self.dropped += self.at as u64;
        self.at = 0;
        self.guessing = Guessing::On;
        // The chunk keeps its size (zeroed once); `pending` bytes first.
        let old = self.pending;
        let size = old + self.step.max(self.text.len());
        if self.chunk.len() < size {
            self.chunk.resize(size, 0);
        }
        // Fill the chunk: a value cut by a short read is parsed again.
        let mut n = 0;
        while old + n < size {
            match self.r.read(&mut self.chunk[old + n..size]) {
                Ok(0) => break,
                Ok(k) => n += k,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => return self.fail(),
            }
        }
        let chunk = &self.chunk[..old + n];
        if let Some(h) = &mut self.hasher {
            h.update(&chunk[old..]);
        }
        self.len += n as u64;
        if n == 0 {
            self.end = true;
            return if chunk.is_empty() { false } else { self.fail() };
        }
        if self.len > self.limit {
            return self.fail();
        }
        let valid = match std::str::from_utf8(chunk) {
            Ok(whole) => whole,
            // A character cut by the end of the chunk waits for the next.
            Err(e) if e.error_len().is_none() => {
                std::str::from_utf8(&chunk[..e.valid_up_to()]).expect("valid up to there")
            }
            Err(_) => return self.fail(),
        };
        self.text.push_str(valid);
        let cut = valid.len();
        self.chunk.copy_within(cut..old + n, 0);
        self.pending = old + n - cut;
        true
    }

    fn fail(&mut self) -> bool {
        self.broken = true;
        false
    }

    /// The next byte that is not JSON whitespace, reading more as needed;
    /// `None` at the end of the file.
    pub(super) fn peek(&mut self) -> Option<u8> {
        loop {
            let rest = &self.text.as_bytes()[self.at..];
            match rest
                .iter()
                .position(|b| !matches!(b, b' ' | b'\n' | b'\r' | b'\t'))
            {
                Some(i) => {
                    self.at += i;
                    return Some(rest[i]);
                }
                None => {
                    self.at = self.text.len();
                    if !self.more() {
                        return None;
                    }
                }
            }
        }
    }

    /// Steps over `byte`, after whitespace.
    pub(super) fn take(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.at += 1)
    }

    /// One JSON value at the cursor and where its text is in `self.text`
    /// (until the next read), reading more while the window ends inside it.
    fn value<T: DeserializeOwned>(&mut self) -> Option<(T, Range<usize>)> {
        self.peek()?;
        loop {
            let window = &self.text[self.at..];
            let mut values = serde_json::Deserializer::from_str(window).into_iter::<T>();
            match values.next()? {
                // A number may go on past the window: only a value followed
                // by something, or at the end of the file, is whole.
                Ok(v) if values.byte_offset() < window.len() || self.end => {
                    let start = self.at;
                    self.at += values.byte_offset();
                    return Some((v, start..self.at));
                }
                Err(e) if !e.is_eof() || self.end => return None,
                _ => {}
            }
            if !self.more() && self.broken {
                return None;
            }
        }
    }

    /// Where the object at the cursor ends, in `self.text` (until the next
    /// read); `None` when no object starts there or the file ends inside it.
    /// Only strings and braces are followed: the text is checked by whoever
    /// reads it (or matched against a text already checked).
    fn object_text(&mut self) -> Option<Range<usize>> {
        if self.peek()? != b'{' {
            return None;
        }
        loop {
            if let Some(n) = object_end(&self.text.as_bytes()[self.at..]) {
                return Some(self.at..self.at + n);
            }
            if !self.more() {
                return None;
            }
        }
    }

    /// Leaves out the item at the cursor when `texts` knows its text whole
    /// as the canonical text would end it: up to the first [`ITEM_END`]
    /// (found among the bytes read, far faster than following the item's
    /// strings). In canonical text an item ends there; in any other, the
    /// guess is taken only when it is a text known whole, which following
    /// strings and braces ends at its last byte. No guess is made in bytes
    /// without an [`ITEM_END`] after the cursor, nor after a wrong one.
    fn skip_guessed<T: ItemTexts>(&mut self, texts: &mut T) -> Guess {
        if self.guessing == Guessing::Off || self.peek() != Some(b'{') {
            return Guess::None;
        }
        let rest = &self.text.as_bytes()[self.at..];
        let Some(end) = ITEM_END_FINDER.find(rest).map(|at| at + ITEM_END.len()) else {
            self.guessing = Guessing::Off;
            return Guess::None;
        };
        if !texts.skip_known(&self.text[self.at..self.at + end], self.placed(self.at)) {
            return Guess::Unknown(end);
        }
        self.at += end;
        Guess::Left
    }

    /// The elements of the items list, after its `[`, through its `]`.
    fn items<T: ItemTexts>(&mut self, size: u64, texts: &mut T) -> Option<Vec<Item>> {
        let mut items = Vec::with_capacity(room(size));
        if self.peek()? == b']' {
            self.at += 1;
            return Some(items);
        }
        loop {
            let guess = if T::GUESSES {
                self.skip_guessed(texts)
            } else {
                Guess::None
            };
            if guess != Guess::Left {
                let raw = if T::SKIPS { self.object_text() } else { None };
                if let (Guess::Unknown(len), Some(raw)) = (guess, &raw)
                    && raw.len() != len
                {
                    // Guessed wrong: not the canonical text here.
                    self.guessing = Guessing::Off;
                }
                match raw {
                    Some(raw) if texts.skip(&self.text[raw.clone()], self.placed(raw.start)) => {
                        self.at = raw.end
                    }
                    _ => items.push(self.item_seen(|raw| texts.parsed(raw))?),
                }
            }
            match self.peek()? {
                b',' => self.at += 1,
                b']' => {
                    self.at += 1;
                    return Some(items);
                }
                _ => return None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::{SAMPLE, canonical_json, parse_ledger};

    /// Reads `text` in pieces through a reader that hands out `step` bytes at a time.
    fn pieces(text: &str, step: usize) -> Option<Ledger> {
        struct Drip<'a>(&'a [u8], usize);
        impl Read for Drip<'_> {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                let n = self.0.len().min(self.1).min(buf.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let size = text.len() as u64;
        let (l, print) = read_in_pieces(
            Drip(text.as_bytes(), step),
            u64::MAX,
            size,
            Fingerprints::Taken,
        )?;
        let (len, hash) = print?;
        assert_eq!(len, text.len() as u64);
        assert_eq!(hash, xxhash_rust::xxh3::xxh3_64(text.as_bytes()));
        Some(l)
    }

    #[test]
    fn a_ledger_read_in_pieces_is_the_ledger_read_whole() {
        let whole = parse_ledger(SAMPLE.as_bytes()).unwrap();
        for step in [1, 7, 4096, usize::MAX] {
            assert_eq!(pieces(SAMPLE, step).as_ref(), Some(&whole), "step {step}");
        }
        let synthetic = crate::synthetic::translated_ledger(50, crate::synthetic::demo_today());
        let text = canonical_json(&synthetic);
        assert_eq!(pieces(&text, 3).as_ref(), Some(&synthetic));
        // Keys in another order, escapes, no whitespace, numbers at a cut.
        let text = r#"{"x_n":12345,"items":[{"id":"A-1","title":"\u00e9t\"e","status":"open","x":[1.50,{"k":-0}]}],"format":"followup/1"}"#;
        assert_eq!(pieces(text, 1), parse_ledger(text.as_bytes()).ok());
        assert!(pieces(text, 1).is_some());
    }

    #[test]
    fn what_the_whole_read_refuses_is_left_to_it() {
        let good =
            r#"{"format": "followup/1", "items": [{"id": "A-1", "title": "t", "status": "open"}]}"#;
        assert!(pieces(good, 5).is_some());
        let bad = [
            good.replace("]}", ",]}"),
            good.replace("}]", "} {}]"),
            good.replace("\"open\"", "\"finished\""),
            good.replace("\"items\"", "\"items\": [], \"items\""),
            format!("{good} x"),
            format!("\u{feff}{good}"),
            good[..good.len() - 2].to_owned(),
            good.replace("\"t\"", "\"\\q\""),
            good.replace("A-1", "A-1\"}, {\"id\": \"A-1"),
        ];
        for text in &bad {
            assert_eq!(pieces(text, 3), None, "{text}");
        }
        let mut not_utf8 = good.as_bytes().to_vec();
        not_utf8[40] = 0xff;
        assert!(read_in_pieces(&not_utf8[..], u64::MAX, 0, Fingerprints::Taken).is_none());
        assert!(
            read_in_pieces(good.as_bytes(), 10, 0, Fingerprints::Taken).is_none(),
            "over the limit"
        );
        // Nested deeper than an item may be here (the whole read counts from the top).
        let deep = "[".repeat(120) + "1" + &"]".repeat(120);
        let deep = good.replace("\"open\"}", &format!("\"open\", \"x\": {deep}}}"));
        assert!(parse_ledger(deep.as_bytes()).is_ok());
        assert_eq!(pieces(&deep, 3), None);
    }
}
