//! How a key is written in `[keys]` (config.toml): a character (`q`, `Q`,
//! `:`, `ㅂ`), a named key (`Enter`, `Esc`, `Tab`, `Shift-Tab`, `Backspace`,
//! `Delete`, `Insert`, `Home`, `End`, `PageUp`, `PageDown`, `Up`, `Down`,
//! `Left`, `Right`, `Space`, `F1`…`F12`), `Ctrl-` and a character, `Alt-`
//! and a character or a named key. Names are read in any case.

use super::binding::Key;
use crossterm::event::KeyCode;

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
        "ctrl" => match single(rest)? {
            c if c.is_ascii_alphabetic() => Some(Key::Ctrl(c.to_ascii_lowercase())),
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

/// The one character of `s`, when it has exactly one (and it is printable).
fn single(s: &str) -> Option<char> {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if !c.is_control() => Some(c),
        _ => None,
    }
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
}
