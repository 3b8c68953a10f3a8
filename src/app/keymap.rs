//! The one table of key bindings: it decodes keys into actions and also
//! writes the footer and the help, so the three can never disagree.

use super::action::{Action, FilterKind};
use super::state::Scope;
use crate::ledger::{Side, Status};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key as written in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A character key (shift is part of the character).
    Char(char),
    /// A character key with Ctrl held.
    Ctrl(char),
    /// A named key.
    Code(KeyCode),
    /// A named key with Alt held.
    Alt(KeyCode),
    /// Any printable character not bound otherwise.
    AnyChar,
    /// Any key not bound otherwise.
    Any,
}

/// What a binding does.
#[derive(Debug, Clone, PartialEq)]
pub enum Does {
    /// This action.
    Act(Action),
    /// Types the pressed character into the search.
    Type,
    /// Hands the key to the focused text field.
    Edit,
}

/// One row of the key table.
#[derive(Debug, Clone)]
pub struct Binding {
    pub keys: &'static [Key],
    pub scopes: &'static [Scope],
    pub does: Does,
    /// The catalog id of what it does, for the help (`key-…`).
    pub help: &'static str,
    /// The catalog id of its label in the footer (`foot-…`; the catalog
    /// also has `foot-…-short`, used when room is short); empty to leave
    /// it out of the footer.
    pub short: &'static str,
}

use Key::{Alt, Char, Code, Ctrl};
use Scope::{
    Confirm, Conflicts, Detail, DiskPrompt, Due, FilterMenu, Form, Help, Note, Pick, QuitPrompt,
    Review, ReviewForm, Search, StatusPick, Table, Timeline,
};

const BROWSE: &[Scope] = &[Table, Detail, Timeline];
const LISTS: &[Scope] = &[Table, Detail, Timeline, Pick, Help, Conflicts];
const ENDS: &[Scope] = &[Table, Detail, Timeline, Pick, Help, Review];
const PAGES: &[Scope] = &[Table, Detail, Timeline, Pick, Help, Review];
const ITEM: &[Scope] = &[Table, Detail, Review];
const EDITING: &[Scope] = &[Table, Detail, Timeline, Review];
const TEXT: &[Scope] = &[Form, Note, ReviewForm, Due];
const FIELDS: &[Scope] = &[Form, ReviewForm];

const fn bind(
    keys: &'static [Key],
    scopes: &'static [Scope],
    action: Action,
    help: &'static str,
    short: &'static str,
) -> Binding {
    Binding {
        keys,
        scopes,
        does: Does::Act(action),
        help,
        short,
    }
}

