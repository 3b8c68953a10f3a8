//! Ledger text inside Markdown: it reads as written and cannot open or close
//! any structure (heading, list, quote, code, table, link, image, HTML,
//! emphasis) of the document around it, nor become a link where GitHub's
//! flavour finds bare URLs and addresses (its extended autolinks).

use crate::base::text::{visible, visible_line};

/// ASCII punctuation that means something inline in CommonMark or in
/// GitHub's flavour (tables, strikethrough, math), escaped everywhere.
const INLINE: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '!', '~', '$', '{', '}',
];

/// Put before every `@`: the word joiner U+2060, invisible and unbreakable.
/// GFM finds addresses (`a@b.example`, `mailto:a@b.example`) in the text
/// *after* escapes and entities are decoded and neighbouring text joined
/// (cmark-gfm's autolink postprocessing), so `\@` or `&#64;` would still
/// link; a character that cannot end an address's local part does not.
const BEFORE_AT: &str = "&#x2060;";

/// True when `before`, the character before an `@`, could end an address's
/// local part (or `mailto:`), as GFM reads one; `None` (the start of the
/// text) could, since the text before it is not known here.
fn may_end_local_part(before: Option<char>) -> bool {
    before.is_none_or(|c| c.is_ascii_alphanumeric() || ".+-_:".contains(c))
}

/// True when the `:` at `i` starts `://` (`https://`, `ftp://`): GFM links
/// a URL when it meets that `:` unescaped.
fn starts_scheme_slashes(line: &str, i: usize) -> bool {
    line[i..].starts_with("://")
}

/// True when the `.` at `i` ends `www` (`www.evil.example`): GFM links a
/// domain that starts with `www.` as written.
fn ends_www(line: &str, i: usize) -> bool {
    i >= 3 && line.as_bytes()[i - 3..i].eq_ignore_ascii_case(b"www")
}

/// Where a piece of text sits in a line of the document.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    /// It starts the line, where block markers (`-`, `1.`) mean something.
    LineStart,
    /// After the line's own start.
    Inline,
}

/// True for the bytes [`push_escaped`] looks at: every ASCII character it
/// may escape or mark. Any other byte (letters, digits, spaces, every byte
/// of a character beyond ASCII) is copied as it is.
const fn looked_at(b: u8) -> bool {
    matches!(
        b,
        b'\\'
            | b'`'
            | b'*'
            | b'_'
            | b'['
            | b']'
            | b'<'
            | b'>'
            | b'#'
            | b'|'
            | b'!'
            | b'~'
            | b'$'
            | b'{'
            | b'}'
            | b'-'
            | b'+'
            | b'='
            | b'.'
            | b')'
            | b'&'
            | b':'
            | b'@'
    )
}

/// [`looked_at`] for every byte.
const LOOKED_AT: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = looked_at(b as u8);
        b += 1;
    }
    t
};

/// Appends `line`, escaped, to `out`. `line` has no line break.
fn push_escaped(out: &mut String, line: &str, place: Place) {
    let starts = place == Place::LineStart;
    // At the start of a line `-`, `+`, `=` (lists, setext underlines) and
    // `1.` / `1)` (ordered lists) open blocks too.
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    // Text between the characters looked at is copied in runs.
    let mut copied = 0;
    for (i, &b) in line.as_bytes().iter().enumerate() {
        if !LOOKED_AT[usize::from(b)] {
            continue;
        }
        // An ASCII byte: a whole character, at a character boundary.
        let c = char::from(b);
        let opens_block = starts
            && ((i == 0 && matches!(c, '-' | '+' | '='))
                || (i == digits && digits > 0 && matches!(c, '.' | ')')));
        // `&amp;`, `&#x1b;`: an entity reference, not when `&` stands alone.
        let entity =
            c == '&' && line[i + 1..].starts_with(|n: char| n.is_ascii_alphanumeric() || n == '#');
        // Bare URLs and `www.` domains become links at their `:` and `.`.
        let autolink =
            (c == ':' && starts_scheme_slashes(line, i)) || (c == '.' && ends_www(line, i));
        let before = if INLINE.contains(&c) || opens_block || entity || autolink {
            "\\"
        } else if c == '@' && may_end_local_part(line[..i].chars().next_back()) {
            BEFORE_AT
        } else {
            continue;
        };
        out.push_str(&line[copied..i]);
        out.push_str(before);
        copied = i;
    }
    out.push_str(&line[copied..]);
}

/// One line of ledger text (a title, an owner, a workstream) for use inside
/// a line of Markdown, after the line's own start: control characters
/// shown visibly, line breaks as `\n`, Markdown punctuation escaped.
pub fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    push_inline(&mut out, s);
    out
}

/// [`inline`], appended to `out`.
pub fn push_inline(out: &mut String, s: &str) {
    push_escaped(out, &visible_line(s), Place::Inline);
}

