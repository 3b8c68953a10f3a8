//! Review mode: the agenda of the weekly review meeting, stepped through
//! item by item with the editing keys at hand, and the form that records
//! the review when the meeting ends.

use super::action::Effect;
use super::edit::{self, complain, say};
use super::form::{clear_line, line, value};
use super::history::Edit;
use super::state::{App, Mode, ViewRow};
use super::update::scroll_into_view;
use crate::dates::{format_date, parse_date_arg};
use crate::ledger::{Ledger, Review};
use crate::query::split_list;
use crate::query::{AgendaSection, review_agenda};
use chrono::NaiveDate;
use crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;
use std::collections::HashMap;

/// One item on the agenda.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaEntry {
    pub section: AgendaSection,
    /// The item's index in the ledger (kept up to date as items are added,
    /// removed or reloaded); meaningless when `gone`.
    pub index: usize,
    pub id: String,
    /// The item was deleted since the agenda was drawn up.
    pub gone: bool,
}

/// A line of the agenda list: a section heading or an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgendaRow {
    /// A heading and how many entries it has.
    Heading(AgendaSection, usize),
    /// An index into [`Agenda::entries`].
    Entry(usize),
}

/// The agenda of a review: drawn up once when review mode starts and kept
/// stable while the meeting steps through it, so that an item just marked
/// done stays under the cursor, showing its new state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agenda {
    pub entries: Vec<AgendaEntry>,
    /// The entry under discussion.
    pub cursor: usize,
    /// The date of the latest review when the agenda was drawn up.
    pub since: Option<NaiveDate>,
}

impl Agenda {
    /// The agenda for `ledger` as of `today`, with a review window of `window` days.
    pub fn new(ledger: &Ledger, today: NaiveDate, window: u32) -> Agenda {
        let entries = review_agenda(ledger, today, window)
            .into_iter()
            .flat_map(|(section, idx)| {
                idx.into_iter().map(move |index| AgendaEntry {
                    section,
                    index,
                    id: ledger.items[index].id.clone(),
                    gone: false,
                })
            })
            .collect();
        Agenda {
            entries,
            cursor: 0,
            since: ledger.last_review(),
        }
    }

    /// The ledger index of the item under discussion, unless it was deleted.
    pub fn current(&self) -> Option<usize> {
        self.entries
            .get(self.cursor)
            .filter(|e| !e.gone)
            .map(|e| e.index)
    }

    /// The entry under discussion.
    pub fn current_entry(&self) -> Option<&AgendaEntry> {
        self.entries.get(self.cursor)
    }

    /// The headings and entries, in order.
    pub fn rows(&self) -> Vec<AgendaRow> {
        let mut rows = Vec::with_capacity(self.entries.len() + AgendaSection::ALL.len());
        for (n, e) in self.entries.iter().enumerate() {
            if n == 0 || self.entries[n - 1].section != e.section {
                let count = self.entries[n..]
                    .iter()
                    .take_while(|x| x.section == e.section)
                    .count();
                rows.push(AgendaRow::Heading(e.section, count));
            }
            rows.push(AgendaRow::Entry(n));
        }
        rows
    }

    /// The current entry's place in its section: (position from 1, section size).
    pub fn place_in_section(&self) -> Option<(AgendaSection, usize, usize)> {
        let e = self.entries.get(self.cursor)?;
        let same = |x: &&AgendaEntry| x.section == e.section;
        let before = self.entries[..self.cursor].iter().filter(same).count();
        let total = self.entries.iter().filter(same).count();
        Some((e.section, before + 1, total))
    }

    /// Keeps the entries pointing at their items after `edit` was applied
    /// (done, undone or redone) to `ledger`.
    pub(super) fn after_edit(&mut self, edit: &Edit, ledger: &Ledger) {
        match edit {
            Edit::Swap { index, .. } => {
                for e in self.entries.iter_mut().filter(|e| !e.gone) {
                    if e.index == *index {
                        e.id.clone_from(&ledger.items[*index].id);
                    }
                }
            }
            Edit::Splice { index, item: None } => {
                let id = &ledger.items[*index].id;
                for e in &mut self.entries {
                    if e.gone {
                        if e.id == *id {
                            e.gone = false;
                            e.index = *index;
                        }
                    } else if e.index >= *index {
                        e.index += 1;
                    }
                }
            }
            Edit::Splice {
                index,
                item: Some(_),
            } => {
                for e in self.entries.iter_mut().filter(|e| !e.gone) {
                    if e.index == *index {
                        e.gone = true;
                    } else if e.index > *index {
                        e.index -= 1;
                    }
                }
            }
            Edit::Whole(_) => {
                let pos: HashMap<&str, usize> = ledger
                    .items
                    .iter()
                    .enumerate()
                    .map(|(n, i)| (i.id.as_str(), n))
                    .collect();
                for e in &mut self.entries {
                    match pos.get(e.id.as_str()) {
                        Some(&n) => {
                            e.index = n;
                            e.gone = false;
                        }
                        None => e.gone = true,
                    }
                }
            }
            Edit::Outside(_) => {}
        }
    }
}

