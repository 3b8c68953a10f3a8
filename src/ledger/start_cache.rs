//! The ledger texts of periods' starts, kept between reports: the first
//! report of a period reads the ledger at its start from git (inflated,
//! piped) and keeps a copy here as it scans it; the next report of that
//! period reads the copy, git stopped once it has named the text (the first
//! line of its batch), nothing inflated waited for. A copy is
//! named by git's name for the text, its blob's (the same name for the
//! same bytes, whatever the commit, the path or the repository). It holds
//! git's text, then where each item lies in it and the
//! ledger without its items (the scan's findings: the next report only
//! hashes each item's bytes), after a line giving the length and XXH3-64
//! hash of both, checked as the copy is read: a copy that is not what that
//! line says is removed and read from git again. A copy is kept only once
//! it reads as a valid ledger, and the [`KEPT`] copies used last are kept.
//! A folder that is a link, is not the user's own or is writable by
//! others, or cannot be written, keeps nothing: the text is then copied to
//! a nameless file, which the items not left out are read from, and gone
//! once read.

use super::earlier_spans::{EarlierSpans, Span, WINDOW, scan_earlier};
use super::files::MAX_LEDGER_BYTES;
use super::unchanged::{Earlier, ItemHashes, hash_text};
use crate::base::object_id::is_object_id;
use std::fs::File;
use std::io::{Read, Write};
use std::os::unix::fs::{DirBuilderExt, FileExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};
use xxhash_rust::xxh3::{Xxh3, xxh3_64};

/// How many copies are kept.
const KEPT: usize = 8;

/// How old a copy left half-written (its report stopped) is before it is removed.
const ABANDONED_AFTER: Duration = Duration::from_secs(3600);

/// The start of a copy's first line (its version: change it with what
/// follows the text or with the scan's findings); then the length of its
/// text (20 digits) and the text's XXH3-64 hash (16 hex digits), the
/// length and hash of what follows the text, spaced, and a line break.
const MAGIC: &[u8] = b"followup-start 1 ";
/// The length of a copy's first line.
const HEADER_LEN: u64 = MAGIC.len() as u64 + 2 * (20 + 1 + 16 + 1);
/// The bytes that say where an item lies (its start, 4; its length, 4).
const PLACE: usize = 8;

/// The folder the copies are kept in, if any.
#[derive(Debug, Clone)]
pub struct StartCache {
    dir: Option<PathBuf>,
}

/// A copy kept by [`StartCache`], opened ([`StartCache::open`]), not yet read.
pub struct KeptCopy {
    file: File,
    /// The folder it was opened in, and its name there.
    dir: PathBuf,
    blob: String,
}

impl KeptCopy {
    /// The copy's items hashed under `seed`; `None` when it is not what its
    /// first line says (it is then removed). A copy read is marked used.
    pub fn scan(self, seed: u64) -> Option<KeptStart> {
        let KeptCopy { file, dir, blob } = self;
        match read_copy(&file, seed) {
            Some(spans) => {
                // Kept the longer: the copies used last are.
                let _ = file.set_modified(SystemTime::now());
                let keep = Some((dir, blob, None));
                Some(KeptStart {
                    spans,
                    copy: file,
                    keep,
                })
            }
            None => {
                let _ = std::fs::remove_file(dir.join(&blob));
                None
            }
        }
    }
}

/// An earlier text scanned, and the copy its items are read from.
#[derive(Debug)]
pub struct KeptStart {
    spans: EarlierSpans,
    copy: File,
    /// The folder and the name the copy is kept under once it reads as a
    /// valid ledger, and the copy while it has no name there yet.
    keep: Option<(PathBuf, String, Option<tempfile::NamedTempFile>)>,
}

