//! Spreadsheets: export to xlsx and CSV, the workbook round trip merged like
//! git merges, and adoption of existing action logs in three languages.

mod common;

use calamine::{Data, SheetVisible};
use common::workbook::{part, sheets, write_back};
use common::{Sandbox, fixtures, stderr, stdout};
use followup::ledger::{Ledger, Status, parse_ledger};
use rust_xlsxwriter::{Format, Workbook};
use std::path::Path;

fn load(path: &Path) -> Ledger {
    parse_ledger(&std::fs::read(path).unwrap()).unwrap()
}

fn date(s: &str) -> chrono::NaiveDate {
    followup::base::dates::parse_date(s).unwrap()
}

/// An Excel date cell for `YYYY-MM-DD`.
fn excel_date(s: &str) -> Data {
    let serial =
        (date(s) - chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap()).num_days() as f64;
    Data::DateTime(calamine::ExcelDateTime::new(
        serial,
        calamine::ExcelDateTimeType::DateTime,
        false,
    ))
}

/// `followup -f LEDGER export --format xlsx -o BOOK`, which must succeed.
fn export_xlsx(sb: &Sandbox, ledger: &str, book: &Path) {
    let o = sb.run(&[
        "-f",
        ledger,
        "export",
        "--format",
        "xlsx",
        "-o",
        book.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
}

fn row_of<'a>(rows: &'a mut [Vec<Data>], id: &str) -> &'a mut Vec<Data> {
    rows.iter_mut()
        .find(|r| r.first() == Some(&Data::String(id.into())))
        .unwrap_or_else(|| panic!("no row {id}"))
}

#[test]
fn the_workbook_has_headers_real_dates_a_drop_down_an_overdue_rule_and_a_hidden_snapshot() {
    let sb = Sandbox::new();
    let ledger = sb.fixture("korea-mexico-sme.json");
    for (lang, headers, done) in [
        ("en_US.UTF-8", ["ID", "Title", "Workstream"], "done"),
        (
            "es_MX.UTF-8",
            ["ID", "Título", "Eje de trabajo"],
            "concluido",
        ),
    ] {
        let book = sb.path("book.xlsx");
        let out = sb
            .cmd()
            .env("LANG", lang)
            .args([
                "-f",
                ledger.to_str().unwrap(),
                "export",
                "--format",
                "xlsx",
                "-o",
            ])
            .arg(&book)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        let all = sheets(&book);
        let (_, visible, items) = &all[0];
        assert_eq!(*visible, SheetVisible::Visible);
        for (i, h) in headers.iter().enumerate() {
            assert_eq!(items[0][i], Data::String((*h).into()), "{lang}");
        }
        let jc101 = &items[1];
        assert_eq!(jc101[0], Data::String("JC1-01".into()));
        assert_eq!(
            jc101[4],
            Data::String(done.into()),
            "status label in {lang}"
        );
        match &jc101[5] {
            Data::DateTime(d) => assert_eq!(d.as_f64(), 41988.0), // 2014-12-15
            other => panic!("due is not a date: {other:?}"),
        }
        let snapshot = all
            .iter()
            .find(|(n, ..)| n == "followup-snapshot")
            .expect("snapshot sheet");
        assert_eq!(snapshot.1, SheetVisible::VeryHidden);
        let names: Vec<&str> = all.iter().map(|(n, ..)| n.as_str()).collect();
        assert_eq!(names.len(), 4, "{names:?}");
        let xml = part(&book, "xl/worksheets/sheet1.xml");
        assert!(xml.contains("<dataValidation "), "drop-down");
        assert!(xml.contains(&format!("&quot;{done}&quot;")) || xml.contains(done));
        assert!(xml.contains("<conditionalFormatting"), "overdue highlight");
        assert!(xml.contains("TODAY()"), "compared with today: {xml:.0}");
        assert!(
            xml.contains("<pane ") && xml.contains("frozen"),
            "frozen header"
        );
        assert!(xml.contains("<autoFilter"), "autofilter");
    }
}

