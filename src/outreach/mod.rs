//! Reaching the committee's people outside the ledger: a calendar feed of
//! deadlines ([`ics`]) and reminder e-mails ([`remind`], [`mail`]). Ledger
//! text is untrusted: it reaches calendars and mail only through [`one_line`]
//! and [`paragraph`], which keep no character that could end a property or a
//! header.

mod addressee;
pub mod failure;
pub mod ics;
pub mod mail;
pub mod portfolio;
pub mod remind;
mod vtimezone;
mod words;

use crate::ledger::is_bidi_control;
pub use addressee::Addressee;

/// True for the characters that break a line: LF, CR, VT, FF, NEL, U+2028, U+2029.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Ledger text as one line for a calendar property or a mail header: line
/// breaks become spaces; other control characters and bidirectional
/// overrides are removed.
///
/// ```
/// use followup::outreach::one_line;
/// assert_eq!(one_line("Kia\r\nBcc: x@example.org"), "Kia Bcc: x@example.org");
/// ```
pub fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last_break = false;
    for c in s.chars() {
        if is_line_break(c) {
            if !last_break {
                out.push(' ');
            }
            last_break = true;
            continue;
        }
        last_break = false;
        if c == '\t' {
            out.push(' ');
        } else if !c.is_control() && !is_bidi_control(c) {
            out.push(c);
        }
    }
    out.trim().to_owned()
}

/// Ledger text that may span lines: every line break (CR, CRLF, NEL, …)
/// becomes `\n`; other control characters and bidirectional overrides are
/// removed.
///
/// ```
/// use followup::outreach::paragraph;
/// assert_eq!(paragraph("a\r\nb\rc\u{1b}[2J"), "a\nb\nc[2J");
/// ```
pub fn paragraph(s: &str) -> String {
    let s = s.replace("\r\n", "\n");
    s.chars()
        .filter_map(|c| {
            if is_line_break(c) {
                Some('\n')
            } else if c == '\t' {
                Some(' ')
            } else if c.is_control() || is_bidi_control(c) {
                None
            } else {
                Some(c)
            }
        })
        .collect::<String>()
        .trim()
        .to_owned()
}
