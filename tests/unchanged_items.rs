//! What changed since the period's start, read without parsing the items
//! whose text did not change (`ledger::read_earlier`): always what the whole
//! read and `diff` say, whatever changed in an item (an unknown field, a
//! note, a translation), however the items moved, and `None` for every
//! start text the whole read refuses (duplicate ids, a meeting it lacks).

use followup::i18n::Lang;
use followup::ledger::{
    Ledger, LedgerDiff, SAMPLE, Status, canonical_json, diff, hash_items, hash_pair, parse_ledger,
    read_earlier, read_earlier_alongside,
};

/// The sample, as the current ledger.
fn current() -> Ledger {
    parse_ledger(SAMPLE.as_bytes()).unwrap()
}

/// What reading the start text `old` without the items unchanged says
/// against `current` (hashed from its canonical text), and what the whole
/// read says (`None`: not a valid ledger).
fn both(old: &str, current: &Ledger) -> (Option<LedgerDiff>, Option<LedgerDiff>) {
    let text = canonical_json(current);
    let (skeleton, hashes) =
        hash_items(text.as_bytes(), text.len() as u64).expect("a canonical ledger is hashed");
    assert!(skeleton.items.is_empty());
    assert_eq!(skeleton.reviews, current.reviews);
    let size = old.len() as u64;
    let fast = read_earlier(old.as_bytes(), size, Some(&hashes)).and_then(|e| e.diff(current));
    let whole = parse_ledger(old.as_bytes()).ok().map(|o| diff(&o, current));
    // Without the hashes, every item is parsed: the same answer.
    let plain = read_earlier(old.as_bytes(), size, None).and_then(|e| e.diff(current));
    assert_eq!(plain, whole, "read in pieces without hashes");
    assert_eq!(
        alongside(old, &text, current),
        fast,
        "read as the hashes arrive"
    );
    (fast, whole)
}

/// What reading the start text `old` says against `current` (whose text is
/// `text`) while another thread hashes `text` and hands the hashes over:
/// the same whether that thread only hashes the items or loads the ledger.
fn alongside(old: &str, text: &str, current: &Ledger) -> Option<LedgerDiff> {
    let size = text.len() as u64;
    let read = |load: bool| {
        let (hashing, mut arriving) = hash_pair(size);
        std::thread::scope(|s| {
            let hasher = s.spawn(|| {
                let r = text.as_bytes();
                if load {
                    let beside = |l: &Ledger| l.items.len();
                    let (loaded, asked) = hashing.load(r, size, |_| {}, beside)?;
                    assert_eq!(&loaded, current, "loaded as the hashes are handed over");
                    assert_eq!(asked, current.items.len(), "asked of the ledger loaded");
                    Some(())
                } else {
                    hashing.hash(r, size, |_| {}).map(drop)
                }
            });
            let earlier = read_earlier_alongside(old.as_bytes(), &mut arriving);
            hasher.join().unwrap().expect("the current text is read");
            arriving.finish().expect("no text twice");
            earlier?.diff(current)
        })
    };
    let hashed = read(false);
    assert_eq!(read(true), hashed, "hashed as loaded");
    hashed
}

/// The start ledger `change` makes of the sample, against the sample: the
/// same diff as the whole read, and not empty.
fn changed(what: &str, change: impl FnOnce(&mut Ledger)) -> LedgerDiff {
    let now = current();
    let mut old = now.clone();
    change(&mut old);
    let (fast, whole) = both(&canonical_json(&old), &now);
    assert!(whole.is_some(), "{what}: the start is a valid ledger");
    assert_eq!(fast, whole, "{what}");
    let d = fast.unwrap();
    assert!(!d.is_empty(), "{what}: a change is seen");
    d
}

#[test]
fn an_unchanged_ledger_has_no_changes() {
    let now = current();
    let (fast, whole) = both(&canonical_json(&now), &now);
    assert_eq!(fast, Some(LedgerDiff::default()));
    assert_eq!(fast, whole);
}

