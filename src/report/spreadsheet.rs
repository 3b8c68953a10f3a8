//! The report for spreadsheets: one row per item, headers in the chosen
//! language, values as the file writes them (status `in-progress`, dates
//! `YYYY-MM-DD`, counts) so that sheets from both capitals sort and filter
//! alike; the two descriptive columns (relative deadline, changes) are in
//! the chosen language. Text from the ledger cannot become a formula.

use super::model::{ChangeIndex, Period, new_notes};
use super::reader::Reader;
use super::words;
use crate::base::dates::format_date;
use crate::base::relative::Relative;
use crate::base::text::visible;
use crate::i18n::{Escape, When};
use crate::ledger::{Ledger, Note, describe_note};
use crate::tr;
use std::borrow::Cow;
use std::io::{self, Write};

/// Whether `s` is a plain number such as `-12` or `-3.5`.
fn is_number(s: &str) -> bool {
    let s = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = s.split_once('.').unwrap_or((s, "0"));
    let digits = |d: &str| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit());
    digits(int) && digits(frac)
}

/// A cell a spreadsheet would run as a formula (one starting with `=`, `+`,
/// `-`, `@`, a tab or a carriage return) gets a leading `'`, which Excel shows
/// as text; a plain number such as `-12` or `-3.5` is left as it is. Every CSV
/// writer goes through it.
pub fn formula_safe(s: &str) -> Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_number(s) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// A CSV cell for a report read on screen or in a spreadsheet: control
/// characters shown visibly (line feeds and tabs kept), then [`formula_safe`].
pub fn cell(s: &str) -> Cow<'_, str> {
    match visible(s) {
        Cow::Borrowed(b) => formula_safe(b),
        Cow::Owned(o) => Cow::Owned(formula_safe(&o).into_owned()),
    }
}

/// A new note as `r` reads it, as [`describe_note`] writes it, its mark after it.
fn note(r: &Reader, l: &Ledger, n: &Note) -> String {
    let text = r.text(n.text_slot(l.original_language())).joined();
    describe_note(&Note { text, ..n.clone() })
}

/// Writes one row per item to `out`, every cell through [`cell`]: the
/// title, the workstream and the new notes as `r` reads them (a text not in
/// `r`'s language followed by its mark).
pub fn write(l: &Ledger, p: &Period, r: &Reader, out: &mut impl Write) -> io::Result<()> {
    let cat = r.cat;
    let mut w = csv::Writer::from_writer(out);
    let head = [
        tr!(cat, "report-csv-id"),
        tr!(cat, "report-csv-title"),
        tr!(cat, "report-csv-workstream"),
        tr!(cat, "report-csv-status"),
        tr!(cat, "report-csv-owners"),
        tr!(cat, "report-csv-due"),
        tr!(cat, "report-csv-relative"),
        tr!(cat, "report-csv-slips"),
        tr!(cat, "report-csv-meeting"),
        tr!(cat, "report-csv-updated"),
        tr!(cat, "report-csv-changes"),
        tr!(cat, "report-csv-new-notes"),
    ];
    w.write_record(&head)?;
    let changes = ChangeIndex::new(p.history.as_ref());
    for i in &l.items {
        let notes: Vec<String> = new_notes(i, p.since).map(|n| note(r, l, n)).collect();
        let title = r.text(i.title_text(l.original_language())).joined();
        let workstream = if i.workstream.is_empty() {
            String::new()
        } else {
            r.text(l.workstream_text(&i.workstream)).joined()
        };
        let changed = changes
            .get(&i.id)
            .map(|c| words::change_lines(cat, c, Escape::Document).join("; "))
            .unwrap_or_default();
        let relative = i
            .due
            .filter(|_| !i.status.is_closed())
            .map(|d| cat.relative(Relative::between(d, p.today), When::Deadline))
            .unwrap_or_default();
        let row = [
            cell(&i.id),
            cell(&title).into_owned().into(),
            cell(&workstream).into_owned().into(),
            Cow::Borrowed(i.status.as_str()),
            cell(&i.owners.join("; ")).into_owned().into(),
            i.due.map(format_date).unwrap_or_default().into(),
            cell(&relative).into_owned().into(),
            i.due_history.len().to_string().into(),
            cell(&i.meeting),
            i.updated.map(format_date).unwrap_or_default().into(),
            cell(&changed).into_owned().into(),
            cell(&notes.join(" | ")).into_owned().into(),
        ];
        w.write_record(row.iter().map(|c| c.as_bytes()))?;
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_numbers_escape_the_quote() {
        assert_eq!(formula_safe("-12.5"), "-12.5");
        assert_eq!(formula_safe("-inf"), "'-inf");
        assert_eq!(formula_safe("-"), "'-");
        assert_eq!(formula_safe("+52 55 1234"), "'+52 55 1234");
        assert_eq!(formula_safe("\tx"), "'\tx");
        assert_eq!(formula_safe("Kia \x1b"), "Kia \x1b", "kept as written");
    }

    #[test]
    fn formulas_are_quoted_and_numbers_kept() {
        assert_eq!(
            cell("=HYPERLINK(\"http://x\",\"y\")"),
            "'=HYPERLINK(\"http://x\",\"y\")"
        );
        assert_eq!(cell("+1+2"), "'+1+2");
        assert_eq!(cell("-1+2"), "'-1+2");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\t=1"), "'\t=1");
        assert_eq!(cell("-"), "'-");
        assert_eq!(cell("-12"), "-12");
        assert_eq!(cell("-3.5"), "-3.5");
        assert_eq!(cell("-3."), "'-3.");
        assert_eq!(cell("JC2-01"), "JC2-01");
        assert_eq!(cell("a = b"), "a = b");
        assert!(matches!(cell("Nuevo León"), Cow::Borrowed(_)));
    }

    #[test]
    fn controls_are_shown_before_the_check() {
        assert_eq!(cell("\x1b=1"), r"\e=1");
        assert_eq!(cell("\r=1"), r"\r=1");
        assert_eq!(cell("two\nlines"), "two\nlines");
    }
}
