//! Editing: the item form, notes, status changes, deletion, undo and redo,
//! saving and taking in changes made on disk. Every change to the ledger
//! goes through [`apply`], which records it for undo.

use super::action::{Action, Effect, OnDisk};
use super::form::{Form, NoteBox};
use super::history::{Change, Edit};
use super::review;
use super::state::{App, Mode, StatusLine, ViewRow};
use super::update::scroll_into_view;
use crate::dates::format_date;
use crate::ledger::{Item, Ledger, Note, Status};
use std::collections::HashMap;

/// The bottom line when an earlier session left unsaved edits beside the
/// ledger: short enough for 80 columns; the merge command is printed on quitting.
pub const RECOVERED: &str = "recovered edits of a closed session: merge steps on quit";

/// Says something on the bottom line.
pub fn say(app: &mut App, text: impl Into<String>) {
    app.status = Some(StatusLine {
        text: text.into(),
        error: false,
    });
}

/// Says what went wrong on the bottom line; it stays until dismissed.
pub fn complain(app: &mut App, text: impl Into<String>) {
    app.status = Some(StatusLine {
        text: text.into(),
        error: true,
    });
}

/// True when edits are allowed; otherwise says why not.
pub(super) fn editable(app: &mut App) -> bool {
    match &app.read_only {
        None => true,
        Some(why) => {
            let msg = format!("editing is off — read-only: {why}");
            complain(app, msg);
            false
        }
    }
}

/// The selected item's index, or a message when nothing is selected.
fn selected(app: &mut App) -> Option<usize> {
    let i = app.selected_item();
    if i.is_none() {
        say(app, "no item selected");
    }
    i
}

/// How often an item's deadline moved, e.g.
/// `JC2-11 due 2026-12-07 — slipped 2 times, first agreed 2026-11-25`.
pub fn slip_text(item: &Item) -> Option<String> {
    let first = item.due_history.first()?;
    let n = item.due_history.len();
    Some(format!(
        "{} due {} — slipped {n} time{}, first agreed {}",
        item.id,
        item.due.map_or("none".into(), format_date),
        if n == 1 { "" } else { "s" },
        format_date(*first)
    ))
}

/// Applies a new edit, records it, and says what it did. Returns a save
/// when autosave is on.
pub(super) fn apply(app: &mut App, mut edit: Edit, said: String, shown: String) -> Option<Effect> {
    edit.toggle(&mut app.ledger);
    app.reindex_after(&edit);
    if let (Some(u), Edit::Swap { index, item: old }) = (&mut app.uncommitted, &edit) {
        u.insert(app.ledger.items[*index].id.clone());
        u.insert(old.id.clone());
    } else if let (Some(u), Edit::Splice { index, item }) = (&mut app.uncommitted, &edit) {
        let id = match item {
            Some(gone) => &gone.id,
            None => &app.ledger.items[*index].id,
        };
        u.insert(id.clone());
    }
    let index = match &edit {
        Edit::Splice { item: Some(_), .. } => None,
        e => e.index(),
    };
    let row = app.selected;
    app.history.push(Change { edit, said });
    app.saved = app.history.is_saved();
    after_change(app, index, row);
    say(app, shown);
    autosave(app)
}

fn autosave(app: &App) -> Option<Effect> {
    (app.options.autosave && !app.saved && app.editable()).then_some(Effect::Save)
}

/// Rebuilds the view and selects the item at `index`, else the row at `row`.
fn after_change(app: &mut App, index: Option<usize>, row: usize) {
    app.rebuild();
    let target = index
        .and_then(|i| app.rows.iter().position(|r| *r == ViewRow::Item(i)))
        .or_else(|| {
            let last = app.rows.len().checked_sub(1)?;
            app.first_item_row(row.min(last), 1)
                .or_else(|| app.first_item_row(row.min(last), -1))
        });
    if let Some(r) = target {
        app.selected = r;
    }
    app.detail_scroll = 0;
    scroll_into_view(app);
}

/// Replaces the item at `index` with `item` (its `updated` set to today).
pub(super) fn replace(app: &mut App, index: usize, mut item: Item, said: String) -> Option<Effect> {
    item.updated = Some(app.today);
    let shown = slip_change(&app.ledger.items[index], &item).unwrap_or_else(|| said.clone());
    apply(
        app,
        Edit::Swap {
            index,
            item: Box::new(item),
        },
        said,
        shown,
    )
}

