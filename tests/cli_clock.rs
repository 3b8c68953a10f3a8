//! Both clocks from the command line: one party's record (`committee
//! --party P --party-zone Z --party-language L`), a meeting's time and zone,
//! and the words that refuse what cannot be.

mod common;

use common::{Sandbox, assert_loads, stderr, stdout};
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
