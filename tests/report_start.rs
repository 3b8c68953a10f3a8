//! The minutes inside git read the ledger at the period's start beside the
//! current one, leaving out the items whose text did not change: whatever
//! that start text is (canonical or not, one only the whole read reads,
//! not valid), the report says what the whole read says.

mod common;
mod report_support;
use common::*;
use report_support::History;
use serde_json::Value;

/// The fixture as committed on 2026-11-05, then its text made by `start`
/// committed the next day; the fixture back in the working file.
fn history(start: impl FnOnce(&str) -> String) -> History {
    let h = History::new("2026-11-05T10:00:00");
    let text = std::fs::read_to_string(h.ledger()).unwrap();
    let written = start(&text);
    if written != text {
        std::fs::write(h.ledger(), written).unwrap();
        h.commit("2026-11-06T10:00:00", "the start, as written");
        std::fs::write(h.ledger(), text).unwrap();
    }
    h
}

/// JC3-04 done and JC2-03's deadline moved, as `followup set` does (the
/// file written canonically).
fn work(h: &History) {
    h.ok(&["set", "JC3-04", "status=done"]);
    h.ok(&["set", "JC2-03", "due=2026-12-15"]);
}

/// Whether the JSON minutes since 2026-11-10 have a history, and each
/// item's changes.
fn changes(h: &History) -> (bool, Vec<(String, Value)>) {
    let out = h.ok(&["report", "--since", "2026-11-10", "--format", "json"]);
    let v: Value = serde_json::from_str(&out).unwrap();
    let items = v["items"].as_array().unwrap();
    let changes = items
        .iter()
        .map(|i| (i["id"].as_str().unwrap().to_owned(), i["changes"].clone()))
        .collect();
    (v["history"].as_bool().unwrap(), changes)
}

/// The item changes of `changes` that are not empty, by id.
fn changed(changes: &[(String, Value)]) -> Vec<&str> {
    changes
        .iter()
        .filter(|(_, c)| c.as_array().is_some_and(|a| !a.is_empty()))
        .map(|(id, _)| id.as_str())
        .collect()
}

#[test]
fn a_start_written_otherwise_says_the_same_changes() {
    let canonical = history(str::to_owned);
    work(&canonical);
    let (history_seen, want) = changes(&canonical);
    assert!(history_seen);
    assert_eq!(changed(&want), ["JC2-03", "JC3-04"]);
    let compact = |text: &str| {
        let v: Value = serde_json::from_str(text).unwrap();
        serde_json::to_string(&v).unwrap()
    };
    let reordered = |text: &str| {
        let mut v: Value = serde_json::from_str(text).unwrap();
        v["items"].as_array_mut().unwrap().reverse();
        serde_json::to_string_pretty(&v).unwrap()
    };
    for (what, start) in [
        ("compact", &compact as &dyn Fn(&str) -> String),
        ("items reversed", &reordered),
    ] {
        let h = history(start);
        work(&h);
        assert_eq!(changes(&h), (true, want.clone()), "{what}");
    }
}

#[test]
fn a_start_only_the_whole_read_reads_is_read_whole() {
    // Nested deeper than an item may be when read in pieces.
    let deep = "[".repeat(120) + "1" + &"]".repeat(120);
    let h = history(|text| {
        text.replacen(
            "\"id\": \"JC3-04\",",
            &format!("\"id\": \"JC3-04\", \"x_deep\": {deep},"),
            1,
        )
    });
    work(&h);
    let (history_seen, got) = changes(&h);
    assert!(history_seen, "the start is read whole");
    assert_eq!(changed(&got), ["JC2-03", "JC3-04"]);
    let jc304 = &got.iter().find(|(id, _)| id == "JC3-04").unwrap().1;
    assert!(jc304.to_string().contains("x_deep"), "{jc304}");
}

#[test]
fn a_start_that_is_not_valid_gives_minutes_without_history() {
    // One item twice, byte for byte: an id twice.
    let h = history(|text| {
        let at = text.find("    {\n      \"id\": \"JC1-01\"").unwrap();
        let end = at + text[at..].find("\n    },\n").unwrap() + "\n    },\n".len();
        format!("{}{}{}", &text[..end], &text[at..end], &text[end..])
    });
    work(&h);
    let out = h.followup(&["report", "--since", "2026-11-10", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["history"], Value::Bool(false));
    let md = h.ok(&["report", "--since", "2026-11-10"]);
    assert!(md.contains("no git history"), "{md}");
}

#[test]
fn reviews_written_after_the_items_still_set_the_period() {
    // A review on 2026-11-20 starts the period; written after the items,
    // the text before them does not tell it.
    let h = history(str::to_owned);
    work(&h);
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(h.ledger()).unwrap()).unwrap();
    let reviews = v["reviews"].as_array_mut().unwrap();
    let mut review = reviews[0].clone();
    review["date"] = Value::from("2026-11-20");
    reviews.push(review);
    std::fs::write(h.ledger(), serde_json::to_string_pretty(&v).unwrap()).unwrap();
    let want = h.ok(&["report", "--format", "json"]);
    assert!(want.contains("2026-11-20"), "{want}");
    let map = v.as_object_mut().unwrap();
    let reviews = map.remove("reviews").unwrap();
    map.insert("reviews".to_owned(), reviews);
    let text = serde_json::to_string_pretty(&v).unwrap();
    assert!(text.find("\"reviews\"") > text.find("\"items\""));
    std::fs::write(h.ledger(), text).unwrap();
    assert_eq!(h.ok(&["report", "--format", "json"]), want);
    assert_eq!(changed(&changes(&h).1), ["JC2-03", "JC3-04"]);
}

