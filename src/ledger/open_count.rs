//! How many items a ledger's text holds open, read without building the
//! ledger: the HTML minutes count them at a commit of each week of the
//! period, where only that number is drawn.

use super::model::{FORMAT, Status};
use serde::Deserialize;
use serde::de::{Deserializer, SeqAccess, Visitor};
use std::fmt;

/// The items of `text` that are neither done nor dropped; `None` when it is
/// not a ledger of this format or an item's status is missing or unknown.
/// Nothing else of it is checked.
pub fn open_items(text: &[u8]) -> Option<usize> {
    let read: Counted = serde_json::from_slice(text).ok()?;
    (read.format == FORMAT).then_some(read.items.0)
}

/// A ledger's format and its open items; its other fields passed over.
#[derive(Deserialize)]
struct Counted {
    format: String,
    #[serde(default)]
    items: OpenItems,
}

/// The number of open items of a ledger's `items`.
#[derive(Default)]
struct OpenItems(usize);

/// An item's status; its other fields passed over.
#[derive(Deserialize)]
struct StatusOf {
    status: Status,
}

impl<'de> Deserialize<'de> for OpenItems {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_seq(OpenItemsVisitor)
    }
}

struct OpenItemsVisitor;

impl<'de> Visitor<'de> for OpenItemsVisitor {
    type Value = OpenItems;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of items")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<OpenItems, A::Error> {
        let mut open = 0;
        while let Some(item) = items.next_element::<StatusOf>()? {
            open += usize::from(!item.status.is_closed());
        }
        Ok(OpenItems(open))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::canonical_json;

    #[test]
    fn counts_the_items_neither_done_nor_dropped_as_the_ledger_has_them() {
        let l = crate::synthetic::ledger(1_000, crate::synthetic::demo_today());
        let open = l.items.iter().filter(|i| !i.status.is_closed()).count();
        assert!(open > 0 && open < l.items.len());
        assert_eq!(open_items(canonical_json(&l).as_bytes()), Some(open));
        assert_eq!(open_items(br#"{"format": "followup/1"}"#), Some(0));
    }

    #[test]
    fn counts_nothing_of_a_text_that_is_not_a_ledger() {
        for text in [
            r#"{"items": [{"status": "open"}]}"#,
            r#"{"format": "followup/2", "items": [{"status": "open"}]}"#,
            r#"{"format": "followup/1", "items": [{"status": "opened"}]}"#,
            r#"{"format": "followup/1", "items": [{"id": "A-1"}]}"#,
            r#"{"format": "followup/1", "items": [{"status": "open"}"#,
            "\u{feff}{\"format\": \"followup/1\"}",
        ] {
            assert_eq!(open_items(text.as_bytes()), None, "{text}");
        }
    }
}