/// Starts review mode, or leaves it.
pub fn toggle(app: &mut App) {
    if app.review.is_some() {
        leave(app);
        return;
    }
    let agenda = Agenda::new(&app.ledger, app.today, app.options.review_window_days);
    let n = agenda.entries.len();
    app.review = Some(agenda);
    app.timeline = false;
    app.detail_focus = false;
    app.detail_scroll = 0;
    sync_table(app);
    if n == 0 {
        say(
            app,
            "nothing on the agenda: nothing late, due soon, blocked, changed or unassigned — R records the review",
        );
    } else {
        say(
            app,
            format!(
                "review: {n} item{} on the agenda — n/p step, R records the review, Esc leaves",
                if n == 1 { "" } else { "s" }
            ),
        );
    }
}

/// Leaves review mode; the table keeps the last item discussed selected.
pub fn leave(app: &mut App) {
    sync_table(app);
    app.review = None;
    app.detail_scroll = 0;
    scroll_into_view(app);
}

/// Steps `n` entries through the agenda (clamped at both ends).
pub fn step(app: &mut App, n: i32) {
    let Some(agenda) = &mut app.review else {
        return;
    };
    if agenda.entries.is_empty() {
        return;
    }
    let last = agenda.entries.len() as i64 - 1;
    let to = (agenda.cursor as i64 + i64::from(n)).clamp(0, last) as usize;
    if to != agenda.cursor {
        agenda.cursor = to;
        app.detail_scroll = 0;
    }
    sync_table(app);
}

/// Selects the agenda's current item in the table too, when it is shown there.
fn sync_table(app: &mut App) {
    let Some(i) = app.review.as_ref().and_then(Agenda::current) else {
        return;
    };
    if let Some(r) = app.rows.iter().position(|r| *r == ViewRow::Item(i)) {
        app.selected = r;
    }
}

/// A field of the form that records a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewField {
    Date,
    Attendees,
    Summary,
}

impl ReviewField {
    /// The fields in the order the form shows them.
    pub const ORDER: [ReviewField; 3] = [
        ReviewField::Date,
        ReviewField::Attendees,
        ReviewField::Summary,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ReviewField::Date => "date",
            ReviewField::Attendees => "attendees",
            ReviewField::Summary => "summary",
        }
    }

    /// What the field accepts, shown while it is focused.
    pub fn hint(self) -> &'static str {
        match self {
            ReviewField::Date => "2026-11-23, today, -1d, wed",
            ReviewField::Attendees => "comma-separated; remembered from the last review",
            ReviewField::Summary => "optional: one line for the minutes",
        }
    }
}

/// The form that records a review: date, attendees and an optional summary.
#[derive(Debug, Clone)]
pub struct ReviewForm {
    texts: Vec<TextArea<'static>>,
    /// The focused field, as an index into [`ReviewField::ORDER`].
    pub focus: usize,
    /// The date as understood so far.
    pub date: Option<NaiveDate>,
    /// What is wrong with a field, if anything.
    pub problem: Option<(ReviewField, String)>,
    /// Everyone who attended a recorded review: a name with a comma in it
    /// stays whole.
    known: Vec<String>,
}

impl ReviewForm {
    /// A form dated today, with the attendees of the latest review.
    pub fn new(app: &App) -> ReviewForm {
        let last = app.ledger.reviews.iter().max_by_key(|r| r.date);
        let attendees = last.map(|r| r.attendees.join(", ")).unwrap_or_default();
        let mut known: Vec<String> = app
            .ledger
            .reviews
            .iter()
            .flat_map(|r| r.attendees.iter().cloned())
            .collect();
        known.sort_unstable();
        known.dedup();
        let mut form = ReviewForm {
            texts: vec![line(&format_date(app.today)), line(&attendees), line("")],
            focus: 1,
            date: None,
            problem: None,
            known,
        };
        form.check(app.today);
        form
    }

