//! The ledger texts of periods' starts, kept between reports: the first
//! report of a period reads the ledger at its start from git (inflated,
//! piped) and keeps a copy here as it scans it; the next report of that
//! period reads the copy, git stopped once it has named the text (the first
//! line of its batch), nothing inflated waited for. A copy is
//! named by git's name for the text, its blob's (the same name for the
//! same bytes, whatever the commit, the path or the repository). It holds
//! git's text, then the scan's findings: where each item lies in it, the
//! hash of each item's text under the folder's secret seed
//! (`start_seed.rs`) and the ledger without its items. The next report
//! reads only the findings, and the text of the items changed since, each
//! checked against its hash as it is read. A first line gives the text's
//! length, a tag of the seed, and the length and XXH3-64 hash of the
//! findings, checked as the copy is opened: a copy that is not what that
//! line says is removed and read from git again; one from which the items
//! changed since do not read (not what they hashed to) is removed, and the
//! report reads git's text whole. A copy is kept only once it reads as a
//! valid ledger, and the [`KEPT`] copies used last are kept.
//! A folder that is a link, is not the user's own or is writable by
//! others, or cannot be written, keeps nothing: the text is then copied to
//! a nameless file, which the items not left out are read from, and gone
//! once read.

use super::earlier_spans::{EarlierSpans, Span, scan_earlier};
use super::files::MAX_LEDGER_BYTES;
use super::start_seed::{folder_seed, seed_tag};
use super::unchanged::{Earlier, ItemHashes, new_seed};
use crate::base::object_id::is_object_id;
use crate::base::process::user;
use std::fs::File;
use std::io::{Read, Write};
use std::os::unix::fs::{DirBuilderExt, FileExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};
use xxhash_rust::xxh3::xxh3_64;

/// How many copies are kept.
const KEPT: usize = 8;

/// How old a copy left half-written (its report stopped) is before it is removed.
const ABANDONED_AFTER: Duration = Duration::from_secs(3600);

/// The start of a copy's first line (its version: change it with what
/// follows the text or with the scan's findings); then the length of its
/// text (20 digits) and the tag of the seed its items are hashed under
/// (`start_seed::seed_tag`, 16 hex digits), the length and XXH3-64 hash of what
/// follows the text, spaced, and a line break.
const MAGIC: &[u8] = b"followup-start 2 ";
/// The length of a copy's first line.
const HEADER_LEN: u64 = MAGIC.len() as u64 + 2 * (20 + 1 + 16 + 1);
/// The bytes that say where an item lies and what its text hashes to (its
/// start, 4; its length, 4; its hash, 16).
const PLACE: usize = 24;
/// The folder the copies are kept in, if any.
#[derive(Debug, Clone)]
pub struct StartCache {
    dir: Option<PathBuf>,
    /// The seed, once asked ([`StartCache::seed`]).
    seed: Option<u64>,
}

/// A copy kept by [`StartCache`], opened ([`StartCache::open`]), not yet read.
pub struct KeptCopy {
    file: File,
    /// The folder it was opened in, and its name there.
    dir: PathBuf,
    blob: String,
}

impl KeptCopy {
    /// The copy's findings, its items hashed under `seed` (the folder's);
    /// `None` when it is not what its first line says, or its items are
    /// hashed under another seed (it is then removed). A copy read is
    /// marked used.
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
    /// kept (and the folder pruned). A copy kept that does not read so now
    /// is removed (the items changed since are not what they hashed to, or
    /// do not read as the ledger's): the next report keeps one anew.
    pub fn earlier(self, hashes: &ItemHashes) -> Option<Earlier> {
        let KeptStart { spans, copy, keep } = self;
        let Some(earlier) = spans.earlier(&copy, HEADER_LEN, hashes) else {
            if let Some((dir, name, None)) = keep {
                let _ = std::fs::remove_file(dir.join(name));
            }
            return None;
        };
        if let Some((dir, name, new)) = keep {
            // Not kept is no loss: the copy served this report all the same.
            if new.is_none_or(|temp| temp.persist(dir.join(&name)).is_ok()) {
                keep_newest(&dir);
            }
        }
        Some(earlier)
    }
}

/// What a copy's first line says: its text's length, its seed's tag, and
/// the length and hash of what follows.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Header {
    text: u64,
    seed_tag: u64,
    rest: (u64, u64),
}

