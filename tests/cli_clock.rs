//! Both clocks from the command line: one party's record (`committee
//! --party P --party-zone Z --party-language L`), a meeting's time and zone,
//! and the words that refuse what cannot be.

mod common;

use chrono::TimeZone;
use common::{Sandbox, assert_loads, stderr, stdout};
use icalendar::{CalendarDateTime, Component, DatePerhapsTime};
use std::path::Path;

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn one_party_record_is_set_by_name_and_a_new_party_goes_last() {
    let sb = Sandbox::new();
    let path = sb.path("l.json");
    let out = sb.run(&[
        "init",
        p(&path),
        "--committee",
        "Korea–Chile SME Committee",
        "--party",
        "SERCOTEC (Chile)",
        "--party",
        "MSS (Korea)",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let f = ["-f", p(&path)];
    let out = sb.run(
        &[
            &f[..],
            &[
                "committee",
                "--party",
                "MSS (Korea)",
                "--party-zone",
                "Asia/Seoul",
                "--party-language",
                "ko",
                "--party-country",
                "Korea",
            ],
        ]
        .concat(),
    );
    assert_eq!(
        stdout(&out).trim(),
        "MSS (Korea): Korea, time zone Asia/Seoul, Korean",
        "{}",
        stderr(&out)
    );
    let out = sb.run(
        &[
            &f[..],
            &[
                "--lang",
                "es",
                "committee",
                "--party",
                "CORFO (Chile)",
                "--party-zone",
                "America/Santiago",
            ],
        ]
        .concat(),
    );
    assert_eq!(
        stdout(&out).trim(),
        "se agregó CORFO (Chile) a las partes de la Comisión (huso horario America/Santiago)"
    );
    let l = assert_loads(&path);
    assert_eq!(
        l.committee.party_names(),
        ["SERCOTEC (Chile)", "MSS (Korea)", "CORFO (Chile)"]
    );
    let mss = l.committee.party("MSS (Korea)").unwrap();
    assert_eq!(mss.zone.map(|z| z.name()), Some("Asia/Seoul"));
    assert_eq!(mss.country, "Korea");
    // The reference zone is the first party's that has one, until set.
    assert_eq!(
        l.committee.reference_zone().map(|z| z.name()),
        Some("Asia/Seoul")
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("\"SERCOTEC (Chile)\","),
        "a bare party stays a string"
    );

    // Refused, and nothing written: no party or two, an unknown zone or language.
    let before = std::fs::read(&path).unwrap();
    for (args, said) in [
        (&["--party-zone", "Asia/Seoul"][..], "exactly one --party"),
        (
            &["--party", "A", "--party", "B", "--party-language", "ko"],
            "exactly one --party",
        ),
        (
            &["--party", "MSS (Korea)", "--party-zone", "Asia/Seul"],
            "unknown time zone `Asia/Seul`",
        ),
        (&["--party", "MSS (Korea)", "--party-language", "jp"], "jp"),
        (&["--party", " ", "--party-zone", "Asia/Seoul"], "empty"),
    ] {
        let out = sb.run(&[&f[..], &["committee"], args].concat());
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(stderr(&out).contains(said), "{args:?}: {}", stderr(&out));
        assert_eq!(std::fs::read(&path).unwrap(), before, "{args:?}");
    }
    // Without --party-*, --party keeps replacing the list; records of the
    // parties named again are kept.
    let out = sb.run(
        &[
            &f[..],
            &[
                "committee",
                "--party",
                "MSS (Korea)",
                "--party",
                "CORFO (Chile)",
            ],
        ]
        .concat(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let l = assert_loads(&path);
    assert_eq!(l.committee.party_names(), ["MSS (Korea)", "CORFO (Chile)"]);
    assert_eq!(
        l.committee.parties[0].language.map(|l| l.code()),
        Some("ko")
    );
}

#[test]
fn a_meeting_takes_a_time_in_a_zone_and_keeps_it() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let f = ["-f", p(&path)];
    let run = |args: &[&str]| sb.run(&[&f[..], args].concat());
    let out = run(&[
        "meeting",
        "JC4",
        "--date",
        "2027-03-10",
        "--time",
        "10:00",
        "--zone",
        "Asia/Seoul",
    ]);
    assert_eq!(stdout(&out).trim(), "meeting JC4 added", "{}", stderr(&out));
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains(
            "\"date\": \"2027-03-10\",\n      \"time\": \"10:00\",\n      \"zone\": \"Asia/Seoul\""
        ),
        "{text}"
    );
    // A time without a zone takes the committee's reference zone (Mexico City).
    let out = run(&["meeting", "JC5", "--date", "2027-09-01", "--time", "09:30"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let l = assert_loads(&path);
    let jc5 = l.meeting("JC5").unwrap();
    assert_eq!(jc5.zone.map(|z| z.name()), Some("America/Mexico_City"));
    // An empty --time makes it an all-day meeting again.
    let out = run(&["meeting", "JC5", "--time", ""]);
    assert!(out.status.success(), "{}", stderr(&out));
    let l = assert_loads(&path);
    assert_eq!(l.meeting("JC5").unwrap().time, None);
    assert_eq!(l.meeting("JC5").unwrap().zone, None);

    let before = std::fs::read(&path).unwrap();
    for (args, said) in [
        (&["meeting", "JC6", "--time", "10:00"][..], "has no date"),
        (&["meeting", "JC5", "--zone", "Asia/Seoul"], "has no time"),
        (&["meeting", "JC4", "--time", "9:00"], "not a time of day"),
        (
            &["meeting", "JC4", "--time", "10:00", "--zone", "Seoul"],
            "unknown time zone",
        ),
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(stderr(&out).contains(said), "{args:?}: {}", stderr(&out));
        assert_eq!(std::fs::read(&path).unwrap(), before, "{args:?}");
    }
    let out = run(&["--lang", "ko", "meeting", "JC5", "--zone", "Asia/Seoul"]);
    assert!(stderr(&out).contains("시각이 없어"), "{}", stderr(&out));
}

/// `followup ARGS` on `path` with the machine's zone `tz`, at the instant `now`.
fn at(sb: &Sandbox, path: &Path, tz: &str, now: &str, args: &[&str]) -> String {
    let out = sb
        .cmd()
        .args(["-f", p(path)])
        .args(args)
        .env("TZ", tz)
        .env("FOLLOWUP_NOW", now)
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

/// The machines' zones of the two capitals, and one between them.
const MACHINES: [&str; 3] = ["Asia/Seoul", "America/Mexico_City", "UTC"];

#[test]
fn both_capitals_see_the_same_overdue_items_and_words_at_any_instant() {
    // JC3-04 is due on 13 November. Around midnight between the 13th and
    // the 14th in Seoul (15:00 UTC) and in Mexico City (06:00 UTC).
    let instants = [
        "2026-11-13T23:59:00+09:00",
        "2026-11-14T00:01:00+09:00",
        "2026-11-13T23:59:00-06:00",
        "2026-11-14T00:01:00-06:00",
    ];
    for reference in ["America/Mexico_City", "Asia/Seoul"] {
        let sb = Sandbox::new();
        let path = sb.fixture("korea-mexico-sme.json");
        let out = sb.run(&["-f", p(&path), "committee", "--zone", reference]);
        assert!(out.status.success(), "{}", stderr(&out));
        let ledger = assert_loads(&path);
        let zone: chrono_tz::Tz = reference.parse().unwrap();
        for now in instants {
            let today = chrono::DateTime::parse_from_rfc3339(now)
                .unwrap()
                .with_timezone(&zone)
                .date_naive();
            let mut expected: Vec<&str> = ledger
                .items
                .iter()
                .filter(|i| followup::query::is_overdue(i, today))
                .map(|i| i.id.as_str())
                .collect();
            expected.sort();
            assert_eq!(
                expected.contains(&"JC3-04"),
                today.to_string() == "2026-11-14",
                "{reference} {now}"
            );
            let seen: Vec<[String; 4]> = MACHINES
                .iter()
                .map(|tz| {
                    let run = |args: &[&str]| at(&sb, &path, tz, now, args);
                    [
                        run(&["list", "--overdue", "--json"]),
                        run(&["list", "--wide"]),
                        run(&["report", "--format", "json"]),
                        run(&["--lang", "ko", "show", "JC3-04"]),
                    ]
                })
                .collect();
            for (tz, s) in MACHINES.iter().zip(&seen) {
                assert_eq!(s, &seen[0], "{reference} {now}: TZ={tz} reads otherwise");
            }
            let overdue: serde_json::Value = serde_json::from_str(&seen[0][0]).unwrap();
            let mut ids: Vec<&str> = overdue
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["id"].as_str().unwrap())
                .collect();
            ids.sort();
            assert_eq!(ids, expected, "{reference} {now}");
            let report: serde_json::Value = serde_json::from_str(&seen[0][2]).unwrap();
            assert_eq!(report["today"], today.to_string(), "{reference} {now}");
            let word = if expected.contains(&"JC3-04") {
                "1d late"
            } else {
                "today"
            };
            assert!(
                seen[0][1]
                    .lines()
                    .any(|l| l.starts_with("JC3-04") && l.contains(word)),
                "{reference} {now}: {}",
                seen[0][1]
            );
        }
    }
}

#[test]
fn an_items_detail_says_when_its_deadline_ends_in_each_capital() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let now = "2026-12-03T09:05:00+09:00";
    let shown = |lang: &str| {
        let text = at(
            &sb,
            &path,
            "Asia/Seoul",
            now,
            &["--lang", lang, "show", "JC3-01"],
        );
        assert_eq!(
            text,
            at(
                &sb,
                &path,
                "America/Mexico_City",
                now,
                &["--lang", lang, "show", "JC3-01"]
            )
        );
        text
    };
    // Due on 15 December: midnight in Mexico City is 14:59 the next day in Seoul.
    assert!(
        shown("en").contains("local due:  Tue 15 Dec 23:59 Mexico City · Wed 16 Dec 14:59 Seoul\n"),
        "{}",
        shown("en")
    );
    assert!(
        shown("es").contains("hora límite:    mar 15 dic 23:59 CDMX · mié 16 dic 14:59 Seúl\n")
    );
    assert!(
        shown("ko").contains(
            "수도별 기한:    멕시코시티 12월 15일(화) 23:59 · 서울 12월 16일(수) 14:59\n"
        )
    );
}

#[test]
fn a_timed_meeting_lands_at_the_same_instant_from_both_capitals() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let now = "2026-12-03T09:05:00+09:00";
    let ok = |args: &[&str]| at(&sb, &path, "UTC", now, args);
    ok(&[
        "meeting",
        "JC4",
        "--date",
        "2027-03-10",
        "--time",
        "10:00",
        "--zone",
        "Asia/Seoul",
    ]);
    ok(&["meeting", "JC5", "--date", "2027-07-01", "--time", "09:30"]);
    ok(&[
        "meeting",
        "JC6",
        "--date",
        "2027-10-05",
        "--time",
        "16:00",
        "--zone",
        "Europe/Madrid",
    ]);
    ok(&["meeting", "JC7", "--date", "2027-11-20", "--place", "Seúl"]);
    let feeds: Vec<String> = MACHINES
        .iter()
        .map(|tz| {
            at(
                &sb,
                &path,
                tz,
                now,
                &["export", "--format", "ics", "-o", "-"],
            )
        })
        .collect();
    for (tz, feed) in MACHINES.iter().zip(&feeds) {
        assert_eq!(feed, &feeds[0], "TZ={tz} writes another calendar");
    }
    // What export says counts the meetings too.
    let said = sb
        .cmd()
        .args(["-f", p(&path), "export", "--format", "ics", "-o"])
        .arg(sb.path("feed.ics"))
        .env("FOLLOWUP_NOW", now)
        .output()
        .unwrap();
    assert!(
        stderr(&said).contains("calendar events, and 4 meetings"),
        "{}",
        stderr(&said)
    );
    let text = &feeds[0];
    let cal: icalendar::Calendar = text.parse().expect("the feed parses as iCalendar");
    let meeting = |id: &str| {
        cal.events()
            .find(|e| {
                e.get_summary()
                    .is_some_and(|s| s.starts_with(&format!("[{id}]")))
            })
            .unwrap_or_else(|| panic!("{id} in {text}"))
    };
    let utc = |e: &icalendar::Event, end: bool| {
        let when = if end { e.get_end() } else { e.get_start() };
        match when {
            Some(DatePerhapsTime::DateTime(CalendarDateTime::WithTimezone { date_time, tzid })) => {
                let zone: chrono_tz::Tz = tzid.parse().unwrap();
                zone.from_local_datetime(&date_time)
                    .single()
                    .unwrap()
                    .to_utc()
            }
            other => panic!("a time with its zone, not {other:?}"),
        }
    };
    // 10:00 in Seoul is 01:00 UTC, 19:00 the day before in Mexico City.
    assert_eq!(
        utc(meeting("JC4"), false).to_rfc3339(),
        "2027-03-10T01:00:00+00:00"
    );
    assert_eq!(
        utc(meeting("JC4"), true).to_rfc3339(),
        "2027-03-10T03:00:00+00:00"
    );
    // No zone given: the committee's reference zone, Mexico City (UTC−6).
    assert_eq!(
        utc(meeting("JC5"), false).to_rfc3339(),
        "2027-07-01T15:30:00+00:00"
    );
    // Madrid keeps summer time on 5 October: UTC+2.
    assert_eq!(
        utc(meeting("JC6"), false).to_rfc3339(),
        "2027-10-05T14:00:00+00:00"
    );
    assert!(
        text.contains("DTSTART;TZID=Asia/Seoul:20270310T100000\r\n"),
        "{text}"
    );
    // Without a time, all day.
    assert!(matches!(
        meeting("JC7").get_start(),
        Some(DatePerhapsTime::Date(_))
    ));
    // Every TZID has its VTIMEZONE, before the first event, with the offset
    // in effect at the meeting.
    let first_event = text.find("BEGIN:VEVENT").unwrap();
    for (zone, offset) in [
        ("Asia/Seoul", "TZOFFSETTO:+0900"),
        ("America/Mexico_City", "TZOFFSETTO:-0600"),
        ("Europe/Madrid", "TZOFFSETTO:+0200"),
    ] {
        let at = text
            .find(&format!("BEGIN:VTIMEZONE\r\nTZID:{zone}\r\n"))
            .expect(zone);
        assert!(at < first_event, "{zone}");
        let block = &text[at..at + text[at..].find("END:VTIMEZONE").unwrap()];
        assert!(block.contains(offset), "{block}");
    }
    // The same UIDs, export after export.
    assert_eq!(
        at(
            &sb,
            &path,
            "Asia/Seoul",
            now,
            &["export", "--format", "ics", "-o", "-"]
        ),
        feeds[0]
    );
}