impl KeptStart {
    /// The earlier ledger given the current file's `hashes`, as
    /// [`EarlierSpans::earlier`] reads it; once it reads so, the copy is
    /// kept (and the folder pruned).
    pub fn earlier(self, hashes: &ItemHashes) -> Option<Earlier> {
        let KeptStart { spans, copy, keep } = self;
        let earlier = spans.earlier(&copy, HEADER_LEN, hashes)?;
        if let Some((dir, name, new)) = keep {
            // Not kept is no loss: the copy served this report all the same.
            if new.is_none_or(|temp| temp.persist(dir.join(&name)).is_ok()) {
                keep_newest(&dir);
            }
        }
        Some(earlier)
    }
}

/// What a copy's first line says: its text's length and hash, and the
/// length and hash of what follows.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Header {
    text: (u64, u64),
    rest: (u64, u64),
}

impl Header {
    fn bytes(&self) -> Vec<u8> {
        let mut h = MAGIC.to_vec();
        let [(a, b), (c, d)] = [self.text, self.rest];
        h.extend_from_slice(format!("{a:020} {b:016x} {c:020} {d:016x}\n").as_bytes());
        h
    }

    fn read(line: &[u8]) -> Option<Header> {
        let rest = std::str::from_utf8(line.strip_prefix(MAGIC)?).ok()?;
        let words: Vec<&str> = rest.strip_suffix('\n')?.split(' ').collect();
        let &[a, b, c, d] = words.as_slice() else {
            return None;
        };
        let len = |s: &str| {
            (s.len() == 20 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
        };
        let hash = |s: &str| {
            (s.len() == 16 && s.bytes().all(|b| b.is_ascii_hexdigit()))
                .then(|| u64::from_str_radix(s, 16).ok())?
        };
        Some(Header {
            text: (len(a)?, hash(b)?),
            rest: (len(c)?, hash(d)?),
        })
    }
}

/// What follows a copy's text: how many items, where each lies, and the
/// text of the ledger without them.
fn rest_bytes(spans: &EarlierSpans) -> Vec<u8> {
    let mut rest = Vec::with_capacity(8 + PLACE * spans.spans.len() + spans.skeleton_text.len());
    rest.extend_from_slice(&(spans.spans.len() as u64).to_le_bytes());
    for s in &spans.spans {
        rest.extend_from_slice(&s.at.to_le_bytes());
        rest.extend_from_slice(&s.len.to_le_bytes());
    }
    rest.extend_from_slice(spans.skeleton_text.as_bytes());
    rest
}

/// Where each item lies in a text of `len` bytes (in order, apart, within
/// it; hashes not yet taken), and the ledger's text without them, from
/// what follows a copy's text.
fn read_rest(rest: &[u8], len: u64) -> Option<(Vec<Span>, String)> {
    let count = usize::try_from(u64::from_le_bytes(rest.get(..8)?.try_into().ok()?)).ok()?;
    let places = rest.get(8..)?.get(..count.checked_mul(PLACE)?)?;
    let mut spans = Vec::with_capacity(count);
    let mut end = 0;
    for place in places.chunks_exact(PLACE) {
        let at = u32::from_le_bytes(place[..4].try_into().ok()?);
        let n = u32::from_le_bytes(place[4..].try_into().ok()?);
        let span = Span {
            at,
            len: n,
            hash: [0; 2],
        };
        if u64::from(at) < end || span.end() > len {
            return None;
        }
        end = span.end();
        spans.push(span);
    }
    let skeleton = rest.get(8 + places.len()..)?;
    Some((spans, String::from_utf8(skeleton.to_vec()).ok()?))
}

/// The items of `spans` hashed under `seed` from `file`'s text of `len`
/// bytes (from [`HEADER_LEN`] on), read `window` bytes at a time (more for
/// a longer item); `None` unless the whole text hashes to `hash`.
fn hash_spans(
    file: &File,
    (len, hash): (u64, u64),
    spans: &mut [Span],
    (seed, window): (u64, u64),
) -> Option<()> {
    let mut whole = Xxh3::new();
    let mut buf = Vec::new();
    let (mut pos, mut k) = (0, 0);
    while pos < len {
        // A window from `pos`, long enough for the next item whole.
        let need = spans.get(k).map_or(0, |s| s.end().saturating_sub(pos));
        let n = window.max(need).min(len - pos);
        buf.resize(n as usize, 0);
        file.read_exact_at(&mut buf, HEADER_LEN + pos).ok()?;
        let mut used = n;
        while let Some(s) = spans.get_mut(k) {
            let (from, to) = (u64::from(s.at) - pos, s.end() - pos);
            if to > n {
                // Cut by the window's end, or past it: the next window
                // starts with it, or with the bytes before it.
                used = from.min(n);
                break;
            }
            s.set_hash(hash_text(&buf[from as usize..to as usize], seed));
            k += 1;
        }
        whole.update(&buf[..used as usize]);
        pos += used;
    }
    (k == spans.len() && whole.digest() == hash).then_some(())
}

/// The copy in `file`, checked against its first line, its items hashed
/// under `seed`.
fn read_copy(file: &File, seed: u64) -> Option<EarlierSpans> {
    if !file.metadata().ok()?.is_file() {
        return None;
    }
    let mut line = [0; HEADER_LEN as usize];
    file.read_exact_at(&mut line, 0).ok()?;
    let Header { text, rest } = Header::read(&line)?;
    // No more than a ledger and what a scan of one finds (an item takes
    // two bytes or more: 8 bytes a place), before anything is read.
    if text.0 > MAX_LEDGER_BYTES || rest.0 > 8 + 5 * text.0 {
        return None;
    }
    let whole = HEADER_LEN.checked_add(text.0)?.checked_add(rest.0)?;
    if file.metadata().ok()?.len() != whole {
        return None;
    }
    let mut after = vec![0; usize::try_from(rest.0).ok()?];
    file.read_exact_at(&mut after, HEADER_LEN + text.0).ok()?;
    if xxh3_64(&after) != rest.1 {
        return None;
    }
    let (mut spans, skeleton) = read_rest(&after, text.0)?;
    drop(after);
    hash_spans(file, text, &mut spans, (seed, WINDOW))?;
    EarlierSpans::new(skeleton, spans)
}

/// How a copy's name starts while it is written.
const TEMP_PREFIX: &str = ".copy-";

/// Whether `name` is a copy's while it is written.
fn is_temp_name(name: &str) -> bool {
    (name.strip_prefix(TEMP_PREFIX))
        .is_some_and(|rest| rest.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Reads `r`, writing what it reads to `copy`; `failed` once a write did.
struct Tee<'a, R> {
    r: R,
    copy: &'a File,
    failed: bool,
}

impl<R: Read> Read for Tee<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.r.read(buf)?;
        if !self.failed && (&*self.copy).write_all(&buf[..n]).is_err() {
            self.failed = true;
        }
        Ok(n)
    }
}

