//! Cell values both ways: how ledger values are written into cells, and how
//! cells people typed are read back (dates, statuses, lists).

use crate::base::date_input::parse_date_input;
use crate::base::dates::DateError;
use crate::base::dates::{format_date, in_range};
use crate::i18n::Lang;
use crate::ledger::Note;
use calamine::Data;
use chrono::{Datelike, Days, NaiveDate};

/// A cell as read from a workbook or a CSV file.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Date(NaiveDate),
    Bool(bool),
}

impl Cell {
    /// The cell as text: numbers without a useless `.0`, dates in ISO form.
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.clone(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Cell::Number(n) => n.to_string(),
            Cell::Date(d) => format_date(*d),
            Cell::Bool(b) => b.to_string(),
        }
    }

    /// True when the cell holds nothing but spaces.
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }
}

/// Excel's day zero (its serial dates count days from here, 1900 system).
fn excel_epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1899, 12, 30).expect("valid date")
}

/// The Excel serial number of a date.
pub fn excel_serial(d: NaiveDate) -> f64 {
    (d - excel_epoch()).num_days() as f64
}

/// The date of an Excel serial number (its time of day ignored), if plausible.
pub fn from_excel_serial(n: f64) -> Option<NaiveDate> {
    (1.0..=2_958_465.0)
        .contains(&n)
        .then(|| excel_epoch().checked_add_days(Days::new(n.floor() as u64)))
        .flatten()
}

/// The most UTF-16 units Excel holds in a cell.
pub const CELL_LIMIT: usize = 32_767;

/// Text as a cell holds it: cut to Excel's limit. (rust_xlsxwriter
/// escapes control characters and text that looks like Excel's `_xHHHH_`
/// escapes, so the cell reads back as the text itself.)
pub fn xlsx_text(s: &str) -> &str {
    let mut units = 0;
    for (i, c) in s.char_indices() {
        units += c.len_utf16();
        if units > CELL_LIMIT {
            return &s[..i];
        }
    }
    s
}

/// `list` joined as a cell shows it.
pub fn join_list(list: &[String]) -> String {
    list.join("; ")
}

/// The last note as a cell shows it: `2026-11-20, secretariat: text`.
pub fn note_text(n: &Note) -> String {
    if n.author.is_empty() {
        format!("{}: {}", format_date(n.date), n.text)
    } else {
        format!("{}, {}: {}", format_date(n.date), n.author, n.text)
    }
}

/// Splits an owners or tags cell on `;`, `,`, `/` and line breaks, keeping
/// whole the `known` values (in priority order) that contain those characters.
pub fn split_cell_list(text: &str, known: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for piece in text.split([';', '\n', '\r']) {
        let piece = piece.trim();
        let values = if known.contains(&piece) {
            vec![piece.to_owned()]
        } else {
            let slashes_kept: Vec<&str> =
                known.iter().copied().filter(|k| k.contains('/')).collect();
            if slashes_kept.iter().any(|k| piece.contains(k)) {
                crate::query::split_list(piece, known)
            } else {
                crate::query::split_list(&piece.replace('/', ","), known)
            }
        };
        for v in values {
            if !out.contains(&v) {
                out.push(v);
            }
        }
    }
    out
}

/// Why a date cell could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    /// Not a date in any form followup reads.
    Unreadable,
    /// `03/04/2027`: day-first and month-first both make sense.
    Ambiguous,
    /// `12/31/2026` in Spanish, where dates are written day-first.
    DayFirst,
    /// A date, but outside the days a ledger holds (1900-01-01 to
    /// 9999-12-31): `0001-01-01`, Excel's serial 1 (1899-12-31).
    OutOfRange,
}

/// The date a cell holds: an Excel date or serial number, or text in any
/// form a person types a date in `lang` ([`parse_date_input`]: `2027-03-31`,
/// `2027. 3. 31.`, `2027년 3월 31일`, `31/03/2027`, `2 de diciembre`,
/// `pasado mañana`, relative to `today`), day-first and month-first read
/// as the commands read them. `Ok(None)` for an empty cell. A date outside
/// the days a ledger holds (`base::dates::in_range`) is
/// [`DateProblem::OutOfRange`], as is a serial number past either end.
pub fn parse_date_cell(
    cell: &Cell,
    lang: Lang,
    today: NaiveDate,
) -> Result<Option<NaiveDate>, DateProblem> {
    let date = match cell {
        Cell::Empty => return Ok(None),
        Cell::Date(d) => *d,
        Cell::Number(n) if n.is_finite() => from_excel_serial(*n).ok_or(DateProblem::OutOfRange)?,
        Cell::Number(_) | Cell::Bool(_) => return Err(DateProblem::Unreadable),
        Cell::Text(s) if s.trim().is_empty() => return Ok(None),
        Cell::Text(s) => parse_date_input(s, today, lang).map_err(|e| match e {
            DateError::Ambiguous { .. } => DateProblem::Ambiguous,
            DateError::DayFirst { .. } => DateProblem::DayFirst,
            DateError::OutOfRange { .. } => DateProblem::OutOfRange,
            _ => DateProblem::Unreadable,
        })?,
    };
    if in_range(date) {
        Ok(Some(date))
    } else {
        Err(DateProblem::OutOfRange)
    }
}