impl Header {
    fn bytes(&self) -> Vec<u8> {
        let mut h = MAGIC.to_vec();
        let [a, b, c, d] = [self.text, self.seed_tag, self.rest.0, self.rest.1];
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
            text: len(a)?,
            seed_tag: hash(b)?,
            rest: (len(c)?, hash(d)?),
        })
    }
}

/// What follows a copy's text: how many items, where each lies and its
/// hash, and the text of the ledger without them.
fn rest_bytes(spans: &EarlierSpans) -> Vec<u8> {
    let mut rest = Vec::with_capacity(8 + PLACE * spans.spans.len() + spans.skeleton_text.len());
    rest.extend_from_slice(&(spans.spans.len() as u64).to_le_bytes());
    for s in &spans.spans {
        rest.extend_from_slice(&s.at.to_le_bytes());
        rest.extend_from_slice(&s.len.to_le_bytes());
        rest.extend_from_slice(&s.hash[0].to_le_bytes());
        rest.extend_from_slice(&s.hash[1].to_le_bytes());
    }
    rest.extend_from_slice(spans.skeleton_text.as_bytes());
    rest
}

/// Where each item lies in a text of `len` bytes (in order, apart, within
/// it) and its hash, and the ledger's text without them, from what follows
/// a copy's text.
fn read_rest(rest: &[u8], len: u64) -> Option<(Vec<Span>, String)> {
    let count = usize::try_from(u64::from_le_bytes(rest.get(..8)?.try_into().ok()?)).ok()?;
    let places = rest.get(8..)?.get(..count.checked_mul(PLACE)?)?;
    let mut spans = Vec::with_capacity(count);
    let mut end = 0;
    for place in places.chunks_exact(PLACE) {
        let word = |k: usize| place[k..k + 8].try_into().map(u64::from_le_bytes);
        let span = Span {
            at: u32::from_le_bytes(place[..4].try_into().ok()?),
            len: u32::from_le_bytes(place[4..8].try_into().ok()?),
            hash: [word(8).ok()?, word(16).ok()?],
        };
        if u64::from(span.at) < end || span.end() > len {
            return None;
        }
        end = span.end();
        spans.push(span);
    }
    let skeleton = rest.get(8 + places.len()..)?;
    Some((spans, String::from_utf8(skeleton.to_vec()).ok()?))
}

/// The findings of the copy in `file`, checked against its first line and
/// `seed` (the folder's); its text is not read.
fn read_copy(file: &File, seed: u64) -> Option<EarlierSpans> {
    let meta = file.metadata().ok()?;
    if !meta.is_file() {
        return None;
    }
    let mut line = [0; HEADER_LEN as usize];
    file.read_exact_at(&mut line, 0).ok()?;
    let Header {
        text,
        seed_tag: tag,
        rest,
    } = Header::read(&line)?;
    // No more than a ledger and what a scan of one finds (an item takes
    // two bytes or more: 24 bytes a place), before anything is read.
    if tag != seed_tag(seed) || text > MAX_LEDGER_BYTES || rest.0 > 8 + 13 * text {
        return None;
    }
    let whole = HEADER_LEN.checked_add(text)?.checked_add(rest.0)?;
    if meta.len() != whole {
        return None;
    }
    let mut after = vec![0; usize::try_from(rest.0).ok()?];
    file.read_exact_at(&mut after, HEADER_LEN + text).ok()?;
    if xxh3_64(&after) != rest.1 {
        return None;
    }
    let (spans, skeleton) = read_rest(&after, text)?;
    drop(after);
    EarlierSpans::new(skeleton, spans)
}

/// How a copy's name starts while it is written.
const TEMP_PREFIX: &str = ".copy-";

/// Whether `name` is a copy's while it is written.
fn is_temp_name(name: &str) -> bool {
    (name.strip_prefix(TEMP_PREFIX))
        .is_some_and(|rest| rest.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Reads `r`, writing what it reads to `copy` (`copied` bytes so far);
/// `failed` once a write did.
struct Tee<'a, R> {
    r: R,
    copy: &'a File,
    copied: u64,
    failed: bool,
}

impl<R: Read> Read for Tee<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.r.read(buf)?;
        if !self.failed && (&*self.copy).write_all(&buf[..n]).is_err() {
            self.failed = true;
        }
        self.copied += n as u64;
        Ok(n)
    }
}

