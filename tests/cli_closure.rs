//! Closure both parties agree to, on the command line: `confirm`, `reopen`,
//! and what `show` and `list` say of an item's closure.

mod common;

use common::{Sandbox, assert_loads, stderr, stdout};
use std::path::PathBuf;

const MX: &str = "INADEM (Mexico)";
const KR: &str = "SMBA (Korea)";

/// The Korea–Mexico ledger with `committee.closure = "both"`.
fn both(sb: &Sandbox) -> PathBuf {
    let path = sb.fixture("korea-mexico-sme.json");
    let mut l: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    l["committee"]["closure"] = "both".into();
    std::fs::write(&path, serde_json::to_vec_pretty(&l).unwrap()).unwrap();
    path
}

fn run(sb: &Sandbox, ledger: &PathBuf, now: &str, args: &[&str]) -> std::process::Output {
    sb.cmd()
        .env("FOLLOWUP_NOW", now)
        .arg("-f")
        .arg(ledger)
        .args(args)
        .output()
        .unwrap()
}

fn ok(sb: &Sandbox, ledger: &PathBuf, now: &str, args: &[&str]) -> String {
    let out = run(sb, ledger, now, args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

#[test]
fn one_party_closes_the_other_confirms_and_show_and_list_say_so() {
    let sb = Sandbox::new();
    let l = both(&sb);
    let mx_evening = "2026-11-23T18:05:00-06:00";
    ok(
        &sb,
        &l,
        mx_evening,
        &["--party", MX, "set", "JC2-03", "status=done"],
    );
    let list = ok(&sb, &l, mx_evening, &["list", "--status", "done", "--wide"]);
    let row = list.lines().find(|r| r.starts_with("JC2-03")).unwrap();
    assert!(
        row.contains("●? done — awaiting confirmation by SMBA (Korea)"),
        "{row}"
    );
    let show = ok(&sb, &l, mx_evening, &["show", "JC2-03"]);
    assert!(show.contains("status:     ●? done"), "{show}");
    assert!(
        show.contains("closure:    awaiting confirmation by SMBA (Korea)"),
        "{show}"
    );
    assert!(
        show.contains(
            "closed:     done · tester for INADEM (Mexico) · 2026-11-23 18:05 Mexico City"
        ),
        "{show}"
    );

    // The party that closed cannot confirm its own closure.
    let own = run(&sb, &l, mx_evening, &["--party", MX, "confirm", "JC2-03"]);
    assert_eq!(own.status.code(), Some(1));
    assert!(
        stderr(&own).contains("the other party confirms it"),
        "{}",
        stderr(&own)
    );

    let seoul_morning = "2026-11-24T09:30:00+09:00";
    let said = ok(
        &sb,
        &l,
        seoul_morning,
        &["--party", KR, "confirm", "JC2-03"],
    );
    assert_eq!(said.trim(), "JC2-03: closure confirmed for SMBA (Korea)");
    let show = ok(&sb, &l, seoul_morning, &["show", "JC2-03"]);
    assert!(
        show.contains("closure:    confirmed by SMBA (Korea)"),
        "{show}"
    );
    assert!(
        show.contains("confirmed:  tester for SMBA (Korea) · 2026-11-24 09:30 Seoul"),
        "{show}"
    );
    // Nothing is awaited any more.
    let again = run(
        &sb,
        &l,
        seoul_morning,
        &["--party", KR, "confirm", "JC2-03"],
    );
    assert!(
        stderr(&again).contains("awaits no confirmation"),
        "{}",
        stderr(&again)
    );
    assert_loads(&l);
}

#[test]
fn the_other_party_reopens_with_a_note_and_the_history_keeps_every_word() {
    let sb = Sandbox::new();
    let l = both(&sb);
    ok(
        &sb,
        &l,
        "2026-11-23T18:05:00-06:00",
        &["--party", MX, "set", "JC2-03", "status=done"],
    );
    let said = ok(
        &sb,
        &l,
        "2026-11-24T10:00:00+09:00",
        &[
            "--party",
            KR,
            "--lang",
            "es",
            "reopen",
            "JC2-03",
            "Faltan los certificados de calidad.",
        ],
    );
    assert!(said.contains("JC2-03"), "{said}");
    let show = ok(
        &sb,
        &l,
        "2026-11-24T10:00:00+09:00",
        &["--lang", "es", "show", "JC2-03"],
    );
    assert!(show.contains("○ pendiente"), "{show}");
    assert!(show.contains("cerrado:"), "{show}");
    assert!(show.contains("reabierto:"), "{show}");
    assert!(
        show.contains("Faltan los certificados de calidad."),
        "{show}"
    );
    let ledger = assert_loads(&l);
    let item = ledger.item("JC2-03").unwrap();
    assert_eq!(item.closure.len(), 2);
    assert_eq!(item.closure[1].party, KR);

    // A reopening needs a note, and a closed item.
    let empty = run(
        &sb,
        &l,
        "2026-11-24T10:00:00+09:00",
        &["--party", KR, "reopen", "JC2-05", " "],
    );
    assert_eq!(empty.status.code(), Some(1));
    let open = run(
        &sb,
        &l,
        "2026-11-24T10:00:00+09:00",
        &["--party", KR, "reopen", "JC2-03", "why"],
    );
    assert!(
        stderr(&open).contains("nothing to reopen"),
        "{}",
        stderr(&open)
    );
}

#[test]
fn a_closure_without_a_party_or_with_a_stranger_is_refused_and_writes_nothing() {
    let sb = Sandbox::new();
    let l = both(&sb);
    let before = std::fs::read(&l).unwrap();
    let none = run(
        &sb,
        &l,
        "2026-11-23T12:00:00Z",
        &["set", "JC2-03", "status=done"],
    );
    assert_eq!(none.status.code(), Some(1));
    assert!(
        stderr(&none).contains("say which party you speak for"),
        "{}",
        stderr(&none)
    );
    let stranger = run(
        &sb,
        &l,
        "2026-11-23T12:00:00Z",
        &["--party", "KOTRA", "set", "JC2-03", "status=done"],
    );
    assert!(
        stderr(&stranger).contains("is not a party of this committee"),
        "{}",
        stderr(&stranger)
    );
    assert_eq!(std::fs::read(&l).unwrap(), before);
}

#[test]
fn the_party_in_config_toml_speaks_and_the_help_names_both_commands() {
    let sb = Sandbox::new();
    let l = both(&sb);
    std::fs::write(
        sb.path("config.toml"),
        "party = \"SMBA (Korea)\"\nauthor = \"Kim Min-ji\"\n",
    )
    .unwrap();
    ok(
        &sb,
        &l,
        "2026-11-23T18:05:00-06:00",
        &["--party", MX, "set", "JC2-03", "status=dropped"],
    );
    ok(&sb, &l, "2026-11-24T09:30:00+09:00", &["confirm", "JC2-03"]);
    let show = ok(
        &sb,
        &l,
        "2026-11-24T09:30:00+09:00",
        &["--lang", "ko", "show", "JC2-03"],
    );
    assert!(show.contains("SMBA (Korea) 측 종결 확인"), "{show}");
    assert!(
        show.contains("Kim Min-ji (SMBA (Korea) 측) · 2026-11-24 09:30 서울"),
        "{show}"
    );
    for lang in ["en", "es", "ko"] {
        let help = ok(
            &sb,
            &l,
            "2026-11-24T09:30:00+09:00",
            &["--lang", lang, "--help"],
        );
        assert!(
            help.contains("confirm") && help.contains("reopen"),
            "{help}"
        );
    }
}

#[test]
fn the_reminder_of_the_awaited_party_asks_it_to_confirm() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme-directory.json");
    let mut l: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    l["committee"]["closure"] = "both".into();
    std::fs::write(&path, serde_json::to_vec_pretty(&l).unwrap()).unwrap();
    // Closed again by INADEM, JC1-01 awaits Seoul's word.
    ok(
        &sb,
        &path,
        "2026-11-23T18:05:00-06:00",
        &[
            "--party",
            MX,
            "reopen",
            "JC1-01",
            "The SMBA copy of the minutes never arrived",
        ],
    );
    ok(
        &sb,
        &path,
        "2026-11-23T18:06:00-06:00",
        &["--party", MX, "set", "JC1-01", "status=done"],
    );
    let said = ok(
        &sb,
        &path,
        "2026-11-23T18:06:00-06:00",
        &["remind", "--dry-run"],
    );
    let smba = said
        .lines()
        .find(|l| l.starts_with("중소기업청 SMBA"))
        .unwrap();
    assert!(smba.contains("JC1-01"), "{said}");
    let inadem = said.lines().find(|l| l.starts_with("INADEM")).unwrap();
    assert!(!inadem.contains("JC1-01"), "{said}");
    std::fs::write(
        sb.path("config.toml"),
        "from = \"secretariat@inadem.example.org\"\n",
    )
    .unwrap();
    let out = sb.path("out");
    let out_s = out.to_str().unwrap();
    ok(
        &sb,
        &path,
        "2026-11-23T18:06:00-06:00",
        &["remind", "--owner", "SMBA", "--out", out_s],
    );
    let eml = std::fs::read_dir(&out)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let body = mail_body(&std::fs::read(eml).unwrap());
    assert!(body.contains("[JC1-01]"), "{body}");
    assert!(body.contains("종결 확인 대기"), "{body}");
    assert!(body.contains("followup confirm JC1-01"), "{body}");
}

/// The plain-text body of a draft.
fn mail_body(mail: &[u8]) -> String {
    let m = mail_parser::MessageParser::default().parse(mail).unwrap();
    m.body_text(0).unwrap().into_owned()
}

#[test]
fn the_bilingual_minutes_say_the_closures_in_both_languages() {
    let sb = Sandbox::new();
    let l = both(&sb);
    let mx = "2026-11-23T18:05:00-06:00";
    ok(
        &sb,
        &l,
        mx,
        &["--party", MX, "set", "JC2-03", "status=done"],
    );
    ok(
        &sb,
        &l,
        mx,
        &["--party", MX, "set", "JC2-01", "status=done"],
    );
    let seoul = "2026-11-24T09:30:00+09:00";
    ok(&sb, &l, seoul, &["--party", KR, "confirm", "JC2-03"]);
    let md = ok(
        &sb,
        &l,
        seoul,
        &["report", "--bilingual", "es,ko", "--format", "markdown"],
    );
    assert!(
        md.contains("## Cierres confirmados en el periodo · 기간 중 종결"),
        "{md}"
    );
    assert!(md.contains("## Pendientes de confirmación · "), "{md}");
    let section = &md[md.find("## Cierres confirmados").unwrap()..];
    let confirmed = section.lines().find(|r| r.contains("**JC2-03**")).unwrap();
    assert!(
        confirmed.starts_with('|') && confirmed.contains("SMBA (Korea)"),
        "{confirmed}"
    );
    let html = ok(
        &sb,
        &l,
        seoul,
        &["report", "--bilingual", "es,ko", "--format", "html"],
    );
    assert!(html.contains("기간 중 종결"), "the HTML too");
    assert!(html.contains("Pendientes de confirmación"));
}
