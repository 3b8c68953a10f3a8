//! The Items table as CSV that Excel opens as it is: UTF-8 with a byte-order
//! mark, CRLF line ends, and no cell Excel would take for a formula.

use super::columns::Column;
use super::table::{self, Value};
use crate::dates::format_date;
use crate::i18n::{Lang, catalog};
use crate::ledger::Ledger;

/// The Items table of `ledger` as CSV, headers and statuses in `lang`.
pub fn export_csv(ledger: &Ledger, lang: Lang) -> Vec<u8> {
    let cat = catalog(lang);
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        let header: Vec<String> = Column::EXPORTED.iter().map(|c| c.header(cat)).collect();
        w.write_record(&header).expect("writing to memory");
        for item in &ledger.items {
            let row = Column::EXPORTED
                .iter()
                .map(|c| match table::value(item, *c, cat) {
                    Value::Text(s) => neutralise_formula(&s),
                    Value::Date(d) => d.map(format_date).unwrap_or_default(),
                });
            w.write_record(row).expect("writing to memory");
        }
        w.flush().expect("writing to memory");
    }
    out
}

/// A cell Excel would run as a formula (`=`, `+`, `-`, `@`, tab or CR first)
/// gets a leading `'`, which Excel shows as text; a plain number such as
/// `-12.5` is left as it is.
fn neutralise_formula(s: &str) -> String {
    let risky = s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let number = s.strip_prefix('-').is_some_and(|digits| {
        digits.chars().any(|c| c.is_ascii_digit())
            && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
    });
    if risky && !number {
        format!("'{s}")
    } else {
        s.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::neutralise_formula;

    #[test]
    fn formulas_are_neutralised_and_numbers_kept() {
        assert_eq!(neutralise_formula("=1+1"), "'=1+1");
        assert_eq!(neutralise_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise_formula("+52 55 1234"), "'+52 55 1234");
        assert_eq!(neutralise_formula("\tx"), "'\tx");
        assert_eq!(neutralise_formula("-12.5"), "-12.5");
        assert_eq!(neutralise_formula("-inf"), "'-inf");
        assert_eq!(neutralise_formula("-"), "'-");
        assert_eq!(neutralise_formula("Plan"), "Plan");
    }
}
