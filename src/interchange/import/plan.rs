//! What an import is asked to do and what it would do: the options, the
//! plan (the ledger to write, conflicts, renumbered and kept items) and the
//! cells that could not be read.

use crate::i18n::Lang;
use crate::ledger::{Field, Ledger, TextRef};
use chrono::NaiveDate;

/// How to import.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// The user's language: Spanish reads `03/04/2027` day-first.
    pub lang: Lang,
    pub today: NaiveDate,
    /// The author of notes made from the sheet.
    pub author: String,
    /// Leave out rows with cells that cannot be read (listed in the plan).
    pub skip_bad: bool,
    /// Columns named by the user: the column with that header (or those
    /// Excel letters) holds that field.
    pub map: Vec<(String, Field)>,
}

/// What was wrong with a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellProblem {
    Date,
    AmbiguousDate,
    /// A date that reads only month-first in a language that writes dates
    /// day-first (`12/31/2026` in Spanish).
    DayFirstDate,
    /// A date before 1900-01-01 or after 9999-12-31.
    DateOutOfRange,
    Status,
    EmptyTitle,
    DuplicateId,
    /// A translator's workbook's hidden key that followup did not write.
    TextKey,
    /// A translation into the language the text was written in.
    OriginalLanguage,
}

/// A cell that cannot be read, where it is and what it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct BadCell {
    pub sheet: String,
    /// The Excel row number (1-based).
    pub row: usize,
    /// The Excel column letters.
    pub column: String,
    pub value: String,
    pub problem: CellProblem,
}

/// What kind of file was imported.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// A workbook followup exported on that date: merged.
    RoundTrip { exported: NaiveDate },
    /// Another action log: its rows added.
    Adoption,
    /// A translator's workbook into `lang`, exported on that date: its
    /// translations merged.
    Translation { exported: NaiveDate, lang: Lang },
}

/// A translation a translator's workbook holds: the text and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct TranslatedRow {
    pub target: TextRef,
    pub text: String,
}

/// The outcome of an import, before anything is written.
#[derive(Debug, Clone)]
pub struct Plan {
    pub kind: Kind,
    /// The ledger to write; `None` when a workbook followup exported comes
    /// back unchanged (the ledger stays as it is).
    pub ledger: Option<Ledger>,
    /// Conflicts recorded in `ledger`.
    pub conflicts: usize,
    /// Items the sheet added under an id the ledger took meanwhile: `(sheet id, new id)`.
    pub renumbered: Vec<crate::ledger::Renumbered>,
    /// Exported items whose rows were deleted from the sheet: kept in the ledger.
    pub kept: Vec<String>,
    /// Rows left out by `skip_bad`, one entry per unreadable cell.
    pub skipped: Vec<BadCell>,
    /// Meetings the sheet named that the ledger lacked, added by id.
    pub meetings_added: Vec<String>,
    /// Headers of columns kept as unknown fields on the items.
    pub extra_columns: Vec<String>,
    /// The translations a translator's workbook records.
    pub translated: Vec<TranslatedRow>,
    /// Its translations of originals changed since the export: not recorded.
    pub outdated: Vec<TranslatedRow>,
}

impl Plan {
    /// The ledger after the import: `current` when it changes nothing.
    pub fn result<'a>(&'a self, current: &'a Ledger) -> &'a Ledger {
        self.ledger.as_ref().unwrap_or(current)
    }
}
