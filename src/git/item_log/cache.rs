//! What `followup log` found for one item, kept in the repository's git
//! directory (`followup/item-log-v1/`, never shared by a clone) with the
//! commit it was found at: a later log reads only the commits made since.
//! Written atomically (a new file renamed over the old, never through a
//! link); a file that does not read back as this version wrote it is
//! ignored.

use super::Candidate;
use crate::git::run::Git;
use serde::{Deserialize, Serialize};
use std::io::{Read, Write};
use std::path::PathBuf;

/// The version of the file's shape: a change makes older files unread.
const VERSION: u32 = 1;
/// The largest file read back.
const MAX_BYTES: u64 = 64 << 20;

#[derive(Serialize, Deserialize)]
struct Kept {
    version: u32,
    rel: String,
    id: String,
    head: String,
    candidates: Vec<Candidate>,
}

/// The folder of the cache, made when `create` (refused when a link or not a folder).
fn folder(git: &Git, create: bool) -> Option<PathBuf> {
    let common = git.ok(&["rev-parse", "--git-common-dir"]).ok()?;
    let common = git.root().join(common.trim_end());
    let mut dir = common;
    for part in ["followup", "item-log-v1"] {
        dir.push(part);
        match std::fs::symlink_metadata(&dir) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => return None,
            Err(_) if create => std::fs::create_dir(&dir).ok()?,
            Err(_) => return None,
        }
    }
    Some(dir)
}

fn name(rel: &str, id: &str) -> String {
    let key = format!("{rel}\0{id}");
    format!("{:016x}.json", xxhash_rust::xxh3::xxh3_64(key.as_bytes()))
}

/// The commit the item was last looked at and what was found up to it.
pub(super) fn load(git: &Git, rel: &str, id: &str) -> Option<(String, Vec<Candidate>)> {
    let path = folder(git, false)?.join(name(rel, id));
    if !std::fs::symlink_metadata(&path).ok()?.is_file() {
        return None;
    }
    let mut bytes = Vec::new();
    std::fs::File::open(&path)
        .ok()?
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .ok()?;
    let kept: Kept = serde_json::from_slice(&bytes).ok()?;
    (kept.version == VERSION && kept.rel == rel && kept.id == id)
        .then_some((kept.head, kept.candidates))
}

/// Keeps what was found up to `head`; a cache that cannot be written is
/// simply not kept.
pub(super) fn store(git: &Git, rel: &str, id: &str, head: &str, candidates: &[Candidate]) {
    let Some(dir) = folder(git, true) else {
        return;
    };
    let kept = Kept {
        version: VERSION,
        rel: rel.to_owned(),
        id: id.to_owned(),
        head: head.to_owned(),
        candidates: candidates.to_vec(),
    };
    let Ok(bytes) = serde_json::to_vec(&kept) else {
        return;
    };
    let Ok(mut tmp) = tempfile::Builder::new()
        .prefix(".item-log.")
        .suffix(".tmp")
        .tempfile_in(&dir)
    else {
        return;
    };
    if tmp.write_all(&bytes).is_ok() {
        // rename(2) replaces a link at the name, never what it points to.
        let _ = tmp.persist(dir.join(name(rel, id)));
    }
}
