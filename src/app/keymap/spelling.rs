//! How a key is written in `[keys]` (config.toml): a character (`q`, `Q`,
//! `:`, `ㅂ`), a named key (`Enter`, `Esc`, `Tab`, `Shift-Tab`, `Backspace`,
//! `Delete`, `Insert`, `Home`, `End`, `PageUp`, `PageDown`, `Up`, `Down`,
//! `Left`, `Right`, `Space`, `F1`…`F12`), `Ctrl-` and a character, `Alt-`
//! and a character or a named key. Names are read in any case. A
//! character that does not show (zero width, a format or bidi control) is
//! no key, nor is a `Ctrl-` a terminal sends as another key (Ctrl-i is Tab).

use super::binding::Key;
use crossterm::event::KeyCode;
use unicode_width::UnicodeWidthChar;

/// Why what is written cannot be a key though it looks like one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAKey {
    /// A character that does not show on the screen (U+200B, U+0301, U+202E).
    Invisible(char),
    /// A `Ctrl-` key the terminal sends as this other key: Ctrl-i is Tab,
    /// Ctrl-m Enter, Ctrl-h Backspace, Ctrl-[ Esc.
    SentAs(KeyCode),
}

/// Why `written`, which names no key, looks like one but cannot be.
pub fn not_a_key(written: &str) -> Option<NotAKey> {
    let mut chars = written.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return (!c.is_control() && !shows(c)).then_some(NotAKey::Invisible(c));
    }
    let (prefix, rest) = written.split_once(['-', '+'])?;
    if let Some(c) = rest.chars().find(|c| !shows(*c) && !c.is_control()) {
        return Some(NotAKey::Invisible(c));
    }
    if !prefix.eq_ignore_ascii_case("ctrl") {
        return None;
    }
    let sent = match rest.to_ascii_lowercase().as_str() {
        "i" => KeyCode::Tab,
        "m" => KeyCode::Enter,
        "h" => KeyCode::Backspace,
        "[" => KeyCode::Esc,
        _ => return None,
    };
    Some(NotAKey::SentAs(sent))
}

/// The key `written` names, if it names one.
///
/// ```
/// use followup::app::{Key, parse_key};
/// use crossterm::event::KeyCode;
/// assert_eq!(parse_key("Q"), Some(Key::Char('Q')));
/// assert_eq!(parse_key("F2"), Some(Key::Code(KeyCode::F(2))));
/// assert_eq!(parse_key("ctrl-K"), Some(Key::Ctrl('k')));
/// assert_eq!(parse_key("Alt-Enter"), Some(Key::Alt(KeyCode::Enter)));
/// assert_eq!(parse_key("Hyper-x"), None);
/// ```
pub fn parse_key(written: &str) -> Option<Key> {
    if let Some(c) = single(written) {
        return Some(Key::Char(c));
    }
    let (prefix, rest) = written.split_once(['-', '+']).unwrap_or(("", written));
    match prefix.to_ascii_lowercase().as_str() {
        "" => named(rest).map(|code| match code {
            KeyCode::Char(c) => Key::Char(c),
            code => Key::Code(code),
        }),
        "ctrl" => match single(rest)?.to_ascii_lowercase() {
            'i' | 'm' | 'h' => None,
            c if c.is_ascii_alphabetic() => Some(Key::Ctrl(c)),
            _ => None,
        },
        "alt" => single(rest)
            .map(KeyCode::Char)
            .or_else(|| named(rest))
            .map(Key::Alt),
        "shift" if rest.eq_ignore_ascii_case("tab") => Some(Key::Code(KeyCode::BackTab)),
        _ => None,
    }
}

/// The one character of `s`, when it has exactly one (and it shows).
fn single(s: &str) -> Option<char> {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if shows(c) => Some(c),
        _ => None,
    }
}

