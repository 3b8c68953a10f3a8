//! Spreadsheets in and out: the ledger exported as an Excel workbook or CSV,
//! and workbooks and action logs imported back. A workbook followup exported
//! carries the ledger it was made from, so its import is a three-way merge
//! like a git merge. No terminal code here; outcomes and errors are typed.

mod cells;
mod columns;
mod csv_export;
mod import;
mod read;
mod snapshot;
mod table;
mod xlsx_export;

pub use cells::{Cell, column_letters};
pub use columns::Column;
pub use csv_export::export_csv;
pub use import::{BadCell, Kind, Options, Plan, Problem, plan};
pub use read::{Book, Sheet, read_book};
pub use snapshot::{SHEET as SNAPSHOT_SHEET, Snapshot};
pub use xlsx_export::export_xlsx;

/// Why a spreadsheet could not be exported or imported.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Error {
    #[error("cannot read the spreadsheet: {0}")]
    Read(String),
    #[error("`.{0}` is not a spreadsheet format followup reads")]
    Format(String),
    #[error("line {line}: not UTF-8 text")]
    NotUtf8 { line: u64 },
    #[error("the followup snapshot sheet is damaged")]
    Snapshot,
    #[error("the workbook was exported from `{theirs}`, not from this ledger's `{ours}`")]
    OtherCommittee { ours: String, theirs: String },
    #[error("no sheet has a row of headers naming the items' titles")]
    NoHeader,
    #[error("--map: no column `{0}` in the header row")]
    UnknownColumn(String),
    #[error("--map {0}: expected COLUMN=FIELD")]
    BadMap(String),
    #[error("{} cell(s) cannot be read", .0.len())]
    BadCells(Vec<BadCell>),
    #[error("the imported ledger would be invalid: {path}: {message}")]
    Invalid { path: String, message: String },
    #[error("cannot build the workbook: {0}")]
    Xlsx(String),
}
