//! The command line in Spanish and Korean: what it says, what it reads
//! (dates, statuses, names), and what it never translates (the file,
//! `--json`, textconv).

mod common;
use common::*;
use followup::base::dates::format_date;
use followup::ledger::Status;
use std::path::Path;

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// `followup ARGS` with `vars` set (on top of the sandbox's clean environment).
fn run_env(sb: &Sandbox, vars: &[(&str, &str)], args: &[&str]) -> std::process::Output {
    let mut c = sb.cmd();
    for (k, v) in vars {
        c.env(k, v);
    }
    c.args(args).output().unwrap()
}

#[test]
fn spanish_dates_and_statuses_are_read_and_stored_canonically() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let out = sb.run(&[
        "--lang",
        "es",
        "-f",
        p(&path),
        "set",
        "JC2-11",
        "due=viernes",
        "status=bloqueado",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        "JC2-11: plazo al 2026-11-27 (pospuesto; reprogramado una vez; plazo inicial: 2026-11-25); JC2-11: pendiente → bloqueado"
    );
    let l = assert_loads(&path);
    let it = l.item("JC2-11").unwrap();
    assert_eq!(it.status, Status::Blocked);
    assert_eq!(it.due.map(format_date).as_deref(), Some("2026-11-27"));
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("\"blocked\"")
    );
    // Day first in Spanish.
    let out = sb.run(&[
        "--lang",
        "es",
        "-f",
        p(&path),
        "add",
        "--title",
        "Taller",
        "--due",
        "31/03/2027",
    ]);
    assert_eq!(stdout(&out).trim(), "se agregó A-01", "{}", stderr(&out));
    let l = assert_loads(&path);
    assert_eq!(
        l.item("A-01").unwrap().due.map(format_date).as_deref(),
        Some("2027-03-31")
    );
}

#[test]
fn korean_dates_and_statuses_are_read_from_the_locale() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let ko = [("LANG", "ko_KR.UTF-8")];
    let out = run_env(
        &sb,
        &ko,
        &[
            "-f",
            p(&path),
            "set",
            "JC2-11",
            "due=금요일",
            "status=진행 중",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("JC2-11: 미착수 → 진행 중"),
        "{}",
        stdout(&out)
    );
    let l = assert_loads(&path);
    let it = l.item("JC2-11").unwrap();
    assert_eq!(it.status, Status::InProgress);
    assert_eq!(it.due.map(format_date).as_deref(), Some("2026-11-27"));
    let out = run_env(
        &sb,
        &ko,
        &["-f", p(&path), "set", "JC2-11", "due=2027. 3. 31."],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let l = assert_loads(&path);
    assert_eq!(
        l.item("JC2-11").unwrap().due.map(format_date).as_deref(),
        Some("2027-03-31")
    );
    let out = run_env(&sb, &ko, &["-f", p(&path), "note", "JC2-11", "확인"]);
    assert_eq!(stdout(&out).trim(), "JC2-11: 메모 추가됨");
    assert_loads(&path);
}

#[test]
fn ambiguous_and_unknown_input_is_refused_in_the_users_language() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let before = std::fs::read(&path).unwrap();
    for (lang, args, needle) in [
        (
            "en",
            vec!["set", "JC2-11", "due=03/04/2027"],
            "use YYYY-MM-DD",
        ),
        (
            "es",
            vec!["set", "JC2-11", "status=quizás"],
            "estado desconocido `quizás`",
        ),
        (
            "ko",
            vec!["set", "JC2-11", "due=언젠가"],
            "잘못된 날짜 `언젠가`",
        ),
        (
            "es",
            vec!["show", "JC9-99"],
            "no existe el acuerdo `JC9-99`",
        ),
    ] {
        let out = sb.run(&[&["--lang", lang, "-f", p(&path)], args.as_slice()].concat());
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            stderr(&out).contains(needle),
            "{lang} {args:?}: {}",
            stderr(&out)
        );
        assert_eq!(std::fs::read(&path).unwrap(), before, "{args:?}: untouched");
    }
}

