//! The command line in Spanish and Korean: what it says, what it reads
//! (dates, statuses, names), and what it never translates (the file,
//! `--json`, textconv).

mod common;
use common::*;
use followup::dates::format_date;
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
        "JC2-11: fecha límite 2026-11-27 (reprogramada una vez; acordada originalmente para 2026-11-25); JC2-11: pendiente → bloqueado"
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
            vec!["set", "JC2-11", "status=terminado"],
            "estado desconocido `terminado`",
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
    assert!(ids(&["--owner", "mex"]).is_empty(), "whole words only");
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
    assert!(es.contains("Dé seguimiento a los acuerdos"), "{es}");
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
    let fixture = sb.fixture("korea-mexico-sme.json");
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
