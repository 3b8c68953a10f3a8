//! Everything known about one item, as labelled lines: shared by
//! `followup show` and the dashboard's detail pane.

use crate::dates::{format_date, relative};
use crate::ledger::{Conflict, Item, Ledger};
use crate::text::visible_line;
use chrono::NaiveDate;
use serde_json::Value;
use std::borrow::Cow;

/// How long ago a date was, in words (`today`, `3d ago`, `11y ago`).
fn ago(d: NaiveDate, today: NaiveDate) -> String {
    match relative(d, today).strip_suffix(" late") {
        Some(span) => format!("{span} ago"),
        None => relative(d, today),
    }
}

/// The item's fields as (label, value) pairs, including fields this version
/// does not know; empty fields are left out. Labels and values are shown
/// on one line ([`visible_line`]): they are safe to print.
pub fn item_fields(l: &Ledger, item: &Item, today: NaiveDate) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut add = |k: &str, v: String| {
        if !v.is_empty() {
            let v = match visible_line(&v) {
                Cow::Borrowed(_) => v,
                Cow::Owned(shown) => shown,
            };
            out.push((visible_line(k).into_owned(), v));
        }
    };
    add("id", item.id.clone());
    add("title", item.title.clone());
    add(
        "status",
        format!("{} {}", item.status.symbol(), item.status),
    );
    add("workstream", item.workstream.clone());
    add("owners", item.owners.join(", "));
    if let Some(d) = item.due {
        let rel = if item.status.is_closed() {
            String::new()
        } else {
            format!(" ({})", relative(d, today))
        };
        add("due", format!("{}{rel}", format_date(d)));
    }
    if let Some(first) = item.due_history.first() {
        let n = item.due_history.len();
        add("agreed due", format_date(*first));
        let mut chain: Vec<String> = item.due_history.iter().map(|d| format_date(*d)).collect();
        chain.push(item.due.map_or("none".into(), format_date));
        add(
            "slipped",
            format!(
                "{n} time{}: {}",
                if n == 1 { "" } else { "s" },
                chain.join(" → ")
            ),
        );
    }
    if !item.meeting.is_empty() {
        let m = l.meeting(&item.meeting);
        let mut v = item.meeting.clone();
        if let Some(m) = m {
            for part in [&m.title, &m.place] {
                if !part.is_empty() {
                    v.push_str(", ");
                    v.push_str(part);
                }
            }
            if let Some(d) = m.date {
                v.push_str(&format!(", {} ({})", format_date(d), ago(d, today)));
            }
        }
        add("meeting", v);
    }
    if let Some(d) = item.opened {
        add("opened", format!("{} ({})", format_date(d), ago(d, today)));
    }
    if let Some(d) = item.updated {
        add("updated", format!("{} ({})", format_date(d), ago(d, today)));
    }
    add("tags", item.tags.join(", "));
    for (k, v) in &item.extra {
        add(
            k,
            match v {
                serde_json::Value::String(s) => s.clone(),
                v => v.to_string(),
            },
        );
    }
    out
}

/// A JSON value in a few characters: strings bare, absent as `(none)`,
/// lists and objects inline, long ones cut with an ellipsis; safe to print
/// ([`crate::text::truncate`] shows controls visibly).
pub fn compact(v: &Value, max: usize) -> String {
    let s = match v {
        Value::Null => "(none)".to_owned(),
        Value::String(s) => s.clone(),
        Value::Array(a) if a.iter().all(Value::is_string) => {
            let parts: Vec<&str> = a.iter().filter_map(Value::as_str).collect();
            format!("[{}]", parts.join(", "))
        }
        v => v.to_string(),
    };
    crate::text::truncate(&s.replace('\n', " "), max)
}

/// One line for a conflict: `due: 2026-11-30 → ours 2026-12-07 | theirs 2026-12-14`,
/// safe to print.
pub fn conflict_line(c: &Conflict, max_value: usize) -> String {
    if c.field.is_whole_item() {
        return format!(
            "the item: ours {} | theirs {}",
            compact(&c.ours, max_value),
            compact(&c.theirs, max_value)
        );
    }
    format!(
        "{}: {} → ours {} | theirs {}",
        visible_line(&c.field.to_string()),
        compact(&c.base, max_value),
        compact(&c.ours, max_value),
        compact(&c.theirs, max_value)
    )
}
