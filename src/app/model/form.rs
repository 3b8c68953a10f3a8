//! The item form and the note box: text fields (from `ratatui-textarea`),
//! validation as you type, and completion from the ledger's own values.

use super::msg::FieldProblem;
use super::text::{clear_line, last_entry_start, line, value};
use crate::base::date_input::parse_date_input;
use crate::base::lang::Lang;
use crate::ledger::{Field, Item, Ledger, Status, item_field_problem};
use crate::query::{EmptyEntry, list_candidates, next_id, split_list, split_list_strict};
use chrono::NaiveDate;
use crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;

/// What the item form reads from the dashboard: the ledger and the names
/// in it (for completion and checks), today, and the language dates may
/// be typed in.
#[derive(Debug, Clone, Copy)]
pub struct FormSource<'a> {
    pub ledger: &'a Ledger,
    /// Every owner in the ledger, sorted.
    pub owners: &'a [String],
    /// Every workstream in the ledger, sorted (`""` for none).
    pub workstreams: &'a [String],
    pub today: NaiveDate,
    pub lang: Lang,
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
    /// The focused field, as an index into [`Field::FORM`].
    pub focus: usize,
    /// The id was typed by the user: stop proposing one.
    pub id_touched: bool,
    /// Which suggestion is shown for the focused field.
    pub suggestion: usize,
    /// What is wrong, per field, as of the last change.
    pub problems: Vec<(Field, FieldProblem)>,
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
    fn new(src: &FormSource, editing: Option<usize>, original: Item) -> Form {
        let o = &original;
        let texts: Vec<TextArea<'static>> = Field::FORM
            .iter()
            .map(|k| match k {
                Field::Id => line(&o.id),
                Field::Title => line(&o.title),
                Field::Workstream => line(&o.workstream),
                Field::Owners => line(&o.owners.join(", ")),
                Field::Status => line(""),
                Field::Due => line(
                    &o.due
                        .map(crate::base::dates::format_date)
                        .unwrap_or_default(),
                ),
                Field::Meeting => line(&o.meeting),
                Field::Tags => line(&o.tags.join(", ")),
                Field::DueHistory
                | Field::Opened
                | Field::Updated
                | Field::Notes
                | Field::Closure
                | Field::Conflicts
                | Field::Language
                | Field::Translations => unreachable!("not a field of the form"),
            })
            .collect();
        let mut tags: Vec<String> = src
            .ledger
            .items
            .iter()
            .flat_map(|i| i.tags.iter().cloned())
            .collect();
        tags.extend(o.tags.iter().cloned());
        tags.sort_unstable();
        tags.dedup();
        let mut owners = src.owners.to_vec();
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
            lang: src.lang,
        };
        form.check(src.ledger, src.today);
        form
    }

    /// A blank form for a new item, with a proposed id.
    pub fn add(src: &FormSource) -> Form {
        let item = Item {
            id: next_id(&src.ledger.items, None),
            ..Item::default()
        };
        Form::new(src, None, item)
    }

    /// A form on the item at `index`.
    pub fn edit(src: &FormSource, index: usize) -> Form {
        Form::new(src, Some(index), src.ledger.items[index].clone())
    }

    /// The focused field.
    pub fn focused(&self) -> Field {
        Field::FORM[self.focus]
    }

    /// A field's text as typed.
    pub fn text(&self, kind: Field) -> String {
        value(&self.texts[slot(kind)])
    }

    /// A field's text box, for drawing.
    pub fn textarea(&self, kind: Field) -> &TextArea<'static> {
        &self.texts[slot(kind)]
    }

    /// Replaces a field's text, cursor at the end.
    pub fn set_text(&mut self, kind: Field, text: &str) {
        self.texts[slot(kind)] = line(text);
    }

    /// The cursor's character column in the focused field.
    pub fn cursor(&self) -> usize {
        self.texts[slot(self.focused())].cursor().1
    }

    /// The problem shown next to a field, if any.
    pub fn problem(&self, kind: Field) -> Option<&FieldProblem> {
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
        self.texts[slot(Field::Status)] = line("");
        let len = Field::FORM.len() as i32;
        self.focus = (self.focus as i32 + n).rem_euclid(len) as usize;
        self.suggestion = 0;
    }

    /// Feeds a key to the focused field; returns true when its text changed.
    pub fn key(&mut self, ev: KeyEvent, src: &FormSource) -> bool {
        let kind = self.focused();
        if kind == Field::Status {
            self.status_key(ev.code);
            return false;
        }
        let t = &mut self.texts[slot(kind)];
        let changed = t.input(ev);
        if t.lines().len() > 1 {
            let joined = value(t);
            *t = line(&joined);
        }
        if changed {
            self.edited(kind, src);
        }
        changed
    }

    /// A key on the status field: `←`/`→` (and Space before anything is
    /// typed) step through the statuses; a status key (`x`) picks one; a
    /// word typed in any language (`concluida`, `en proceso`, `진행중`) is
    /// read as `set` reads it, letter by letter, so that the status shown is
    /// always what the whole word says — never the meaning of its last letter.
    fn status_key(&mut self, code: crossterm::event::KeyCode) {
        use crossterm::event::KeyCode;
        let typed = &mut self.texts[slot(Field::Status)];
        let mut word = value(typed);
        match code {
            KeyCode::Right => self.status = self.status.next(),
            KeyCode::Char(' ') if word.is_empty() => self.status = self.status.next(),
            KeyCode::Left => self.status = self.status.prev(),
            KeyCode::Char(c) => word.push(c),
            KeyCode::Backspace => {
                word.pop();
            }
            _ => {}
        }
        if matches!(code, KeyCode::Right | KeyCode::Left)
            || code == KeyCode::Char(' ') && word.is_empty()
        {
            *typed = line("");
            return;
        }
        *typed = line(&word);
        let mut letters = word.chars();
        let key = match (letters.next(), letters.next()) {
            (Some(c), None) => super::keys::status_for_key(c),
            _ => None,
        };
        if let Some(s) = crate::ledger::read_status(&word, self.lang).or(key) {
            self.status = s;
        }
    }

    /// Pastes text into the focused field (newlines become spaces).
    pub fn paste(&mut self, text: &str, src: &FormSource) {
        let kind = self.focused();
        if kind == Field::Status {
            return;
        }
        let flat: String = text
            .chars()
            .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
            .collect();
        self.texts[slot(kind)].insert_str(flat);
        self.edited(kind, src);
    }

    /// Empties the focused field (Ctrl-u).
    pub fn clear_line(&mut self, src: &FormSource) {
        let kind = self.focused();
        if kind != Field::Status && clear_line(&mut self.texts[slot(kind)]) {
            self.edited(kind, src);
        }
    }

    fn edited(&mut self, kind: Field, src: &FormSource) {
        self.suggestion = 0;
        if kind == Field::Id {
            self.id_touched = true;
        }
        // The proposed id follows the meeting once it names one of the
        // ledger's meetings (or is emptied), never half-typed text.
        if kind == Field::Meeting && !self.id_touched {
            let meeting = self.text(Field::Meeting);
            let m = meeting.trim();
            if m.is_empty() || src.ledger.meeting(m).is_some() {
                let id = next_id(&src.ledger.items, (!m.is_empty()).then_some(m));
                self.set_text(Field::Id, &id);
            }
        }
        self.check(src.ledger, src.today);
    }

    /// The word being completed in the focused field: the whole text, or the
    /// last entry of a list.
    fn token(&self) -> (usize, String) {
        let text = self.text(self.focused());
        match self.focused() {
            kind @ (Field::Owners | Field::Tags) => {
                let start = last_entry_start(&text, self.known(kind));
                (start, text[start..].trim_start().to_owned())
            }
            _ => (0, text),
        }
    }

    /// Values from the ledger that complete the focused field's word:
    /// those starting with it first, then those containing it.
    pub fn suggestions<'a>(&'a self, src: &FormSource<'a>) -> Vec<&'a str> {
        let pool: Vec<&str> = match self.focused() {
            Field::Workstream => src
                .workstreams
                .iter()
                .filter(|w| !w.is_empty())
                .map(String::as_str)
                .collect(),
            Field::Owners => src.owners.iter().map(String::as_str).collect(),
            Field::Meeting => src.ledger.meetings.iter().map(|m| m.id.as_str()).collect(),
            Field::Tags => self.tags.iter().map(String::as_str).collect(),
            _ => return Vec::new(),
        };
        let (_, word) = self.token();
        let word = word.to_lowercase();
        if word.is_empty() || self.cursor() < self.text(self.focused()).chars().count() {
            return Vec::new();
        }
        let listed = match self.focused() {
            kind @ (Field::Owners | Field::Tags) => self.list(kind),
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
    pub fn suggestion<'a>(&'a self, src: &FormSource<'a>) -> Option<&'a str> {
        let s = self.suggestions(src);
        (!s.is_empty()).then(|| s[self.suggestion % s.len()])
    }

    /// Replaces the word being completed with the shown suggestion.
    pub fn accept(&mut self, src: &FormSource) -> bool {
        let Some(s) = self.suggestion(src).map(str::to_owned) else {
            return false;
        };
        let kind = self.focused();
        let (start, _) = self.token();
        let text = self.text(kind);
        let lead = if start > 0 { " " } else { "" };
        let new = format!("{}{lead}{s}", &text[..start]);
        self.set_text(kind, &new);
        self.edited(kind, src);
        true
    }

    /// Re-validates every field against `ledger`.
    pub fn check(&mut self, ledger: &Ledger, today: NaiveDate) {
        let mut problems = Vec::new();
        let due = self.text(Field::Due);
        self.due = None;
        if !due.trim().is_empty() {
            match parse_date_input(&due, today, self.lang) {
                Ok(d) => self.due = Some(d),
                Err(e) => problems.push((Field::Due, FieldProblem::Date(e))),
            }
        }
        // A list with an empty entry (`SMBA,,INADEM`) is refused, not trimmed.
        for kind in [Field::Owners, Field::Tags] {
            if self.changed(kind) && self.list_checked(kind).is_err() {
                problems.push((kind, FieldProblem::EmptyEntry));
            }
        }
        let mut probe = self.draft();
        // `item_field_problem` names the first broken rule; patch each one
        // found to find the next, so every field shows its own.
        for _ in 0..Field::FORM.len() {
            let Some((field, rule)) = item_field_problem(&probe, ledger) else {
                break;
            };
            problems.push((field, FieldProblem::Rule(rule)));
            match field {
                Field::Id => probe.id = "x".into(),
                Field::Meeting => probe.meeting.clear(),
                Field::Owners => probe.owners.retain(|o| !o.trim().is_empty()),
                Field::Tags => probe.tags.retain(|t| !t.trim().is_empty()),
                _ => probe.title = "x".into(),
            }
        }
        let id = self.text(Field::Id);
        let id = id.trim();
        if !id.is_empty()
            && ledger
                .items
                .iter()
                .enumerate()
                .any(|(i, it)| it.id == id && Some(i) != self.editing)
        {
            problems.push((Field::Id, FieldProblem::Taken(id.to_owned())));
        }
        problems.sort_by_key(|(k, _)| slot(*k));
        self.problems = problems;
    }

    /// The owners or tags already in the ledger (and the item's own).
    fn known(&self, kind: Field) -> &[String] {
        match kind {
            Field::Owners => &self.owners,
            Field::Tags => &self.tags,
            _ => &[],
        }
    }

    /// A list field as typed, split on commas but keeping whole the item's
    /// own values, then the ledger's values that contain a comma.
    fn list(&self, kind: Field) -> Vec<String> {
        split_list(&self.text(kind), &self.candidates(kind))
    }

    /// A list field as typed, or why it cannot be stored (an empty entry).
    fn list_checked(&self, kind: Field) -> Result<Vec<String>, EmptyEntry> {
        split_list_strict(&self.text(kind), &self.candidates(kind))
    }

    /// The values a list field keeps whole though they contain a comma.
    fn candidates(&self, kind: Field) -> Vec<&str> {
        let own = match kind {
            Field::Owners => &self.original.owners,
            _ => &self.original.tags,
        };
        list_candidates(own, self.known(kind))
    }

    /// True when the user changed the field's text since the form opened.
    fn changed(&self, kind: Field) -> bool {
        self.text(kind) != self.shown[slot(kind)]
    }

    /// The item as the fields describe it now, without touching dates kept
    /// by the ledger (`updated`, `due_history`). Fields left as they were
    /// keep the item's value exactly (no trimming, no re-splitting), so an
    /// edit of one field never rewrites another.
    fn draft(&self) -> Item {
        let mut item = self.original.clone();
        let text = |kind| self.text(kind).trim().to_owned();
        if self.changed(Field::Id) {
            item.id = text(Field::Id);
        }
        if self.changed(Field::Title) {
            item.title = text(Field::Title);
        }
        if self.changed(Field::Workstream) {
            item.workstream = text(Field::Workstream);
        }
        if self.changed(Field::Owners) {
            item.owners = self.list(Field::Owners);
        }
        item.status = self.status;
        if self.changed(Field::Meeting) {
            item.meeting = text(Field::Meeting);
        }
        if self.changed(Field::Tags) {
            item.tags = self.list(Field::Tags);
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

/// Where a form field sits in [`Field::FORM`] (and in the form's text boxes).
///
/// # Panics
/// When `field` is not one of the form's fields: a caller's mistake.
fn slot(field: Field) -> usize {
    Field::FORM
        .iter()
        .position(|f| *f == field)
        .unwrap_or_else(|| panic!("{field:?} is not a field of the item form"))
}
