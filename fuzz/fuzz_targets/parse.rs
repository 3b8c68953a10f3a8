//! Arbitrary bytes to the ledger parser and its position locator: an error
//! names a position, an accepted ledger writes back and reads back equal.
#![no_main]

use followup::ledger::{JsonPath, canonical_json, line_col, locate, parse_ledger};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match parse_ledger(data) {
        Ok(l) => {
            let text = canonical_json(&l);
            assert_eq!(parse_ledger(text.as_bytes()), Ok(l));
        }
        Err(e) => assert!(e.line >= 1 && e.column >= 1 && !e.message.is_empty()),
    }
    let text = String::from_utf8_lossy(data);
    for path in [JsonPath::item(0, Some("status")), JsonPath::item(2, None)] {
        let at = locate(&text, &path);
        assert!(at <= text.len());
        line_col(&text, at);
    }
});
