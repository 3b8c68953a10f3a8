//! Real workbooks in the tests: every sheet as calamine reads it, written
//! back as Excel keeps it, and one part of the file's XML.

use calamine::{Data, Reader, SheetVisible, Xlsx, open_workbook};
use rust_xlsxwriter::{Format, Workbook};
use std::io::Read;
use std::path::Path;

/// A workbook's sheets: name, visibility, cells row by row.
pub type Sheets = Vec<(String, SheetVisible, Vec<Vec<Data>>)>;

/// Every sheet of a workbook as calamine reads it.
pub fn sheets(path: &Path) -> Sheets {
    let mut wb: Xlsx<_> = open_workbook(path).unwrap();
    let meta = wb.sheets_metadata().to_vec();
    meta.into_iter()
        .map(|s| {
            let range = wb.worksheet_range(&s.name).unwrap();
            let (r0, c0) = range.start().unwrap_or((0, 0));
            let mut rows: Vec<Vec<Data>> = vec![Vec::new(); r0 as usize];
            for r in range.rows() {
                let mut row = vec![Data::Empty; c0 as usize];
                row.extend(r.iter().cloned());
                rows.push(row);
            }
            (s.name, s.visible, rows)
        })
        .collect()
}

/// Writes the sheets back as Excel keeps them (text as text, numbers as
/// numbers, dates as dates, the snapshot very hidden).
pub fn write_back(path: &Path, sheets: &Sheets) {
    let mut wb = Workbook::new();
    let date_format = Format::new().set_num_format("yyyy-mm-dd");
    for (name, visible, rows) in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell {
                    Data::String(s) => {
                        ws.write_string(r, c, s).unwrap();
                    }
                    Data::Float(f) => {
                        ws.write_number(r, c, *f).unwrap();
                    }
                    Data::Int(i) => {
                        ws.write_number(r, c, *i as f64).unwrap();
                    }
                    Data::DateTime(d) => {
                        ws.write_number_with_format(r, c, d.as_f64(), &date_format)
                            .unwrap();
                    }
                    _ => {}
                }
            }
        }
        if *visible == SheetVisible::VeryHidden {
            ws.set_very_hidden(true);
        }
    }
    wb.save(path).unwrap();
}

/// The XML of one part of an xlsx file.
pub fn part(path: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}
