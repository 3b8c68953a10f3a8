//! The command line over a desk's portfolio (`--all`): the five fixture
//! committees, each in its own git repository, listed, checked, reported,
//! exported as one calendar, reminded (one mail per person, to a real SMTP
//! server) and synced (one line each, a failure stopping nothing).

mod common;

use common::portfolio::{COMMITTEES, Desk};
use common::smtp::SmtpSink;
use common::{Sandbox, TestRepo, stderr, stdout};
use serde_json::Value;

/// The names of the committees of the desk, in the order `--all` takes them.
fn names() -> Vec<&'static str> {
    COMMITTEES.iter().map(|(n, _)| *n).collect()
}

#[test]
fn list_all_has_every_committee_in_one_table_filtered_in_each() {
    let sb = Sandbox::new();
    Desk::new(&sb, "");
    let o = sb.run(&["list", "--all", "--wide"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let head = out.lines().next().unwrap();
    assert!(head.starts_with("COMMITTEE"), "{head}");
    for name in names() {
        assert!(
            out.lines().any(|l| l.starts_with(&format!("{name} "))),
            "{name} missing: {out}"
        );
    }
    // 10 + 68 + 18 + 12 + 10 items.
    assert!(
        stderr(&o).contains("118 items in 5 committees"),
        "{}",
        stderr(&o)
    );

    // The owner filter applies in each committee: KOTRA owns items in two.
    let o = sb.run(&["list", "--all", "--owner", "KOTRA", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let items: Vec<Value> = serde_json::from_str(&stdout(&o)).unwrap();
    let mut committees: Vec<&str> = items
        .iter()
        .map(|i| i["committee"].as_str().unwrap())
        .collect();
    committees.dedup();
    committees.sort();
    committees.dedup();
    assert_eq!(committees, ["celac", "partnership"]);
    assert_eq!(items.len(), 17, "10 in celac, 7 in partnership");
    assert!(
        items
            .iter()
            .all(|i| i["owners"].as_array().unwrap().iter().any(|o| o == "KOTRA"))
    );
    // Sorted together, by deadline across committees (the closed ones last).
    let dues: Vec<&str> = items
        .iter()
        .filter(|i| i["status"] != "done" && i["status"] != "dropped")
        .filter_map(|i| i["due"].as_str())
        .collect();
    let mut sorted = dues.clone();
    sorted.sort();
    assert_eq!(dues, sorted);

    let o = sb.run(&["list", "--all", "--overdue"]);
    let out = stdout(&o);
    assert!(out.contains("korea-mexico  JC2-03"), "{out}");
    assert!(out.contains("sela          EC-07"), "{out}");
}

#[test]
fn all_with_a_named_ledger_or_without_a_portfolio_is_refused_clearly() {
    let sb = Sandbox::new();
    let o = sb.run(&["list", "--all"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("--all needs the committees you follow, listed in"),
        "{}",
        stderr(&o)
    );
    Desk::new(&sb, "");
    let ledger = sb.path("desk/apec/ledger.json");
    let o = sb.run(&["-f", ledger.to_str().unwrap(), "list", "--all"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("leave out either --all or the ledger"),
        "{}",
        stderr(&o)
    );
    let o = sb.run(&["--lang", "es", "check", ledger.to_str().unwrap(), "--all"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--all"), "{}", stderr(&o));
    assert!(stdout(&o).is_empty(), "nothing checked: {}", stdout(&o));
}

#[test]
fn check_all_checks_each_committee_and_a_broken_one_stops_nothing() {
    let sb = Sandbox::new();
    let desk = Desk::new(&sb, "");
    let o = sb.run(&["check", "--all"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 5, "{out}");
    assert!(
        out.contains("korea-mexico: ") && out.contains("ok, 18 items"),
        "{out}"
    );

    std::fs::write(desk.repo("celac").path("ledger.json"), "{\"items\": [,]}").unwrap();
    let o = sb.run(&["check", "--all"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 4, "the others: {}", stdout(&o));
    let err = stderr(&o);
    assert!(err.contains("celac: "), "{err}");
    assert!(err.contains("ledger.json:1:"), "file and line: {err}");
    assert!(
        err.contains("1 ledger of 5 did not pass the check"),
        "{err}"
    );
}

#[test]
fn one_calendar_keeps_each_committees_uids() {
    let sb = Sandbox::new();
    Desk::new(&sb, "");
    let o = sb.run(&["export", "--all", "--format", "ics"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let all = stdout(&o);
    let uids = |text: &str| -> Vec<String> {
        text.lines()
            .filter_map(|l| l.strip_prefix("UID:"))
            .map(str::to_owned)
            .collect()
    };
    let mut each = Vec::new();
    for name in names() {
        let ledger = sb.path(&format!("desk/{name}/ledger.json"));
        let o = sb.run(&["-f", ledger.to_str().unwrap(), "export", "--format", "ics"]);
        assert!(o.status.success(), "{}", stderr(&o));
        let mine = uids(&stdout(&o));
        assert!(!mine.is_empty(), "{name} has deadlines");
        each.extend(mine);
    }
    assert_eq!(uids(&all), each, "the same events, the same UIDs, in order");
    assert_eq!(all.matches("BEGIN:VCALENDAR").count(), 1);
    assert!(all.contains("SUMMARY:[korea-mexico JC2-03]"), "{all}");
    assert!(
        all.contains("X-WR-CALNAME:Action items of 5 committees"),
        "{all}"
    );
    let parsed: icalendar::Calendar = all.parse().expect("one valid calendar");
    assert!(
        parsed.components.len() >= each.len(),
        "every event parses back"
    );

    let o = sb.run(&["export", "--all", "--format", "xlsx", "-o", "x.xlsx"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--format ics"), "{}", stderr(&o));
}

#[test]
fn report_all_has_a_section_per_committee_in_each_format() {
    let sb = Sandbox::new();
    Desk::new(&sb, "");
    let o = sb.run(&["--lang", "es", "report", "--all"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let md = stdout(&o);
    assert_eq!(
        md.matches("\n# Minuta de seguimiento de acuerdos: ")
            .count()
            + 1,
        5,
        "{md}"
    );
    assert!(
        md.starts_with("# Minuta de seguimiento de acuerdos: "),
        "{md}"
    );
    assert!(md.contains("Comisión Mixta Corea–México para el Desarrollo de las Pymes"));

    let o = sb.run(&["report", "--all", "--format", "json"]);
    let parsed: Vec<Value> = serde_json::from_str(&stdout(&o)).expect("one JSON array");
    let got: Vec<&str> = parsed
        .iter()
        .map(|p| p["committee"].as_str().unwrap())
        .collect();
    assert_eq!(got, names());
    assert!(parsed.iter().all(|p| p["report"].is_object()));

    let o = sb.run(&["report", "--all", "--format", "csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut csv = csv::ReaderBuilder::new().from_reader(o.stdout.as_slice());
    assert_eq!(&csv.headers().unwrap()[0], "COMMITTEE");
    let rows: Vec<csv::StringRecord> = csv.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 118, "one row per item of every committee");
    assert_eq!(&rows[0][0], "apec");
    assert_eq!(&rows[117][0], "sela");
}

#[test]
fn the_handover_brief_says_what_a_new_officer_needs_in_their_language() {
    let sb = Sandbox::new();
    let desk = Desk::new(&sb, "");
    let km = desk.repo("korea-mexico").path("ledger.json");
    let f = km.to_str().unwrap();
    let run = |args: &[&str]| {
        let o = sb.run(args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        stdout(&o)
    };
    // A closure awaiting Seoul's confirmation.
    run(&["-f", f, "committee", "--closure", "both"]);
    run(&[
        "-f",
        f,
        "--party",
        "INADEM (Mexico)",
        "set",
        "JC2-11",
        "status=done",
    ]);

    let en = run(&["-f", f, "report", "--brief"]);
    assert!(en.starts_with("# Handover brief: Korea–Mexico Joint Committee on SME Development"));
    assert!(en.contains("## Open action items (11)"), "{en}");
    assert!(
        en.contains(
            "Deadline changed 2 times: June 30, 2026 → September 30, 2026 → November 16, 2026"
        ),
        "every deadline JC2-03 had: {en}"
    );
    let awaiting = &en[en.find("## Awaiting the other party").unwrap()..];
    assert!(
        awaiting.contains("**JC2-11**") && awaiting.contains("SMBA (Korea)"),
        "{awaiting}"
    );
    let counterparts = &en[en.find("## Counterparts").unwrap()..];
    assert!(
        counterparts.contains("**중소기업청 SMBA** · mexico.desk"),
        "{counterparts}"
    );
    let reviews = &en[en.find("## Last reviews").unwrap()..];
    assert_eq!(
        reviews.matches("\n### ").count(),
        3,
        "the last three: {reviews}"
    );
    assert!(reviews.contains("### November 16, 2026"), "{reviews}");

    let es = run(&["--lang", "es", "-f", f, "report", "--brief"]);
    assert!(
        es.starts_with(
            "# Informe de traspaso: Comisión Mixta Corea–México para el Desarrollo de las Pymes"
        ),
        "{es}"
    );
    assert!(es.contains("## Acuerdos abiertos (11)"), "{es}");
    assert!(
        es.contains("Plazo reprogramado 2 veces: 30 de junio de 2026"),
        "{es}"
    );
    assert!(es.contains("## Contrapartes"), "{es}");

    let ko = run(&["--lang", "ko", "-f", f, "report", "--brief"]);
    assert!(
        ko.contains("# 인수인계서: 한·멕시코 중소기업 발전 공동위원회"),
        "{ko}"
    );
    assert!(ko.contains("기한 변경 2회"), "{ko}");

    // Every committee, a section each; JSON for scripts.
    let all = run(&["report", "--brief", "--all"]);
    assert_eq!(all.matches("# Handover brief: ").count(), 5, "{all}");
    let json: Vec<Value> =
        serde_json::from_str(&run(&["report", "--brief", "--all", "--format", "json"])).unwrap();
    assert_eq!(json.len(), 5);
    assert_eq!(json[2]["committee"], "korea-mexico");
    assert_eq!(json[2]["brief"]["awaiting"][0]["id"], "JC2-11");
    assert_eq!(json[2]["brief"]["reviews"].as_array().unwrap().len(), 3);
}

#[test]
fn remind_all_sends_each_person_one_mail_with_every_committee() {
    let sb = Sandbox::new();
    let Some(sink) = SmtpSink::start(&sb) else {
        return;
    };
    let config = format!(
        "from = \"Desk <desk@example.org>\"\n{}",
        sink.plain_config()
    );
    let desk = Desk::new(&sb, &config);
    // KOTRA, known with one address in two committees' directories.
    for name in ["celac", "partnership"] {
        let f = desk.repo(name).path("ledger.json");
        let o = sb.run(&[
            "-f",
            f.to_str().unwrap(),
            "person",
            "KOTRA",
            "--email",
            "Mexico@kotra.example.kr",
            "--language",
            "ko",
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let o = sb.run(&["remind", "--all", "--send"]);
    let out = stdout(&o);
    assert!(
        out.contains("sent to KOTRA <Mexico@kotra.example.kr>"),
        "{out}{}",
        stderr(&o)
    );
    let parser = mail_parser::MessageParser::default();
    let mut by_address: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for entry in std::fs::read_dir(&sink.dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let m = parser.parse(&bytes).unwrap();
        let to = m.header_raw("X-Rcpt-To").unwrap().trim().to_lowercase();
        by_address
            .entry(to)
            .or_default()
            .push(m.body_text(0).unwrap().into_owned());
    }
    for (to, mails) in &by_address {
        assert_eq!(mails.len(), 1, "one mail per person: {to}");
    }
    let kotra = &by_address["mexico@kotra.example.kr"][0];
    assert!(
        kotra.contains("■ 한·CELAC 혁신 및 중소기업 국제화 협력"),
        "{kotra}"
    );
    assert!(
        kotra.contains("■ 2025 한·멕시코 파트너십 플러스 위크 후속 조치"),
        "{kotra}"
    );
    // INADEM: in the Korea–Mexico directory, and an owner of a CELAC item
    // that committee's directory does not know: one person, one mail, in
    // the language its directory entry gives.
    let inadem = &by_address["enlace.corea@inadem.example.org"][0];
    assert!(inadem.starts_with("Apreciable INADEM:"), "{inadem}");
    let km = inadem
        .find("■ Comisión Mixta Corea–México para el Desarrollo de las Pymes (6 acuerdos)")
        .expect(inadem);
    let celac = inadem
        .find("■ Cooperación Corea–CELAC en Innovación e Internacionalización de las Pymes (1 acuerdo)")
        .expect(inadem);
    assert!(celac < km, "in the portfolio's order: {inadem}");
    assert!(inadem.contains("[2F-04]"), "{inadem}");
    assert!(
        stdout(&o).contains("sent to INADEM <enlace.corea@inadem.example.org> (7 items)"),
        "{}",
        stdout(&o)
    );
}

/// The desk's repositories, each with a bare hub as `origin` (under
/// `hubs/`) and a git identity for the commits `sync` makes.
fn with_remotes(sb: &Sandbox, desk: &Desk) {
    for (repo, (name, _)) in desk.repos.iter().zip(COMMITTEES) {
        let hub = TestRepo::bare(sb, &format!("hubs/{name}.git"));
        repo.git(&["config", "user.name", "Desk officer"]);
        repo.git(&["config", "user.email", "desk@example.org"]);
        repo.git(&["remote", "add", "origin", hub.dir().to_str().unwrap()]);
        repo.git(&["push", "-q", "-u", "origin", "main"]);
    }
}

#[test]
fn sync_all_reports_each_repository_on_one_line_and_a_failure_stops_nothing() {
    let sb = Sandbox::new();
    let desk = Desk::new(&sb, "");
    with_remotes(&sb, &desk);
    // apec: its remote is gone.
    desk.repo("apec").git(&[
        "remote",
        "set-url",
        "origin",
        sb.path("gone.git").to_str().unwrap(),
    ]);
    // celac: the other capital set a status the desk sets otherwise.
    let hub = sb.path("hubs/celac.git");
    let other = TestRepo::clone(&sb, hub.to_str().unwrap(), "other-celac", "ECLAC");
    let o = sb.run(&[
        "-f",
        other.path("ledger.json").to_str().unwrap(),
        "set",
        "2B-02",
        "status=dropped",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    other.commit(common::GIT_DATE, "2B-02 dropped");
    other.git(&["push", "-q", "origin", "main"]);
    // Every committee has a local edit to send.
    for name in names() {
        let f = sb.path(&format!("desk/{name}/ledger.json"));
        let f = f.to_str().unwrap();
        let (id, change) = match name {
            "celac" => ("2B-02".to_owned(), "status=done"),
            _ => (first_open(f), "status=in-progress"),
        };
        let o = sb.run(&["-f", f, "set", &id, change]);
        assert!(o.status.success(), "{name}: {}", stderr(&o));
    }

    let o = sb.run(&["sync", "--all"]);
    let (out, err) = (stdout(&o), stderr(&o));
    assert_eq!(o.status.code(), Some(2), "the worst: offline; {out}{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 5, "one line each: {out}");
    assert!(
        lines[0].starts_with("apec: remote `origin` unreachable"),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with("celac: ") && lines[1].contains("conflict (2B-02 status)"),
        "{}",
        lines[1]
    );
    for (line, name) in lines[2..]
        .iter()
        .zip(["korea-mexico", "partnership", "sela"])
    {
        assert_eq!(
            *line,
            format!("{name}: synced with origin/main: nothing came in, 1 commit went out"),
        );
        let repo = desk.repo(name);
        assert_eq!(
            repo.git(&["rev-parse", "HEAD"]),
            repo.git(&["rev-parse", "origin/main"]),
            "{name} pushed"
        );
    }
    assert!(err.contains("2 repositories of 5 not synced"), "{err}");

    // Nothing new: every one that can be reached is up to date.
    let o = sb.run(&["sync", "--all"]);
    let out = stdout(&o);
    assert!(out.contains("sela: up to date with origin/main"), "{out}");
}

/// The id of the first open item of the ledger at `path`.
fn first_open(path: &str) -> String {
    let l: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    l["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["status"] == "open")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn a_repository_whose_ledger_leads_out_of_it_is_listed_as_unreadable() {
    let sb = Sandbox::new();
    Desk::new(&sb, "");
    let out = TestRepo::init(&sb, "desk/rogue");
    std::fs::copy(sb.path("desk/apec/ledger.json"), sb.path("elsewhere.json")).unwrap();
    std::os::unix::fs::symlink(sb.path("elsewhere.json"), out.path("ledger.json")).unwrap();
    let o = sb.run(&["check", "--all"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 5, "the others: {}", stdout(&o));
    let err = stderr(&o);
    assert!(
        err.contains("rogue: ") && err.contains("leads outside the repository"),
        "{err}"
    );
    assert!(err.contains("1 ledger of 6"), "counted: {err}");
    // A `path` entry naming such a repository's folder is refused alike.
    let config = format!(
        "[[portfolio]]\npath = {:?}\n",
        out.path("").to_str().unwrap()
    );
    std::fs::write(sb.path("config.toml"), config).unwrap();
    let o = sb.run(&["check", "--all"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("leads outside the repository"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn one_ledger_in_two_entries_is_refused_naming_both() {
    let sb = Sandbox::new();
    let desk = Desk::new(&sb, "");
    let config = std::fs::read_to_string(sb.path("config.toml")).unwrap();
    let again = desk.repo("apec").path("../apec/");
    let config = format!(
        "{config}[[portfolio]]\npath = {:?}\nname = \"APEC\"\n",
        again.to_str().unwrap()
    );
    std::fs::write(sb.path("config.toml"), config).unwrap();
    for args in [&["list", "--all"][..], &["check", "--all"]] {
        let o = sb.run(args);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        assert!(
            stdout(&o).is_empty(),
            "nothing listed twice: {}",
            stdout(&o)
        );
        assert!(
            stderr(&o).contains("“apec” and “APEC” of the portfolio are the same ledger"),
            "{}",
            stderr(&o)
        );
    }
    let o = sb.run(&["--lang", "ko", "check", "--all"]);
    assert!(
        stderr(&o).contains("담당 위원회 “apec” 항목과 “APEC” 항목은 같은 관리대장"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_committee_that_cannot_be_read_stops_no_command_but_any_sending() {
    let sb = Sandbox::new();
    let desk = Desk::new(&sb, "from = \"Desk <desk@example.org>\"\n");
    std::fs::write(desk.repo("celac").path("ledger.json"), "{\"items\": [,]}").unwrap();
    let runs: [&[&str]; 5] = [
        &["list", "--all", "--wide"],
        &["report", "--all"],
        &["report", "--brief", "--all"],
        &["export", "--all", "--format", "ics"],
        &["remind", "--all", "--dry-run"],
    ];
    for args in runs {
        let o = sb.run(args);
        let (out, err) = (stdout(&o), stderr(&o));
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("celac: ") && err.contains("ledger.json:1:"),
            "{args:?}: {err}"
        );
        assert!(
            err.contains("1 committee of 5 could not be read and is left out"),
            "{args:?}: {err}"
        );
        assert!(out.lines().count() > 5, "{args:?}: the rest: {out}");
    }
    let o = sb.run(&["list", "--all", "--json"]);
    let items: Vec<Value> = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(items.len(), 118 - 68, "every committee but celac");
    let o = sb.run(&["remind", "--all", "--send"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nothing was sent"), "{}", stderr(&o));
    let o = sb.run(&["--lang", "es", "list", "--all"]);
    assert!(
        stderr(&o).contains("1 Comisión de 5 no se pudo leer y se omitió"),
        "{}",
        stderr(&o)
    );
}
