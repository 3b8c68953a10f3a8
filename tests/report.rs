//! The minutes as Markdown, CSV and JSON: each language's Markdown checked
//! whole, `--lang` over the user's own language, translated CSV headers over
//! canonical values, and JSON the same in every language.

mod common;
mod report_support;
use common::*;
use report_support::History;

fn minutes(sb: &Sandbox, args: &[&str]) -> String {
    let path = sb.path("korea-mexico-sme.json");
    if !path.exists() {
        sb.fixture("korea-mexico-sme.json");
    }
    let mut all = vec!["-f", path.to_str().unwrap(), "report"];
    all.extend(args);
    let out = sb.run(&all);
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn markdown_minutes_of_the_korea_mexico_ledger() {
    insta::assert_snapshot!(minutes(&Sandbox::new(), &[]));
}

#[test]
fn markdown_minutes_in_spanish() {
    insta::assert_snapshot!(minutes(&Sandbox::new(), &["--lang", "es"]));
}

#[test]
fn markdown_minutes_in_korean() {
    insta::assert_snapshot!(minutes(&Sandbox::new(), &["--lang", "ko"]));
}

#[test]
fn markdown_minutes_with_git_history_in_each_language() {
    let h = History::with_two_weeks_of_work();
    let en = h.ok(&["report", "--since", "2026-11-10"]);
    assert!(en.contains("  - status: in progress → done\n"), "{en}");
    assert!(
        en.contains("  - due: 2026-11-16 → 2026-12-15 (29 days later)\n"),
        "{en}"
    );
    assert!(!en.contains("no git history"), "{en}");
    let es = h.ok(&["--lang", "es", "report", "--since", "2026-11-10"]);
    assert!(es.contains("  - estado: en curso → concluido\n"), "{es}");
    assert!(
        es.contains("  - fecha límite: 2026-11-16 → 2026-12-15 (29 días después)\n"),
        "{es}"
    );
    let ko = h.ok(&["--lang", "ko", "report", "--since", "2026-11-10"]);
    assert!(ko.contains("  - 상태: 진행 중 → 완료\n"), "{ko}");
    assert!(
        ko.contains("  - 기한: 2026-11-16 → 2026-12-15(29일 연기)\n"),
        "{ko}"
    );
    // Before the first commit: changes are counted from it, and the minutes say so.
    let early = h.ok(&["report", "--since", "2026-11-01"]);
    assert!(
        early.contains("_Changes are counted from the ledger's first commit, on 2026-11-05._"),
        "{early}"
    );
}

#[test]
fn lang_beats_the_users_language() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let run = |extra: &[&str]| {
        let mut c = sb.cmd();
        c.env("LANG", "es_MX.UTF-8")
            .args(["-f", path.to_str().unwrap(), "report"])
            .args(extra);
        stdout(&c.output().unwrap())
    };
    assert!(
        run(&[]).starts_with("# Minuta de seguimiento de acuerdos: Korea–Mexico"),
        "the user's language by default"
    );
    let ko = run(&["--lang", "ko"]);
    assert!(
        ko.starts_with("# 후속 조치 점검 회의록: Korea–Mexico"),
        "{ko}"
    );
    assert!(run(&["--lang", "en"]).starts_with("# Follow-up report: "));
}

#[test]
fn csv_headers_follow_the_language_and_values_stay_canonical() {
    let sb = Sandbox::new();
    let en = minutes(&sb, &["--format", "csv"]);
    let es = minutes(&sb, &["--format", "csv", "--lang", "es"]);
    let ko = minutes(&sb, &["--format", "csv", "--lang", "ko"]);
    let head = |s: &str| s.lines().next().unwrap().to_owned();
    assert_eq!(
        head(&en),
        "id,title,workstream,status,owners,due,relative,slips,meeting,updated,changes,new_notes"
    );
    assert!(
        head(&es).starts_with("id,acuerdo,eje_de_trabajo,estado,"),
        "{es}"
    );
    assert!(head(&ko).starts_with("번호,과제,분야,상태,"), "{ko}");
    let rows = |s: &str| {
        let mut r = csv::Reader::from_reader(s.as_bytes());
        r.records().map(Result::unwrap).collect::<Vec<_>>()
    };
    let (en, es, ko) = (rows(&en), rows(&es), rows(&ko));
    assert_eq!(en.len(), 18);
    for ((e, s), k) in en.iter().zip(&es).zip(&ko) {
        // Ids, titles, statuses, dates and counts as the file writes them.
        for col in [0, 1, 2, 3, 4, 5, 7, 8, 9] {
            assert_eq!(e.get(col), s.get(col), "column {col}");
            assert_eq!(e.get(col), k.get(col), "column {col}");
        }
    }
    let jc304 = |rows: &[csv::StringRecord]| {
        let r = rows.iter().find(|r| &r[0] == "JC3-04").unwrap();
        (r[3].to_owned(), r[6].to_owned())
    };
    assert_eq!(jc304(&en), ("in-progress".into(), "10d late".into()));
    assert_eq!(
        jc304(&es),
        ("in-progress".into(), "10 días de atraso".into())
    );
    assert_eq!(jc304(&ko), ("in-progress".into(), "10일 지연".into()));
}

#[test]
fn json_is_the_same_in_every_language() {
    let h = History::with_two_weeks_of_work();
    let en = h.ok(&["report", "--format", "json", "--since", "2026-11-10"]);
    for lang in ["es", "ko"] {
        let other = h.ok(&[
            "--lang",
            lang,
            "report",
            "--format",
            "json",
            "--since",
            "2026-11-10",
        ]);
        assert_eq!(en, other, "{lang}");
    }
    let v: serde_json::Value = serde_json::from_str(&en).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "committee",
            "since",
            "today",
            "window_days",
            "history",
            "items"
        ]
    );
    let jc304 = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "JC3-04")
        .unwrap();
    assert_eq!(jc304["status"], "done");
    assert_eq!(jc304["changes"][0], "status: in-progress → done");
}
