//! Importing a spreadsheet into the ledger. A workbook followup exported is
//! merged three-way (its snapshot the base, the sheet theirs, the ledger
//! ours) by the same code and rules as git merges; any other action log is
//! adopted: its columns recognised by their headers, its rows added as items.
//! A translator's workbook records its translations, merged the same way.

mod adopt;
mod header;
mod ids;
mod plan;
mod round_trip;
mod rows;
mod translations;

pub use plan::{BadCell, CellProblem, ImportOptions, Kind, Plan, TranslatedRow};

use super::ImportError;
use super::read::Book;
use crate::ledger::Ledger;

/// Works out what importing `book` into `current` does. The book is taken
/// whole so that its cells and snapshot are freed as soon as they are read.
pub fn plan(book: Book, current: &Ledger, o: &ImportOptions) -> Result<Plan, ImportError> {
    match book.snapshot {
        Some(s) if s.export.translate.is_some() => {
            translations::translations(book.sheets, s, current, o)
        }
        Some(s) => round_trip::round_trip(book.sheets, s, current, o),
        // A translator's workbook without its snapshot cannot be merged.
        None if translations::is_translator_workbook(&book.sheets) => Err(ImportError::Snapshot),
        None => adopt::adoption(&book.sheets, current, o),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::interchange::cells::Cell;
    use crate::interchange::read::Sheet;
    use crate::ledger::Status;

    fn text(s: &str) -> Cell {
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s.into())
        }
    }

    fn book(rows: &[&[&str]]) -> Book {
        Book {
            sheets: vec![Sheet {
                name: "Log".into(),
                rows: rows
                    .iter()
                    .map(|r| r.iter().map(|c| text(c)).collect())
                    .collect(),
            }],
            snapshot: None,
        }
    }

    fn options() -> ImportOptions {
        ImportOptions {
            lang: Lang::En,
            today: crate::base::dates::parse_date("2026-11-23").unwrap(),
            author: "workbook".into(),
            skip_bad: false,
            map: Vec::new(),
        }
    }

    #[test]
    fn an_action_log_is_adopted_below_its_title_rows() {
        let b = book(&[
            &["Korea–Mexico action log"],
            &[],
            &["No.", "Acción", "Responsable", "Plazo", "Estado", "Budget"],
            &["7", "Plan", "SE; INADEM", "2027-03-31", "En curso", "10k"],
            &["", "Study", "SMBA", "", "", ""],
        ]);
        let plan = plan(b, &Ledger::default(), &options()).unwrap();
        assert_eq!(plan.kind, Kind::Adoption);
        let items = &plan.ledger.unwrap().items;
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].id, "A-01", "the log's numbering is no id");
        assert_eq!(items[0].extra["log_no"], "7");
        assert_eq!(items[0].owners, ["SE", "INADEM"]);
        assert_eq!(items[0].status, Status::InProgress);
        assert_eq!(items[0].extra["Budget"], "10k");
        assert_eq!(items[1].status, Status::Open);
        assert_eq!(plan.extra_columns, ["Budget"]);
        assert_eq!(items[1].id, "A-02");
        assert!(items[1].extra.get("log_no").is_none());
    }

    #[test]
    fn unreadable_cells_are_reported_with_their_place_unless_skipped() {
        let b = book(&[
            &["Action", "Due", "Status"],
            &["Plan", "03/04/2027", "open"],
            &["Study", "2027-01-01", "maybe"],
            &["Visit", "2027-02-01", "done"],
        ]);
        let Err(ImportError::BadCells(bad)) = plan(b.clone(), &Ledger::default(), &options())
        else {
            panic!("bad cells expected")
        };
        assert_eq!(bad.len(), 2);
        assert_eq!((bad[0].row, bad[0].column.as_str()), (2, "B"));
        assert_eq!(bad[0].problem, CellProblem::AmbiguousDate);
        assert_eq!((bad[1].row, bad[1].column.as_str()), (3, "C"));
        assert_eq!(bad[1].value, "maybe");
        let skip = ImportOptions {
            skip_bad: true,
            ..options()
        };
        let p = plan(b, &Ledger::default(), &skip).unwrap();
        assert_eq!(p.ledger.unwrap().items.len(), 1);
        assert_eq!(p.skipped.len(), 2);
    }
}