#[test]
fn a_current_ledger_that_is_not_valid_gives_its_error_as_check_does() {
    let h = history(str::to_owned);
    let text = std::fs::read_to_string(h.ledger()).unwrap();
    // One item twice (an id twice), and the file cut inside an item.
    let at = text.find("    {\n      \"id\": \"JC1-01\"").unwrap();
    let end = at + text[at..].find("\n    },\n").unwrap() + "\n    },\n".len();
    let twice = format!("{}{}{}", &text[..end], &text[at..end], &text[end..]);
    let cut = text[..text.find("\"JC2-03\"").unwrap()].to_owned();
    for (what, bad) in [("an id twice", twice), ("cut short", cut)] {
        std::fs::write(h.ledger(), &bad).unwrap();
        let check = h.followup(&["check"]);
        assert!(!check.status.success(), "{what}");
        let said = stderr(&check);
        assert!(said.contains("ledger.json"), "{what}: {said}");
        for format in ["markdown", "json"] {
            let out = h.followup(&["report", "--since", "2026-11-10", "--format", format]);
            assert!(!out.status.success(), "{what}, {format}");
            assert_eq!(stderr(&out), said, "{what}, {format}");
            assert_eq!(stdout(&out), "", "{what}, {format}: nothing half-written");
        }
        assert_eq!(
            std::fs::read_to_string(h.ledger()).unwrap(),
            bad,
            "{what}: left as it was"
        );
    }
}

/// git is asked from the ledger's own directory (not for the repository's
/// top first): a ledger two directories below the top, under a name git's
/// pathspecs would read as a pattern, reported from outside the repository,
/// still finds its start, whether that reads beside the load or only
/// whole (nested too deep), and its first commit when the period began
/// before it; a copy outside any repository has no history.
#[test]
fn a_ledger_below_the_top_under_a_pattern_name_finds_its_start() {
    let sb = Sandbox::new();
    let repo = TestRepo::init(&sb, "repo");
    let dir = repo.dir().join("committees/korea mexico");
    std::fs::create_dir_all(&dir).unwrap();
    let ledger = dir.join("[jc]*.json");
    let fixture = std::fs::read_to_string(fixtures().join("korea-mexico-sme.json")).unwrap();
    // Nested deeper than an item may be when read in pieces.
    let deep = "[".repeat(120) + "1" + &"]".repeat(120);
    let only_whole = fixture.replacen(
        "\"id\": \"JC3-04\",",
        &format!("\"id\": \"JC3-04\", \"x_deep\": {deep},"),
        1,
    );
    let f = ledger.to_str().unwrap();
    let ok = |args: &[&str]| {
        let out = sb.cmd().args(["-f", f]).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        stdout(&out)
    };
    let minutes = |out: &str| {
        let v: Value = serde_json::from_str(out).unwrap();
        let changed: Vec<String> = v["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["changes"].as_array().is_some_and(|c| !c.is_empty()))
            .map(|i| i["id"].as_str().unwrap().to_owned())
            .collect();
        (v["history"].clone(), changed)
    };
    let json = ["report", "--since", "2026-11-10", "--format", "json"];
    let worked = (Value::Bool(true), vec!["JC2-03".into(), "JC3-04".into()]);
    for (k, start) in [&fixture, &only_whole].into_iter().enumerate() {
        std::fs::write(&ledger, start).unwrap();
        repo.git(&["add", "."]);
        repo.commit(&format!("2026-11-0{}T10:00:00", 5 + k), "the start");
        std::fs::write(&ledger, &fixture).unwrap();
        ok(&["set", "JC3-04", "status=done"]);
        ok(&["set", "JC2-03", "due=2026-12-15"]);
        assert_eq!(minutes(&ok(&json)), worked, "start {k}");
        repo.git(&["checkout", "-q", "--", "."]);
    }
    let md = ok(&["report", "--since", "2026-11-01"]);
    assert!(
        md.contains("Changes are counted from the ledger's first commit, on November 5, 2026"),
        "{md}"
    );
    let alone = sb.path("alone.json");
    std::fs::copy(&ledger, &alone).unwrap();
    let out = sb.cmd().arg("-f").arg(&alone).args(json).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(minutes(&stdout(&out)), (Value::Bool(false), vec![]));
}