impl StartCache {
    /// Copies kept in the `starts` folder of the cache folder `cache` (the
    /// user's: [`crate::config::cache_dir`]); with none, nothing is kept.
    pub fn in_cache(cache: Option<PathBuf>) -> Self {
        StartCache {
            dir: cache.map(|c| c.join("starts")),
            seed: None,
        }
    }

    /// The secret the copies' items are hashed under, kept in the folder
    /// (`start_seed.rs`; the folder made when missing). When the folder
    /// cannot keep it, nothing is kept or read from then on, and the seed is
    /// one drawn for this cache; the same seed every time it is asked.
    pub fn seed(&mut self) -> u64 {
        if let Some(seed) = self.seed {
            return seed;
        }
        let kept = self
            .made_dir()
            .and_then(|dir| folder_seed(dir, || self.temp()));
        let seed = kept.unwrap_or_else(|| {
            self.dir = None;
            new_seed()
        });
        self.seed = Some(seed);
        seed
    }

    /// The folder, when it is one (not a link to one), the user's own and
    /// written by no one else.
    fn dir(&self) -> Option<&Path> {
        use std::os::unix::fs::MetadataExt;
        let dir = self.dir.as_deref()?;
        std::fs::symlink_metadata(dir)
            .is_ok_and(|m| m.is_dir() && m.uid() == user() && m.mode() & 0o022 == 0)
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
    /// `size` bytes) scanned, its items hashed under `seed` (the folder's,
    /// [`StartCache::seed`]), while it is
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
            copied: 0,
            failed: false,
        };
        let scanned = scan_earlier(&mut tee, size, seed);
        let (text, failed) = (tee.copied, tee.failed);
        let spans = scanned.filter(|_| !failed && whole(old))?;
        let rest = rest_bytes(&spans);
        copy.write_all_at(&rest, HEADER_LEN + text).ok()?;
        let rest = (rest.len() as u64, xxh3_64(&rest));
        let header = Header {
            text,
            seed_tag: seed_tag(seed),
            rest,
        };
        copy.write_all_at(&header.bytes(), 0).ok()?;
        let keep = named.and_then(|(temp, name)| Some((self.dir()?.to_owned(), name, Some(temp))));
        Some(KeptStart { spans, copy, keep })
    }

    /// The folder ([`StartCache::dir`]), made for this user alone when missing.
    fn made_dir(&self) -> Option<&Path> {
        if self.dir().is_none() {
            let made = std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(self.dir.as_ref()?);
            made.ok()?;
        }
        self.dir()
    }

    /// A new file in the folder (made when missing); `None` when the folder
    /// is a link or cannot be written.
    fn temp(&self) -> Option<tempfile::NamedTempFile> {
        tempfile::Builder::new()
            .prefix(TEMP_PREFIX)
            .tempfile_in(self.made_dir()?)
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
            text: 37_000_000,
            seed_tag: 0xfeed_0000_beef,
            rest: (1_200_000, u64::MAX),
        };
        let line = h.bytes();
        assert_eq!(line.len() as u64, HEADER_LEN);
        assert_eq!(Header::read(&line), Some(h));
        assert_eq!(Header::read(b"followup-start 2 12 ab 1 cd\n"), None);
        // The first version's line: its items were not hashed in the copy.
        let mut first = line.clone();
        first[MAGIC.len() - 2] = b'1';
        assert_eq!(Header::read(&first), None);
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
                r.extend_from_slice(&[at.to_le_bytes(), len.to_le_bytes()].repeat(2).concat());
            }
            r.extend_from_slice(b"{}");
            r
        };
        let (spans, skeleton) = read_rest(&rest(&[(2, 3), (6, 4)]), 10).unwrap();
        assert_eq!((spans.len(), skeleton.as_str()), (2, "{}"));
        let hash = |at: u64, len: u64| [at | len << 32; 2];
        assert_eq!((spans[0].hash, spans[1].hash), (hash(2, 3), hash(6, 4)));
        assert!(read_rest(&rest(&[(2, 5), (6, 4)]), 10).is_none());
        assert!(read_rest(&rest(&[(2, 3), (8, 4)]), 10).is_none());
        assert!(read_rest(&rest(&[(u32::MAX, 4)]), 10).is_none());
        let mut short = rest(&[(2, 3)]);
        short.truncate(28);
        assert!(read_rest(&short, 10).is_none());
        let mut many = rest(&[(2, 3)]);
        many[..8].copy_from_slice(&u64::MAX.to_le_bytes());
        assert!(read_rest(&many, 10).is_none());
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

    /// A cache in a new folder, and the folder.
    fn new_cache() -> (StartCache, tempfile::TempDir) {
        let home = tempfile::tempdir().unwrap();
        (StartCache::in_cache(Some(home.path().join("cache"))), home)
    }

    #[test]
    fn the_folders_seed_is_the_one_kept_there_and_the_same_each_time() {
        let (mut cache, home) = new_cache();
        let seed = cache.seed();
        assert_eq!(cache.seed(), seed);
        let path = cache.dir().unwrap().join(super::super::start_seed::SEED);
        assert_eq!(
            std::fs::read_to_string(path).unwrap(),
            format!("{seed:016x}\n")
        );
        let mut again = StartCache::in_cache(Some(home.path().join("cache")));
        assert_eq!(again.seed(), seed, "kept");
    }

    #[test]
    fn a_folder_linked_elsewhere_keeps_no_seed_and_nothing_after() {
        let (_, home) = new_cache();
        let elsewhere = home.path().join("elsewhere");
        std::fs::create_dir_all(&elsewhere).unwrap();
        std::fs::create_dir_all(home.path().join("cache")).unwrap();
        std::os::unix::fs::symlink(&elsewhere, home.path().join("cache/starts")).unwrap();
        let mut cache = StartCache::in_cache(Some(home.path().join("cache")));
        let one = cache.seed();
        assert!(cache.dir.is_none(), "nothing kept or read from then on");
        assert_eq!(cache.seed(), one, "drawn once for the cache");
        let mut other = StartCache::in_cache(Some(home.path().join("cache")));
        assert_ne!(other.seed(), one, "not kept");
        assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0);
    }

    #[test]
    fn a_copy_reads_back_what_its_scan_found_under_its_seed_alone() {
        let text = crate::ledger::SAMPLE;
        let (mut cache, _home) = new_cache();
        let seed = cache.seed();
        let blob = "ab".repeat(20);
        let size = text.len() as u64;
        let kept = cache.scan_and_keep(&blob, (&mut text.as_bytes(), size, seed), |_| true);
        let kept = kept.unwrap();
        let want: Vec<(u32, u32, [u64; 2])> = (kept.spans.spans.iter())
            .map(|s| (s.at, s.len, s.hash))
            .collect();
        // Kept once it reads as a ledger (no item of it is current here).
        let hashes = ItemHashes::with_seed(0, seed);
        assert!(kept.earlier(&hashes).is_some());
        let copy = cache.dir().unwrap().join(&blob);
        let read = cache.open(&blob).unwrap().scan(seed).unwrap();
        let got: Vec<(u32, u32, [u64; 2])> = (read.spans.spans.iter())
            .map(|s| (s.at, s.len, s.hash))
            .collect();
        assert_eq!(got, want);
        assert!(!want.is_empty());
        // Its text is not read when opened: each item is checked when read.
        // One title changed there, the copy still reads as a ledger.
        let bytes = std::fs::read(&copy).unwrap();
        let find = |from, what: &[u8]| {
            from + (bytes[from..].windows(what.len()))
                .position(|w| w == what)
                .unwrap()
        };
        let at = find(find(0, b"\"items\": ["), b"\"title\": \"") + 10;
        let mut changed = bytes.clone();
        changed[at] = if bytes[at] == b'X' { b'Y' } else { b'X' };
        std::fs::write(&copy, &changed).unwrap();
        let opened = cache.open(&blob).unwrap().scan(seed).unwrap();
        assert!(
            opened.earlier(&hashes).is_none(),
            "an item is not the scanned one"
        );
        assert!(!copy.exists(), "removed");
        // Under another seed, removed unread.
        assert!(
            cache
                .scan_and_keep(&blob, (&mut text.as_bytes(), size, seed), |_| true)
                .and_then(|k| k.earlier(&hashes))
                .is_some()
        );
        assert!(cache.open(&blob).unwrap().scan(seed ^ 1).is_none());
        assert!(!copy.exists(), "removed");
    }
}
