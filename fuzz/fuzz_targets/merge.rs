//! Three inputs (split at NUL bytes) through what `followup merge` does:
//! each must load (an empty base is no common ancestor), then the merge
//! must be a valid ledger that writes back and reads back equal.
#![no_main]

use followup::ledger::{Ledger, canonical_json, merge, parse_ledger, validate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(3, |b| *b == 0);
    let (Some(base), Some(ours), Some(theirs)) = (parts.next(), parts.next(), parts.next()) else {
        return;
    };
    let base = if base.iter().all(u8::is_ascii_whitespace) {
        Ledger::default()
    } else {
        match parse_ledger(base) {
            Ok(l) => l,
            Err(_) => return,
        }
    };
    let (Ok(ours), Ok(theirs)) = (parse_ledger(ours), parse_ledger(theirs)) else {
        return;
    };
    let m = merge(&base, &ours, &theirs);
    validate(&m.ledger).expect("a merge is a valid ledger");
    let text = canonical_json(&m.ledger);
    assert_eq!(parse_ledger(text.as_bytes()), Ok(m.ledger));
});
