//! Editing items: the item form, notes, status changes, deletion, undo and
//! redo. Each edit is an [`Op`] carried out by [`commit`](super::commit).

use crate::app::commit::{self, complain, editable, say, selected};
use crate::app::model::mode::{DueBox, NoteBox};
use crate::app::model::{Action, Effects, Form, Mode, Msg, Prompt};
use crate::app::prompt_handler::{PromptHandler, type_in};
use crate::app::state::App;
use crate::ledger::Status;
use crate::ops::{Change, NewItem, Op, changes_between};

/// The prompts of this module: the item form, the note box, the deadline
/// prompt, the status picker and the delete prompt.
pub const PROMPTS: PromptHandler = PromptHandler {
    open,
    confirm,
    back,
    text,
};

/// Opens one of this module's prompts; `None` when `prompt` is not one.
pub fn open(app: &mut App, prompt: Prompt) -> Option<Effects> {
    match prompt {
        Prompt::AddItem => open_add(app),
        Prompt::EditItem => open_edit(app),
        Prompt::Status => open_status_pick(app),
        Prompt::Due => open_due(app),
        Prompt::Note => open_note(app),
        Prompt::Delete => ask_delete(app),
        _ => return None,
    }
    Some(Vec::new())
}

/// Which way through the history `u` and Ctrl-r go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Undo,
    Redo,
}

/// Sets the selected item's status.
pub fn set_status(app: &mut App, to: impl FnOnce(Status) -> Status) -> Effects {
    if !editable(app) {
        return Vec::new();
    }
    let Some(i) = selected(app) else {
        return Vec::new();
    };
    let item = &app.doc.ledger().items[i];
    let op = Op::SetFields {
        id: item.id.clone(),
        changes: vec![Change::Status(to(item.status))],
    };
    commit::run(app, op)
}

pub fn mark_done(app: &mut App) -> Effects {
    if !editable(app) {
        return Vec::new();
    }
    let Some(i) = selected(app) else {
        return Vec::new();
    };
    let item = &app.doc.ledger().items[i];
    if item.status == Status::Done {
        let id = item.id.clone();
        say(app, Msg::AlreadyDone(id));
        return Vec::new();
    }
    set_status(app, |_| Status::Done)
}

/// `s`: opens the status picker on the selected item.
pub fn open_status_pick(app: &mut App) {
    if editable(app) && selected(app).is_some() {
        app.view.mode = Mode::StatusPick;
    }
}

/// A key of the status picker: sets that status.
pub fn pick_status(app: &mut App, to: Status) -> Effects {
    app.view.mode = Mode::Normal;
    set_status(app, |_| to)
}

/// `d`: opens the deadline prompt on the selected item.
pub fn open_due(app: &mut App) {
    if !editable(app) {
        return;
    }
    if let Some(i) = selected(app) {
        app.view.mode = Mode::Due(DueBox::new(i, app.options.lang));
    }
}

/// Enter at the deadline prompt: moves the deadline (the old one is kept
/// in the item's history, and the bottom line says how often it slipped).
pub fn submit_due(app: &mut App) -> Effects {
    let Some(due) = app.view.mode.due() else {
        return Vec::new();
    };
    let Some(date) = due.date else {
        match due.problem.clone() {
            Some(e) => complain(app, Msg::DueInvalid(e)),
            None => complain(app, Msg::DueNeeded),
        }
        return Vec::new();
    };
    let id = app.doc.ledger().items[due.index].id.clone();
    app.view.mode = Mode::Normal;
    let op = Op::SetFields {
        id,
        changes: vec![Change::Due(Some(date))],
    };
    commit::run(app, op)
}

pub fn open_add(app: &mut App) {
    if editable(app) {
        app.view.mode = Mode::Form(Box::new(Form::add(&app.form_source())));
    }
}

pub fn open_edit(app: &mut App) {
    if !editable(app) {
        return;
    }
    if let Some(i) = selected(app) {
        app.view.mode = Mode::Form(Box::new(Form::edit(&app.form_source(), i)));
    }
}

pub fn open_note(app: &mut App) {
    if !editable(app) {
        return;
    }
    if let Some(i) = selected(app) {
        app.view.mode = Mode::Note(NoteBox::new(i));
    }
}

pub fn ask_delete(app: &mut App) {
    if !editable(app) {
        return;
    }
    if let Some(i) = selected(app) {
        app.view.mode = Mode::ConfirmDelete(i);
    }
}

/// `y` at the delete prompt.
pub fn delete(app: &mut App, index: usize) -> Effects {
    app.view.mode = Mode::Normal;
    let id = app.doc.ledger().items[index].id.clone();
    commit::run(app, Op::Delete { id })
}

