//! Field changes and whole diffs in words: `followup diff` and what
//! `followup sync` shows (in the user's language), the minutes, the import's
//! dry run, and the canonical English of commit messages and the JSON report
//! (shared through git and scripts, so never translated).

use super::Catalog;
use crate::base::dates::format_date;
use crate::ledger::{Field, FieldChange, FieldKey, ItemChange, LedgerDiff, describe_note};
use crate::tr;
use chrono::NaiveDate;
use serde_json::Value;
use std::fmt::Write;

/// Where a field change is shown, which decides how its values are written:
/// each output keeps its own way of showing an absent value, a text value and
/// a moved deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escape {
    /// A terminal (`followup diff`, `sync`): text values quoted with their
    /// control characters escaped, a moved deadline counted in days.
    Terminal,
    /// A document (the minutes in Markdown, HTML or a spreadsheet): text
    /// values raw, for the document's own escaping; moved deadlines counted.
    Document,
    /// The import's dry run: values raw (the line is made visible whole).
    DryRun,
}

impl Catalog {
    /// The diff as text for people: `+` added, `-` removed, `~` changed.
    pub fn diff(&self, d: &LedgerDiff) -> String {
        let mut s = String::new();
        for c in &d.items {
            match c {
                ItemChange::Added(i) => {
                    let _ = writeln!(s, "+ {}  {}", i.id, i.title);
                    let mut facts = vec![self.status(i.status)];
                    facts.extend(i.due.map(|d| tr!(self, "diff-due", date = format_date(d))));
                    if !i.owners.is_empty() {
                        facts.push(tr!(self, "diff-owners", owners = i.owners.join(", ")));
                    }
                    let _ = writeln!(s, "    {}", facts.join(", "));
                }
                ItemChange::Removed(i) => {
                    let _ = writeln!(s, "- {}  {}", i.id, i.title);
                }
                ItemChange::Changed {
                    id,
                    title,
                    fields,
                    notes_added,
                    notes_removed,
                } => {
                    let _ = writeln!(s, "~ {id}  {title}");
                    for f in fields {
                        let _ = writeln!(s, "    {}", self.field_change(f, Escape::Terminal));
                    }
                    for n in notes_added {
                        let note = describe_note(n);
                        let _ = writeln!(s, "    {}", tr!(self, "diff-note", note = note));
                    }
                    if *notes_removed > 0 {
                        let n = *notes_removed;
                        let _ = writeln!(s, "    {}", tr!(self, "diff-notes-removed", n = n));
                    }
                }
            }
        }
        for m in &d.meetings_added {
            let _ = writeln!(s, "+ {}", tr!(self, "diff-meeting", id = m.as_str()));
        }
        for m in &d.meetings_removed {
            let _ = writeln!(s, "- {}", tr!(self, "diff-meeting", id = m.as_str()));
        }
        for r in &d.reviews_added {
            let (date, attendees) = (format_date(r.date), r.attendees.join(", "));
            let review = tr!(self, "diff-review", date = date, attendees = attendees);
            let _ = writeln!(s, "+ {review}");
        }
        s
    }

    /// One field change, worded for `escape`'s output: `status: open → done`,
    /// `due: … (14 days later)`, `owners: +SMBA −INADEM`.
    pub fn field_change(&self, c: &FieldChange, escape: Escape) -> String {
        let none = || match escape {
            Escape::Terminal => tr!(self, "cli-none"),
            Escape::Document => tr!(self, "report-none"),
            Escape::DryRun => tr!(self, "imp-none"),
        };
        let date = |d: &Option<NaiveDate>| d.map_or_else(none, format_date);
        let value = |v: &Value| match v {
            Value::Null => none(),
            Value::String(s) if escape == Escape::Terminal => format!("{s:?}"),
            Value::String(s) => s.clone(),
            v => v.to_string(),
        };
        let (field, from, to) = match c {
            FieldChange::Status { from, to } => {
                (Field::Status, self.status(*from), self.status(*to))
            }
            FieldChange::Due { from, to } => (Field::Due, date(from), date(to)),
            FieldChange::List {
                field,
                added,
                removed,
            } => return self.list_change(*field, added, removed, escape),
            FieldChange::Other { field, from, to } => {
                return self.other_change(field, &value(from), &value(to), escape);
            }
        };
        let moved = match c {
            FieldChange::Due {
                from: Some(a),
                to: Some(b),
            } => Some((*b - *a).num_days()),
            _ => None,
        };
        let field = self.field_label(field);
        match (escape, moved) {
            (Escape::Terminal, moved) => {
                let moved = match moved {
                    Some(n) if n > 0 => format!(" ({})", tr!(self, "diff-later", n = n)),
                    Some(n) => format!(" ({})", tr!(self, "diff-earlier", n = -n)),
                    None => String::new(),
                };
                format!("{field}: {from} → {to}{moved}")
            }
            (Escape::Document, Some(n)) if n > 0 => tr!(
                self,
                "report-change-later",
                field = field,
                from = from,
                to = to,
                days = n
            ),
            (Escape::Document, Some(n)) if n < 0 => tr!(
                self,
                "report-change-earlier",
                field = field,
                from = from,
                to = to,
                days = -n
            ),
            (Escape::Document, _) => {
                tr!(self, "report-change", field = field, from = from, to = to)
            }
            (Escape::DryRun, _) => tr!(self, "imp-field", field = field, from = from, to = to),
        }
    }