impl StartCache {
    /// Copies kept in the `starts` folder of the cache folder `cache` (the
    /// user's: [`crate::config::cache_dir`]); with none, nothing is kept.
    pub fn in_cache(cache: Option<PathBuf>) -> Self {
        StartCache {
            dir: cache.map(|c| c.join("starts")),
        }
    }

    /// The folder, when it is one (not a link to one), the user's own and
    /// written by no one else.
    fn dir(&self) -> Option<&Path> {
        use std::os::unix::fs::MetadataExt;
        let dir = self.dir.as_deref()?;
        // SAFETY: geteuid(2) cannot fail and touches no memory.
        let me = unsafe { libc::geteuid() };
        std::fs::symlink_metadata(dir)
            .is_ok_and(|m| m.is_dir() && m.uid() == me && m.mode() & 0o022 == 0)
            .then_some(dir)
    }

    /// The copy kept of the text git names `blob`, opened, not yet read;
    /// `None` when none is kept. A link is not followed.
    pub fn open(&self, blob: &str) -> Option<KeptCopy> {
        if !is_object_id(blob) {
            return None;
        }
        let dir = self.dir()?.to_owned();
        let file = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
            .open(dir.join(blob))
            .ok()?;
        let blob = blob.to_owned();
        Some(KeptCopy { file, dir, blob })
    }