/// The slip message when an edit moved the deadline.
fn slip_change(old: &Item, new: &Item) -> Option<String> {
    (old.due != new.due && new.due_history.len() > old.due_history.len())
        .then(|| slip_text(new))
        .flatten()
}

pub fn cycle_status(app: &mut App, dir: i32) -> Option<Effect> {
    if !editable(app) {
        return None;
    }
    let i = selected(app)?;
    let mut item = app.ledger.items[i].clone();
    let old = item.status;
    item.status = if dir >= 0 { old.next() } else { old.prev() };
    let said = format!("{} status {old} → {}", item.id, item.status);
    replace(app, i, item, said)
}

pub fn mark_done(app: &mut App) -> Option<Effect> {
    if !editable(app) {
        return None;
    }
    let i = selected(app)?;
    let mut item = app.ledger.items[i].clone();
    if item.status == Status::Done {
        say(app, format!("{} is already done", item.id));
        return None;
    }
    let said = format!("{} status {} → done", item.id, item.status);
    item.status = Status::Done;
    replace(app, i, item, said)
}

pub fn open_add(app: &mut App) {
    if editable(app) {
        app.form = Some(Form::add(app));
        app.mode = Mode::Form;
    }
}

pub fn open_edit(app: &mut App) {
    if !editable(app) {
        return;
    }
    if let Some(i) = selected(app) {
        app.form = Some(Form::edit(app, i));
        app.mode = Mode::Form;
    }
}

pub fn open_note(app: &mut App) {
    if !editable(app) {
        return;
    }
    if let Some(i) = selected(app) {
        app.note = Some(NoteBox::new(i));
        app.mode = Mode::Note;
    }
}

pub fn ask_delete(app: &mut App) {
    if !editable(app) {
        return;
    }
    if let Some(i) = selected(app) {
        app.mode = Mode::ConfirmDelete(i);
    }
}

/// Enter in a form, a note box or the delete prompt.
pub fn confirm(app: &mut App) -> Option<Effect> {
    match app.mode {
        Mode::Form => submit_form(app),
        Mode::Note => submit_note(app),
        Mode::ReviewForm => review::submit(app),
        Mode::ConfirmDelete(i) => {
            app.mode = Mode::Normal;
            let item = &app.ledger.items[i];
            let said = format!("deleted {}", item.id);
            let shown = format!("deleted {} “{}” — u undoes", item.id, item.title);
            apply(
                app,
                Edit::Splice {
                    index: i,
                    item: None,
                },
                said,
                shown,
            )
        }
        _ => None,
    }
}

fn submit_form(app: &mut App) -> Option<Effect> {
    let form = app.form.as_ref()?;
    let Some(mut item) = form.item() else {
        let n = form.problems.len();
        let fields: Vec<&str> = form.problems.iter().map(|(k, _)| k.label()).collect();
        let msg = format!(
            "cannot save yet: {n} field{} to fix ({})",
            if n == 1 { "" } else { "s" },
            fields.join(", ")
        );
        complain(app, msg);
        return None;
    };
    let form = app.form.take()?;
    app.mode = Mode::Normal;
    match form.editing {
        Some(i) => {
            let before = &app.ledger.items[i];
            let changes = changed_fields(before, &item);
            if changes.is_empty() {
                say(app, format!("{}: no change", before.id));
                return None;
            }
            let said = format!("{} {}", before.id, changes.join(", "));
            replace(app, i, item, said)
        }
        None => {
            item.opened = item.opened.or(Some(app.today));
            item.updated = Some(app.today);
            let id = item.id.clone();
            let hidden = !app.filter.matches(&item, app.today)
                || app
                    .filter
                    .workstream
                    .as_deref()
                    .is_some_and(|w| w != item.workstream);
            let index = app.ledger.items.len();
            let shown = if hidden {
                format!("added {id} (hidden by the filter: f c clears it)")
            } else {
                format!("added {id}")
            };
            apply(
                app,
                Edit::Splice {
                    index,
                    item: Some(Box::new(item)),
                },
                format!("added {id}"),
                shown,
            )
        }
    }
}