/// Whether `c` shows on the screen as a character of its own: not a
/// control, not of zero width (a combining mark, a zero-width space), not a
/// format or bidi control (a soft hyphen, U+202E, a byte order mark).
fn shows(c: char) -> bool {
    let format = matches!(c,
        '\u{ad}' | '\u{61c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}');
    !c.is_control() && !format && c.width().is_some_and(|w| w >= 1)
}

/// A key named by a word.
fn named(name: &str) -> Option<KeyCode> {
    let lower = name.to_ascii_lowercase();
    let code = match lower.as_str() {
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "backtab" => KeyCode::BackTab,
        "backspace" => KeyCode::Backspace,
        "delete" | "del" => KeyCode::Delete,
        "insert" | "ins" => KeyCode::Insert,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "pageup" | "pgup" => KeyCode::PageUp,
        "pagedown" | "pgdn" => KeyCode::PageDown,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "space" => KeyCode::Char(' '),
        f => match f.strip_prefix('f')?.parse::<u8>().ok()? {
            n @ 1..=12 => KeyCode::F(n),
            _ => return None,
        },
    };
    Some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_the_readme_documents_is_read() {
        let cases = [
            ("q", Key::Char('q')),
            ("Q", Key::Char('Q')),
            (":", Key::Char(':')),
            ("-", Key::Char('-')),
            ("ㅂ", Key::Char('ㅂ')),
            ("Space", Key::Char(' ')),
            ("enter", Key::Code(KeyCode::Enter)),
            ("Esc", Key::Code(KeyCode::Esc)),
            ("Tab", Key::Code(KeyCode::Tab)),
            ("Shift-Tab", Key::Code(KeyCode::BackTab)),
            ("PgDn", Key::Code(KeyCode::PageDown)),
            ("Up", Key::Code(KeyCode::Up)),
            ("F1", Key::Code(KeyCode::F(1))),
            ("f12", Key::Code(KeyCode::F(12))),
            ("Ctrl-x", Key::Ctrl('x')),
            ("Ctrl+X", Key::Ctrl('x')),
            ("Alt-x", Key::Alt(KeyCode::Char('x'))),
            ("Alt-Enter", Key::Alt(KeyCode::Enter)),
        ];
        for (written, key) in cases {
            assert_eq!(parse_key(written), Some(key), "{written}");
        }
    }

    #[test]
    fn what_is_no_key_is_refused() {
        for written in [
            "", "qq", "F13", "F0", "Ctrl-", "Ctrl-F2", "Ctrl-1", "Meta-x", "Entr", "\u{7}",
            "Ctrl-ㅂ",
        ] {
            assert_eq!(parse_key(written), None, "{written:?}");
        }
    }

    #[test]
    fn a_character_that_does_not_show_is_no_key() {
        for c in [
            '\u{ad}', '\u{200b}', '\u{301}', '\u{202e}', '\u{feff}', '\u{fe0f}',
        ] {
            for written in [c.to_string(), format!("Alt-{c}"), format!("Ctrl-{c}")] {
                assert_eq!(parse_key(&written), None, "{written:?}");
                assert_eq!(
                    not_a_key(&written),
                    Some(NotAKey::Invisible(c)),
                    "{written:?}"
                );
            }
        }
        assert_eq!(not_a_key("x"), None);
        assert_eq!(not_a_key("Hyper-x"), None);
    }

    #[test]
    fn a_ctrl_key_the_terminal_sends_as_another_is_refused_naming_it() {
        for (written, sent) in [
            ("Ctrl-i", KeyCode::Tab),
            ("ctrl-M", KeyCode::Enter),
            ("Ctrl-h", KeyCode::Backspace),
            ("Ctrl-[", KeyCode::Esc),
        ] {
            assert_eq!(parse_key(written), None, "{written}");
            assert_eq!(not_a_key(written), Some(NotAKey::SentAs(sent)), "{written}");
        }
        assert_eq!(parse_key("Ctrl-j"), Some(Key::Ctrl('j')));
        assert_eq!(not_a_key("Ctrl-j"), None);
    }
}
