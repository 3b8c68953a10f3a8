//! What the keyboard is talking to: the mode, each prompt holding its own
//! state (the small prompts' here: the note box, the deadline prompt, the
//! command palette), the prompts a key opens, and the scope
//! of key bindings a mode implies.

use super::form::Form;
use super::review_form::ReviewForm;
use super::text::{clear_line, line, value};
use super::translation_form::TranslationForm;
use crate::base::date_input::parse_date_input;
use crate::base::lang::Lang;
use chrono::NaiveDate;
use crossterm::event::KeyEvent;
use ratatui::style::Style;
use ratatui_textarea::{TextArea, WrapMode};

/// What the filter menu's pick list chooses from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterKind {
    Status,
    Owner,
    Workstream,
}

/// A prompt a key opens (`Action::Open`), each on the selected item unless
/// it says otherwise; the handler it belongs to opens it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prompt {
    /// The item form, for a new item.
    AddItem,
    /// The item form, on the selected item.
    EditItem,
    /// The status picker.
    Status,
    /// The deadline prompt.
    Due,
    /// The note box.
    Note,
    /// Asking whether to delete the item.
    Delete,
    /// The form that records the review (in review mode).
    RecordReview,
    /// The translation form, on the selected item's texts.
    Translate,
    /// The note box that reopens the selected (done or dropped) item.
    Reopen,
    /// The command palette, on the actions of the scope it is opened in.
    Palette,
}

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
    /// The translation form is open.
    Translate(Box<TranslationForm>),
    /// The note box that reopens a closed item is open (its keys are the note box's).
    Reopen(NoteBox),
    /// The command palette is open.
    Palette(Box<Palette>),
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
            Mode::Form(_)
                | Mode::Note(_)
                | Mode::Reopen(_)
                | Mode::Due(_)
                | Mode::ReviewForm(_)
                | Mode::Search
                | Mode::Translate(_)
                | Mode::Palette(_)
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
            Mode::Note(_) | Mode::Reopen(_) => Scope::Note,
            Mode::ConfirmDelete(_) => Scope::Confirm,
            Mode::QuitPrompt => Scope::QuitPrompt,
            Mode::DiskPrompt => Scope::DiskPrompt,
            Mode::ReviewForm(_) => Scope::ReviewForm,
            Mode::Conflicts(_) => Scope::Conflicts,
            Mode::Due(_) => Scope::Due,
            Mode::StatusPick => Scope::StatusPick,
            Mode::Translate(_) => Scope::Translate,
            Mode::Palette(_) => Scope::Palette,
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

    /// The note box that reopens an item, while open.
    pub fn reopen(&self) -> Option<&NoteBox> {
        match self {
            Mode::Reopen(n) => Some(n),
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

    /// The translation form, while open.
    pub fn translation(&self) -> Option<&TranslationForm> {
        match self {
            Mode::Translate(f) => Some(f),
            _ => None,
        }
    }

    /// The command palette, while open.
    pub fn palette(&self) -> Option<&Palette> {
        match self {
            Mode::Palette(p) => Some(p),
            _ => None,
        }
    }
}

/// The set of key bindings that apply, derived from the mode, focus and view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
    /// The translation form.
    Translate,
    /// The focus view: the current item alone, large.
    Focus,
    /// The command palette.
    Palette,
    /// The portfolio's switcher: a committee by letter or name.
    Switcher,
}

impl Scope {
    /// The catalog id of the scope's name, as the help says where a key works.
    pub fn name_id(self) -> &'static str {
        match self {
            Scope::Table => "scope-table",
            Scope::Detail => "scope-detail",
            Scope::Timeline => "scope-timeline",
            Scope::Search => "scope-search",
            Scope::FilterMenu => "scope-filter-menu",
            Scope::Pick => "scope-pick",
            Scope::Help => "scope-help",
            Scope::Form => "scope-form",
            Scope::Note => "scope-note",
            Scope::Confirm => "scope-confirm",
            Scope::QuitPrompt => "scope-quit-prompt",
            Scope::DiskPrompt => "scope-disk-prompt",
            Scope::Review => "scope-review",
            Scope::ReviewForm => "scope-review-form",
            Scope::Conflicts => "scope-conflicts",
            Scope::Due => "scope-due",
            Scope::StatusPick => "scope-status-pick",
            Scope::Translate => "scope-translate",
            Scope::Focus => "scope-focus",
            Scope::Palette => "scope-palette",
            Scope::Switcher => "scope-switcher",
        }
    }

    /// Every scope.
    pub const ALL: [Scope; 21] = [
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
        Scope::Translate,
        Scope::Focus,
        Scope::Palette,
        Scope::Switcher,
    ];
}

/// The note box: a multi-line text for the item at `index`.
#[derive(Debug, Clone)]
pub struct NoteBox {
    pub index: usize,
    pub text: TextArea<'static>,
}

impl NoteBox {
    /// An empty note box for the item at `index` (its placeholder is set
    /// when drawn, in the dashboard's language).
    pub fn new(index: usize) -> NoteBox {
        let mut text = TextArea::default();
        text.set_cursor_line_style(Style::new());
        text.set_wrap_mode(WrapMode::WordOrGlyph);
        NoteBox { index, text }
    }

