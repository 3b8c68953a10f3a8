//! Saving, quitting, and taking in changes made to the file on disk
//! (reloaded, or merged into the unsaved edits as an undoable edit).

use super::action::{Effect, OnDisk};
use super::commit::{after_change, complain, editable, say};
use super::history::{Change, Done, Edit};
use super::message::{Merged, Msg};
use super::state::{App, Mode};
use crate::ledger::{Item, Ledger};
use std::collections::HashMap;

/// Ctrl-s: saves, merging the changes on disk first when there are some.
pub fn save(app: &mut App) -> Option<Effect> {
    if !editable(app) {
        app.quit_after_save = false;
        return None;
    }
    if let Some(disk) = app.disk.take() {
        return take_disk(app, disk, true);
    }
    if app.saved {
        say(app, Msg::NothingToSave);
        return app.quit_after_save.then_some(Effect::Quit);
    }
    say(app, Msg::Saving);
    Some(Effect::Save)
}

/// The loop saved the ledger: it is now the file's content.
pub fn saved(app: &mut App, fingerprint: crate::ledger::Fingerprint) -> Option<Effect> {
    app.fingerprint = Some(fingerprint);
    app.base = app.ledger.clone();
    app.history.mark_saved();
    app.saved = true;
    let msg = app
        .saved_message
        .take()
        .unwrap_or_else(|| Msg::Saved(app.path_label.clone()));
    say(app, msg);
    app.quit_after_save.then_some(Effect::Quit)
}

/// The save did not happen. When another program held the lock, the loop
/// tries again shortly: the edits, and a quit waiting for the save, stay.
pub fn save_failed(app: &mut App, why: super::action::SaveFailure) {
    if matches!(why, super::action::SaveFailure::Busy(_)) {
        say(app, Msg::SaveFailed(why));
        return;
    }
    app.quit_after_save = false;
    app.saved_message = None;
    complain(app, Msg::SaveFailed(why));
}

pub fn quit(app: &mut App) -> Option<Effect> {
    if app.saved || !app.editable() || app.mode == Mode::QuitPrompt {
        return Some(Effect::Quit);
    }
    app.form = None;
    app.note = None;
    app.review_form = None;
    app.mode = Mode::QuitPrompt;
    None
}

/// The file on disk changed. Without unsaved edits, take it silently; with
/// some, merge it in now if a save found it, else offer to.
pub fn disk_changed(app: &mut App, disk: OnDisk, saving: bool) -> Option<Effect> {
    if Some(disk.fingerprint) == app.fingerprint {
        return None;
    }
    if app.saved || saving {
        return take_disk(app, disk, saving);
    }
    app.disk = Some(disk);
    if app.mode == Mode::Normal {
        app.mode = Mode::DiskPrompt;
    } else {
        say(app, Msg::DiskChangedLater);
    }
    None
}

/// At the disk prompt: merge (`true`) or reload, dropping the unsaved edits.
pub fn resolve_disk(app: &mut App, merge: bool) -> Option<Effect> {
    app.mode = Mode::Normal;
    let disk = app.disk.take()?;
    if merge {
        return take_disk(app, disk, false);
    }
    let n = count_changed(&app.base, &disk.ledger);
    reload(app, disk);
    say(app, Msg::ReloadedDropped(n));
    None
}

/// Takes the file's content in: as is when there are no unsaved edits,
/// else merged with them. When `saving`, a clean merge is saved at once.
fn take_disk(app: &mut App, disk: OnDisk, saving: bool) -> Option<Effect> {
    let changed = count_changed(&app.base, &disk.ledger);
    if app.saved {
        reload(app, disk);
        say(app, Msg::Reloaded(changed));
        return app.quit_after_save.then_some(Effect::Quit);
    }
    let theirs = (*disk.ledger).clone();
    let merged = crate::ledger::merge(&app.base, &app.ledger, &theirs);
    let conflicts = merged.conflicts;
    let renumbered = merged
        .renumbered
        .iter()
        .map(|r| (r.from.clone(), r.to.clone()))
        .collect();
    replace_ledger(app, Box::new(merged.ledger), theirs, Done::Merge);
    app.fingerprint = Some(disk.fingerprint);
    if app.ledger == app.base {
        app.history.mark_saved();
    } else {
        app.history.mark_unsaved();
    }
    app.saved = app.history.is_saved();
    let mut msg = Merged {
        changed,
        renumbered,
        conflicts,
        conflicted: Vec::new(),
        saving: false,
    };
    if conflicts > 0 {
        msg.conflicted = app
            .ledger
            .items
            .iter()
            .filter(|i| !i.conflicts.is_empty())
            .map(|i| i.id.clone())
            .take(5)
            .collect();
        app.quit_after_save = false;
        complain(app, Msg::Merged(msg));
        return None;
    }
    if saving && !app.saved {
        msg.saving = true;
        say(app, Msg::Merged(msg));
        return Some(Effect::Save);
    }
    say(app, Msg::Merged(msg));
    app.quit_after_save.then_some(Effect::Quit)
}

/// Takes the file's content as it is, as an undoable edit.
fn reload(app: &mut App, disk: OnDisk) {
    let base = (*disk.ledger).clone();
    replace_ledger(app, disk.ledger, base, Done::Reload);
    app.history.mark_saved();
    app.saved = true;
    app.fingerprint = Some(disk.fingerprint);
}

/// Puts `ledger` in place of the one in memory, as an undoable edit, with
/// `base` as the file's content from now on.
fn replace_ledger(app: &mut App, ledger: Box<Ledger>, base: Ledger, done: Done) {
    let keep = app.selected_item().map(|i| app.ledger.items[i].id.clone());
    app.base = base;
    let mut edit = Edit::Whole(ledger);
    edit.toggle(&mut app.ledger);
    app.history.push(Change { edit, done });
    app.reindex();
    let index = keep.and_then(|id| app.ledger.items.iter().position(|i| i.id == id));
    let row = app.selected;
    after_change(app, index, row);
}

/// How many items differ between two ledgers (added, removed or changed).
pub fn count_changed(a: &Ledger, b: &Ledger) -> usize {
    let by_id: HashMap<&str, &Item> = a.items.iter().map(|i| (i.id.as_str(), i)).collect();
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
