//! Tests of the questions asked of a ledger.

use super::*;
use crate::base::dates::parse_date;
use crate::ledger::{Directory, Item, Status};

fn item(id: &str, status: Status, due: Option<&str>) -> Item {
    Item {
        status,
        due: due.map(|d| parse_date(d).unwrap()),
        ..Item::new(id, "t")
    }
}

#[test]
fn overdue_and_due_soon() {
    let today = parse_date("2026-11-23").unwrap();
    let late = item("A-1", Status::Open, Some("2026-11-22"));
    let done_late = item("A-2", Status::Done, Some("2026-11-01"));
    let week = item("A-3", Status::Blocked, Some("2026-11-30"));
    let later = item("A-4", Status::Open, Some("2026-12-01"));
    assert!(is_overdue(&late, today));
    assert!(
        !is_overdue(&done_late, today),
        "closed items are never overdue"
    );
    assert!(is_due_within(&week, today, 7) && !is_due_within(&later, today, 7));
    assert!(!is_due_within(&late, today, 7), "overdue is not due soon");
}

#[test]
fn filter_by_owner_is_case_insensitive() {
    let today = parse_date("2026-11-23").unwrap();
    let mut a = item("A-1", Status::Open, None);
    a.owners = vec!["Kia Motors México".into()];
    let f = Filter {
        owner: Some("kia".into()),
        ..Filter::default()
    };
    assert!(f.matches(&a, today, &Directory::new(&[])));
    let f = Filter {
        owner: Some("MÉXICO".into()),
        ..Filter::default()
    };
    assert!(f.matches(&a, today, &Directory::new(&[])));
    let f = Filter {
        owner: Some("SMBA".into()),
        ..Filter::default()
    };
    assert!(!f.matches(&a, today, &Directory::new(&[])));
    let named = |owner: &str, workstream: &str| Filter {
        owner: (!owner.is_empty()).then(|| owner.into()),
        workstream: (!workstream.is_empty()).then(|| workstream.into()),
        ..Filter::default()
    };
    a.workstream = "Consultoría para PyMEs".into();
    assert!(
        named("mexico", "").matches(&a, today, &Directory::new(&[])),
        "accents ignored"
    );
    assert!(
        named("mex", "").matches(&a, today, &Directory::new(&[])),
        "a part of the name, as the dashboard's search"
    );
    assert!(named("", "consultoria").matches(&a, today, &Directory::new(&[])));
    assert!(named("", "consult").matches(&a, today, &Directory::new(&[])));
    assert!(!named("", "turismo").matches(&a, today, &Directory::new(&[])));
    a.owners = vec!["조강래".into()];
    for q in ["조강", "ㅈㄱㄹ", "ㅈㄱ", "조ㄱ"] {
        assert!(named(q, "").matches(&a, today, &Directory::new(&[])), "{q}");
    }
    assert!(!named("ㄱㅈ", "").matches(&a, today, &Directory::new(&[])));
}

#[test]
fn ids_sort_naturally_and_next_id_follows_the_scheme() {
    let mut ids = vec!["JC2-10", "JC2-9", "JC2-01", "A"];
    ids.sort_by(|a, b| natural_cmp(a, b));
    assert_eq!(ids, ["A", "JC2-01", "JC2-9", "JC2-10"]);
    let items: Vec<Item> = ["JC2-01", "JC2-07", "JC3-01"]
        .iter()
        .map(|i| item(i, Status::Open, None))
        .collect();
    assert_eq!(next_id(&items, Some("JC2")), "JC2-08");
    assert_eq!(next_id(&items, Some("JC9")), "JC9-01");
    assert_eq!(
        next_id(&items, None),
        "JC3-02",
        "not chosen yet: the latest scheme"
    );
    assert_eq!(
        next_id(&items, Some("")),
        "A-01",
        "no meeting: no meeting's scheme"
    );
    assert_eq!(next_id(&[], None), "A-01");
    // A meeting whose items follow another scheme keeps that scheme.
    let mut apec: Vec<Item> = ["SC-01", "SC-10"]
        .iter()
        .map(|i| item(i, Status::Open, None))
        .collect();
    apec.iter_mut().for_each(|i| i.meeting = "SEL25".into());
    assert_eq!(next_id(&apec, Some("SEL25")), "SC-11");
}

