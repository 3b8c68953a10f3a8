//! Editing items: the item form, notes, status changes, deletion, undo and
//! redo. Each edit is an [`Op`] carried out by [`commit`](super::commit).

use super::action::{Action, Effect};
use super::commit::{self, complain, editable, say, selected};
use super::form::{DueBox, Form, NoteBox};
use super::message::Msg;
use super::state::{App, Mode};
use crate::ledger::Status;
use crate::ops::{Change, NewItem, Op, changes_between};

/// Sets the selected item's status.
pub fn set_status(app: &mut App, to: impl FnOnce(Status) -> Status) -> Option<Effect> {
    if !editable(app) {
        return None;
    }
    let i = selected(app)?;
    let item = &app.ledger.items[i];
    let op = Op::SetFields {
        id: item.id.clone(),
        changes: vec![Change::Status(to(item.status))],
    };
    commit::run(app, op)
}

pub fn mark_done(app: &mut App) -> Option<Effect> {
    if !editable(app) {
        return None;
    }
    let i = selected(app)?;
    let item = &app.ledger.items[i];
    if item.status == Status::Done {
        let id = item.id.clone();
        say(app, Msg::AlreadyDone(id));
        return None;
    }
    set_status(app, |_| Status::Done)
}

/// `s`: opens the status picker on the selected item.
pub fn open_status_pick(app: &mut App) {
    if editable(app) && selected(app).is_some() {
        app.mode = Mode::StatusPick;
    }
}

/// A key of the status picker: sets that status.
pub fn pick_status(app: &mut App, to: Status) -> Option<Effect> {
    app.mode = Mode::Normal;
    set_status(app, |_| to)
}

/// `d`: opens the deadline prompt on the selected item.
pub fn open_due(app: &mut App) {
    if !editable(app) {
        return;
    }
    if let Some(i) = selected(app) {
        app.due = Some(DueBox::new(i, app.options.lang));
        app.mode = Mode::Due;
    }
}

/// Enter at the deadline prompt: moves the deadline (the old one is kept
/// in the item's history, and the bottom line says how often it slipped).
pub fn submit_due(app: &mut App) -> Option<Effect> {
    let due = app.due.as_ref()?;
    let Some(date) = due.date else {
        match due.problem.clone() {
            Some(e) => complain(app, Msg::DueInvalid(e)),
            None => complain(app, Msg::DueNeeded),
        }
        return None;
    };
    let id = app.ledger.items[due.index].id.clone();
    app.due = None;
    app.mode = Mode::Normal;
    let op = Op::SetFields {
        id,
        changes: vec![Change::Due(Some(date))],
    };
    commit::run(app, op)
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

/// `y` at the delete prompt.
pub fn delete(app: &mut App, index: usize) -> Option<Effect> {
    app.mode = Mode::Normal;
    let id = app.ledger.items[index].id.clone();
    commit::run(app, Op::Delete { id })
}

/// Enter in the item form.
pub fn submit_form(app: &mut App) -> Option<Effect> {
    let form = app.form.as_ref()?;
    let Some(item) = form.item() else {
        let fields = form.problems.iter().map(|(k, _)| *k).collect();
        complain(app, Msg::FormInvalid(fields));
        return None;
    };
    let form = app.form.take()?;
    app.mode = Mode::Normal;
    match form.editing {
        Some(i) => {
            let before = &app.ledger.items[i];
            let changes = changes_between(before, &item);
            if changes.is_empty() {
                let id = before.id.clone();
                say(app, Msg::NoChange(id));
                return None;
            }
            let id = before.id.clone();
            commit::run(app, Op::SetFields { id, changes })
        }
        None => {
            let index = app.ledger.items.len();
            let new = NewItem {
                id: Some(item.id),
                title: item.title,
                workstream: item.workstream,
                status: item.status,
                owners: item.owners,
                due: item.due,
                meeting: item.meeting,
                opened: item.opened,
                tags: item.tags,
            };
            let done = commit::apply(app, Op::AddItem(new))?;
            if app.selected_item() != Some(index)
                && let Some(crate::ops::Outcome::Added { id }) = done.first()
            {
                let id = id.clone();
                say(app, Msg::AddedHidden(id));
            }
            commit::autosave(app)
        }
    }
}

/// Enter in the note box.
pub fn submit_note(app: &mut App) -> Option<Effect> {
    let note = app.note.as_ref()?;
    let text = note.value();
    if text.trim().is_empty() {
        complain(app, Msg::NoteEmpty);
        return None;
    }
    let id = app.ledger.items[note.index].id.clone();
    app.note = None;
    app.mode = Mode::Normal;
    let author = app.author.clone();
    commit::run(app, Op::AddNote { id, author, text })
}

/// `u` and Ctrl-r.
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
                Msg::NothingToRedo
            } else {
                Msg::NothingToUndo
            },
        );
        return None;
    };
    let done = change.done.clone();
    let edit = change.edit.view_copy();
    app.reindex_after(&edit);
    let index = match edit {
        crate::ops::Edit::Splice { item: Some(_), .. } => None,
        e => e.index(),
    };
    app.saved = app.history.is_saved();
    commit::after_change(app, index, row);
    say(
        app,
        if redo {
            Msg::Redone(done)
        } else {
            Msg::Undone(done)
        },
    );
    commit::autosave(app)
}

/// Feeds a key, paste or field move to the open item form or note box.
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
    } else if let Some(due) = &mut app.due {
        match action {
            Action::TextKey(ev) => due.key(ev, app.today),
            Action::Paste(s) => due.paste(&s, app.today),
            Action::ClearLine => due.clear_line(app.today),
            _ => {}
        }
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

/// Esc in the item form, the note box, the deadline prompt, the status
/// picker or the delete prompt: nothing changes.
pub fn cancel(app: &mut App) {
    match app.mode {
        Mode::Form => {
            app.form = None;
            say(app, Msg::Cancelled);
        }
        Mode::Note => {
            app.note = None;
            say(app, Msg::NoteCancelled);
        }
        Mode::ConfirmDelete(_) => say(app, Msg::Kept),
        Mode::Due => {
            app.due = None;
            say(app, Msg::Cancelled);
        }
        Mode::StatusPick => {}
        _ => {}
    }
    app.mode = Mode::Normal;
}
