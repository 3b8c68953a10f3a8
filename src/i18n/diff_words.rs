//! Field changes and whole diffs in words: `followup diff` and what
//! `followup sync` shows (in the user's language), the minutes, the import's
//! dry run, and the canonical English of commit messages and the JSON report
//! (shared through git and scripts, so never translated).

use super::Catalog;
use crate::base::dates::format_date;
use crate::ledger::{Field, FieldChange, FieldKey, ItemChange, LedgerDiff, Status, describe_note};
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
    /// A spreadsheet (the minutes as CSV): text values raw, for the
    /// format's own escaping; dates ISO; moved deadlines counted.
    Document,
    /// The minutes in Markdown or HTML: like [`Escape::Document`], with dates
    /// written as formal documents write them ([`Catalog::formal_date`]).
    Formal,
    /// The import's dry run: values raw (the line is made visible whole).
    DryRun,
    /// The dashboard's detail pane (what changed since the last review):
    /// values shortened to fit a line ([`Catalog::compact`]), an absent
    /// deadline as "no deadline", moves not counted.
    Pane,
}

impl Catalog {
    /// The diff as text for people: `+` added, `-` removed, `~` changed.
    pub fn diff(&self, d: &LedgerDiff) -> String {
        write_diff(d, &Localized(self))
    }

    /// One field change, worded for `escape`'s output: `status: open → done`,
    /// `due: … (14 days later)`, `owners: +SMBA −INADEM`.
    pub fn field_change(&self, c: &FieldChange, escape: Escape) -> String {
        let none = || match escape {
            Escape::Terminal => tr!(self, "cli-none"),
            Escape::Document | Escape::Formal => tr!(self, "report-none"),
            Escape::DryRun => tr!(self, "imp-none"),
            Escape::Pane => tr!(self, "detail-no-deadline"),
        };
        let date = |d: &Option<NaiveDate>| match d {
            Some(d) if escape == Escape::Formal => self.formal_date(*d),
            Some(d) => format_date(*d),
            None => none(),
        };
        let value = |v: &Value| match v {
            v if escape == Escape::Pane => self.compact(v, PANE_VALUE),
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
            FieldChange::Closure { added } => return self.closure_change(added),
            FieldChange::Translation { text, lang, to } => {
                let (text, language) = (self.text_ref(text), self.language_name(*lang));
                return match to {
                    Some(to) => tr!(
                        self,
                        "change-translated",
                        text = text,
                        language = language,
                        to = value(&Value::String(to.clone()))
                    ),
                    None => tr!(
                        self,
                        "change-translation-removed",
                        text = text,
                        language = language
                    ),
                };
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
            (Escape::Document | Escape::Formal, Some(n)) if n > 0 => tr!(
                self,
                "report-change-later",
                field = field,
                from = from,
                to = to,
                days = n
            ),
            (Escape::Document | Escape::Formal, Some(n)) if n < 0 => tr!(
                self,
                "report-change-earlier",
                field = field,
                from = from,
                to = to,
                days = -n
            ),
            (Escape::Document | Escape::Formal, _) => {
                tr!(self, "report-change", field = field, from = from, to = to)
            }
            (Escape::DryRun, _) => tr!(self, "imp-field", field = field, from = from, to = to),
            (Escape::Pane, _) => tr!(self, "since-change", field = field, from = from, to = to),
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
        let changes = list_changes(added, removed);
        match escape {
            Escape::Terminal => format!("{field}: {changes}"),
            Escape::Document | Escape::Formal => {
                tr!(self, "report-change-list", field = field, changes = changes)
            }
            Escape::DryRun => tr!(self, "imp-list", field = field, changes = changes),
            Escape::Pane => tr!(self, "since-list", field = field, changes = changes),
        }
    }

    /// Any other field's change, its values already written for `escape`.
    fn other_change(&self, field: &FieldKey, from: &str, to: &str, escape: Escape) -> String {
        let field = self.key_label(field);
        match escape {
            Escape::Terminal => format!("{field}: {from} → {to}"),
            Escape::Document | Escape::Formal => {
                tr!(self, "report-change", field = field, from = from, to = to)
            }
            Escape::DryRun => tr!(self, "imp-field", field = field, from = from, to = to),
            Escape::Pane => tr!(self, "since-change", field = field, from = from, to = to),
        }
    }

    /// The label of a changed field; an unknown field by its key.
    pub fn key_label(&self, key: &FieldKey) -> String {
        match key {
            FieldKey::Known(f) => self.field_label(*f),
            FieldKey::Unknown(k) => k.clone(),
        }
    }

    /// A JSON value in a few characters: strings bare, absent as `(none)`,
    /// lists and objects inline, long ones cut with an ellipsis; safe to print
    /// ([`crate::base::text::truncate`] shows controls visibly).
    pub fn compact(&self, v: &Value, max: usize) -> String {
        let s = match v {
            Value::Null => tr!(self, "detail-none"),
            Value::String(s) => s.clone(),
            Value::Array(a) if a.iter().all(Value::is_string) => {
                let parts: Vec<&str> = a.iter().filter_map(Value::as_str).collect();
                format!("[{}]", parts.join(", "))
            }
            v => v.to_string(),
        };
        crate::base::text::truncate(&s.replace('\n', " "), max)
    }
}

/// How many characters a value keeps in the detail pane.
const PANE_VALUE: usize = 40;

/// A list's change: `+SMBA −INADEM`.
fn list_changes(added: &[String], removed: &[String]) -> String {
    let mut parts: Vec<String> = added.iter().map(|a| format!("+{a}")).collect();
    parts.extend(removed.iter().map(|r| format!("−{r}")));
    parts.join(" ")
}

/// The diff in canonical English, for commit messages: `+` added, `-`
/// removed, `~` changed.
pub fn render_diff_en(d: &LedgerDiff) -> String {
    write_diff(d, &English)
}

/// How the parts of a diff are worded: in the user's language, or in the
/// canonical English of commit messages.
trait DiffWords {
    fn status(&self, s: Status) -> String;
    fn due(&self, d: NaiveDate) -> String;
    fn owners(&self, owners: &[String]) -> String;
    fn field(&self, c: &FieldChange) -> String;
    fn note(&self, note: &str) -> String;
    fn notes_removed(&self, n: usize) -> String;
    fn meeting(&self, id: &str) -> String;
    fn review(&self, date: NaiveDate, attendees: &[String]) -> String;
}

/// The user's language, as `followup diff` and `sync` show it.
struct Localized<'a>(&'a Catalog);

impl DiffWords for Localized<'_> {
    fn status(&self, s: Status) -> String {
        self.0.status(s)
    }
    fn due(&self, d: NaiveDate) -> String {
        tr!(self.0, "diff-due", date = format_date(d))
    }
    fn owners(&self, owners: &[String]) -> String {
        tr!(self.0, "diff-owners", owners = owners.join(", "))
    }
    fn field(&self, c: &FieldChange) -> String {
        self.0.field_change(c, Escape::Terminal)
    }
    fn note(&self, note: &str) -> String {
        tr!(self.0, "diff-note", note = note)
    }
    fn notes_removed(&self, n: usize) -> String {
        tr!(self.0, "diff-notes-removed", n = n)
    }
    fn meeting(&self, id: &str) -> String {
        tr!(self.0, "diff-meeting", id = id)
    }
    fn review(&self, date: NaiveDate, attendees: &[String]) -> String {
        let (date, attendees) = (format_date(date), attendees.join(", "));
        tr!(self.0, "diff-review", date = date, attendees = attendees)
    }
}

