//! The Items table as CSV that Excel opens as it is: UTF-8 with a byte-order
//! mark, CRLF line ends, and no cell Excel would take for a formula.

use super::columns::Column;
use super::shown::Showing;
use super::table::{self, TableValue};
use crate::base::dates::format_date;
use crate::i18n::Lang;
use crate::ledger::{Ledger, Reading};

/// The Items table of `ledger` as CSV, headers and statuses in `lang`,
/// titles and workstreams read as `reading` asks.
pub fn export_csv(ledger: &Ledger, lang: Lang, reading: Reading) -> Vec<u8> {
    let view = Showing::new(ledger, lang, reading);
    let cat = view.cat;
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
                .map(|c| match table::value(item, *c, &view) {
                    TableValue::Text(s) => crate::report::formula_safe(&s).into_owned(),
                    TableValue::Date(d) => d.map(format_date).unwrap_or_default(),
                });
            w.write_record(row).expect("writing to memory");
        }
        w.flush().expect("writing to memory");
    }
    out
}
