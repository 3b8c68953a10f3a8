//! The loop's helper threads: signals, and the git and sync work done off
//! the UI thread. Each reports what it heard as a
//! [`Heard`] on the loop's channel.

use super::hearing::{Heard, Tell};
use crate::app::{Action, Signer, SyncFailure, Synced};
use crate::ledger::{Ledger, StartCache, Store};
use crate::sync::sides::ConflictRef;
use signal_hook::consts::{SIGCONT, SIGHUP, SIGTERM, SIGTSTP};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

/// The action a report of background work or a signal that does not end
/// the session means (`None` for terminal events, a gone terminal and the
/// signals that end it: the loop handles those). Used by the loop and by
/// the tests alike.
pub fn reported(heard: Heard) -> Option<Action> {
    Some(match heard {
        Heard::Uncommitted(ids) => Action::Uncommitted(ids),
        Heard::Distance(d) => Action::Distance(d),
        Heard::SideNames(named) => Action::SideNames(named),
        Heard::SinceReview(d) => Action::SinceReview(d),
        Heard::ItemLog(id, entries) => Action::ItemLogLoaded(id, entries),
        Heard::Synced(how) => Action::SyncEnded(how),
        Heard::Signal(SIGTSTP) => Action::Suspend,
        // Continued after a stop it did not make (SIGSTOP).
        Heard::Signal(SIGCONT) => Action::Continued,
        Heard::Term(_) | Heard::TermGone | Heard::Signal(_) => return None,
    })
}

/// Hands SIGTERM, SIGHUP, SIGTSTP and SIGCONT to the loop, in a thread of
/// their own; a second SIGTERM ends the process at once (status 143). (A
/// closing terminal often sends SIGHUP twice: that must not cut short the
/// orderly exit that keeps unsaved edits.)
pub fn spawn_signals(tx: Tell) -> io::Result<()> {
    let term = Arc::new(AtomicBool::new(false));
    signal_hook::flag::register_conditional_shutdown(SIGTERM, 128 + SIGTERM, Arc::clone(&term))?;
    signal_hook::flag::register(SIGTERM, term)?;
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGTSTP, SIGCONT])?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for sig in signals.forever() {
                if tx.send(Heard::Signal(sig)).is_err() {
                    return;
                }
            }
        })?;
    Ok(())
}

/// Works out in a thread which items differ from the last git commit
/// (`git show HEAD:path` against the file) and how far the branch is from
/// its upstream, and sends them to the loop. Nothing is sent about the
/// items when the ledger is not in git or git is missing.
pub fn spawn_uncommitted(path: PathBuf, tx: Tell) {
    let _ = std::thread::Builder::new()
        .name("git status".into())
        .spawn(move || {
            if let Some(ids) = crate::git::status::uncommitted_ids(&path) {
                let _ = tx.send(Heard::Uncommitted(ids));
            }
            let _ = tx.send(Heard::Distance(crate::git::status::distance(&path)));
        });
}

/// Commits the ledger at `path` as the review of `date` (see
/// [`crate::git::review::commit_review`]) in a thread, then counts again
/// what differs from the last commit. A commit git refuses (no identity, a
/// hook) leaves the review saved and uncommitted, as any edit.
pub fn spawn_review_commit(
    path: PathBuf,
    date: chrono::NaiveDate,
    attendees: Vec<String>,
    party: Option<String>,
    tx: Tell,
) {
    let _ = std::thread::Builder::new()
        .name("review commit".into())
        .spawn(move || {
            let message = crate::i18n::review_message(date, &attendees, party.as_deref());
            let _ = crate::git::review::commit_review(&path, date, &message);
            if let Some(ids) = crate::git::status::uncommitted_ids(&path) {
                let _ = tx.send(Heard::Uncommitted(ids));
            }
            let _ = tx.send(Heard::Distance(crate::git::status::distance(&path)));
        });
}

/// Reads the history of item `id` from git in a thread and sends it to the loop.
pub fn spawn_item_log(path: PathBuf, id: String, tx: Tell) {
    let _ = std::thread::Builder::new()
        .name("item log".into())
        .spawn(move || {
            let entries = crate::git::item_log::item_log(&path, &id).ok();
            let _ = tx.send(Heard::ItemLog(id, entries));
        });
}

/// Names the sides of the conflicts `refs` from git in a thread, and sends
/// them to the loop (nothing when no merge is in progress).
pub fn spawn_name_sides(path: PathBuf, refs: Vec<ConflictRef>, tx: Tell) {
    let _ = std::thread::Builder::new()
        .name("conflict sides".into())
        .spawn(move || {
            if let Some(named) = crate::sync::sides::name_sides(&path, &refs) {
                let _ = tx.send(Heard::SideNames(refs.into_iter().zip(named).collect()));
            }
        });
}

/// Runs `followup sync` on the ledger at `path` in a thread and sends how
/// it ended to the loop.
pub fn spawn_sync(path: PathBuf, signer: Signer, tx: Tell) {
    let _ = std::thread::Builder::new()
        .name("sync".into())
        .spawn(move || {
            let how = match std::env::current_exe() {
                Ok(program) => sync_ledger_for(&path, &program, &signer),
                Err(e) => Synced::Failed(SyncFailure::NoProgram(Arc::new(e))),
            };
            let _ = tx.send(Heard::Synced(how));
        });
}

/// Syncs the ledger at `path` with its remote as `followup sync` does
/// (`program`, the `followup` binary, is the merge driver), and says how it
/// ended, for the dashboard.
pub fn sync_ledger(path: &Path, program: &Path) -> Synced {
    sync_ledger_for(path, program, &Signer::default())
}

/// [`sync_ledger`] for the user `signer` names (the author and party of the
/// commits it makes).
pub fn sync_ledger_for(path: &Path, program: &Path, signer: &Signer) -> Synced {
    use crate::sync::SyncError;
    let wording = crate::i18n::CommitMessages::new(signer.author.clone(), signer.party.clone());
    match crate::sync::sync(&Store::new(path), program, &wording) {
        Ok(r) => Synced::Done {
            upstream: r.upstream,
            pushed: r.pushed.len(),
            received: r.incoming.items.len(),
        },
        Err(f) => match f.error {
            SyncError::Unreachable { remote, .. } => Synced::Offline { remote },
            SyncError::Conflicts(c) => Synced::Conflicts(c.len()),
            e => Synced::Failed(SyncFailure::Sync(Arc::new(e))),
        },
    }
}

/// Works out in a thread what changed since the review of `day` (see
/// [`crate::git::status::since_review`]) and sends it to the loop; nothing
/// is sent without git history from before that day. A large ledger's text
/// at that day is kept in the user's cache, for the minutes of the period.
pub fn spawn_since_review(path: PathBuf, day: chrono::NaiveDate, now: Ledger, tx: Tell) {
    let _ = std::thread::Builder::new()
        .name("since the last review".into())
        .spawn(move || {
            let cache = StartCache::in_cache(crate::config::cache_dir());
            if let Some(d) = crate::git::status::since_review(&path, day, &now, cache) {
                let _ = tx.send(Heard::SinceReview(Box::new(d)));
            }
        });
}
