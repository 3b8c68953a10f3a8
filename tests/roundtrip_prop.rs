//! Property: any valid ledger written canonically reads back equal, and
//! writing it again gives the same bytes: serde_json's pretty printer's.

mod common;
use common::strategies::ledger;
use followup::ledger::{canonical_json, parse_ledger};
use proptest::prelude::*;

proptest! {
    #[test]
    fn canonical_json_round_trips(l in ledger()) {
        let text = canonical_json(&l);
        let back = parse_ledger(text.as_bytes()).map_err(|e| TestCaseError::fail(format!("{e:?}\n{text}")))?;
        prop_assert_eq!(&back, &l);
        prop_assert_eq!(&canonical_json(&back), &text);
        let mut pretty = serde_json::to_string_pretty(&l).unwrap();
        pretty.push('\n');
        prop_assert_eq!(pretty, text);
    }
}
