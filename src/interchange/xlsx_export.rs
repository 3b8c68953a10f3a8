//! The ledger as an Excel workbook: Items (dates as dates, a status
//! drop-down, overdue rows highlighted by a formula), Notes, Meetings, and
//! the very hidden snapshot import compares against.

use super::ExportError;
use super::cells::{excel_can_show, excel_serial, xlsx_text};
use super::columns::Column;
use super::shown::Showing;
use super::snapshot::{self, Export};
use super::table::{self, TableValue};
use crate::i18n::Catalog;
use crate::ledger::{Ledger, Status};
use crate::tr;
use chrono::NaiveDate;
use rust_xlsxwriter::{
    Color, ConditionalFormatFormula, DataValidation, DataValidationErrorStyle, Format, Workbook,
    Worksheet, XlsxError,
};
use std::io::Write;

/// The last row index Excel has (0-based): validation and highlighting
/// cover the whole column, so rows people add get them too.
const LAST_ROW: u32 = 1_048_575;

/// Writes the workbook of `ledger` to `out`, with headers and statuses in
/// `e.lang` and the committee's texts read as `e.reading` asks; the export
/// date and how it was made are recorded in the snapshot. Sheets are built
/// in constant-memory mode (rows go to temporary files as they are written).
pub fn export_xlsx<W: Write + Send>(
    ledger: &Ledger,
    e: &Export,
    out: W,
) -> Result<(), ExportError> {
    build(ledger, e, out).map_err(|e| ExportError(e.to_string()))
}

/// The bold, shaded header cells of every exported sheet.
pub(super) fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xD9E1F2))
}

/// Dates as Excel shows them.
pub(super) fn date_format() -> Format {
    Format::new().set_num_format("yyyy-mm-dd")
}

fn build<W: Write + Send>(ledger: &Ledger, e: &Export, out: W) -> Result<(), XlsxError> {
    let view = Showing::new(ledger, e.lang, e.reading);
    let cat = view.cat;
    let mut wb = Workbook::new();
    let header = header_format();
    let date = date_format();

    let items = wb.add_worksheet_with_constant_memory()?;
    items.set_name(tr!(cat, "sheet-items"))?;
    let cols = Column::EXPORTED;
    for (c, col) in cols.iter().enumerate() {
        items.set_column_width(c as u16, col.width())?;
    }
    for (c, col) in cols.iter().enumerate() {
        items.write_string_with_format(0, c as u16, col.header(cat), &header)?;
    }
    for (r, item) in ledger.items.iter().enumerate() {
        let row = r as u32 + 1;
        for (c, col) in cols.iter().enumerate() {
            match table::value(item, *col, &view) {
                TableValue::Text(s) => put_text(items, row, c as u16, &s)?,
                TableValue::Date(Some(d)) if excel_can_show(d) => {
                    items.write_number_with_format(row, c as u16, excel_serial(d), &date)?;
                }
                TableValue::Date(Some(d)) => {
                    put_text(items, row, c as u16, &crate::base::dates::format_date(d))?;
                }
                TableValue::Date(None) => {}
            }
        }
    }
    let last_col = cols.len() as u16 - 1;
    let last_row = (ledger.items.len() as u32).max(1);
    items.set_freeze_panes(1, 0)?;
    items.autofilter(0, 0, last_row, last_col)?;
    let labels: Vec<String> = Status::ALL.iter().map(|s| cat.status(*s)).collect();
    let status_col = position(Column::Status);
    let validation = DataValidation::new()
        .allow_list_strings(&labels)?
        .set_error_style(DataValidationErrorStyle::Warning);
    items.add_data_validation(1, status_col, LAST_ROW, status_col, &validation)?;
    items.add_conditional_format(1, 0, LAST_ROW, last_col, &overdue_rule(&labels))?;

    notes_sheet(&mut wb, &view)?;
    meetings_sheet(&mut wb, &view)?;
    snapshot_sheet(&mut wb, ledger, e)?;
    wb.save_to_writer(out)
}

/// The very hidden sheet of the ledger as exported.
pub(super) fn snapshot_sheet(
    wb: &mut Workbook,
    ledger: &Ledger,
    e: &Export,
) -> Result<(), XlsxError> {
    let snap = wb.add_worksheet_with_constant_memory()?;
    snap.set_name(snapshot::SHEET)?;
    for (r, [k, v]) in snapshot::rows(ledger, e).iter().enumerate() {
        snap.write_string(r as u32, 0, k)?;
        put_text(snap, r as u32, 1, v)?;
    }
    snap.set_very_hidden(true);
    Ok(())
}

