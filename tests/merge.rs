//! The three-way merge: laws checked on generated ledgers, and the cases a
//! secretariat sharing one ledger between two capitals runs into.

mod common;
use common::strategies::{date, ledger, nonempty};
use common::*;
use followup::ledger::{
    ConflictTarget, FieldPath, Item, Ledger, Note, Renumbered, ResolveError, Resolved, Side,
    Status, canonical_json, merge, parse_ledger, resolve, resolve_item, validate,
};
use proptest::prelude::*;
use serde_json::json;

/// One edit of one item.
#[derive(Debug, Clone)]
enum Edit {
    Status(Status),
    Title(String),
    Due(chrono::NaiveDate),
    Note(chrono::NaiveDate, String),
    Owner(String),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        prop::sample::select(Status::ALL.to_vec()).prop_map(Edit::Status),
        nonempty().prop_map(Edit::Title),
        date().prop_map(Edit::Due),
        (date(), nonempty()).prop_map(|(d, t)| Edit::Note(d, t)),
        nonempty().prop_map(Edit::Owner),
    ]
}

fn apply(item: &mut Item, e: &Edit) {
    match e {
        Edit::Status(s) => item.status = *s,
        Edit::Title(t) => item.title = t.clone(),
        Edit::Due(d) => {
            item.set_due(Some(*d));
        }
        Edit::Note(d, t) => item.notes.push(Note::new(*d, "p", t.clone())),
        Edit::Owner(o) => {
            if !item.owners.contains(o) {
                item.owners.push(o.clone())
            }
        }
    }
}

/// A base ledger with at least two items, and edits for some of them.
fn base_and_edits() -> impl Strategy<Value = (Ledger, Vec<(usize, Edit)>)> {
    ledger()
        .prop_filter("two items", |l| l.items.len() >= 2)
        .prop_flat_map(|l| {
            let n = l.items.len();
            (Just(l), prop::collection::vec((0..n, edit()), 1..6))
        })
}

