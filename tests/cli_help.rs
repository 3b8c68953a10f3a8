//! The command line's own words in Spanish and Korean: every `--help` page,
//! `help COMMAND`, the manual pages and the completions' descriptions have
//! no English word but names, flags, metavariables and the file's own
//! values; clap's usage errors are worded in the user's language; and the
//! refusals and hints whose translation existed are said in it.

mod common;
use clap::Command;
use common::*;
use followup::base::dates::DateError;
use followup::i18n::{Lang, catalog};
use std::collections::BTreeSet;

/// Every command of the definition in `lang`, built (the global arguments
/// copied into each), the top level first.
fn commands(lang: Lang) -> Vec<Command> {
    let mut root = followup::cli::command(lang);
    root.build();
    let mut all = vec![root.clone()];
    all.extend(root.get_subcommands().cloned());
    all
}

fn text(s: Option<&clap::builder::StyledStr>) -> String {
    s.map(ToString::to_string).unwrap_or_default()
}

#[test]
fn every_help_text_of_the_command_tree_comes_from_the_catalog() {
    let en = commands(Lang::En);
    for lang in [Lang::Es, Lang::Ko] {
        let other = commands(lang);
        assert_eq!(en.len(), other.len());
        for (e, o) in en.iter().zip(&other) {
            let name = o.get_name();
            let (about_en, about) = (text(e.get_about()), text(o.get_about()));
            assert!(
                !about.is_empty() && about != about_en,
                "{lang:?} {name}: about"
            );
            if e.get_after_help().is_some() {
                assert_ne!(text(e.get_after_help()), text(o.get_after_help()), "{name}");
            }
            for (ea, oa) in e.get_arguments().zip(o.get_arguments()) {
                let id = oa.get_id();
                assert_eq!(ea.get_id(), id);
                let (help_en, help) = (text(ea.get_help()), text(oa.get_help()));
                assert!(!help_en.is_empty(), "{name} {id}: no English help");
                assert!(
                    !help.is_empty() && help != help_en,
                    "{lang:?} {name} {id}: `{help}`"
                );
                assert!(oa.get_long_help().is_none(), "{name} {id}: one help text");
                for (ev, ov) in ea
                    .get_possible_values()
                    .iter()
                    .zip(oa.get_possible_values())
                {
                    if let Some(h) = ev.get_help() {
                        let said = text(ov.get_help());
                        assert!(
                            !said.is_empty() && said != h.to_string(),
                            "{lang:?} {name} {id} {}: `{said}`",
                            ov.get_name()
                        );
                    }
                }
            }
        }
    }
}

/// Proper names a help text may use in any language.
const PROPER_NAMES: &[&str] = &[
    "followup",
    "git",
    "ssh",
    "Excel",
    "Outlook",
    "Thunderbird",
    "SMTP",
    "iCalendar",
    "IANA",
    "Markdown",
    "HTML",
    "CSS",
    "SVG",
    "roff",
    "textconv",
    "SIGHUP",
    "SIGTERM",
    "PyMEs",
];

/// Words both English and Spanish write the same way.
const COGNATES: &[&str] = &[
    "no", "terminal", "local", "id", "error", "capital", "manual",
];

/// What a help text may name untranslated, read from the command tree and
/// the file format: command, argument and value names, metavariables,
/// defaults, the ledger's keys and statuses, language codes, proper names.
fn names() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut add = |s: &str| {
        for w in s.split(|c: char| !c.is_ascii_alphabetic()) {
            if !w.is_empty() {
                out.insert(w.to_lowercase());
            }
        }
    };
    for lang in Lang::ALL {
        for cmd in commands(lang) {
            add(cmd.get_name());
            for a in cmd.get_arguments() {
                add(a.get_id().as_str());
                a.get_long().into_iter().for_each(&mut add);
                for v in a.get_value_names().into_iter().flatten() {
                    add(v);
                }
                for v in a.get_possible_values() {
                    add(v.get_name());
                }
                for v in a.get_default_values() {
                    add(&v.to_string_lossy());
                }
            }
        }
        add(lang.code());
    }
    followup::ledger::ITEM_KEYS.iter().for_each(|k| add(k));
    for s in followup::ledger::Status::ALL {
        add(s.as_str());
    }
    PROPER_NAMES.iter().for_each(|n| add(n));
    out
}

