//! Reading a large ledger on two threads, for the commands that only read
//! it (`list`, `show`, …; `check` told its form as each half is read,
//! `form.rs`) and, with its fingerprint taken on a third, for the
//! dashboard: the file is cut between two items near its middle, and each
//! half is read in pieces (`pieces.rs`) at once.
//!
//! The cut is found without reading the file whole: JSON text holds no raw
//! newline inside a string, so in the canonical text the bytes
//! `"\n    },\n    {\n"` end one element of a list of objects and start the
//! next. That it is the list of items is proved by reading: the first half
//! must read, from the file's start, as the ledger up to a whole item of
//! its items, and end exactly there; the second half then reads as the
//! rest of that list and of the ledger. The joined ledger is the one the
//! sequential read makes (the same text of the keys around the items, the
//! same items in order), validated as a whole (each item's rules of its
//! own as it is read).
//!
//! Anything else (a small file, one core, no cut, a half that does not
//! read so) answers `None`, and the caller reads the file as before, so a
//! bad ledger keeps its error naming file, line and cause.

use super::form::{BETWEEN, Form, Watch, form_of};
use super::item_bounds::{ITEM_END, room};
use super::model::{Item, Ledger};
use super::pieces::Pieces;
use super::print::{Fingerprints, Print};
use super::unchanged::hash_text;
use super::validate::{Items, keeps_own_rules, validate_with};
use crate::base::cores::{spawn_beside, two_cores};
use std::fs::File;
use std::io::Read;
use std::os::unix::fs::FileExt;

/// Files smaller than this are read on one thread: a second one would cost
/// more to start than it saves.
const TWO_HALVES_FROM: u64 = 1 << 19;

/// The end of one item and the start of the next in the canonical text.
const BETWEEN_ITEMS: &[u8] = b"\n    },\n    {\n";

/// How much each half reads at a time (given to [`Pieces::new`] as the
/// size, it reads in pieces of about that): a quarter of the sequential
/// read's, as two windows are held at once (peak memory).
const WINDOW: u64 = 1 << 16;

/// How far past the middle a cut is looked for.
const LOOK_FOR_CUT: usize = 1 << 16;

/// The ledger in `file`, read on two threads; `None` when it is small, the
/// machine has one core, or it does not read so (see the module's notes).
/// `limit` is the most the file may hold.
pub(super) fn read_in_halves(file: &File, limit: u64) -> Option<Ledger> {
    let (size, cut) = where_to_cut(file, limit)?;
    let plain = (&mut Plain, &mut Plain);
    read_cut_at(file, size, limit, cut, Fingerprints::Not, plain).map(|read| read.0)
}

/// True when a ledger file of `size` bytes is read in halves, on a machine
/// of two cores (when there is a place to cut it).
pub fn reads_in_halves(size: u64) -> bool {
    size >= TWO_HALVES_FROM && two_cores()
}

/// The size of `file` and where to cut it in halves; `None` when it is
/// small, the machine has one core, or there is no place to cut it.
fn where_to_cut(file: &File, limit: u64) -> Option<(u64, u64)> {
    let size = file.metadata().ok()?.len();
    if !reads_in_halves(size) || size > limit {
        return None;
    }
    Some((size, find_cut(file, size)?))
}

/// [`read_in_halves`], and whether the file holds the canonical text of
/// its ledger, each half's reader telling the form of what it reads (`form.rs`).
pub(super) fn read_in_halves_with_form(file: &File, limit: u64) -> Option<(Ledger, Form)> {
    let (size, cut) = where_to_cut(file, limit)?;
    let [mut a, mut b] = [Watch::new(), Watch::new()];
    let (ledger, _) = read_cut_at(file, size, limit, cut, Fingerprints::Not, (&mut a, &mut b))?;
    let form = form_of(file, size, &ledger, cut, &[a, b]);
    Some((ledger, form))
}

/// What each half's reader does with the items of its half as it reads them.
trait HalfTexts {
    /// True when told of the bytes between two items ([`HalfTexts::between`]).
    const ASKS_BETWEEN: bool = false;
    /// An item read, its whole text, and where that starts among the
    /// half's bytes.
    fn item(&mut self, item: &Item, raw: &str, at: u64);
    /// Whether the bytes between an item and the next are [`BETWEEN`].
    fn between(&mut self, _form: Form) {}
    /// The text before the items (`{…,"items":`), once the first half reaches them.
    fn head(&mut self, _head: &str) {}
}

/// Items read, nothing else done.
struct Plain;

impl HalfTexts for Plain {
    fn item(&mut self, _: &Item, _: &str, _: u64) {}
}

