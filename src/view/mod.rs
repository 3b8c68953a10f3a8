//! What an item looks like as labelled lines, shared by `followup show` and
//! the dashboard's detail pane; the record's texts as a reader reads them.

pub mod closure;
pub mod conflict;
pub mod detail;
pub mod texts;