/// Text of several lines (a note) inside a list item: each line escaped as
/// [`inline`] and cannot open a block (`-`, `+`, `=`, `1.` escaped at its
/// start), blank lines dropped, leading blanks trimmed, and the lines joined
/// by hard breaks (a backslash at the end of the line) continued at `indent`.
pub fn lines(s: &str, indent: &str) -> String {
    let s = visible(s);
    let mut out = String::with_capacity(s.len() + 8);
    let parts = s
        .lines()
        .map(|l| l.replace('\t', " "))
        .filter(|l| !l.trim().is_empty());
    for (n, line) in parts.enumerate() {
        if n > 0 {
            out.push_str("\\\n");
            out.push_str(indent);
        }
        push_escaped(&mut out, line.trim(), Place::LineStart);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_is_escaped_and_plain_text_kept() {
        assert_eq!(inline("Policy & studies"), "Policy & studies");
        assert_eq!(inline("&#x202e;&lt;"), r"\&\#x202e;\&lt;");
        assert_eq!(inline("Nuevo León, 2026-11-23"), "Nuevo León, 2026-11-23");
        assert_eq!(
            inline("[x](javascript:alert(1))"),
            r"\[x\](javascript:alert(1))"
        );
        assert_eq!(
            inline("<img src=x onerror=alert(1)>"),
            r"\<img src=x onerror=alert(1)\>"
        );
        assert_eq!(
            inline("**bold** _it_ `code`"),
            r"\*\*bold\*\* \_it\_ \`code\`"
        );
        assert_eq!(inline(r"a\"), r"a\\");
        assert_eq!(inline("| a | b |"), r"\| a \| b \|");
        assert_eq!(inline("-12 and 3.5"), "-12 and 3.5");
    }

    #[test]
    fn line_starts_cannot_open_blocks() {
        let line = |s| lines(s, "");
        assert_eq!(line("# Heading"), r"\# Heading");
        assert_eq!(line("- item"), r"\- item");
        assert_eq!(line("+ item"), r"\+ item");
        assert_eq!(line("1. item"), r"1\. item");
        assert_eq!(line("12) item"), r"12\) item");
        assert_eq!(line("> quote"), r"\> quote");
        assert_eq!(line("```rust"), r"\`\`\`rust");
        assert_eq!(line("~~~"), r"\~\~\~");
        assert_eq!(line("==="), r"\===");
        assert_eq!(line("    code"), "code");
        assert_eq!(line("2026-11-23 a - b + c = d"), "2026-11-23 a - b + c = d");
        // Inside a line they are plain text.
        assert_eq!(inline("- item = 1. + 2"), "- item = 1. + 2");
        assert_eq!(inline("# x"), r"\# x");
    }

    #[test]
    fn bare_urls_and_addresses_cannot_become_links() {
        assert_eq!(
            inline("see https://evil.example/x or HTTP://a.b"),
            r"see https\://evil.example/x or HTTP\://a.b"
        );
        assert_eq!(
            inline("www.evil.example, WWW.x.y"),
            r"www\.evil.example, WWW\.x.y"
        );
        assert_eq!(inline("mailto:a@b.example"), "mailto:a&#x2060;@b.example");
        assert_eq!(inline("10:30, a.b"), "10:30, a.b");
        assert_eq!(inline("@SMBA, a @b"), "&#x2060;@SMBA, a @b");
        assert_eq!(
            lines("www.x.y\nftp://h.example", ""),
            "www\\.x.y\\\nftp\\://h.example"
        );
    }

    #[test]
    fn controls_and_line_breaks_stay_on_the_line() {
        assert_eq!(inline("a\nb"), r"a\\nb");
        assert_eq!(inline("\x1b[2J"), r"\\e\[2J");
    }

    /// [`push_escaped`] as it was written first, character by character.
    fn each_character(line: &str, place: Place) -> String {
        let mut out = String::new();
        let starts = place == Place::LineStart;
        let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        for (i, c) in line.char_indices() {
            let opens_block = starts
                && ((i == 0 && matches!(c, '-' | '+' | '='))
                    || (i == digits && digits > 0 && matches!(c, '.' | ')')));
            let entity = c == '&'
                && line[i + 1..].starts_with(|n: char| n.is_ascii_alphanumeric() || n == '#');
            let autolink =
                (c == ':' && starts_scheme_slashes(line, i)) || (c == '.' && ends_www(line, i));
            if INLINE.contains(&c) || opens_block || entity || autolink {
                out.push('\\');
            } else if c == '@' && may_end_local_part(line[..i].chars().next_back()) {
                out.push_str(BEFORE_AT);
            }
            out.push(c);
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn runs_are_escaped_as_each_character_was(
            line in "([ -~]|[a-z0-9.:@&-]|www|://|ñ|é|한|\\u{2060})*",
        ) {
            for place in [Place::LineStart, Place::Inline] {
                let mut out = String::new();
                push_escaped(&mut out, &line, place);
                proptest::prop_assert_eq!(out, each_character(&line, place));
            }
        }
    }

    #[test]
    fn notes_keep_their_lines_as_hard_breaks() {
        assert_eq!(
            lines("First line\n# not a heading\n\n- not a list\n```", "    "),
            "First line\\\n    \\# not a heading\\\n    \\- not a list\\\n    \\`\\`\\`"
        );
        assert_eq!(lines("ends with \\", "  "), r"ends with \\");
        assert_eq!(lines("a\r\nb\rc", ""), "a\\\nb\\\\rc");
        assert_eq!(lines("tab\there", ""), "tab here");
    }
}
