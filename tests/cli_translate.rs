//! `followup translate`, `committee --languages`, `list --untranslated` and
//! the committee's texts in the reader's language in `list` and `show`,
//! on the sample working in English, Spanish and Korean.

mod common;
use common::bilingual::{JC2_01_KO, JC2_03_KO_OUTDATED, JC2_09_KO, write_bilingual_sample};
use common::*;
use followup::i18n::Lang;
use followup::ledger::{Ledger, TextRef, parse_ledger};
use std::path::PathBuf;
use std::process::Output;

/// The bilingual sample in a sandbox, and `followup --lang LANG -f it …`.
struct Bilingual {
    sb: Sandbox,
    path: PathBuf,
}

impl Bilingual {
    fn new() -> Self {
        let sb = Sandbox::new();
        let path = sb.path("ledger.json");
        write_bilingual_sample(&path);
        Bilingual { sb, path }
    }

    /// `followup --lang LANG -f LEDGER ARGS`.
    fn run(&self, lang: &str, args: &[&str]) -> Output {
        let mut all = vec!["--lang", lang, "-f", self.path.to_str().unwrap()];
        all.extend_from_slice(args);
        self.sb.run(&all)
    }

    /// Runs and returns standard output, failing the test on an error.
    fn ok(&self, lang: &str, args: &[&str]) -> String {
        let out = self.run(lang, args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        stdout(&out)
    }

    /// The ledger as the file now holds it.
    fn ledger(&self) -> Ledger {
        parse_ledger(&std::fs::read(&self.path).unwrap()).unwrap()
    }

    fn bytes(&self) -> Vec<u8> {
        std::fs::read(&self.path).unwrap()
    }
}

/// The line of `text` that starts (after spaces) with `label`.
fn line<'a>(text: &'a str, label: &str) -> &'a str {
    text.lines()
        .find(|l| l.trim_start().starts_with(label))
        .unwrap_or_else(|| panic!("no `{label}` line in:\n{text}"))
}

const JC2_09_ES: &str =
    "Participar en el estudio de la OCDE sobre cómo apoyar a las pymes tradicionales";

#[test]
fn a_translated_title_is_what_readers_of_that_language_see_in_show_and_list() {
    let b = Bilingual::new();
    let said = b.ok("es", &["translate", "JC2-09", "--into", "es", JC2_09_ES]);
    assert_eq!(
        said.trim(),
        "el título de JC2-09: traducción al español registrada"
    );
    let show = b.ok("es", &["show", "JC2-09"]);
    assert_eq!(
        line(&show, "título:"),
        format!("título:         {JC2_09_ES}")
    );
    let list = b.ok("es", &["list", "--wide"]);
    assert!(line(&list, "JC2-09").ends_with(JC2_09_ES), "{list}");
    let ko = b.ok("ko", &["show", "JC2-09"]);
    assert!(line(&ko, "과제명:").ends_with(JC2_09_KO), "{ko}");
    let en = b.ok("en", &["show", "JC2-09"]);
    assert!(
        line(&en, "title:")
            .ends_with("Join the OECD study on ways and means to support traditional SMEs"),
        "{en}"
    );
    let t = b.ledger().item("JC2-09").unwrap().translations.clone();
    let es = t.get("title", Lang::Es).expect("recorded");
    assert_eq!(
        (es.text.as_str(), es.author.as_str()),
        (JC2_09_ES, "tester")
    );
    assert_eq!(es.date.to_string(), TODAY);
}

#[test]
fn show_lists_the_title_in_every_working_language_with_its_state_aligned() {
    let b = Bilingual::new();
    let show = b.ok("es", &["show", "JC2-03"]);
    let lines: Vec<&str> = show.lines().collect();
    let at = lines.iter().position(|l| l.starts_with("título:")).unwrap();
    // Read in Spanish (current): the English original and the outdated
    // Korean translation below it; the Spanish one is not repeated.
    assert!(lines[at].ends_with("Kia Motors en Nuevo León"), "{show}");
    let indent = " ".repeat("título:         ".chars().count());
    let original = "Shortlist Mexican SMEs as suppliers for the Kia Motors plant in Nuevo León";
    assert_eq!(
        lines[at + 1],
        format!("{indent}en  {:<14}  {original}", "original")
    );
    assert_eq!(lines[at + 2], format!("{indent}es  traducido"));
    assert_eq!(
        lines[at + 3],
        format!("{indent}ko  desactualizado  {JC2_03_KO_OUTDATED}")
    );
    assert!(lines[at + 4].starts_with("estado:"), "{show}");
    let ko = b.ok("ko", &["show", "JC2-03"]);
    let title = line(&ko, "과제명:");
    assert!(title.ends_with("[en, 갱신 필요]"), "{ko}");
    assert!(title.contains("Shortlist Mexican SMEs"), "{ko}");
}