/// The words a reader reads as prose: backquoted spans, command examples
/// (lines that start with `followup `), roff requests but section titles,
/// and code-like tokens (with digits, hyphens, dots, underscores, `$`, `=`,
/// `<`, `[`, `|`, `/`, `\`: flags, files, keys, dates) are left out. Only words in ASCII letters can be
/// English; each is returned lowercase.
fn prose_words(page: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in page.lines() {
        let line = line.trim();
        let line = match line.strip_prefix(".SH ") {
            Some(title) => title,
            None if line.starts_with('.') || line.starts_with("followup ") => continue,
            None => line,
        };
        let unquoted: String = line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
        for token in unquoted.split_whitespace() {
            let token = token
                .trim_start_matches(|c: char| "(¿¡\"'".contains(c))
                .trim_end_matches(|c: char| "),.;:?!\"'…".contains(c));
            let code = token
                .chars()
                .any(|c| c.is_ascii_digit() || "-_.$=<>[]|/\\+@%*{}".contains(c));
            if code {
                continue;
            }
            // Latin words (with accents) apart from Hangul and other scripts.
            let mut word = String::new();
            for c in token.chars().chain([' ']) {
                if c.is_alphabetic() && (c as u32) < 0x250 {
                    word.push(c);
                } else {
                    if word.len() > 1 && word.is_ascii() {
                        out.insert(word.to_lowercase());
                    }
                    word.clear();
                }
            }
        }
    }
    out
}

/// Every help page, `help COMMAND`, the manual pages and the fish
/// completions' descriptions, in `lang`, as one text each.
fn pages(sb: &Sandbox, lang: &str) -> Vec<(String, String)> {
    let run = |args: &[&str]| {
        let out = sb.run(&[&["--lang", lang], args].concat());
        assert!(out.status.success(), "{lang} {args:?}: {}", stderr(&out));
        stdout(&out)
    };
    let mut pages = vec![
        ("--help".to_owned(), run(&["--help"])),
        ("-h".to_owned(), run(&["-h"])),
        ("help".to_owned(), run(&["help"])),
        ("man".to_owned(), run(&["man"])),
    ];
    for cmd in commands(Lang::En).iter().skip(1) {
        let name = cmd.get_name();
        pages.push((format!("{name} --help"), run(&[name, "--help"])));
        // `help help` too: the help of `help`, never "not a command".
        pages.push((format!("help {name}"), run(&["help", name])));
    }
    let dir = sb.path(&format!("man-{lang}"));
    run(&["man", "--dir", dir.to_str().unwrap()]);
    for page in std::fs::read_dir(&dir).unwrap() {
        let path = page.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        pages.push((name, std::fs::read_to_string(&path).unwrap()));
    }
    let fish = run(&["completions", "fish"]);
    let described: Vec<&str> = fish
        .split(" -d '")
        .skip(1)
        .map(|d| d.split('\'').next().unwrap())
        .collect();
    assert!(
        described.len() > 50,
        "fish describes every option and command"
    );
    pages.push(("completions fish".to_owned(), described.join("\n")));
    pages
}

#[test]
fn help_pages_manual_and_completions_have_no_english_word() {
    let sb = Sandbox::new();
    let names = names();
    let english: BTreeSet<String> = pages(&sb, "en")
        .iter()
        .flat_map(|(_, p)| prose_words(p))
        .filter(|w| !names.contains(w) && !COGNATES.iter().any(|c| c.eq_ignore_ascii_case(w)))
        .collect();
    assert!(
        english.contains("usage") && english.contains("print"),
        "the English pages are read"
    );
    for lang in ["es", "ko"] {
        for (page, text) in pages(&sb, lang) {
            let flagged: Vec<String> = prose_words(&text)
                .into_iter()
                .filter(|w| match lang {
                    // Korean prose has no word in Latin letters but names.
                    "ko" => !names.contains(w),
                    _ => english.contains(w),
                })
                .collect();
            assert!(
                flagged.is_empty(),
                "{lang} `{page}`: English {flagged:?}\n{text}"
            );
        }
    }
}

/// The placeholders of a page: `<PATH>`, `<FIELD=VALUE>`, `[REV]`.
fn placeholders(page: &str) -> BTreeSet<String> {
    page.split(['<', '['])
        .skip(1)
        .filter_map(|rest| rest.split(['>', ']']).next())
        .filter(|p| p.chars().any(char::is_alphabetic))
        .filter(|p| p.chars().all(|c| !c.is_lowercase() && c != ' '))
        .map(str::to_owned)
        .collect()
}