/// Every key binding, in the order the help lists them.
pub const KEYMAP: &[Binding] = &[
    bind(
        &[Char('j'), Code(KeyCode::Down)],
        LISTS,
        Action::Move(1),
        "key-move-down",
        "foot-move",
    ),
    bind(
        &[Char('k'), Code(KeyCode::Up)],
        LISTS,
        Action::Move(-1),
        "key-move-up",
        "",
    ),
    bind(
        &[Char('n'), Char('j'), Code(KeyCode::Down)],
        &[Review],
        Action::Move(1),
        "key-agenda-next",
        "foot-next",
    ),
    bind(
        &[Char('p'), Char('k'), Code(KeyCode::Up)],
        &[Review],
        Action::Move(-1),
        "key-agenda-prev",
        "foot-prev",
    ),
    bind(
        &[Char('g'), Code(KeyCode::Home)],
        ENDS,
        Action::Top,
        "key-top",
        "",
    ),
    bind(
        &[Char('G'), Code(KeyCode::End)],
        ENDS,
        Action::Bottom,
        "key-bottom",
        "",
    ),
    bind(
        &[Code(KeyCode::PageDown), Ctrl('d')],
        PAGES,
        Action::Page(1),
        "key-page-down",
        "",
    ),
    bind(
        &[Code(KeyCode::PageUp), Ctrl('u')],
        PAGES,
        Action::Page(-1),
        "key-page-up",
        "",
    ),
    bind(
        &[Code(KeyCode::Enter), Code(KeyCode::Tab)],
        &[Table, Detail],
        Action::ToggleDetail,
        "key-detail",
        "foot-detail",
    ),
    bind(
        &[Char('/')],
        &[Table, Detail],
        Action::SearchStart,
        "key-search",
        "foot-search",
    ),
    bind(
        &[Char('n')],
        &[Table, Detail],
        Action::NextMatch(1),
        "key-next-match",
        "",
    ),
    bind(
        &[Char('N')],
        &[Table, Detail],
        Action::NextMatch(-1),
        "key-prev-match",
        "",
    ),
    bind(
        &[Char('f')],
        &[Table, Detail, Timeline],
        Action::FilterMenu,
        "key-filter",
        "foot-filter",
    ),
    bind(
        &[Char('o')],
        &[Table, Detail],
        Action::CycleSort,
        "key-sort",
        "",
    ),
    bind(
        &[Char('w')],
        &[Table, Detail],
        Action::ToggleGroups,
        "key-group",
        "",
    ),
    bind(
        &[Char('t')],
        BROWSE,
        Action::ToggleTimeline,
        "key-timeline",
        "foot-timeline",
    ),
    bind(
        &[Code(KeyCode::Esc)],
        &[
            Table, Detail, Timeline, Search, FilterMenu, Pick, Help, Form, Note, Confirm,
            QuitPrompt, DiskPrompt, Review, ReviewForm, Conflicts, Due, StatusPick,
        ],
        Action::Back,
        "key-back",
        "foot-back",
    ),
    Binding {
        keys: &[Key::AnyChar],
        scopes: &[Search],
        does: Does::Type,
        help: "key-type-search",
        short: "",
    },
    bind(
        &[Code(KeyCode::Backspace)],
        &[Search],
        Action::Backspace,
        "key-backspace",
        "",
    ),
    bind(
        &[Code(KeyCode::Enter)],
        &[Search],
        Action::SearchConfirm,
        "key-keep-search",
        "foot-keep",
    ),
    bind(
        &[Char('s')],
        &[FilterMenu],
        Action::FilterBy(FilterKind::Status),
        "key-filter-status",
        "foot-status",
    ),
    bind(
        &[Char('o')],
        &[FilterMenu],
        Action::FilterBy(FilterKind::Owner),
        "key-filter-owner",
        "foot-owner",
    ),
    bind(
        &[Char('w')],
        &[FilterMenu],
        Action::FilterBy(FilterKind::Workstream),
        "key-filter-workstream",
        "foot-workstream",
    ),
    bind(
        &[Char('d')],
        &[FilterMenu],
        Action::ToggleOverdue,
        "key-filter-overdue",
        "foot-overdue",
    ),
    bind(
        &[Char('c')],
        &[FilterMenu],
        Action::ClearFilter,
        "key-filter-clear",
        "foot-clear",
    ),
    bind(
        &[Code(KeyCode::Enter), Char(' ')],
        &[Pick],
        Action::Pick,
        "key-pick",
        "foot-choose",
    ),
    bind(
        &[Char('r')],
        &[Table, Detail, Timeline, Review],
        Action::Review,
        "key-review",
        "foot-review",
    ),
    bind(
        &[Char('R')],
        &[Review],
        Action::FinishReview,
        "key-record-review",
        "foot-record",
    ),
    bind(
        &[Char('a')],
        EDITING,
        Action::AddItem,
        "key-add",
        "foot-add",
    ),
    bind(
        &[Char('e')],
        ITEM,
        Action::EditItem,
        "key-edit",
        "foot-edit",
    ),
    bind(
        &[Char('s')],
        ITEM,
        Action::StatusPicker,
        "key-status",
        "foot-status",
    ),
    bind(
        &[Char('S')],
        ITEM,
        Action::CycleStatus(-1),
        "key-status-back",
        "",
    ),
    bind(
        &[Char('x')],
        ITEM,
        Action::MarkDone,
        "key-done",
        "foot-done",
    ),
    bind(&[Char('d')], ITEM, Action::MoveDue, "key-due", "foot-due"),
    bind(
        &[Char('o')],
        &[StatusPick],
        Action::SetStatus(Status::Open),
        "key-pick-open",
        "",
    ),
    bind(
        &[Char('i')],
        &[StatusPick],
        Action::SetStatus(Status::InProgress),
        "key-pick-in-progress",
        "",
    ),
    bind(
        &[Char('b')],
        &[StatusPick],
        Action::SetStatus(Status::Blocked),
        "key-pick-blocked",
        "",
    ),
    bind(
        &[Char('x')],
        &[StatusPick],
        Action::SetStatus(Status::Done),
        "key-pick-done",
        "",
    ),
    bind(
        &[Char('d')],
        &[StatusPick],
        Action::SetStatus(Status::Dropped),
        "key-pick-dropped",
        "",
    ),
    bind(&[Char('c')], ITEM, Action::AddNote, "key-note", "foot-note"),
    bind(&[Char('D')], ITEM, Action::DeleteItem, "key-delete", ""),
    bind(&[Char('u')], EDITING, Action::Undo, "key-undo", "foot-undo"),
    bind(&[Ctrl('r')], EDITING, Action::Redo, "key-redo", ""),
    bind(&[Char('M')], ITEM, Action::Conflicts, "key-conflicts", ""),
    bind(&[Char('y')], EDITING, Action::Sync, "key-sync", "foot-sync"),
    bind(
        &[Char('o'), Char('1')],
        &[Conflicts],
        Action::KeepSide(Side::Ours),
        "key-keep-ours",
        "foot-ours",
    ),
    bind(
        &[Char('t'), Char('2')],
        &[Conflicts],
        Action::KeepSide(Side::Theirs),
        "key-keep-theirs",
        "foot-theirs",
    ),
    bind(
        &[Ctrl('s')],
        &[Table, Detail, Timeline, Help, Review],
        Action::Save,
        "key-save",
        "foot-save",
    ),
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
    bind(&[Ctrl('u')], TEXT, Action::ClearLine, "key-clear-line", ""),
    Binding {
        keys: &[Key::Any],
        scopes: TEXT,
        does: Does::Edit,
        help: "key-edit-text",
        short: "",
    },
    bind(
        &[Char('y')],
        &[Confirm],
        Action::Confirm,
        "key-yes-delete",
        "foot-yes",
    ),
    bind(
        &[Char('n')],
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
    bind(
        &[Char('?')],
        &[Table, Detail, Timeline, Help, Review],
        Action::ToggleHelp,
        "key-help",
        "foot-help",
    ),
    bind(
        &[Char('q')],
        &[Table, Detail, Timeline, Help, Review],
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
];

impl Key {
    fn matches(self, ev: &KeyEvent) -> bool {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        let alt = ev.modifiers.contains(KeyModifiers::ALT);
        match (self, ev.code) {
            (Char(c), KeyCode::Char(k)) => !ctrl && !alt && c == k,
            (Ctrl(c), KeyCode::Char(k)) => ctrl && c == k.to_ascii_lowercase(),
            (Code(code), k) => !ctrl && !alt && code == k,
            (Alt(code), k) => !ctrl && alt && code == k,
            (Key::AnyChar, KeyCode::Char(_)) => !ctrl && !alt,
            (Key::Any, _) => true,
            _ => false,
        }
    }

    /// How the key is written in the footer and the help; empty for the
    /// keys named by words (Space, any text, any key), which the catalog says.
    pub fn label(self) -> String {
        match self {
            Char(' ') => String::new(),
            Char(c) => c.to_string(),
            Ctrl(c) => format!("Ctrl-{c}"),
            Alt(code) => format!("Alt-{}", Code(code).label()),
            Key::AnyChar | Key::Any => String::new(),
            Code(code) => match code {
                KeyCode::Up => "↑".into(),
                KeyCode::Down => "↓".into(),
                KeyCode::PageUp => "PgUp".into(),
                KeyCode::PageDown => "PgDn".into(),
                KeyCode::Backspace => "Bksp".into(),
                KeyCode::Left => "←".into(),
                KeyCode::Right => "→".into(),
                KeyCode::BackTab => "Shift-Tab".into(),
                c => c.to_string(),
            },
        }
    }
}

/// The action a key press means in `scope`, if any.
/// Keys bound by name win over the catch-alls (`text`, `keys`).
pub fn action_for(scope: Scope, ev: &KeyEvent) -> Option<Action> {
    let in_scope = || KEYMAP.iter().filter(|b| b.scopes.contains(&scope));
    let wild = |k: &Key| matches!(k, Key::AnyChar | Key::Any);
    let b = in_scope()
        .find(|b| b.keys.iter().any(|k| !wild(k) && k.matches(ev)))
        .or_else(|| in_scope().find(|b| b.keys.iter().any(|k| wild(k) && k.matches(ev))))?;
    match (&b.does, ev.code) {
        (Does::Act(a), _) => Some(a.clone()),
        (Does::Type, KeyCode::Char(c)) => Some(Action::Input(c)),
        (Does::Type, _) => None,
        (Does::Edit, _) => Some(Action::TextKey(*ev)),
    }
}

/// The bindings that open the help and quit in `scope`, always shown at
/// the end of the footer.
pub fn pinned(scope: Scope) -> impl Iterator<Item = &'static Binding> {
    [Action::ToggleHelp, Action::Quit]
        .into_iter()
        .filter_map(move |a| {
            KEYMAP
                .iter()
                .find(|b| b.scopes.contains(&scope) && b.does == Does::Act(a.clone()))
        })
}

/// The bindings worth showing in the footer for `scope`.
pub fn footer(scope: Scope) -> impl Iterator<Item = &'static Binding> {
    KEYMAP.iter().filter(move |b| {
        !b.short.is_empty()
            && b.scopes.contains(&scope)
            && !matches!(b.does, Does::Act(Action::ToggleHelp | Action::Quit))
    })
}
