//! How many items a ledger's text holds open, read without building the
//! ledger: the HTML minutes count them at a commit of each week of the
//! period, where only that number is drawn.

use super::codec::{ITEM_KEYS, ITEM_REQUIRED, LEDGER_KEYS, LEDGER_REQUIRED, format};
use super::extra::Extra;
use super::json_object::{object_visitor, read_object};
use super::model::Status;
use serde::Deserialize;
use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// The items of `text` that are neither done nor dropped; `None` when it is
/// not a ledger of this format as the ledger's reader reads its shape (an
/// object with its `format` and `items`, no key twice; each item an object
/// with its id, title and a known status). Nothing else of it is checked.
pub fn open_items(text: &[u8]) -> Option<usize> {
    serde_json::from_slice::<Counted>(text).ok().map(|c| c.open)
}

/// A ledger's open items; its other fields passed over.
#[derive(Default)]
struct Counted {
    open: usize,
    /// Unknown fields, which the ledger's reader keeps.
    extra: Extra,
}

fn read_counted<'de, A: MapAccess<'de>>(map: A) -> Result<Counted, A::Error> {
    read_object(
        map,
        LEDGER_KEYS,
        LEDGER_REQUIRED,
        |c: &mut Counted| &mut c.extra,
        |k, m, c| match k {
            "format" => format(m),
            "items" => {
                c.open = m.next_value::<OpenItems>()?.0;
                Ok(())
            }
            _ => m.next_value::<IgnoredAny>().map(drop),
        },
    )
}
object_visitor!(Counted, "a followup ledger object", read_counted);

/// An item's status; its other fields passed over.
#[derive(Default)]
struct StatusOf {
    status: Status,
    extra: Extra,
}

fn read_status<'de, A: MapAccess<'de>>(map: A) -> Result<StatusOf, A::Error> {
    read_object(
        map,
        ITEM_KEYS,
        ITEM_REQUIRED,
        |s: &mut StatusOf| &mut s.extra,
        |k, m, s| {
            if k == "status" {
                s.status = m.next_value()?;
            } else {
                m.next_value::<IgnoredAny>()?;
            }
            Ok(())
        },
    )
}
object_visitor!(StatusOf, "an item object", read_status);

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
        assert_eq!(
            open_items(br#"{"format": "followup/1", "items": []}"#),
            Some(0)
        );
    }

    #[test]
    fn counts_what_the_ledger_s_reader_reads_and_nothing_of_what_it_refuses() {
        let item = |status: &str| format!(r#"{{"id": "A-1", "title": "t", "status": "{status}"}}"#);
        let ledger = |items: &str| format!(r#"{{"format": "followup/1", "items": [{items}]}}"#);
        let (open, done) = (item("open"), item("done"));
        let read = ledger(&format!(
            "{open}, {done}, {{\"id\": \"A-2\", \"title\": \"u\", \"status\": \"blocked\", \"x_new\": {{\"a\": [1]}}}}"
        ));
        assert_eq!(open_items(read.as_bytes()), Some(2), "{read}");
        for text in [
            // Not this version's ledger, or unreadable.
            format!(r#"{{"items": [{open}]}}"#),
            format!(r#"{{"format": "followup/2", "items": [{open}]}}"#),
            ledger(&item("opened")),
            ledger(&open).replace("]}", ""),
            format!("\u{feff}{}", ledger(&open)),
            // Its shape as the ledger's reader refuses it: no items, an
            // item without its id or title, a list for an object, a key twice.
            r#"{"format": "followup/1"}"#.to_owned(),
            ledger(r#"{"title": "t", "status": "open"}"#),
            ledger(r#"{"id": "A-1", "status": "open"}"#),
            format!(r#"["followup/1", [{open}]]"#),
            ledger(r#"["A-1", "t", "open"]"#),
            format!(r#"{{"format": "followup/1", "items": [], "items": [{open}]}}"#),
            ledger(r#"{"id": "A-1", "title": "t", "status": "open", "status": "done"}"#),
        ] {
            assert_eq!(open_items(text.as_bytes()), None, "{text}");
        }
    }
}
