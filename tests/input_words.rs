//! Input in the words people type (issue 19): the same dates, statuses and
//! field names are read alike by the command line (`set`, `add`, `list`),
//! the dashboard's form and the spreadsheet import, in each language; the
//! Spanish day-first error; Korean initial-consonant search; draft names.

mod common;

use common::app::{TestApp, press_keys};
use common::{Sandbox, stderr, stdout};
use followup::app::App;
use followup::i18n::Lang;
use followup::ledger::{Field, Ledger, Status, parse_ledger};
use std::path::{Path, PathBuf};

/// Dates typed on Monday 2026-11-23 (the sandbox's and the dashboard's
/// today), and the day each names.
const DATES: &[(Lang, &str, &str)] = &[
    (Lang::Es, "2 de diciembre de 2026", "2026-12-02"),
    (Lang::Es, "2 de diciembre", "2026-12-02"),
    (Lang::Es, "2 dic 2026", "2026-12-02"),
    (Lang::Es, "2 de dic", "2026-12-02"),
    (Lang::Es, "pasado mañana", "2026-11-25"),
    (Lang::Es, "el viernes", "2026-11-27"),
    (Lang::Es, "próximo viernes", "2026-11-27"),
    (Lang::Es, "viernes de la próxima semana", "2026-12-04"),
    (Lang::Es, "en 3 días", "2026-11-26"),
    (Lang::Es, "+2 semanas", "2026-12-07"),
    (Lang::Es, "31/12/2026", "2026-12-31"),
    (Lang::Es, "15 de enero", "2027-01-15"),
    (Lang::Ko, "2026년 12월 2일", "2026-12-02"),
    (Lang::Ko, "12월 2일", "2026-12-02"),
    (Lang::Ko, "모레", "2026-11-25"),
    (Lang::Ko, "다음 주 금요일", "2026-12-04"),
    (Lang::Ko, "이번 주 금요일", "2026-11-27"),
    (Lang::Ko, "3일 후", "2026-11-26"),
    (Lang::Ko, "+2주", "2026-12-07"),
    (Lang::Ko, "2026. 12. 2.", "2026-12-02"),
    (Lang::En, "Dec 2, 2026", "2026-12-02"),
    (Lang::En, "in 3 days", "2026-11-26"),
    (Lang::En, "+2w", "2026-12-07"),
    // Copied from followup's own screens, weekday and all.
    (Lang::Ko, "2027-01-15(금)", "2027-01-15"),
    (Lang::Es, "2026-11-13 (vie)", "2026-11-13"),
    (Lang::Es, "lun 2026-11-23", "2026-11-23"),
    (Lang::Ko, "2026-11-23(월)", "2026-11-23"),
    // Korean deadlines and counts in words.
    (Lang::Ko, "금요일까지", "2026-11-27"),
    (Lang::Ko, "12월 2일까지", "2026-12-02"),
    (Lang::Ko, "한 달 후", "2026-12-23"),
    (Lang::Ko, "사흘 후", "2026-11-26"),
    (Lang::Ko, "일주일 후", "2026-11-30"),
    // Spanish: two-digit years, day/month, ordinals, next week (its Friday).
    (Lang::Es, "31/12/26", "2026-12-31"),
    (Lang::Es, "2/12", "2026-12-02"),
    (Lang::Es, "1º de enero", "2027-01-01"),
    (Lang::Es, "1ro de enero", "2027-01-01"),
    (Lang::Es, "la próxima semana", "2026-12-04"),
    // Another language's words, pasted into a session.
    (Lang::Ko, "2 de diciembre", "2026-12-02"),
    (Lang::Es, "12월 9일", "2026-12-09"),
];

