//! The item form and the note box: text fields (from `ratatui-textarea`),
//! validation as you type, and completion from the ledger's own values.

use super::message::Problem;
use super::state::App;
use crate::base::date_input::parse_date_input;
use crate::base::lang::Lang;
use crate::ledger::{Item, Ledger, Status, item_field_problem};
use crate::query::{EmptyEntry, list_candidates, next_id, split_list, split_list_strict};
use chrono::NaiveDate;
use crossterm::event::KeyEvent;
use ratatui::style::Style;
use ratatui_textarea::{CursorMove, TextArea, WrapMode};

/// A field of the item form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Id,
    Title,
    Workstream,
    Owners,
    Status,
    Due,
    Meeting,
    Tags,
}

impl FieldKind {
    /// The fields in the order the form shows them (and Tab visits them).
    pub const ORDER: [FieldKind; 8] = [
        FieldKind::Id,
        FieldKind::Title,
        FieldKind::Workstream,
        FieldKind::Owners,
        FieldKind::Status,
        FieldKind::Due,
        FieldKind::Meeting,
        FieldKind::Tags,
    ];

    fn from_problem(field: &str) -> FieldKind {
        match field {
            "id" => FieldKind::Id,
            "meeting" => FieldKind::Meeting,
            "owners" => FieldKind::Owners,
            "tags" => FieldKind::Tags,
            _ => FieldKind::Title,
        }
    }

    fn slot(self) -> usize {
        self as usize
    }
}

/// A one-line text field.
pub(super) fn line(text: &str) -> TextArea<'static> {
    let mut t = TextArea::new(vec![text.to_owned()]);
    t.set_cursor_line_style(Style::new());
    t.move_cursor(CursorMove::End);
    t
}

/// The text of a field, its lines joined.
pub(super) fn value(t: &TextArea<'_>) -> String {
    t.lines().join(" ")
}

/// Empties a one-line field (Ctrl-u), as an edit its own undo can take back;
/// returns true when there was text to remove.
pub(super) fn clear_line(t: &mut TextArea<'_>) -> bool {
    if t.lines().iter().all(String::is_empty) {
        return false;
    }
    t.move_cursor(CursorMove::Bottom);
    t.move_cursor(CursorMove::End);
    t.delete_line_by_head()
}

/// Where the entry being typed at the end of a list starts: after the last
/// comma, unless that comma belongs to a `known` value the entry is
/// spelling out (`Ministry of Trade, Ind` → `Ministry of Trade, Industry…`).
pub(super) fn last_entry_start(text: &str, known: &[String]) -> usize {
    let starts = std::iter::once(0).chain(text.match_indices(',').map(|(i, _)| i + 1));
    for start in starts {
        let tail = text[start..].trim_start().to_lowercase();
        if tail.contains(',')
            && known
                .iter()
                .any(|k| k.contains(',') && k.to_lowercase().starts_with(&tail))
        {
            return start;
        }
    }
    text.rfind(',').map_or(0, |i| i + 1)
}

/// The form that adds an item or edits one.
#[derive(Debug, Clone)]
pub struct Form {
    /// The ledger index of the item being edited; `None` when adding.
    pub editing: Option<usize>,
    /// The item as it was (or a blank one): fields the form does not show
    /// (notes, history, unknown fields) are kept from it.
    pub original: Item,
    texts: Vec<TextArea<'static>>,
    pub status: Status,
    /// The focused field, as an index into [`FieldKind::ORDER`].
    pub focus: usize,
    /// The id was typed by the user: stop proposing one.
    pub id_touched: bool,
    /// Which suggestion is shown for the focused field.
    pub suggestion: usize,
    /// What is wrong, per field, as of the last change.
    pub problems: Vec<(FieldKind, Problem)>,
    /// The deadline as understood so far.
    pub due: Option<NaiveDate>,
    /// Every tag in the ledger, for completion and for keeping a tag
    /// that contains a comma whole.
    tags: Vec<String>,
    /// Every owner in the ledger, for the same.
    owners: Vec<String>,
    /// Each field's text as the form first showed it: a field whose text is
    /// still this keeps the item's value exactly as it was.
    shown: Vec<String>,
    /// The language dates may also be typed in (`viernes`, `금요일`).
    lang: Lang,
}