/// What an edit changed, in words: `status open → done`, `due … → …`, `owners`.
fn changed_fields(a: &Item, b: &Item) -> Vec<String> {
    let date = |d: Option<chrono::NaiveDate>| d.map_or("none".into(), format_date);
    let mut out = Vec::new();
    if a.id != b.id {
        out.push(format!("id → {}", b.id));
    }
    if a.title != b.title {
        out.push("title".into());
    }
    if a.workstream != b.workstream {
        out.push(format!("workstream → {}", b.workstream));
    }
    if a.owners != b.owners {
        out.push(format!("owners → {}", b.owners.join(", ")));
    }
    if a.status != b.status {
        out.push(format!("status {} → {}", a.status, b.status));
    }
    if a.due != b.due {
        out.push(format!("due {} → {}", date(a.due), date(b.due)));
    }
    if a.meeting != b.meeting {
        out.push(format!("meeting → {}", b.meeting));
    }
    if a.tags != b.tags {
        out.push("tags".into());
    }
    out
}

fn submit_note(app: &mut App) -> Option<Effect> {
    let note = app.note.as_ref()?;
    let text = note.value();
    if text.trim().is_empty() {
        complain(app, "the note is empty: type it, or Esc to cancel");
        return None;
    }
    let i = note.index;
    app.note = None;
    app.mode = Mode::Normal;
    let mut item = app.ledger.items[i].clone();
    item.notes.push(Note {
        date: app.today,
        author: app.author.clone(),
        text,
        extra: Default::default(),
    });
    let said = format!("{} note added", item.id);
    replace(app, i, item, said)
}

pub fn undo(app: &mut App, redo: bool) -> Option<Effect> {
    if !editable(app) {
        return None;
    }
    let row = app.selected;
    let change = if redo {
        app.history.redo(&mut app.ledger)
    } else {
        app.history.undo(&mut app.ledger)
    };
    let Some(change) = change else {
        say(
            app,
            if redo {
                "nothing to redo"
            } else {
                "nothing to undo"
            },
        );
        return None;
    };
    let said = format!("{}: {}", if redo { "redid" } else { "undid" }, change.said);
    let edit = change.edit.view_copy();
    app.reindex_after(&edit);
    let index = match edit {
        Edit::Splice { item: Some(_), .. } => None,
        e => e.index(),
    };
    app.saved = app.history.is_saved();
    after_change(app, index, row);
    say(app, said);
    autosave(app)
}

pub fn save(app: &mut App) -> Option<Effect> {
    if !editable(app) {
        app.quit_after_save = false;
        return None;
    }
    if let Some(disk) = app.disk.take() {
        return take_disk(app, disk, true);
    }
    if app.saved {
        say(app, "nothing to save: the file is up to date");
        return app.quit_after_save.then_some(Effect::Quit);
    }
    say(app, "saving…");
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
        .unwrap_or_else(|| format!("saved {}", app.path_label));
    say(app, msg);
    app.quit_after_save.then_some(Effect::Quit)
}

