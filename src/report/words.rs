//! The minutes' words, from the catalog of the chosen language: the parts
//! the Markdown, HTML and CSV renderers share. Ledger text passes through
//! untouched here; each renderer escapes it for its own format.

use super::model::{Entry, Minutes, Start};
use crate::i18n::{Catalog, Escape, When};
use crate::ledger::ItemChange;
use crate::tr;

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

/// The heading of a workstream's name (`No workstream` for the empty one);
/// the name is ledger text.
pub fn workstream(cat: &Catalog, name: &str) -> String {
    if name.is_empty() {
        tr!(cat, "report-no-workstream")
    } else {
        name.to_owned()
    }
}