impl Form {
    fn new(app: &App, editing: Option<usize>, original: Item) -> Form {
        let o = &original;
        let texts: Vec<TextArea<'static>> = FieldKind::ORDER
            .iter()
            .map(|k| match k {
                FieldKind::Id => line(&o.id),
                FieldKind::Title => line(&o.title),
                FieldKind::Workstream => line(&o.workstream),
                FieldKind::Owners => line(&o.owners.join(", ")),
                FieldKind::Status => line(""),
                FieldKind::Due => line(
                    &o.due
                        .map(crate::base::dates::format_date)
                        .unwrap_or_default(),
                ),
                FieldKind::Meeting => line(&o.meeting),
                FieldKind::Tags => line(&o.tags.join(", ")),
            })
            .collect();
        let mut tags: Vec<String> = app
            .ledger
            .items
            .iter()
            .flat_map(|i| i.tags.iter().cloned())
            .collect();
        tags.extend(o.tags.iter().cloned());
        tags.sort_unstable();
        tags.dedup();
        let mut owners = app.owners.clone();
        owners.extend(o.owners.iter().cloned());
        owners.sort_unstable();
        owners.dedup();
        let shown = texts.iter().map(value).collect();
        let mut form = Form {
            editing,
            status: o.status,
            due: o.due,
            original,
            texts,
            focus: 1,
            id_touched: editing.is_some(),
            suggestion: 0,
            problems: Vec::new(),
            tags,
            owners,
            shown,
            lang: app.options.lang,
        };
        form.check(&app.ledger, app.today);
        form
    }

    /// A blank form for a new item, with a proposed id.
    pub fn add(app: &App) -> Form {
        let item = Item {
            id: next_id(&app.ledger.items, None),
            ..Item::default()
        };
        Form::new(app, None, item)
    }

    /// A form on the item at `index`.
    pub fn edit(app: &App, index: usize) -> Form {
        Form::new(app, Some(index), app.ledger.items[index].clone())
    }

    /// The focused field.
    pub fn focused(&self) -> FieldKind {
        FieldKind::ORDER[self.focus]
    }

    /// A field's text as typed.
    pub fn text(&self, kind: FieldKind) -> String {
        value(&self.texts[kind.slot()])
    }

