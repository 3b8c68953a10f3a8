//! A stable one-line-per-item rendering of a ledger, for `git diff` and
//! `git log -p` (the `diff=followup` textconv).

use super::model::{Item, Ledger};
use super::translation::Translations;
use crate::base::cores::spawn_beside;
use crate::base::dates::format_date;
use crate::base::text::visible_line;
use std::fmt::Write;
use std::io;

/// Items from which the later half is rendered on a second thread while
/// the first is written: fewer take less time than a thread costs.
const TWO_THREADS_FROM: usize = 4096;

/// Bytes an item's line is expected to take, to size the later half's text.
const LINE_BYTES: usize = 256;

/// Text on one line, safe to show in a terminal, appended to `s`: line
/// breaks as `⏎`, other control and bidi characters as escapes (`\e`).
fn push_one_line(s: &mut String, text: &str) {
    if text.contains('\n') {
        s.push_str(&visible_line(&text.replace('\n', " ⏎ ")));
    } else {
        s.push_str(&visible_line(text));
    }
}

/// ` | KEY VALUE`, appended to `s` when the value is not empty.
fn push_field(s: &mut String, key: &str, value: &str) {
    if !value.is_empty() {
        s.push_str(" | ");
        push_one_line(s, key);
        s.push(' ');
        push_one_line(s, value);
    }
}

/// One line for an item, holding every field, so any change shows on that
/// line, appended to `s`; text from the ledger is shown visibly ([`visible_line`]).
fn push_item_line(s: &mut String, i: &Item) {
    push_one_line(s, &i.id);
    let _ = write!(s, " [{}] ", i.status);
    push_one_line(s, &i.title);
    if let Some(l) = i.language {
        let _ = write!(s, " ({})", l.code());
    }
    translations(s, "", &i.translations);
    if let Some(d) = i.due {
        let _ = write!(s, " | due {}", format_date(d));
    }
    if !i.due_history.is_empty() {
        let h: Vec<String> = i.due_history.iter().map(|d| format_date(*d)).collect();
        let _ = write!(s, " (was {})", h.join(", "));
    }
    push_field(s, "owners", &i.owners.join(", "));
    push_field(s, "workstream", &i.workstream);
    push_field(s, "meeting", &i.meeting);
    push_field(s, "opened", &i.opened.map(format_date).unwrap_or_default());
    push_field(
        s,
        "updated",
        &i.updated.map(format_date).unwrap_or_default(),
    );
    push_field(s, "tags", &i.tags.join(", "));
    for (k, v) in &i.extra {
        push_field(s, k, &v.to_string());
    }
    if let Some(last) = i.notes.last() {
        let notes = format!(
            "{}, last {}",
            i.notes.len(),
            super::diff::describe_note(last)
        );
        push_field(s, "notes", &notes);
    }
    for c in &i.conflicts {
        let conflict = format!("{}: ours {} theirs {}", c.field, c.ours, c.theirs);
        push_field(s, "CONFLICT", &conflict);
    }
    for (n, note) in i.notes.iter().enumerate() {
        if let Some(l) = note.language {
            let _ = write!(s, " | note {} ({})", n + 1, l.code());
        }
        translations(s, &format!("note {} ", n + 1), &note.translations);
    }
    s.push('\n');
}

/// Each translation as ` | PREFIX+KEY.LANG text @source`, so that a new,
/// corrected or outdated translation shows on its object's line.
fn translations(s: &mut String, prefix: &str, t: &Translations) {
    for (key, lang, tr) in t.iter() {
        let _ = write!(s, " | {prefix}{key}.{} ", lang.code());
        push_one_line(s, &tr.text);
        s.push_str(" @");
        push_one_line(s, &tr.source);
    }
}

/// The whole ledger, written to `out`: committee, meetings and reviews
/// first, then one line per item. A large ledger's later items are
/// rendered on a second thread while the first ones are written.
pub fn write_textconv(l: &Ledger, out: &mut impl io::Write) -> io::Result<()> {
    out.write_all(head(l).as_bytes())?;
    let items = &l.items;
    if items.len() < TWO_THREADS_FROM {
        return write_items(items, out);
    }
    let (first, later) = items.split_at(items.len() / 2);
    std::thread::scope(|scope| {
        let Ok(rendering) = spawn_beside(scope, "later items", || lines(later)) else {
            return write_items(items, out);
        };
        let written = write_items(first, out);
        let text = rendering
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p));
        written.and_then(|()| out.write_all(text.as_bytes()))
    })
}

/// Each item's line, written to `out` as it is made.
fn write_items(items: &[Item], out: &mut impl io::Write) -> io::Result<()> {
    let mut line = String::new();
    for i in items {
        line.clear();
        push_item_line(&mut line, i);
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

/// The lines of `items`, one text.
fn lines(items: &[Item]) -> String {
    let mut s = String::with_capacity(items.len() * LINE_BYTES);
    for i in items {
        push_item_line(&mut s, i);
    }
    s
}

/// The lines before the items: the committee, its workstreams, meetings and reviews.
fn head(l: &Ledger) -> String {
    let mut s = String::new();
    let c = &l.committee;
    s.push_str("committee ");
    push_one_line(&mut s, &c.name);
    s.push_str(" (");
    push_one_line(&mut s, &c.party_names().join(", "));
    s.push(')');
    if !c.languages.is_empty() {
        let codes: Vec<&str> = c.languages.iter().map(|l| l.code()).collect();
        let _ = write!(s, " | languages {}", codes.join(", "));
    }
    translations(&mut s, "", &c.translations);
    s.push('\n');
    for w in &c.workstreams {
        s.push_str("workstream ");
        push_one_line(&mut s, &w.name);
        if let Some(l) = w.language {
            let _ = write!(s, " ({})", l.code());
        }
        translations(&mut s, "", &w.translations);
        s.push('\n');
    }
    for m in &l.meetings {
        let d = m.date.map(format_date).unwrap_or_default();
        s.push_str("meeting ");
        push_one_line(&mut s, &m.id);
        let _ = write!(s, " {d} ");
        push_one_line(&mut s, &m.title);
        s.push_str(" | ");
        push_one_line(&mut s, &m.place);
        if let Some(l) = m.language {
            let _ = write!(s, " ({})", l.code());
        }
        translations(&mut s, "", &m.translations);
        s.push('\n');
    }
    for r in &l.reviews {
        let _ = write!(s, "review {} ", format_date(r.date));
        push_one_line(&mut s, &r.attendees.join(", "));
        s.push_str(" | ");
        push_one_line(&mut s, &r.summary);
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_ledger_renders_on_two_threads_as_on_one() {
        let today = crate::synthetic::demo_today();
        let mut l = crate::synthetic::ledger(TWO_THREADS_FROM + 1000, today);
        // Hostile text at each end of each half: shown visibly, on its own line.
        let n = l.items.len();
        for k in [0, n / 2 - 1, n / 2, n - 1] {
            l.items[k].title = format!("line\nbreak \x1b[2J {k}");
        }
        let mut two = Vec::new();
        write_textconv(&l, &mut two).unwrap();
        let mut one = head(&l).into_bytes();
        write_items(&l.items, &mut one).unwrap();
        let (two, one) = (
            String::from_utf8(two).unwrap(),
            String::from_utf8(one).unwrap(),
        );
        assert!(two == one, "the two renderings differ");
        let heads = head(&l).lines().count();
        assert_eq!(two.lines().count(), heads + n);
        let last = two.lines().last().unwrap();
        assert!(
            last.contains(&format!("line ⏎ break \\e[2J {}", n - 1)),
            "{last}"
        );
    }
}
