//! Text for people: control characters and bidi overrides shown visibly so
//! that text from a ledger or the file system never drives the terminal or
//! reorders what is shown; and display widths, for padding and truncating
//! text that holds Hangul, accents, emoji and combining marks so that
//! columns stay aligned.

use std::borrow::Cow;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Whether `c` may not be shown as it is. `lines`: text of several lines,
/// where `\n` and `\t` are kept (a `\r` is kept only before a `\n`).
fn hidden(c: char, lines: bool) -> bool {
    match c {
        '\n' | '\t' => !lines,
        // C0 controls, DEL, C1 controls (U+009B is a one-byte CSI).
        '\0'..='\u{1f}' | '\u{7f}'..='\u{9f}' => true,
        // Bidi embeddings, overrides and isolates, and the bidi marks.
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}' => {
            true
        }
        _ => false,
    }
}

/// Appends the visible form of a hidden character: `\e`, `\a`, `\b`, `\r`,
/// `\n`, `\t`, else `\u{9b}`.
fn push_escaped(out: &mut String, c: char) {
    match c {
        '\u{1b}' => out.push_str(r"\e"),
        '\u{7}' => out.push_str(r"\a"),
        '\u{8}' => out.push_str(r"\b"),
        '\r' => out.push_str(r"\r"),
        '\n' => out.push_str(r"\n"),
        '\t' => out.push_str(r"\t"),
        c => {
            use std::fmt::Write;
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        }
    }
}

/// Whether `b` may start a hidden character ([`hidden`]): a C0 control,
/// DEL, or the first byte of U+0080–U+00BF (C1 controls), U+0600–U+063F
/// (U+061C) or U+2000–U+2FFF (the bidi marks, embeddings and isolates).
/// Every other byte of UTF-8 text, accented Latin and Hangul included,
/// starts or continues a character shown as it is.
fn may_hide(b: u8) -> bool {
    // `|`, not `||`: no branch, so that a block's test is vector compares.
    (b < 0x20) | (b == 0x7f) | (b == 0xc2) | (b == 0xd8) | (b == 0xe2)
}

/// The length of the run `s` starts with in which no byte [`may_hide`]:
/// looked at 16 bytes at a time (each block's test without a branch, which
/// the compiler makes a few vector compares), then byte by byte.
fn unsuspect(s: &[u8]) -> usize {
    let mut n = 0;
    for block in s.chunks_exact(16) {
        if block.iter().fold(false, |any, &b| any | may_hide(b)) {
            break;
        }
        n += 16;
    }
    n + s[n..]
        .iter()
        .position(|&b| may_hide(b))
        .unwrap_or(s.len() - n)
}

/// The first character of `s` at or after byte `from` that must be
/// escaped, and where it starts.
fn next_hidden(s: &str, mut from: usize, lines: bool) -> Option<(usize, char)> {
    loop {
        // A byte that may hide is never a continuation byte: `from` stays
        // on a character's start.
        from += unsuspect(&s.as_bytes()[from..]);
        let c = s[from..].chars().next()?;
        let kept_cr = lines && c == '\r' && s[from + 1..].starts_with('\n');
        if hidden(c, lines) && !kept_cr {
            return Some((from, c));
        }
        from += c.len_utf8();
    }
}

fn escape(s: &str, lines: bool) -> Cow<'_, str> {
    let Some(mut next) = next_hidden(s, 0, lines) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len() + 8);
    let mut copied = 0;
    loop {
        let (at, c) = next;
        out.push_str(&s[copied..at]);
        push_escaped(&mut out, c);
        copied = at + c.len_utf8();
        match next_hidden(s, copied, lines) {
            Some(found) => next = found,
            None => break,
        }
    }
    out.push_str(&s[copied..]);
    Cow::Owned(out)
}

/// `s` safe to show on one line of a terminal: every control character
/// (C0 including `\n`, `\t` and `\r`, DEL, C1) and every bidi embedding,
/// override, isolate and mark (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F,
/// U+061C) is replaced by a visible escape (`\e`, `\a`, `\b`, `\r`, `\n`,
/// `\t`, else `\u{9b}`). Borrowed, without allocating, when nothing needs it.
pub fn visible_line(s: &str) -> Cow<'_, str> {
    escape(s, false)
}

/// `s` safe to show as several lines: as [`visible_line`], but line feeds,
/// tabs and the `\r` of a `\r\n` are kept.
pub fn visible(s: &str) -> Cow<'_, str> {
    escape(s, true)
}