impl HalfTexts for Watch {
    const ASKS_BETWEEN: bool = true;
    fn item(&mut self, item: &Item, raw: &str, at: u64) {
        Watch::item(self, item, raw, at);
    }
    fn between(&mut self, form: Form) {
        Watch::between(self, form);
    }
}

/// Each item's text hashed as it is read (in the items' order), the text
/// before the items told to `head`.
struct Hashed<F> {
    seed: u64,
    hashes: Vec<u128>,
    head: Option<F>,
}

impl<F: FnOnce(&str)> HalfTexts for Hashed<F> {
    fn item(&mut self, _: &Item, raw: &str, _: u64) {
        self.hashes.push(hash_text(raw.as_bytes(), self.seed));
    }
    fn head(&mut self, head: &str) {
        if let Some(tell) = self.head.take() {
            tell(head);
        }
    }
}

/// [`read_in_halves`], each item's text hashed under `seed` as it is read
/// (the hashes in the items' order, as `unchanged.rs` hashes them), the
/// text before the items told to `head` as soon as the first half reaches
/// them (on this thread).
pub(super) fn read_in_halves_hashing(
    file: &File,
    limit: u64,
    seed: u64,
    head: impl FnOnce(&str),
) -> Option<(Ledger, Vec<u128>)> {
    let (size, cut) = where_to_cut(file, limit)?;
    let mut first = Hashed {
        seed,
        hashes: Vec::with_capacity(room(cut)),
        head: Some(head),
    };
    let mut second = Hashed::<fn(&str)> {
        seed,
        hashes: Vec::with_capacity(room(size - cut)),
        head: None,
    };
    let plain = Fingerprints::Not;
    let (ledger, _) = read_cut_at(file, size, limit, cut, plain, (&mut first, &mut second))?;
    first.hashes.append(&mut second.hashes);
    Some((ledger, first.hashes))
}

/// [`read_in_halves`], and the length and XXH3-64 hash of the file (its
/// fingerprint, as [`super::Store::load`] takes it), taken on a third
/// thread. The read is used only when the bytes hashed are those parsed:
/// each half's reader hashes what it reads, and the third thread hashes
/// each half as well as the whole; `None` when they differ (the file
/// changed while it was read), and as [`read_in_halves`] says.
pub(super) fn read_in_halves_hashed(file: &File, limit: u64) -> Option<(Ledger, Print)> {
    let (size, cut) = where_to_cut(file, limit)?;
    let (read, hashed) = std::thread::scope(|s| {
        let hashing = spawn_beside(s, "fingerprint", || hash_halves(file, cut, limit)).ok()?;
        let plain = (&mut Plain, &mut Plain);
        let read = read_cut_at(file, size, limit, cut, Fingerprints::Taken, plain);
        Some((read, hashing.join().ok()?))
    })?;
    let (ledger, halves) = read?;
    let (len, hash, whole_halves) = hashed?;
    (Some(whole_halves) == halves).then_some((ledger, (len, hash)))
}

/// The length and XXH3-64 hash of `file`, and those of its bytes before and
/// after `cut`; `None` past `limit` bytes.
fn hash_halves(file: &File, cut: u64, limit: u64) -> Option<(u64, u64, [Print; 2])> {
    use xxhash_rust::xxh3::Xxh3;
    let (mut whole, mut halves) = (Xxh3::new(), [Xxh3::new(), Xxh3::new()]);
    // A file grown past the limit meanwhile is read no further.
    let mut r = At::new(file, 0, limit.saturating_add(1));
    let mut chunk = vec![0; 1 << 18];
    let mut len = 0u64;
    loop {
        let n = match r.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return None,
        };
        let bytes = &chunk[..n];
        whole.update(bytes);
        let before = usize::try_from(cut.saturating_sub(len)).map_or(n, |b| b.min(n));
        halves[0].update(&bytes[..before]);
        halves[1].update(&bytes[before..]);
        len += n as u64;
    }
    if len > limit {
        return None;
    }
    let first = cut.min(len);
    let parts = [
        (first, halves[0].digest()),
        (len - first, halves[1].digest()),
    ];
    Some((len, whole.digest(), parts))
}