    /// A list field's change: `owners: +SMBA −INADEM`.
    fn list_change(
        &self,
        field: Field,
        added: &[String],
        removed: &[String],
        escape: Escape,
    ) -> String {
        let field = self.field_label(field);
        let mut parts: Vec<String> = added.iter().map(|a| format!("+{a}")).collect();
        parts.extend(removed.iter().map(|r| format!("−{r}")));
        let changes = parts.join(" ");
        match escape {
            Escape::Terminal => format!("{field}: {changes}"),
            Escape::Document => tr!(self, "report-change-list", field = field, changes = changes),
            Escape::DryRun => tr!(self, "imp-list", field = field, changes = changes),
        }
    }

    /// Any other field's change, its values already written for `escape`.
    fn other_change(&self, field: &FieldKey, from: &str, to: &str, escape: Escape) -> String {
        let field = self.key_label(field);
        match escape {
            Escape::Terminal => format!("{field}: {from} → {to}"),
            Escape::Document => tr!(self, "report-change", field = field, from = from, to = to),
            Escape::DryRun => tr!(self, "imp-field", field = field, from = from, to = to),
        }
    }

    /// The label of a changed field; an unknown field by its key.
    pub fn key_label(&self, key: &FieldKey) -> String {
        match key {
            FieldKey::Known(f) => self.field_label(*f),
            FieldKey::Unknown(k) => k.clone(),
        }
    }
}

/// The diff in canonical English, for commit messages: `+` added, `-`
/// removed, `~` changed.
pub fn render_diff_en(d: &LedgerDiff) -> String {
    let mut s = String::new();
    for c in &d.items {
        match c {
            ItemChange::Added(i) => {
                let _ = writeln!(s, "+ {}  {}", i.id, i.title);
                let mut facts = vec![i.status.to_string()];
                facts.extend(i.due.map(|d| format!("due {}", format_date(d))));
                if !i.owners.is_empty() {
                    facts.push(format!("owners {}", i.owners.join(", ")));
                }
                let _ = writeln!(s, "    {}", facts.join(", "));
            }
            ItemChange::Removed(i) => {
                let _ = writeln!(s, "- {}  {}", i.id, i.title);
            }
            ItemChange::Changed {
                id,
                title,
                fields,
                notes_added,
                notes_removed,
            } => {
                let _ = writeln!(s, "~ {id}  {title}");
                for f in fields {
                    let _ = writeln!(s, "    {}", describe_field_en(f));
                }
                for n in notes_added {
                    let _ = writeln!(s, "    note {}", describe_note(n));
                }
                if *notes_removed > 0 {
                    let _ = writeln!(s, "    {notes_removed} note(s) removed");
                }
            }
        }
    }
    for m in &d.meetings_added {
        let _ = writeln!(s, "+ meeting {m}");
    }
    for m in &d.meetings_removed {
        let _ = writeln!(s, "- meeting {m}");
    }
    for r in &d.reviews_added {
        let (date, attendees) = (format_date(r.date), r.attendees.join(", "));
        let _ = writeln!(s, "+ review {date} ({attendees})");
    }
    s
}

/// One field change in canonical English, as commit messages and the JSON
/// report hold it: `status: open → done`, `due: … (14 days later)`.
pub fn describe_field_en(c: &FieldChange) -> String {
    let date = |d: &Option<NaiveDate>| d.map_or_else(|| "none".into(), format_date);
    let json = |v: &Value| match v {
        Value::Null => "(none)".into(),
        Value::String(s) => format!("{s:?}"),
        v => v.to_string(),
    };
    match c {
        FieldChange::Status { from, to } => format!("status: {from} → {to}"),
        FieldChange::Due { from, to } => {
            let moved = match (from, to) {
                (Some(a), Some(b)) => {
                    let d = (*b - *a).num_days();
                    let s = if d.abs() == 1 { "" } else { "s" };
                    if d > 0 {
                        format!(" ({d} day{s} later)")
                    } else {
                        format!(" ({} day{s} earlier)", -d)
                    }
                }
                _ => String::new(),
            };
            format!("due: {} → {}{moved}", date(from), date(to))
        }
        FieldChange::List {
            field,
            added,
            removed,
        } => {
            let mut parts: Vec<String> = added.iter().map(|a| format!("+{a}")).collect();
            parts.extend(removed.iter().map(|r| format!("−{r}")));
            format!("{}: {}", field.key(), parts.join(" "))
        }
        FieldChange::Other { field, from, to } => {
            format!("{}: {} → {}", field.as_str(), json(from), json(to))
        }
    }
}