#[test]
fn hostile_text_stays_text_in_the_workbook_and_in_csv() {
    let sb = Sandbox::new();
    let ledger = sb.fixture("korea-mexico-sme.json");
    let f = ledger.to_str().unwrap();
    let hostile = [
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "+1+cmd|' /C calc'!A0",
        "@SUM(A1:A9)",
        "-2+3",
        "red \u{1b}[31m alert \u{7} bell",
        "<img src=x onerror=alert(1)>",
        "literal _x0041_ escape",
    ];
    for (n, t) in hostile.iter().enumerate() {
        let o = sb.run(&[
            "-f",
            f,
            "set",
            &format!("JC2-0{}", n + 1),
            &format!("title={t}"),
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let book = sb.path("h.xlsx");
    export_xlsx(&sb, f, &book);
    let all = sheets(&book);
    let items = &all[0].2;
    for (n, t) in hostile.iter().enumerate() {
        let row = &items[3 + n];
        assert_eq!(
            row[1],
            Data::String((*t).to_owned()),
            "row of JC2-0{}",
            n + 1
        );
    }
    let xml = part(&book, "xl/worksheets/sheet1.xml");
    assert!(!xml.contains("<f>"), "no cell is a formula");
    assert!(
        !xml.contains('\u{1b}'),
        "no raw control character in the XML"
    );
    // The round trip sees no change in those cells.
    let o = sb.run(&["-f", f, "import", book.to_str().unwrap(), "--dry-run"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stdout(&o).contains("~ "), "{}", stdout(&o));

    let o = sb.run(&["-f", f, "export", "--format", "csv"]);
    let csv = stdout(&o);
    assert!(csv.contains("'=HYPERLINK("));
    assert!(csv.contains("'+1+cmd"));
    assert!(csv.contains("'@SUM"));
    assert!(csv.contains("'-2+3"));
}

#[test]
fn csv_export_opens_in_excel_with_accents_and_hangul_intact() {
    let sb = Sandbox::new();
    let ledger = sb.fixture("korea-mexico-sme.json");
    let f = ledger.to_str().unwrap();
    sb.run(&[
        "-f",
        f,
        "set",
        "JC2-02",
        "title=중소기업 정책 자문 — Política PyME",
    ]);
    let path = sb.path("items.csv");
    let o = sb
        .cmd()
        .env("LANG", "ko_KR.UTF-8")
        .args([
            "-f",
            f,
            "export",
            "--format",
            "csv",
            "-o",
            path.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 BOM");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(
        text.starts_with("ID,과제명,분야,담당,상태,기한"),
        "{text:.80}"
    );
    assert!(text.contains("중소기업 정책 자문 — Política PyME"));
    assert!(text.contains("Kia Motors México"));
    assert!(text.contains("\r\n"));
    assert!(text.contains(",진행 중,"), "status in Korean");
}

#[test]
fn a_symlink_at_the_output_is_replaced_not_followed() {
    let sb = Sandbox::new();
    let ledger = sb.fixture("korea-mexico-sme.json");
    let target = sb.path("precious.txt");
    std::fs::write(&target, "keep me").unwrap();
    let link = sb.path("out.csv");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let o = sb.run(&[
        "-f",
        ledger.to_str().unwrap(),
        "export",
        "--format",
        "csv",
        "-o",
        "out.csv",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
    assert!(!std::fs::symlink_metadata(&link).unwrap().is_symlink());
    let o = sb.run(&[
        "-f",
        ledger.to_str().unwrap(),
        "export",
        "--format",
        "csv",
        "-o",
    ]);
    assert!(!o.status.success());
    let before = std::fs::read(&ledger).unwrap();
    let o = sb.run(&[
        "-f",
        ledger.to_str().unwrap(),
        "export",
        "--format",
        "csv",
        "-o",
        ledger.to_str().unwrap(),
    ]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "the ledger is never an export target"
    );
    assert_eq!(std::fs::read(&ledger).unwrap(), before);
}

#[test]
fn the_round_trip_merges_workbook_edits_with_ledger_edits_like_git() {
    let sb = Sandbox::new();
    let ledger = sb.fixture("korea-mexico-sme.json");
    let f = ledger.to_str().unwrap();
    std::fs::write(sb.path("config.toml"), "author = \"SE México\"\n").unwrap();
    let book = sb.path("seguimiento.xlsx");
    let o = sb
        .cmd()
        .env("LANG", "es_MX.UTF-8")
        .args([
            "-f",
            f,
            "export",
            "--format",
            "xlsx",
            "-o",
            book.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));

    // The workbook is edited in Excel…
    let mut all = sheets(&book);
    let items = &mut all[0].2;
    row_of(items, "JC2-01")[4] = Data::String("concluido".into());
    row_of(items, "JC2-03")[5] = excel_date("2027-03-31");
    row_of(items, "JC3-01")[5] = excel_date("2027-01-31");
    row_of(items, "JC2-09")[8] = Data::String("La OCDE confirmó los términos del estudio.".into());
    items.retain(|r| r.first() != Some(&Data::String("JC1-01".into())));
    let mut new_row = vec![Data::Empty; 11];
    new_row[1] = Data::String("Joint webinar on SME financing".into());
    new_row[3] = Data::String("SMBA; INADEM".into());
    new_row[4] = Data::String("pendiente".into());
    new_row[5] = excel_date("2027-02-15");
    new_row[6] = Data::String("JC3".into());
    items.push(new_row);
    write_back(&book, &all);

    // …while the ledger changes: another field of an edited item, and the same field of another.
    let o = sb.run(&["-f", f, "set", "JC2-01", "workstream=Liaison office"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = sb.run(&["-f", f, "set", "JC3-01", "due=2027-01-15"]);
    assert!(o.status.success(), "{}", stderr(&o));

    // A dry run lists the changes and writes nothing.
    let before = std::fs::read(&ledger).unwrap();
    let o = sb
        .cmd()
        .env("LANG", "es_MX.UTF-8")
        .args(["-f", f, "import", book.to_str().unwrap(), "--dry-run"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(std::fs::read(&ledger).unwrap() == before, "dry run wrote");
    for expected in [
        "~ JC2-01",
        "estado: en curso → concluido",
        "~ JC2-03",
        "plazo: 2026-11-16 → 2027-03-31",
        "+ JC3-05  Joint webinar on SME financing",
        "JC1-01: fila eliminada de la hoja",
        "nota 2026-11-23 SE México: La OCDE confirmó los términos del estudio.",
        "! JC3-01 plazo: registro de acuerdos 2027-01-15, libro 2027-01-31",
        "simulación: no se escribió nada",
    ] {
        assert!(out.contains(expected), "missing `{expected}` in:\n{out}");
    }

    // The import applies it, records the conflict and exits 1.
    let o = sb.run(&["-f", f, "import", book.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}{}", stdout(&o), stderr(&o));
    assert!(stderr(&o).contains("JC3-01 due"), "{}", stderr(&o));
    let check = sb.run(&["-f", f, "check"]);
    assert!(check.status.success(), "{}", stderr(&check));
    let l = load(&ledger);
    let jc201 = l.item("JC2-01").unwrap();
    assert_eq!(jc201.status, Status::Done);
    assert_eq!(jc201.workstream, "Liaison office", "ledger edit kept");
    assert_eq!(jc201.updated, Some(date("2026-11-23")));
    let jc203 = l.item("JC2-03").unwrap();
    assert_eq!(jc203.due, Some(date("2027-03-31")));
    assert_eq!(jc203.due_history.last(), Some(&date("2026-11-16")));
    let jc301 = l.item("JC3-01").unwrap();
    assert_eq!(
        jc301.due,
        Some(date("2027-01-15")),
        "ours kept until resolved"
    );
    assert_eq!(jc301.conflicts.len(), 1);
    assert_eq!(jc301.conflicts[0].field.to_string(), "due");
    assert_eq!(jc301.conflicts[0].theirs, "2027-01-31");
    assert!(l.item("JC1-01").is_some(), "a deleted row deletes nothing");
    let jc209 = l.item("JC2-09").unwrap();
    let note = jc209.notes.last().unwrap();
    assert_eq!(note.text, "La OCDE confirmó los términos del estudio.");
    assert_eq!(note.author, "SE México");
    assert_eq!(jc209.notes.len(), 3, "earlier notes kept");
    let new = l.item("JC3-05").expect("next id of the JC3 scheme");
    assert_eq!(new.title, "Joint webinar on SME financing");
    assert_eq!(new.owners, ["SMBA", "INADEM"]);
    assert_eq!(new.due, Some(date("2027-02-15")));
    assert_eq!(new.opened, Some(date("2026-11-23")));

    // Settled as merge conflicts are; importing again changes nothing more.
    let o = sb.run(&["-f", f, "resolve", "JC3-01", "due", "theirs"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        load(&ledger).item("JC3-01").unwrap().due,
        Some(date("2027-01-31"))
    );
    let before = std::fs::read(&ledger).unwrap();
    let o = sb.run(&["-f", f, "import", book.to_str().unwrap()]);
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    assert!(
        std::fs::read(&ledger).unwrap() == before,
        "a second import is a no-op: {}",
        stdout(&o)
    );
}

#[test]
fn a_workbook_of_another_committee_is_refused() {
    let sb = Sandbox::new();
    let ledger = sb.fixture("korea-mexico-sme.json");
    let other = sb.fixture("korea-celac-eclac.json");
    let book = sb.path("b.xlsx");
    let o = sb.run(&[
        "-f",
        other.to_str().unwrap(),
        "export",
        "--format",
        "xlsx",
        "-o",
        book.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let before = std::fs::read(&ledger).unwrap();
    let o = sb.run(&[
        "-f",
        ledger.to_str().unwrap(),
        "import",
        book.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("was exported from"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&ledger).unwrap(), before);
}

/// A new empty ledger for adopting logs into.
fn empty_ledger(sb: &Sandbox) -> std::path::PathBuf {
    let path = sb.path("new.json");
    let o = sb.run(&[
        "init",
        path.to_str().unwrap(),
        "--committee",
        "Korea–Mexico Joint Committee on SME Development",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    path
}

#[test]
fn an_english_action_log_in_xlsx_is_adopted_with_excel_and_text_dates() {
    let sb = Sandbox::new();
    let ledger = empty_ledger(&sb);
    let log = sb.path("actions.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Action log").unwrap();
    ws.write_string(0, 0, "Korea–Mexico JC3 action log")
        .unwrap();
    let headers = [
        "No.",
        "Action",
        "Owner",
        "Deadline",
        "Status",
        "Comments",
        "Budget (USD)",
    ];
    for (c, h) in headers.iter().enumerate() {
        ws.write_string(2, c as u16, *h).unwrap();
    }
    let dates = Format::new().set_num_format("dd/mm/yyyy");
    let rows: [[&str; 7]; 3] = [
        [
            "KM-01",
            "Agree the 2027 joint work plan",
            "INADEM, SMBA",
            "",
            "Ongoing",
            "Draft circulated",
            "0",
        ],
        [
            "KM-02",
            "Supplier-readiness workshop with Kia Motors México",
            "Kia Motors México",
            "31/03/2027",
            "On hold",
            "",
            "12000",
        ],
        [
            "",
            "Launch B2B e-commerce matchmaking",
            "INADEM / SMBA",
            "2027-02-26",
            "Completed",
            "",
            "",
        ],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if !v.is_empty() {
                ws.write_string(3 + r as u32, c as u16, *v).unwrap();
            }
        }
    }
    ws.write_number_with_format(3, 3, 46371.0, &dates).unwrap(); // 2026-12-15
    wb.save(&log).unwrap();

    let f = ledger.to_str().unwrap();
    let o = sb.run(&["-f", f, "import", log.to_str().unwrap()]);
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    assert!(stdout(&o).contains("3 rows adopted"), "{}", stdout(&o));
    assert!(sb.run(&["-f", f, "check"]).status.success());
    let l = load(&ledger);
    assert_eq!(l.items.len(), 3);
    let a = &l.items[0];
    assert_eq!(a.id, "KM-01");
    assert_eq!(a.owners, ["INADEM", "SMBA"]);
    assert_eq!(a.due, Some(date("2026-12-15")), "an Excel date");
    assert_eq!(a.status, Status::InProgress);
    assert_eq!(a.notes[0].text, "Draft circulated");
    assert_eq!(
        a.notes[0].author, "workbook actions.xlsx",
        "the file it came from"
    );
    assert_eq!(a.extra["Budget (USD)"], "0");
    let b = &l.items[1];
    assert_eq!(
        b.due,
        Some(date("2027-03-31")),
        "day-first text, day over 12"
    );
    assert_eq!(b.status, Status::Blocked);
    let c = &l.items[2];
    assert_eq!(c.id, "KM-03", "the next id of the file's scheme");
    assert_eq!(c.owners, ["INADEM", "SMBA"]);
    assert_eq!(c.status, Status::Done);
}

#[test]
fn unreadable_cells_are_reported_by_sheet_row_and_column_and_nothing_is_written() {
    let sb = Sandbox::new();
    let ledger = empty_ledger(&sb);
    let log = sb.path("log.csv");
    std::fs::write(
        &log,
        "Action,Owner,Due date,Status\n\
         Agree the work plan,INADEM,03/04/2027,open\n\
         Workshop,Kia Motors México,2027-03-31,someday\n\
         Matchmaking,SMBA,next spring,done\n\
         Minutes,INADEM,2026-11-13,done\n",
    )
    .unwrap();
    let f = ledger.to_str().unwrap();
    let before = std::fs::read(&ledger).unwrap();
    let o = sb.run(&["-f", f, "import", log.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("3 cells cannot be read"), "{err}");
    assert!(
        err.contains("log!C2: “03/04/2027”: day and month could be either way round"),
        "{err}"
    );
    assert!(err.contains("log!D3: “someday”: unknown status"), "{err}");
    assert!(err.contains("log!C4: “next spring”: not a date"), "{err}");
    assert_eq!(std::fs::read(&ledger).unwrap(), before);

    // In Spanish, 03/04/2027 is the 3rd of April.
    let o = sb
        .cmd()
        .env("LANG", "es_MX.UTF-8")
        .args(["-f", f, "import", log.to_str().unwrap(), "--skip-bad"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("filas omitidas (--skip-bad):"), "{out}");
    assert!(out.contains("log!D3"), "{out}");
    let l = load(&ledger);
    let titles: Vec<&str> = l.items.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles, ["Agree the work plan", "Minutes"]);
    assert_eq!(l.items[0].due, Some(date("2027-04-03")));
}

#[test]
fn columns_are_named_with_map_when_headers_are_unusual() {
    let sb = Sandbox::new();
    let ledger = empty_ledger(&sb);
    let log = sb.path("raro.csv");
    std::fs::write(
        &log,
        "Qué;Quién;Cuándo\nPlan de trabajo 2027;INADEM;2027-01-31\n",
    )
    .unwrap();
    let f = ledger.to_str().unwrap();
    let o = sb.run(&["-f", f, "import", log.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--map COLUMN=title"), "{}", stderr(&o));
    let o = sb.run(&[
        "-f",
        f,
        "import",
        log.to_str().unwrap(),
        "--map",
        "qué=title",
        "--map",
        "Quién=owners",
        "--map",
        "C=due",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let l = load(&ledger);
    assert_eq!(l.items[0].title, "Plan de trabajo 2027");
    assert_eq!(l.items[0].owners, ["INADEM"]);
    assert_eq!(l.items[0].due, Some(date("2027-01-31")));
    let o = sb.run(&[
        "-f",
        f,
        "import",
        log.to_str().unwrap(),
        "--map",
        "Dónde=title",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("“Dónde”"), "{}", stderr(&o));
}

#[test]
fn the_committed_action_logs_are_adopted_in_english_spanish_and_korean() {
    for (file, lang, first_owner, status, due) in [
        (
            "action-logs/en-jc3-actions.csv",
            "en_US.UTF-8",
            "INADEM",
            Status::InProgress,
            "2026-12-15",
        ),
        (
            "action-logs/es-seguimiento-acuerdos.csv",
            "es_MX.UTF-8",
            "INADEM",
            Status::InProgress,
            "2026-12-15",
        ),
        (
            "action-logs/ko-이행과제.csv",
            "ko_KR.UTF-8",
            "중소기업청 SMBA",
            Status::InProgress,
            "2026-12-15",
        ),
    ] {
        let sb = Sandbox::new();
        let ledger = empty_ledger(&sb);
        let log = fixtures().join(file);
        let f = ledger.to_str().unwrap();
        let o = sb
            .cmd()
            .env("LANG", lang)
            .args(["-f", f, "import"])
            .arg(&log)
            .output()
            .unwrap();
        assert!(o.status.success(), "{file}: {}{}", stdout(&o), stderr(&o));
        assert!(sb.run(&["-f", f, "check"]).status.success());
        let l = load(&ledger);
        assert_eq!(l.items.len(), 4, "{file}");
        let a = &l.items[0];
        assert_eq!(a.owners[0], first_owner, "{file}");
        assert_eq!(a.status, status, "{file}");
        assert_eq!(a.due, Some(date(due)), "{file}");
        assert_eq!(a.meeting, "JC3", "{file}");
        assert!(l.meeting("JC3").is_some(), "{file}: the meeting is added");
        assert!(!a.notes.is_empty(), "{file}: comments become notes");
        assert!(l.items.iter().any(|i| i.status == Status::Done), "{file}");
        assert!(
            l.items.iter().any(|i| i.status == Status::Blocked),
            "{file}"
        );
    }
}

/// An id added in the sheet and, since the export, in the ledger too: the
/// ledger's item keeps it (it may already be published through git) and the
/// sheet's row moves to a free id, which the import says.
#[test]
fn a_row_whose_id_the_ledger_also_gained_moves_and_the_ledger_keeps_it() {
    let sb = Sandbox::new();
    let ledger = sb.fixture("korea-mexico-sme.json");
    let f = ledger.to_str().unwrap();
    let book = sb.path("actions.xlsx");
    export_xlsx(&sb, f, &book);
    let mut all = sheets(&book);
    let mut row = vec![Data::Empty; 11];
    row[0] = Data::String("JC3-05".into());
    row[1] = Data::String("Seoul's row".into());
    row[6] = Data::String("JC3".into());
    all[0].2.push(row);
    write_back(&book, &all);
    let o = sb.run(&[
        "-f",
        f,
        "add",
        "--title",
        "Mexico's item",
        "--meeting",
        "JC3",
        "--id",
        "JC3-05",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));

    let o = sb.run(&["-f", f, "import", book.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("JC3-05") && stdout(&o).contains("JC3-06"),
        "{}",
        stdout(&o)
    );
    common::assert_loads(&ledger);
    let l = load(&ledger);
    assert_eq!(l.item("JC3-05").unwrap().title, "Mexico's item");
    assert_eq!(l.item("JC3-06").unwrap().title, "Seoul's row");
}

#[test]
fn a_forged_snapshot_changes_nothing_the_visible_sheet_does_not_change() {
    let sb = Sandbox::new();
    let ledger = sb.fixture("korea-mexico-sme.json");
    let f = ledger.to_str().unwrap();
    let book = sb.path("book.xlsx");
    export_xlsx(&sb, f, &book);
    // Only the very hidden snapshot is edited: JC2-01 was due in 1900.
    let mut all = sheets(&book);
    let snap = all
        .iter_mut()
        .find(|s| s.0 == "followup-snapshot")
        .expect("snapshot sheet");
    let key = |r: &Vec<Data>| r.first().cloned();
    let json: String = snap
        .2
        .iter()
        .filter(|r| key(r) == Some(Data::String("ledger".into())))
        .map(|r| match &r[1] {
            Data::String(s) => s.clone(),
            d => panic!("{d:?}"),
        })
        .collect();
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let item = value["items"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|i| i["id"] == "JC2-01")
        .unwrap();
    assert_ne!(item["due"], "1900-01-01");
    item["due"] = "1900-01-01".into();
    let forged = serde_json::to_string(&value).unwrap();
    snap.2
        .retain(|r| key(r) != Some(Data::String("ledger".into())));
    for chunk in forged.as_bytes().chunks(20_000) {
        let chunk = std::str::from_utf8(chunk).expect("ASCII JSON");
        snap.2.push(vec![
            Data::String("ledger".into()),
            Data::String(chunk.into()),
        ]);
    }
    write_back(&book, &all);

    let before = std::fs::read(&ledger).unwrap();
    let o = sb.run(&["-f", f, "import", book.to_str().unwrap(), "--dry-run"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let dry = stdout(&o);
    assert!(
        !dry.contains("JC2-01"),
        "the dry run shows a change:\n{dry}"
    );
    let o = sb.run(&["-f", f, "import", book.to_str().unwrap()]);
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    assert!(
        std::fs::read(&ledger).unwrap() == before,
        "the import wrote what the sheet does not show: {}",
        stdout(&o)
    );
}

#[test]
fn a_korean_log_with_its_own_numbering_is_adopted_with_ids_of_the_scheme() {
    let sb = Sandbox::new();
    let ledger = empty_ledger(&sb);
    let f = ledger.to_str().unwrap();
    for (name, title) in [("조치.csv", "조치 사항"), ("후속.csv", "후속조치")] {
        let log = sb.path(name);
        std::fs::write(
            &log,
            format!(
                "번호,{title},담당기관,기한,상태,회의\n1,공동 작업 계획 합의,중소벤처기업부,2027-03-31,진행 중,JC3\n2,공급망 워크숍,KOTRA,2027-04-30,미착수,JC3\n3,전자상거래 매칭,INADEM,,완료,JC3\n"
            ),
        )
        .unwrap();
        let o = sb
            .cmd()
            .env("LANG", "ko_KR.UTF-8")
            .args(["-f", f, "import", log.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    }
    let l = load(&ledger);
    let ids: Vec<&str> = l.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(
        ids,
        ["JC3-01", "JC3-02", "JC3-03", "JC3-04", "JC3-05", "JC3-06"],
        "the log's numbers are never ids"
    );
    assert_eq!(l.items[0].title, "공동 작업 계획 합의");
    assert_eq!(l.items[0].extra["log_no"], "1");
    assert_eq!(l.items[5].extra["log_no"], "3");
    assert_eq!(l.items[1].status, Status::Open);
    assert!(sb.run(&["-f", f, "check"]).status.success());
}

/// Imports `log` into a new ledger and returns what it said: refused
/// without `--skip-bad` (the ledger untouched), then imported with it.
fn out_of_range_dates_are_bad_cells(sb: &Sandbox, log: &Path, cells: &[&str]) -> Ledger {
    let ledger = empty_ledger(sb);
    let f = ledger.to_str().unwrap();
    let before = std::fs::read(&ledger).unwrap();
    let o = sb.run(&["-f", f, "import", log.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let err = stderr(&o);
    assert!(
        err.contains(&format!("{} cells cannot be read", cells.len())),
        "{err}"
    );
    for cell in cells {
        assert!(
            err.contains(&format!(
                "{cell}: a date outside 1900-01-01 to 9999-12-31, the days a ledger holds"
            )),
            "{cell} in {err}"
        );
    }
    assert_eq!(std::fs::read(&ledger).unwrap(), before);
    let o = sb.run(&["-f", f, "import", log.to_str().unwrap(), "--skip-bad"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    for cell in cells {
        assert!(out.contains(cell), "{cell} skipped: {out}");
    }
    common::assert_loads(&ledger)
}

#[test]
fn dates_a_ledger_cannot_hold_are_bad_cells_in_csv_and_xlsx() {
    let sb = Sandbox::new();
    let log = sb.path("log.csv");
    std::fs::write(
        &log,
        "Action,Owner,Due date,Opened\n\
         Agree the work plan,INADEM,0001-01-01,2026-11-01\n\
         Workshop,SMBA,2027-03-31,1899-12-31\n\
         Minutes,INADEM,2026-11-30,2026-11-13\n",
    )
    .unwrap();
    let l = out_of_range_dates_are_bad_cells(
        &sb,
        &log,
        &["log!C2: “0001-01-01”", "log!D3: “1899-12-31”"],
    );
    let titles: Vec<&str> = l.items.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles, ["Minutes"]);

    let sb = Sandbox::new();
    let log = sb.path("log.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Acuerdos").unwrap();
    for (c, h) in ["Acuerdo", "Responsable", "Fecha límite"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    let dated = Format::new().set_num_format("yyyy-mm-dd");
    ws.write_string(1, 0, "Plan de trabajo").unwrap();
    ws.write_string(1, 1, "INADEM").unwrap();
    ws.write_number(1, 2, 1.0).unwrap(); // Excel's serial 1, as a number
    ws.write_string(2, 0, "Taller").unwrap();
    ws.write_string(2, 1, "SMBA").unwrap();
    ws.write_number_with_format(2, 2, -1.0, &dated).unwrap(); // shown as a date
    ws.write_string(3, 0, "Misión").unwrap();
    ws.write_string(3, 1, "SMBA").unwrap();
    ws.write_string(3, 2, "0001-01-01").unwrap();
    ws.write_string(4, 0, "Minuta").unwrap();
    ws.write_string(4, 1, "INADEM").unwrap();
    ws.write_number(4, 2, 46_387.0).unwrap(); // 2026-12-31
    ws.write_number(5, 2, 3_000_000.0).unwrap(); // past 9999-12-31
    ws.write_string(5, 0, "Seminario").unwrap();
    wb.save(&log).unwrap();
    let l = out_of_range_dates_are_bad_cells(
        &sb,
        &log,
        &[
            "Acuerdos!C2: “1”",
            "Acuerdos!C3: “1899-12-31”",
            "Acuerdos!C4: “0001-01-01”",
            "Acuerdos!C6: “3000000”",
        ],
    );
    let titles: Vec<&str> = l.items.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(titles, ["Minuta"]);
    assert_eq!(l.items[0].due, Some(date("2026-12-31")));
}

#[test]
fn a_workbook_that_closes_an_item_is_a_closure_like_any_other() {
    let sb = Sandbox::new();
    let ledger = sb.fixture("korea-mexico-sme.json");
    let f = ledger.to_str().unwrap();
    let o = sb.run(&["-f", f, "committee", "--closure", "both"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let book = sb.path("follow-up.xlsx");
    export_xlsx(&sb, f, &book);
    let mut all = sheets(&book);
    row_of(&mut all[0].2, "JC3-01")[4] = Data::String("done".into());
    write_back(&book, &all);
    // Nobody said for which party: refused, and nothing is written.
    let before = std::fs::read(&ledger).unwrap();
    let o = sb.run(&["-f", f, "import", book.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("say which party you speak for"),
        "{}",
        stderr(&o)
    );
    assert_eq!(std::fs::read(&ledger).unwrap(), before);
    // For INADEM: closed, and awaiting Seoul's confirmation.
    let o = sb.run(&[
        "--party",
        "INADEM (Mexico)",
        "-f",
        f,
        "import",
        book.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let l = load(&ledger);
    let item = l.item("JC3-01").unwrap();
    assert_eq!(item.status, Status::Done);
    assert!(followup::query::closure_state(&l.committee, item).awaits("SMBA (Korea)"));
}
