//! Spreadsheets in and out: the ledger exported as an Excel workbook or CSV,
//! and workbooks and action logs imported back. A workbook followup exported
//! carries the ledger it was made from, so its import is a three-way merge
//! like a git merge. No terminal code here; outcomes and errors are typed.

mod cells;
mod columns;
mod csv_export;
mod import;
mod limits;
mod read;
mod shown;
mod snapshot;
mod table;
mod translator;
mod xlsx_export;
mod zipscan;

pub use cells::{Cell, column_letters};
pub use columns::Column;
pub use csv_export::export_csv;
pub use import::{BadCell, CellProblem, ImportOptions, Kind, Plan, TranslatedRow, plan};
pub use limits::{
    MAX_BOOK_BYTES, MAX_CELL_CHARS, MAX_CELLS, MAX_UNPACKED, Refusal, refusal_message,
};
pub use read::{Book, Sheet, read_book};
pub use snapshot::{Export, SHEET as SNAPSHOT_SHEET, Snapshot};
pub use translator::export_translator_workbook;
pub use xlsx_export::export_xlsx;

use crate::ledger::Rule;

/// Why a spreadsheet could not be imported: typed, worded by the command line.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    /// The file cannot be opened or read (said by the catalog's words for
    /// the system's error).
    Io(std::io::ErrorKind),
    /// The file cannot be read as a spreadsheet (the reader's own message).
    Read(String),
    /// The extension is not one of a spreadsheet followup reads.
    Format(String),
    /// A line of delimited text is not UTF-8.
    NotUtf8 { line: u64 },
    /// The hidden snapshot sheet is damaged.
    Snapshot,
    /// The workbook was exported from another committee's ledger.
    OtherCommittee { ours: String, theirs: String },
    /// No sheet has a row of headers naming the items' titles.
    NoHeader,
    /// A translator's workbook without its new-translation column (or its key column).
    TranslationColumn,
    /// A column the mapping names is not in the header row.
    UnknownColumn(String),
    /// Cells that cannot be read, and rows were not to be skipped.
    BadCells(Vec<BadCell>),
    /// The imported ledger would break a rule at `path`.
    Invalid { path: String, rule: Rule },
    /// The file is not one followup reads, or is over a limit: refused
    /// before it was read.
    Refused(Refusal),
}

/// Why a workbook could not be built (the workbook writer's own message).
#[derive(Debug, Clone, PartialEq)]
pub struct ExportError(pub String);
