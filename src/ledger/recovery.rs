//! Unsaved edits kept when the dashboard stops without the user quitting:
//! written atomically beside the ledger, or in the user's state directory
//! when the ledger's directory is full or read-only, and found again there
//! by `followup recover`.
//!
//! Each keeping is two files with the same stamp: the edited ledger
//! (`…recovered-STAMP.json`) and the ledger it was based on
//! (`…base-STAMP.json`), so that a three-way merge can take the edits in.
//! Beside the ledger they are `.NAME.recovered-STAMP.json`; in the state
//! directory `recovery/NAME-HASH.recovered-STAMP.json`, where HASH names the
//! ledger's full path.
//!
//! A recovery file is trusted only when it is the user's own: each keeping
//! leaves a record in the user's private state directory
//! (`kept/HASH.record`: the file, the user, the machine, the
//! session, and a hash of both files' bytes). A file by that name that came
//! another way (committed by the other capital and brought in by git, written
//! by another user or machine, or changed since) has no matching record and
//! is never offered for merging ([`find`]); [`refused`] lists such files.

use crate::base::process::user;
use crate::ledger::{Ledger, ParseError, canonical_json, parse_ledger};
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// Where one ledger's recovery files go in one directory.
#[derive(Debug, Clone, PartialEq, Eq)]
struct KeptAt {
    dir: PathBuf,
    /// The start of the names: `.NAME.` beside the ledger, `NAME-HASH.` in the state dir.
    stem: String,
}

impl KeptAt {
    fn recovered(&self, stamp: &str) -> PathBuf {
        self.dir
            .join(format!("{}recovered-{stamp}.json", self.stem))
    }

    fn base(&self, stamp: &str) -> PathBuf {
        self.dir.join(format!("{}base-{stamp}.json", self.stem))
    }
}

/// The ledger's file name (`ledger.json` when it has none).
fn file_name(ledger: &Path) -> String {
    ledger
        .file_name()
        .map_or("ledger.json".into(), |n| n.to_string_lossy().into_owned())
}

/// Beside the ledger, in its own directory.
fn beside(ledger: &Path) -> KeptAt {
    let dir = ledger
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    KeptAt {
        dir: dir.to_owned(),
        stem: format!(".{}.", file_name(ledger)),
    }
}

/// In `state/recovery`, named after the ledger's full path.
fn in_state(ledger: &Path, state: &Path) -> KeptAt {
    let full = std::fs::canonicalize(ledger)
        .or_else(|_| std::path::absolute(ledger))
        .unwrap_or_else(|_| ledger.to_owned());
    let hash = xxhash_rust::xxh3::xxh3_64(full.as_os_str().as_encoded_bytes());
    KeptAt {
        dir: state.join("recovery"),
        stem: format!("{}-{hash:016x}.", file_name(ledger)),
    }
}

/// Where the unsaved edits were kept.
#[derive(Debug)]
pub struct Kept {
    /// The edited ledger.
    pub file: PathBuf,
    /// Why they are not beside the ledger, when they went to the state directory.
    pub not_beside: Option<io::Error>,
}

/// The unsaved edits could be kept nowhere.
#[derive(Debug)]
pub struct NotKept {
    pub beside: io::Error,
    /// `None` when there is no state directory.
    pub state: Option<io::Error>,
}