pub fn save_failed(app: &mut App, why: String) {
    app.quit_after_save = false;
    app.saved_message = None;
    complain(
        app,
        format!("not saved: {why} — your edits are kept; Ctrl-s retries"),
    );
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
        say(
            app,
            "the file changed on disk — Ctrl-s will merge its changes into yours first",
        );
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
    say(
        app,
        format!(
            "reloaded: {n} item{} changed on disk; your unsaved edits were dropped — u brings them back",
            plural(n)
        ),
    );
    None
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Takes the file's content in: as is when there are no unsaved edits,
/// else merged with them. When `saving`, a clean merge is saved at once.
fn take_disk(app: &mut App, disk: OnDisk, saving: bool) -> Option<Effect> {
    let n = count_changed(&app.base, &disk.ledger);
    let what = format!("{n} item{} changed on disk", plural(n));
    if app.saved {
        reload(app, disk);
        say(app, format!("reloaded: {what}"));
        return app.quit_after_save.then_some(Effect::Quit);
    }
    let theirs = (*disk.ledger).clone();
    let merged = crate::ledger::merge(&app.base, &app.ledger, &theirs);
    let conflicts = merged.conflicts;
    let renumbered: Vec<String> = merged
        .renumbered
        .iter()
        .map(|r| format!("{} → {}", r.from, r.to))
        .collect();
    replace_ledger(
        app,
        Box::new(merged.ledger),
        theirs,
        "merge of the changes on disk",
    );
    app.fingerprint = Some(disk.fingerprint);
    if app.ledger == app.base {
        app.history.mark_saved();
    } else {
        app.history.mark_unsaved();
    }
    app.saved = app.history.is_saved();
    let mut msg = format!("merged: {what} into your edits");
    if !renumbered.is_empty() {
        msg.push_str(&format!("; renumbered {}", renumbered.join(", ")));
    }
    if conflicts > 0 {
        let ids: Vec<&str> = app
            .ledger
            .items
            .iter()
            .filter(|i| !i.conflicts.is_empty())
            .map(|i| i.id.as_str())
            .take(5)
            .collect();
        app.quit_after_save = false;
        complain(
            app,
            format!(
                "{msg}; {conflicts} conflict{} ({}) — not saved: check, then Ctrl-s",
                plural(conflicts),
                ids.join(", ")
            ),
        );
        return None;
    }
    if saving && !app.saved {
        say(app, format!("{msg}; saving…"));
        return Some(Effect::Save);
    }
    say(app, format!("{msg} (unsaved; u undoes the merge)"));
    app.quit_after_save.then_some(Effect::Quit)
}

/// Takes the file's content as it is, as an undoable edit.
fn reload(app: &mut App, disk: OnDisk) {
    let base = (*disk.ledger).clone();
    replace_ledger(app, disk.ledger, base, "reload from disk");
    app.history.mark_saved();
    app.saved = true;
    app.fingerprint = Some(disk.fingerprint);
}

/// Puts `ledger` in place of the one in memory, as an undoable edit, with
/// `base` as the file's content from now on.
fn replace_ledger(app: &mut App, ledger: Box<Ledger>, base: Ledger, said: &str) {
    let keep = app.selected_item().map(|i| app.ledger.items[i].id.clone());
    app.base = base;
    let mut edit = Edit::Whole(ledger);
    edit.toggle(&mut app.ledger);
    app.history.push(Change {
        edit,
        said: said.into(),
    });
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

/// Feeds a key, paste or field move to the open form or note box.
pub fn text(app: &mut App, action: Action) {
    if let Some(mut form) = app.form.take() {
        match action {
            Action::TextKey(ev) => {
                form.key(ev, app);
            }
            Action::Paste(s) => form.paste(&s, app),
            Action::ClearLine => form.clear_line(app),
            Action::NextField(n) => form.move_focus(n),
            Action::NextSuggestion(n) => {
                let len = form.suggestions(app).len().max(1) as i64;
                form.suggestion = (form.suggestion as i64 + i64::from(n)).rem_euclid(len) as usize;
            }
            Action::Complete => {
                let accepted = form.accept(app);
                let right = crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Right);
                (!accepted).then(|| form.key(right, app));
            }
            _ => {}
        }
        app.form = Some(form);
    } else if let Some(mut form) = app.review_form.take() {
        review::text(app, &mut form, action);
        app.review_form = Some(form);
    } else if let Some(note) = &mut app.note {
        match action {
            Action::TextKey(ev) => {
                note.text.input(ev);
            }
            Action::Paste(s) => {
                note.text
                    .insert_str(s.replace("\r\n", "\n").replace('\r', "\n"));
            }
            Action::NewLine => note.text.insert_newline(),
            Action::ClearLine => {
                let row = note.text.cursor().0;
                if note.text.lines().get(row).is_some_and(|l| !l.is_empty()) {
                    note.text.move_cursor(ratatui_textarea::CursorMove::End);
                    note.text.delete_line_by_head();
                }
            }
            _ => {}
        }
    }
}

/// Esc in an editing mode: cancel, changing nothing.
pub fn cancel(app: &mut App) {
    match app.mode {
        Mode::Form => {
            app.form = None;
            say(app, "cancelled: nothing changed");
        }
        Mode::Note => {
            app.note = None;
            say(app, "note cancelled");
        }
        Mode::ConfirmDelete(_) => say(app, "kept"),
        Mode::ReviewForm => {
            app.review_form = None;
            say(
                app,
                "the review is not recorded yet: R when the meeting ends",
            );
        }
        Mode::Conflicts(_) => {}
        Mode::QuitPrompt => app.status = None,
        Mode::DiskPrompt => say(
            app,
            "the file changed on disk — Ctrl-s will merge its changes into yours first",
        ),
        _ => {}
    }
    app.mode = Mode::Normal;
}
