//! Text fields shared by the forms and prompts (from `ratatui-textarea`):
//! one-line fields, their text, emptying them, and where a list's last
//! entry starts.

use ratatui::style::Style;
use ratatui_textarea::{CursorMove, TextArea};

/// A one-line text field.
pub fn line(text: &str) -> TextArea<'static> {
    let mut t = TextArea::new(vec![text.to_owned()]);
    t.set_cursor_line_style(Style::new());
    t.move_cursor(CursorMove::End);
    t
}

/// The text of a field, its lines joined.
pub fn value(t: &TextArea<'_>) -> String {
    t.lines().join(" ")
}

/// Empties a one-line field (Ctrl-u), as an edit its own undo can take back;
/// returns true when there was text to remove.
pub fn clear_line(t: &mut TextArea<'_>) -> bool {
    if t.lines().iter().all(String::is_empty) {
        return false;
    }
    t.move_cursor(CursorMove::Bottom);
    t.move_cursor(CursorMove::End);
    t.delete_line_by_head()
}

/// Where the entry being typed at the end of a list starts: after the last
/// comma, unless that comma belongs to a `known` value the entry is
/// spelling out (`Ministry of Trade, Ind` → `Ministry of Trade, Industry…`).
pub fn last_entry_start(text: &str, known: &[String]) -> usize {
    let starts = std::iter::once(0).chain(text.match_indices(',').map(|(i, _)| i + 1));
    for start in starts {
        let tail = text[start..].trim_start().to_lowercase();
        if tail.contains(',')
            && known
                .iter()
                .any(|k| k.contains(',') && k.to_lowercase().starts_with(&tail))
        {
            return start;
        }
    }
    text.rfind(',').map_or(0, |i| i + 1)
}