/// Keeps `edited` and the ledger it was `base`d on for the ledger at
/// `ledger`: beside it, else (when that fails: a full or read-only
/// directory) in `state`. Never touches the ledger itself, never replaces
/// or follows an existing file, and never leaves a partial file: each file
/// is written to a new temporary file, synced, then renamed into place.
pub fn keep(
    ledger: &Path,
    state: Option<&Path>,
    edited: &Ledger,
    base: &Ledger,
) -> Result<Kept, NotKept> {
    let (edited, base) = (canonical_json(edited), canonical_json(base));
    super::files::exclude_side_files(ledger);
    let beside_err = match keep_in(&beside(ledger), &edited, &base) {
        Ok(file) => {
            record(state, &file, &edited, &base);
            return Ok(Kept {
                file,
                not_beside: None,
            });
        }
        Err(e) => e,
    };
    let Some(state) = state else {
        return Err(NotKept {
            beside: beside_err,
            state: None,
        });
    };
    let place = in_state(ledger, state);
    let made = private_dir().create(&place.dir);
    match made.and_then(|()| keep_in(&place, &edited, &base)) {
        Ok(file) => {
            record(Some(state), &file, &edited, &base);
            Ok(Kept {
                file,
                not_beside: Some(beside_err),
            })
        }
        Err(e) => Err(NotKept {
            beside: beside_err,
            state: Some(e),
        }),
    }
}

/// Writes the base, then the edited ledger, under a stamp no file in
/// `place` uses yet. On failure, removes what it wrote.
fn keep_in(place: &KeptAt, edited: &str, base: &str) -> io::Result<PathBuf> {
    let now = chrono::Local::now().format("%Y%m%d-%H%M%S").to_string();
    let taken = |s: &str| {
        place.recovered(s).symlink_metadata().is_ok() || place.base(s).symlink_metadata().is_ok()
    };
    let stamp = std::iter::once(now.clone())
        .chain((2..1000).map(|n| format!("{now}-{n}")))
        .find(|s| !taken(s))
        .ok_or_else(|| io::Error::from(io::ErrorKind::AlreadyExists))?;
    let (file, base_file) = (place.recovered(&stamp), place.base(&stamp));
    write_new(&base_file, base.as_bytes())?;
    if let Err(e) = write_new(&file, edited.as_bytes()) {
        let _ = std::fs::remove_file(&base_file);
        return Err(e);
    }
    File::open(&place.dir)?.sync_all()?;
    Ok(file)
}

/// Writes `bytes` to a new temporary file beside `path` (created
/// exclusively, never through a symlink, readable by the user only), syncs
/// it and renames it to `path`. The temporary file is removed on failure.
fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let tmp = path.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
    let mut f = no_follow().write(true).create_new(true).open(&tmp)?;
    let written = f
        .write_all(bytes)
        .and_then(|()| f.sync_all())
        .and_then(|()| std::fs::rename(&tmp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// Options that never open through a symlink and create files readable
/// by the user only.
fn no_follow() -> OpenOptions {
    let mut o = OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600)
            .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC);
    }
    o
}

/// Creates a directory (and its parents) that only the user may enter.
fn private_dir() -> std::fs::DirBuilder {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b
}

/// One keeping of unsaved edits found on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecoveryFile {
    /// The edited ledger.
    pub file: PathBuf,
    /// What it was based on, when that file is there.
    pub base: Option<PathBuf>,
    /// When it was kept: `YYYYMMDD-HHMMSS`, maybe with `-N`.
    pub stamp: String,
}

/// True for `YYYYMMDD-HHMMSS` or `YYYYMMDD-HHMMSS-N`: the only stamps
/// [`keep`] writes, so a name found on disk is never shown or used unless
/// it is one of ours.
fn is_stamp(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: &[u8]| !r.is_empty() && r.iter().all(u8::is_ascii_digit);
    b.len() >= 15
        && digits(&b[..8])
        && b[8] == b'-'
        && digits(&b[9..15])
        && (b.len() == 15 || (b[15] == b'-' && b.len() <= 20 && digits(&b[16..])))
}

/// The recovery files of the ledger at `ledger`, beside it and in `state`,
/// oldest first: only regular files (not symlinks) with names [`keep`]
/// writes, that this user kept on this machine (a record in `state` names
/// them and their bytes).
pub fn find(ledger: &Path, state: Option<&Path>) -> Vec<RecoveryFile> {
    candidates(ledger, state)
        .into_iter()
        .filter(|f| state.is_some_and(|s| is_own(s, f)))
        .collect()
}

