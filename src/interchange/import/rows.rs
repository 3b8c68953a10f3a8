//! Reading the rows of an imported sheet into items, cell by cell, and the
//! checks every import shares.

use super::super::ImportError;
use super::super::cells::{
    Cell, DateProblem, column_letters, parse_date_cell, split_cell_list, xlsx_text,
};
use super::super::columns::Column;
use super::super::read::Sheet;
use super::super::shown::{Showing, without_mark};
use super::super::table::{self, TableValue};
use super::header::Header;
use super::plan::{BadCell, CellProblem, ImportOptions};
use crate::i18n::Lang;
use crate::ledger::{Field, Item, Ledger, Meeting, Note, read_status, validate};
use crate::query::list_candidates;
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

/// Everything a row's cells are read against.
pub(super) struct Context<'a> {
    pub(super) o: &'a ImportOptions,
    pub(super) sheet: &'a str,
    /// Owners and tags of the ledger (values with commas stay whole).
    pub(super) values: Vec<String>,
    /// How the sheet showed the committee's texts.
    pub(super) texts: TextsShown,
}

/// What reading a title, workstream or note cell back needs to know of how
/// the sheet showed them.
#[derive(Default)]
pub(super) struct TextsShown {
    /// The marks a text shown in its original ends with (none when the
    /// sheet showed the originals).
    pub(super) marks: Vec<String>,
    /// Workstreams' original names by the names the sheet showed.
    pub(super) workstreams: HashMap<String, String>,
    /// The language of texts written in the sheet, when the ledger records it.
    pub(super) writer: Option<Lang>,
}

impl TextsShown {
    /// The texts as `views` show them (the ledger now, and the snapshot);
    /// texts written in the sheet are by someone writing in `writer`.
    pub(super) fn of(views: &[Showing], writer: Lang) -> TextsShown {
        let mut t = TextsShown {
            marks: views.first().map(Showing::marks).unwrap_or_default(),
            writer: views
                .first()
                .and_then(|v| v.ledger.written_language(Some(writer))),
            ..TextsShown::default()
        };
        for v in views.iter().rev() {
            t.workstreams.extend(v.workstream_names());
        }
        t
    }

    /// An action log's texts: written in `writer`, with the workstreams
    /// named as the ledger names them in that language or as written.
    pub(super) fn adopting(current: &Ledger, writer: Lang) -> TextsShown {
        let view = Showing::new(current, writer, crate::ledger::Reading::Translated);
        TextsShown {
            marks: Vec::new(),
            workstreams: view.workstream_names(),
            writer: current.written_language(Some(writer)),
        }
    }

    /// A title or workstream cell's text without its mark.
    fn text<'t>(&self, text: &'t str) -> &'t str {
        without_mark(text, &self.marks)
    }
}

impl Context<'_> {
    pub(super) fn bad(&self, row: usize, col: usize, cell: &Cell, problem: CellProblem) -> BadCell {
        BadCell {
            sheet: self.sheet.to_owned(),
            row: row + 1,
            column: column_letters(col),
            value: cell.text(),
            problem,
        }
    }

    /// Sets `column` of `item` from the cell. `last_note` is the cell text
    /// of the item's last note when exported: a cell that extends it adds
    /// only the new text.
    pub(super) fn apply(
        &self,
        item: &mut Item,
        column: Column,
        cell: &Cell,
        last_note: Option<&str>,
    ) -> Result<(), CellProblem> {
        let text = cell.text();
        let text = text.trim();
        let list = |own: &[String]| split_cell_list(text, &list_candidates(own, &self.values));
        match column {
            Column::Id | Column::Updated => {}
            Column::Title if self.texts.text(text).is_empty() => {
                return Err(CellProblem::EmptyTitle);
            }
            Column::Title => item.title = self.texts.text(text).to_owned(),
            Column::Workstream => {
                let name = self.texts.text(text);
                item.workstream = match self.texts.workstreams.get(text) {
                    Some(original) => original.clone(),
                    None => name.to_owned(),
                };
            }
            Column::Meeting => item.meeting = text.to_owned(),
            Column::Owners => item.owners = list(&item.owners),
            Column::Tags => item.tags = list(&item.tags),
            Column::Status => {
                item.status = read_status(text, self.o.lang).ok_or(CellProblem::Status)?;
            }
            Column::Due => {
                item.set_due(self.date(cell)?);
            }
            Column::Opened => item.opened = self.date(cell)?,
            Column::LastNote => {
                let new = last_note
                    .and_then(|old| text.strip_prefix(old.trim()))
                    .unwrap_or(text)
                    .trim();
                if !new.is_empty() {
                    item.notes.push(Note {
                        language: self.texts.writer,
                        ..Note::new(self.o.today, self.o.author.clone(), new)
                    });
                }
            }
        }
        Ok(())
    }

    pub(super) fn date(&self, cell: &Cell) -> Result<Option<NaiveDate>, CellProblem> {
        parse_date_cell(cell, self.o.lang, self.o.today).map_err(|p| match p {
            DateProblem::Ambiguous => CellProblem::AmbiguousDate,
            DateProblem::DayFirst => CellProblem::DayFirstDate,
            DateProblem::Unreadable => CellProblem::Date,
            DateProblem::OutOfRange => CellProblem::DateOutOfRange,
        })
    }
}