fn edited(base: &Ledger, edits: &[(usize, Edit)]) -> Ledger {
    let mut l = base.clone();
    for (i, e) in edits {
        apply(&mut l.items[*i], e);
    }
    l
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn identity_laws((b, edits) in base_and_edits()) {
        let x = edited(&b, &edits);
        prop_assert_eq!(&merge(&b, &x, &b).ledger, &x);
        prop_assert_eq!(&merge(&b, &b, &x).ledger, &x);
        let same = merge(&b, &x, &x);
        prop_assert_eq!(&same.ledger, &x);
        prop_assert_eq!(same.conflicts, 0);
    }

    #[test]
    fn edits_to_disjoint_items_commute((b, edits) in base_and_edits()) {
        // Items with an even index are edited by one side, odd by the other.
        let (xe, ye): (Vec<_>, Vec<_>) = edits.into_iter().partition(|(i, _)| i % 2 == 0);
        let (x, y) = (edited(&b, &xe), edited(&b, &ye));
        let xy = merge(&b, &x, &y);
        let yx = merge(&b, &y, &x);
        prop_assert_eq!(xy.conflicts, 0);
        prop_assert_eq!(&xy.ledger, &yx.ledger);
        for (i, item) in xy.ledger.items.iter().enumerate() {
            let expect = if i % 2 == 0 { &x.items[i] } else { &y.items[i] };
            prop_assert_eq!(item, expect);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// One side changes an item's status, the other its title, owners and
    /// notes: the merge keeps every change (the field-by-field path).
    #[test]
    fn edits_to_different_fields_of_one_item_combine(
        (b, i) in ledger().prop_filter("an item", |l| !l.items.is_empty()).prop_flat_map(|l| {
            let n = l.items.len();
            (Just(l), 0..n)
        }),
        status in prop::sample::select(Status::ALL.to_vec()),
        title in nonempty(),
        owner in nonempty(),
        (day, text) in (date(), nonempty()),
    ) {
        let mut x = b.clone();
        x.items[i].status = status;
        let mut y = b.clone();
        apply(&mut y.items[i], &Edit::Title(title.clone()));
        apply(&mut y.items[i], &Edit::Owner(owner.clone()));
        apply(&mut y.items[i], &Edit::Note(day, text.clone()));
        let mut expect = y.items[i].clone();
        expect.status = status;
        let m = merge(&b, &x, &y);
        prop_assert_eq!(m.conflicts, 0);
        let got = &m.ledger.items[i];
        prop_assert_eq!(got.status, expect.status);
        prop_assert_eq!(&got.title, &expect.title);
        prop_assert_eq!(&got.owners, &expect.owners);
        let mut got_notes = got.notes.clone();
        let mut want_notes = expect.notes.clone();
        let key = |n: &Note| (n.date, n.text.clone());
        got_notes.sort_by_key(key);
        want_notes.sort_by_key(key);
        prop_assert_eq!(got_notes, want_notes);
    }
}

fn sample() -> Ledger {
    parse_ledger(&std::fs::read(fixtures().join("korea-mexico-sme.json")).unwrap()).unwrap()
}

#[test]
fn different_fields_of_one_item_merge_cleanly() {
    let b = sample();
    let (mut o, mut t) = (b.clone(), b.clone());
    o.item_mut("JC2-03").unwrap().status = Status::Blocked;
    t.item_mut("JC2-03")
        .unwrap()
        .owners
        .push("Secretaría de Economía".into());
    t.item_mut("JC2-03")
        .unwrap()
        .owners
        .retain(|x| x != "INADEM");
    let m = merge(&b, &o, &t);
    assert_eq!(m.conflicts, 0);
    let it = m.ledger.item("JC2-03").unwrap();
    assert_eq!(it.status, Status::Blocked);
    assert_eq!(it.owners, ["Kia Motors México", "Secretaría de Economía"]);
}

#[test]
fn notes_added_on_both_sides_are_both_kept_in_date_order() {
    let b = sample();
    let (mut o, mut t) = (b.clone(), b.clone());
    let note =
        |d: &str, a: &str, x: &str| Note::new(followup::base::dates::parse_date(d).unwrap(), a, x);
    o.item_mut("JC2-03").unwrap().notes.push(note(
        "2026-11-25",
        "INADEM",
        "Kia sent the supplier list.",
    ));
    t.item_mut("JC2-03").unwrap().notes.push(note(
        "2026-11-24",
        "SMBA",
        "KOTRA will join the visit.",
    ));
    let m = merge(&b, &o, &t);
    assert_eq!(m.conflicts, 0);
    let notes = &m.ledger.item("JC2-03").unwrap().notes;
    let n = notes.len();
    assert_eq!(notes[n - 2].text, "KOTRA will join the visit.");
    assert_eq!(notes[n - 1].text, "Kia sent the supplier list.");
    assert_eq!(n, b.item("JC2-03").unwrap().notes.len() + 2);
}

#[test]
fn the_same_field_changed_differently_is_a_recorded_conflict() {
    let b = sample();
    let (mut o, mut t) = (b.clone(), b.clone());
    o.item_mut("JC2-01").unwrap().status = Status::Done;
    t.item_mut("JC2-01").unwrap().status = Status::Blocked;
    let m = merge(&b, &o, &t);
    assert_eq!(m.conflicts, 1);
    let text = followup::ledger::canonical_json(&m.ledger);
    let back = parse_ledger(text.as_bytes()).expect("a conflicted merge still loads");
    let mut it = back.item("JC2-01").unwrap().clone();
    assert_eq!(
        it.status,
        Status::Done,
        "ours is kept until someone chooses"
    );
    assert_eq!(it.conflicts.len(), 1);
    assert_eq!(it.conflicts[0].field, FieldPath::key("status"));
    assert_eq!(it.conflicts[0].base, "in-progress");
    assert_eq!(it.conflicts[0].theirs, "blocked");
    assert_eq!(
        resolve_item(&mut it, &FieldPath::key("status"), Side::Theirs),
        Ok(Resolved::Field)
    );
    assert_eq!(it.status, Status::Blocked);
    assert!(it.conflicts.is_empty());
}

/// Issue 11: theirs (in a pull, the published remote) keeps the id; ours
/// (the local, unpublished item) moves, and the merge says so.
#[test]
fn an_id_added_on_both_sides_keeps_theirs_and_renumbers_ours() {
    let b = sample();
    let (mut o, mut t) = (b.clone(), b.clone());
    let add = |l: &mut Ledger, title: &str| {
        let mut it = Item::new("JC3-05", title);
        it.meeting = "JC3".into();
        l.items.push(it);
    };
    add(&mut o, "Mexico's proposal");
    add(&mut t, "Korea's proposal");
    let m = merge(&b, &o, &t);
    assert_eq!(
        m.renumbered,
        [Renumbered {
            from: "JC3-05".into(),
            to: "JC3-06".into(),
            title: "Mexico's proposal".into(),
        }]
    );
    assert_eq!(m.ledger.item("JC3-05").unwrap().title, "Korea's proposal");
    assert_eq!(m.ledger.item("JC3-06").unwrap().title, "Mexico's proposal");
    validate(&m.ledger).unwrap();
}

#[test]
fn deleted_on_one_side_and_edited_on_the_other_is_kept_with_a_conflict() {
    let b = sample();
    let (mut o, mut t) = (b.clone(), b.clone());
    o.items.retain(|i| i.id != "JC2-06" && i.id != "JC2-02");
    t.item_mut("JC2-06").unwrap().title = "Strengthen e-commerce".into();
    let m = merge(&b, &o, &t);
    assert!(
        m.ledger.item("JC2-02").is_none(),
        "deleted and untouched: gone"
    );
    let mut it = m.ledger.item("JC2-06").unwrap().clone();
    assert!(it.conflicts[0].field.is_whole_item());
    assert_eq!(it.conflicts[0].field.to_string(), "(item)");
    let mut kept = it.clone();
    assert_eq!(
        resolve_item(&mut it, &FieldPath::whole_item(), Side::Ours),
        Ok(Resolved::ItemDeleted),
        "ours deleted it"
    );
    assert_eq!(
        resolve_item(&mut kept, &FieldPath::whole_item(), Side::Theirs),
        Ok(Resolved::ItemKept)
    );
    assert_eq!(kept.title, "Strengthen e-commerce");
    assert!(kept.conflicts.is_empty());
}

#[test]
fn unknown_fields_merge_like_known_ones() {
    let b = sample();
    let (mut o, mut t) = (b.clone(), b.clone());
    o.item_mut("JC3-03")
        .unwrap()
        .extra
        .insert("budget_usd".into(), serde_json::json!(300000));
    t.extra
        .insert("x_source".into(), serde_json::json!("seed 000, revised"));
    let m = merge(&b, &o, &t);
    assert_eq!(m.conflicts, 0);
    assert_eq!(m.ledger.item("JC3-03").unwrap().extra["budget_usd"], 300000);
    assert_eq!(m.ledger.extra["x_source"], "seed 000, revised");
}

/// A conflict inside an unknown object field records the structured path
/// (never a dotted key such as `"x_ext.a.b"`), survives a save and a load,
/// and settles the nested value in place.
#[test]
fn nested_conflicts_carry_their_path_through_the_file_and_settle_in_place() {
    let mut b = sample();
    b.item_mut("JC2-09")
        .unwrap()
        .extra
        .insert("x_ext".into(), json!({"a.b": 1, "c": {"d": "x"}}));
    let (mut o, mut t) = (b.clone(), b.clone());
    o.item_mut("JC2-09")
        .unwrap()
        .extra
        .insert("x_ext".into(), json!({"a.b": 2, "c": {"d": "ours"}}));
    t.item_mut("JC2-09")
        .unwrap()
        .extra
        .insert("x_ext".into(), json!({"a.b": 3, "c": {"d": "theirs"}}));
    let m = merge(&b, &o, &t);
    assert_eq!(m.conflicts, 2);
    let text = canonical_json(&m.ledger);
    assert!(
        text.contains(r#""field": ["#) && !text.contains("x_ext.a"),
        "paths are stored as steps:\n{text}"
    );
    let mut back = parse_ledger(text.as_bytes()).unwrap();
    assert_eq!(canonical_json(&back), text, "the stored path round-trips");
    let paths: Vec<String> = back
        .item("JC2-09")
        .unwrap()
        .conflicts
        .iter()
        .map(|c| c.field.to_string())
        .collect();
    assert_eq!(paths, [r#"x_ext["a.b"]"#, "x_ext.c.d"]);
    for path in &paths {
        let target = ConflictTarget::Item {
            id: "JC2-09".into(),
            path: path.parse().unwrap(),
        };
        assert_eq!(
            resolve(&mut back, target, Side::Theirs),
            Ok(Resolved::Field)
        );
    }
    let it = back.item("JC2-09").unwrap();
    assert_eq!(it.extra["x_ext"], json!({"a.b": 3, "c": {"d": "theirs"}}));
    assert!(it.conflicts.is_empty());
    assert_eq!(it.extra.iter().count(), 1, "no junk keys beside x_ext");
}

/// Conflicts outside the items (committee name, a meeting's place) are
/// recorded at the top with their paths and settled by the same function.
#[test]
fn top_level_conflicts_are_settled_through_the_same_function() {
    let b = sample();
    let (mut o, mut t) = (b.clone(), b.clone());
    o.committee.name = "Mexico–Korea SME Committee".into();
    t.committee.name = "Korea–Mexico SME Committee".into();
    o.meetings[0].place = "CDMX".into();
    t.meetings[0].place = "Mexico City".into();
    let meeting = b.meetings[0].id.clone();
    let m = merge(&b, &o, &t);
    let paths: Vec<String> = m
        .ledger
        .conflicts
        .iter()
        .map(|c| c.field.to_string())
        .collect();
    assert_eq!(
        paths,
        [
            "committee.name".to_owned(),
            format!("meetings[id={meeting}].place")
        ]
    );
    let mut l = parse_ledger(canonical_json(&m.ledger).as_bytes()).unwrap();
    let top = |p: &str| ConflictTarget::Top {
        path: p.parse().unwrap(),
    };
    assert_eq!(
        resolve(&mut l, top("committee.name"), Side::Theirs),
        Ok(Resolved::Field)
    );
    assert!(matches!(
        resolve(&mut l, top("committee.name"), Side::Theirs),
        Err(ResolveError::NoConflict { .. })
    ));
    assert_eq!(
        resolve(&mut l, top(&paths[1]), Side::Ours),
        Ok(Resolved::Field)
    );
    assert_eq!(l.committee.name, "Korea–Mexico SME Committee");
    assert_eq!(l.meetings[0].place, "CDMX");
    assert!(l.conflicts.is_empty());
    assert_eq!(l.items, m.ledger.items, "items untouched");
    validate(&l).unwrap();
}

/// Files written before paths were structured hold dotted strings; they are
/// read as meant and settled in place.
#[test]
fn conflicts_in_the_earlier_dotted_form_are_still_read() {
    let mut l = sample();
    l.meetings[0].place = "CDMX".into();
    let meeting = l.meetings[0].id.clone();
    l.item_mut("JC2-09")
        .unwrap()
        .extra
        .insert("x_ext".into(), json!({"a": 1}));
    let mut v: serde_json::Value = serde_json::from_str(&canonical_json(&l)).unwrap();
    v["conflicts"] = json!([{"field": format!("meetings[{meeting}].place"), "base": "Seoul", "ours": "CDMX", "theirs": "Mexico City"}]);
    let i = l.items.iter().position(|i| i.id == "JC2-09").unwrap();
    v["items"][i]["conflicts"] = json!([{"field": "x_ext.a", "base": 0, "ours": 1, "theirs": 2}]);
    let mut old = parse_ledger(v.to_string().as_bytes()).unwrap();
    let target = ConflictTarget::Item {
        id: "JC2-09".into(),
        path: "x_ext.a".parse().unwrap(),
    };
    assert_eq!(resolve(&mut old, target, Side::Theirs), Ok(Resolved::Field));
    assert_eq!(old.item("JC2-09").unwrap().extra["x_ext"], json!({"a": 2}));
    let top = ConflictTarget::Top {
        path: format!("meetings[id={meeting}].place").parse().unwrap(),
    };
    assert_eq!(resolve(&mut old, top, Side::Theirs), Ok(Resolved::Field));
    assert_eq!(old.meetings[0].place, "Mexico City");
}

fn numbered(n: usize, title: &str) -> Ledger {
    Ledger {
        items: (1..=n)
            .map(|k| Item::new(format!("X-{k:05}"), format!("{title} {k}")))
            .collect(),
        ..Ledger::default()
    }
}

/// 10,000 ids added on both sides with different content and no common
/// base: all 20,000 items are kept, under distinct ids, theirs unmoved.
#[test]
fn ten_thousand_ids_added_on_both_sides_are_all_kept() {
    let (o, t) = (numbered(10_000, "ours"), numbered(10_000, "theirs"));
    let m = merge(&Ledger::default(), &o, &t);
    assert_eq!(m.ledger.items.len(), 20_000);
    assert_eq!(m.renumbered.len(), 10_000);
    let ids: std::collections::HashSet<&str> =
        m.ledger.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids.len(), 20_000, "distinct ids");
    for (k, it) in t.items.iter().enumerate() {
        assert_eq!(&m.ledger.items[k], it, "theirs keeps its ids");
    }
    let r = &m.renumbered[0];
    assert_eq!(
        (r.from.as_str(), r.to.as_str(), r.title.as_str()),
        ("X-00001", "X-10001", "ours 1")
    );
    assert_eq!(m.renumbered[9_999].to, "X-20000");
    validate(&m.ledger).unwrap();
}

/// Both capitals edit the same person of the directory: different fields
/// merge, the same field is a conflict settled by the person's name, and the
/// merged ledger always loads (people are matched by name, never doubled).
#[test]
fn people_edited_on_both_sides_merge_by_name() {
    let base = parse_ledger(include_bytes!(
        "../fixtures/korea-mexico-sme-directory.json"
    ))
    .unwrap();
    let smba = |l: &mut Ledger| {
        l.directory
            .iter_mut()
            .find(|p| p.name == "중소기업청 SMBA")
            .unwrap()
            .clone()
    };
    let mut ours = base.clone();
    let mut theirs = base.clone();
    let at = |l: &Ledger| {
        l.directory
            .iter()
            .position(|p| p.name == "중소기업청 SMBA")
            .unwrap()
    };
    let (i, j) = (at(&ours), at(&theirs));
    ours.directory[i].language = "es".into();
    theirs.directory[j].aliases.push("SMBA Seoul".into());
    let m = merge(&base, &ours, &theirs);
    assert_eq!(m.conflicts, 0);
    validate(&m.ledger).expect("the merge loads");
    assert_eq!(
        m.ledger.directory.len(),
        base.directory.len(),
        "no person doubled"
    );
    let p = smba(&mut m.ledger.clone());
    assert_eq!(p.language, "es");
    assert!(p.aliases.contains(&"SMBA Seoul".to_owned()));

    ours.directory[i].email = "enlace@inadem.example.org".into();
    theirs.directory[j].email = "global@smba.example.kr".into();
    let mut m = merge(&base, &ours, &theirs);
    assert_eq!(m.conflicts, 1);
    validate(&m.ledger).expect("a conflicted merge still loads");
    let path: FieldPath = "directory[id=\"중소기업청 SMBA\"].email".parse().unwrap();
    assert_eq!(m.ledger.conflicts[0].field, path);
    resolve(&mut m.ledger, ConflictTarget::Top { path }, Side::Theirs).unwrap();
    assert_eq!(smba(&mut m.ledger).email, "global@smba.example.kr");
    assert!(m.ledger.conflicts.is_empty());
}

/// The merge driver holds each of its three files to the loader's limit:
/// a file over 1 GiB (sparse here: it costs no disk) is refused before it is
/// read, the merge fails with a message naming the file and the limit, and
/// the ledger is left byte for byte as it was.
#[test]
fn the_merge_driver_refuses_an_input_over_the_loaders_limit_and_writes_nothing() {
    let sb = Sandbox::new();
    let ledger = canonical_json(&sample());
    for (at, side) in ["base", "ours", "theirs"].iter().enumerate() {
        let files: Vec<std::path::PathBuf> = ["base", "ours", "theirs"]
            .iter()
            .map(|s| sb.path(&format!("{side}-{s}.json")))
            .collect();
        for f in &files {
            std::fs::write(f, &ledger).unwrap();
        }
        let huge = std::fs::OpenOptions::new()
            .write(true)
            .truncate(true)
            .open(&files[at])
            .unwrap();
        huge.set_len(followup::ledger::MAX_LEDGER_BYTES + 1)
            .unwrap();
        drop(huge);
        let before = (at != 1).then(|| std::fs::read(&files[1]).unwrap());
        let start = std::time::Instant::now();
        let mut args: Vec<&str> = vec!["merge"];
        args.extend(files.iter().map(|f| f.to_str().unwrap()));
        args.push("ledger.json");
        let out = sb.run(&args);
        let said = stderr(&out);
        assert!(!out.status.success(), "{side}: {said}");
        assert!(
            said.contains(&format!(
                "ledger.json ({side}): larger than {} bytes; refused",
                followup::ledger::MAX_LEDGER_BYTES
            )) && said.contains("nothing was merged or written"),
            "{side}: {said}"
        );
        assert!(
            start.elapsed() < std::time::Duration::from_secs(5),
            "{side}: refused without reading it ({:?})",
            start.elapsed()
        );
        let ours = std::fs::metadata(&files[1]).unwrap();
        match before {
            Some(bytes) => assert_eq!(std::fs::read(&files[1]).unwrap(), bytes),
            None => assert_eq!(ours.len(), followup::ledger::MAX_LEDGER_BYTES + 1),
        }
        let leftovers: Vec<_> = std::fs::read_dir(sb.dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(&format!(".{side}-ours")))
            .collect();
        assert!(leftovers.is_empty(), "{side}: {leftovers:?}");
        for f in &files {
            std::fs::remove_file(f).unwrap();
        }
    }
}