/// The number of terminal columns `s` takes.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` shown on one line ([`visible_line`]) and cut to at most `max`
/// columns, ending in `…` when cut.
pub fn truncate(s: &str, max: usize) -> String {
    let s = visible_line(s);
    if width(&s) <= max {
        return s.into_owned();
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

/// `s` shown on one line, truncated and padded with spaces to exactly `cols` columns.
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

    /// Every character [`visible`] or [`visible_line`] must never let through.
    fn forbidden(c: char, lines: bool) -> bool {
        hidden(c, lines) && c != '\r'
    }

    #[test]
    fn controls_and_bidi_are_shown_as_escapes() {
        assert_eq!(visible_line("\x1b]0;pwned\x07"), r"\e]0;pwned\a");
        assert_eq!(visible_line("\x1b[2J"), r"\e[2J");
        assert_eq!(visible_line("a\x08b\rc"), r"a\bb\rc");
        assert_eq!(visible_line("x\u{9b}31m"), r"x\u{9b}31m");
        assert_eq!(visible_line("\u{202e}cod.exe"), r"\u{202e}cod.exe");
        assert_eq!(visible_line("\u{2066}\u{2069}"), r"\u{2066}\u{2069}");
        assert_eq!(
            visible_line("\u{200e}\u{200f}\u{61c}"),
            r"\u{200e}\u{200f}\u{61c}"
        );
        assert_eq!(visible_line("\0\x7f\u{85}"), r"\u{0}\u{7f}\u{85}");
        assert_eq!(visible_line("one\ntwo\tthree"), r"one\ntwo\tthree");
        assert_eq!(visible_line("a\r\nb"), r"a\r\nb");
    }

    #[test]
    fn several_lines_keep_line_feeds_tabs_and_crlf_only() {
        assert_eq!(visible("one\ntwo\tthree"), "one\ntwo\tthree");
        assert_eq!(visible("a\r\nb"), "a\r\nb");
        assert_eq!(visible("a\rb\r"), r"a\rb\r");
        assert_eq!(visible("\x1b[2J\n\u{202e}"), "\\e[2J\n\\u{202e}");
    }

    #[test]
    fn safe_text_is_borrowed() {
        for s in [
            "",
            "JC2-01",
            "Nuevo León",
            "한정화 청장",
            "a\\e b",
            "✅ done",
        ] {
            assert!(matches!(visible_line(s), Cow::Borrowed(t) if t == s));
            assert!(matches!(visible(s), Cow::Borrowed(t) if t == s));
        }
        assert!(matches!(visible("two\nlines\r\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn every_hidden_character_starts_with_a_byte_that_may_hide() {
        let starts = |c: char| may_hide(c.encode_utf8(&mut [0; 4]).as_bytes()[0]);
        let all = (0..=u32::from(char::MAX)).filter_map(char::from_u32);
        let missed: Vec<char> = all.filter(|&c| hidden(c, false) && !starts(c)).collect();
        assert_eq!(missed, Vec::<char>::new());
        // Accents and Hangul are not looked at one by one.
        assert!(!"ñé한정화".bytes().any(may_hide));
    }

    #[test]
    fn fitting_shows_controls_and_counts_their_escapes() {
        assert_eq!(fit("a\x1bb", 6), r"a\eb  ");
        assert_eq!(truncate("\u{202e}abc", 5), r"\u{2…");
    }

    proptest::proptest! {
        #[test]
        fn the_unsuspected_run_is_the_one_a_byte_by_byte_look_finds(s in "[ -~é한]{0,40}[\\x00-\\x1f\\x7f-\\u{ff}\\u{61c}\\u{2066}]?[ -~\\n한]{0,40}") {
            let bytes = s.as_bytes();
            let by_byte = bytes.iter().position(|&b| may_hide(b)).unwrap_or(bytes.len());
            proptest::prop_assert_eq!(unsuspect(bytes), by_byte);
        }

        #[test]
        fn escapes_leave_nothing_hidden(s in "(\\PC|[\\x00-\\x1f\\x7f-\\u{9f}\\u{200e}\\u{200f}\\u{61c}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}])*") {
            let line = visible_line(&s);
            proptest::prop_assert!(!line.chars().any(|c| hidden(c, false)), "{line:?}");
            let text = visible(&s);
            proptest::prop_assert!(!text.chars().any(|c| forbidden(c, true)), "{text:?}");
            // A `\r` is left only before a `\n`.
            for (i, _) in text.match_indices('\r') {
                proptest::prop_assert!(text[i + 1..].starts_with('\n'));
            }
            // Each character is shown on its own: safe ones as they are.
            let each: String = s.chars().map(|c| visible_line(c.encode_utf8(&mut [0; 4])).into_owned()).collect();
            proptest::prop_assert_eq!(line, each);
        }

        #[test]
        fn safe_text_is_unchanged(s in "[^\\x00-\\x1f\\x7f-\\u{9f}\\u{200e}\\u{200f}\\u{61c}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}]*") {
            proptest::prop_assert_eq!(visible_line(&s), Cow::Borrowed(s.as_str()));
            proptest::prop_assert_eq!(visible(&s), Cow::Borrowed(s.as_str()));
        }
    }
}
