//! What an item looks like as labelled lines, shared by `followup show` and
//! the dashboard's detail pane.

pub mod conflict;
pub mod detail;