/// True when the cell still shows what the export wrote for `item` (an
/// item of `view`'s ledger, shown as the export showed it).
pub(super) fn unchanged(
    item: &Item,
    column: Column,
    cell: &Cell,
    view: &Showing,
    (lang, today): (Lang, NaiveDate),
) -> bool {
    match column {
        Column::Status => {
            read_status(&cell.text(), lang).is_some_and(|s| s == item.status) || {
                let shown = table::value(item, column, view);
                shown == TableValue::Text(cell.text().trim().to_owned())
            }
        }
        Column::Updated | Column::Id => true,
        _ => match table::value(item, column, view) {
            TableValue::Text(s) => xlsx_text(&s).trim() == cell.text().trim(),
            TableValue::Date(d) => parse_date_cell(cell, lang, today) == Ok(d),
        },
    }
}

/// An unknown column's header as a field name that no known field uses.
pub(super) fn extra_key(header: &str) -> String {
    if header == "format" || Field::from_key(header).is_some() {
        format!("{header} (column)")
    } else {
        header.to_owned()
    }
}

/// Owners and tags of the ledgers that contain a comma, sorted and unique:
/// the only values of the ledger (beyond the item's own) that a list cell is
/// kept whole by (see `query::list_candidates`), gathered once per import.
pub(super) fn list_values<'a>(ledgers: impl IntoIterator<Item = &'a Ledger>) -> Vec<String> {
    let mut v: Vec<String> = ledgers
        .into_iter()
        .flat_map(|l| &l.items)
        .flat_map(|i| i.owners.iter().chain(&i.tags))
        .filter(|v| v.contains(','))
        .cloned()
        .collect();
    v.sort();
    v.dedup();
    v
}

/// The meetings of a ledger by id, and those an import added to it.
pub(super) struct Meetings {
    known: HashSet<String>,
    pub(super) added: Vec<String>,
}

impl Meetings {
    pub(super) fn of(ledger: &Ledger) -> Self {
        Meetings {
            known: ledger.meetings.iter().map(|m| m.id.clone()).collect(),
            added: Vec::new(),
        }
    }

    /// Adds a meeting by id when `ledger` lacks it.
    pub(super) fn ensure(&mut self, ledger: &mut Ledger, id: &str) {
        if !id.is_empty() && self.known.insert(id.to_owned()) {
            ledger.meetings.push(Meeting {
                id: id.to_owned(),
                ..Meeting::default()
            });
            self.added.push(id.to_owned());
        }
    }
}

/// The cells of a row that matter, blank rows skipped.
pub(super) fn data_rows<'a>(
    sheet: &'a Sheet,
    header: &Header,
) -> impl Iterator<Item = (usize, &'a [Cell])> {
    sheet
        .rows
        .iter()
        .enumerate()
        .skip(header.row + 1)
        .filter(|(_, r)| !r.iter().all(Cell::is_blank))
        .map(|(i, r)| (i, r.as_slice()))
}

pub(super) fn cell_at(row: &[Cell], c: usize) -> &Cell {
    row.get(c).unwrap_or(&Cell::Empty)
}

/// A new item from a row: fields from its cells, unknown columns as
/// unknown fields, opened and updated today.
pub(super) fn new_item(
    ctx: &Context,
    header: &Header,
    r: usize,
    row: &[Cell],
    bad: &mut Vec<BadCell>,
) -> Item {
    let mut item = Item {
        opened: Some(ctx.o.today),
        updated: Some(ctx.o.today),
        language: ctx.texts.writer,
        ..Item::default()
    };
    for (c, column) in &header.known {
        let cell = cell_at(row, *c);
        let result = match (column, cell.is_blank()) {
            (Column::Title, true) => Err(CellProblem::EmptyTitle),
            (_, true) => Ok(()),
            _ => ctx.apply(&mut item, *column, cell, None),
        };
        if let Err(p) = result {
            bad.push(ctx.bad(r, *c, cell, p));
        }
    }
    if !header.known.iter().any(|(_, k)| *k == Column::Title) {
        bad.push(ctx.bad(r, 0, &Cell::Empty, CellProblem::EmptyTitle));
    }
    for (c, name) in &header.unknown {
        let cell = cell_at(row, *c);
        if !cell.is_blank() {
            item.extra
                .insert(extra_key(name), serde_json::Value::String(cell.text()));
        }
    }
    item
}

pub(super) fn id_of(header: &Header, row: &[Cell]) -> Option<(usize, String)> {
    header
        .known
        .iter()
        .find(|(_, k)| *k == Column::Id)
        .map(|(c, _)| (*c, cell_at(row, *c).text().trim().to_owned()))
        .filter(|(_, id)| !id.is_empty())
}

pub(super) fn finish(bad: Vec<BadCell>, o: &ImportOptions) -> Result<Vec<BadCell>, ImportError> {
    if !bad.is_empty() && !o.skip_bad {
        return Err(ImportError::BadCells(bad));
    }
    Ok(bad)
}

pub(super) fn check(ledger: &Ledger) -> Result<(), ImportError> {
    validate(ledger).map_err(|p| ImportError::Invalid {
        path: p.path.to_string(),
        rule: p.rule,
    })
}
