//! The bindings of prompts and text fields (forms, notes, the deadline,
//! answers, the palette): the second half of the key table, in help order.

use super::binding::{Binding, Does, EDITING, Key, bind, typing};
use crate::app::model::{Action, Prompt, Scope};
use crossterm::event::KeyCode;

use Key::{Alt, Char, Code, Ctrl};
use Scope::{
    Confirm, Detail, DiskPrompt, Due, Focus, Form, Help, Note, Palette, QuitPrompt, Review,
    ReviewForm, Switcher, Table, Timeline, Translate,
};

const TEXT: &[Scope] = &[Form, Note, ReviewForm, Due, Translate, Palette];
const FIELDS: &[Scope] = &[Form, ReviewForm, Translate];
const DESK: &[Scope] = &[Table, Detail, Timeline, Review];
const SW: &[Scope] = &[Switcher];

/// The prompts' bindings, after [`super::table::BROWSING`] in the help.
pub(super) const PROMPTS: &[Binding] = &[
    bind(
        &[Code(KeyCode::Tab), Code(KeyCode::Down)],
        FIELDS,
        Action::NextField(1),
        "key-next-field",
        "foot-next",
    ),
    bind(
        &[Code(KeyCode::BackTab), Code(KeyCode::Up)],
        FIELDS,
        Action::NextField(-1),
        "key-prev-field",
        "",
    ),
    bind(
        &[Code(KeyCode::Right)],
        &[Form],
        Action::Complete,
        "key-complete",
        "",
    ),
    bind(
        &[Ctrl('n')],
        &[Form],
        Action::NextSuggestion(1),
        "key-next-suggestion",
        "",
    ),
    bind(
        &[Ctrl('p')],
        &[Form],
        Action::NextSuggestion(-1),
        "key-prev-suggestion",
        "",
    ),
    bind(
        &[Code(KeyCode::Enter)],
        &[Form],
        Action::Confirm,
        "key-confirm-form",
        "foot-confirm",
    ),
    bind(
        &[Code(KeyCode::Enter)],
        &[ReviewForm],
        Action::Confirm,
        "key-confirm-review",
        "foot-record",
    ),
    bind(
        &[Code(KeyCode::Enter)],
        &[Due],
        Action::Confirm,
        "key-confirm-due",
        "foot-confirm",
    ),
    bind(
        &[Code(KeyCode::Enter)],
        &[Note],
        Action::Confirm,
        "key-confirm-note",
        "foot-add-note",
    ),
    bind(
        &[Alt(KeyCode::Enter), Ctrl('j')],
        &[Note],
        Action::NewLine,
        "key-new-line",
        "foot-new-line",
    ),
    bind(
        &[Code(KeyCode::Enter)],
        &[Translate],
        Action::Confirm,
        "key-confirm-translation",
        "foot-save",
    ),
    bind(
        &[Ctrl('l')],
        &[Translate],
        Action::NextLanguage,
        "key-next-language",
        "foot-language",
    ),
    bind(
        &[Alt(KeyCode::Enter), Ctrl('j')],
        &[Translate],
        Action::NewLine,
        "key-new-line-translation",
        "",
    ),
    bind(&[Ctrl('u')], TEXT, Action::ClearLine, "key-clear-line", ""),
    typing(&[Key::Any], TEXT, Does::Edit, "key-edit-text"),
    bind(
        &[Key::Yes],
        &[Confirm],
        Action::Confirm,
        "key-yes-delete",
        "foot-yes",
    ),
    bind(
        &[Key::No],
        &[Confirm],
        Action::Back,
        "key-no-delete",
        "foot-no",
    ),
    bind(
        &[Char('s')],
        &[QuitPrompt],
        Action::QuitSave,
        "key-quit-save",
        "foot-save",
    ),
    bind(
        &[Char('d')],
        &[QuitPrompt],
        Action::QuitDiscard,
        "key-quit-discard",
        "foot-discard",
    ),
    bind(
        &[Char('c')],
        &[QuitPrompt],
        Action::Back,
        "key-quit-cancel",
        "foot-cancel",
    ),
    bind(
        &[Char('m')],
        &[DiskPrompt],
        Action::MergeDisk,
        "key-merge",
        "foot-merge",
    ),
    bind(
        &[Char('r')],
        &[DiskPrompt],
        Action::ReloadDisk,
        "key-reload",
        "foot-reload",
    ),
    // `Ctrl-p` opens the palette where it means nothing else: in the item
    // form it is the previous suggestion, in a note the line above.
    bind(
        &[Char(':'), Ctrl('p')],
        EDITING,
        Action::Open(Prompt::Palette),
        "key-palette",
        "",
    ),
    bind(
        &[Code(KeyCode::Enter)],
        &[Palette],
        Action::Confirm,
        "key-palette-run",
        "foot-run",
    ),
    bind(
        &[Code(KeyCode::Down), Ctrl('n'), Code(KeyCode::Tab)],
        &[Palette],
        Action::NextSuggestion(1),
        "key-palette-next",
        "",
    ),
    bind(
        &[Code(KeyCode::Up), Ctrl('p'), Code(KeyCode::BackTab)],
        &[Palette],
        Action::NextSuggestion(-1),
        "key-palette-prev",
        "",
    ),
    bind(
        &[Char('?')],
        &[Table, Detail, Timeline, Help, Review, Focus],
        Action::ToggleHelp,
        "key-help",
        "foot-help",
    ),
    bind(
        &[Char('q')],
        &[Table, Detail, Timeline, Help, Review, Focus],
        Action::Quit,
        "key-quit",
        "foot-quit",
    ),
    bind(
        &[Ctrl('c')],
        &Scope::ALL,
        Action::Quit,
        "key-quit-anywhere",
        "",
    ),
    bind(
        &[Ctrl('z')],
        &Scope::ALL,
        Action::Suspend,
        "key-suspend",
        "",
    ),
    // The desk (`followup --all`): the portfolio, its switcher, and back.
    bind(&[Char('P')], DESK, Action::Portfolio, "key-portfolio", ""),
    typing(&[Key::AnyChar], SW, Does::Type, "key-sw-type"),
    bind(
        &[Code(KeyCode::Backspace)],
        SW,
        Action::Backspace,
        "key-sw-erase",
        "",
    ),
    bind(
        &[Code(KeyCode::Down)],
        SW,
        Action::Move(1),
        "key-sw-next",
        "",
    ),
    bind(
        &[Code(KeyCode::Up)],
        SW,
        Action::Move(-1),
        "key-sw-prev",
        "",
    ),
    bind(
        &[Code(KeyCode::Enter)],
        SW,
        Action::Confirm,
        "key-sw-go",
        "",
    ),
];
