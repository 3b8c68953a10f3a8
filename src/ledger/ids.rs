//! Ids (of items, meetings, people): one clean line, and why a text is not one.

/// Why a text cannot be an id (of an item or of a meeting).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdProblem {
    /// Empty, or only whitespace.
    Empty,
    /// Holds a line break (`\n`, `\r`, U+0085, U+2028, U+2029).
    LineBreak,
    /// Holds another control character (ESC, DEL, C1 controls, …).
    Control,
    /// Holds a bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069).
    Bidi,
    /// Starts or ends with whitespace.
    Padded,
}

/// True for the bidirectional overrides and isolates that reorder how text
/// is shown (U+202A–U+202E, U+2066–U+2069).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// What is wrong with `id` as an item or meeting id: it must be one line,
/// not empty, without control characters or bidirectional overrides, and
/// without whitespace at either end.
///
/// ```
/// use followup::ledger::{IdProblem, id_problem};
/// assert_eq!(id_problem("JC3-05"), None);
/// assert_eq!(id_problem("JC3-05\n"), Some(IdProblem::LineBreak));
/// assert_eq!(id_problem("JC\u{1b}[2J"), Some(IdProblem::Control));
/// assert_eq!(id_problem(" JC3-05"), Some(IdProblem::Padded));
/// ```
pub fn id_problem(id: &str) -> Option<IdProblem> {
    if id.trim().is_empty() {
        return Some(IdProblem::Empty);
    }
    if id.contains(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}']) {
        return Some(IdProblem::LineBreak);
    }
    if id.chars().any(char::is_control) {
        return Some(IdProblem::Control);
    }
    if id.chars().any(is_bidi_control) {
        return Some(IdProblem::Bidi);
    }
    if id.trim() != id {
        return Some(IdProblem::Padded);
    }
    None
}