    pub fn focused(&self) -> ReviewField {
        ReviewField::ORDER[self.focus]
    }

    /// A field's text as typed.
    pub fn text(&self, field: ReviewField) -> String {
        value(&self.texts[field as usize])
    }

    /// The cursor's character column in the focused field.
    pub fn cursor(&self) -> usize {
        self.texts[self.focus].cursor().1
    }

    /// Moves the focus by `n` fields, wrapping around.
    pub fn move_focus(&mut self, n: i32) {
        let len = ReviewField::ORDER.len() as i32;
        self.focus = (self.focus as i32 + n).rem_euclid(len) as usize;
    }

    /// Feeds a key to the focused field.
    pub fn key(&mut self, ev: KeyEvent, today: NaiveDate) {
        let t = &mut self.texts[self.focus];
        if t.input(ev) {
            if t.lines().len() > 1 {
                let joined = value(t);
                *t = line(&joined);
            }
            self.check(today);
        }
    }

    /// Empties the focused field (Ctrl-u).
    pub fn clear_line(&mut self, today: NaiveDate) {
        if clear_line(&mut self.texts[self.focus]) {
            self.check(today);
        }
    }

    /// Pastes text into the focused field (newlines become spaces).
    pub fn paste(&mut self, text: &str, today: NaiveDate) {
        let flat = text.replace(['\n', '\r'], " ");
        self.texts[self.focus].insert_str(flat);
        self.check(today);
    }

    /// Re-validates the date.
    pub fn check(&mut self, today: NaiveDate) {
        self.problem = None;
        match parse_date_arg(self.text(ReviewField::Date).trim(), today) {
            Ok(d) => self.date = Some(d),
            Err(e) => {
                self.date = None;
                self.problem = Some((ReviewField::Date, e.to_string()));
            }
        }
    }

    /// The review the form describes; `None` while the date is invalid.
    pub fn review(&self) -> Option<Review> {
        Some(Review {
            date: self.date?,
            attendees: {
                let known: Vec<&str> = self.known.iter().map(String::as_str).collect();
                split_list(&self.text(ReviewField::Attendees), &known)
            },
            summary: self.text(ReviewField::Summary).trim().to_owned(),
            extra: Default::default(),
        })
    }
}

/// `R`: opens the form that records the review.
pub fn open_finish(app: &mut App) {
    if !edit::editable(app) {
        return;
    }
    app.review_form = Some(ReviewForm::new(app));
    app.mode = Mode::ReviewForm;
}

/// Enter in the review form: records the review (undoable) and saves.
pub fn submit(app: &mut App) -> Option<Effect> {
    let form = app.review_form.as_ref()?;
    let Some(review) = form.review() else {
        let why = form.problem.as_ref().map_or("", |(_, m)| m.as_str());
        let msg = format!("cannot record yet: the date is not valid ({why})");
        complain(app, msg);
        return None;
    };
    app.review_form = None;
    app.mode = Mode::Normal;
    let who = if review.attendees.is_empty() {
        String::new()
    } else {
        format!(" ({})", review.attendees.join(", "))
    };
    let what = format!("review of {}{who} recorded", format_date(review.date));
    let mut outside = Box::new(super::conflict::outside_of(&app.ledger));
    outside.reviews.push(review);
    edit::apply(app, Edit::Outside(outside), what.clone(), what.clone());
    // The meeting is over: back to the table, whose "changed" marks now
    // count from this review.
    if app.review.is_some() {
        leave(app);
    }
    app.saved_message = Some(format!("{what} and saved"));
    let effect = edit::save(app);
    if effect.is_some() {
        say(app, format!("{what} — saving…"));
    }
    effect
}

/// Feeds a key, paste or field move to the review form.
pub fn text(app: &mut App, form: &mut ReviewForm, action: super::Action) {
    use super::Action;
    match action {
        Action::TextKey(ev) => form.key(ev, app.today),
        Action::Paste(s) => form.paste(&s, app.today),
        Action::ClearLine => form.clear_line(app.today),
        Action::NextField(n) => form.move_focus(n),
        _ => {}
    }
}