    /// The earlier text `old` (git's stream of the text it names `blob`,
    /// `size` bytes) scanned, its items hashed under `seed`, while it is
    /// copied here: the copy is kept once `whole` says the stream was read
    /// whole and the copy reads as a valid ledger ([`KeptStart::earlier`];
    /// never, when the name is not a blob's or this folder cannot be written).
    /// `None` when the text does not scan, or could not be copied.
    pub fn scan_and_keep<R: Read>(
        &self,
        blob: &str,
        (old, size, seed): (&mut R, u64, u64),
        whole: impl FnOnce(&mut R) -> bool,
    ) -> Option<KeptStart> {
        let named = is_object_id(blob)
            .then(|| Some((self.temp()?, blob.to_owned())))
            .flatten();
        let copy = match &named {
            Some((temp, _)) => temp.as_file().try_clone().ok()?,
            None => tempfile::tempfile().ok()?,
        };
        (&copy).write_all(&[b' '; HEADER_LEN as usize]).ok()?;
        let mut tee = Tee {
            r: &mut *old,
            copy: &copy,
            failed: false,
        };
        let scanned = scan_earlier(&mut tee, size, seed);
        let failed = tee.failed;
        let (spans, text) = scanned.filter(|_| !failed && whole(old))?;
        let rest = rest_bytes(&spans);
        copy.write_all_at(&rest, HEADER_LEN + text.0).ok()?;
        let rest = (rest.len() as u64, xxh3_64(&rest));
        copy.write_all_at(&Header { text, rest }.bytes(), 0).ok()?;
        let keep = named.and_then(|(temp, name)| Some((self.dir()?.to_owned(), name, Some(temp))));
        Some(KeptStart { spans, copy, keep })
    }

    /// A new file in the folder (made, for this user alone, when missing);
    /// `None` when the folder is a link or cannot be written.
    fn temp(&self) -> Option<tempfile::NamedTempFile> {
        let made = (self.dir.as_ref()).map(|dir| {
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
        });
        made?.ok()?;
        tempfile::Builder::new()
            .prefix(TEMP_PREFIX)
            .tempfile_in(self.dir()?)
            .ok()
    }
}

