//! The one table of key bindings: it decodes keys into actions and also
//! writes the footer and the help, so the three can never disagree.

use super::action::{Action, FilterKind};
use super::state::Scope;
use crate::ledger::Side;
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
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// What it does, for the help.
    pub help: &'static str,
    /// A one-word label for the footer; empty to leave it out of the footer.
    pub short: &'static str,
}

use Key::{Alt, Char, Code, Ctrl};
use Scope::{
    Confirm, Conflicts, Detail, DiskPrompt, FilterMenu, Form, Help, Note, Pick, QuitPrompt, Review,
    ReviewForm, Search, Table, Timeline,
};

const BROWSE: &[Scope] = &[Table, Detail, Timeline];
const LISTS: &[Scope] = &[Table, Detail, Timeline, Pick, Help, Conflicts];
const ENDS: &[Scope] = &[Table, Detail, Timeline, Pick, Help, Review];
const PAGES: &[Scope] = &[Table, Detail, Timeline, Pick, Help, Review];
const ITEM: &[Scope] = &[Table, Detail, Review];
const EDITING: &[Scope] = &[Table, Detail, Timeline, Review];
const TEXT: &[Scope] = &[Form, Note, ReviewForm];
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
        "move down",
        "move",
    ),
    bind(
        &[Char('k'), Code(KeyCode::Up)],
        LISTS,
        Action::Move(-1),
        "move up",
        "",
    ),
    bind(
        &[Char('n'), Char('j'), Code(KeyCode::Down)],
        &[Review],
        Action::Move(1),
        "next item on the agenda",
        "next",
    ),
    bind(
        &[Char('p'), Char('k'), Code(KeyCode::Up)],
        &[Review],
        Action::Move(-1),
        "previous item on the agenda",
        "prev",
    ),
    bind(
        &[Char('g'), Code(KeyCode::Home)],
        ENDS,
        Action::Top,
        "go to the top",
        "",
    ),
    bind(
        &[Char('G'), Code(KeyCode::End)],
        ENDS,
        Action::Bottom,
        "go to the bottom",
        "",
    ),
    bind(
        &[Code(KeyCode::PageDown), Ctrl('d')],
        PAGES,
        Action::Page(1),
        "page down (in review: the detail pane)",
        "",
    ),
    bind(
        &[Code(KeyCode::PageUp), Ctrl('u')],
        PAGES,
        Action::Page(-1),
        "page up",
        "",
    ),
    bind(
        &[Code(KeyCode::Enter), Code(KeyCode::Tab)],
        &[Table, Detail],
        Action::ToggleDetail,
        "focus the detail pane / back to the table",
        "detail",
    ),
    bind(
        &[Char('/')],
        &[Table, Detail],
        Action::SearchStart,
        "search id, title, owners, workstream, notes",
        "search",
    ),
    bind(
        &[Char('n')],
        &[Table, Detail],
        Action::NextMatch(1),
        "next search match",
        "",
    ),
    bind(
        &[Char('N')],
        &[Table, Detail],
        Action::NextMatch(-1),
        "previous search match",
        "",
    ),
    bind(
        &[Char('f')],
        &[Table, Detail, Timeline],
        Action::FilterMenu,
        "filter by status, owner, workstream, overdue",
        "filter",
    ),
    bind(
        &[Char('o')],
        &[Table, Detail],
        Action::CycleSort,
        "cycle the sort: due, status, id, updated, workstream",
        "",
    ),
    bind(
        &[Char('w')],
        &[Table, Detail],
        Action::ToggleGroups,
        "group by workstream",
        "",
    ),
    bind(
        &[Char('t')],
        BROWSE,
        Action::ToggleTimeline,
        "timeline of deadlines by workstream",
        "timeline",
    ),
    bind(
        &[Code(KeyCode::Esc)],
        &[
            Table, Detail, Timeline, Search, FilterMenu, Pick, Help, Form, Note, Confirm,
            QuitPrompt, DiskPrompt, Review, ReviewForm, Conflicts,
        ],
        Action::Back,
        "back: close, cancel, clear the search, leave the pane",
        "back",
    ),
    Binding {
        keys: &[Key::AnyChar],
        scopes: &[Search],
        does: Does::Type,
        help: "type to search (matches as you type)",
        short: "",
    },
    bind(
        &[Code(KeyCode::Backspace)],
        &[Search],
        Action::Backspace,
        "delete a character",
        "",
    ),
    bind(
        &[Code(KeyCode::Enter)],
        &[Search],
        Action::SearchConfirm,
        "keep the search, n/N to step",
        "keep",
    ),
    bind(
        &[Char('s')],
        &[FilterMenu],
        Action::FilterBy(FilterKind::Status),
        "filter by status",
        "status",
    ),
    bind(
        &[Char('o')],
        &[FilterMenu],
        Action::FilterBy(FilterKind::Owner),
        "filter by owner",
        "owner",
    ),
    bind(
        &[Char('w')],
        &[FilterMenu],
        Action::FilterBy(FilterKind::Workstream),
        "filter by workstream",
        "workstream",
    ),
    bind(
        &[Char('d')],
        &[FilterMenu],
        Action::ToggleOverdue,
        "only overdue items (toggle)",
        "overdue",
    ),
    bind(
        &[Char('c')],
        &[FilterMenu],
        Action::ClearFilter,
        "clear every filter",
        "clear",
    ),
    bind(
        &[Code(KeyCode::Enter), Char(' ')],
        &[Pick],
        Action::Pick,
        "choose (statuses toggle)",
        "choose",
    ),
    bind(
        &[Char('r')],
        &[Table, Detail, Timeline, Review],
        Action::Review,
        "review mode: the meeting's agenda, item by item",
        "review",
    ),
    bind(
        &[Char('R')],
        &[Review],
        Action::FinishReview,
        "record the review (date, attendees, summary) and save",
        "record",
    ),
    bind(
        &[Char('a')],
        EDITING,
        Action::AddItem,
        "add an item (form)",
        "add",
    ),
    bind(
        &[Char('e')],
        ITEM,
        Action::EditItem,
        "edit the selected item (form)",
        "edit",
    ),
    bind(
        &[Char('s')],
        ITEM,
        Action::CycleStatus(1),
        "status: open→in progress→blocked→done→dropped→open",
        "status",
    ),
    bind(
        &[Char('S')],
        ITEM,
        Action::CycleStatus(-1),
        "status backward (the same cycle)",
        "",
    ),
    bind(&[Char('x')], ITEM, Action::MarkDone, "mark done", "done"),
    bind(
        &[Char('c')],
        ITEM,
        Action::AddNote,
        "add a note (today, by you)",
        "note",
    ),
    bind(
        &[Char('D')],
        ITEM,
        Action::DeleteItem,
        "delete the selected item (asks first)",
        "",
    ),
    bind(
        &[Char('u')],
        EDITING,
        Action::Undo,
        "undo the last edit",
        "undo",
    ),
    bind(&[Ctrl('r')], EDITING, Action::Redo, "redo", ""),
    bind(
        &[Char('M')],
        ITEM,
        Action::Conflicts,
        "settle merge conflicts (⚠): keep ours or theirs",
        "",
    ),
    bind(
        &[Char('o'), Char('1')],
        &[Conflicts],
        Action::KeepSide(Side::Ours),
        "keep ours (this copy's value)",
        "ours",
    ),
    bind(
        &[Char('t'), Char('2')],
        &[Conflicts],
        Action::KeepSide(Side::Theirs),
        "keep theirs (the merged-in value)",
        "theirs",
    ),
    bind(
        &[Ctrl('s')],
        &[Table, Detail, Timeline, Help, Review],
        Action::Save,
        "save the ledger",
        "save",
    ),
    bind(
        &[Code(KeyCode::Tab), Code(KeyCode::Down)],
        FIELDS,
        Action::NextField(1),
        "next field",
        "next",
    ),
    bind(
        &[Code(KeyCode::BackTab), Code(KeyCode::Up)],
        FIELDS,
        Action::NextField(-1),
        "previous field",
        "",
    ),
    bind(
        &[Code(KeyCode::Right)],
        &[Form],
        Action::Complete,
        "accept the dimmed suggestion, else move right",
        "",
    ),
    bind(
        &[Ctrl('n')],
        &[Form],
        Action::NextSuggestion(1),
        "next suggestion",
        "",
    ),
    bind(
        &[Ctrl('p')],
        &[Form],
        Action::NextSuggestion(-1),
        "previous suggestion",
        "",
    ),
    bind(
        &[Code(KeyCode::Enter)],
        &[Form],
        Action::Confirm,
        "confirm the form (refused while a field is invalid)",
        "confirm",
    ),
    bind(
        &[Code(KeyCode::Enter)],
        &[ReviewForm],
        Action::Confirm,
        "record the review and save",
        "record",
    ),
    bind(
        &[Code(KeyCode::Enter)],
        &[Note],
        Action::Confirm,
        "add the note",
        "add note",
    ),
    bind(
        &[Alt(KeyCode::Enter), Ctrl('j')],
        &[Note],
        Action::NewLine,
        "new line in the note",
        "new line",
    ),
    bind(
        &[Ctrl('u')],
        TEXT,
        Action::ClearLine,
        "clear the field (in a note: the line)",
        "",
    ),
    Binding {
        keys: &[Key::Any],
        scopes: TEXT,
        does: Does::Edit,
        help: "edit text: ←→ Home End, Ctrl-←→ words, Bksp Del, paste",
        short: "",
    },
    bind(
        &[Char('y')],
        &[Confirm],
        Action::Confirm,
        "yes, delete it",
        "yes",
    ),
    bind(&[Char('n')], &[Confirm], Action::Back, "no, keep it", "no"),
    bind(
        &[Char('s')],
        &[QuitPrompt],
        Action::QuitSave,
        "save, then quit",
        "save",
    ),
    bind(
        &[Char('d')],
        &[QuitPrompt],
        Action::QuitDiscard,
        "quit, discarding the unsaved edits",
        "discard",
    ),
    bind(
        &[Char('c')],
        &[QuitPrompt],
        Action::Back,
        "cancel: keep editing",
        "cancel",
    ),
    bind(
        &[Char('m')],
        &[DiskPrompt],
        Action::MergeDisk,
        "merge the changes on disk into your unsaved edits",
        "merge",
    ),
    bind(
        &[Char('r')],
        &[DiskPrompt],
        Action::ReloadDisk,
        "reload the file, dropping your unsaved edits (u undoes)",
        "reload",
    ),
    bind(
        &[Char('?')],
        &[Table, Detail, Timeline, Help, Review],
        Action::ToggleHelp,
        "this help",
        "help",
    ),
    bind(
        &[Char('q')],
        &[Table, Detail, Timeline, Help, Review],
        Action::Quit,
        "quit",
        "quit",
    ),
    bind(
        &[Ctrl('c')],
        &Scope::ALL,
        Action::Quit,
        "quit from anywhere (asks when there are unsaved edits)",
        "",
    ),
    bind(
        &[Ctrl('z')],
        &Scope::ALL,
        Action::Suspend,
        "suspend to the shell (`fg` comes back)",
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

    /// How the key is written in the footer and the help.
    pub fn label(self) -> String {
        match self {
            Char(' ') => "Space".into(),
            Char(c) => c.to_string(),
            Ctrl(c) => format!("Ctrl-{c}"),
            Alt(code) => format!("Alt-{}", Code(code).label()),
            Key::AnyChar => "text".into(),
            Key::Any => "keys".into(),
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
