//! Calendars, reminders and the people of the committee: the ICS feed parses
//! back with a calendar library, drafts parse back as e-mails in each
//! person's language, `--send` delivers through a real SMTP server.

mod common;

use common::smtp::SmtpSink;
use common::{Sandbox, TODAY, stderr, stdout};
use icalendar::{Calendar, Component, DatePerhapsTime};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

const FIXTURE: &str = "korea-mexico-sme-directory.json";

fn date(s: &str) -> chrono::NaiveDate {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The ledger as JSON, to edit in tests.
fn read(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

fn write(path: &Path, v: &Value) {
    std::fs::write(path, serde_json::to_string_pretty(v).unwrap() + "\n").unwrap();
}

fn export_ics(s: &Sandbox, ledger: &Path, extra: &[&str]) -> String {
    let mut args = vec!["-f", ledger.to_str().unwrap(), "export", "--format", "ics"];
    args.extend(extra);
    let o = s.run(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o)
}

/// (uid, summary, start, sequence) of every event.
fn events(text: &str) -> Vec<(String, String, chrono::NaiveDate, u32)> {
    // One calendar, its events written inside it.
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    assert!(text.ends_with("\r\nEND:VCALENDAR\r\n"), "{text}");
    assert_eq!(text.matches("VCALENDAR").count(), 2, "{text}");
    let cal: Calendar = text.parse().expect("the feed parses as iCalendar");
    cal.events()
        .map(|e| {
            let start = match e.get_start() {
                Some(DatePerhapsTime::Date(d)) => d,
                other => panic!("an all-day date, not {other:?}"),
            };
            match e.get_end() {
                Some(DatePerhapsTime::Date(end)) => {
                    assert_eq!(end, start.succ_opt().unwrap(), "DTEND is the day after")
                }
                // The day after 9999-12-31 has no iCalendar form: no DTEND.
                None => assert_eq!(start, date("9999-12-31")),
                other => panic!("an all-day end, not {other:?}"),
            }
            (
                e.get_uid().unwrap().to_owned(),
                e.get_summary().unwrap().to_owned(),
                start,
                e.get_sequence().unwrap(),
            )
        })
        .collect()
}

/// The time zones go between the calendar's own lines and its first event,
/// whatever its name says: a committee named `BEGIN:VEVENT` does not draw
/// them into its name.
#[test]
fn the_time_zones_come_before_the_first_event_whatever_the_calendar_is_called() {
    let s = Sandbox::new();
    let ledger = s.fixture(FIXTURE);
    let mut v = read(&ledger);
    v["committee"]["name"] = json!("BEGIN:VEVENT");
    v["meetings"].as_array_mut().unwrap().push(json!({
        "id": "JC4", "date": "2027-03-10", "time": "10:00", "zone": "Asia/Seoul",
        "title": "Fourth Joint Committee", "place": "Seoul"
    }));
    write(&ledger, &v);
    let text = export_ics(&s, &ledger, &[]);
    let lines: Vec<&str> = text.split("\r\n").collect();
    let at = |line: &str| lines.iter().position(|l| *l == line).expect(line);
    let zone = at("BEGIN:VTIMEZONE");
    assert_eq!(text.matches("BEGIN:VTIMEZONE").count(), 1, "{text}");
    assert!(at("NAME:BEGIN:VEVENT") < zone, "{text}");
    assert!(zone < at("BEGIN:VEVENT"), "{text}");
    assert!(
        text.contains("DTSTART;TZID=Asia/Seoul:20270310T100000\r\n"),
        "{text}"
    );
    let cal: Calendar = text.parse().expect("the feed parses as iCalendar");
    assert!(cal.events().count() > 1);
}

#[test]
fn the_feed_has_one_event_per_open_dated_item_on_its_date() {
    let s = Sandbox::new();
    let ledger = s.fixture(FIXTURE);
    let text = export_ics(&s, &ledger, &[]);
    let got = events(&text);
    let v = read(&ledger);
    let want: Vec<(String, chrono::NaiveDate)> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| !matches!(i["status"].as_str(), Some("done" | "dropped")))
        .filter_map(|i| Some((i["id"].as_str()?.to_owned(), date(i["due"].as_str()?))))
        .collect();
    assert_eq!(got.len(), want.len());
    for ((_, summary, start, _), (id, due)) in got.iter().zip(&want) {
        assert!(summary.starts_with(&format!("[{id}] ")), "{summary}");
        assert_eq!(start, due, "{id}");
    }
    assert!(!text.contains("[JC1-01]"), "done items are left out");
    assert!(!text.contains("[JC2-07]"), "dropped items are left out");
    assert!(
        !text.contains("[JC2-02]"),
        "items without a deadline are left out"
    );
    // Descriptions speak the chosen language.
    let es = export_ics(&s, &ledger, &[]);
    assert!(es.contains("Status: in progress"));
    let o = s.run(&[
        "--lang",
        "es",
        "-f",
        ledger.to_str().unwrap(),
        "export",
        "--format",
        "ics",
    ]);
    assert!(stdout(&o).contains("Estado: en curso"));
}

#[test]
fn uids_are_stable_and_a_moved_deadline_moves_the_same_event() {
    let s = Sandbox::new();
    let ledger = s.fixture(FIXTURE);
    let first = export_ics(&s, &ledger, &[]);
    assert_eq!(
        first,
        export_ics(&s, &ledger, &[]),
        "two exports are identical"
    );
    let before = events(&first);
    let (uid, _, start, seq) = before
        .iter()
        .find(|e| e.1.starts_with("[JC2-03]"))
        .cloned()
        .unwrap();
    assert_eq!(start, date("2026-11-16"));
    let o = s.run(&[
        "-f",
        ledger.to_str().unwrap(),
        "set",
        "JC2-03",
        "due=2026-12-04",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let after = events(&export_ics(&s, &ledger, &[]));
    let moved = after.iter().find(|e| e.0 == uid).expect("same UID");
    assert_eq!(moved.2, date("2026-12-04"));
    assert_eq!(moved.3, seq + 1, "SEQUENCE counts the slips");
    // Other items keep their UIDs.
    let uids = |es: &[(String, String, chrono::NaiveDate, u32)]| {
        es.iter().map(|e| e.0.clone()).collect::<Vec<_>>()
    };
    assert_eq!(uids(&before), uids(&after));
}

#[test]
fn hostile_and_long_hangul_titles_are_escaped_and_folded() {
    let s = Sandbox::new();
    let ledger = s.fixture(FIXTURE);
    let mut v = read(&ledger);
    let long =
        "중소기업 공급망 통합을 위한 한-멕 공동 작업반 보고서 작성, 검토; 그리고 배포 ".repeat(4);
    let hostile = "Kia\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:forged\\;,";
    let items = v["items"].as_array_mut().unwrap();
    items.push(json!({"id": "X-1", "title": long, "status": "open", "due": "2026-12-01"}));
    items.push(
        json!({"id": "X-2", "title": hostile, "status": "blocked", "due": "2026-12-02",
        "notes": [{"date": "2026-11-20", "text": "line one\rline two\u{2028}BEGIN:VALARM"}]}),
    );
    write(&ledger, &v);
    let text = export_ics(&s, &ledger, &[]);
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "a line longer than 75 octets: {line:?}");
        assert!(!line.contains(['\r', '\n']), "a bare line break: {line:?}");
    }
    assert_eq!(
        text.matches("\r\nBEGIN:VEVENT\r\n").count(),
        events(&text).len()
    );
    assert!(!text.contains("\r\nSUMMARY:forged"));
    assert!(!text.contains("\r\nBEGIN:VALARM"));
    let got = events(&text);
    let summary = |id: &str| {
        got.iter()
            .find(|e| e.1.starts_with(&format!("[{id}]")))
            .unwrap()
            .1
            .clone()
    };
    assert_eq!(summary("X-1"), format!("[X-1] {}", long.trim()));
    assert_eq!(
        summary("X-2"),
        "[X-2] Kia END:VEVENT BEGIN:VEVENT SUMMARY:forged\\;,"
    );
}

#[test]
fn the_owner_filter_follows_the_directorys_aliases() {
    let s = Sandbox::new();
    let ledger = s.fixture(FIXTURE);
    let by_alias = events(&export_ics(&s, &ledger, &["--owner", "smba"]));
    let by_name = events(&export_ics(&s, &ledger, &["--owner", "중소기업청 SMBA"]));
    assert_eq!(by_alias, by_name);
    let ids: Vec<&str> = by_alias.iter().map(|e| &e.1[1..7]).collect();
    assert_eq!(ids, ["JC2-01", "JC2-05", "JC2-08", "JC3-01", "JC3-03"]);
    let kia = events(&export_ics(&s, &ledger, &["--owner", "KIA"]));
    let ids: Vec<&str> = kia.iter().map(|e| &e.1[1..7]).collect();
    assert_eq!(ids, ["JC2-03", "JC3-02"]);
}

fn config(s: &Sandbox, extra: &str) {
    std::fs::write(
        s.path("config.toml"),
        format!("from = \"Secretaría Técnica <secretaria@example.org>\"\n{extra}"),
    )
    .unwrap();
}

fn drafts(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

#[test]
fn drafts_parse_back_in_each_persons_language() {
    let s = Sandbox::new();
    config(&s, "");
    let ledger = s.fixture(FIXTURE);
    let out = s.path("drafts");
    let o = s.run(&[
        "-f",
        ledger.to_str().unwrap(),
        "remind",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("OECD: no address: add one with `followup person \"OECD\" --email …`")
    );
    // Drafts written to a folder are counted as written, never as sent.
    assert!(
        stdout(&o).contains("3 drafts written, 0 failed, 1 without an address"),
        "{}",
        stdout(&o)
    );
    let files = drafts(&out);
    let names: Vec<String> = files
        .iter()
        .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "01-중소기업청-smba.eml",
            "02-inadem.eml",
            "03-kia-motors-méxico.eml"
        ]
    );
    let parser = mail_parser::MessageParser::default();
    let parsed: Vec<_> = files
        .iter()
        .map(|(_, b)| parser.parse(b).expect("an e-mail"))
        .collect();
    let to = |m: &mail_parser::Message| {
        m.to()
            .unwrap()
            .first()
            .unwrap()
            .address()
            .unwrap()
            .to_owned()
    };
    // Korean for SMBA.
    let ko = &parsed[0];
    assert_eq!(to(ko), "mexico.desk@smba.example.com");
    assert_eq!(
        ko.subject().unwrap(),
        "[한·멕시코 중소기업 발전 공동위원회] 과제 3건 진행 상황 확인 요청"
    );
    assert_eq!(ko.header_raw("X-Unsent").map(str::trim), Some("1"));
    let body = ko.body_text(0).unwrap();
    assert!(body.starts_with("중소기업청 SMBA 담당자님께"), "{body}");
    for id in ["[JC2-05]", "[JC2-01]", "[JC2-08]"] {
        assert!(body.contains(id), "{id} in {body}");
    }
    assert!(body.contains("기한: 2026년 11월 27일 (4일 후)"), "{body}");
    assert!(body.contains("2026년 11월 23일 기준으로"), "{body}");
    assert!(
        body.contains("↻ 기한 변경 2회 (최초 합의 기한: 2016년 6월 30일)"),
        "{body}"
    );
    assert!(!body.contains("2026-"), "formal dates only: {body}");
    assert!(body.contains("회신해 주시기 바랍니다"), "{body}");
    // Spanish for INADEM, with the overdue and blocked items.
    let es = &parsed[1];
    assert_eq!(to(es), "enlace.corea@inadem.example.org");
    assert_eq!(
        es.subject().unwrap(),
        "Comisión Mixta Corea–México para el Desarrollo de las Pymes: solicitud de actualización de 6 acuerdos"
    );
    let body = es.body_text(0).unwrap();
    assert!(body.starts_with("Apreciable INADEM:"), "{body}");
    assert!(
        body.contains("con corte al 23 de noviembre de 2026"),
        "{body}"
    );
    assert!(
        body.contains("Secretaría Técnica de «Comisión Mixta Corea–México"),
        "{body}"
    );
    assert!(!body.contains("2026-"), "formal dates only: {body}");
    assert!(body.contains("• [JC2-03] "), "{body}");
    assert!(body.contains("(vencido)"), "{body}");
    assert!(body.contains("(bloqueado)"), "{body}");
    assert!(body.contains("plazo reprogramado 2 veces"), "{body}");
    assert!(
        body.contains("Mucho le agradeceremos dar respuesta"),
        "{body}"
    );
    assert!(!body.contains("JC3-01"), "not due within the window");
    // Kia, grouped under its directory name though the items write it in full.
    assert_eq!(to(&parsed[2]), "proveedores@kia-mx.example.com");
    // A second run refuses to overwrite the drafts.
    let o = s.run(&[
        "-f",
        ledger.to_str().unwrap(),
        "remind",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(drafts(&out).len(), 3);
}

#[test]
fn dry_run_lists_and_writes_nothing() {
    let s = Sandbox::new();
    config(&s, "");
    let ledger = s.fixture(FIXTURE);
    let out = s.path("drafts");
    let o = s.run(&[
        "-f",
        ledger.to_str().unwrap(),
        "remind",
        "--out",
        out.to_str().unwrap(),
        "--dry-run",
        "--owner",
        "smba",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.starts_with(
            "중소기업청 SMBA <mexico.desk@smba.example.com> (ko), 3 items: JC2-05, JC2-01, JC2-08"
        ),
        "{text}"
    );
    assert_eq!(text.lines().count(), 1, "only SMBA: {text}");
    assert!(!out.exists());
}

#[test]
fn header_injection_through_the_ledger_is_impossible() {
    let s = Sandbox::new();
    config(&s, "");
    let ledger = s.fixture(FIXTURE);
    let mut v = read(&ledger);
    v["committee"]["name"] = json!("JC\r\nBcc: spy@example.net\r\n\r\nforged body");
    v["items"][2]["title"] = json!("Liaison\r\nBcc: spy@example.net");
    write(&ledger, &v);
    let out = s.path("drafts");
    let o = s.run(&[
        "-f",
        ledger.to_str().unwrap(),
        "remind",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let parser = mail_parser::MessageParser::default();
    for (path, bytes) in drafts(&out) {
        let m = parser.parse(&bytes).unwrap();
        assert!(m.bcc().is_none(), "{}", path.display());
        assert_eq!(m.to().unwrap().iter().count(), 1);
        assert!(!m.subject().unwrap().contains(['\r', '\n']));
        assert!(
            m.subject()
                .unwrap()
                .contains("JC Bcc: spy@example.net forged body")
        );
    }
    // A directory entry with a line break in its address never loads.
    let mut v = read(&ledger);
    v["directory"][0]["email"] = json!("a@example.org\r\nBcc: spy@example.net");
    write(&ledger, &v);
    let o = s.run(&["-f", ledger.to_str().unwrap(), "remind", "--dry-run"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains(
        "directory[0].email: the e-mail address contains a line break or a control character"
    ));
}

#[test]
fn directory_errors_name_file_line_and_column() {
    let s = Sandbox::new();
    let ledger = s.fixture(FIXTURE);
    let text = std::fs::read_to_string(&ledger).unwrap();
    let bad = text.replacen("\"Kia\"", "\"SMBA\"", 1);
    std::fs::write(&ledger, &bad).unwrap();
    let o = s.run(&["check", ledger.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let at = text.find("\"Kia\"").unwrap();
    let line = text[..at].lines().count();
    let column = at - text[..at].rfind('\n').unwrap();
    let want = format!(
        "{}:{line}:{column}: directory[2].aliases[0]: `SMBA` already names another person of the directory",
        ledger.display()
    );
    assert!(stderr(&o).contains(&want), "{}\nwant {want}", stderr(&o));
    // The first person's language (the parties' records come before the directory).
    let dir = text.find("\"directory\"").unwrap();
    let bad = format!(
        "{}{}",
        &text[..dir],
        text[dir..].replacen("\"language\": \"es\"", "\"language\": \"fr\"", 1)
    );
    std::fs::write(&ledger, &bad).unwrap();
    let o = s.run(&["check", ledger.to_str().unwrap()]);
    assert!(stderr(&o).contains("directory[0].language: language `fr` is not one of en, es, ko"));
}

#[test]
fn unknown_fields_of_directory_entries_survive_a_round_trip() {
    let s = Sandbox::new();
    let ledger = s.fixture(FIXTURE);
    let o = s.run(&["fmt", "--check", ledger.to_str().unwrap()]);
    assert!(
        o.status.success(),
        "the fixture is canonical: {}",
        stdout(&o)
    );
    let o = s.run(&[
        "-f",
        ledger.to_str().unwrap(),
        "person",
        "smba",
        "--email",
        "desk@smba.example.com",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v = read(&ledger);
    assert_eq!(
        v["directory"][1]["x_desk"],
        "International Cooperation Division"
    );
    assert_eq!(v["directory"][1]["email"], "desk@smba.example.com");
    // A ledger without people writes no `directory` key.
    let plain = s.fixture("korea-mexico-sme.json");
    let o = s.run(&["fmt", "--check", plain.to_str().unwrap()]);
    assert!(o.status.success());
}

#[test]
fn the_person_command_adds_updates_and_refuses() {
    let s = Sandbox::new();
    let ledger = s.fixture(FIXTURE);
    let f = ledger.to_str().unwrap();
    let o = s.run(&[
        "-f",
        f,
        "person",
        "OECD",
        "--email",
        "entrepreneurship@oecd.example.org",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), "OECD updated in the directory");
    let o = s.run(&[
        "-f",
        f,
        "person",
        "Enrique Jacob Rocha",
        "--language",
        "es",
        "--alias",
        "EJR",
    ]);
    assert_eq!(
        stdout(&o).trim(),
        "Enrique Jacob Rocha added to the directory"
    );
    let o = s.run(&[
        "--lang",
        "es",
        "-f",
        f,
        "person",
        "ejr",
        "--remove-alias",
        "EJR",
    ]);
    assert_eq!(
        stdout(&o).trim(),
        "se actualizó a Enrique Jacob Rocha en el directorio"
    );
    let v = read(&ledger);
    let p = &v["directory"][4];
    assert_eq!(p["name"], "Enrique Jacob Rocha");
    assert_eq!(p["language"], "es");
    assert!(p.get("aliases").is_none());
    let o = s.run(&[
        "-f",
        f,
        "person",
        "OECD",
        "--email",
        "entrepreneurship@oecd.example.org",
    ]);
    assert!(stdout(&o).contains("nothing changed"));
    // Refusals leave the file as it was.
    let before = std::fs::read(&ledger).unwrap();
    for (args, said) in [
        (
            vec![
                "person",
                "OECD",
                "--email",
                "a@b.example\r\nBcc: x@y.example",
            ],
            "the e-mail address contains a line break or a control character",
        ),
        (
            vec!["person", "OECD", "--alias", "Kia"],
            "`Kia` already names another person",
        ),
        (
            vec!["person", "OECD", "--language", "fr"],
            "language `fr` is not one of en, es, ko",
        ),
        (
            vec!["person", "OECD", "--remove-alias", "nope"],
            "`nope` is not an alias of OECD",
        ),
    ] {
        let mut all = vec!["-f", f];
        all.extend(args);
        let o = s.run(&all);
        assert_eq!(o.status.code(), Some(1), "{all:?}");
        assert!(stderr(&o).contains(said), "{}", stderr(&o));
    }
    assert_eq!(std::fs::read(&ledger).unwrap(), before);
}

#[test]
fn owners_are_matched_through_aliases_in_reminders() {
    let s = Sandbox::new();
    let ledger = s.fixture(FIXTURE);
    for query in [
        "SMBA",
        "중소기업청 smba",
        "Small and Medium Business Administration",
    ] {
        let o = s.run(&["-f", ledger.to_str().unwrap(), "remind", "--owner", query]);
        let text = stdout(&o);
        assert_eq!(text.lines().count(), 1, "{query}: {text}");
        assert!(text.starts_with("중소기업청 SMBA <"), "{query}: {text}");
    }
}

#[test]
fn send_delivers_through_a_real_smtp_server_and_reports_each_failure() {
    let s = Sandbox::new();
    let Some(sink) = SmtpSink::start(&s) else {
        return;
    };
    config(&s, &sink.plain_config());
    let ledger = s.fixture(FIXTURE);
    let f = ledger.to_str().unwrap();
    let o = s.run(&[
        "-f",
        f,
        "person",
        "Kia",
        "--email",
        "reject@kia-mx.example.com",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = s.run(&["-f", f, "remind", "--send"]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "one recipient failed: {}",
        stdout(&o)
    );
    let out = stdout(&o);
    assert!(
        out.contains("sent to 중소기업청 SMBA <mexico.desk@smba.example.com> (3 items)"),
        "{out}"
    );
    assert!(
        out.contains("sent to INADEM <enlace.corea@inadem.example.org> (6 items)"),
        "{out}"
    );
    let err = stderr(&o);
    assert!(
        err.contains("not delivered to Kia Motors México <reject@kia-mx.example.com>"),
        "{err}"
    );
    assert!(
        err.contains(
            "the server refused this address (reply 550): check it in the directory and correct it with \
             `followup person \"Kia Motors México\" --email …` (server's reply: \"5.1.1 mailbox unavailable\")"
        ),
        "{err}"
    );
    assert!(
        err.contains("2 sent, 1 failed, 1 without an address"),
        "{err}"
    );
    let parser = mail_parser::MessageParser::default();
    let mut got: Vec<(String, String)> = drafts(&sink.dir)
        .iter()
        .map(|(_, b)| {
            let m = parser.parse(b).unwrap();
            (
                m.header_raw("X-Rcpt-To").unwrap().trim().to_owned(),
                m.subject().unwrap().to_owned(),
            )
        })
        .collect();
    got.sort();
    assert_eq!(
        got,
        [
            (
                "enlace.corea@inadem.example.org".to_owned(),
                "Comisión Mixta Corea–México para el Desarrollo de las Pymes: solicitud de actualización de 6 acuerdos".to_owned()
            ),
            (
                "mexico.desk@smba.example.com".to_owned(),
                "[한·멕시코 중소기업 발전 공동위원회] 과제 3건 진행 상황 확인 요청".to_owned()
            ),
        ]
    );
    let mut ids = Vec::new();
    for (_, b) in drafts(&sink.dir) {
        let m = parser.parse(&b).unwrap();
        assert!(
            m.header_raw("X-Unsent").is_none(),
            "sent mail is not a draft"
        );
        ids.push(well_formed(&b));
    }
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 2, "one Message-ID per mail: {ids:?}");
}

/// Asserts what every mail client makes of a message: a `Message-ID` in the
/// sender's domain (`secretaria@example.org`), a `Date` from the fixed day
/// (noon UTC of `TODAY`), and no line over RFC 5322's 998 octets. Returns
/// the Message-ID.
fn well_formed(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let header_end = text.find("\r\n\r\n").expect("headers end");
    let id_line = text[..header_end]
        .lines()
        .find(|l| l.to_ascii_lowercase().starts_with("message-id:"));
    assert!(id_line.is_some(), "a Message-ID: {}", &text[..header_end]);
    for line in bytes.split(|b| *b == b'\n') {
        assert!(
            line.len() <= 999,
            "a line of {} octets: {}…",
            line.len(),
            String::from_utf8_lossy(&line[..80])
        );
    }
    let m = mail_parser::MessageParser::default().parse(bytes).unwrap();
    let id = m.message_id().expect("a Message-ID").to_owned();
    assert!(id.ends_with("@example.org"), "{id}");
    assert!(id.len() > "@example.org".len() + 16, "{id}");
    let date = m.date().expect("a Date");
    assert_eq!(date.to_rfc3339(), format!("{TODAY}T12:00:00Z"));
    id
}

#[test]
fn drafts_have_a_message_id_a_date_and_no_header_line_over_998_octets() {
    let s = Sandbox::new();
    config(&s, "");
    let ledger = s.fixture(FIXTURE);
    let mut v = read(&ledger);
    // Names of 5,000 characters: one ASCII word, Hangul, and spaced words;
    // a committee name of 5,000 characters in the subject.
    let long = ["K".repeat(5_000), "중".repeat(5_000), "Kia ".repeat(1_250)];
    let long: Vec<String> = long.iter().map(|n| n.trim().to_owned()).collect();
    for (i, name) in long.iter().enumerate() {
        let old = v["directory"][i]["name"].as_str().unwrap().to_owned();
        v["directory"][i]["name"] = json!(name);
        v["directory"][i]["aliases"]
            .as_array_mut()
            .unwrap()
            .push(json!(old));
    }
    v["committee"]["name"] = json!("JC".repeat(2_500));
    write(&ledger, &v);
    let out = s.path("drafts");
    let o = s.run(&[
        "-f",
        ledger.to_str().unwrap(),
        "remind",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let files = drafts(&out);
    assert_eq!(files.len(), 3);
    let parser = mail_parser::MessageParser::default();
    let mut ids: Vec<String> = Vec::new();
    for (path, bytes) in &files {
        ids.push(well_formed(bytes));
        let m = parser.parse(bytes).unwrap();
        let to = m.to().unwrap().first().unwrap();
        let shown = to.name().unwrap();
        let name = long
            .iter()
            .find(|n| n.starts_with(shown.trim_end_matches('…')))
            .unwrap_or_else(|| panic!("{}: To {shown}", path.display()));
        assert!(
            shown.ends_with('…') && shown.chars().count() <= 200,
            "{shown}"
        );
        let body = m.body_text(0).unwrap();
        assert!(
            body.contains(name.as_str()),
            "the body greets the whole name"
        );
        assert!(m.subject().unwrap().contains(&"JC".repeat(90)));
    }
    // A second run makes new Message-IDs.
    let again = s.path("again");
    let o = s.run(&[
        "-f",
        ledger.to_str().unwrap(),
        "remind",
        "--out",
        again.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    ids.extend(drafts(&again).iter().map(|(_, b)| well_formed(b)));
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "every Message-ID is new");
}

/// The parts of a failed `remind --send` that are lettre's or the system's
/// English, never to be shown to a user of another language.
const TRANSPORT_ENGLISH: [&str; 6] = [
    "Connection error",
    "refused",
    "os error",
    "not supported on this server",
    "client error",
    "permanent error",
];

#[test]
fn a_server_that_cannot_be_reached_is_named_with_the_setting_to_check_in_spanish() {
    let s = Sandbox::new();
    // A port of 127.0.0.1 on which nothing listens any more.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    config(
        &s,
        &format!("smtp = \"smtp://127.0.0.1:{port}\"\nsmtp_tls = \"none\"\n"),
    );
    let ledger = s.fixture(FIXTURE);
    let o = s.run(&[
        "--lang",
        "es",
        "-f",
        ledger.to_str().unwrap(),
        "remind",
        "--send",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "no se entregó a INADEM <enlace.corea@inadem.example.org>: no es posible conectarse con el \
             servidor SMTP smtp://127.0.0.1:{port}: verifique la dirección y el puerto de `smtp` en \
             config.toml, y que el servidor esté en funcionamiento\n"
        )),
        "{err}"
    );
    assert!(
        err.contains("0 recordatorios enviados, 3 fallidos, 1 sin dirección"),
        "{err}"
    );
    for english in TRANSPORT_ENGLISH {
        assert!(!err.contains(english), "{english}: {err}");
    }
}

#[test]
fn starttls_required_against_a_plain_relay_suggests_smtp_tls_none_in_korean() {
    let s = Sandbox::new();
    let Some(sink) = SmtpSink::start(&s) else {
        return;
    };
    // No smtp_tls: STARTTLS is required, and the local sink does not offer it.
    config(&s, &format!("smtp = \"smtp://127.0.0.1:{}\"\n", sink.port));
    let ledger = s.fixture(FIXTURE);
    let o = s.run(&[
        "--lang",
        "ko",
        "-f",
        ledger.to_str().unwrap(),
        "remind",
        "--send",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let err = stderr(&o);
    assert!(
        err.contains(&format!(
            "중소기업청 SMBA <mexico.desk@smba.example.com>에게 전달하지 못했습니다: SMTP 서버가 \
             STARTTLS를 지원하지 않습니다 (smtp://127.0.0.1:{}): 암호화 없는 로컬 릴레이라면 \
             config.toml에 smtp_tls = \"none\"을 설정하십시오.",
            sink.port
        )),
        "{err}"
    );
    assert!(err.contains("발송 0건, 실패 3건, 주소 없음 1건"), "{err}");
    for english in TRANSPORT_ENGLISH {
        assert!(!err.contains(english), "{english}: {err}");
    }
    assert!(drafts(&sink.dir).is_empty(), "nothing was sent in clear");
}

/// A fake SMTP server on 127.0.0.1 for one connection: it offers
/// `AUTH PLAIN LOGIN` and answers the sign-in with `reply`. Returns its port.
fn refusing_auth_server(reply: &'static str) -> u16 {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut lines = BufReader::new(stream.try_clone().unwrap()).lines();
            let _ = stream.write_all(b"220 fake ESMTP\r\n");
            while let Some(Ok(line)) = lines.next() {
                let verb = line.to_ascii_uppercase();
                let answer = if verb.starts_with("EHLO") {
                    "250-fake\r\n250 AUTH PLAIN LOGIN\r\n".to_owned()
                } else if verb.starts_with("AUTH") {
                    format!("{reply}\r\n")
                } else if verb.starts_with("QUIT") {
                    let _ = stream.write_all(b"221 bye\r\n");
                    break;
                } else {
                    "502 not here\r\n".to_owned()
                };
                if stream.write_all(answer.as_bytes()).is_err() {
                    break;
                }
            }
        }
    });
    port
}

#[test]
fn a_refused_sign_in_names_the_settings_and_quotes_the_reply_escaped() {
    let s = Sandbox::new();
    let port = refusing_auth_server("535 5.7.8 \x1b[31mbad credentials\x07");
    config(
        &s,
        &format!(
            "smtp = \"smtp://127.0.0.1:{port}\"\nsmtp_tls = \"none\"\nsmtp_user = \"secretaria\"\n"
        ),
    );
    let ledger = s.fixture(FIXTURE);
    let o = s
        .cmd()
        .env("FOLLOWUP_SMTP_PASSWORD", "wrong")
        .args(["-f", ledger.to_str().unwrap(), "remind", "--send"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let err = stderr(&o);
    assert!(
        err.contains(
            "not delivered to INADEM <enlace.corea@inadem.example.org>: the SMTP server refused the \
             sign-in (reply 535): check smtp_user in config.toml and the password \
             ($FOLLOWUP_SMTP_PASSWORD or smtp_password_command) (server's reply: \
             \"5.7.8 \\e[31mbad credentials\\a\")"
        ),
        "{err}"
    );
    assert!(!err.contains('\x1b') && !err.contains('\x07'), "{err:?}");
}

#[test]
fn send_without_a_sender_or_server_says_what_to_set() {
    let s = Sandbox::new();
    let ledger = s.fixture(FIXTURE);
    let o = s.run(&["-f", ledger.to_str().unwrap(), "remind", "--send"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("set `from` in config.toml"),
        "{}",
        stderr(&o)
    );
    config(&s, "");
    let o = s.run(&["-f", ledger.to_str().unwrap(), "remind", "--send"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("--send needs `smtp` in config.toml"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn upsert_person_returns_typed_outcomes_and_undoes() {
    use followup::ledger::{PersonProblem, parse_ledger};
    use followup::ops::{Op, OpError, Outcome, PersonEdit, apply};
    let bytes = std::fs::read(common::fixtures().join(FIXTURE)).unwrap();
    let mut l = parse_ledger(&bytes).unwrap();
    let before = l.clone();
    let edit = |name: &str| PersonEdit {
        name: name.into(),
        email: Some("liaison@example.org".into()),
        ..PersonEdit::default()
    };
    let mut applied = apply(
        &mut l,
        Op::UpsertPerson(edit("Korea Venture Investment")),
        date("2026-11-23"),
    )
    .unwrap();
    assert_eq!(
        applied.outcomes,
        [Outcome::PersonAdded {
            name: "Korea Venture Investment".into()
        }]
    );
    assert_eq!(l.directory.len(), 5);
    applied.undo.take().unwrap().toggle(&mut l);
    assert_eq!(l, before);
    let applied = apply(&mut l, Op::UpsertPerson(edit("kia")), date("2026-11-23")).unwrap();
    assert_eq!(
        applied.outcomes,
        [Outcome::PersonUpdated {
            name: "Kia Motors México".into()
        }]
    );
    let shared = PersonEdit {
        name: "OECD".into(),
        add_aliases: vec!["inadem".into()],
        ..PersonEdit::default()
    };
    let err = apply(&mut l, Op::UpsertPerson(shared), date("2026-11-23")).unwrap_err();
    assert_eq!(err, OpError::Person(PersonProblem::Shared("inadem".into())));
}

/// `list --owner` goes through the directory: a person's other name selects
/// the items owned under any of their names, as `remind --owner` does.
#[test]
fn list_selects_a_persons_items_by_any_of_their_names() {
    let s = Sandbox::new();
    let ledger = s.fixture(FIXTURE);
    let f = ledger.to_str().unwrap();
    let by = |owner: &str| {
        let o = s.run(&["-f", f, "list", "--owner", owner, "--json"]);
        assert!(o.status.success(), "{}", stderr(&o));
        let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
        let mut ids: Vec<String> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_owned())
            .collect();
        ids.sort();
        ids
    };
    let smba = by("SMBA");
    assert!(!smba.is_empty());
    assert_eq!(by("Small and Medium Business Administration"), smba);
    assert_eq!(by("중소기업청 smba"), smba);
    assert!(by("Instituto Nacional del Emprendedor").len() > 1);
}

#[test]
fn the_last_possible_deadline_and_a_huge_note_keep_the_feed_valid_and_quick() {
    let s = Sandbox::new();
    let ledger = s.fixture(FIXTURE);
    let mut v = read(&ledger);
    let items = v["items"].as_array_mut().unwrap();
    let item = items.iter_mut().find(|i| i["id"] == "JC2-03").unwrap();
    item["due"] = "9999-12-31".into();
    let note = "가나다 ".repeat(1_000_000);
    item["notes"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"date": "2026-11-20", "author": "SMBA", "text": note}));
    write(&ledger, &v);
    let start = std::time::Instant::now();
    let text = export_ics(&s, &ledger, &[]);
    assert!(
        start.elapsed() < std::time::Duration::from_secs(10),
        "{:?}",
        start.elapsed()
    );
    assert!(!text.contains("+1000"), "a date iCalendar cannot hold");
    assert!(
        text.lines().all(|l| l.len() <= 75),
        "lines are folded at 75 octets"
    );
    let all = events(&text);
    let last = all.iter().find(|e| e.1.starts_with("[JC2-03]")).unwrap();
    assert_eq!(last.2, date("9999-12-31"));
}

/// The bilingual sample (titles translated into Spanish and Korean, one
/// Korean translation outdated) in the sandbox.
fn bilingual_ledger(s: &Sandbox) -> PathBuf {
    let path = s.path("bilingual.json");
    common::bilingual::write_bilingual_sample(&path);
    path
}

#[test]
fn the_feed_speaks_the_readers_language_and_keeps_its_uids() {
    let s = Sandbox::new();
    let ledger = bilingual_ledger(&s);
    let ko = export_ics(&s, &ledger, &["--lang", "ko"]);
    let cal: Calendar = ko.parse().expect("the feed parses as iCalendar");
    let event = |id: &str| {
        cal.events()
            .find(|e| e.get_summary().unwrap().starts_with(&format!("[{id}] ")))
            .unwrap_or_else(|| panic!("{id} in {ko}"))
    };
    assert_eq!(
        event("JC2-01").get_summary(),
        Some(format!("[JC2-01] {}", common::bilingual::JC2_01_KO).as_str())
    );
    assert_eq!(
        event("JC2-09").get_summary(),
        Some(format!("[JC2-09] {}", common::bilingual::JC2_09_KO).as_str())
    );
    // Translated before the title changed: the original, marked outdated.
    assert_eq!(
        event("JC2-03").get_summary(),
        Some(
            "[JC2-03] Shortlist Mexican SMEs as suppliers for the Kia Motors plant in Nuevo León \
             [en, 갱신 필요]"
        )
    );
    let description = event("JC2-01").get_description().unwrap().to_owned();
    assert!(description.contains("상태: 진행 중"), "{description}");
    assert!(
        description.contains("residence paperwork still pending. [en]"),
        "an untranslated note, marked: {description}"
    );
    assert!(
        ko.contains("X-WR-CALNAME:한-멕시코 중소기업 협력 공동위원회"),
        "{ko}"
    );
    // The same events as for an English reader, who reads the originals unmarked.
    let en = events(&export_ics(&s, &ledger, &["--lang", "en"]));
    let uids = |es: &[(String, String, chrono::NaiveDate, u32)]| {
        es.iter().map(|e| e.0.clone()).collect::<Vec<_>>()
    };
    assert_eq!(uids(&events(&ko)), uids(&en));
    let jc201 = en.iter().find(|e| e.1.starts_with("[JC2-01]")).unwrap();
    assert_eq!(
        jc201.1,
        "[JC2-01] Post an SMBA liaison officer at INADEM for 18 months"
    );
    assert!(!en.iter().any(|e| e.1.contains("[en")));
    // --original: the originals for a Korean reader too.
    let original = events(&export_ics(&s, &ledger, &["--lang", "ko", "--original"]));
    assert_eq!(original, en);
}

#[test]
fn a_reminder_gives_each_person_the_titles_in_their_language() {
    let s = Sandbox::new();
    let Some(sink) = SmtpSink::start(&s) else {
        return;
    };
    config(&s, &sink.plain_config());
    let ledger = bilingual_ledger(&s);
    let f = ledger.to_str().unwrap();
    for (name, email, lang) in [
        ("SMBA", "mexico.desk@smba.example.com", "ko"),
        ("INADEM", "enlace.corea@inadem.example.org", "es"),
    ] {
        let o = s.run(&[
            "-f",
            f,
            "person",
            name,
            "--email",
            email,
            "--language",
            lang,
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let o = s.run(&["-f", f, "remind", "--send"]);
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    let parser = mail_parser::MessageParser::default();
    let mails: Vec<(String, String, String)> = drafts(&sink.dir)
        .iter()
        .map(|(_, b)| {
            let m = parser.parse(b).unwrap();
            (
                m.header_raw("X-Rcpt-To").unwrap().trim().to_owned(),
                m.subject().unwrap().to_owned(),
                m.body_text(0).unwrap().into_owned(),
            )
        })
        .collect();
    let mail = |to: &str| mails.iter().find(|m| m.0 == to).expect(to).clone();
    let (_, subject, body) = mail("mexico.desk@smba.example.com");
    assert!(
        subject.starts_with("[한-멕시코 중소기업 협력 공동위원회] 과제 "),
        "{subject}"
    );
    assert!(
        body.contains(&format!("• [JC2-01] {} (", common::bilingual::JC2_01_KO)),
        "{body}"
    );
    assert!(
        body.contains(
            "• [JC2-05] Korean expert consulting for the first five SMEs (technology, production, \
             business management) [en] ("
        ),
        "untranslated: the original, marked: {body}"
    );
    let (_, subject, body) = mail("enlace.corea@inadem.example.org");
    assert!(
        subject.starts_with("Comisión Mixta Corea–México para el Desarrollo de las PYMES: "),
        "{subject}"
    );
    assert!(
        body.contains(
            "• [JC2-03] Preseleccionar pymes mexicanas como proveedoras de la planta de Kia Motors \
             en Nuevo León ("
        ),
        "{body}"
    );
    assert!(
        body.contains(
            "• [JC2-09] Join the OECD study on ways and means to support traditional SMEs [en] ("
        ),
        "{body}"
    );
}
