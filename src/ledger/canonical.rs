//! The canonical text of a ledger: 2-space indentation, UTF-8, one
//! trailing newline; its items serialized on two threads when there are
//! many (`items_text.rs`).

use super::codec::{WithItems, write_json};
use super::items_text::write_items;
use super::model::Ledger;

/// The canonical text of a ledger: 2-space indentation, UTF-8, one trailing newline.
pub fn canonical_json(ledger: &Ledger) -> String {
    let mut out = Vec::with_capacity(512 * ledger.items.len() + 1024);
    write_canonical(&mut out, ledger).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// Streams the canonical text of a ledger to `w`: its items a piece at a
/// time, on two threads when there are many ([`super::items_text`]), the
/// same bytes as [`write_json`].
pub fn write_canonical<W: std::io::Write>(mut w: W, ledger: &Ledger) -> std::io::Result<()> {
    // The rest of the ledger with no items, then cut where they go: at the
    // top level's `"items": []` (a string holds no raw newline).
    let mut rest = Vec::with_capacity(4096);
    write_json(&mut rest, &WithItems(ledger, &[]))?;
    const EMPTY: &[u8] = b"\n  \"items\": []";
    let at = memchr::memmem::find(&rest, EMPTY).expect("a ledger writes its items") + EMPTY.len();
    w.write_all(&rest[..at - 2])?;
    write_items(&mut w, &ledger.items, 1)?;
    w.write_all(&rest[at..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::items_text::tests::hostile;

    #[test]
    fn the_canonical_text_on_two_threads_is_the_text_on_one() {
        for n in [0, 1, 700, 2000] {
            let ledger = Ledger {
                items: hostile(n),
                ..crate::synthetic::ledger(3, crate::synthetic::demo_today())
            };
            let mut one = Vec::new();
            write_json(&mut one, &ledger).unwrap();
            assert_eq!(canonical_json(&ledger).into_bytes(), one, "{n} items");
        }
        let many = crate::synthetic::translated_ledger(1500, crate::synthetic::demo_today());
        let mut one = Vec::new();
        write_json(&mut one, &many).unwrap();
        assert_eq!(canonical_json(&many).into_bytes(), one);
    }
}
