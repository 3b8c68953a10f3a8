//! Asking for a save, and taking in the file's content when it changed on
//! disk (reloaded as it is, or merged into the unsaved edits), each as an
//! undoable edit. Shared by the handlers that save (persisting, review).

use super::commit::{Cursor, after_change, complain, editable, quit_if_leaving, say};
use super::model::{
    DiskMerge, Done, Edit, Effect, Effects, FoundWhile, Msg, OnDisk, SaveFailure, Step,
};
use super::state::{App, Leaving, Syncing};
use crate::base::keyed::LedgerMap;
use crate::ledger::{Item, Ledger};

/// Saves, merging the changes on disk first when there are some.
pub fn request_save(app: &mut App) -> Effects {
    if !editable(app) {
        app.session.leaving = Leaving::Staying;
        return Vec::new();
    }
    if let Some(disk) = app.doc.disk.take() {
        return take_disk(app, disk, FoundWhile::Saving);
    }
    if app.is_saved() {
        say(app, Msg::NothingToSave);
        return quit_if_leaving(app);
    }
    // The sync has the file (and may wait on the network): no save waits
    // on it; the edits are saved once it ends, or kept on quitting.
    if app.session.syncing == Syncing::Running {
        app.session.leaving = Leaving::Staying;
        say(app, Msg::SaveAfterSync);
        return Vec::new();
    }
    say(app, Msg::Saving);
    vec![Effect::Save]
}

/// Why the ledger may not be written now, if so: the file is read-only,
/// or the ledger could not be read back (what could not be read back is
/// never written). Asked before every save is handed to the loop.
pub fn refused(app: &App) -> Option<SaveFailure> {
    if let Some(why) = app.session.read_only {
        return Some(SaveFailure::ReadOnly(why));
    }
    crate::ledger::validate(app.doc.ledger())
        .err()
        .map(SaveFailure::Invalid)
}

/// Takes the file's content in: as is when there are no unsaved edits,
/// else merged with them. Found while saving, a clean merge is saved at once.
pub fn take_disk(app: &mut App, disk: OnDisk, found: FoundWhile) -> Effects {
    let changed = count_changed(app.doc.base(), &disk.ledger);
    if app.is_saved() {
        reload(app, disk);
        say(app, Msg::Reloaded(changed));
        return quit_if_leaving(app);
    }
    let theirs = (*disk.ledger).clone();
    let merged = crate::ledger::merge(app.doc.base(), app.doc.ledger(), &theirs);
    let conflicts = merged.conflicts;
    let renumbered = merged
        .renumbered
        .iter()
        .map(|r| (r.from.clone(), r.to.clone()))
        .collect();
    replace_ledger(app, Box::new(merged.ledger), theirs, Done::Merge);
    app.doc.fingerprint = Some(disk.fingerprint);
    if !app.doc.changed_since_base() {
        app.doc.history.mark_saved();
    } else {
        app.doc.history.mark_unsaved();
    }
    let mut msg = DiskMerge {
        changed,
        renumbered,
        conflicts,
        conflicted: Vec::new(),
        saving: false,
    };
    if conflicts > 0 {
        msg.conflicted = app
            .doc
            .ledger()
            .items
            .iter()
            .filter(|i| !i.conflicts.is_empty())
            .map(|i| i.id.clone())
            .take(5)
            .collect();
        app.session.leaving = Leaving::Staying;
        complain(app, Msg::Merged(msg));
        return Vec::new();
    }
    if found == FoundWhile::Saving && !app.is_saved() {
        msg.saving = true;
        say(app, Msg::Merged(msg));
        return vec![Effect::Save];
    }
    say(app, Msg::Merged(msg));
    quit_if_leaving(app)
}

/// Takes the file's content as it is, as an undoable edit.
pub fn reload(app: &mut App, disk: OnDisk) {
    let base = (*disk.ledger).clone();
    replace_ledger(app, disk.ledger, base, Done::Reload);
    app.doc.history.mark_saved();
    app.doc.fingerprint = Some(disk.fingerprint);
}

/// Puts `ledger` in place of the one in memory, as an undoable edit, with
/// `base` as the file's content from now on.
fn replace_ledger(app: &mut App, ledger: Box<Ledger>, base: Ledger, done: Done) {
    let keep = app
        .selected_item()
        .map(|i| app.doc.ledger().items[i].id.clone());
    app.doc.set_base(base);
    let mut edit = Edit::Whole(ledger);
    edit.toggle(app.doc.ledger_mut());
    app.doc.history.push(Step { edit, done });
    app.reindex();
    let index = keep.and_then(|id| app.doc.ledger().items.iter().position(|i| i.id == id));
    let row = app.view.selected;
    after_change(app, Cursor::Follow(index), row);
}

/// How many items differ between two ledgers (added, removed or changed).
pub fn count_changed(a: &Ledger, b: &Ledger) -> usize {
    let by_id: LedgerMap<&str, &Item> = a.items.iter().map(|i| (i.id.as_str(), i)).collect();
    let mut seen = 0;
    let mut n = 0;
    for item in &b.items {
        match by_id.get(item.id.as_str()) {
            Some(old) => {
                seen += 1;
                n += usize::from(*old != item);
            }
            None => n += 1,
        }
    }
    n + a.items.len().saturating_sub(seen)
}