#[test]
fn a_note_is_translated_by_the_number_show_gives_it() {
    let b = Bilingual::new();
    let show = b.ok("en", &["show", "JC2-01"]);
    let newest = line(&show, "3. 2026-11-20");
    assert!(newest.contains("Liaison arrived in Mexico City"), "{show}");
    let es = "Llegó el enlace a la Ciudad de México; trámites de residencia pendientes.";
    let said = b.ok(
        "es",
        &["translate", "JC2-01", "--note", "3", "--into", "es", es],
    );
    assert_eq!(
        said.trim(),
        "la nota 3 de JC2-01: traducción al español registrada"
    );
    let item = b.ledger().item("JC2-01").unwrap().clone();
    assert_eq!(
        item.notes[2]
            .translations
            .get("text", Lang::Es)
            .unwrap()
            .text,
        es
    );
    assert!(item.notes[1].translations.is_empty());
    let show = b.ok("es", &["show", "JC2-01"]);
    assert!(line(&show, "3. 2026-11-20").ends_with(es), "{show}");
    // The oldest note carries the sample's Korean translation.
    let ko = b.ok("ko", &["show", "JC2-01"]);
    assert!(
        line(&ko, "1. 2015-06-17").ends_with("연락관은 18개월간 멕시코에 체류한다."),
        "{ko}"
    );
    assert!(line(&ko, "3. 2026-11-20").ends_with("[en]"), "{ko}");
}

#[test]
fn meetings_workstreams_and_the_committee_name_are_translated_and_shown() {
    let b = Bilingual::new();
    let said = b.ok(
        "ko",
        &[
            "translate",
            "--meeting",
            "JC3",
            "--place",
            "--into",
            "ko",
            "멕시코시티",
        ],
    );
    assert_eq!(said.trim(), "회의 JC3의 장소: 한국어 번역을 기록했습니다");
    b.ok(
        "ko",
        &[
            "translate",
            "--meeting",
            "JC3",
            "--into",
            "ko",
            "제3차 공동위원회 (2026년 회기)",
        ],
    );
    b.ok(
        "es",
        &[
            "translate",
            "--workstream",
            "Kia supplier integration",
            "--into",
            "es",
            "Integración de proveedores de Kia",
        ],
    );
    let said = b.ok(
        "es",
        &[
            "translate",
            "--committee",
            "--into",
            "es",
            "Comisión Mixta México–Corea de Desarrollo de las PYMES",
        ],
    );
    assert!(said.contains("traducción al español registrada"), "{said}");
    let ko = b.ok("ko", &["show", "JC3-04"]);
    assert!(
        line(&ko, "회의:").contains("JC3, 제3차 공동위원회 (2026년 회기), 멕시코시티, 2026-10-14"),
        "{ko}"
    );
    let ko = b.ok("ko", &["show", "JC2-01"]);
    assert!(
        line(&ko, "회의:").contains("JC2, 제2차 공동위원회, 서울"),
        "{ko}"
    );
    assert_eq!(line(&ko, "분야:"), "분야:           SMBA 연락관");
    let es = b.ok("es", &["list", "--wide"]);
    let row = line(&es, "JC2-03");
    assert!(row.contains("Integración de proveedores de Kia  "), "{es}");
    assert!(
        line(&es, "JC2-09").contains("Policy & studies [en]"),
        "an untranslated workstream is marked: {es}"
    );
    let l = b.ledger();
    let name = l.committee.translations.get("name", Lang::Es).unwrap();
    assert_eq!(
        name.text,
        "Comisión Mixta México–Corea de Desarrollo de las PYMES"
    );
    assert!(l.text(&TextRef::MeetingPlace("JC3".into())).is_some());
}