/// Every note, one per row, for reading.
fn notes_sheet(wb: &mut Workbook, view: &Showing) -> Result<(), XlsxError> {
    let cat: &Catalog = view.cat;
    let (header, date) = (header_format(), date_format());
    let notes = wb.add_worksheet_with_constant_memory()?;
    notes.set_name(tr!(cat, "sheet-notes"))?;
    let note_cols = [
        (tr!(cat, "sheet-col-item"), 10.0),
        (tr!(cat, "sheet-col-date"), 12.0),
        (tr!(cat, "sheet-col-author"), 18.0),
        (tr!(cat, "sheet-col-text"), 80.0),
    ];
    heading(notes, &note_cols, &header)?;
    let mut row = 1;
    for item in &view.ledger.items {
        for n in &item.notes {
            put_text(notes, row, 0, &item.id)?;
            put_date(notes, row, 1, n.date, &date)?;
            put_text(notes, row, 2, &n.author)?;
            put_text(notes, row, 3, &view.note(n))?;
            row += 1;
        }
    }
    Ok(())
}

/// Every meeting, one per row, for reading.
fn meetings_sheet(wb: &mut Workbook, view: &Showing) -> Result<(), XlsxError> {
    let cat: &Catalog = view.cat;
    let (header, date) = (header_format(), date_format());
    let meetings = wb.add_worksheet_with_constant_memory()?;
    meetings.set_name(tr!(cat, "sheet-meetings"))?;
    let meeting_cols = [
        (tr!(cat, "sheet-col-id"), 10.0),
        (tr!(cat, "sheet-col-date"), 12.0),
        (tr!(cat, "sheet-col-title"), 50.0),
        (tr!(cat, "sheet-col-place"), 30.0),
    ];
    heading(meetings, &meeting_cols, &header)?;
    for (r, m) in view.ledger.meetings.iter().enumerate() {
        let row = r as u32 + 1;
        put_text(meetings, row, 0, &m.id)?;
        if let Some(d) = m.date {
            put_date(meetings, row, 1, d, &date)?;
        }
        let (title, place) = view.meeting(m);
        put_text(meetings, row, 2, &title)?;
        put_text(meetings, row, 3, &place)?;
    }
    Ok(())
}

/// The 0-based index of an exported column.
fn position(c: Column) -> u16 {
    Column::EXPORTED
        .iter()
        .position(|x| *x == c)
        .expect("an exported column") as u16
}

/// Highlights a row whose deadline has passed (compared with TODAY(), so the
/// colour follows the calendar) and whose status is not done or dropped.
fn overdue_rule(labels: &[String]) -> ConditionalFormatFormula {
    let letter = |c| super::cells::column_letters(position(c).into());
    let (due, status) = (letter(Column::Due), letter(Column::Status));
    let quoted = |s: Status| labels[s as usize].replace('"', "\"\"");
    let rule = format!(
        "=AND(ISNUMBER(${due}2),${due}2<TODAY(),${status}2<>\"{}\",${status}2<>\"{}\")",
        quoted(Status::Done),
        quoted(Status::Dropped)
    );
    ConditionalFormatFormula::new()
        .set_rule(rule.as_str())
        .set_format(
            Format::new()
                .set_background_color(Color::RGB(0xF8CBAD))
                .set_font_color(Color::RGB(0x9C0006)),
        )
}

pub(super) fn heading(
    ws: &mut Worksheet,
    cols: &[(String, f64)],
    format: &Format,
) -> Result<(), XlsxError> {
    for (c, (_, width)) in cols.iter().enumerate() {
        ws.set_column_width(c as u16, *width)?;
    }
    for (c, (name, _)) in cols.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, name, format)?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

/// Writes text as text, never as a formula, as the cell will read it back.
pub(super) fn put_text(ws: &mut Worksheet, row: u32, col: u16, s: &str) -> Result<(), XlsxError> {
    if !s.is_empty() {
        ws.write_string(row, col, xlsx_text(s))?;
    }
    Ok(())
}

fn put_date(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    d: NaiveDate,
    format: &Format,
) -> Result<(), XlsxError> {
    if excel_can_show(d) {
        ws.write_number_with_format(row, col, excel_serial(d), format)?;
        Ok(())
    } else {
        put_text(ws, row, col, &crate::base::dates::format_date(d))
    }
}