/// Korean messages never fall back to a doubled particle (`lst`은(는)) after
/// a value whose reading is unclear: the value stands where no particle
/// follows it.
#[test]
fn korean_messages_about_typed_latin_values_need_no_doubled_particle() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    for (args, needle) in [
        (vec!["lst"], "알 수 없는 명령 또는 파일: `lst`"),
        (
            vec!["set", "JC2-11", "bogus=1"],
            "알 수 없는 항목 `bogus` (사용할 수 있는 항목: 과제명,",
        ),
        (
            vec!["person", "OECD", "--language", "fr"],
            "언어 `fr`: en, es, ko 중 하나여야 합니다",
        ),
        (
            vec!["person", "OECD", "--remove-alias", "zzz"],
            "OECD의 별칭이 아닙니다: `zzz`",
        ),
        (
            vec!["resolve", "JC2-11", "status[", "ours"],
            "잘못된 경로 `status[`: ",
        ),
        (vec!["diff", "--", "-x"], "`-x`: git 판이 아닙니다."),
    ] {
        let out = sb.run(&[&["--lang", "ko", "-f", p(&path)], args.as_slice()].concat());
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = stderr(&out);
        assert!(err.contains(needle), "{args:?}: {err}");
        for doubled in ["은(는)", "이(가)", "을(를)", "와(과)", "(으)로"] {
            assert!(!err.contains(doubled), "{args:?}: {err}");
        }
    }
}

#[test]
fn a_broken_ledger_is_named_by_file_line_and_column_in_spanish() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let broken = text.replacen(
        "\"title\": \"Post an SMBA liaison officer at INADEM for 18 months\"",
        "\"title\": \"\"",
        1,
    );
    assert_ne!(broken, text);
    std::fs::write(&path, &broken).unwrap();
    let out = sb.run(&["--lang", "es", "check", p(&path)]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let line = broken
        .lines()
        .position(|l| l.contains("\"title\": \"\""))
        .unwrap()
        + 1;
    assert!(
        err.contains(&format!("{}:{line}:", path.display())),
        "names file and line: {err}"
    );
    assert!(
        err.contains("(acuerdo JC2-01): el título está vacío"),
        "{err}"
    );
}

