//! Whether a ledger file holds the canonical text of its ledger, told as
//! the file is read in halves (`halves.rs`) rather than by writing the
//! whole text again: each half's reader compares each item's text with the
//! item as the canonical text writes it, and the bytes between two items
//! with the canonical separator; the text before the first item and after
//! the last is compared once the ledger is whole.

use super::codec::{WithItems, write_json, write_json_at};
use super::model::{Item, Ledger};
use std::fs::File;
use std::os::unix::fs::FileExt;

/// Whether a file holds the canonical text of its ledger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// The file is byte for byte the canonical text of its ledger.
    Canonical,
    /// It holds the ledger in some other form (`followup fmt` rewrites it).
    NotCanonical,
}

impl Form {
    /// [`Form::Canonical`] when `same`.
    pub(super) fn of(same: bool) -> Self {
        if same {
            Form::Canonical
        } else {
            Form::NotCanonical
        }
    }
}

/// What the canonical text puts between two items of the ledger, and the
/// next item's opening brace (no more whitespace before it).
pub(super) const BETWEEN: &[u8] = b",\n    {";

/// How deep the canonical text writes the ledger's items.
const ITEM_LEVEL: usize = 2;

/// The form of the items of one half, told as they are read.
pub(super) struct Watch {
    /// An item as the canonical text writes it (reused).
    buf: Vec<u8>,
    form: Form,
    /// Where the first item read starts and where the last one ends, among
    /// the bytes the half's reader read.
    first: Option<u64>,
    end: u64,
}

impl Watch {
    /// Nothing read yet.
    pub(super) fn new() -> Self {
        Watch {
            buf: Vec::with_capacity(4096),
            form: Form::Canonical,
            first: None,
            end: 0,
        }
    }

    /// Notes the item `item` read from the text `raw`, which starts at `at`.
    pub(super) fn item(&mut self, item: &Item, raw: &str, at: u64) {
        self.first.get_or_insert(at);
        self.end = at + raw.len() as u64;
        if self.form == Form::Canonical {
            self.buf.clear();
            let written = write_json_at(&mut self.buf, item, ITEM_LEVEL);
            self.form = Form::of(written.is_ok() && self.buf == raw.as_bytes());
        }
    }

    /// Notes whether the bytes between two items were [`BETWEEN`].
    pub(super) fn between(&mut self, form: Form) {
        if form == Form::NotCanonical {
            self.form = form;
        }
    }

    /// True while everything noted is canonical (no need to look further).
    pub(super) fn canonical_so_far(&self) -> bool {
        self.form == Form::Canonical
    }
}

/// The form of `file` (`size` bytes), whose `ledger` was read in halves
/// cut at `cut`, `halves` having watched each half: its items and the bytes
/// between them as the watches saw them, and the text before the first item
/// and after the last as the canonical text writes them.
pub(super) fn form_of(
    file: &File,
    size: u64,
    ledger: &Ledger,
    cut: u64,
    halves: &[Watch; 2],
) -> Form {
    let [first, second] = halves;
    if !first.canonical_so_far() || !second.canonical_so_far() {
        return Form::NotCanonical;
    }
    let (Some(start), Some(_)) = (first.first, second.first) else {
        return Form::NotCanonical;
    };
    let end = cut + second.end;
    let mut rest = Vec::with_capacity(4096);
    if write_json(&mut rest, &WithItems(ledger, &[])).is_err() {
        return Form::NotCanonical;
    }
    // The canonical text of the ledger with no items, cut where they go (as
    // `canonical.rs` writes it).
    const EMPTY: &[u8] = b"\n  \"items\": []";
    let Some(at) = memchr::memmem::find(&rest, EMPTY).map(|at| at + EMPTY.len()) else {
        return Form::NotCanonical;
    };
    let head = [&rest[..at - 1], b"\n    "].concat();
    let tail = [b"\n  ", &rest[at - 1..]].concat();
    Form::of(end <= size && holds(file, 0, start, &head) && holds(file, end, size - end, &tail))
}