/// The files that look like recovery files of `ledger` but are not this
/// user's own (see [`find`]): never merged.
pub fn refused(ledger: &Path, state: Option<&Path>) -> Vec<RecoveryFile> {
    candidates(ledger, state)
        .into_iter()
        .filter(|f| !state.is_some_and(|s| is_own(s, f)))
        .collect()
}

/// Every file named as [`keep`] names them, trusted or not.
fn candidates(ledger: &Path, state: Option<&Path>) -> Vec<RecoveryFile> {
    let mut places = vec![beside(ledger)];
    places.extend(state.map(|s| in_state(ledger, s)));
    let mut found: Vec<RecoveryFile> = places
        .iter()
        .flat_map(|place| {
            let prefix = format!("{}recovered-", place.stem);
            std::fs::read_dir(&place.dir)
                .into_iter()
                .flatten()
                .filter_map(Result::ok)
                .filter_map(move |e| {
                    let name = e.file_name().into_string().ok()?;
                    let stamp = name.strip_prefix(&prefix)?.strip_suffix(".json")?;
                    let regular = |p: &Path| p.symlink_metadata().is_ok_and(|m| m.is_file());
                    (is_stamp(stamp) && regular(&e.path())).then(|| {
                        let base = place.base(stamp);
                        RecoveryFile {
                            file: e.path(),
                            base: regular(&base).then_some(base),
                            stamp: stamp.to_owned(),
                        }
                    })
                })
        })
        .collect();
    found.sort_by(|a, b| a.stamp.cmp(&b.stamp));
    found
}

/// Who keeps unsaved edits: this user, on this machine, in this session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keeper {
    /// The user's id ([`user`]); their name is not trusted (`$USER` is anyone's to set).
    pub user: String,
    pub host: String,
    /// Random, drawn once per process.
    pub session: String,
}

/// The keeper of this process.
pub fn keeper() -> Keeper {
    static SESSION: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let session = SESSION.get_or_init(|| {
        let mut bytes = [0u8; 16];
        let random = File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes));
        if random.is_err() {
            let seed = format!("{:?}{}", std::time::SystemTime::now(), std::process::id());
            bytes = xxhash_rust::xxh3::xxh3_128(seed.as_bytes()).to_le_bytes();
        }
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    });
    Keeper {
        user: user().to_string(),
        host: super::lock::hostname(),
        session: session.clone(),
    }
}

/// The record of the keeping whose edited ledger is `file`, in `state`.
fn record_path(state: &Path, file: &Path) -> PathBuf {
    let full = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_owned());
    let hash = xxhash_rust::xxh3::xxh3_64(full.as_os_str().as_encoded_bytes());
    state.join("kept").join(format!("{hash:016x}.record"))
}

fn digest(bytes: &[u8]) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(bytes))
}

/// The record's text: one `key=value` a line.
fn record_text(k: &Keeper, file: &Path, edited: &[u8], base: &[u8]) -> String {
    let full = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_owned());
    format!(
        "file={}\nuser={}\nhost={}\nsession={}\nedited={}\nbase={}\n",
        full.display(),
        k.user,
        k.host,
        k.session,
        digest(edited),
        digest(base)
    )
}

/// Records in `state` that this keeper kept `file` (best effort: without
/// the record the files stay on disk but are not offered for merging).
fn record(state: Option<&Path>, file: &Path, edited: &str, base: &str) {
    let Some(state) = state else { return };
    let path = record_path(state, file);
    let text = record_text(&keeper(), file, edited.as_bytes(), base.as_bytes());
    if let Some(dir) = path.parent()
        && private_dir().create(dir).is_ok()
    {
        let _ = std::fs::remove_file(&path);
        let _ = write_new(&path, text.as_bytes());
    }
}

