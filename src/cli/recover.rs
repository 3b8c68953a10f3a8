//! `followup recover`: merges the unsaved edits that closed dashboards kept
//! (beside the ledger or in the state directory) into the ledger.

use super::{Failure, Outcome};
use crate::ledger::{CLI_LOCK_WAIT, Store, merge};
use crate::recovery::{self, Found};

/// Merges every kept set of edits for the ledger into it, oldest first, each
/// three-way against the ledger it was based on, through the store (under
/// the lock, atomically); removes each once its merge is saved. Conflicts
/// are recorded in the file, as `followup merge` does, and reported with
/// exit code 1; a kept file that cannot be read is left where it is.
pub(super) fn recover(store: &Store) -> Outcome {
    let name = store.path().display().to_string();
    let found = recovery::find(store.path(), crate::config::state_dir().as_deref());
    if found.is_empty() {
        println!("{name}: no unsaved edits to recover");
        return Ok(());
    }
    let lock = store.lock("followup recover", CLI_LOCK_WAIT)?;
    let (mut conflicts, mut unreadable) = (Vec::new(), Vec::new());
    for f in &found {
        let (theirs, base) = match read(f) {
            Ok(pair) => pair,
            Err(e) => {
                unreadable.push(e.message);
                continue;
            }
        };
        let ours = store.load()?;
        let base = base.unwrap_or_else(|| ours.ledger.clone());
        let m = merge(&base, &ours.ledger, &theirs);
        store.save(&lock, &m.ledger, Some(ours.fingerprint))?;
        recovery::remove(f).map_err(|e| {
            Failure::system(format!(
                "{}: merged into {name} but cannot be removed: {e}; delete it by hand",
                f.file.display()
            ))
        })?;
        println!("{name}: merged the edits kept at {}", when(&f.stamp));
        for r in &m.renumbered {
            println!(
                "{name}: {} was added on both sides; the other keeps it, the recovered one is now {}",
                r.from, r.to
            );
        }
        conflicts.extend(m.ledger.items.iter().flat_map(|i| {
            i.conflicts
                .iter()
                .map(move |c| format!("{} {}", i.id, c.field))
        }));
        conflicts.extend(
            m.ledger
                .conflicts
                .iter()
                .map(|c| format!("--top {}", c.field)),
        );
    }
    conflicts.sort();
    conflicts.dedup();
    let mut problems = unreadable;
    if !conflicts.is_empty() {
        problems.push(format!(
            "{name}: {} conflict{} ({}); both sides are recorded in the file: settle them in the dashboard (M) \
             or with `followup -f {name} resolve ID PATH ours|theirs` (`resolve --top PATH ours|theirs` for the ledger's own)",
            conflicts.len(),
            if conflicts.len() == 1 { "" } else { "s" },
            conflicts.join(", ")
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Failure::usage(problems.join("\nfollowup: ")))
    }
}

/// The kept ledger and the one it was based on, when that was kept too.
fn read(f: &Found) -> Result<(crate::ledger::Ledger, Option<crate::ledger::Ledger>), Failure> {
    let bad = |e: recovery::ReadError| Failure::usage(format!("{e}; left as it is"));
    let theirs = recovery::read(&f.file).map_err(bad)?;
    let base = f
        .base
        .as_deref()
        .map(recovery::read)
        .transpose()
        .map_err(bad)?;
    Ok((theirs, base))
}

/// A stamp `YYYYMMDD-HHMMSS[-N]` as `YYYY-MM-DD HH:MM:SS`.
fn when(stamp: &str) -> String {
    let s = stamp.as_bytes();
    let part = |a: usize, b: usize| String::from_utf8_lossy(&s[a..b]).into_owned();
    format!(
        "{}-{}-{} {}:{}:{}",
        part(0, 4),
        part(4, 6),
        part(6, 8),
        part(9, 11),
        part(11, 13),
        part(13, 15)
    )
}
