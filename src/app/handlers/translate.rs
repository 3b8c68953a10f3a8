//! Translating the record from the dashboard: switching between the
//! translations and the originals, and the translation form, whose texts
//! are written through `Op::Translate`, one operation per text changed,
//! undone together like any edit.

use crate::app::commit::{self, complain, editable, say, selected};
use crate::app::model::{Action, Effects, Mode, Msg, Prompt, TranslationForm};
use crate::app::prompt_handler::PromptHandler;
use crate::app::state::App;
use crate::ops::OpError;

/// The prompt of this module: the translation form.
pub const PROMPTS: PromptHandler = PromptHandler {
    open,
    confirm,
    back,
    text,
};

/// Shows the originals, or the translations again; says which.
pub fn switch_reading(app: &mut App) {
    let now = app.switch_reading();
    say(app, Msg::Reading(now));
}

/// `T`: opens the translation form on the selected item; `None` when
/// `prompt` is not this module's.
pub fn open(app: &mut App, prompt: Prompt) -> Option<Effects> {
    if prompt != Prompt::Translate {
        return None;
    }
    if !editable(app) {
        return Some(Vec::new());
    }
    let Some(i) = selected(app) else {
        return Some(Vec::new());
    };
    match TranslationForm::open(app.doc.ledger(), i, app.options.lang) {
        Some(form) => app.view.mode = Mode::Translate(Box::new(form)),
        None => complain(app, Msg::NoLanguageToTranslate),
    }
    Some(Vec::new())
}

/// Enter: records every translation changed, as one edit.
pub fn confirm(app: &mut App) -> Option<Effects> {
    let form = app.view.mode.translation()?;
    let ops = form.ops(&app.session.author);
    let id = form.id.clone();
    app.view.mode = Mode::Normal;
    let index = app.doc.ledger().items.iter().position(|i| i.id == id);
    match index {
        _ if ops.is_empty() => say(app, Msg::NoChange(id)),
        // Deleted by a change on disk taken in while the form was open.
        None => complain(app, Msg::Refused(OpError::NoItem { id })),
        Some(index) => return Some(commit::run_on_item(app, index, ops)),
    }
    Some(Vec::new())
}

/// Esc: closes the form; nothing is written.
pub fn back(app: &mut App) -> Option<Effects> {
    app.view.mode.translation()?;
    app.view.mode = Mode::Normal;
    say(app, Msg::Cancelled);
    Some(Vec::new())
}

/// A key, paste, field move or change of language in the form.
pub fn text(app: &mut App, action: &Action) -> Option<Effects> {
    let Mode::Translate(form) = &mut app.view.mode else {
        return None;
    };
    match action {
        Action::TextKey(ev) => form.key(*ev),
        Action::Paste(s) => form.paste(s),
        Action::NewLine => form.new_line(),
        Action::ClearLine => form.clear_line(),
        Action::NextField(n) => form.move_focus(*n),
        Action::NextLanguage => form.next_target(app.doc.ledger(), 1),
        _ => {}
    }
    Some(Vec::new())
}
