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

/// A CSV cell: control characters shown visibly (line feeds and tabs kept),
/// and a leading `'` on a cell that a spreadsheet would read as a formula
/// (one starting with `=`, `+`, `-`, `@`, a tab or a carriage return),
/// except a plain negative number. Every CSV writer goes through it.
pub fn cell(s: &str) -> Cow<'_, str> {
    let s = visible(s);
    let formula = s.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_number(&s);
    if formula {
        Cow::Owned(format!("'{s}"))
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