#[test]
fn list_show_and_check_speak_the_language() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let out = sb.run(&[
        "--lang",
        "es",
        "-f",
        p(&path),
        "list",
        "--status",
        "bloqueado",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.lines().next().unwrap().contains("ESTADO"), "{text}");
    assert!(text.contains("bloqueado"), "{text}");
    assert!(!text.contains("blocked"), "{text}");
    assert!(stderr(&out).starts_with("2 acuerdos, "), "{}", stderr(&out));
    let out = sb.run(&["--lang", "ko", "-f", p(&path), "show", "JC2-09"]);
    let text = stdout(&out);
    assert!(text.contains("상태:"), "{text}");
    assert!(text.contains("보류"), "{text}");
    assert!(
        text.contains("3일 지연"),
        "relative deadline in Korean: {text}"
    );
    let out = sb.run(&["--lang", "es", "check", p(&path)]);
    assert!(
        stdout(&out).contains(": correcto, 18 acuerdos, 3 reuniones"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn owners_and_workstreams_match_without_accents_or_case() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let out = sb.run(&[
        "-f",
        p(&path),
        "set",
        "JC2-05",
        "workstream=Consultoría para PyMEs",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let ids = |args: &[&str]| -> Vec<String> {
        let out = sb.run(&[&["-f", p(&path), "list", "--json"], args].concat());
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        let mut ids: Vec<String> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_owned())
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(ids(&["--workstream", "consultoria"]), ["JC2-05"]);
    assert_eq!(ids(&["--owner", "mexico"]), ["JC2-03", "JC3-02"]);
    assert_eq!(ids(&["--owner", "MÉXICO"]), ["JC2-03", "JC3-02"]);
    // A part of a name, as the dashboard's search (issue 19).
    assert_eq!(ids(&["--owner", "mex"]), ["JC2-03", "JC3-02"]);
    assert!(ids(&["--owner", "mexx"]).is_empty());
}

#[test]
fn the_language_comes_from_the_flag_then_the_locale_else_english() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let said = |vars: &[(&str, &str)], extra: &[&str]| {
        let out = run_env(&sb, vars, &[extra, &["check", p(&path)]].concat());
        stdout(&out)
    };
    assert!(said(&[], &[]).contains(": ok, 18 items"));
    assert!(said(&[("LANG", "es_MX.UTF-8")], &[]).contains("correcto"));
    assert!(said(&[("LANG", "ko_KR.UTF-8")], &[]).contains("정상"));
    let all = [
        ("LC_ALL", "ko_KR.UTF-8"),
        ("LC_MESSAGES", "es_MX.UTF-8"),
        ("LANG", "en_US.UTF-8"),
    ];
    assert!(said(&all, &[]).contains("정상"), "LC_ALL first");
    assert!(
        said(
            &[("LC_MESSAGES", "es_MX.UTF-8"), ("LANG", "ko_KR.UTF-8")],
            &[]
        )
        .contains("correcto"),
        "LC_MESSAGES before LANG"
    );
    assert!(
        said(&[("LANG", "fr_FR.UTF-8")], &[]).contains(": ok, "),
        "French: English"
    );
    assert!(said(&[("LC_ALL", "C"), ("LANG", "es_MX.UTF-8")], &[]).contains(": ok, "));
    assert!(said(&[("LANG", "es_MX.UTF-8")], &["--lang", "ko"]).contains("정상"));
}

#[test]
fn help_speaks_the_language_and_describes_the_ledger_lookup() {
    let sb = Sandbox::new();
    let en = stdout(&sb.run(&["--help"]));
    assert!(
        en.contains("ledger.json at the\ntop of the git repository"),
        "{en}"
    );
    let es = stdout(&sb.run(&["--lang", "es", "--help"]));
    assert!(es.contains("Seguimiento de los acuerdos"), "{es}");
    assert!(
        es.contains("ledger.json en la raíz del repositorio git"),
        "{es}"
    );
    let ko = stdout(&run_env(
        &sb,
        &[("LANG", "ko_KR.UTF-8")],
        &["add", "--help"],
    ));
    assert!(ko.contains("과제를 추가합니다"), "{ko}");
}

#[test]
fn json_textconv_and_the_file_are_the_same_in_every_language() {
    let sb = Sandbox::new();
    // A committee with no working languages: in one that names them, a new
    // item or note records its writer's language, as it should.
    let fixture = sb.path("sample.json");
    let sample = followup::synthetic::untranslated_sample();
    std::fs::write(&fixture, followup::ledger::canonical_json(&sample)).unwrap();
    let mut files = Vec::new();
    let mut outputs = Vec::new();
    for lang in ["en", "es", "ko"] {
        let path = sb.path(&format!("{lang}.json"));
        std::fs::copy(&fixture, &path).unwrap();
        let run = |args: &[&str]| sb.run(&[&["--lang", lang, "-f", p(&path)], args].concat());
        for args in [
            &[
                "set",
                "JC2-11",
                "due=2026-12-04",
                "status=blocked",
                "owners+=SMBA",
            ][..],
            &["note", "JC2-11", "Seguimiento: 진행"],
            &[
                "add",
                "--title",
                "Joint report",
                "--meeting",
                "JC3",
                "--due",
                "+2w",
            ],
            &["meeting", "JC4", "--date", "2027-03-10"],
        ] {
            assert!(run(args).status.success(), "{lang} {args:?}");
        }
        assert_loads(&path);
        files.push(std::fs::read(&path).unwrap());
        let json = stdout(&run(&["list", "--json"])) + &stdout(&run(&["show", "JC2-11", "--json"]));
        let textconv = stdout(&sb.run(&["--lang", lang, "textconv", p(&path)]));
        outputs.push((json, textconv));
    }
    assert_eq!(files[0], files[1], "es writes the same bytes as en");
    assert_eq!(files[0], files[2], "ko writes the same bytes as en");
    assert_eq!(outputs[0], outputs[1]);
    assert_eq!(outputs[0], outputs[2]);
}

/// `followup --lang LANG check PATH`: its stderr, after checking it failed.
fn check_fails(sb: &Sandbox, lang: &str, path: &Path) -> String {
    let out = sb.run(&["--lang", lang, "check", p(path)]);
    assert_eq!(out.status.code(), Some(1), "{lang}: {}", stderr(&out));
    stderr(&out)
}

/// The cause of an English load error: what follows `FILE:LINE:COL: ` and the place.
fn english_cause<'a>(err: &'a str, at: &str, json_path: Option<&str>) -> &'a str {
    let rest = &err[err.find(at).expect("place") + at.len()..];
    let rest = match json_path {
        Some(jp) => {
            let rest = rest.strip_prefix(jp).expect("JSON path first");
            &rest[rest.find(": ").expect("cause after the place") + 2..]
        }
        None => rest,
    };
    rest.trim_end()
}

/// Phrases of serde's and of the English catalog that a translated load error never contains.
const ENGLISH: &[&str] = &[
    "invalid JSON",
    "expected",
    "unknown status",
    "missing field",
    "duplicate id",
    "duplicate field",
    "invalid type",
    "EOF while",
    "trailing comma",
    "(item ",
    "unsupported format",
    "impossible date",
    "is empty",
    "is not in",
];

#[test]
fn every_broken_fixture_is_reported_in_spanish_and_korean_with_its_place() {
    // (file, line:col, JSON path, a Spanish phrase, a Korean phrase)
    let cases: &[(&str, &str, Option<&str>, &str, &str)] = &[
        (
            "malformed.json",
            "51:7",
            None,
            "JSON no válido: se esperaba `,` o `}` (probablemente falta una coma",
            "잘못된 JSON: 쉼표(`,`) 또는 닫는 중괄호(`}`)가 있어야 합니다",
        ),
        (
            "wrong-format.json",
            "2:24",
            None,
            "formato no admitido `followup/9` (esta versión lee `followup/1`)",
            "지원하지 않는 형식 `followup/9` (이 버전은 `followup/1`을 읽습니다)",
        ),
        (
            "unknown-status.json",
            "52:26",
            Some("items[1].status"),
            "(acuerdo JC2-02): estado desconocido `finished`: en el archivo solo valen open, \
             in-progress, blocked, done o dropped (los comandos aceptan además pendiente, en \
             curso, bloqueado, concluido, cancelado)",
            "(과제 JC2-02): 알 수 없는 상태 `finished`: 파일에는 open, in-progress, blocked, done, \
             dropped만 쓸 수 있습니다 (명령에서는 미착수, 진행 중, 보류, 완료, 취소도 쓸 수 있습니다)",
        ),
        (
            "impossible-date.json",
            "28:25",
            Some("items[0].due"),
            "(acuerdo JC2-01): fecha imposible `2026-02-30`",
            "(과제 JC2-01): 있을 수 없는 날짜 `2026-02-30`",
        ),
        (
            "duplicate-id.json",
            "64:13",
            Some("items[2].id"),
            "id duplicado `JC2-02`",
            "중복된 ID `JC2-02`",
        ),
        (
            "unknown-meeting.json",
            "77:18",
            Some("items[2].meeting"),
            "(acuerdo JC2-03): la reunión `JC9` no está en `meetings`",
            "(과제 JC2-03): 회의 `JC9`가 `meetings`에 없습니다",
        ),
        (
            "empty-title.json",
            "50:16",
            Some("items[1].title"),
            "(acuerdo JC2-02): el título está vacío",
            "(과제 JC2-02): 과제명이 비어 있습니다",
        ),
        (
            "missing-title.json",
            "61:5",
            Some("items[1]"),
            "(acuerdo JC2-02): falta el campo `title`",
            "(과제 JC2-02): `title` 항목이 없습니다",
        ),
    ];
    let listed: Vec<String> = std::fs::read_dir(fixtures().join("broken"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    assert_eq!(listed.len(), cases.len(), "every broken fixture is covered");
    let sb = Sandbox::new();
    for (name, at, json_path, es, ko) in cases {
        let path = sb.fixture(&format!("broken/{name}"));
        let place = format!("{}:{at}: ", path.display());
        let en = check_fails(&sb, "en", &path);
        let cause = english_cause(&en, &place, *json_path);
        assert!(!cause.is_empty(), "{name}: {en}");
        for (lang, phrase) in [("es", es), ("ko", ko)] {
            let err = check_fails(&sb, lang, &path);
            let placed = match json_path {
                Some(jp) => format!("{place}{jp}"),
                None => place.clone(),
            };
            assert!(
                err.contains(&placed),
                "{name} {lang}: names {placed}: {err}"
            );
            assert!(err.contains(phrase), "{name} {lang}: `{phrase}` in {err}");
            assert!(
                !err.contains(cause),
                "{name} {lang}: English `{cause}` in {err}"
            );
            let message = &err[err.find(&place).unwrap() + place.len()..];
            for english in ENGLISH {
                assert!(
                    !message.contains(english),
                    "{name} {lang}: `{english}` in {err}"
                );
            }
        }
    }
}

#[test]
fn truncated_files_trailing_commas_and_bad_dates_are_worded_in_each_language() {
    let sb = Sandbox::new();
    let text = std::fs::read_to_string(fixtures().join("korea-mexico-sme.json")).unwrap();
    let due = text.find("\"due\": \"").expect("a due date") + "\"due\": \"".len();
    let due_line = text[..due].lines().count();
    let cases = [
        (
            "truncated.json",
            text[..text.len() / 2].to_owned(),
            "el archivo termina a mitad de un valor (está truncado",
            "값이 끝나기 전에 파일이 끝납니다 (파일이 잘렸거나",
            "the file ends in the middle of a value (truncated",
        ),
        (
            "trailing-comma.json",
            text.replacen("\"items\": [", "\"tags\": [\"a\",],\n  \"items\": [", 1),
            "JSON no válido: sobra una coma antes de `}` o `]` (elimínela)",
            "잘못된 JSON: `}` 또는 `]` 앞에 불필요한 쉼표가 있습니다",
            "invalid JSON: trailing comma before `}` or `]`",
        ),
        (
            "bad-date.json",
            format!("{}2026-13-45{}", &text[..due], &text[due + 10..]),
            "fecha imposible `2026-13-45`",
            "있을 수 없는 날짜 `2026-13-45`",
            "impossible date `2026-13-45`",
        ),
        (
            "number-for-date.json",
            format!("{}5{}", &text[..due - 1], &text[due + 11..]),
            "tipo de valor incorrecto: se encontró el número 5 donde se esperaba una fecha AAAA-MM-DD",
            "값의 종류가 맞지 않습니다: 숫자 5 (필요한 값: YYYY-MM-DD 형식의 날짜)",
            "invalid type: number 5, expected a YYYY-MM-DD date",
        ),
    ];
    for (name, broken, es, ko, en) in cases {
        let path = sb.path(name);
        std::fs::write(&path, &broken).unwrap();
        let en_err = check_fails(&sb, "en", &path);
        assert!(en_err.contains(en), "{name} en: {en_err}");
        for (lang, phrase) in [("es", es), ("ko", ko)] {
            let err = check_fails(&sb, lang, &path);
            assert!(err.contains(&format!("{}:", path.display())), "{err}");
            assert!(err.contains(phrase), "{name} {lang}: `{phrase}` in {err}");
            assert!(!err.contains(en), "{name} {lang}: English in {err}");
            for english in ENGLISH {
                assert!(
                    !err.contains(english),
                    "{name} {lang}: `{english}` in {err}"
                );
            }
        }
        if name == "bad-date.json" || name == "number-for-date.json" {
            let es_err = check_fails(&sb, "es", &path);
            assert!(
                es_err.contains(&format!(":{due_line}:")) && es_err.contains(".due (acuerdo "),
                "{name}: line {due_line} and the JSON path: {es_err}"
            );
        }
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            broken,
            "nothing written"
        );
    }
}
