//! What a handler answers about the prompts it owns, as a table of
//! functions, so that `update` asks each handler in turn and names no
//! prompt itself.

use super::model::{Action, Effects, NoteBox, Prompt};
use super::state::App;

/// What a handler answers about the prompts it owns; each function returns
/// `None` when the prompt is not its own (or none of its own is open), so
/// that `update` asks the next handler.
pub struct PromptHandler {
    /// `Action::Open`: opens the prompt (or not: nothing selected, read-only).
    pub open: fn(&mut App, Prompt) -> Option<Effects>,
    /// Enter.
    pub confirm: fn(&mut App) -> Option<Effects>,
    /// Esc.
    pub back: fn(&mut App) -> Option<Effects>,
    /// A key, paste or field move for the open text field.
    pub text: fn(&mut App, &Action) -> Option<Effects>,
}

/// Types into a note box what `action` types (a key, a paste, a new line,
/// Ctrl-u); any other action leaves it as it is. Shared by the note and the
/// reopening's note.
pub fn type_in(note: &mut NoteBox, action: &Action) {
    match action {
        Action::TextKey(ev) => note.key(*ev),
        Action::Paste(s) => note.paste(s),
        Action::NewLine => note.new_line(),
        Action::ClearLine => note.clear_line(),
        _ => {}
    }
}