    /// The note as typed, without trailing blank lines or spaces.
    pub fn value(&self) -> String {
        self.text.lines().join("\n").trim_end().to_owned()
    }

    /// Feeds a key to the text.
    pub fn key(&mut self, ev: KeyEvent) {
        self.text.input(ev);
    }

    /// Pastes text, its line ends as typed ones.
    pub fn paste(&mut self, s: &str) {
        self.text
            .insert_str(s.replace("\r\n", "\n").replace('\r', "\n"));
    }

    /// Starts a new line.
    pub fn new_line(&mut self) {
        self.text.insert_newline();
    }

    /// Empties the line under the cursor (Ctrl-u).
    pub fn clear_line(&mut self) {
        let row = self.text.cursor().0;
        if self.text.lines().get(row).is_some_and(|l| !l.is_empty()) {
            self.text.move_cursor(ratatui_textarea::CursorMove::End);
            self.text.delete_line_by_head();
        }
    }
}

/// The deadline prompt (`d`): a date typed in any accepted form for the
/// item at `index`, understood as it is typed.
#[derive(Debug, Clone)]
pub struct DueBox {
    pub index: usize,
    text: TextArea<'static>,
    /// The date as understood so far; `None` while empty or invalid.
    pub date: Option<NaiveDate>,
    /// Why the text is not a date, when it is not.
    pub problem: Option<crate::base::dates::DateError>,
    /// The language dates may also be typed in.
    lang: Lang,
}

impl DueBox {
    /// An empty prompt for the item at `index`, reading dates in `lang` too.
    pub fn new(index: usize, lang: Lang) -> DueBox {
        DueBox {
            index,
            text: line(""),
            date: None,
            problem: None,
            lang,
        }
    }

    /// The text as typed.
    pub fn text(&self) -> String {
        value(&self.text)
    }

    /// The cursor's character column.
    pub fn cursor(&self) -> usize {
        self.text.cursor().1
    }

    /// Feeds a key to the prompt.
    pub fn key(&mut self, ev: KeyEvent, today: NaiveDate) {
        if self.text.input(ev) {
            if self.text.lines().len() > 1 {
                self.text = line(&value(&self.text));
            }
            self.check(today);
        }
    }

    /// Pastes text (newlines become spaces).
    pub fn paste(&mut self, text: &str, today: NaiveDate) {
        self.text.insert_str(text.replace(['\n', '\r'], " "));
        self.check(today);
    }

    /// Empties the prompt (Ctrl-u).
    pub fn clear_line(&mut self, today: NaiveDate) {
        if clear_line(&mut self.text) {
            self.check(today);
        }
    }

    /// Understands the text: any form `followup` accepts (`+2w`, `fri`,
    /// `2026-12-04`, `today`, and the forms of the dashboard's language).
    fn check(&mut self, today: NaiveDate) {
        let typed = self.text();
        let typed = typed.trim();
        (self.date, self.problem) = if typed.is_empty() {
            (None, None)
        } else {
            match parse_date_input(typed, today, self.lang) {
                Ok(d) => (Some(d), None),
                Err(e) => (None, Some(e)),
            }
        };
    }
}

/// What the palette offers: a binding of the keymap in use (by its row),
/// or an item to go to (by its index in the ledger).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaletteEntry {
    Action(usize),
    Item(usize),
}

/// The command palette (`:`, `Ctrl-p`).
#[derive(Debug, Clone)]
pub struct Palette {
    /// The scope it was opened in: its actions are offered, and the chosen
    /// one runs there.
    pub from: Scope,
    text: TextArea<'static>,
    /// The chosen entry, an index into what the text finds.
    pub cursor: usize,
}

impl Palette {
    /// An empty palette over the actions of `from`.
    pub fn new(from: Scope) -> Palette {
        Palette {
            from,
            text: line(""),
            cursor: 0,
        }
    }

    /// The text as typed.
    pub fn query(&self) -> String {
        value(&self.text)
    }

    /// The cursor's character column.
    pub fn column(&self) -> usize {
        self.text.cursor().1
    }

    /// Feeds a key to the text; the first entry found is chosen again.
    pub fn key(&mut self, ev: KeyEvent) {
        if self.text.input(ev) {
            if self.text.lines().len() > 1 {
                self.text = line(&self.query());
            }
            self.cursor = 0;
        }
    }

    /// Pastes text (newlines become spaces).
    pub fn paste(&mut self, text: &str) {
        self.text.insert_str(text.replace(['\n', '\r'], " "));
        self.cursor = 0;
    }

    /// Empties the text (Ctrl-u).
    pub fn clear(&mut self) {
        if clear_line(&mut self.text) {
            self.cursor = 0;
        }
    }

    /// Moves the choice `n` entries among `found` of them (clamped).
    pub fn step(&mut self, n: i32, found: usize) {
        let last = found.saturating_sub(1) as i64;
        self.cursor = (self.cursor as i64 + i64::from(n)).clamp(0, last) as usize;
    }
}