/// Reads a file of at most `limit` bytes, never through a symlink.
fn read_small(path: &Path, limit: u64) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    let f = no_follow().read(true).open(path).ok()?;
    if !f.metadata().ok()?.is_file() {
        return None;
    }
    f.take(limit + 1).read_to_end(&mut bytes).ok()?;
    (bytes.len() as u64 <= limit).then_some(bytes)
}

/// True when `state` records that this user kept `f` on this machine, with
/// the bytes it has now.
fn is_own(state: &Path, f: &RecoveryFile) -> bool {
    let Some(text) = read_small(&record_path(state, &f.file), 4096) else {
        return false;
    };
    let text = String::from_utf8_lossy(&text);
    let get = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(key)?.strip_prefix('='))
            .unwrap_or_default()
            .to_owned()
    };
    let me = keeper();
    let limit = super::files::MAX_LEDGER_BYTES;
    let edited = read_small(&f.file, limit).map(|b| digest(&b));
    let base = f
        .base
        .as_deref()
        .and_then(|b| read_small(b, limit))
        .map(|b| digest(&b));
    let full = std::fs::canonicalize(&f.file).unwrap_or_else(|_| f.file.clone());
    get("file") == full.display().to_string()
        && get("user") == me.user
        && get("host") == me.host
        && !get("session").is_empty()
        && edited.as_deref() == Some(get("edited").as_str())
        && base.as_deref().is_none_or(|b| b == get("base"))
}

/// A recovery file could not be read.
#[derive(Debug)]
pub enum ReadError {
    Io { path: PathBuf, source: io::Error },
    Invalid { path: PathBuf, source: ParseError },
}

/// Reads a recovery file, never through a symlink.
pub fn read(path: &Path) -> Result<Ledger, ReadError> {
    let mut bytes = Vec::new();
    no_follow()
        .read(true)
        .open(path)
        .and_then(|mut f| f.read_to_end(&mut bytes))
        .map_err(|source| ReadError::Io {
            path: path.to_owned(),
            source,
        })?;
    parse_ledger(&bytes).map_err(|source| ReadError::Invalid {
        path: path.to_owned(),
        source,
    })
}