/// The ledger in `file` (`size` bytes), its halves read on two threads: the
/// first up to `cut`, the second from there, each half's items told to its
/// reader's `texts` as they are read.
/// With [`Fingerprints::Taken`], also the length and hash of each half as
/// its reader read it.
fn read_cut_at<A: HalfTexts, B: HalfTexts + Send>(
    file: &File,
    size: u64,
    limit: u64,
    cut: u64,
    taken: Fingerprints,
    (first_texts, second_texts): (&mut A, &mut B),
) -> Option<(Ledger, Option<[Print; 2]>)> {
    let pieces = |r, limit| Pieces::new(r, limit, WINDOW, taken);
    let (first, second) = std::thread::scope(|s| {
        let second = spawn_beside(s, "second half", || {
            let mut p = pieces(At::new(file, cut, u64::MAX), limit - cut);
            let read = second_half(&mut p, size.saturating_sub(cut), second_texts);
            read.map(|read| (read, p.fingerprint()))
        })
        .ok()?;
        let mut p = pieces(At::new(file, 0, cut), cut);
        let first = first_half(&mut p, size, first_texts).map(|read| (read, p.fingerprint()));
        Some((first, second.join().ok()?))
    })?;
    let ((mut skeleton, mut items), first_print) = first?;
    let ((rest, more), second_print) = second?;
    skeleton.push_str(&rest);
    items.extend(more);
    let mut ledger: Ledger = serde_json::from_str(&skeleton).ok()?;
    ledger.items = items;
    validate_with(&ledger, Items::KeepOwnRules).ok()?;
    let prints = first_print.zip(second_print).map(|(a, b)| [a, b]);
    Some((ledger, prints))
}

/// The ledger of `file` (`size` bytes) read in halves cut at `cut`, and
/// the form its halves' readers told.
#[cfg(test)]
pub(super) fn form_cut_at(file: &File, size: u64, cut: u64) -> Option<(Ledger, Form)> {
    let [mut a, mut b] = [Watch::new(), Watch::new()];
    let (ledger, _) = read_cut_at(
        file,
        size,
        u64::MAX,
        cut,
        Fingerprints::Not,
        (&mut a, &mut b),
    )?;
    let form = form_of(file, size, &ledger, cut, &[a, b]);
    Some((ledger, form))
}

