//! The ground floor: calendar dates and the forms people type them in, text
//! folding and matching for search (Korean initial consonants included),
//! text made safe for the terminal, relative dates as values, and the maps
//! keyed by what a ledger holds, git's object ids, and the process's start
//! and end and the user it runs as. Only std, chrono and chrono-tz,
//! foldhash, memchr, the Unicode crates and libc; no sentence of any
//! language (the words people type for a date are input vocabularies, data
//! for the readers).

pub mod aside;
pub mod clock;
pub mod cores;
pub mod date_input;
mod date_moves;
mod date_numeric;
mod date_phrases;
mod date_weekday;
mod date_words;
pub mod dates;
pub mod fold;
pub mod hangul;
pub mod keyed;
pub mod lang;
pub mod object_id;
pub mod process;
pub mod relative;
pub mod text;