#[test]
fn a_change_anywhere_in_an_item_is_seen() {
    let d = changed("an unknown field", |l| {
        l.items[3]
            .extra
            .insert("x_ministry_ref".into(), serde_json::json!("A-17"));
    });
    assert_eq!(d.items.len(), 1);
    assert_eq!(d.items[0].id(), current().items[3].id);
    changed("a note's text", |l| {
        let item = l.items.iter_mut().find(|i| !i.notes.is_empty()).unwrap();
        item.notes[0].text.push_str(" (draft)");
    });
    changed("a note's translation", |l| {
        let (item, n, lang, mut t) = l
            .items
            .iter_mut()
            .find_map(|i| {
                let found = i.notes.iter().enumerate().find_map(|(n, note)| {
                    Lang::ALL.into_iter().find_map(|lang| {
                        Some((n, lang, note.translations.get("text", lang)?.clone()))
                    })
                });
                found.map(|(n, lang, t)| (i, n, lang, t))
            })
            .expect("the sample translates a note");
        t.text.push_str(" (borrador)");
        item.notes[n].translations.set("text", lang, t);
    });
    changed("a title's translation", |l| {
        let (item, lang, mut t) = l
            .items
            .iter_mut()
            .find_map(|i| {
                let found = Lang::ALL
                    .into_iter()
                    .find_map(|lang| Some((lang, i.translations.get("title", lang)?.clone())));
                found.map(|(lang, t)| (i, lang, t))
            })
            .expect("the sample translates a title");
        t.text.push_str(" (borrador)");
        item.translations.set("title", lang, t);
    });
    changed("the status, the bookkeeping and a removed item", |l| {
        l.items[0].status = Status::Blocked;
        l.items[1].updated = None;
        l.items.push(l.items[2].clone());
        let last = l.items.len() - 1;
        l.items[last].id = "JC9-99".into();
    });
    changed("an added item", |l| {
        l.items.remove(4);
    });
}

#[test]
fn items_in_another_order_are_still_the_same_items() {
    let now = current();
    let mut old = now.clone();
    old.items.reverse();
    old.items[0].status = Status::Done;
    let (fast, whole) = both(&canonical_json(&old), &now);
    assert_eq!(fast, whole);
    assert_eq!(fast.unwrap().items.len(), 1);
}

/// A change made to the start ledger.
type Change = Box<dyn Fn(&mut Ledger)>;

#[test]
fn a_start_the_whole_read_refuses_is_refused() {
    let now = current();
    let cases: [(&str, Change); 4] = [
        (
            "one item twice, byte for byte",
            Box::new(|l| l.items.push(l.items[1].clone())),
        ),
        (
            "an unchanged item and a changed one of the same id",
            Box::new(|l| {
                let mut twin = l.items[1].clone();
                twin.title.push('!');
                l.items.push(twin);
            }),
        ),
        (
            "an unchanged item naming a meeting the start lacks",
            Box::new(|l| {
                let used = l
                    .items
                    .iter()
                    .find(|i| !i.meeting.is_empty())
                    .unwrap()
                    .meeting
                    .clone();
                l.meetings.retain(|m| m.id != used);
            }),
        ),
        (
            "an unchanged item whose id a changed item takes",
            Box::new(|l| {
                let id = l.items[0].id.clone();
                l.items[5].id = id;
            }),
        ),
    ];
    for (what, change) in cases {
        let mut old = now.clone();
        change(&mut old);
        let (fast, whole) = both(&canonical_json(&old), &now);
        assert_eq!(whole, None, "{what}: the whole read refuses it");
        assert_eq!(fast, None, "{what}");
    }
    let text = canonical_json(&now);
    for broken in [&text[..text.len() / 2], "", "{\"format\": 1}"] {
        let (fast, whole) = both(broken, &now);
        assert_eq!((fast, whole), (None, None), "{broken:.40}");
    }
}

#[test]
fn a_start_not_written_canonically_is_read_item_by_item() {
    let now = current();
    let mut old = now.clone();
    old.items[2].status = Status::Open;
    old.items[2].owners.push("NAFIN".into());
    let value: serde_json::Value = serde_json::from_str(&canonical_json(&old)).unwrap();
    for text in [
        serde_json::to_string(&value).unwrap(),
        serde_json::to_string_pretty(&value)
            .unwrap()
            .replace("  ", "\t"),
    ] {
        let (fast, whole) = both(&text, &now);
        assert!(whole.is_some());
        assert_eq!(fast, whole);
    }
}

#[test]
fn a_ledger_with_two_items_of_one_text_is_not_hashed() {
    let mut l = current();
    l.items.push(l.items[0].clone());
    let text = canonical_json(&l);
    assert!(hash_items(text.as_bytes(), 0).is_none());
    let text = canonical_json(&current()).replacen("\"items\": [", "\"items\": [7, ", 1);
    assert!(text.contains("[7, "));
    assert!(
        hash_items(text.as_bytes(), 0).is_none(),
        "an item that is not an object"
    );
}

#[test]
fn items_moved_far_are_found_unchanged_after_all() {
    // More items than are awaited ahead of the one read: reversed, most
    // are parsed when read and found unchanged once every hash is in.
    let now = followup::synthetic::ledger(3000, followup::synthetic::demo_today());
    let mut old = now.clone();
    old.items.reverse();
    for i in old.items.iter_mut().step_by(100) {
        i.status = if i.status == Status::Open {
            Status::Blocked
        } else {
            Status::Open
        };
    }
    let (old, text) = (canonical_json(&old), canonical_json(&now));
    let whole = diff(&parse_ledger(old.as_bytes()).unwrap(), &now);
    assert_eq!(whole.items.len(), 30);
    assert_eq!(alongside(&old, &text, &now), Some(whole));
}
