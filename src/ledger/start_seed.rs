//! The secret the copies of periods' starts hash their items under
//! (`start_cache.rs`), kept in their folder as `seed`: 16 hex digits and a
//! line break, in a file of the user's own that no one else may read. A
//! seed that is not so, or is [`SEED_AGE`] old, is drawn anew (XXH3 is no
//! keyed cryptography: a seed is not left for long to texts written to
//! meet it), and the copies hashed under the old one are then removed
//! unread, as a copy's first line holds its seed's tag ([`seed_tag`]).

use super::unchanged::new_seed;
use crate::base::process::user;
use std::io::{Read, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::Path;
use std::time::Duration;
use tempfile::NamedTempFile;
use xxhash_rust::xxh3::xxh3_64_with_seed;

/// The seed's name in the folder.
pub(super) const SEED: &str = "seed";

/// How old a seed is drawn anew.
const SEED_AGE: Duration = Duration::from_secs(30 * 24 * 60 * 60);

/// What tells a copy's seed, without telling it.
pub(super) fn seed_tag(seed: u64) -> u64 {
    xxh3_64_with_seed(b"followup-start seed", seed)
}

/// The seed kept in `dir` (the user's own folder, no link: its caller's
/// check), else one drawn and kept there, written first into a new file
/// there that `temp` makes; `None` when none can be kept.
pub(super) fn folder_seed(dir: &Path, temp: impl FnOnce() -> Option<NamedTempFile>) -> Option<u64> {
    let path = dir.join(SEED);
    if let Some(seed) = read_seed(&path) {
        return Some(seed);
    }
    let seed = new_seed();
    let mut file = temp()?;
    file.write_all(format!("{seed:016x}\n").as_bytes()).ok()?;
    match file.persist_noclobber(&path) {
        Ok(_) => Some(seed),
        // Kept meanwhile by another report: its seed is the folder's.
        Err(e) => read_seed(&path).or_else(|| {
            // Not a seed: replaced (an empty folder there, removed first).
            let _ = std::fs::remove_dir(&path);
            e.file.persist(&path).ok().map(|_| seed)
        }),
    }
}

/// The seed kept at `path`, if it is one: a file (not a link) of this
/// user's, that no one else may read or write, younger than [`SEED_AGE`].
fn read_seed(path: &Path) -> Option<u64> {
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
        .ok()?;
    let meta = file.metadata().ok()?;
    let young = (meta.modified().ok()?.elapsed()).is_ok_and(|age| age < SEED_AGE);
    if !meta.is_file() || meta.uid() != user() || meta.mode() & 0o077 != 0 || !young {
        return None;
    }
    let mut line = Vec::with_capacity(18);
    file.take(18).read_to_end(&mut line).ok()?;
    let hex = line.strip_suffix(b"\n")?;
    let lower = |b: &u8| b.is_ascii_digit() || (b'a'..=b'f').contains(b);
    if hex.len() != 16 || !hex.iter().all(lower) {
        return None;
    }
    u64::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;
    use std::time::SystemTime;

    /// The seed of `dir`, drawn or kept.
    fn seed_of(dir: &Path) -> u64 {
        folder_seed(dir, || NamedTempFile::new_in(dir).ok()).unwrap()
    }

    /// What the seed's file holds.
    fn kept(dir: &Path) -> String {
        std::fs::read_to_string(dir.join(SEED)).unwrap()
    }

    #[test]
    fn a_seed_is_drawn_once_for_this_user_alone_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let seed = seed_of(dir.path());
        let meta = std::fs::metadata(dir.path().join(SEED)).unwrap();
        assert_eq!(meta.permissions().mode() & 0o777, 0o600);
        assert_eq!(kept(dir.path()), format!("{seed:016x}\n"));
        assert_eq!(seed_of(dir.path()), seed);
        assert_ne!(seed_tag(seed), seed_tag(seed ^ 1));
    }

    #[test]
    fn a_seed_that_is_no_seed_shared_or_old_is_drawn_anew() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(SEED);
        let shared = |mode| std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode));
        let old = SystemTime::now() - SEED_AGE - Duration::from_secs(60);
        let spoil: [&dyn Fn(); 5] = [
            &|| std::fs::write(&path, "not a seed\n").unwrap(),
            &|| std::fs::write(&path, "00000000000000ff").unwrap(),
            &|| shared(0o644).unwrap(),
            &|| shared(0o620).unwrap(),
            &|| {
                std::fs::File::open(&path)
                    .unwrap()
                    .set_modified(old)
                    .unwrap()
            },
        ];
        for (k, spoil) in spoil.iter().enumerate() {
            let seed = seed_of(dir.path());
            spoil();
            let drawn = seed_of(dir.path());
            assert_ne!(drawn, seed, "{k}");
            assert_eq!(kept(dir.path()), format!("{drawn:016x}\n"), "{k}");
            assert_eq!(seed_of(dir.path()), drawn, "{k}");
        }
    }

    #[test]
    fn a_link_or_a_folder_in_the_seeds_place_is_replaced_and_nothing_followed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(SEED);
        let target = dir.path().join("elsewhere");
        std::fs::write(&target, "0123456789abcdef\n").unwrap();
        std::os::unix::fs::symlink(&target, &path).unwrap();
        let seed = seed_of(dir.path());
        assert_ne!(seed, 0x0123_4567_89ab_cdef);
        assert_eq!(
            std::fs::read_to_string(&target).unwrap(),
            "0123456789abcdef\n"
        );
        assert!(!std::fs::symlink_metadata(&path).unwrap().is_symlink());
        std::fs::remove_file(&path).unwrap();
        std::fs::create_dir(&path).unwrap();
        let drawn = seed_of(dir.path());
        assert_eq!(kept(dir.path()), format!("{drawn:016x}\n"));
    }
}