/// Statuses as people type them, in each language.
const STATUSES: &[(Lang, &str, Status)] = &[
    (Lang::Es, "concluida", Status::Done),
    (Lang::Es, "terminado", Status::Done),
    (Lang::Es, "completado", Status::Done),
    (Lang::Es, "cerrado", Status::Done),
    (Lang::Es, "cumplido", Status::Done),
    (Lang::Es, "en proceso", Status::InProgress),
    (Lang::Es, "En curso", Status::InProgress),
    (Lang::Es, "bloqueada", Status::Blocked),
    (Lang::Es, "cancelado", Status::Dropped),
    (Lang::Ko, "진행중", Status::InProgress),
    (Lang::Ko, "진행 중", Status::InProgress),
    (Lang::Ko, "종료", Status::Done),
    (Lang::Ko, "중단", Status::Dropped),
    (Lang::Ko, "보류", Status::Blocked),
    (Lang::Ko, "미착수", Status::Open),
    (Lang::Ko, "보류 중", Status::Blocked),
    (Lang::Ko, "보류중", Status::Blocked),
    (Lang::Ko, "취소됨", Status::Dropped),
    (Lang::Ko, "처리 중", Status::InProgress),
    (Lang::En, "completed", Status::Done),
    (Lang::En, "on hold", Status::Blocked),
];

fn code(lang: Lang) -> &'static str {
    lang.code()
}

fn load(path: &Path) -> Ledger {
    parse_ledger(&std::fs::read(path).unwrap()).unwrap()
}

fn date(s: &str) -> chrono::NaiveDate {
    followup::base::dates::parse_date(s).unwrap()
}