    /// A field's text box, for drawing.
    pub fn textarea(&self, kind: FieldKind) -> &TextArea<'static> {
        &self.texts[kind.slot()]
    }

    /// Replaces a field's text, cursor at the end.
    pub fn set_text(&mut self, kind: FieldKind, text: &str) {
        self.texts[kind.slot()] = line(text);
    }

    /// The cursor's character column in the focused field.
    pub fn cursor(&self) -> usize {
        self.texts[self.focused().slot()].cursor().1
    }

    /// The problem shown next to a field, if any.
    pub fn problem(&self, kind: FieldKind) -> Option<&Problem> {
        self.problems
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, m)| m)
    }

    /// True when the form may be confirmed.
    pub fn is_valid(&self) -> bool {
        self.problems.is_empty()
    }

    /// Moves the focus by `n` fields, wrapping around.
    pub fn move_focus(&mut self, n: i32) {
        let len = FieldKind::ORDER.len() as i32;
        self.focus = (self.focus as i32 + n).rem_euclid(len) as usize;
        self.suggestion = 0;
    }

    /// Feeds a key to the focused field; returns true when its text changed.
    pub fn key(&mut self, ev: KeyEvent, app: &App) -> bool {
        use crossterm::event::KeyCode;
        let kind = self.focused();
        if kind == FieldKind::Status {
            self.status = match ev.code {
                KeyCode::Right | KeyCode::Char(' ') => self.status.next(),
                KeyCode::Left => self.status.prev(),
                KeyCode::Char(c) => jump_status(self.status, c),
                _ => self.status,
            };
            return false;
        }
        let t = &mut self.texts[kind.slot()];
        let changed = t.input(ev);
        if t.lines().len() > 1 {
            let joined = value(t);
            *t = line(&joined);
        }
        if changed {
            self.edited(kind, app);
        }
        changed
    }

    /// Pastes text into the focused field (newlines become spaces).
    pub fn paste(&mut self, text: &str, app: &App) {
        let kind = self.focused();
        if kind == FieldKind::Status {
            return;
        }
        let flat: String = text
            .chars()
            .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
            .collect();
        self.texts[kind.slot()].insert_str(flat);
        self.edited(kind, app);
    }

    /// Empties the focused field (Ctrl-u).
    pub fn clear_line(&mut self, app: &App) {
        let kind = self.focused();
        if kind != FieldKind::Status && clear_line(&mut self.texts[kind.slot()]) {
            self.edited(kind, app);
        }
    }

    fn edited(&mut self, kind: FieldKind, app: &App) {
        self.suggestion = 0;
        if kind == FieldKind::Id {
            self.id_touched = true;
        }
        // The proposed id follows the meeting once it names one of the
        // ledger's meetings (or is emptied), never half-typed text.
        if kind == FieldKind::Meeting && !self.id_touched {
            let meeting = self.text(FieldKind::Meeting);
            let m = meeting.trim();
            if m.is_empty() || app.ledger.meeting(m).is_some() {
                let id = next_id(&app.ledger.items, (!m.is_empty()).then_some(m));
                self.set_text(FieldKind::Id, &id);
            }
        }
        self.check(&app.ledger, app.today);
    }

    /// The word being completed in the focused field: the whole text, or the
    /// last entry of a list.
    fn token(&self) -> (usize, String) {
        let text = self.text(self.focused());
        match self.focused() {
            kind @ (FieldKind::Owners | FieldKind::Tags) => {
                let start = last_entry_start(&text, self.known(kind));
                (start, text[start..].trim_start().to_owned())
            }
            _ => (0, text),
        }
    }

    /// Values from the ledger that complete the focused field's word:
    /// those starting with it first, then those containing it.
    pub fn suggestions<'a>(&'a self, app: &'a App) -> Vec<&'a str> {
        let pool: Vec<&str> = match self.focused() {
            FieldKind::Workstream => app
                .workstreams
                .iter()
                .filter(|w| !w.is_empty())
                .map(String::as_str)
                .collect(),
            FieldKind::Owners => app.owners.iter().map(String::as_str).collect(),
            FieldKind::Meeting => app.ledger.meetings.iter().map(|m| m.id.as_str()).collect(),
            FieldKind::Tags => self.tags.iter().map(String::as_str).collect(),
            _ => return Vec::new(),
        };
        let (_, word) = self.token();
        let word = word.to_lowercase();
        if word.is_empty() || self.cursor() < self.text(self.focused()).chars().count() {
            return Vec::new();
        }
        let listed = match self.focused() {
            kind @ (FieldKind::Owners | FieldKind::Tags) => self.list(kind),
            _ => Vec::new(),
        };
        let fresh = |v: &&str| v.to_lowercase() != word && !listed.iter().any(|l| l == v);
        let mut out: Vec<&str> = pool
            .iter()
            .copied()
            .filter(|v| v.to_lowercase().starts_with(&word))
            .filter(fresh)
            .collect();
        out.extend(
            pool.iter()
                .copied()
                .filter(|v| {
                    let l = v.to_lowercase();
                    !l.starts_with(&word) && l.contains(&word)
                })
                .filter(fresh),
        );
        out
    }

    /// The suggestion shown now, if any.
    pub fn suggestion<'a>(&'a self, app: &'a App) -> Option<&'a str> {
        let s = self.suggestions(app);
        (!s.is_empty()).then(|| s[self.suggestion % s.len()])
    }

    /// Replaces the word being completed with the shown suggestion.
    pub fn accept(&mut self, app: &App) -> bool {
        let Some(s) = self.suggestion(app).map(str::to_owned) else {
            return false;
        };
        let kind = self.focused();
        let (start, _) = self.token();
        let text = self.text(kind);
        let lead = if start > 0 { " " } else { "" };
        let new = format!("{}{lead}{s}", &text[..start]);
        self.set_text(kind, &new);
        self.edited(kind, app);
        true
    }

    /// Re-validates every field against `ledger`.
    pub fn check(&mut self, ledger: &Ledger, today: NaiveDate) {
        let mut problems = Vec::new();
        let due = self.text(FieldKind::Due);
        self.due = None;
        if !due.trim().is_empty() {
            match parse_date_input(&due, today, self.lang) {
                Ok(d) => self.due = Some(d),
                Err(e) => problems.push((FieldKind::Due, Problem::Date(e))),
            }
        }
        // A list with an empty entry (`SMBA,,INADEM`) is refused, not trimmed.
        for kind in [FieldKind::Owners, FieldKind::Tags] {
            if self.changed(kind) && self.list_checked(kind).is_err() {
                problems.push((kind, Problem::EmptyEntry));
            }
        }
        let mut probe = self.draft();
        // `item_field_problem` names the first broken rule; patch each one
        // found to find the next, so every field shows its own.
        for _ in 0..FieldKind::ORDER.len() {
            let Some((field, rule)) = item_field_problem(&probe, ledger) else {
                break;
            };
            let kind = FieldKind::from_problem(field.key());
            problems.push((kind, Problem::Rule(rule)));
            match kind {
                FieldKind::Id => probe.id = "x".into(),
                FieldKind::Meeting => probe.meeting.clear(),
                FieldKind::Owners => probe.owners.retain(|o| !o.trim().is_empty()),
                FieldKind::Tags => probe.tags.retain(|t| !t.trim().is_empty()),
                _ => probe.title = "x".into(),
            }
        }
        let id = self.text(FieldKind::Id);
        let id = id.trim();
        if !id.is_empty()
            && ledger
                .items
                .iter()
                .enumerate()
                .any(|(i, it)| it.id == id && Some(i) != self.editing)
        {
            problems.push((FieldKind::Id, Problem::Taken(id.to_owned())));
        }
        problems.sort_by_key(|(k, _)| k.slot());
        self.problems = problems;
    }

    /// The owners or tags already in the ledger (and the item's own).
    fn known(&self, kind: FieldKind) -> &[String] {
        match kind {
            FieldKind::Owners => &self.owners,
            FieldKind::Tags => &self.tags,
            _ => &[],
        }
    }

    /// A list field as typed, split on commas but keeping whole the item's
    /// own values, then the ledger's values that contain a comma.
    fn list(&self, kind: FieldKind) -> Vec<String> {
        split_list(&self.text(kind), &self.candidates(kind))
    }

    /// A list field as typed, or why it cannot be stored (an empty entry).
    fn list_checked(&self, kind: FieldKind) -> Result<Vec<String>, EmptyEntry> {
        split_list_strict(&self.text(kind), &self.candidates(kind))
    }

    /// The values a list field keeps whole though they contain a comma.
    fn candidates(&self, kind: FieldKind) -> Vec<&str> {
        let own = match kind {
            FieldKind::Owners => &self.original.owners,
            _ => &self.original.tags,
        };
        list_candidates(own, self.known(kind))
    }

    /// True when the user changed the field's text since the form opened.
    fn changed(&self, kind: FieldKind) -> bool {
        self.text(kind) != self.shown[kind.slot()]
    }

    /// The item as the fields describe it now, without touching dates kept
    /// by the ledger (`updated`, `due_history`). Fields left as they were
    /// keep the item's value exactly (no trimming, no re-splitting), so an
    /// edit of one field never rewrites another.
    fn draft(&self) -> Item {
        let mut item = self.original.clone();
        let text = |kind| self.text(kind).trim().to_owned();
        if self.changed(FieldKind::Id) {
            item.id = text(FieldKind::Id);
        }
        if self.changed(FieldKind::Title) {
            item.title = text(FieldKind::Title);
        }
        if self.changed(FieldKind::Workstream) {
            item.workstream = text(FieldKind::Workstream);
        }
        if self.changed(FieldKind::Owners) {
            item.owners = self.list(FieldKind::Owners);
        }
        item.status = self.status;
        if self.changed(FieldKind::Meeting) {
            item.meeting = text(FieldKind::Meeting);
        }
        if self.changed(FieldKind::Tags) {
            item.tags = self.list(FieldKind::Tags);
        }
        item
    }

    /// The finished item: the draft with its deadline set (moving the old one
    /// to `due_history` when it changes). `None` while a field is invalid.
    pub fn item(&self) -> Option<Item> {
        if !self.is_valid() {
            return None;
        }
        let mut item = self.draft();
        item.set_due(self.due);
        Some(item)
    }
}

/// The status a letter jumps to: the next status starting with it.
fn jump_status(now: Status, c: char) -> Status {
    let mut s = now;
    for _ in 0..Status::ALL.len() {
        s = s.next();
        if s.as_str().starts_with(c.to_ascii_lowercase()) {
            return s;
        }
    }
    now
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