/// Enter in the item form.
pub fn submit_form(app: &mut App) -> Effects {
    let Some(form) = app.view.mode.form() else {
        return Vec::new();
    };
    let Some(item) = form.item() else {
        let fields = form.problems.iter().map(|(k, _)| *k).collect();
        complain(app, Msg::FormInvalid(fields));
        return Vec::new();
    };
    let Mode::Form(form) = std::mem::take(&mut app.view.mode) else {
        return Vec::new();
    };
    match form.editing {
        Some(i) => {
            let before = &app.doc.ledger().items[i];
            let changes = changes_between(before, &item);
            if changes.is_empty() {
                let id = before.id.clone();
                say(app, Msg::NoChange(id));
                return Vec::new();
            }
            let id = before.id.clone();
            commit::run(app, Op::SetFields { id, changes })
        }
        None => {
            let index = app.doc.ledger().items.len();
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
                language: Some(app.options.lang),
            };
            let Some(done) = commit::apply(app, Op::AddItem(new)) else {
                return Vec::new();
            };
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
pub fn submit_note(app: &mut App) -> Effects {
    let Some(note) = app.view.mode.note() else {
        return Vec::new();
    };
    let text = note.value();
    if text.trim().is_empty() {
        complain(app, Msg::NoteEmpty);
        return Vec::new();
    }
    let id = app.doc.ledger().items[note.index].id.clone();
    app.view.mode = Mode::Normal;
    let author = app.session.author.clone();
    let language = Some(app.options.lang);
    commit::run(
        app,
        Op::AddNote {
            id,
            author,
            text,
            language,
        },
    )
}

/// `u` and Ctrl-r.
pub fn undo(app: &mut App, way: Direction) -> Effects {
    if !editable(app) {
        return Vec::new();
    }
    let row = app.view.selected;
    let (left, nothing) = match way {
        Direction::Undo => (app.doc.history.undo_len(), Msg::NothingToUndo),
        Direction::Redo => (app.doc.history.redo_len(), Msg::NothingToRedo),
    };
    // Asked before the ledger is taken to change (which keeps its base).
    if left == 0 {
        say(app, nothing);
        return Vec::new();
    }
    let (ledger, history) = app.doc.ledger_and_history();
    let step = match way {
        Direction::Undo => history.undo(ledger),
        Direction::Redo => history.redo(ledger),
    };
    let Some(step) = step else {
        return Vec::new();
    };
    let done = step.done.clone();
    let edit = step.edit.view_copy();
    app.reindex_after(&edit);
    let went = commit::after_change(app, commit::Cursor::after(&edit), row);
    let msg = match way {
        Direction::Undo => Msg::Undone(done),
        Direction::Redo => Msg::Redone(done),
    };
    say(app, commit::placed(msg, went));
    commit::autosave(app)
}

/// Feeds a key, paste or field move to the open item form, deadline
/// prompt or note box; `None` when none of them is open.
pub fn text(app: &mut App, action: &Action) -> Option<Effects> {
    if !matches!(app.view.mode, Mode::Form(_) | Mode::Due(_) | Mode::Note(_)) {
        return None;
    }
    let today = app.today;
    match std::mem::take(&mut app.view.mode) {
        Mode::Form(mut form) => {
            form_text(app, &mut form, action);
            app.view.mode = Mode::Form(form);
        }
        Mode::Due(mut due) => {
            match action {
                Action::TextKey(ev) => due.key(*ev, today),
                Action::Paste(s) => due.paste(s, today),
                Action::ClearLine => due.clear_line(today),
                _ => {}
            }
            app.view.mode = Mode::Due(due);
        }
        Mode::Note(mut note) => {
            type_in(&mut note, action);
            app.view.mode = Mode::Note(note);
        }
        other => app.view.mode = other,
    }
    Some(Vec::new())
}

fn form_text(app: &App, form: &mut Form, action: &Action) {
    let src = app.form_source();
    match action {
        Action::TextKey(ev) => {
            form.key(*ev, &src);
        }
        Action::Paste(s) => form.paste(s, &src),
        Action::ClearLine => form.clear_line(&src),
        Action::NextField(n) => form.move_focus(*n),
        Action::NextSuggestion(n) => {
            let len = form.suggestions(&src).len().max(1) as i64;
            form.suggestion = (form.suggestion as i64 + i64::from(*n)).rem_euclid(len) as usize;
        }
        Action::Complete => {
            let accepted = form.accept(&src);
            let right = crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Right);
            (!accepted).then(|| form.key(right, &src));
        }
        _ => {}
    }
}

/// Esc in the item form, the note box, the deadline prompt, the status
/// picker or the delete prompt: nothing changes.
pub fn cancel(app: &mut App) {
    match std::mem::take(&mut app.view.mode) {
        Mode::Form(_) | Mode::Due(_) => say(app, Msg::Cancelled),
        Mode::Note(_) => say(app, Msg::NoteCancelled),
        Mode::ConfirmDelete(_) => say(app, Msg::Kept),
        _ => {}
    }
}

/// Enter in one of this module's prompts (the form, the note box, the
/// deadline prompt, the delete prompt); `None` when none of them is open.
pub fn confirm(app: &mut App) -> Option<Effects> {
    Some(match app.view.mode {
        Mode::Form(_) => submit_form(app),
        Mode::Note(_) => submit_note(app),
        Mode::ConfirmDelete(i) => delete(app, i),
        Mode::Due(_) => submit_due(app),
        _ => return None,
    })
}

/// Esc in one of this module's prompts (those above and the status
/// picker); `None` when none of them is open.
pub fn back(app: &mut App) -> Option<Effects> {
    match app.view.mode {
        Mode::Form(_)
        | Mode::Note(_)
        | Mode::ConfirmDelete(_)
        | Mode::Due(_)
        | Mode::StatusPick => {
            cancel(app);
            Some(Vec::new())
        }
        _ => None,
    }
}