/// Removes a keeping once merged: the edited ledger first, so that a base
/// is never missing from edits still on disk; then its record, if any.
pub fn remove(found: &RecoveryFile, state: Option<&Path>) -> io::Result<()> {
    let record = state.map(|s| record_path(s, &found.file));
    std::fs::remove_file(&found.file)?;
    if let Some(r) = record {
        let _ = std::fs::remove_file(r);
    }
    if let Some(base) = &found.base {
        std::fs::remove_file(base)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Ledger {
        parse_ledger(crate::ledger::SAMPLE.as_bytes()).unwrap()
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn stamps_are_only_the_ones_we_write() {
        assert!(is_stamp("20261123-101500"));
        assert!(is_stamp("20261123-101500-2"));
        assert!(!is_stamp("20261123-10150"));
        assert!(!is_stamp("20261123-101500-"));
        assert!(!is_stamp("20261123-101500-x"));
        assert!(!is_stamp("20261123-101500\u{1b}[2J"));
        assert!(!is_stamp("../../etc/passwd"));
    }

    #[test]
    fn kept_beside_the_ledger_and_found_again_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let state = tempfile::tempdir().unwrap();
        let ledger = dir.path().join("ledger.json");
        let (base, mut edited) = (sample(), sample());
        edited.items[0].title.push_str(" (edited)");
        let first = keep(&ledger, Some(state.path()), &edited, &base).unwrap();
        let second = keep(&ledger, Some(state.path()), &edited, &base).unwrap();
        assert!(first.not_beside.is_none());
        assert_eq!(first.file.parent(), Some(dir.path()));
        assert_ne!(first.file, second.file, "never over an earlier keeping");
        let found = find(&ledger, Some(state.path()));
        assert_eq!(
            found.iter().map(|f| &f.file).collect::<Vec<_>>(),
            [&first.file, &second.file]
        );
        assert_eq!(read(&found[0].file).unwrap(), edited);
        assert_eq!(read(found[0].base.as_ref().unwrap()).unwrap(), base);
        assert_eq!(names(dir.path()).len(), 4, "no temporary file left");
        remove(&found[0], Some(state.path())).unwrap();
        assert_eq!(find(&ledger, Some(state.path())).len(), 1);
    }

    #[test]
    fn a_read_only_directory_sends_them_to_the_state_directory() {
        let dir = tempfile::tempdir().unwrap();
        let state = tempfile::tempdir().unwrap();
        // A directory that cannot be written to, even by root: a file stands in its place.
        let ledger = dir.path().join("not-a-dir").join("ledger.json");
        std::fs::write(dir.path().join("not-a-dir"), "").unwrap();
        let kept = keep(&ledger, Some(state.path()), &sample(), &sample()).unwrap();
        assert!(kept.not_beside.is_some());
        assert!(kept.file.starts_with(state.path().join("recovery")));
        assert_eq!(find(&ledger, Some(state.path()))[0].file, kept.file);
        // Another ledger of the same name elsewhere has recoveries of its own.
        let other = dir.path().join("ledger.json");
        assert!(find(&other, Some(state.path())).is_empty());
        let err = keep(&ledger, None, &sample(), &sample()).unwrap_err();
        assert!(err.state.is_none());
    }

    #[test]
    fn symlinks_and_foreign_names_are_not_recoveries() {
        let dir = tempfile::tempdir().unwrap();
        let ledger = dir.path().join("ledger.json");
        let secret = dir.path().join("secret");
        std::fs::write(&secret, "{}").unwrap();
        std::os::unix::fs::symlink(
            &secret,
            dir.path()
                .join(".ledger.json.recovered-20261123-101500.json"),
        )
        .unwrap();
        std::fs::write(dir.path().join(".ledger.json.recovered-x.json"), "{}").unwrap();
        assert!(find(&ledger, None).is_empty());
        let link = dir
            .path()
            .join(".ledger.json.recovered-20261123-101500.json");
        assert!(
            matches!(read(&link), Err(ReadError::Io { .. })),
            "not followed"
        );
    }

    /// A 64 KiB tmpfs filled up, unmounted when dropped; `None` (with a
    /// message) when it cannot be mounted (not root, or no `mount`).
    struct FullTmpfs(tempfile::TempDir);

    impl FullTmpfs {
        fn new() -> Option<FullTmpfs> {
            let dir = tempfile::tempdir().unwrap();
            let ok = std::process::Command::new("mount")
                .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
                .arg(dir.path())
                .stderr(std::process::Stdio::null())
                .status()
                .is_ok_and(|s| s.success());
            if !ok {
                eprintln!("skipped: cannot mount a tmpfs (needs root and mount)");
                return None;
            }
            let fill = vec![b'x'; 4096];
            let mut f = File::create(dir.path().join("fill")).unwrap();
            while f.write_all(&fill).is_ok() {}
            let _ = f.sync_all();
            Some(FullTmpfs(dir))
        }
    }

    impl Drop for FullTmpfs {
        fn drop(&mut self) {
            let _ = std::process::Command::new("umount")
                .arg(self.0.path())
                .status();
        }
    }

    #[test]
    fn a_full_directory_leaves_no_partial_file_and_keeps_them_elsewhere() {
        let Some(full) = FullTmpfs::new() else { return };
        let state = tempfile::tempdir().unwrap();
        let ledger = full.0.path().join("ledger.json");
        let mut edited = sample();
        edited.items[0].title.push_str(" (edited)");
        let kept = keep(&ledger, Some(state.path()), &edited, &sample()).unwrap();
        let why = kept.not_beside.expect("not beside the ledger");
        assert_eq!(why.raw_os_error(), Some(libc::ENOSPC), "{why}");
        assert_eq!(names(full.0.path()), ["fill"], "nothing partial left");
        assert_eq!(read(&kept.file).unwrap(), edited, "the whole ledger");
    }
}