/// Placeholders read the same in every language: an id, git's terms for
/// the merge driver's three files, a shell's name, a URL.
const SAME_EVERYWHERE: &[&str] = &["ID", "BASE", "OURS", "THEIRS", "SHELL", "ALIAS", "URL"];

#[test]
fn argument_placeholders_are_in_the_user_s_language() {
    let sb = Sandbox::new();
    let english: BTreeSet<String> = pages(&sb, "en")
        .iter()
        .filter(|(page, _)| page.contains("help"))
        .flat_map(|(_, p)| placeholders(p))
        .filter(|p| !SAME_EVERYWHERE.contains(&p.as_str()))
        .collect();
    assert!(
        english.contains("PATH") && english.contains("FIELD=VALUE"),
        "{english:?}"
    );
    for lang in ["es", "ko"] {
        for (page, text) in pages(&sb, lang).iter().filter(|(p, _)| p.contains("help")) {
            let found: Vec<String> = placeholders(text)
                .into_iter()
                .filter(|p| english.contains(p))
                .collect();
            assert!(found.is_empty(), "{lang} `{page}`: {found:?}\n{text}");
        }
    }
    let es = sb.run(&["--lang", "es", "set", "--help"]);
    assert!(stdout(&es).contains("<CAMPO=VALOR>"), "{}", stdout(&es));
    // A usage line written by hand too.
    let ko = sb.run(&["--lang", "ko", "resolve", "--help"]);
    assert!(
        stdout(&ko).contains("resolve ID 경로 ours|theirs"),
        "{}",
        stdout(&ko)
    );
}

#[test]
fn the_checker_finds_clap_s_own_words() {
    let words =
        prose_words("Usage: followup [OPTIONS]\n\nOptions:\n  -h, --help  Print help\n.SH NAME");
    for w in ["usage", "options", "print", "help", "name"] {
        assert!(words.contains(w), "{w} in {words:?}");
    }
    let words =
        prose_words("`today` x_ext.a --top 관리대장을 git에 versión\nfollowup resolve A ours");
    assert_eq!(words, BTreeSet::from(["git".to_owned()]));
}

/// `followup ARGS` under `LANG`: exit code and standard error.
fn failing(sb: &Sandbox, locale: &str, args: &[&str]) -> String {
    let out = sb.cmd().env("LANG", locale).args(args).output().unwrap();
    assert!(
        stdout(&out).is_empty(),
        "{args:?}: nothing on standard output"
    );
    // A usage error exits 1, as `--help` documents ("1 … usage error").
    assert_eq!(
        out.status.code(),
        Some(1),
        "{locale} {args:?}: {}",
        stderr(&out)
    );
    stderr(&out)
}

/// clap's English, which a usage error in Spanish or Korean never shows.
const CLAP_ENGLISH: &[&str] = &[
    "error:",
    "Usage",
    "For more information",
    "tip:",
    "possible values",
    "unexpected",
    "invalid value",
    "required",
    "cannot be used",
    "similar",
    "[OPTIONS]",
];

/// A usage error: the arguments, what it names, its Spanish and Korean words.
type UsageCase = (
    &'static [&'static str],
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

