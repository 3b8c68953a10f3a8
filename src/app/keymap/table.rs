//! The key table itself: every binding, in the order the help lists them.

use super::binding::{Binding, Does, EDITING, Key, bind, typing};
use crate::app::model::{Action, FilterKind, Prompt, STATUS_KEYS, Scope};
use crate::ledger::Side;
use crossterm::event::KeyCode;
use std::sync::LazyLock;

use Key::{Char, Code, Ctrl};
use Scope::{
    Confirm, Conflicts, Detail, DiskPrompt, Due, FilterMenu, Focus, Form, Help, Note, Palette,
    Pick, QuitPrompt, Review, ReviewForm, Search, StatusPick, Switcher, Table, Timeline, Translate,
};

const BROWSE: &[Scope] = &[Table, Detail, Timeline];
const LISTS: &[Scope] = &[Table, Detail, Timeline, Pick, Help, Conflicts];
const ENDS: &[Scope] = &[Table, Detail, Timeline, Pick, Help, Review];
const PAGES: &[Scope] = &[Table, Detail, Timeline, Pick, Help, Review];
const ITEM: &[Scope] = &[Table, Detail, Review, Focus];

/// Every key binding, in the order the help lists them: browsing and
/// editing here, then the prompts' ([`super::table_prompts::PROMPTS`]).
pub static KEYMAP: LazyLock<Vec<Binding>> =
    LazyLock::new(|| [BROWSING, super::table_prompts::PROMPTS].concat());

/// The bindings of the table, the detail, the timeline, the review and the
/// focus view.
pub(super) const BROWSING: &[Binding] = &[
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
        &[Char('n'), Char('j'), Code(KeyCode::Down)],
        &[Focus],
        Action::Move(1),
        "key-focus-next",
        "foot-next",
    ),
    bind(
        &[Char('p'), Char('k'), Code(KeyCode::Up)],
        &[Focus],
        Action::Move(-1),
        "key-focus-prev",
        "foot-prev",
    ),
    bind(
        &[Char('z'), Code(KeyCode::Esc)],
        &[Focus],
        Action::Zoom,
        "key-zoom-back",
        "foot-back",
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
        &[Char('L')],
        &[Table, Detail],
        Action::ToggleItemLog,
        "key-item-log",
        "",
    ),
    bind(
        &[Char('t')],
        BROWSE,
        Action::ToggleTimeline,
        "key-timeline",
        "foot-timeline",
    ),
    // `O` (originals, originales) is bound in no scope, and typing it in a
    // text field still types it: the scopes with text take any key.
    bind(
        &[Char('O')],
        EDITING,
        Action::SwitchReading,
        "key-originals",
        "",
    ),
    bind(&[Char('b')], EDITING, Action::SwitchTheme, "key-theme", ""),
    bind(
        &[Code(KeyCode::Esc)],
        &[
            Table, Detail, Timeline, Search, FilterMenu, Pick, Help, Form, Note, Confirm,
            QuitPrompt, DiskPrompt, Review, ReviewForm, Conflicts, Due, StatusPick, Translate,
            Palette, Switcher,
        ],
        Action::Back,
        "key-back",
        "foot-back",
    ),
    typing(&[Key::AnyChar], &[Search], Does::Type, "key-type-search"),
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
        Action::Open(Prompt::RecordReview),
        "key-record-review",
        "foot-record",
    ),
    bind(
        &[Char('a')],
        EDITING,
        Action::Open(Prompt::AddItem),
        "key-add",
        "foot-add",
    ),
    bind(
        &[Char('e')],
        ITEM,
        Action::Open(Prompt::EditItem),
        "key-edit",
        "foot-edit",
    ),
    bind(
        &[Char('s')],
        ITEM,
        Action::Open(Prompt::Status),
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
    bind(
        &[Char('d')],
        ITEM,
        Action::Open(Prompt::Due),
        "key-due",
        "foot-due",
    ),
    bind(
        &[Char(STATUS_KEYS[0].0)],
        &[StatusPick],
        Action::SetStatus(STATUS_KEYS[0].1),
        "key-pick-open",
        "",
    ),
    bind(
        &[Char(STATUS_KEYS[1].0)],
        &[StatusPick],
        Action::SetStatus(STATUS_KEYS[1].1),
        "key-pick-in-progress",
        "",
    ),
    bind(
        &[Char(STATUS_KEYS[2].0)],
        &[StatusPick],
        Action::SetStatus(STATUS_KEYS[2].1),
        "key-pick-blocked",
        "",
    ),
    bind(
        &[Char(STATUS_KEYS[3].0)],
        &[StatusPick],
        Action::SetStatus(STATUS_KEYS[3].1),
        "key-pick-done",
        "",
    ),
    bind(
        &[Char(STATUS_KEYS[4].0)],
        &[StatusPick],
        Action::SetStatus(STATUS_KEYS[4].1),
        "key-pick-dropped",
        "",
    ),
    bind(
        &[Char('c')],
        ITEM,
        Action::Open(Prompt::Note),
        "key-note",
        "foot-note",
    ),
    bind(
        &[Char('D')],
        ITEM,
        Action::Open(Prompt::Delete),
        "key-delete",
        "",
    ),
    // `T` (translate, traducir) is bound in no scope; `t` is the timeline.
    bind(
        &[Char('T')],
        ITEM,
        Action::Open(Prompt::Translate),
        "key-translate",
        "",
    ),
    // `C` and `X` (closure): `x` marks done, `X` undoes a closure with a note.
    bind(
        &[Char('C')],
        ITEM,
        Action::ConfirmClosure,
        "key-confirm-closure",
        "",
    ),
    bind(
        &[Char('X')],
        ITEM,
        Action::Open(Prompt::Reopen),
        "key-reopen",
        "",
    ),
    bind(
        &[Char('z')],
        &[Table, Detail, Review],
        Action::Zoom,
        "key-zoom",
        "foot-zoom",
    ),
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
        &[Table, Detail, Timeline, Help, Review, Focus],
        Action::Save,
        "key-save",
        "foot-save",
    ),
];
