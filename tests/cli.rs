//! The command line on real files: listing, showing, editing, creating, and
//! the small diffs every edit must leave.

mod common;
use common::*;

fn read(p: &std::path::Path) -> String {
    std::fs::read_to_string(p).unwrap()
}

#[test]
fn list_is_aligned_with_wide_characters() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    // A Hangul owner and an accented workstream on one item.
    let out = sb.run(&[
        "-f",
        path.to_str().unwrap(),
        "set",
        "JC2-05",
        "owners+=한정화",
        "workstream=Consultoría",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = sb.run(&["-f", path.to_str().unwrap(), "list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 19, "header and 18 items:\n{text}");
    // Every row's TITLE column starts at the same display column as the header's.
    let col = |line: &str, at: &str| followup::base::text::width(&line[..line.find(at).unwrap()]);
    let title_col = col(lines[0], "TITLE");
    let hangul = lines
        .iter()
        .find(|l| l.contains("한정화"))
        .expect("row with Hangul owner");
    assert!(hangul.contains("Consultoría"));
    assert_eq!(
        col(hangul, "Korean expert consulting"),
        title_col,
        "\n{text}"
    );
    let wr = lines.iter().find(|l| l.starts_with("JC3-03")).unwrap();
    assert_eq!(col(wr, "Launch B2B"), title_col, "\n{text}");
    // Sorted by deadline: the overdue JC3-04 (due 2026-11-13) comes first, closed items last.
    assert!(
        lines[1].starts_with("JC3-04") && lines[1].contains("(10d late) ↻1"),
        "{}",
        lines[1]
    );
    assert!(lines[18].contains("done") || lines[18].contains("dropped"));
    assert_eq!(
        stderr(&out).trim(),
        "18 items, 3 overdue, 4 due within 7 days"
    );
}

#[test]
fn list_filters_combine() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let ids = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["-f", path.to_str().unwrap(), "list", "--json"];
        a.extend(args);
        let out = sb.run(&a);
        assert!(out.status.success(), "{}", stderr(&out));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v.as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(ids(&["--overdue"]), ["JC3-04", "JC2-03", "JC2-09"]);
    assert_eq!(
        ids(&["--due-within", "7d"]),
        ["JC2-05", "JC2-11", "JC2-01", "JC2-08"]
    );
    assert_eq!(ids(&["--owner", "kia", "--status", "blocked"]), ["JC3-02"]);
    assert_eq!(
        ids(&["--workstream", "e-commerce", "--sort", "id"]),
        ["JC2-06", "JC2-07", "JC3-03"]
    );
    assert_eq!(ids(&["--status", "done", "--status", "dropped"]).len(), 6);
}

#[test]
fn list_json_is_the_canonical_item_form() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let out = sb.run(&[
        "-f",
        path.to_str().unwrap(),
        "list",
        "--json",
        "--sort",
        "id",
        "--workstream",
        "E-commerce",
    ]);
    let items: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let jc303 = &items[2];
    assert_eq!(jc303["id"], "JC3-03");
    assert_eq!(
        jc303["budget_usd"], 250000,
        "unknown fields are part of the output"
    );
    let keys: Vec<&String> = jc303.as_object().unwrap().keys().collect();
    assert_eq!(keys.first().map(|s| s.as_str()), Some("id"));
    assert_eq!(keys.last().map(|s| s.as_str()), Some("budget_usd"));
}

#[test]
fn show_prints_every_field_and_notes_newest_first() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let out = sb.run(&["-f", path.to_str().unwrap(), "show", "JC2-01"]);
    let text = stdout(&out);
    assert!(text.contains("due:        2026-11-27 (in 4d)"), "{text}");
    assert!(text.contains("agreed due: 2016-06-30"), "{text}");
    assert!(
        text.contains("moved:      2 times: 2016-06-30 → 2026-09-30 → 2026-11-27"),
        "{text}"
    );
    assert!(
        text.contains("meeting:    JC2, Second Joint Committee, Seoul, 2015-06-17 (11y ago)"),
        "{text}"
    );
    let newest = text.find("2026-11-20 secretariat").unwrap();
    let oldest = text.find("2015-06-17 secretariat").unwrap();
    assert!(newest < oldest, "{text}");
    let out = sb.run(&["-f", path.to_str().unwrap(), "show", "JC3-03"]);
    assert!(
        stdout(&out).contains("budget_usd: 250000"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn set_status_changes_two_lines() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let before = read(&path);
    let out = sb.run(&["-f", path.to_str().unwrap(), "set", "JC2-01", "status=done"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "JC2-01: in progress → done");
    let (removed, added) = changed_lines(&before, &read(&path));
    assert_eq!(
        removed,
        [
            "      \"status\": \"in-progress\",",
            "      \"updated\": \"2026-11-20\","
        ]
    );
    assert_eq!(
        added,
        [
            "      \"status\": \"done\",",
            "      \"updated\": \"2026-11-23\","
        ]
    );
}

#[test]
fn moving_a_deadline_keeps_the_old_one() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let p = path.to_str().unwrap();
    let out = sb.run(&["-f", p, "set", "JC2-11", "due=+2w"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        "JC2-11: due 2026-12-07 (postponed; moved once, first agreed 2026-11-25)"
    );
    let out = sb.run(&["-f", p, "set", "JC2-11", "due=fri"]);
    assert!(
        stdout(&out).contains("moved 2 times, first agreed 2026-11-25"),
        "{}",
        stdout(&out)
    );
    let l = followup::ledger::Store::new(&path).load().unwrap().ledger;
    let it = l.item("JC2-11").unwrap();
    assert_eq!(
        it.due.map(followup::base::dates::format_date).as_deref(),
        Some("2026-11-27")
    );
    let hist: Vec<String> = it
        .due_history
        .iter()
        .map(|d| followup::base::dates::format_date(*d))
        .collect();
    assert_eq!(hist, ["2026-11-25", "2026-12-07"]);
    // Setting the same deadline again is not a slip.
    sb.run(&["-f", p, "set", "JC2-11", "due=2026-11-27"]);
    let l = followup::ledger::Store::new(&path).load().unwrap().ledger;
    assert_eq!(l.item("JC2-11").unwrap().due_history.len(), 2);
}

#[test]
fn a_note_adds_only_its_lines_and_updated() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let before = read(&path);
    let out = sb.run(&[
        "-f",
        path.to_str().unwrap(),
        "note",
        "JC2-09",
        "OECD confirmed the questionnaire 📋",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let after = read(&path);
    let (removed, added) = changed_lines(&before, &after);
    assert_eq!(removed, ["      \"updated\": \"2026-11-20\","]);
    assert!(
        added.contains(&"      \"updated\": \"2026-11-23\",".to_owned()),
        "{added:?}"
    );
    assert!(
        added.iter().any(|l| l.contains("\"author\": \"tester\"")),
        "author from $USER: {added:?}"
    );
    assert!(
        added
            .iter()
            .any(|l| l.contains("\"text\": \"OECD confirmed the questionnaire 📋\""))
    );
    assert!(
        added.iter().all(|l| !l.contains("\\u")),
        "UTF-8, not escapes"
    );
    assert!(added.len() <= 8, "{added:?}");
    // Author from the config file beats $USER; --author beats both.
    std::fs::write(sb.path("config.toml"), "author = \"Secretaría INADEM\"\n").unwrap();
    sb.run(&["-f", path.to_str().unwrap(), "note", "JC2-09", "second"]);
    sb.run(&[
        "-f",
        path.to_str().unwrap(),
        "note",
        "JC2-09",
        "third",
        "--author",
        "SMBA desk",
    ]);
    let l = followup::ledger::Store::new(&path).load().unwrap().ledger;
    let authors: Vec<&str> = l
        .item("JC2-09")
        .unwrap()
        .notes
        .iter()
        .rev()
        .take(3)
        .map(|n| n.author.as_str())
        .collect();
    assert_eq!(authors, ["SMBA desk", "Secretaría INADEM", "tester"]);
}

#[test]
fn add_proposes_the_next_id_of_the_meeting() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let p = path.to_str().unwrap();
    let out = sb.run(&[
        "-f",
        p,
        "add",
        "--title",
        "Invite Kia suppliers to the 2027 session",
        "--meeting",
        "JC3",
        "--owner",
        "INADEM",
        "--owner",
        "Kia Motors México",
        "--due",
        "+2w",
        "--workstream",
        "Kia supplier integration",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "added JC3-05");
    let l = followup::ledger::Store::new(&path).load().unwrap().ledger;
    let it = l.items.last().unwrap();
    assert_eq!(it.id, "JC3-05");
    assert_eq!(it.owners, ["INADEM", "Kia Motors México"]);
    let jc3 = l.meeting("JC3").and_then(|m| m.date);
    assert_eq!(it.opened, jc3, "opened the day of the meeting");
    assert_eq!(
        it.due.map(followup::base::dates::format_date).as_deref(),
        Some("2026-12-07")
    );
}

#[test]
fn unknown_fields_survive_edits() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let p = path.to_str().unwrap();
    for args in [
        vec![
            "-f",
            p,
            "set",
            "JC3-03",
            "status=blocked",
            "owners-=SMBA",
            "tags+=pilot",
        ],
        vec!["-f", p, "note", "JC3-03", "budget confirmed"],
        vec!["-f", p, "add", "--title", "New"],
        vec!["fmt", p],
    ] {
        let out = sb.run(&args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
    let v: serde_json::Value = serde_json::from_str(&read(&path)).unwrap();
    assert_eq!(v["x_source"], "seed 000");
    let jc303 = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "JC3-03")
        .unwrap();
    assert_eq!(jc303["budget_usd"], 250000);
    assert_eq!(jc303["owners"], serde_json::json!(["INADEM"]));
}

#[test]
fn fixtures_are_canonical_and_check_says_so() {
    let sb = Sandbox::new();
    for f in [
        "korea-mexico-sme.json",
        "partnership-plus-week-2025.json",
        "sela-export-consortiums.json",
        "apec-supply-chains-2025.json",
        "korea-celac-eclac.json",
    ] {
        let path = sb.fixture(f);
        let out = sb.run(&["fmt", "--check", path.to_str().unwrap()]);
        assert!(
            out.status.success(),
            "{f}: {}{}",
            stdout(&out),
            stderr(&out)
        );
        let out = sb.run(&["check", path.to_str().unwrap()]);
        assert!(stdout(&out).contains(": ok, "), "{}", stdout(&out));
        assert!(!stdout(&out).contains("not in canonical form"));
    }
}

#[test]
fn fmt_rewrites_a_hand_edited_file_canonically() {
    let sb = Sandbox::new();
    let path = sb.path("l.json");
    std::fs::write(&path, r#"{"items":[{"status":"open","title":"Relanzar el comercio electr\u00f3nico","id":"X-1","extra":[1,2]}],"format":"followup/1"}"#).unwrap();
    let out = sb.run(&["fmt", "--check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("not in canonical form"));
    let out = sb.run(&["fmt", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        read(&path),
        "{\n  \"format\": \"followup/1\",\n  \"items\": [\n    {\n      \"id\": \"X-1\",\n      \"title\": \"Relanzar el comercio electrónico\",\n      \"status\": \"open\",\n      \"extra\": [\n        1,\n        2\n      ]\n    }\n  ]\n}\n"
    );
}

#[test]
fn init_creates_and_refuses_to_overwrite() {
    let sb = Sandbox::new();
    let path = sb.path("new/ledger.json");
    let out = sb.run(&[
        "init",
        path.to_str().unwrap(),
        "--committee",
        "Korea–CELAC cooperation",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        read(&path),
        "{\n  \"format\": \"followup/1\",\n  \"committee\": {\n    \"name\": \"Korea–CELAC cooperation\"\n  },\n  \"items\": []\n}\n"
    );
    let out = sb.run(&["init", path.to_str().unwrap(), "--sample"]);
    assert_eq!(out.status.code(), Some(1), "a usage error");
    let named = sb.path("named.json");
    sb.run(&[
        "init",
        named.to_str().unwrap(),
        "--sample",
        "--committee",
        "Chile–Korea FTA Committee",
    ]);
    assert!(read(&named).contains("\"name\": \"Chile–Korea FTA Committee\""));
    assert!(stderr(&out).contains("already exists; nothing was written"));
    let sample = sb.path("sample.json");
    assert!(
        sb.run(&["init", sample.to_str().unwrap(), "--sample"])
            .status
            .success()
    );
    assert_eq!(
        read(&sample),
        read(&fixtures().join("korea-mexico-sme.json"))
    );
}

#[test]
fn ledger_path_resolution_order() {
    let sb = Sandbox::new();
    let a = sb.fixture("korea-mexico-sme.json");
    let b = sb.fixture("sela-export-consortiums.json");
    let count = |o: std::process::Output| stderr(&o).split(' ').next().unwrap().to_owned();
    // Default: created from the embedded sample in the data dir, and said so.
    let out = sb.run(&["list"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let default = sb.path("home/.local/share/followup/ledger.json");
    assert!(stderr(&out).contains(&format!("created a sample ledger at {}", default.display())));
    assert_eq!(read(&default), read(&a));
    // The config file's `ledger` beats the default.
    std::fs::write(
        sb.path("config.toml"),
        format!("ledger = {:?}\n", b.to_str().unwrap()),
    )
    .unwrap();
    assert_eq!(count(sb.run(&["list"])), "10");
    // $FOLLOWUP_LEDGER beats the config.
    let out = sb
        .cmd()
        .env("FOLLOWUP_LEDGER", &a)
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(count(out), "18");
    // -f beats everything.
    let out = sb
        .cmd()
        .env("FOLLOWUP_LEDGER", &a)
        .args(["-f", b.to_str().unwrap(), "list"])
        .output()
        .unwrap();
    assert_eq!(count(out), "10");
}

#[test]
fn help_documents_commands_and_exit_codes() {
    let sb = Sandbox::new();
    let out = sb.run(&["--help"]);
    assert!(out.status.success());
    let text = stdout(&out);
    for word in [
        "init",
        "check",
        "fmt",
        "list",
        "show",
        "add",
        "set",
        "note",
        "Exit codes: 0 success, 1",
        "FOLLOWUP_TODAY",
    ] {
        assert!(text.contains(word), "missing {word} in:\n{text}");
    }
}

#[test]
fn owners_with_commas_stay_whole() {
    let sb = Sandbox::new();
    let path = sb.fixture("apec-supply-chains-2025.json");
    let p = path.to_str().unwrap();
    let owners = |sb: &Sandbox| -> Vec<String> {
        let out = sb.run(&["-f", p, "show", "SC-01", "--json"]);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["owners"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o.as_str().unwrap().to_owned())
            .collect()
    };
    let before = owners(&sb);
    assert!(
        before.contains(&"Ministry of Trade, Industry and Energy".to_owned()),
        "{before:?}"
    );
    let out = sb.run(&[
        "-f",
        p,
        "set",
        "SC-01",
        "owners+=KOTRA, Ministry of Trade, Industry and Energy",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        owners(&sb),
        [before.clone(), vec!["KOTRA".to_owned()]].concat()
    );
    let out = sb.run(&["-f", p, "set", "SC-01", "owners-=Industry and Energy"]);
    assert_eq!(out.status.code(), Some(1), "not an owner: refused");
    let out = sb.run(&[
        "-f",
        p,
        "set",
        "SC-01",
        "owners-=Ministry of Trade, Industry and Energy",
    ]);
    assert_eq!(
        stdout(&out).trim(),
        "SC-01: owners Secretaría de Economía, KOTRA"
    );
    assert!(!owners(&sb).iter().any(|o| o.contains("Industry")));
}

#[test]
fn a_change_that_changes_nothing_writes_nothing() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let before = read(&path);
    let out = sb.run(&[
        "-f",
        path.to_str().unwrap(),
        "set",
        "JC2-01",
        "status=in-progress",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "JC2-01: nothing changed");
    assert_eq!(read(&path), before, "not even `updated` moves");
}

#[test]
fn clearing_a_deadline_says_so_and_keeps_it() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let out = sb.run(&["-f", path.to_str().unwrap(), "set", "JC2-11", "due="]);
    assert_eq!(
        stdout(&out).trim(),
        "JC2-11: deadline cleared (was 2026-11-25)"
    );
    let l = followup::ledger::Store::new(&path).load().unwrap().ledger;
    assert_eq!(
        l.item("JC2-11")
            .unwrap()
            .original_due()
            .map(followup::base::dates::format_date)
            .as_deref(),
        Some("2026-11-25")
    );
}

#[test]
fn meetings_are_added_then_named_by_items() {
    let sb = Sandbox::new();
    let path = sb.path("new.json");
    let p = path.to_str().unwrap();
    assert!(
        sb.run(&[
            "init",
            p,
            "--committee",
            "Korea–Mexico Joint Committee on SME Development"
        ])
        .status
        .success()
    );
    let out = sb.run(&[
        "-f",
        p,
        "meeting",
        "JC4",
        "--date",
        "2027-03-10",
        "--title",
        "Fourth Joint Committee",
        "--place",
        "Seúl",
    ]);
    assert_eq!(stdout(&out).trim(), "meeting JC4 added");
    let out = sb.run(&[
        "-f",
        p,
        "add",
        "--title",
        "Renew the SMBA liaison posting",
        "--meeting",
        "JC4",
        "--due",
        "-1d",
    ]);
    assert_eq!(stdout(&out).trim(), "added JC4-01", "{}", stderr(&out));
    let out = sb.run(&["-f", p, "show", "JC4-01"]);
    assert!(
        stdout(&out).contains("meeting:    JC4, Fourth Joint Committee, Seúl, 2027-03-10"),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("due:        2026-11-22 (1d late)"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn multi_line_notes_stay_indented_in_show() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    sb.run(&[
        "-f",
        path.to_str().unwrap(),
        "note",
        "JC2-01",
        "Line one\nLine two",
    ]);
    let out = sb.run(&["-f", path.to_str().unwrap(), "show", "JC2-01"]);
    assert!(
        stdout(&out)
            .contains("  4. 2026-11-23 tester: Line one\n                        Line two\n"),
        "{}",
        stdout(&out)
    );
}

/// Output that does not end a line reaches the reader whole: the process
/// ends only once what it printed is flushed (`base::process::end`).
#[test]
fn the_last_line_printed_reaches_the_reader_even_unfinished() {
    let sb = Sandbox::new();
    // What git hands `textconv` that is not a ledger is shown as it is.
    let half = sb.path("half.json");
    std::fs::write(&half, "{\"format\": \"followup/1\", \"items\": [").unwrap();
    let out = sb.run(&["textconv", half.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "{\"format\": \"followup/1\", \"items\": [");
}

/// git's textconv of a ledger large enough to be read on two threads: a
/// line per item, in the file's order, and its text shown visibly.
#[test]
fn textconv_of_a_large_ledger_gives_a_line_per_item_in_order() {
    let sb = Sandbox::new();
    // Over 4,096 items: the later half's lines are made on a second thread.
    let mut l = followup::synthetic::ledger(5_000, followup::synthetic::demo_today());
    l.items[1_000].title = "Hostile\x1b]0;pwned\x07 title".into();
    l.items[4_000].title = "Hostile\u{202e} too".into();
    let path = sb.path("big.json");
    std::fs::write(&path, followup::ledger::canonical_json(&l)).unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() > 512 * 1024);
    let out = sb.run(&["textconv", path.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let items: Vec<&str> = text.lines().filter(|line| line.starts_with("S-")).collect();
    assert_eq!(items.len(), l.items.len(), "{text:.2000}");
    for (line, item) in items.iter().zip(&l.items) {
        assert!(line.starts_with(&format!("{} [", item.id)), "{line}");
    }
    assert!(
        items[1_000].contains(r"Hostile\e]0;pwned\a title"),
        "{}",
        items[1_000]
    );
    assert!(
        items[4_000].contains(r"Hostile\u{202e} too"),
        "{}",
        items[4_000]
    );
}