#[test]
fn usage_errors_are_worded_in_spanish_and_korean() {
    let sb = Sandbox::new();
    let cases: &[UsageCase] = &[
        (
            &["list", "--sort", "fecha"],
            "`fecha`",
            // `--sort` is read after the language is known: its orders are
            // listed by their names in the user's language.
            &["--sort: orden desconocido", "plazo, estado"],
            &["--sort: 알 수 없는 정렬 기준", "기한, 상태"],
        ),
        (
            &["list", "--jsn"],
            "`--jsn`",
            &["argumento no previsto", "¿quiso decir `--json`?"],
            &["알 수 없는 인수", "`--json`"],
        ),
        (
            &["show"],
            "`<ID>`",
            &["falta indicar: `<ID>`"],
            &["빠진 인수: `<ID>`"],
        ),
        (
            &["help", "lsit"],
            "`lsit`",
            &["no es un comando", "¿quiso decir `list`?"],
            &["없는 명령", "`list`"],
        ),
        (
            &["ledger.json", "lisst"],
            "`lisst`",
            &["no es un comando", "¿quiso decir `list`?"],
            &["없는 명령", "`list`"],
        ),
        (&["lsit"], "`lsit`", &["¿quiso decir `list`?"], &["`list`"]),
        (
            &["remind", "--out", "drafts", "--send"],
            "`--send`",
            &["no puede usarse junto con"],
            &["함께 쓸 수 없는"],
        ),
        (
            &["list", "--json=3"],
            "`3`",
            &["no admite más valores"],
            &["더 쓸 수 없는 값"],
        ),
        (
            &["completions", "bsh"],
            "`bsh`",
            &["¿quiso decir `bash`?"],
            &["`bash`"],
        ),
    ];
    for (args, named, es, ko) in cases {
        for (locale, words, usage) in [
            ("es_MX.UTF-8", es, "Uso: followup"),
            ("ko_KR.UTF-8", ko, "사용법: followup"),
        ] {
            let err = failing(&sb, locale, args);
            assert!(err.starts_with("followup: "), "{err}");
            assert!(
                err.contains(named),
                "{locale} {args:?} names {named}: {err}"
            );
            for w in words.iter() {
                assert!(err.contains(w), "{locale} {args:?}: `{w}` in {err}");
            }
            for english in CLAP_ENGLISH {
                assert!(
                    !err.contains(english),
                    "{locale} {args:?}: `{english}` in {err}"
                );
            }
            // clap gives the usage line with these errors.
            if ["--jsn", "--send", "--json=3"].contains(args.last().unwrap()) || args == &["show"] {
                assert!(
                    err.contains(usage),
                    "{locale} {args:?}: usage line in {err}"
                );
            }
        }
    }
}

#[test]
fn help_and_version_go_to_standard_output() {
    let sb = Sandbox::new();
    for args in [
        &["--help"][..],
        &["list", "-h"],
        &["help", "sync"],
        &["--version"],
    ] {
        let out = sb
            .cmd()
            .env("LANG", "ko_KR.UTF-8")
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(
            !stdout(&out).is_empty() && stderr(&out).is_empty(),
            "{args:?}"
        );
    }
    let out = sb
        .cmd()
        .env("LANG", "es_MX.UTF-8")
        .args(["help", "sync"])
        .output()
        .unwrap();
    assert!(
        stdout(&out).contains("Uso: followup sync [OPCIONES]"),
        "{}",
        stdout(&out)
    );
    // `help help` is the help of `help`, in every language.
    for (lang, usage) in [
        ("en", "Usage: followup help [OPTIONS] [COMMAND]"),
        ("es", "Uso: followup help [OPCIONES] [COMANDO]"),
        ("ko", "사용법: followup help [옵션] [명령]"),
    ] {
        let out = sb.run(&["--lang", lang, "help", "help"]);
        assert_eq!(out.status.code(), Some(0), "{lang}: {}", stderr(&out));
        assert!(stdout(&out).contains(usage), "{lang}: {}", stdout(&out));
    }
    // Arguments before options, though `resolve` defines `--top` first.
    let page = stdout(&sb.run(&["--lang", "es", "resolve", "--help"]));
    let (args, opts) = (page.find("\nArgumentos:\n"), page.find("\nOpciones:\n"));
    assert!(args.is_some() && args < opts, "{page}");
}

#[test]
fn a_language_followup_does_not_speak_is_refused_in_the_one_it_would_use() {
    let sb = Sandbox::new();
    let said = |locale: Option<&str>| {
        let mut c = sb.cmd();
        if let Some(l) = locale {
            c.env("LANG", l);
        }
        let out = c.args(["--lang", "fr", "list"]).output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        stderr(&out)
    };
    let refusal = |lang: Lang| followup::tr!(catalog(lang), "cli-bad-lang", lang = "fr");
    assert!(said(Some("es_MX.UTF-8")).contains(&refusal(Lang::Es)));
    assert!(said(Some("ko_KR.UTF-8")).contains(&refusal(Lang::Ko)));
    assert!(
        said(None).contains(&refusal(Lang::En)),
        "no locale: English"
    );
    std::fs::write(sb.path("config.toml"), "language = \"ko\"\n").unwrap();
    assert!(
        said(Some("es_MX.UTF-8")).contains(&refusal(Lang::Ko)),
        "the config first"
    );
}

