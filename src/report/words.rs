//! The minutes' words, from the catalog of the chosen language: the parts
//! the Markdown, HTML and CSV renderers share. Ledger text passes through
//! untouched here; each renderer escapes it for its own format.

use super::model::{Entry, Minutes, Start};
use crate::base::dates::format_date;
use crate::i18n::{Catalog, When};
use crate::ledger::{FieldChange, ItemChange};
use crate::tr;
use serde_json::Value;

fn json_text(cat: &Catalog, v: &Value) -> String {
    match v {
        Value::Null => tr!(cat, "report-none"),
        Value::String(s) => s.clone(),
        v => v.to_string(),
    }
}

/// One field change: `status: blocked → in progress`, `due: … (10 days later)`.
/// The result holds ledger text (list entries, other fields' values).
pub fn field_change(cat: &Catalog, c: &FieldChange) -> String {
    let date =
        |d: &Option<chrono::NaiveDate>| d.map_or_else(|| tr!(cat, "report-none"), format_date);
    match c {
        FieldChange::Status { from, to } => tr!(
            cat,
            "report-change-status",
            field = cat.field_label("status"),
            from = cat.status(*from),
            to = cat.status(*to)
        ),
        FieldChange::Due { from, to } => {
            let (f, t, name) = (date(from), date(to), cat.field_label("due"));
            match (from, to) {
                (Some(a), Some(b)) if b > a => tr!(
                    cat,
                    "report-change-later",
                    field = name,
                    from = f,
                    to = t,
                    days = (*b - *a).num_days()
                ),
                (Some(a), Some(b)) if b < a => tr!(
                    cat,
                    "report-change-earlier",
                    field = name,
                    from = f,
                    to = t,
                    days = (*a - *b).num_days()
                ),
                _ => tr!(cat, "report-change-due", field = name, from = f, to = t),
            }
        }
        FieldChange::List {
            field: name,
            added,
            removed,
        } => {
            let mut parts: Vec<String> = added.iter().map(|a| format!("+{a}")).collect();
            parts.extend(removed.iter().map(|r| format!("−{r}")));
            tr!(
                cat,
                "report-change-list",
                field = cat.field_label(name),
                changes = parts.join(" ")
            )
        }
        FieldChange::Other {
            field: name,
            from,
            to,
        } => tr!(
            cat,
            "report-change-other",
            field = cat.field_label(name),
            from = json_text(cat, from),
            to = json_text(cat, to)
        ),
    }
}

/// What an item's change says, one line each (nothing for a removal).
pub fn change_lines(cat: &Catalog, c: &ItemChange) -> Vec<String> {
    match c {
        ItemChange::Added(_) => vec![tr!(cat, "report-new-item")],
        ItemChange::Changed { fields, .. } => fields.iter().map(|f| field_change(cat, f)).collect(),
        ItemChange::Removed(_) => Vec::new(),
    }
}

/// The deadline of a listed item: `due 2026-11-13 (10d late)`, `no deadline`.
pub fn deadline(cat: &Catalog, e: &Entry) -> String {
    match (e.item.due, e.relative) {
        (Some(d), Some(r)) => tr!(
            cat,
            "report-due-relative",
            date = format_date(d),
            relative = cat.relative(r, When::Deadline)
        ),
        (Some(d), None) => tr!(cat, "report-due", date = format_date(d)),
        (None, _) => tr!(cat, "report-no-deadline"),
    }
}

/// The line under the title: the period, why it starts there, and today.
pub fn period(cat: &Catalog, m: &Minutes) -> String {
    let p = &m.period;
    let (since, today) = (format_date(p.since), format_date(p.today));
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
