//! The command palette: `:` or `Ctrl-p` opens it on the actions of the
//! scope the user is in; typing finds actions and items; Enter runs the
//! chosen action through the same dispatch as its key, or goes to the
//! chosen item; Esc closes it.

use crate::app::keymap::Does;
use crate::app::model::{Action, Effects, Mode, Palette, PaletteEntry, Prompt};
use crate::app::prompt_handler::PromptHandler;
use crate::app::state::{App, ViewRow};

/// The prompt of this module: the palette (Enter is [`run`]'s, asked
/// before any handler).
pub const PROMPTS: PromptHandler = PromptHandler {
    open,
    confirm: |_| None,
    back,
    text,
};

/// `:`: opens the palette on the actions of the scope the user is in.
fn open(app: &mut App, prompt: Prompt) -> Option<Effects> {
    if prompt != Prompt::Palette {
        return None;
    }
    app.view.mode = Mode::Palette(Box::new(Palette::new(app.scope())));
    Some(Vec::new())
}

/// Esc: closes the palette.
fn back(app: &mut App) -> Option<Effects> {
    app.view.mode.palette()?;
    app.view.mode = Mode::Normal;
    Some(Vec::new())
}

/// Typing, pasting, Ctrl-u, and moving the choice.
fn text(app: &mut App, action: &Action) -> Option<Effects> {
    let found = app.palette_entries().len();
    let Mode::Palette(p) = &mut app.view.mode else {
        return None;
    };
    match action {
        Action::TextKey(ev) => p.key(*ev),
        Action::Paste(s) => p.paste(s),
        Action::ClearLine => p.clear(),
        Action::NextSuggestion(n) => p.step(*n, found),
        _ => {}
    }
    Some(Vec::new())
}

/// Enter in the palette: closes it and runs the chosen action as its key
/// would (through `dispatch`, the dashboard's `update`), or goes to the
/// chosen item; `None` for any other action, or with the palette closed.
/// With nothing found the palette stays open.
pub fn run(
    app: &mut App,
    action: &Action,
    dispatch: fn(&mut App, Action) -> Effects,
) -> Option<Effects> {
    if *action != Action::Confirm {
        return None;
    }
    let cursor = app.view.mode.palette()?.cursor;
    let Some(&chosen) = app.palette_entries().get(cursor) else {
        return Some(Vec::new());
    };
    app.view.mode = Mode::Normal;
    match chosen {
        PaletteEntry::Action(row) => match &app.keymap.bindings()[row].does {
            Does::Act(a) => {
                let a = a.clone();
                Some(dispatch(app, a))
            }
            Does::Type | Does::Edit => Some(Vec::new()),
        },
        PaletteEntry::Item(i) => {
            go_to(app, i);
            Some(Vec::new())
        }
    }
}

/// Selects the item at ledger index `i`: on the review's agenda in review
/// mode, else in the table (clearing the filter and the search when they
/// hide it).
fn go_to(app: &mut App, i: usize) {
    if let Some(agenda) = &mut app.view.review
        && let Some(n) = agenda.entries.iter().position(|e| !e.gone && e.index == i)
    {
        agenda.cursor = n;
    }
    let row = |app: &App| app.view.rows.iter().position(|r| *r == ViewRow::Item(i));
    if row(app).is_none() && app.view.review.is_none() {
        app.view.filter = Default::default();
        app.view.search.query.clear();
        app.rebuild();
    }
    if let Some(r) = row(app) {
        app.view.selected = r;
    }
    app.view.detail_scroll = 0;
    app.scroll_into_view();
}
