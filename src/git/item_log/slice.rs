//! One item's text in a version of the ledger, found without reading the
//! rest: in the canonical form (two spaces a level, `id` first) an item is
//! the object of the `items` array that opens with `"id": "<its id>"`; its
//! text runs to the closing brace at the same indent. A version written
//! otherwise (by hand, by an older tool) is read whole.

use crate::ledger::{Item, parse_ledger};
use memchr::memmem;

/// Finds one item in the versions of a ledger.
pub(super) struct ItemFinder {
    id: String,
    quoted: Vec<u8>,
    opening: memmem::Finder<'static>,
    items: memmem::Finder<'static>,
    closing: memmem::Finder<'static>,
    items_end: memmem::Finder<'static>,
}

impl ItemFinder {
    pub(super) fn new(id: &str) -> ItemFinder {
        let quoted = serde_json::to_string(id).unwrap_or_default();
        let opening = format!("\n    {{\n      \"id\": {quoted},\n").into_bytes();
        ItemFinder {
            id: id.to_owned(),
            quoted: quoted.into_bytes(),
            opening: memmem::Finder::new(&opening).into_owned(),
            items: memmem::Finder::new(b"\n  \"items\": [\n").into_owned(),
            closing: memmem::Finder::new(b"\n    }").into_owned(),
            items_end: memmem::Finder::new(b"\n  ]").into_owned(),
        }
    }

    /// The item's text in `ledger` (a version of the file), `None` when the
    /// version does not hold it (or cannot be read).
    pub(super) fn text(&self, ledger: &[u8]) -> Option<String> {
        // Its id nowhere in the file: not there.
        memmem::find(ledger, &self.quoted)?;
        if let Some(start) = self.items.find(ledger) {
            let body = &ledger[start..];
            let end = self
                .items_end
                .find(&body[1..])
                .map_or(body.len(), |e| e + 1);
            let items = &body[..end];
            if let Some(open) = self.opening.find(items) {
                let from = open + "\n    ".len();
                if let Some(close) = self.closing.find(&items[from..]) {
                    let text = &items[from..from + close + "\n    }".len()];
                    if let Ok(text) = std::str::from_utf8(text) {
                        return Some(text.to_owned());
                    }
                }
            }
        }
        // Not in the canonical form: read the whole version.
        let ledger = parse_ledger(ledger).ok()?;
        let item = ledger.items.into_iter().find(|i| i.id == self.id)?;
        serde_json::to_string(&item).ok()
    }
}

/// The item a text found by [`ItemFinder::text`] holds (`None` when it does
/// not read as an item).
pub(super) fn item(text: Option<&str>) -> Option<Item> {
    serde_json::from_str(text?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::{Ledger, canonical_json};

    #[test]
    fn finds_one_item_in_the_canonical_form_and_in_any_other() {
        let mut l = Ledger::default();
        l.meetings.push(crate::ledger::Meeting {
            id: "JC2-03".into(),
            ..Default::default()
        });
        for id in ["JC2-01", "JC2-03", "JC2-04"] {
            l.items.push(Item::new(id, format!("title of {id}")));
        }
        let canonical = canonical_json(&l);
        let f = ItemFinder::new("JC2-03");
        let t = f.text(canonical.as_bytes()).unwrap();
        assert!(t.starts_with("{\n      \"id\": \"JC2-03\""), "{t}");
        assert!(t.ends_with("\n    }"), "{t}");
        assert_eq!(item(Some(&t)).unwrap().title, "title of JC2-03");
        let compact = serde_json::to_string(&l).unwrap();
        let t = f.text(compact.as_bytes()).unwrap();
        assert_eq!(item(Some(&t)).unwrap().title, "title of JC2-03");
        assert_eq!(ItemFinder::new("JC9-99").text(canonical.as_bytes()), None);
    }
}
