//! The ground floor: calendar dates, text folding for search, text made safe
//! for the terminal, and relative dates as values. Only std, chrono and the
//! Unicode crates; no words of any language (the languages themselves are
//! plain values here).

pub mod date_input;
mod date_moves;
mod date_phrases;
mod date_words;
pub mod dates;
pub mod fold;
pub mod hangul;
pub mod lang;
pub mod relative;
pub mod text;