#[test]
fn agenda_puts_each_item_in_its_first_section() {
    let text = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/korea-mexico-sme.json"
    ))
    .unwrap();
    let l = crate::ledger::parse_ledger(&text).unwrap();
    let today = parse_date("2026-11-23").unwrap();
    let agenda = review_agenda(&l, today, 7, None);
    let ids = |s: AgendaSection| -> Vec<&str> {
        agenda
            .iter()
            .find(|(x, _)| *x == s)
            .map_or(vec![], |(_, v)| {
                v.iter().map(|&i| l.items[i].id.as_str()).collect()
            })
    };
    assert_eq!(ids(AgendaSection::Overdue), ["JC3-04", "JC2-03", "JC2-09"]);
    assert_eq!(
        ids(AgendaSection::DueSoon),
        ["JC2-05", "JC2-11", "JC2-01", "JC2-08"]
    );
    assert_eq!(
        ids(AgendaSection::Blocked),
        ["JC3-02"],
        "JC2-09 is blocked but already listed as overdue"
    );
    assert_eq!(ids(AgendaSection::Unassigned), ["JC2-02", "JC2-06"]);
    let all: usize = agenda.iter().map(|(_, v)| v.len()).sum();
    let mut seen: Vec<usize> = agenda.iter().flat_map(|(_, v)| v.clone()).collect();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), all, "no item twice");
}

#[test]
fn lists_split_on_commas_but_keep_known_values_whole() {
    let known = ["Ministry of Trade, Industry and Energy", "SMBA"];
    assert_eq!(
        split_list(
            "Ministry of Trade, Industry and Energy, SMBA ,KOTRA,, SMBA",
            &known
        ),
        ["Ministry of Trade, Industry and Energy", "SMBA", "KOTRA"]
    );
    assert_eq!(split_list("Trade, Industry", &known), ["Trade", "Industry"]);
    assert!(split_list("  ", &known).is_empty());
    // The longest value wins, and the item's own values come first.
    let others = vec![
        "Ministry of Trade, Industry and Energy".to_owned(),
        "Korea, SMBA".to_owned(),
    ];
    let own = vec![
        "Ministry of Trade, Industry and Energy, Korea".to_owned(),
        "SMBA".to_owned(),
    ];
    let c = list_candidates(&own, &others);
    assert_eq!(
        split_list(
            "Ministry of Trade, Industry and Energy, Korea, SMBA, INADEM",
            &c
        ),
        [
            "Ministry of Trade, Industry and Energy, Korea",
            "SMBA",
            "INADEM"
        ]
    );
    let own = vec!["KOTRA".to_owned(), "Korea".to_owned(), "SMBA".to_owned()];
    let c = list_candidates(&own, &others);
    assert_eq!(
        split_list("KOTRA, Korea, SMBA, INADEM", &c),
        ["KOTRA", "Korea", "SMBA", "INADEM"]
    );
}

#[test]
fn strict_lists_refuse_empty_entries() {
    let known = ["Ministry of Trade, Industry and Energy"];
    assert_eq!(
        split_list_strict(
            " SMBA ,Ministry of Trade, Industry and Energy, SMBA",
            &known
        ),
        Ok(vec![
            "SMBA".to_owned(),
            "Ministry of Trade, Industry and Energy".to_owned()
        ])
    );
    assert_eq!(split_list_strict("  ", &known), Ok(vec![]));
    for bad in [",", " , ", "a,,b", "a, ,b", ",a", "a,", "a , ", ",,"] {
        assert_eq!(split_list_strict(bad, &known), Err(EmptyEntry), "{bad:?}");
    }
    assert_eq!(
        split_list_strict("Ministry of Trade, Industry and Energy,", &known),
        Err(EmptyEntry)
    );
}

#[test]
fn due_sort_puts_undated_last_and_keeps_ties_stable() {
    let items = vec![
        item("A", Status::Open, None),
        item("B", Status::Open, Some("2026-12-01")),
        item("C", Status::Open, Some("2026-11-01")),
        item("D", Status::Open, Some("2026-12-01")),
    ];
    let mut idx: Vec<usize> = (0..4).collect();
    sort_indices(&items, &mut idx, SortKey::Due);
    assert_eq!(idx, [2, 1, 3, 0]);
}

#[test]
fn every_sort_is_the_stable_sort_by_compare_items() {
    let statuses = [
        Status::Open,
        Status::Done,
        Status::Blocked,
        Status::InProgress,
        Status::Dropped,
    ];
    let dues = [
        None,
        Some("2026-11-01"),
        Some("2026-12-01"),
        Some("2027-01-15"),
    ];
    let items: Vec<Item> = (0..200usize)
        .map(|k| {
            let mut it = item(
                &format!("JC{}-{}", k % 3, (k * 7) % 23),
                statuses[k % 5],
                dues[(k / 5) % 4],
            );
            it.workstream = ["", "trade", "SME finance"][(k / 3) % 3].into();
            it.updated = dues[(k / 7) % 4].map(|d| parse_date(d).unwrap());
            it
        })
        .collect();
    for key in SortKey::ALL {
        // From an order that is not the items' own (ties keep it).
        let start: Vec<usize> = (0..items.len()).map(|k| (k * 37) % items.len()).collect();
        let mut expected = start.clone();
        expected.sort_by(|&a, &b| compare_items(&items[a], &items[b], key));
        let mut got = start;
        sort_indices(&items, &mut got, key);
        assert_eq!(got, expected, "{key:?}");
    }
}