#[test]
fn an_edited_title_shows_its_original_marked_until_translated_again() {
    let b = Bilingual::new();
    let before = b.ok("ko", &["show", "JC2-01"]);
    assert!(line(&before, "과제명:").ends_with(JC2_01_KO), "{before}");
    b.ok(
        "en",
        &[
            "set",
            "JC2-01",
            "title=Post an SMBA liaison officer at INADEM for 24 months",
        ],
    );
    let ko = b.ok("ko", &["show", "JC2-01"]);
    assert_eq!(
        line(&ko, "과제명:"),
        "과제명:         Post an SMBA liaison officer at INADEM for 24 months [en, 갱신 필요]"
    );
    assert!(line(&ko, "ko  번역 갱신 필요").ends_with(JC2_01_KO), "{ko}");
    let list = b.ok("ko", &["list", "--wide"]);
    assert!(
        line(&list, "JC2-01").ends_with("24 months [en, 갱신 필요]"),
        "{list}"
    );
    let todo = b.run("ko", &["list", "--untranslated", "ko", "--wide"]);
    let rows = stdout(&todo);
    assert_eq!(
        line(&rows, "JC2-01  과제명"),
        "JC2-01  과제명  번역 갱신 필요  Post an SMBA liaison officer at INADEM for 24 months"
    );
    assert!(
        stderr(&todo).contains("번역 갱신 필요 2건"),
        "{}",
        stderr(&todo)
    );
    // Translated again: current, and off the list.
    b.ok(
        "ko",
        &[
            "translate",
            "JC2-01",
            "--into",
            "ko",
            "INADEM에 SMBA 연락관 24개월 파견",
        ],
    );
    let rows = b.ok("ko", &["list", "--untranslated", "ko", "--wide"]);
    assert!(!rows.contains("JC2-01  과제명"), "{rows}");
}

#[test]
fn list_untranslated_gives_each_text_left_with_its_state_and_original() {
    let b = Bilingual::new();
    let out = b.run(
        "en",
        &[
            "list",
            "--untranslated",
            "es",
            "--status",
            "blocked",
            "--wide",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "ID      TEXT    TRANSLATION  ORIGINAL\n\
         JC2-09  title   missing      Join the OECD study on ways and means to support traditional SMEs\n\
         JC2-09  note 1  missing      Waiting for the OECD terms of reference.\n\
         JC2-09  note 2  missing      Still no terms of reference; escalate at the next review.\n\
         JC3-02  title   missing      Supplier-readiness workshop with the Kia Motors México purchasing team\n\
         JC3-02  note 1  missing      Blocked until the supplier shortlist (JC2-03) is confirmed.\n"
    );
    let summary = stderr(&out);
    assert!(
        summary.contains("5 texts of 2 items to translate into Spanish (0 outdated)"),
        "{summary}"
    );
    assert!(
        summary.contains("also "),
        "the committee's own texts are counted: {summary}"
    );
    // JSON: the items themselves, raw.
    let json = b.ok(
        "en",
        &[
            "list",
            "--untranslated",
            "es",
            "--status",
            "blocked",
            "--json",
        ],
    );
    let items: serde_json::Value = serde_json::from_str(&json).unwrap();
    let ids: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["JC2-09", "JC3-02"]);
}

#[test]
fn originals_are_shown_as_written_with_original() {
    let b = Bilingual::new();
    let show = b.ok("ko", &["--original", "show", "JC2-01"]);
    assert_eq!(
        line(&show, "과제명:"),
        "과제명:         Post an SMBA liaison officer at INADEM for 18 months"
    );
    assert!(line(&show, "ko  번역됨").ends_with(JC2_01_KO), "{show}");
    let list = b.ok("ko", &["list", "--original", "--wide"]);
    assert!(!list.contains(JC2_01_KO), "{list}");
    assert!(!list.contains("[en]"), "originals carry no mark: {list}");
}

