//! Display widths: padding and truncating text that holds Hangul, accents,
//! emoji and combining marks, so that columns stay aligned.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The number of terminal columns `s` takes.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` cut to at most `max` columns, ending in `…` when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_owned();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// `s` truncated and padded with spaces to exactly `cols` columns.
pub fn fit(s: &str, cols: usize) -> String {
    let mut t = truncate(s, cols);
    let w = width(&t);
    t.extend(std::iter::repeat_n(' ', cols.saturating_sub(w)));
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_and_combining_characters_keep_columns() {
        assert_eq!(width("한정화"), 6);
        assert_eq!(fit("한정화", 8), "한정화  ");
        assert_eq!(width(&fit("한정화 청장", 7)), 7);
        assert_eq!(fit("한정화 청장", 7), "한정화…");
        // e + combining acute accent takes one column.
        assert_eq!(width(&fit("Me\u{301}xico", 8)), 8);
        assert_eq!(fit("Nuevo León", 6), "Nuevo…");
        assert_eq!(width(&fit("✅ done", 4)), 4);
        assert_eq!(truncate("abc", 0), "");
    }
}
