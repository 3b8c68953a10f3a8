//! `followup diff` and what `followup sync` shows as it came in and went out,
//! in the user's language. (Commit messages and git's textconv stay as the
//! library writes them: they are shared through git.)

use super::Catalog;
use crate::base::dates::format_date;
use crate::ledger::{FieldChange, ItemChange, LedgerDiff, Note};
use crate::tr;
use chrono::NaiveDate;
use serde_json::Value;
use std::fmt::Write;

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
                        let _ = writeln!(s, "    {}", self.field_change(f));
                    }
                    for n in notes_added {
                        let _ = writeln!(s, "    {}", tr!(self, "diff-note", note = note(n)));
                    }
                    if *notes_removed > 0 {
                        let _ = writeln!(
                            s,
                            "    {}",
                            tr!(self, "diff-notes-removed", n = *notes_removed)
                        );
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
            let _ = writeln!(
                s,
                "+ {}",
                tr!(
                    self,
                    "diff-review",
                    date = format_date(r.date),
                    attendees = r.attendees.join(", ")
                )
            );
        }
        s
    }

    /// One field change: `status: open → done`, `due: … (14 days later)`.
    fn field_change(&self, c: &FieldChange) -> String {
        let date = |d: Option<NaiveDate>| d.map_or_else(|| tr!(self, "cli-none"), format_date);
        match c {
            FieldChange::Status { from, to } => format!(
                "{}: {} → {}",
                tr!(self, "field-status"),
                self.status(*from),
                self.status(*to)
            ),
            FieldChange::Due { from, to } => {
                let moved = match (from, to) {
                    (Some(a), Some(b)) if b > a => {
                        format!(" ({})", tr!(self, "diff-later", n = (*b - *a).num_days()))
                    }
                    (Some(a), Some(b)) => {
                        format!(" ({})", tr!(self, "diff-earlier", n = (*a - *b).num_days()))
                    }
                    _ => String::new(),
                };
                format!(
                    "{}: {} → {}{moved}",
                    tr!(self, "field-due"),
                    date(*from),
                    date(*to)
                )
            }
            FieldChange::List {
                field,
                added,
                removed,
            } => {
                let mut parts: Vec<String> = added.iter().map(|a| format!("+{a}")).collect();
                parts.extend(removed.iter().map(|r| format!("−{r}")));
                format!("{}: {}", self.field_label(field), parts.join(" "))
            }
            FieldChange::Other { field, from, to } => format!(
                "{}: {} → {}",
                self.field_label(field),
                self.json_text(from),
                self.json_text(to)
            ),
        }
    }

    /// The label of a field named by its key in the file; unknown keys as they are.
    pub fn field_label(&self, key: &str) -> String {
        match key {
            "id" => tr!(self, "field-id"),
            "title" => tr!(self, "field-title"),
            "status" => tr!(self, "field-status"),
            "workstream" => tr!(self, "field-workstream"),
            "owners" => tr!(self, "field-owners"),
            "due" => tr!(self, "field-due"),
            "meeting" => tr!(self, "field-meeting"),
            "opened" => tr!(self, "field-opened"),
            "tags" => tr!(self, "field-tags"),
            other => other.to_owned(),
        }
    }

    fn json_text(&self, v: &Value) -> String {
        match v {
            Value::Null => tr!(self, "cli-none"),
            Value::String(s) => format!("{s:?}"),
            v => v.to_string(),
        }
    }
}

/// A note on one line: `2026-11-20 secretariat: text`.
fn note(n: &Note) -> String {
    let by = if n.author.is_empty() {
        String::new()
    } else {
        format!(" {}", n.author)
    };
    format!(
        "{}{by}: {}",
        format_date(n.date),
        n.text.replace('\n', " ⏎ ")
    )
}