/// Removes all but the [`KEPT`] copies in `dir` used last, and copies left
/// half-written over [`ABANDONED_AFTER`] ago; nothing else there.
fn keep_newest(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut copies = Vec::new();
    for e in entries.flatten() {
        let Some(when) = e.metadata().ok().and_then(|m| m.modified().ok()) else {
            continue;
        };
        let name = e.file_name();
        let name = name.to_str().unwrap_or_default();
        if is_object_id(name) {
            copies.push((when, e.path()));
        } else if is_temp_name(name) && when.elapsed().is_ok_and(|age| age > ABANDONED_AFTER) {
            let _ = std::fs::remove_file(e.path());
        }
    }
    copies.sort_by_key(|c| std::cmp::Reverse(c.0));
    for (_, path) in copies.into_iter().skip(KEPT) {
        let _ = std::fs::remove_file(path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_first_line_reads_back_and_nothing_else_does() {
        let h = Header {
            text: (37_000_000, 0xfeed_0000_beef),
            rest: (1_200_000, u64::MAX),
        };
        let line = h.bytes();
        assert_eq!(line.len() as u64, HEADER_LEN);
        assert_eq!(Header::read(&line), Some(h));
        assert_eq!(Header::read(b"followup-start 1 12 ab 1 cd\n"), None);
        let mut other = line.clone();
        other[0] = b'F';
        assert_eq!(Header::read(&other), None);
    }

    #[test]
    fn places_that_overlap_or_pass_the_text_are_refused() {
        let rest = |places: &[(u32, u32)]| {
            let mut r = (places.len() as u64).to_le_bytes().to_vec();
            for (at, len) in places {
                r.extend_from_slice(&at.to_le_bytes());
                r.extend_from_slice(&len.to_le_bytes());
            }
            r.extend_from_slice(b"{}");
            r
        };
        let (spans, skeleton) = read_rest(&rest(&[(2, 3), (6, 4)]), 10).unwrap();
        assert_eq!((spans.len(), skeleton.as_str()), (2, "{}"));
        assert!(read_rest(&rest(&[(2, 5), (6, 4)]), 10).is_none());
        assert!(read_rest(&rest(&[(2, 3), (8, 4)]), 10).is_none());
        assert!(read_rest(&rest(&[(u32::MAX, 4)]), 10).is_none());
        let mut short = rest(&[(2, 3)]);
        short.truncate(12);
        assert!(read_rest(&short, 10).is_none());
        let mut many = rest(&[(2, 3)]);
        many[..8].copy_from_slice(&u64::MAX.to_le_bytes());
        assert!(read_rest(&many, 10).is_none());
        assert!(read_rest(&short, 10).is_none());
    }

    #[test]
    fn only_a_copys_own_temporary_names_are_temporary() {
        assert!(is_temp_name(".copy-Ab12xZ"));
        assert!(!is_temp_name(".hidden") && !is_temp_name(".copy-../x"));
    }

    #[test]
    fn only_the_copies_used_last_are_kept_and_nothing_but_copies_is_removed() {
        let dir = tempfile::tempdir().unwrap();
        let day = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1 << 30);
        let copy = |k: usize| format!("{k:040x}");
        for k in 0..KEPT + 3 {
            let f = File::create(dir.path().join(copy(k))).unwrap();
            f.set_modified(day + std::time::Duration::from_secs(60 * k as u64))
                .unwrap();
        }
        // Being written, abandoned, and no copy at all.
        File::create(dir.path().join(".copy-beingwritten")).unwrap();
        let abandoned = File::create(dir.path().join(".copy-abandoned")).unwrap();
        abandoned.set_modified(day).unwrap();
        let other = File::create(dir.path().join("userfile")).unwrap();
        other.set_modified(day).unwrap();
        keep_newest(dir.path());
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        let mut want = vec![".copy-beingwritten".to_owned(), "userfile".to_owned()];
        want.extend((3..KEPT + 3).map(copy));
        want.sort();
        assert_eq!(left, want);
    }

    #[test]
    fn a_copy_hashes_its_items_whatever_its_window_cuts() {
        let text = crate::ledger::SAMPLE;
        let seed = 11;
        let (scanned, (len, hash)) = scan_earlier(text.as_bytes(), 0, seed).unwrap();
        let mut copy = tempfile::tempfile().unwrap();
        copy.write_all(&[b'#'; HEADER_LEN as usize]).unwrap();
        copy.write_all(text.as_bytes()).unwrap();
        let want: Vec<[u64; 2]> = scanned.spans.iter().map(|s| s.hash).collect();
        let n = text.len() as u64;
        for window in [
            1,
            2,
            3,
            5,
            8,
            13,
            64,
            255,
            256,
            257,
            1000,
            4096,
            n - 1,
            n,
            n + 1,
        ] {
            let mut spans = scanned.spans.clone();
            spans.iter_mut().for_each(|s| s.hash = [0; 2]);
            let hashed = hash_spans(&copy, (len, hash), &mut spans, (seed, window));
            assert_eq!(hashed, Some(()), "window {window}");
            let got: Vec<[u64; 2]> = spans.iter().map(|s| s.hash).collect();
            assert_eq!(got, want, "window {window}");
            // One byte of the text changed: the copy is not that text.
            let at = HEADER_LEN + n / 2;
            copy.write_all_at(b"X", at).unwrap();
            let changed = hash_spans(&copy, (len, hash), &mut spans, (seed, window));
            assert_eq!(changed, None, "window {window}");
            copy.write_all_at(&text.as_bytes()[n as usize / 2..][..1], at)
                .unwrap();
        }
    }
}
