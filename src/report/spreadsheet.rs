//! Cells for spreadsheets: text from the ledger cannot become a formula.

use crate::text::visible;
use std::borrow::Cow;

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