/// True when the `len` bytes of `file` at `at` are `expected`.
fn holds(file: &File, at: u64, len: u64, expected: &[u8]) -> bool {
    if len != expected.len() as u64 {
        return false;
    }
    let mut bytes = vec![0; expected.len()];
    file.read_exact_at(&mut bytes, at).is_ok() && bytes == expected
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::cores::two_cores;
    use crate::ledger::halves::{form_cut_at, read_in_halves_with_form};
    use crate::ledger::items_text::tests::hostile;
    use crate::ledger::{Store, canonical_json, parse_ledger};
    use crate::synthetic::{demo_today, ledger};
    use std::io::Write;

    /// What reading `text` in halves cut at `cut` tells of its form, and
    /// what writing its ledger again tells (`None` for both when it does
    /// not read so).
    fn forms(text: &str, cut: usize) -> (Option<Form>, Option<Form>) {
        let mut f = tempfile::tempfile().unwrap();
        f.write_all(text.as_bytes()).unwrap();
        let fast = form_cut_at(&f, text.len() as u64, cut as u64).map(|(_, form)| form);
        let slow = fast.and(parse_ledger(text.as_bytes()).ok());
        (fast, slow.map(|l| Form::of(canonical_json(&l) == text)))
    }

    /// The places between two items of the items of `text` (where `find_cut` cuts).
    fn cuts(text: &str) -> Vec<usize> {
        let items = text.find("\"items\": [").unwrap_or(text.len());
        memchr::memmem::find_iter(text.as_bytes(), b"\n    },\n    {\n")
            .map(|at| at + 6)
            .filter(|&at| at > items)
            .collect()
    }

    #[test]
    fn the_form_told_in_halves_is_the_form_of_the_text_written_again() {
        let mut l = ledger(30, demo_today());
        l.items[3] = hostile(1).remove(0);
        l.items[7].title = "a\n    },\n    {\n b".into();
        let text = canonical_json(&l);
        let places = cuts(&text);
        assert!(places.len() >= 29, "{}", places.len());
        for &cut in &places {
            assert_eq!(
                forms(&text, cut),
                (Some(Form::Canonical), Some(Form::Canonical))
            );
        }
        let (first, last) = (places[0], places[places.len() - 1]);
        let item_start = text.find("\"items\": [").unwrap() + 15;
        let last_end = text.rfind("\n    }").unwrap() + 6;
        // Every kind of difference, in the first item, the last, at the cut,
        // between items, before and after the items.
        let at = |k: usize, what: &str| format!("{}{what}{}", &text[..k], &text[k..]);
        let cut_out = |k: usize| format!("{}{}", &text[..k], &text[k + 1..]);
        let mut other = vec![
            at(item_start + 1, " "),
            at(last_end - 1, " "),
            at(first, " "),
            at(first + 1, " "),
            at(first + 2, " "),
            at(last, "\t"),
            at(last + 7, " "),
            at(last_end, " "),
            at(last_end + 1, " "),
            at(text.len() - 1, " "),
            at(text.len(), "\n"),
            cut_out(text.len() - 1),
            at(1, " "),
            at(item_start, " "),
            text.replacen("\n  ", "\n\t", 1),
            text.replacen("\"id\": ", "\"id\":  ", 1),
            text.replacen("\n", "\r\n", 1),
            text.replace('é', "\\u00e9"),
            text.replacen("\\u0001", "\\u0001\\/", 1),
            text.replacen("\\\"", "\\u0022", 1),
        ];
        // Numbers are kept as written (`arbitrary_precision`): another
        // form of one is another text, canonical too.
        let numbers = [
            text.replacen(
                "123456789012345678901234567890.000000000000000000001",
                "1.23456789012345678901234567890000000000000000000001e29",
                1,
            ),
            text.replacen("[-0.0,", "[-0.00,", 1),
            text.replacen("1e400", "1E400", 1),
            text.replacen("1e400", "1e+400", 1),
        ];
        // Keys in another order: in the first item, the last, the top level.
        let (id, title) = (
            r#""id": "S-000001",
      "title": "#,
            r#""title": "#,
        );
        let first_title = &text[text.find(id).unwrap() + id.len()..];
        let first_title = &first_title[..first_title.find('\n').unwrap()];
        other.push(text.replacen(
            &format!("{id}{first_title}"),
            &format!("{title}{first_title}\n      \"id\": \"S-000001\","),
            1,
        ));
        let last_item = &text[text.rfind("\n    {").unwrap()..last_end];
        let swapped = last_item.replacen("\"status\": ", "\"x_first\": 1,\n      \"status\": ", 1);
        other.push(text.replacen(last_item, &swapped, 1));
        other.push(
            text.replacen("\"format\": \"followup/1\",", "", 1)
                .replacen("\n}\n", ",\n  \"format\": \"followup/1\"\n}\n", 1),
        );
        for (k, text) in other.iter().chain(&numbers).enumerate() {
            let mut read = 0;
            for &cut in &cuts(text) {
                let (fast, slow) = forms(text, cut);
                assert_eq!(fast, slow, "difference {k}, cut at {cut}");
                if fast.is_some() {
                    read += 1;
                    let not = (k < other.len()).then_some(Form::NotCanonical);
                    assert_eq!(fast, not.or(slow), "difference {k}, cut at {cut}");
                }
            }
            assert!(read >= 20, "difference {k}: read at {read} cuts");
        }
    }

    #[test]
    fn a_byte_put_in_or_taken_out_anywhere_is_told_as_writing_again_tells() {
        let mut l = ledger(12, demo_today());
        l.items[5] = hostile(1).remove(0);
        let text = canonical_json(&l);
        let cut = cuts(&text)[5];
        let mut told = 0;
        for k in (0..text.len()).filter(|k| text.is_char_boundary(*k)) {
            let (put, out) = (k % 3 == 0, k % 3 == 1);
            let changed = if put {
                format!(
                    "{}{}{}",
                    &text[..k],
                    [" ", "\n", "0", "\\"][k % 4],
                    &text[k..]
                )
            } else if out && k < text.len() && text.is_char_boundary(k + 1) {
                format!("{}{}", &text[..k], &text[k + 1..])
            } else {
                continue;
            };
            let cut = if k < cut {
                cut + usize::from(put) - usize::from(out)
            } else {
                cut
            };
            let (fast, slow) = forms(&changed, cut);
            assert_eq!(fast, slow, "changed at {k}");
            told += usize::from(fast.is_some());
        }
        assert!(told > 1000, "{told}");
    }

    #[test]
    fn check_reads_a_large_file_in_halves_and_says_its_form() {
        let text = canonical_json(&ledger(1200, demo_today()));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger.json");
        let store = Store::new(&path);
        for (text, form) in [
            (text.clone(), Form::Canonical),
            (
                text.replacen("\"S-000001\"", "\"S-000001\" ", 1),
                Form::NotCanonical,
            ),
            (format!("{text}\n"), Form::NotCanonical),
        ] {
            std::fs::write(&path, &text).unwrap();
            let f = File::open(&path).unwrap();
            let halves = read_in_halves_with_form(&f, u64::MAX);
            assert_eq!(halves.is_some(), two_cores());
            assert_eq!(halves.map_or(form, |(_, form)| form), form);
            let (ledger, said) = store.read_with_form().unwrap();
            assert_eq!((&ledger, said), (&store.load().unwrap().ledger, form));
            assert_eq!(
                store.load().unwrap().is_canonical(),
                form == Form::Canonical
            );
        }
    }
}
