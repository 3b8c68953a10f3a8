//! The record's own texts as a reader reads them, in words: a text with
//! its discreet mark when it is shown in its original, fitted to a column,
//! and a text in each of the committee's working languages with where it
//! stands there.

use crate::base::lang::Lang;
use crate::base::text::{fit, width};
use crate::i18n::Catalog;
use crate::ledger::{Audience, Mark, Shown, TextSlot, TextState};
use crate::tr;

/// A text as shown, its mark after it: `Shortlist Mexican SMEs… [en]`.
pub fn marked(cat: &Catalog, shown: Shown) -> String {
    match cat.text_mark(shown.mark) {
        Some(mark) => format!("{} {mark}", shown.text),
        None => shown.text.to_owned(),
    }
}

/// A text as shown, on one line of exactly `cols` columns, its mark kept
/// whole after the text cut short: a mark leaving the text fewer than 12
/// columns (or half the room) gives way to its short form (`[en]`), and
/// that to none.
pub fn fit_marked(cat: &Catalog, shown: Shown, cols: usize) -> String {
    let short = match shown.mark {
        Mark::Outdated(l) => Mark::Untranslated(l),
        m => m,
    };
    let text_room = |m: &String| cols.saturating_sub(width(m) + 1);
    let mark = [shown.mark, short]
        .into_iter()
        .filter_map(|m| cat.text_mark(m))
        .find(|m| width(m) < cols && text_room(m) >= 12.min(cols / 2));
    match mark {
        Some(m) => {
            let room = cols - width(&m) - 1;
            format!("{} {m}", fit(shown.text, room))
        }
        None => fit(shown.text, cols),
    }
}

/// The language `slot` is shown in to `audience`: the reader's where a
/// current translation is shown, else the original's.
pub fn shown_language(slot: &TextSlot, audience: &Audience) -> Option<Lang> {
    match audience.lang {
        Some(l) if slot.state(l) == TextState::Current => Some(l),
        _ => slot.language,
    }
}

/// The text in each of `languages` but `shown` (the language it is shown
/// in already), a line each with where it stands there: `es · translated:
/// Adscribir a…`, `ko · missing` (an outdated translation shows its old
/// words). Nothing for a committee with fewer than two languages.
pub fn in_each_language(
    cat: &Catalog,
    slot: &TextSlot,
    languages: &[Lang],
    shown: Option<Lang>,
) -> Vec<String> {
    if languages.len() < 2 {
        return Vec::new();
    }
    languages
        .iter()
        .filter(|l| Some(**l) != shown)
        .map(|&l| {
            let state = slot.state(l);
            let (code, said) = (l.code(), cat.text_state(state));
            let text = match state {
                TextState::Original => Some(slot.original),
                _ => slot.translation(l).map(|t| t.text.as_str()),
            };
            match text {
                Some(text) => tr!(
                    cat,
                    "detail-in-language",
                    code = code,
                    state = said,
                    text = text
                ),
                None => tr!(cat, "detail-in-language-missing", code = code, state = said),
            }
        })
        .collect()
}
