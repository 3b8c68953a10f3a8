//! What the keyboard is talking to: the mode, each prompt holding its own
//! state, and the scope of key bindings it implies.

use super::action::FilterKind;
use super::form::Form;
use super::prompts::{DueBox, NoteBox};
use super::review_form::ReviewForm;

/// What the keyboard is talking to; a prompt's state lives in its mode,
/// so that it exists exactly while the prompt is open.
#[derive(Debug, Clone, Default)]
pub enum Mode {
    /// Browsing the table, the detail pane or the timeline.
    #[default]
    Normal,
    /// Typing a search.
    Search,
    /// The filter menu is open.
    FilterMenu,
    /// Choosing a filter value from a list; the cursor is an index into the choices.
    Pick(FilterKind, usize),
    /// The help overlay is open; the number is its scroll offset.
    Help(u16),
    /// The item form is open.
    Form(Box<Form>),
    /// The note box is open.
    Note(NoteBox),
    /// Asking whether to delete the item at this ledger index.
    ConfirmDelete(usize),
    /// Quitting with unsaved edits: save, discard or cancel?
    QuitPrompt,
    /// The file changed on disk while there are unsaved edits: merge, reload or later?
    DiskPrompt,
    /// The form that records the review is open.
    ReviewForm(Box<ReviewForm>),
    /// The merge conflicts popup; the cursor is an index into the
    /// conflicts it lists (`App::conflict_entries`).
    Conflicts(usize),
    /// The deadline prompt is open.
    Due(DueBox),
    /// The status picker is open for the selected item.
    StatusPick,
}

impl Mode {
    /// True when no prompt, popup or search is open.
    pub fn is_normal(&self) -> bool {
        matches!(self, Mode::Normal)
    }

    /// True when a text field is open (the form, the note box, the
    /// deadline prompt, the review form, the search): what a paste goes to.
    pub fn takes_text(&self) -> bool {
        matches!(
            self,
            Mode::Form(_) | Mode::Note(_) | Mode::Due(_) | Mode::ReviewForm(_) | Mode::Search
        )
    }

    /// The key bindings of an open prompt, popup or search; `None` when
    /// browsing (the view decides then).
    pub fn scope(&self) -> Option<Scope> {
        Some(match self {
            Mode::Normal => return None,
            Mode::Help(_) => Scope::Help,
            Mode::Search => Scope::Search,
            Mode::FilterMenu => Scope::FilterMenu,
            Mode::Pick(..) => Scope::Pick,
            Mode::Form(_) => Scope::Form,
            Mode::Note(_) => Scope::Note,
            Mode::ConfirmDelete(_) => Scope::Confirm,
            Mode::QuitPrompt => Scope::QuitPrompt,
            Mode::DiskPrompt => Scope::DiskPrompt,
            Mode::ReviewForm(_) => Scope::ReviewForm,
            Mode::Conflicts(_) => Scope::Conflicts,
            Mode::Due(_) => Scope::Due,
            Mode::StatusPick => Scope::StatusPick,
        })
    }

    /// The item form, while open.
    pub fn form(&self) -> Option<&Form> {
        match self {
            Mode::Form(f) => Some(f),
            _ => None,
        }
    }

    /// The note box, while open.
    pub fn note(&self) -> Option<&NoteBox> {
        match self {
            Mode::Note(n) => Some(n),
            _ => None,
        }
    }

    /// The deadline prompt, while open.
    pub fn due(&self) -> Option<&DueBox> {
        match self {
            Mode::Due(d) => Some(d),
            _ => None,
        }
    }

    /// The review form, while open.
    pub fn review_form(&self) -> Option<&ReviewForm> {
        match self {
            Mode::ReviewForm(f) => Some(f),
            _ => None,
        }
    }
}

/// The set of key bindings that apply, derived from the mode, focus and view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Table,
    Detail,
    Timeline,
    Search,
    FilterMenu,
    Pick,
    Help,
    Form,
    Note,
    Confirm,
    QuitPrompt,
    DiskPrompt,
    /// Review mode: stepping through the agenda.
    Review,
    ReviewForm,
    Conflicts,
    /// The deadline prompt.
    Due,
    /// The status picker.
    StatusPick,
}

impl Scope {
    /// Every scope.
    pub const ALL: [Scope; 17] = [
        Scope::Table,
        Scope::Detail,
        Scope::Timeline,
        Scope::Search,
        Scope::FilterMenu,
        Scope::Pick,
        Scope::Help,
        Scope::Form,
        Scope::Note,
        Scope::Confirm,
        Scope::QuitPrompt,
        Scope::DiskPrompt,
        Scope::Review,
        Scope::ReviewForm,
        Scope::Conflicts,
        Scope::Due,
        Scope::StatusPick,
    ];
}
