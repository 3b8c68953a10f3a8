//! A stable one-line-per-item rendering of a ledger, for `git diff` and
//! `git log -p` (the `diff=followup` textconv).

use super::model::{Item, Ledger};
use super::translation::Translations;
use crate::base::dates::format_date;
use crate::base::text::visible_line;
use std::fmt::Write;

/// Text on one line, safe to show in a terminal: line breaks as `⏎`,
/// other control and bidi characters as escapes (`\e`).
fn one_line(s: &str) -> String {
    visible_line(&s.replace('\n', " ⏎ ")).into_owned()
}

/// One line for an item, holding every field, so any change shows on that
/// line; text from the ledger is shown visibly ([`visible_line`]).
pub fn item_line(i: &Item) -> String {
    let mut s = format!("{} [{}] {}", one_line(&i.id), i.status, one_line(&i.title));
    if let Some(l) = i.language {
        let _ = write!(s, " ({})", l.code());
    }
    translations(&mut s, "", &i.translations);
    if let Some(d) = i.due {
        let _ = write!(s, " | due {}", format_date(d));
    }
    if !i.due_history.is_empty() {
        let h: Vec<String> = i.due_history.iter().map(|d| format_date(*d)).collect();
        let _ = write!(s, " (was {})", h.join(", "));
    }
    let mut field = |k: &str, v: String| {
        if !v.is_empty() {
            let _ = write!(s, " | {} {}", one_line(k), one_line(&v));
        }
    };
    field("owners", i.owners.join(", "));
    field("workstream", i.workstream.clone());
    field("meeting", i.meeting.clone());
    field("opened", i.opened.map(format_date).unwrap_or_default());
    field("updated", i.updated.map(format_date).unwrap_or_default());
    field("tags", i.tags.join(", "));
    for (k, v) in &i.extra {
        field(k, v.to_string());
    }
    if let Some(last) = i.notes.last() {
        field(
            "notes",
            format!(
                "{}, last {}",
                i.notes.len(),
                super::diff::describe_note(last)
            ),
        );
    }
    for c in &i.conflicts {
        field(
            "CONFLICT",
            format!("{}: ours {} theirs {}", c.field, c.ours, c.theirs),
        );
    }
    for (n, note) in i.notes.iter().enumerate() {
        if let Some(l) = note.language {
            let _ = write!(s, " | note {} ({})", n + 1, l.code());
        }
        translations(&mut s, &format!("note {} ", n + 1), &note.translations);
    }
    s
}

/// Each translation as ` | PREFIX+KEY.LANG text @source`, so that a new,
/// corrected or outdated translation shows on its object's line.
fn translations(s: &mut String, prefix: &str, t: &Translations) {
    for (key, lang, tr) in t.iter() {
        let _ = write!(
            s,
            " | {prefix}{key}.{} {} @{}",
            lang.code(),
            one_line(&tr.text),
            one_line(&tr.source)
        );
    }
}

/// The whole ledger: committee, meetings and reviews first, then one line per item.
pub fn textconv(l: &Ledger) -> String {
    let mut s = String::new();
    let c = &l.committee;
    let _ = write!(
        s,
        "committee {} ({})",
        one_line(&c.name),
        one_line(&c.party_names().join(", "))
    );
    if !c.languages.is_empty() {
        let codes: Vec<&str> = c.languages.iter().map(|l| l.code()).collect();
        let _ = write!(s, " | languages {}", codes.join(", "));
    }
    translations(&mut s, "", &c.translations);
    s.push('\n');
    for w in &c.workstreams {
        let _ = write!(s, "workstream {}", one_line(&w.name));
        if let Some(l) = w.language {
            let _ = write!(s, " ({})", l.code());
        }
        translations(&mut s, "", &w.translations);
        s.push('\n');
    }
    for m in &l.meetings {
        let d = m.date.map(format_date).unwrap_or_default();
        let _ = write!(
            s,
            "meeting {} {d} {} | {}",
            one_line(&m.id),
            one_line(&m.title),
            one_line(&m.place)
        );
        if let Some(l) = m.language {
            let _ = write!(s, " ({})", l.code());
        }
        translations(&mut s, "", &m.translations);
        s.push('\n');
    }
    for r in &l.reviews {
        let _ = writeln!(
            s,
            "review {} {} | {}",
            format_date(r.date),
            one_line(&r.attendees.join(", ")),
            one_line(&r.summary)
        );
    }
    for i in &l.items {
        let _ = writeln!(s, "{}", item_line(i));
    }
    s
}