/// Where the file may be cut (just after an item's closing brace): the
/// first [`BETWEEN_ITEMS`] from the middle on.
fn find_cut(file: &File, size: u64) -> Option<u64> {
    let middle = size / 2;
    let mut window = vec![0; LOOK_FOR_CUT];
    let mut r = At::new(file, middle, size);
    let mut n = 0;
    while n < window.len() {
        match r.read(&mut window[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
    }
    let at = memchr::memmem::find(&window[..n], BETWEEN_ITEMS)?;
    Some(middle + (at + ITEM_END.len()) as u64)
}

/// The first half: the ledger from its `{` through the items that end
/// where the half ends. Answers the text of the keys before the items
/// (`{"format":…,"items":[]`) and those items.
fn first_half<R: Read>(
    p: &mut Pieces<R>,
    size: u64,
    texts: &mut impl HalfTexts,
) -> Option<(String, Vec<Item>)> {
    p.take(b'{')?;
    let mut skeleton = String::from("{");
    loop {
        let key = p.key(&mut skeleton)?;
        if key == "items" && p.take(b'[').is_some() {
            texts.head(&skeleton);
            skeleton.push_str("[]");
            // Room for all the items: the second half's join them here.
            let mut items = Vec::with_capacity(room(size));
            loop {
                items.push(told_item(p, texts)?);
                // The half ends just after an item's closing brace.
                let after = between_items(p, texts);
                if p.at_end() {
                    return Some((skeleton, items));
                }
                texts.between(after);
                p.take(b',')?;
            }
        }
        p.copy_value(&mut skeleton)?;
        p.take(b',')?;
        skeleton.push(',');
    }
}

/// The second half: from the `,` before an item, the rest of the items and
/// of the ledger. Answers the text of the keys after the items (`,"x":1}`
/// or `}`) and those items.
fn second_half<R: Read>(
    p: &mut Pieces<R>,
    size: u64,
    texts: &mut impl HalfTexts,
) -> Option<(String, Vec<Item>)> {
    let mut items = Vec::with_capacity(room(size));
    // The half starts just after an item's closing brace.
    let mut after = between_items(p, texts);
    loop {
        texts.between(after);
        p.take(b',')?;
        items.push(told_item(p, texts)?);
        // Looked at before `take` steps over any whitespace.
        after = between_items(p, texts);
        if p.take(b']').is_some() {
            break;
        }
    }
    let mut rest = String::new();
    while p.take(b'}').is_none() {
        p.take(b',')?;
        rest.push(',');
        p.key(&mut rest)?;
        p.copy_value(&mut rest)?;
    }
    rest.push('}');
    p.at_end().then_some((rest, items))
}

/// The item at the cursor, told to `texts` as it is read; `None` when it
/// breaks a rule of its own ([`keeps_own_rules`]: checked here, while it is
/// fresh in the cache, rather than by one thread once the ledger is whole).
fn told_item<R: Read>(p: &mut Pieces<R>, texts: &mut impl HalfTexts) -> Option<Item> {
    let item = p.item_placed(|item, raw, at| texts.item(item, raw, at))?;
    keeps_own_rules(&item).then_some(item)
}

/// Whether the bytes at the cursor are [`BETWEEN`] two items, when `texts`
/// asks (the cursor stays).
fn between_items<R: Read, T: HalfTexts>(p: &mut Pieces<R>, _: &T) -> Form {
    if T::ASKS_BETWEEN {
        Form::of(p.follows(BETWEEN))
    } else {
        Form::Canonical
    }
}

/// Reads `file` from `at` up to `end`, by position (each half its own).
struct At<'a> {
    file: &'a File,
    at: u64,
    end: u64,
}

impl<'a> At<'a> {
    fn new(file: &'a File, at: u64, end: u64) -> Self {
        At { file, at, end }
    }
}

impl Read for At<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let left = self.end.saturating_sub(self.at);
        let n = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
        if n == 0 {
            return Ok(0);
        }
        let k = self.file.read_at(&mut buf[..n], self.at)?;
        self.at += k as u64;
        Ok(k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::items_text::tests::hostile;
    use crate::ledger::{Fingerprint, Store, canonical_json, parse_ledger};
    use crate::synthetic::{demo_today, ledger, translated_ledger};
    use std::io::Write;

    /// The ledger in `f` read in halves cut at `cut`.
    fn cut_read(f: &File, size: u64, limit: u64, cut: u64) -> Option<Ledger> {
        let plain = (&mut Plain, &mut Plain);
        read_cut_at(f, size, limit, cut, Fingerprints::Not, plain).map(|read| read.0)
    }

    /// `text` in a file of its own.
    fn file_of(text: &str) -> File {
        let mut f = tempfile::tempfile().unwrap();
        f.write_all(text.as_bytes()).unwrap();
        f
    }

    /// Every place `text` could be cut (each byte after a `}` or before a
    /// `,`, and one in 37 elsewhere) reads as `text` read whole, or not at
    /// all; the places between two items of the items read. Answers how
    /// many places read.
    fn every_cut_reads_as_whole(text: &str) -> usize {
        let whole = parse_ledger(text.as_bytes()).expect("a valid ledger");
        let f = file_of(text);
        let size = text.len() as u64;
        let bytes = text.as_bytes();
        let mut read = 0;
        for cut in 0..=bytes.len() {
            let near = |b| bytes.get(cut) == Some(&b) || cut > 0 && bytes[cut - 1] == b;
            if !(near(b'}') || near(b',') || cut % 37 == 0) {
                continue;
            }
            if let Some(got) = cut_read(&f, size, u64::MAX, cut as u64) {
                assert_eq!(got, whole, "cut at {cut}");
                read += 1;
            }
        }
        for (k, at) in memchr::memmem::find_iter(bytes, BETWEEN_ITEMS).enumerate() {
            let cut = (at + ITEM_END.len()) as u64;
            let inside_items = text[..at].contains("\"items\": [");
            let got = cut_read(&f, size, u64::MAX, cut);
            assert_eq!(got.is_some(), inside_items, "separator {k} at {at}");
        }
        read
    }

    #[test]
    fn a_ledger_read_in_halves_is_the_ledger_read_whole() {
        let mut l = translated_ledger(12, demo_today());
        assert!(every_cut_reads_as_whole(&canonical_json(&l)) >= 11);
        // Escapes, control characters, big numbers and nesting in unknown
        // fields; a text that looks like the cut, escaped, in a title.
        l.items = hostile(6);
        l.items[2].title = "a\n    },\n    {\n b".into();
        l.items[3].notes = translated_ledger(3, demo_today()).items[0].notes.clone();
        let text = canonical_json(&l);
        assert!(text.contains(r#"a\n    },\n    {\n b"#));
        assert!(every_cut_reads_as_whole(&text) >= 5);
        // Not canonical: other spacing, the items first, keys after them.
        let compact =
            serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&text).unwrap())
                .unwrap();
        assert!(every_cut_reads_as_whole(&compact) >= 5);
        let first = r#"{"items": [{"id": "A-1", "title": "t", "status": "open"}, {"id": "A-2", "title": "u", "status": "done"}], "format": "followup/1", "x_n": 1e999}"#;
        assert_eq!(every_cut_reads_as_whole(first), 1);
    }

    #[test]
    fn what_the_sequential_read_refuses_is_refused_across_the_cut() {
        let good = r#"{"format": "followup/1", "items": [{"id": "A-1", "title": "t", "status": "open"}, {"id": "A-2", "title": "t", "status": "done"}]}"#;
        let cut = good.find("}, {").unwrap() as u64 + 1;
        let read = |text: &str| cut_read(&file_of(text), text.len() as u64, u64::MAX, cut);
        assert!(read(good).is_some());
        let bad = [
            good.replace("A-2", "A-1"),
            good.replace("]}", "], \"items\": []}"),
            good.replace("]}", "]} x"),
            good.replace("]}", "],}"),
            good.replace("\"done\"", "\"finished\""),
            good[..good.len() - 1].to_owned(),
        ];
        for text in &bad {
            assert_eq!(parse_ledger(text.as_bytes()).ok(), None, "{text}");
            assert_eq!(read(text), None, "{text}");
        }
        assert_eq!(
            cut_read(&file_of(good), good.len() as u64, 10, cut),
            None,
            "over the limit"
        );
    }

    #[test]
    fn the_cut_is_between_two_items_past_the_middle() {
        let text = canonical_json(&ledger(40, demo_today()));
        let f = file_of(&text);
        let cut = find_cut(&f, text.len() as u64).expect("a cut") as usize;
        assert!(cut >= text.len() / 2);
        assert!(text[..cut].ends_with("\n    }") && text[cut..].starts_with(",\n    {\n"));
        let compact = text.replace('\n', "");
        assert_eq!(find_cut(&file_of(&compact), compact.len() as u64), None);
    }

    #[test]
    fn a_large_file_loads_in_halves_fingerprinted_as_its_bytes() {
        let l = ledger(1200, demo_today());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger.json");
        let text = canonical_json(&l);
        std::fs::write(&path, &text).unwrap();
        let store = Store::new(&path);
        let loaded = store.load().unwrap();
        assert_eq!(loaded.ledger, l);
        assert_eq!(loaded.fingerprint, Fingerprint::of(text.as_bytes()));
        // What each half's reader hashed is what the third thread hashed of
        // it; a byte changed in either half (the file changed between the
        // reads) tells them apart.
        let f = file_of(&text);
        let size = text.len() as u64;
        let cut = find_cut(&f, size).unwrap();
        let plain = (&mut Plain, &mut Plain);
        let (_, read) = read_cut_at(&f, size, u64::MAX, cut, Fingerprints::Taken, plain).unwrap();
        let (len, _, hashed) = hash_halves(&f, cut, u64::MAX).unwrap();
        assert_eq!((read, len), (Some(hashed), size));
        // A file past the limit (grown while it was read) is hashed no further.
        assert!(hash_halves(&f, cut, size).is_some());
        assert!(hash_halves(&f, cut, size - 1).is_none());
        for at in [text.find("S-0001").unwrap(), text.rfind("S-").unwrap()] {
            let changed = format!("{}T{}", &text[..at], &text[at + 1..]);
            let (_, _, other) = hash_halves(&file_of(&changed), cut, u64::MAX).unwrap();
            assert_ne!(Some(other), read, "a byte changed at {at}");
        }
        // An error is named as the whole read names it: file, line, cause.
        let bad = text.replace("\"open\"", "\"opened\"");
        std::fs::write(&path, &bad).unwrap();
        let whole = parse_ledger(bad.as_bytes()).unwrap_err();
        let named = crate::ledger::markers::load_error(&path, bad.as_bytes(), whole);
        let said = format!("{:?}", store.load().unwrap_err());
        assert_eq!(said, format!("{named:?}"));
        assert!(said.contains("line"), "{said}");
    }

    #[test]
    fn a_large_file_is_read_in_halves_and_a_bad_one_as_before() {
        let l = ledger(1200, demo_today());
        let text = canonical_json(&l);
        assert!(text.len() as u64 >= TWO_HALVES_FROM);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger.json");
        std::fs::write(&path, &text).unwrap();
        let got = read_in_halves(&File::open(&path).unwrap(), u64::MAX);
        assert_eq!(got.is_some(), two_cores());
        assert_eq!(got.map_or(l.clone(), |got| got), l);
        let store = Store::new(&path);
        assert_eq!(store.read_ledger().unwrap(), l);
        // An error in the second half is named as the whole read names it.
        let at = text.rfind("\"status\": \"").unwrap();
        let bad = format!("{}\"status\": \"finished{}", &text[..at], &text[at + 11..]);
        std::fs::write(&path, &bad).unwrap();
        let read = format!("{:?}", store.read_ledger().unwrap_err());
        assert_eq!(read, format!("{:?}", store.load().unwrap_err()));
        assert!(read.contains("line"), "{read}");
    }
}