#[test]
fn a_bad_span_or_start_of_period_is_refused_in_the_user_s_language() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let p = path.to_str().unwrap();
    for (locale, lang) in [("es_MX.UTF-8", Lang::Es), ("ko_KR.UTF-8", Lang::Ko)] {
        let cat = catalog(lang);
        let err = failing(&sb, locale, &["-f", p, "list", "--due-within", "xx"]);
        let span = cat.date_error(&DateError::Span { input: "xx".into() });
        assert!(err.contains(&span), "{locale}: {err}");
        assert!(err.contains("--due-within: "), "{err}");
        let err = failing(&sb, locale, &["-f", p, "report", "--since", "xx"]);
        let date = cat.date_error(&DateError::Unrecognised { input: "xx".into() });
        assert!(err.contains(&date), "{locale}: {err}");
        assert!(!err.contains("or last-review"), "{err}");
    }
}

#[test]
fn the_first_sync_in_a_clone_without_a_ledger_says_what_to_do() {
    let sb = Sandbox::new();
    let hub = TestRepo::bare(&sb, "hub.git");
    let clone = TestRepo::clone(&sb, hub.dir().to_str().unwrap(), "seoul", "SMBA");
    let missing = clone.path("ledger.json");
    for (locale, lang) in [("es_MX.UTF-8", Lang::Es), ("ko_KR.UTF-8", Lang::Ko)] {
        let nowhere = followup::tr!(
            catalog(lang),
            "sync-no-ledger-anywhere",
            rel = "ledger.json",
            upstream = "origin/main"
        );
        let out = sb
            .cmd()
            .current_dir(clone.dir())
            .env("LANG", locale)
            .arg("sync")
            .output()
            .unwrap();
        assert!(
            stderr(&out).contains(&nowhere),
            "{locale}: {}",
            stderr(&out)
        );
        // Named from outside the clone, the same ledger is the same answer.
        let err = failing(&sb, locale, &["sync", "-f", missing.to_str().unwrap()]);
        assert!(err.contains(&nowhere), "{locale}: {err}");
        // Outside any clone: how to get one, and no sample ledger made.
        let err = failing(&sb, locale, &["sync"]);
        let outside = followup::tr!(
            catalog(lang),
            "cli-sync-outside-clone",
            dir = sb.dir.path().display().to_string()
        );
        assert!(err.contains(&outside), "{locale}: {err}");
        assert!(!sb.home().join(".local/share/followup/ledger.json").exists());
        assert!(!missing.exists());
    }
}

#[test]
fn a_missing_revision_and_an_unwritable_export_are_said_in_the_language() {
    let sb = Sandbox::new();
    let repo = TestRepo::init(&sb, "seoul");
    repo.commit_sample_ledger();
    let ledger = repo.path("ledger.json");
    let ledger = ledger.to_str().unwrap();
    let nowhere = sb.path("no/such/dir/items.xlsx");
    for (locale, lang) in [("es_MX.UTF-8", Lang::Es), ("ko_KR.UTF-8", Lang::Ko)] {
        let cat = catalog(lang);
        let out = sb
            .cmd()
            .env("LANG", locale)
            .args(["-f", ledger, "diff", "nope"])
            .output()
            .unwrap();
        let missing = followup::tr!(
            cat,
            "git-not-at-revision",
            rev = "nope",
            rel = "ledger.json"
        );
        assert!(
            stderr(&out).contains(&missing),
            "{locale}: {}",
            stderr(&out)
        );
        assert!(
            !stderr(&out).contains("fatal"),
            "git's own English: {}",
            stderr(&out)
        );
        let out = sb
            .cmd()
            .env("LANG", locale)
            .args(["-f", ledger, "export", "--format", "xlsx", "-o"])
            .arg(&nowhere)
            .output()
            .unwrap();
        let cause = cat.io_error(&std::io::Error::from(std::io::ErrorKind::NotFound));
        assert!(stderr(&out).contains(&cause), "{locale}: {}", stderr(&out));
        assert!(!stderr(&out).contains("os error"), "{}", stderr(&out));
        // A workbook that is not there, on import.
        let out = sb
            .cmd()
            .env("LANG", locale)
            .args(["-f", ledger, "import"])
            .arg(&nowhere)
            .output()
            .unwrap();
        assert!(stderr(&out).contains(&cause), "{locale}: {}", stderr(&out));
        assert!(!stderr(&out).contains("not found"), "{}", stderr(&out));
    }
}
