//! The ground floor: calendar dates, text folding for search, text made safe
//! for the terminal, and relative dates as values. Only std, chrono and the
//! Unicode crates; no words of any language.

pub mod dates;
pub mod fold;
pub mod relative;
pub mod text;