/// Canonical English, as commit messages hold it.
struct English;

impl DiffWords for English {
    fn status(&self, s: Status) -> String {
        s.to_string()
    }
    fn due(&self, d: NaiveDate) -> String {
        format!("due {}", format_date(d))
    }
    fn owners(&self, owners: &[String]) -> String {
        format!("owners {}", owners.join(", "))
    }
    fn field(&self, c: &FieldChange) -> String {
        describe_field_en(c)
    }
    fn note(&self, note: &str) -> String {
        format!("note {note}")
    }
    fn notes_removed(&self, n: usize) -> String {
        format!("{n} note(s) removed")
    }
    fn meeting(&self, id: &str) -> String {
        format!("meeting {id}")
    }
    fn review(&self, date: NaiveDate, attendees: &[String]) -> String {
        format!("review {} ({})", format_date(date), attendees.join(", "))
    }
}

/// The diff as lines: `+` added, `-` removed, `~` changed, each item's
/// facts and changes indented below it, worded by `w`.
fn write_diff(d: &LedgerDiff, w: &impl DiffWords) -> String {
    let mut s = String::new();
    for c in &d.items {
        match c {
            ItemChange::Added(i) => {
                let _ = writeln!(s, "+ {}  {}", i.id, i.title);
                let mut facts = vec![w.status(i.status)];
                facts.extend(i.due.map(|d| w.due(d)));
                if !i.owners.is_empty() {
                    facts.push(w.owners(&i.owners));
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
                    let _ = writeln!(s, "    {}", w.field(f));
                }
                for n in notes_added {
                    let _ = writeln!(s, "    {}", w.note(&describe_note(n)));
                }
                if *notes_removed > 0 {
                    let _ = writeln!(s, "    {}", w.notes_removed(*notes_removed));
                }
            }
        }
    }
    for m in &d.meetings_added {
        let _ = writeln!(s, "+ {}", w.meeting(m.as_str()));
    }
    for m in &d.meetings_removed {
        let _ = writeln!(s, "- {}", w.meeting(m.as_str()));
    }
    for r in &d.reviews_added {
        let _ = writeln!(s, "+ {}", w.review(r.date, &r.attendees));
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
        } => format!("{}: {}", field.key(), list_changes(added, removed)),
        FieldChange::Other { field, from, to } => {
            format!("{}: {} → {}", field.as_str(), json(from), json(to))
        }
        FieldChange::Closure { .. } => {
            super::catalog(crate::base::lang::Lang::En).field_change(c, Escape::Terminal)
        }
        FieldChange::Translation { text, lang, to } => {
            let text = super::catalog(crate::base::lang::Lang::En).text_ref(text);
            match to {
                Some(to) => format!("translation into {} of {text}: {to:?}", lang.code()),
                None => format!("translation into {} of {text}: removed", lang.code()),
            }
        }
    }
}