fn sample(sb: &Sandbox) -> PathBuf {
    sb.fixture("korea-mexico-sme.json")
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Runs `followup --lang L -f LEDGER ARGS`, asserting success.
fn ok(sb: &Sandbox, lang: Lang, ledger: &Path, args: &[&str]) -> String {
    let o = sb.run(&[&["--lang", code(lang), "-f", p(ledger)], args].concat());
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    stdout(&o)
}

/// The dashboard's form: the item `id`'s deadline typed as `typed`.
fn typed_in_the_form(lang: Lang, id: &str, typed: &str) -> App {
    let mut a = TestApp::new().lang(lang).manual().loaded().build();
    press_keys(&mut a, &format!("/{id}<Enter>e"));
    for _ in 0..Field::FORM.len() {
        if a.view.mode.form().unwrap().focused() == Field::Due {
            break;
        }
        press_keys(&mut a, "<Tab>");
    }
    press_keys(&mut a, "<End>");
    for _ in 0..40 {
        press_keys(&mut a, "<BS>");
    }
    press_keys(&mut a, &format!("{typed}<Enter>"));
    a
}

/// Why the dashboard's form refused a deadline typed in `lang` (the form
/// stays open and says so).
fn refused_in_the_form(lang: Lang, typed: &str) -> Option<followup::base::dates::DateError> {
    let a = typed_in_the_form(lang, "JC3-04", typed);
    let form = a.view.mode.form().expect("the form stays open");
    match form.problem(Field::Due) {
        Some(followup::app::FieldProblem::Date(e)) => Some(e.clone()),
        _ => None,
    }
}

/// A Spanish import of one row whose deadline cell is `cell`, into a new
/// ledger: its output.
fn imported_deadline(sb: &Sandbox, cell: &str) -> std::process::Output {
    let ledger = sb.path("new.json");
    if !ledger.exists() {
        assert!(
            sb.run(&["init", p(&ledger), "--committee", "C"])
                .status
                .success()
        );
    }
    let csv = sb.path("fechas.csv");
    std::fs::write(&csv, format!("Acuerdo,Plazo\nTaller,{cell}\n")).unwrap();
    sb.run(&["--lang", "es", "-f", p(&ledger), "import", p(&csv)])
}

/// Imports `csv` in `lang` into a new ledger, returning it.
fn imported(sb: &Sandbox, lang: Lang, name: &str, csv: &str) -> Ledger {
    let ledger = sb.path(&format!("{name}.json"));
    let o = sb.run(&["init", p(&ledger), "--committee", "Comisión Mixta"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let file = sb.path(&format!("{name}.csv"));
    std::fs::write(&file, csv).unwrap();
    ok(sb, lang, &ledger, &["import", p(&file)]);
    load(&ledger)
}

#[test]
fn the_same_dates_are_read_by_set_add_the_dashboard_and_the_import() {
    let sb = Sandbox::new();
    let ledger = sample(&sb);
    for lang in Lang::ALL {
        let cases: Vec<_> = DATES.iter().filter(|(l, ..)| *l == lang).collect();
        let mut csv = String::from("Title,Due\n");
        for (n, (_, typed, want)) in cases.iter().enumerate() {
            ok(
                &sb,
                lang,
                &ledger,
                &["set", "JC3-04", &format!("due={typed}")],
            );
            let got = load(&ledger).item("JC3-04").unwrap().due;
            assert_eq!(got, Some(date(want)), "set {lang:?} {typed}");
            let title = format!("Added {lang:?} {n}");
            ok(&sb, lang, &ledger, &["add", "-t", &title, "--due", typed]);
            let l = load(&ledger);
            let added = l.items.iter().find(|i| i.title == title).unwrap();
            assert_eq!(added.due, Some(date(want)), "add {lang:?} {typed}");
            let a = typed_in_the_form(lang, "JC3-04", typed);
            let item = a.doc.ledger().item("JC3-04").unwrap();
            assert_eq!(item.due, Some(date(want)), "dashboard {lang:?} {typed}");
            csv.push_str(&format!("Row {n},\"{typed}\"\n"));
        }
        let l = imported(&sb, lang, &format!("dates-{}", code(lang)), &csv);
        for (n, (_, typed, want)) in cases.iter().enumerate() {
            let item = l.items.iter().find(|i| i.title == format!("Row {n}"));
            assert_eq!(
                item.unwrap().due,
                Some(date(want)),
                "import {lang:?} {typed}"
            );
        }
    }
}

#[test]
fn the_same_statuses_are_read_by_set_add_list_and_the_import() {
    let sb = Sandbox::new();
    let ledger = sample(&sb);
    for lang in Lang::ALL {
        let cases: Vec<_> = STATUSES.iter().filter(|(l, ..)| *l == lang).collect();
        let mut csv = String::from("Title,Status\n");
        for (n, (_, typed, want)) in cases.iter().enumerate() {
            ok(
                &sb,
                lang,
                &ledger,
                &["set", "JC3-04", &format!("status={typed}")],
            );
            let got = load(&ledger).item("JC3-04").unwrap().status;
            assert_eq!(got, *want, "set {lang:?} {typed}");
            let listed = ok(&sb, lang, &ledger, &["list", "--json", "--status", typed]);
            assert!(listed.contains("\"JC3-04\""), "list {lang:?} {typed}");
            let title = format!("Status {lang:?} {n}");
            ok(
                &sb,
                lang,
                &ledger,
                &["add", "-t", &title, "--status", typed],
            );
            let l = load(&ledger);
            let added = l.items.iter().find(|i| i.title == title).unwrap();
            assert_eq!(added.status, *want, "add {lang:?} {typed}");
            csv.push_str(&format!("Row {n},{typed}\n"));
        }
        let l = imported(&sb, lang, &format!("statuses-{}", code(lang)), &csv);
        for (n, (_, typed, want)) in cases.iter().enumerate() {
            let item = l.items.iter().find(|i| i.title == format!("Row {n}"));
            assert_eq!(item.unwrap().status, *want, "import {lang:?} {typed}");
        }
    }
}

#[test]
fn field_names_of_the_screens_are_read_by_set_list_and_the_import() {
    let sb = Sandbox::new();
    let ledger = sample(&sb);
    let cases: &[(Lang, [&str; 4])] = &[
        (Lang::Es, ["plazo", "responsables", "eje", "estado"]),
        (
            Lang::Es,
            ["Fecha límite", "Responsable", "Eje de trabajo", "Estatus"],
        ),
        (Lang::Ko, ["기한", "담당", "분야", "상태"]),
        (Lang::En, ["deadline", "owner", "workstream", "status"]),
    ];
    for (n, (lang, [due, owners, ws, status])) in cases.iter().enumerate() {
        let owner = format!("Owner {n}");
        ok(
            &sb,
            *lang,
            &ledger,
            &[
                "set",
                "JC3-04",
                &format!("{due}=2027-01-0{}", n + 1),
                &format!("{owners}={owner}"),
                &format!("{ws}=Eje {n}"),
                &format!("{status}=blocked"),
            ],
        );
        let l = load(&ledger);
        let item = l.item("JC3-04").unwrap();
        assert_eq!(
            item.due,
            Some(date(&format!("2027-01-0{}", n + 1))),
            "{lang:?}"
        );
        assert_eq!(item.owners, [owner.as_str()], "{lang:?}");
        assert_eq!(item.workstream, format!("Eje {n}"), "{lang:?}");
        assert_eq!(item.status, Status::Blocked, "{lang:?}");
        let csv =
            format!("Título,{due},{owners},{ws},{status}\nUno,2027-02-01,INADEM,Pymes,bloqueado\n");
        let l = imported(&sb, *lang, &format!("fields-{n}"), &csv);
        let item = &l.items[0];
        assert_eq!(item.due, Some(date("2027-02-01")), "import {lang:?} {due}");
        assert_eq!(item.owners, ["INADEM"], "import {lang:?} {owners}");
        assert_eq!(item.workstream, "Pymes", "import {lang:?} {ws}");
        assert_eq!(item.status, Status::Blocked, "import {lang:?} {status}");
    }
    // `--sort` by the field's name in the user's language.
    let by = |lang: Lang, key: &str| ok(&sb, lang, &ledger, &["list", "--json", "--sort", key]);
    let due = by(Lang::En, "due");
    assert_eq!(by(Lang::Es, "plazo"), due);
    assert_eq!(by(Lang::Ko, "기한"), due);
    assert_eq!(by(Lang::Es, "eje"), by(Lang::En, "workstream"));
    assert_ne!(by(Lang::Es, "eje"), due, "another order");
    // Errors list the local names.
    let o = sb.run(&[
        "--lang",
        "es",
        "-f",
        p(&ledger),
        "set",
        "JC3-04",
        "presupuesto=1",
    ]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("responsables"), "{}", stderr(&o));
    let o = sb.run(&["--lang", "ko", "-f", p(&ledger), "list", "--sort", "예산"]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.contains("기한") && err.contains("분야") && !err.contains("due"),
        "{err}"
    );
    // `--due-within` in words.
    let a = ok(
        &sb,
        Lang::Es,
        &ledger,
        &["list", "--json", "--due-within", "2 semanas"],
    );
    assert_eq!(
        a,
        ok(
            &sb,
            Lang::Ko,
            &ledger,
            &["list", "--json", "--due-within", "2주"]
        )
    );
    assert_eq!(
        a,
        ok(
            &sb,
            Lang::En,
            &ledger,
            &["list", "--json", "--due-within", "14d"]
        )
    );
}

#[test]
fn a_month_first_date_in_spanish_says_dates_are_day_first_everywhere() {
    let sb = Sandbox::new();
    let ledger = sample(&sb);
    let o = sb.run(&[
        "--lang",
        "es",
        "-f",
        p(&ledger),
        "set",
        "JC3-04",
        "plazo=12/31/2026",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("el día primero") && err.contains("12/31/2026"),
        "{err}"
    );
    let o = sb.run(&[
        "--lang",
        "es",
        "-f",
        p(&ledger),
        "add",
        "-t",
        "x",
        "--due",
        "12/31/2026",
    ]);
    assert!(stderr(&o).contains("el día primero"), "{}", stderr(&o));
    // The dashboard refuses it, the form stays open and says why.
    let why = refused_in_the_form(Lang::Es, "12/31/2026");
    assert!(
        matches!(why, Some(followup::base::dates::DateError::DayFirst { .. })),
        "{why:?}"
    );
    // The import names the cell and the same reason.
    let o = imported_deadline(&sb, "12/31/2026");
    assert!(!o.status.success());
    assert!(stderr(&o).contains("el día va primero"), "{}", stderr(&o));
}

/// A date copied from the screens with its weekday is read back in every
/// language, and a weekday that is not the date's is refused by name.
#[test]
fn a_weekday_beside_a_date_is_checked_by_set_add_the_dashboard_and_the_import() {
    use chrono::Datelike;
    use followup::base::date_input::parse_date_input;
    use followup::base::dates::weekday_key;
    let today = date("2026-11-23");
    for lang in Lang::ALL {
        let cat = followup::i18n::catalog(lang);
        for day in ["2026-11-23", "2026-12-04", "2027-01-17"] {
            let d = date(day);
            let shown = followup::tr!(
                cat,
                "day-date",
                day = cat.text(&format!("day-{}", weekday_key(d.weekday()))),
                date = day
            );
            assert_eq!(parse_date_input(&shown, today, lang), Ok(d), "{shown}");
        }
    }
    let sb = Sandbox::new();
    let ledger = sample(&sb);
    let refused = |lang: &str, args: &[&str]| {
        let o = sb.run(&[&["--lang", lang, "-f", p(&ledger)], args].concat());
        assert_eq!(o.status.code(), Some(1), "{args:?}: {}", stderr(&o));
        stderr(&o)
    };
    let err = refused("es", &["set", "JC3-04", "plazo=2027-01-15 (jue)"]);
    assert!(err.contains("el 2027-01-15 es viernes, no jueves"), "{err}");
    let err = refused("ko", &["add", "-t", "x", "--due", "2027-01-15(목)"]);
    assert!(
        err.contains("2027-01-15는 목요일이 아니라 금요일입니다"),
        "{err}"
    );
    let err = refused("en", &["set", "JC3-04", "due=Thu 2027-01-15"]);
    assert!(
        err.contains("2027-01-15 is a Friday, not a Thursday"),
        "{err}"
    );
    let why = refused_in_the_form(Lang::Es, "2027-01-15 (jue)");
    assert!(
        matches!(
            why,
            Some(followup::base::dates::DateError::WrongWeekday { .. })
        ),
        "{why:?}"
    );
    let o = imported_deadline(&sb, "2027-01-15 (jue)");
    assert!(!o.status.success(), "the import refuses it too");
}

/// `--due-within` in the words of each language, months counted from today
/// to the same day next month (2026-11-23 → 2026-12-23: 30 days).
#[test]
fn due_within_reads_weeks_and_months_in_words() {
    let sb = Sandbox::new();
    let ledger = sample(&sb);
    let within = |lang, s: &str| ok(&sb, lang, &ledger, &["list", "--json", "--due-within", s]);
    let week = within(Lang::En, "7d");
    assert_eq!(within(Lang::Ko, "일주일"), week);
    assert_eq!(within(Lang::Ko, "한 주"), week);
    assert_eq!(within(Lang::Es, "1 semana"), week);
    let month = within(Lang::En, "30d");
    assert_ne!(
        month, week,
        "the sample has items due in the month after the week"
    );
    for (lang, s) in [
        (Lang::Es, "1 mes"),
        (Lang::Ko, "1개월"),
        (Lang::Ko, "한 달"),
        (Lang::En, "1m"),
    ] {
        assert_eq!(within(lang, s), month, "{s}");
    }
    let o = sb.run(&[
        "--lang",
        "es",
        "-f",
        p(&ledger),
        "list",
        "--due-within",
        "99999999 años",
    ]);
    assert!(!o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("fuera de rango"), "{}", stderr(&o));
}

#[test]
fn korean_initial_consonants_find_owners_in_the_dashboard_and_list() {
    let sb = Sandbox::new();
    let ledger = sample(&sb);
    ok(&sb, Lang::Ko, &ledger, &["set", "JC2-03", "담당=조강래"]);
    for q in ["조강", "ㅈㄱㄹ", "ㅈㄱ", "조ㄱ"] {
        let listed = ok(&sb, Lang::Ko, &ledger, &["list", "--json", "--owner", q]);
        let l: Vec<serde_json::Value> = serde_json::from_str(&listed).unwrap();
        let ids: Vec<&str> = l.iter().map(|i| i["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["JC2-03"], "--owner {q}");
    }
    let listed = ok(
        &sb,
        Lang::Ko,
        &ledger,
        &["list", "--json", "--owner", "ㄱㅈ"],
    );
    assert_eq!(listed.trim(), "[]");
    let l = load(&ledger);
    for q in ["ㅈㄱㄹ", "조ㄱ"] {
        let mut a = TestApp::new().ledger(l.clone()).lang(Lang::Ko).build();
        press_keys(&mut a, &format!("/{q}<Enter>"));
        let found: Vec<&str> = a
            .view
            .search
            .matches
            .iter()
            .filter_map(|r| match a.view.rows[r] {
                followup::app::ViewRow::Item(i) => Some(a.doc.ledger().items[i].id.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(found, ["JC2-03"], "search {q}");
    }
}

#[test]
fn draft_file_names_keep_accents_and_hangul_and_are_safe_everywhere() {
    use followup::outreach::mail::file_name;
    use unicode_normalization::UnicodeNormalization;
    assert_eq!(file_name(1, "María José Núñez"), "01-maría-josé-núñez.eml");
    assert_eq!(file_name(2, "조강래"), "02-조강래.eml");
    // Decomposed (as macOS types it) becomes one composed form.
    let decomposed: String = "Núñez 조강래".nfd().collect();
    assert_eq!(file_name(3, &decomposed), "03-núñez-조강래.eml");
    let hostile = [
        "../../etc/passwd",
        ".hidden",
        "a/b\\c:d*e?f\"g<h>i|j",
        "CON",
        "nul.txt",
        "\u{202e}gpj.exe",
        "line\nbreak\ttab\u{0}",
        &"조".repeat(300),
        &"é".repeat(300),
        "",
        "   ",
    ];
    for (i, name) in hostile.iter().enumerate() {
        let f = file_name(i + 1, name);
        assert!(f.len() < 100, "{f}: {} bytes", f.len());
        assert!(!f.starts_with('.'), "{f}");
        assert!(f.ends_with(".eml"), "{f}");
        assert!(
            !f.chars()
                .any(|c| "/\\:*?\"<>|".contains(c) || c.is_control()),
            "{f:?}"
        );
        assert!(!f.contains('\u{202e}'), "{f:?}");
        assert_eq!(f, f.nfc().collect::<String>(), "NFC");
        let stem = f.trim_end_matches(".eml");
        assert!(stem.starts_with(&format!("{:02}", i + 1)), "{f}");
    }
}

#[test]
fn notes_are_by_the_users_party_else_the_secretariat_in_the_users_language() {
    let sb = Sandbox::new();
    let ledger = sample(&sb);
    let note = |lang: &str| {
        let o = sb
            .cmd()
            .env_remove("USER")
            .args(["--lang", lang, "-f", p(&ledger), "note", "JC3-04", "Texto"])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        load(&ledger)
            .item("JC3-04")
            .unwrap()
            .notes
            .last()
            .unwrap()
            .author
            .clone()
    };
    assert_eq!(note("es"), "Secretaría Técnica");
    assert_eq!(note("ko"), "사무국");
    std::fs::write(sb.path("config.toml"), "party = \"INADEM (México)\"\n").unwrap();
    assert_eq!(
        note("ko"),
        "INADEM (México)",
        "the party beats the secretariat"
    );
    // Imported notes name the file they came from, in the user's language.
    let csv = "Acuerdo,Observaciones\nTaller,Borrador enviado\n";
    let l = imported(&sb, Lang::Es, "notas", csv);
    assert_eq!(l.items[0].notes[0].author, "hoja de cálculo notas.csv");
}
