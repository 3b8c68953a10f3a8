//! The committee's texts as `list` and `show` print them: in the reader's
//! language where a current translation exists, else the original with a
//! discreet mark (`[en]`); and, in `show`, the text in each of the
//! committee's languages with where it stands. Always escaped for the
//! terminal, as every text of the ledger is.

use crate::base::text::{fit, visible_line, width};
use crate::i18n::{Catalog, Lang};
use crate::ledger::{Audience, Mark, TextSlot, TextState};

/// `slot` as `audience` reads it, on one line, its mark after it.
pub(super) fn one_line(cat: &Catalog, audience: &Audience, slot: &TextSlot<'_>) -> String {
    let shown = slot.shown(audience);
    marked(cat, visible_line(shown.text).into_owned(), shown.mark)
}

/// `slot` as `audience` reads it, line by line, its mark after the last.
pub(super) fn lines(cat: &Catalog, audience: &Audience, slot: &TextSlot<'_>) -> Vec<String> {
    let shown = slot.shown(audience);
    let mut lines: Vec<String> = shown
        .text
        .lines()
        .map(|l| visible_line(l).into_owned())
        .collect();
    match lines.pop() {
        Some(last) => lines.push(marked(cat, last, shown.mark)),
        None => lines.push(marked(cat, String::new(), shown.mark)),
    }
    lines
}

/// A text followed by its mark, when it has one.
fn marked(cat: &Catalog, text: String, mark: Mark) -> String {
    match cat.text_mark(mark) {
        Some(m) if text.is_empty() => m,
        Some(m) => format!("{text} {m}"),
        None => text,
    }
}

/// The text in each of the committee's `languages` (the original's own
/// first when it is not among them), one block per language: its code,
/// where it stands and the text in it (the original, or the translation,
/// outdated or not), aligned; a text of several lines continues under its
/// first. The version `audience` reads above is not repeated: each
/// version is printed once.
pub(super) fn versions(
    cat: &Catalog,
    audience: &Audience,
    languages: &[Lang],
    slot: &TextSlot<'_>,
) -> Vec<String> {
    let states = [
        TextState::Original,
        TextState::Current,
        TextState::Outdated,
        TextState::Missing,
    ];
    let state_width = states
        .iter()
        .map(|s| width(&cat.text_state(*s)))
        .max()
        .unwrap_or(0);
    let read_above = match audience.lang.map(|l| (l, slot.state(l))) {
        Some((l, TextState::Current | TextState::Original)) => Some(l),
        _ => slot.language,
    };
    let own = slot.language.filter(|l| !languages.contains(l));
    let mut out = Vec::new();
    for lang in own.iter().chain(languages) {
        let state = slot.state(*lang);
        let text = match state {
            _ if read_above == Some(*lang) => "",
            TextState::Original => slot.original,
            TextState::Current | TextState::Outdated => {
                slot.translation(*lang).map_or("", |t| t.text.as_str())
            }
            TextState::Missing => "",
        };
        let head = format!(
            "{}  {}  ",
            lang.code(),
            fit(&cat.text_state(state), state_width)
        );
        let indent = " ".repeat(width(&head));
        let mut text_lines = text.lines();
        let first = text_lines.next().unwrap_or_default();
        out.push(
            format!("{head}{}", visible_line(first))
                .trim_end()
                .to_owned(),
        );
        out.extend(text_lines.map(|l| format!("{indent}{}", visible_line(l))));
    }
    out
}