/// A leading `'` that protected a formula-like cell in a CSV file, removed.
pub fn unprotect(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => s,
    }
}

/// The Excel column letters of a 0-based column index (`0` → `A`, `27` → `AB`).
pub fn column_letters(mut col: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII")
}

/// True for a date that Excel can show (1900 to 9999).
pub fn excel_can_show(d: NaiveDate) -> bool {
    (1900..=9999).contains(&d.year()) && d > excel_epoch()
}

/// A cell as calamine read it.
pub fn from_calamine(d: &Data) -> Cell {
    match d {
        Data::Empty | Data::Error(_) => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            NaiveDate::from_ymd_opt(y.into(), m.into(), d.into())
                .map_or(Cell::Number(dt.as_f64()), Cell::Date)
        }
        Data::DateTime(dt) => Cell::Number(dt.as_f64()),
        Data::DateTimeIso(s) => s
            .get(..10)
            .and_then(|d| crate::base::dates::parse_date(d).ok())
            .map_or_else(|| Cell::Text(s.clone()), Cell::Date),
        Data::DurationIso(s) => Cell::Text(s.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        crate::base::dates::parse_date(s).unwrap()
    }

    #[test]
    fn excel_serials_round_trip() {
        assert_eq!(excel_serial(d("2027-03-31")), 46477.0);
        assert_eq!(from_excel_serial(46477.0), Some(d("2027-03-31")));
        assert_eq!(from_excel_serial(46477.75), Some(d("2027-03-31")));
        assert_eq!(from_excel_serial(-3.0), None);
    }

    #[test]
    fn text_dates_are_read_when_unambiguous() {
        let today = d("2026-11-23");
        let t = |s: &str, l| parse_date_cell(&Cell::Text(s.into()), l, today);
        assert_eq!(t("2027-03-31", Lang::En), Ok(Some(d("2027-03-31"))));
        assert_eq!(t("2027. 3. 31.", Lang::Ko), Ok(Some(d("2027-03-31"))));
        assert_eq!(t("2027년 3월 31일", Lang::Ko), Ok(Some(d("2027-03-31"))));
        assert_eq!(t("31/03/2027", Lang::En), Ok(Some(d("2027-03-31"))));
        assert_eq!(t("03/31/2027", Lang::En), Ok(Some(d("2027-03-31"))));
        assert_eq!(t("03/04/2027", Lang::En), Err(DateProblem::Ambiguous));
        assert_eq!(t("03/04/2027", Lang::Es), Ok(Some(d("2027-04-03"))));
        assert_eq!(t("31/31/2027", Lang::En), Err(DateProblem::Unreadable));
        assert_eq!(t("next week", Lang::En), Err(DateProblem::Unreadable));
        assert_eq!(t("  ", Lang::En), Ok(None));
    }

    #[test]
    fn dates_a_ledger_cannot_hold_are_out_of_range() {
        let out = Err(DateProblem::OutOfRange);
        let cell = |c: Cell| parse_date_cell(&c, Lang::En, d("2026-11-23"));
        assert_eq!(cell(Cell::Text("0001-01-01".into())), out);
        assert_eq!(cell(Cell::Number(1.0)), out, "Excel's serial 1: 1899-12-31");
        assert_eq!(cell(Cell::Number(-3.0)), out);
        assert_eq!(cell(Cell::Number(3e6)), out);
        let before = chrono::NaiveDate::from_ymd_opt(1899, 12, 31).unwrap();
        assert_eq!(cell(Cell::Date(before)), out);
        assert_eq!(cell(Cell::Number(f64::NAN)), Err(DateProblem::Unreadable));
        assert_eq!(cell(Cell::Number(2.0)), Ok(Some(d("1900-01-01"))));
        assert_eq!(
            cell(Cell::Text("9999-12-31".into())),
            Ok(Some(d("9999-12-31")))
        );
    }

    #[test]
    fn lists_split_on_usual_separators_keeping_known_values_whole() {
        let known = ["Ministry of Trade, Industry and Energy", "SE/INADEM"];
        assert_eq!(
            split_cell_list("SMBA; INADEM / KOTRA\nNAFIN", &known),
            ["SMBA", "INADEM", "KOTRA", "NAFIN"]
        );
        assert_eq!(
            split_cell_list("Ministry of Trade, Industry and Energy, SMBA", &known),
            ["Ministry of Trade, Industry and Energy", "SMBA"]
        );
        assert_eq!(
            split_cell_list("SE/INADEM; SMBA", &known),
            ["SE/INADEM", "SMBA"]
        );
    }

    #[test]
    fn long_text_is_cut_to_excels_limit() {
        assert_eq!(xlsx_text("code _x0041_ here"), "code _x0041_ here");
        let long = "é".repeat(40_000);
        assert_eq!(xlsx_text(&long).chars().count(), CELL_LIMIT);
        let emoji = "😀".repeat(20_000);
        assert_eq!(xlsx_text(&emoji).chars().count(), CELL_LIMIT / 2);
    }

    #[test]
    fn column_letters_as_excel_names_them() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }
}