#[test]
fn json_stays_the_raw_data() {
    let b = Bilingual::new();
    let show: serde_json::Value =
        serde_json::from_str(&b.ok("ko", &["show", "JC2-01", "--json"])).unwrap();
    assert_eq!(
        show["title"],
        "Post an SMBA liaison officer at INADEM for 18 months"
    );
    assert_eq!(show["translations"]["title"]["ko"]["text"], JC2_01_KO);
    let list = b.ok("ko", &["list", "--json"]);
    assert!(
        list.contains("\"title\": \"Post an SMBA liaison officer"),
        "{list}"
    );
}

#[test]
fn refusals_are_said_in_the_users_language_and_change_nothing() {
    let b = Bilingual::new();
    let before = b.bytes();
    let cases: [(&[&str], &str); 7] = [
        (
            &["translate", "JC2-01", "--into", "en", "x"],
            "el título de JC2-01 se escribió en inglés",
        ),
        (
            &["translate", "JC2-01", "--note", "9", "--into", "es", "x"],
            "no existe la nota 9 de JC2-01",
        ),
        (
            &["translate", "JC9-99", "--into", "es", "x"],
            "no existe el acuerdo `JC9-99`",
        ),
        (
            &["translate", "--meeting", "JC9", "--into", "es", "x"],
            "no existe la reunión `JC9`",
        ),
        (
            &["translate", "JC2-01", "--into", "fr", "x"],
            "followup habla en, es y ko",
        ),
        (
            &["translate", "JC2-01", "--into", "es"],
            "escriba la traducción",
        ),
        (
            &["translate", "JC2-09", "--written-in", "ko", "x"],
            "`--written-in` no lleva traducción",
        ),
    ];
    for (args, said) in cases {
        let out = b.run("es", args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(said), "{args:?}: {}", stderr(&out));
        assert_eq!(b.bytes(), before, "{args:?}: the file is untouched");
    }
    b.ok("en", &["meeting", "JC4", "--date", "2027-03-01"]);
    let place = [
        "translate",
        "--meeting",
        "JC4",
        "--place",
        "--into",
        "es",
        "x",
    ];
    let out = b.run("es", &place);
    assert_eq!(out.status.code(), Some(1), "no place: {}", stdout(&out));
    assert!(
        stderr(&out).contains("el lugar de la reunión JC4"),
        "{}",
        stderr(&out)
    );
    let out = b.run(
        "ko",
        &["translate", "JC2-01", "--note", "9", "--into", "es", "x"],
    );
    assert!(stderr(&out).contains("JC2-01의 메모 9"), "{}", stderr(&out));
    // Not one of the committee's working languages, in Korean.
    b.ok("en", &["committee", "--languages", "en,es"]);
    let out = b.run("ko", &["translate", "JC2-09", "--into", "ko", "x"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("`followup committee --languages en,es,ko`"),
        "{}",
        stderr(&out)
    );
    let out = b.run("ko", &["list", "--untranslated", "ko"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}

#[test]
fn the_ui_language_and_the_translations_language_are_two_flags() {
    let b = Bilingual::new();
    let said = b.ok("ko", &["translate", "JC2-09", "--into", "es", JC2_09_ES]);
    assert_eq!(
        said.trim(),
        "JC2-09의 과제명: 스페인어 번역을 기록했습니다",
        "Korean words, a Spanish translation"
    );
    let said = b.ok("es", &["translate", "JC2-09", "--into", "es", "--remove"]);
    assert_eq!(
        said.trim(),
        "el título de JC2-09: traducción al español eliminada"
    );
    let out = b.run("es", &["translate", "JC2-09", "--into", "es", ""]);
    assert_eq!(out.status.code(), Some(1), "nothing left to remove");
    assert!(
        stderr(&out).contains("no tiene traducción al español"),
        "{}",
        stderr(&out)
    );
    b.ok("es", &["translate", "JC2-09", "--into", "es", JC2_09_ES]);
    let said = b.ok("es", &["translate", "JC2-09", "--into", "es", ""]);
    assert!(said.contains("eliminada"), "an empty text removes: {said}");
}

#[test]
fn the_committee_sets_its_working_languages() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let run = |args: &[&str]| {
        let mut all = vec!["--lang", "es", "-f", path.to_str().unwrap()];
        all.extend_from_slice(args);
        sb.run(&all)
    };
    let out = run(&[
        "committee",
        "--name",
        "Comisión Mixta",
        "--languages",
        "en,ko,es",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        "comisión: Comisión Mixta (INADEM (Mexico), SMBA (Korea)); idiomas de trabajo: inglés, coreano, español"
    );
    let l = parse_ledger(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(l.committee.languages, [Lang::En, Lang::Ko, Lang::Es]);
    let out = run(&["committee", "--languages", "en,ko,es"]);
    assert_eq!(stdout(&out).trim(), "sin cambios");
    // The originals are English: another first language is refused, and
    // nothing of the command is written.
    let before = std::fs::read(&path).unwrap();
    let out = run(&["committee", "--name", "Otra", "--languages", "es,ko,en"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("escritos en inglés")
            && stderr(&out).contains("`en` debe permanecer"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let out = run(&["committee", "--languages", "es,fr"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("`fr`: followup habla en, es y ko"),
        "{}",
        stderr(&out)
    );
    let out = run(&["committee"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--languages"), "{}", stderr(&out));
}

#[test]
fn the_original_language_is_recorded_with_written_in() {
    let b = Bilingual::new();
    let said = b.ok("en", &["translate", "JC2-09", "--written-in", "ko"]);
    assert!(said.contains("written in Korean"), "{said}");
    assert_eq!(b.ledger().item("JC2-09").unwrap().language, Some(Lang::Ko));
    let rows = b.ok("en", &["list", "--untranslated", "ko", "--wide"]);
    assert!(!rows.contains("JC2-09  title"), "{rows}");
    let out = b.run("en", &["translate", "--committee", "--written-in", "ko"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
}

#[test]
fn the_written_file_round_trips_and_keeps_hangul_and_accents() {
    let b = Bilingual::new();
    let es = "Año de la pequeña y mediana empresa: señalización, acción";
    b.ok("en", &["translate", "JC2-11", "--into", "es", es]);
    b.ok(
        "en",
        &[
            "translate",
            "JC2-11",
            "--into",
            "ko",
            "벤처투자 한국벤처투자 회의 후속 조치",
        ],
    );
    b.ok(
        "en",
        &[
            "translate",
            "JC2-01",
            "--note",
            "2",
            "--into",
            "ko",
            "2026년 회기에서 재개",
        ],
    );
    let text = String::from_utf8(b.bytes()).unwrap();
    assert!(text.contains(es), "accents written as themselves");
    assert!(
        text.contains("벤처투자 한국벤처투자"),
        "Hangul written as itself"
    );
    b.ok("en", &["check", "--strict"]);
    let fmt = b.ok("en", &["fmt", "--check"]);
    assert!(fmt.contains("already canonical"), "{fmt}");
    let show = b.ok("es", &["show", "JC2-11"]);
    assert!(line(&show, "título:").ends_with(es), "{show}");
    let show = b.ok("ko", &["show", "JC2-11"]);
    assert!(line(&show, "과제명:").ends_with("회의 후속 조치"), "{show}");
}

#[test]
fn a_translation_with_control_characters_is_shown_escaped() {
    let b = Bilingual::new();
    let nasty = "Título\u{1b}[2J\u{7}borrado\u{202e}";
    b.ok("en", &["translate", "JC2-11", "--into", "es", nasty]);
    for args in [
        &["show", "JC2-11"][..],
        &["list", "--wide"][..],
        &["list", "--untranslated", "ko", "--wide"][..],
    ] {
        let out = b.run("es", args);
        let text = stdout(&out);
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}') && !text.contains('\u{202e}'),
            "{args:?}: {text:?}"
        );
        if args[0] != "list" || args.len() == 2 {
            assert!(
                text.contains(r"Título\e[2J\aborrado\u{202e}"),
                "{args:?}: {text}"
            );
        }
    }
    let said = b.run(
        "es",
        &[
            "translate",
            "--workstream",
            "x\u{1b}]0;y",
            "--into",
            "es",
            "z",
        ],
    );
    assert!(!stderr(&said).contains('\u{1b}'), "{:?}", stderr(&said));
}
