//! The minutes' words, from the catalog of the chosen language: the parts
//! the Markdown, HTML and CSV renderers share. Ledger text passes through
//! untouched here; each renderer escapes it for its own format.

use super::model::{Entry, Minutes, Start, Workstream};
use super::reader::{Reader, Shown};
use crate::i18n::{Catalog, Escape, When};
use crate::ledger::{ItemChange, Meeting};
use crate::tr;
use std::borrow::Cow;

/// What an item's change says, one line each (nothing for a removal),
/// with dates as `escape` writes them (formal in the minutes, ISO in CSV).
pub fn change_lines(cat: &Catalog, c: &ItemChange, escape: Escape) -> Vec<String> {
    match c {
        ItemChange::Added(_) => vec![tr!(cat, "report-new-item")],
        ItemChange::Changed { fields, .. } => {
            fields.iter().map(|f| cat.field_change(f, escape)).collect()
        }
        ItemChange::Removed(_) => Vec::new(),
    }
}

/// The deadline of a listed item: `due 2026-11-13 (10d late)`, `no deadline`.
pub fn deadline(cat: &Catalog, e: &Entry) -> String {
    match (e.item.due, e.relative) {
        (Some(d), Some(r)) => tr!(
            cat,
            "report-due-relative",
            date = cat.formal_date(d),
            relative = cat.relative(r, When::Deadline)
        ),
        (Some(d), None) => tr!(cat, "report-due", date = cat.formal_date(d)),
        (None, _) => tr!(cat, "report-no-deadline"),
    }
}

/// The line under the title: the period, why it starts there, and today.
pub fn period(cat: &Catalog, m: &Minutes) -> String {
    let p = &m.period;
    let (since, today) = (cat.formal_date(p.since), cat.formal_date(p.today));
    match p.start {
        Start::LastReview => tr!(
            cat,
            "report-period-last-review",
            since = since,
            today = today
        ),
        Start::Window => tr!(
            cat,
            "report-period-window",
            since = since,
            today = today,
            days = p.window
        ),
        Start::Given => tr!(cat, "report-period", since = since, today = today),
    }
}

/// A workstream's name as `r` reads it (`No workstream` for the empty
/// one, unmarked); the name is ledger text.
pub fn workstream<'a>(r: &Reader, w: &Workstream<'a>) -> Shown<'a> {
    if w.name.is_empty() {
        Shown {
            text: Cow::Owned(tr!(r.cat, "report-no-workstream")),
            mark: None,
        }
    } else {
        r.text(w.text)
    }
}

/// The committee's name as `r` reads it (`the committee` when it has none).
pub fn committee<'a>(r: &Reader, m: &Minutes<'a>) -> Shown<'a> {
    if m.committee.name.is_empty() {
        Shown {
            text: Cow::Owned(tr!(r.cat, "report-unnamed")),
            mark: None,
        }
    } else {
        r.text(m.committee.name_text())
    }
}

/// The figures of the period, each with its tile's class: overdue, due
/// soon, blocked, done in the period.
pub fn figures(cat: &Catalog, m: &Minutes) -> [(&'static str, usize, String); 4] {
    let s = &m.summary;
    [
        ("overdue", s.overdue, tr!(cat, "report-tile-overdue")),
        (
            "due-soon",
            s.due_soon,
            tr!(cat, "report-tile-due-soon", days = m.period.window),
        ),
        ("blocked", s.blocked, tr!(cat, "report-tile-blocked")),
        ("done", s.done_in_period, tr!(cat, "report-tile-done")),
    ]
}

/// What the minutes cannot say for want of history: no git history, or
/// changes counted from the ledger's first commit.
pub fn caveat(cat: &Catalog, m: &Minutes) -> Option<String> {
    match &m.period.history {
        None => Some(tr!(cat, "report-no-history")),
        Some(h) => h
            .first_commit
            .map(|d| tr!(cat, "report-first-commit", date = cat.formal_date(d))),
    }
}

/// A section of a workstream's part of the minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Overdue,
    DueSoon,
    Blocked,
}

/// The listed sections of `w`, in the minutes' order, each with its items.
pub fn sections<'w, 'a>(w: &'w Workstream<'a>) -> [(Section, &'w [Entry<'a>]); 3] {
    [
        (Section::Overdue, &w.overdue),
        (Section::DueSoon, &w.due_soon),
        (Section::Blocked, &w.blocked),
    ]
}

/// A section's heading.
pub fn section(cat: &Catalog, s: Section, window: u32) -> String {
    match s {
        Section::Overdue => tr!(cat, "report-overdue"),
        Section::DueSoon => tr!(cat, "report-due-soon", days = window),
        Section::Blocked => tr!(cat, "report-blocked"),
    }
}

/// How much of a workstream is done: `2/5 done`, of its items not dropped.
pub fn done(cat: &Catalog, w: &Workstream) -> String {
    let (done, total) = w.by_status.progress();
    tr!(cat, "report-workstream-done", done = done, total = total)
}

/// A meeting held in the period as one reader reads it: its id, title and
/// place (ledger text, each left out when empty) and its date in words.
pub struct MeetingWords<'a> {
    pub id: &'a str,
    pub title: Option<Shown<'a>>,
    pub place: Option<Shown<'a>>,
    pub date: String,
}

/// The meetings of the period as `r` reads them.
pub fn meetings<'a>(r: &Reader, m: &Minutes<'a>) -> Vec<MeetingWords<'a>> {
    let text = |original: &str, slot| (!original.is_empty()).then(|| r.text(slot));
    m.meetings
        .iter()
        .map(|mt: &&'a Meeting| MeetingWords {
            id: &mt.id,
            title: text(&mt.title, mt.title_text(m.original_language)),
            place: text(&mt.place, mt.place_text(m.original_language)),
            date: mt.date.map(|d| r.cat.formal_date(d)).unwrap_or_default(),
        })
        .collect()
}
