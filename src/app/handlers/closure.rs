//! Closure both parties agree to: confirming, for the user's party, the
//! other party's closure of the selected item (`C`), and reopening a
//! closed item with a note saying why (`X`, a note box). Each is an
//! [`Op`] carried out by [`commit`](super::commit) with the user's stamp.

use crate::app::commit::{self, complain, editable, say, selected};
use crate::app::model::mode::NoteBox;
use crate::app::model::{Action, Effects, Mode, Msg, Prompt};
use crate::app::prompt_handler::{PromptHandler, type_in};
use crate::app::state::App;
use crate::ledger::Closure;
use crate::ops::{Op, OpError};

/// The prompt of this module: the note box that reopens an item.
pub const PROMPTS: PromptHandler = PromptHandler {
    open,
    confirm,
    back,
    text,
};

/// `C`: the user's party confirms the other party's closure of the selected item.
pub fn confirm_closure(app: &mut App) -> Effects {
    if !editable(app) {
        return Vec::new();
    }
    let Some(i) = selected(app) else {
        return Vec::new();
    };
    let id = app.doc.ledger().items[i].id.clone();
    commit::run(app, Op::Confirm { id })
}

/// Opens the reopening's note box on the selected item, when it is done or
/// dropped (and, under the rule of both parties, when the user said which
/// party they speak for: better said before the note is typed).
fn open(app: &mut App, prompt: Prompt) -> Option<Effects> {
    if prompt != Prompt::Reopen {
        return None;
    }
    if !editable(app) {
        return Some(Vec::new());
    }
    let Some(i) = selected(app) else {
        return Some(Vec::new());
    };
    let item = &app.doc.ledger().items[i];
    if !item.status.is_closed() {
        let id = item.id.clone();
        complain(app, Msg::Refused(OpError::NotClosed { id }));
    } else if app.doc.ledger().committee.closure == Closure::Both
        && app.session.signer.party.is_none()
    {
        complain(app, Msg::Refused(OpError::NoParty));
    } else {
        app.view.mode = Mode::Reopen(NoteBox::new(i));
    }
    Some(Vec::new())
}

/// Enter in the reopening's note box: the item is open again, with the note.
fn confirm(app: &mut App) -> Option<Effects> {
    let note = app.view.mode.reopen()?;
    let text = note.value();
    if text.trim().is_empty() {
        complain(app, Msg::NoteEmpty);
        return Some(Vec::new());
    }
    let id = app.doc.ledger().items[note.index].id.clone();
    app.view.mode = Mode::Normal;
    let language = Some(app.options.lang);
    Some(commit::run(
        app,
        Op::Reopen {
            id,
            note: text,
            language,
        },
    ))
}

/// Esc in the reopening's note box: nothing changes.
fn back(app: &mut App) -> Option<Effects> {
    app.view.mode.reopen()?;
    app.view.mode = Mode::Normal;
    say(app, Msg::NoteCancelled);
    Some(Vec::new())
}

/// Typing in the reopening's note box.
fn text(app: &mut App, action: &Action) -> Option<Effects> {
    let Mode::Reopen(note) = &mut app.view.mode else {
        return None;
    };
    type_in(note, action);
    Some(Vec::new())
}
