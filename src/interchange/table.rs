//! The Items table as both exports write it: one row per item, one value per
//! column, in the user's language (titles and workstreams as [`Showing`]
//! shows them).

use super::cells::join_list;
use super::columns::Column;
use super::shown::Showing;
use crate::ledger::Item;
use chrono::NaiveDate;

/// A value of the table: text, or a date (a real date in a workbook).
#[derive(Debug, Clone, PartialEq)]
pub enum TableValue {
    Text(String),
    Date(Option<NaiveDate>),
}

/// The value of `column` for `item` (an item of `view`'s ledger), with
/// statuses in the catalog's language.
pub fn value(item: &Item, column: Column, view: &Showing) -> TableValue {
    let text = |s: &str| TableValue::Text(s.to_owned());
    match column {
        Column::Id => text(&item.id),
        Column::Title => TableValue::Text(view.title(item)),
        Column::Workstream => TableValue::Text(view.workstream(&item.workstream)),
        Column::Owners => TableValue::Text(join_list(&item.owners)),
        Column::Status => TableValue::Text(view.cat.status(item.status)),
        Column::Due => TableValue::Date(item.due),
        Column::Meeting => text(&item.meeting),
        Column::Tags => TableValue::Text(join_list(&item.tags)),
        Column::LastNote => TableValue::Text(
            item.notes
                .last()
                .map(|n| view.dated_note(n))
                .unwrap_or_default(),
        ),
        Column::Opened => TableValue::Date(item.opened),
        Column::Updated => TableValue::Date(item.updated),
    }
}
