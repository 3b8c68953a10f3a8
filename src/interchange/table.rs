//! The Items table as both exports write it: one row per item, one value per
//! column, in the user's language.

use super::cells::{join_list, note_text};
use super::columns::Column;
use crate::i18n::Catalog;
use crate::ledger::Item;
use chrono::NaiveDate;

/// A value of the table: text, or a date (a real date in a workbook).
#[derive(Debug, Clone, PartialEq)]
pub enum TableValue {
    Text(String),
    Date(Option<NaiveDate>),
}

/// The value of `column` for `item`, with statuses in the catalog's language.
pub fn value(item: &Item, column: Column, cat: &Catalog) -> TableValue {
    let text = |s: &str| TableValue::Text(s.to_owned());
    match column {
        Column::Id => text(&item.id),
        Column::Title => text(&item.title),
        Column::Workstream => text(&item.workstream),
        Column::Owners => TableValue::Text(join_list(&item.owners)),
        Column::Status => TableValue::Text(cat.status(item.status)),
        Column::Due => TableValue::Date(item.due),
        Column::Meeting => text(&item.meeting),
        Column::Tags => TableValue::Text(join_list(&item.tags)),
        Column::LastNote => TableValue::Text(item.notes.last().map(note_text).unwrap_or_default()),
        Column::Opened => TableValue::Date(item.opened),
        Column::Updated => TableValue::Date(item.updated),
    }
}
