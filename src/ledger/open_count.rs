//! How many items a ledger's text holds open, read without building the
//! ledger: the HTML minutes count them at a commit of each week of the
//! period, where only that number is drawn.

use super::model::{FORMAT, Status};
use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// The items of `text` that are neither done nor dropped; `None` when it is
/// not a ledger of this format (an object with its `format` and `items`,
/// each item an object with a known status). Nothing else of it is checked.
pub fn open_items(text: &[u8]) -> Option<usize> {
    let read: Counted = serde_json::from_slice(text).ok()?;
    (read.0 == FORMAT).then_some(read.1)
}

/// A ledger's format and its open items; its other fields passed over.
struct Counted(String, usize);

/// An item's status; its other fields passed over.
struct StatusOf(Status);

/// Keys read once each, as the ledger's reader reads them.
fn once<T, E: de::Error>(slot: &mut Option<T>, key: &'static str, value: T) -> Result<(), E> {
    match slot.replace(value) {
        Some(_) => Err(E::duplicate_field(key)),
        None => Ok(()),
    }
}

impl<'de> Deserialize<'de> for Counted {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(CountedVisitor)
    }
}

struct CountedVisitor;

impl<'de> Visitor<'de> for CountedVisitor {
    type Value = Counted;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a ledger")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Counted, A::Error> {
        let (mut format, mut open) = (None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => once(&mut format, "format", map.next_value::<String>()?)?,
                "items" => once(&mut open, "items", map.next_value::<OpenItems>()?.0)?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let format = format.ok_or_else(|| de::Error::missing_field("format"))?;
        let open = open.ok_or_else(|| de::Error::missing_field("items"))?;
        Ok(Counted(format, open))
    }
}

/// The number of open items of a ledger's `items`.
struct OpenItems(usize);

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
        while let Some(StatusOf(status)) = items.next_element()? {
            open += usize::from(!status.is_closed());
        }
        Ok(OpenItems(open))
    }
}

impl<'de> Deserialize<'de> for StatusOf {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(StatusVisitor)
    }
}

struct StatusVisitor;

impl<'de> Visitor<'de> for StatusVisitor {
    type Value = StatusOf;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an item")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<StatusOf, A::Error> {
        let mut status = None;
        while let Some(key) = map.next_key::<String>()? {
            if key == "status" {
                once(&mut status, "status", map.next_value::<Status>()?)?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        let status = status.ok_or_else(|| de::Error::missing_field("status"))?;
        Ok(StatusOf(status))
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
        assert_eq!(
            open_items(br#"{"format": "followup/1", "items": []}"#),
            Some(0)
        );
    }

    #[test]
    fn counts_nothing_of_a_text_that_is_not_a_ledger() {
        for text in [
            r#"{"items": [{"status": "open"}]}"#,
            r#"{"format": "followup/2", "items": [{"status": "open"}]}"#,
            r#"{"format": "followup/1", "items": [{"status": "opened"}]}"#,
            r#"{"format": "followup/1", "items": [{"id": "A-1"}]}"#,
            r#"{"format": "followup/1", "items": [{"status": "open"}"#,
            // What the ledger's reader refuses: no items, a list for an
            // object, a key twice.
            r#"{"format": "followup/1"}"#,
            r#"["followup/1", [{"status": "open"}]]"#,
            r#"{"format": "followup/1", "items": [["open"], ["done"]]}"#,
            r#"{"format": "followup/1", "items": [], "items": []}"#,
            r#"{"format": "followup/1", "items": [{"status": "open", "status": "done"}]}"#,
            "\u{feff}{\"format\": \"followup/1\"}",
        ] {
            assert_eq!(open_items(text.as_bytes()), None, "{text}");
        }
    }
}
