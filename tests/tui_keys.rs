//! Keys people choose: `[keys]` in config.toml remaps the keymap's
//! actions, everywhere or in one part of the dashboard; dispatch, the
//! footer and the help show the user's keys; a bad setting is refused
//! before the dashboard starts, in one line naming the config's line.

mod common;

use common::Sandbox;
use common::app::{TestApp, keymap_of, press_keys};
use common::tui::{draw, press, status_text};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use followup::app::{Effect, KEYMAP, Key, KeysProblem, Mode, Scope, scope_key};
use followup::i18n::Lang;

fn code(c: KeyCode) -> KeyEvent {
    KeyEvent::new(c, KeyModifiers::NONE)
}

fn ch(c: char) -> KeyEvent {
    code(KeyCode::Char(c))
}

const CHOSEN: &str = "\
# the secretariat's keys
[keys]
quit = \"Q\"
status = [\"s\", \"F2\"]

[keys.review]
agenda-next = \"N\"
";

#[test]
fn remapped_keys_drive_dispatch() {
    let mut a = TestApp::new().keys(CHOSEN).build();
    assert_eq!(press(&mut a, ch('q')), vec![], "q lost its meaning");
    assert!(a.view.mode.is_normal());
    assert_eq!(press(&mut a, ch('Q')), vec![Effect::Quit]);
    press(&mut a, code(KeyCode::F(2)));
    assert!(
        matches!(a.view.mode, Mode::StatusPick),
        "F2 opens the status picker"
    );
    press(&mut a, code(KeyCode::Esc));
    press(&mut a, ch('s'));
    assert!(
        matches!(a.view.mode, Mode::StatusPick),
        "s still does, as listed"
    );
    press(&mut a, code(KeyCode::Esc));
    // In review only, `N` steps the agenda and `n`, `j`, ↓ no longer do.
    press_keys(&mut a, "r");
    assert_eq!(a.scope(), Scope::Review);
    let at = |a: &followup::app::App| a.view.review.as_ref().unwrap().cursor;
    for k in [ch('n'), ch('j'), code(KeyCode::Down)] {
        press(&mut a, k);
        assert_eq!(at(&a), 0, "{k:?}");
    }
    press(&mut a, ch('N'));
    assert_eq!(at(&a), 1);
    // Elsewhere `j` still moves down: the setting was for the review.
    press_keys(&mut a, "r");
    let before = a.view.selected;
    press_keys(&mut a, "j");
    assert_eq!(a.view.selected, before + 1);
}

#[test]
fn remapped_keys_show_in_the_footer_and_the_help_in_the_users_language() {
    for (lang, quit, status) in [
        (Lang::En, "Q quit", "F2"),
        (Lang::Es, "Q salir", "F2"),
        (Lang::Ko, "Q 종료", "F2"),
    ] {
        let mut a = TestApp::new().lang(lang).keys(CHOSEN).build();
        let screen = draw(&a).backend().to_string();
        let footer = screen.lines().nth(39).unwrap();
        assert!(footer.contains(quit), "{lang:?}: {footer}");
        assert!(!footer.contains(" q "), "{lang:?}: {footer}");
        let mut help = String::new();
        for scroll in [0, 30, 60, 90] {
            a.view.mode = Mode::Help(scroll);
            help.push_str(&draw(&a).backend().to_string());
        }
        let cat = followup::i18n::catalog(lang);
        let said = cat.text("key-status");
        let first = &said[..said.find(':').unwrap()];
        let row = help
            .lines()
            .find(|l| l.contains(first))
            .unwrap_or_else(|| panic!("{lang:?}: no status row in\n{help}"));
        assert!(row.contains(&format!("s {status}")), "{lang:?}: {row}");
    }
}

/// What refuses `config`, for an English speaker.
fn refused(config: &str) -> (usize, KeysProblem) {
    let e = keymap_of(config, Lang::En).expect_err("refused");
    (e.line, e.problem)
}

#[test]
fn conflicts_unknown_names_and_unparsable_keys_are_refused_at_their_line() {
    assert_eq!(
        refused("autosave = true\n[keys]\nstatus = \"F2\"\nquit = \"j\"\n"),
        (
            4,
            KeysProblem::Taken {
                key: Key::Char('j'),
                action: "quit",
                other: "move-down",
                scope: Scope::Table,
            }
        )
    );
    // Two chosen keys clash: the later line is named.
    assert_eq!(
        refused("[keys]\nhelp = \"h\"\nsync = \"h\"\n").0,
        3,
        "the second of two settings"
    );
    assert_eq!(
        refused("[keys]\nquitt = \"Q\"\n"),
        (2, KeysProblem::UnknownAction("quitt".into()))
    );
    assert_eq!(
        refused("[keys]\n\n[keys.reveiw]\nagenda-next = \"N\"\n").1,
        KeysProblem::UnknownScope("reveiw".into())
    );
    assert_eq!(
        refused("[keys.timeline]\nstatus = \"F2\"\n"),
        (
            2,
            KeysProblem::NotInScope {
                action: "status".into(),
                scope: Scope::Timeline,
            }
        )
    );
    assert_eq!(
        refused("[keys]\nstatus = [\"s\",\n  \"Ctrl-F2\"]\n"),
        (3, KeysProblem::BadKey("Ctrl-F2".into()))
    );
    assert_eq!(
        refused("[keys]\nquit = 7\n"),
        (2, KeysProblem::BadKey("7".into()))
    );
    // A letter in a text field types it: taking it for an action there is refused.
    assert_eq!(
        refused("[keys.note]\nconfirm-note = \"x\"\n"),
        (
            2,
            KeysProblem::Typed {
                key: Key::Char('x'),
                action: "confirm-note",
                scope: Scope::Note,
            }
        )
    );
    // Typing an action's name is no action (the search types what is pressed).
    assert_eq!(
        refused("[keys]\ntype-search = \"x\"\n").1,
        KeysProblem::UnknownAction("type-search".into())
    );
    // The yes of a Spanish speaker is `s` too.
    let e = keymap_of("[keys.confirm]\nno-delete = \"s\"\n", Lang::Es).expect_err("s is sí");
    assert!(matches!(
        e.problem,
        KeysProblem::Taken {
            other: "yes-delete",
            ..
        }
    ));
    assert!(keymap_of("[keys.confirm]\nno-delete = \"s\"\n", Lang::En).is_ok());
}

#[test]
fn an_action_given_no_keys_keeps_its_place_without_one() {
    let mut a = TestApp::new().keys("[keys]\nhelp = []\n").build();
    assert_eq!(press(&mut a, ch('?')), vec![]);
    assert!(a.view.mode.is_normal());
    let screen = draw(&a).backend().to_string();
    assert!(!screen.lines().nth(39).unwrap().contains("help"));
}

#[test]
fn a_bad_setting_stops_the_dashboard_with_one_line_naming_the_config_line() {
    let sb = Sandbox::new();
    let ledger = sb.fixture("korea-mexico-sme.json");
    for (language, said) in [
        ("en", "is already the key of \"move-down\" in the table"),
        ("es", "ya es la tecla de «move-down» en «tabla»"),
        ("ko", "표 화면에서 이미 \"move-down\"의 키입니다"),
    ] {
        let config = format!("language = \"{language}\"\n\n[keys]\nquit = \"j\"\n");
        std::fs::write(sb.path("config.toml"), config).unwrap();
        let out = sb.run(&[ledger.to_str().unwrap()]);
        assert!(!out.status.success());
        let err = common::stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        let at = format!("{}:4: ", sb.path("config.toml").display());
        assert!(err.contains(&at) && err.contains(said), "{language}: {err}");
    }
    std::fs::write(sb.path("config.toml"), "[keys]\nquit = \"Hyper-q\"\n").unwrap();
    let out = sb.run(&[ledger.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = common::stderr(&out);
    assert!(
        err.contains("config.toml:2: \"Hyper-q\" is not a key"),
        "{err}"
    );
    // The command line has no keys to check: it runs.
    let out = sb.run(&["list", "-f", ledger.to_str().unwrap()]);
    assert!(out.status.success(), "{}", common::stderr(&out));
}

/// A key as `[keys]` writes it.
fn spelled(k: Key) -> String {
    let named = |c: KeyCode| match c {
        KeyCode::Char(c) => c.to_string(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::PageUp => "PageUp".into(),
        KeyCode::PageDown => "PageDown".into(),
        c => c.to_string(),
    };
    match k {
        Key::Char(' ') => "Space".into(),
        Key::Char(c) => c.to_string(),
        Key::Ctrl(c) => format!("Ctrl-{c}"),
        Key::Code(c) => named(c),
        Key::Alt(c) => format!("Alt-{}", named(c)),
        Key::Yes => "(yes)".into(),
        Key::No => "(no)".into(),
        Key::AnyChar | Key::Any => unreachable!("no action"),
    }
}

/// The README's rows between `begin` and the next `<!-- end -->`.
fn readme_block(begin: &str) -> String {
    let readme = include_str!("../README.md");
    let start = readme.find(begin).expect("the marker") + begin.len();
    let end = start + readme[start..].find("<!-- end -->").expect("the end");
    readme[start..end].trim().to_owned()
}

#[test]
fn the_readme_lists_every_action_and_every_part_as_the_keymap_has_them() {
    let en = followup::i18n::catalog(Lang::En);
    let mut rows = vec![
        "| action | keys | where | what it does |".to_owned(),
        "|---|---|---|---|".to_owned(),
    ];
    for b in KEYMAP.iter().filter(|b| b.remappable()) {
        let keys: Vec<String> = b
            .keys
            .iter()
            .map(|k| format!("`{}`", spelled(*k)))
            .collect();
        for k in b.keys.iter().filter(|k| !matches!(k, Key::Yes | Key::No)) {
            let back = followup::app::parse_key(&spelled(*k));
            assert_eq!(back, Some(*k), "{} reads back", spelled(*k));
        }
        let place = if b.scopes.len() == Scope::ALL.len() {
            "everywhere".to_owned()
        } else {
            let parts: Vec<&str> = b.scopes.iter().map(|s| scope_key(*s)).collect();
            parts.join(", ")
        };
        let what = en.text(b.help).replace('|', "\\|");
        rows.push(format!(
            "| `{}` | {} | {place} | {what} |",
            b.name(),
            keys.join(" ")
        ));
    }
    let actions = rows.join("\n");
    assert!(
        readme_block("<!-- keys: actions -->") == actions,
        "README.md, \"Your own keys\", the actions, should read:\n{actions}"
    );
    let parts: Vec<String> = (Scope::ALL.iter())
        .map(|s| {
            let (key, name) = (scope_key(*s), en.text(s.name_id()));
            if key.replace('-', " ") == name {
                format!("`{key}`")
            } else {
                format!("`{key}` ({name})")
            }
        })
        .collect();
    let parts = parts.join(", ");
    assert!(
        readme_block("<!-- keys: parts -->") == parts,
        "README.md, \"Your own keys\", the parts, should read:\n{parts}"
    );
}

#[test]
fn the_footer_names_the_users_keys_for_the_next_search_match() {
    let mut a = TestApp::new()
        .keys("[keys]\nnext-match = \"F3\"\nprev-match = \"Shift-Tab\"\n")
        .build();
    press_keys(&mut a, "/kia<Enter>");
    let screen = draw(&a).backend().to_string();
    let footer = screen.lines().nth(39).unwrap();
    assert!(footer.contains(" · F3/Shift-Tab "), "{footer}");
    let row = a.view.selected;
    press(&mut a, code(KeyCode::F(3)));
    assert_ne!(a.view.selected, row, "F3 steps to the next match");
}

#[test]
fn messages_name_the_users_keys_or_none() {
    let config = "[keys]\ntheme = \"F5\"\noriginals = \"F6\"\nfilter = \"F8\"\n\
                  [keys.review]\nrecord-review = \"F7\"\n[keys.filter-menu]\nfilter-clear = \"z\"\n";
    for (lang, theme, reading, hidden, record) in [
        (
            Lang::En,
            "(F5: next theme)",
            "(F6: translations)",
            "(F8 z: clear the filter)",
            "F7 when",
        ),
        (
            Lang::Es,
            "(F5: siguiente tema)",
            "(F6: traducciones)",
            "(F8 z: quitar el filtro)",
            "pulse F7",
        ),
        (
            Lang::Ko,
            "(F5: 다음 테마)",
            "(F6: 번역문)",
            "(F8 z: 필터 해제)",
            "F7 키를",
        ),
    ] {
        let mut a = TestApp::new().keys(config).lang(lang).build();
        press(&mut a, code(KeyCode::F(5)));
        assert!(status_text(&a).ends_with(theme), "{}", status_text(&a));
        press(&mut a, code(KeyCode::F(6)));
        assert!(status_text(&a).ends_with(reading), "{}", status_text(&a));
        // Overdue only, then one of them done: it leaves the table.
        press(&mut a, code(KeyCode::F(8)));
        press_keys(&mut a, "dx");
        assert!(status_text(&a).ends_with(hidden), "{}", status_text(&a));
        press_keys(&mut a, "r");
        press(&mut a, code(KeyCode::F(7)));
        press_keys(&mut a, "<Esc>");
        assert!(status_text(&a).contains(record), "{}", status_text(&a));
    }
    // An action left without a key: the message names none.
    let mut a = TestApp::new().keys("[keys]\ntheme = []\n").build();
    press_keys(&mut a, ":switch the theme<Enter>");
    assert_eq!(status_text(&a), "theme: light");
}

/// The refusal of `config` as the dashboard says it, in `lang`.
fn refusal(config: &str, lang: Lang) -> String {
    let e = keymap_of(config, lang).expect_err("refused");
    followup::ui::keys_error(followup::i18n::catalog(lang), "config.toml", &e)
}

#[test]
fn keys_that_cannot_be_keys_are_refused_naming_why() {
    // Characters that do not show: a soft hyphen, a zero-width space, a
    // combining accent, a right-to-left override.
    for (c, code) in [
        ('\u{ad}', "U+00AD"),
        ('\u{200b}', "U+200B"),
        ('\u{301}', "U+0301"),
        ('\u{202e}', "U+202E"),
    ] {
        let said = refusal(&format!("[keys]\nquit = \"{c}\"\n"), Lang::En);
        assert_eq!(
            said,
            format!(
                "config.toml:2: the character {code} does not show on the screen and cannot be a key"
            )
        );
        assert!(!said.contains(c));
    }
    // Ctrl keys the terminal sends as others never reach the dashboard.
    for (written, sent) in [
        ("Ctrl-i", "Tab"),
        ("Ctrl-m", "Enter"),
        ("Ctrl-h", "Bksp"),
        ("Ctrl-[", "Esc"),
    ] {
        let said = refusal(&format!("[keys]\nsync = \"{written}\"\n"), Lang::En);
        assert!(
            said.ends_with(&format!(
                "{written} cannot be a key: the terminal sends it as {sent}"
            )),
            "{said}"
        );
    }
    let said = refusal("[keys]\nsync = \"Ctrl-i\"\n", Lang::Es);
    assert!(
        said.ends_with("Ctrl-i no puede ser una tecla: la terminal la envía como Tab"),
        "{said}"
    );
    let said = refusal("[keys]\nsync = \"Ctrl-m\"\n", Lang::Ko);
    assert!(
        said.ends_with("Ctrl-m 키는 지정할 수 없습니다. 터미널이 Enter 키로 보냅니다"),
        "{said}"
    );
}

#[test]
fn there_is_always_a_way_out() {
    assert_eq!(
        refused("[keys]\nquit = []\nquit-anywhere = []\n"),
        (3, KeysProblem::NoWayOut)
    );
    assert_eq!(
        refused("[keys.table]\nquit-anywhere = []\n"),
        (2, KeysProblem::NoWayOut)
    );
    // Another key for it is the user's choice.
    assert!(keymap_of("[keys]\nquit-anywhere = \"F10\"\n", Lang::En).is_ok());
}

#[test]
fn many_keys_for_one_action_are_refused_at_once() {
    let keys: Vec<String> = (0..20_000)
        .map(|n| format!("\"F{}\"", n % 12 + 1))
        .collect();
    let config = format!("[keys]\nsync = [{}]\n", keys.join(", "));
    let started = std::time::Instant::now();
    let said = refusal(&config, Lang::En);
    assert!(
        started.elapsed().as_secs_f64() < 2.0,
        "{:?}",
        started.elapsed()
    );
    assert_eq!(
        said,
        "config.toml:2: \"sync\" is given too many keys (at most 16 per action)"
    );
    // Sixteen are fine.
    let sixteen: Vec<String> = (1..=12)
        .map(|n| format!("\"F{n}\""))
        .chain(["\"1\"", "\"2\"", "\"3\"", "\"4\""].map(String::from))
        .collect();
    assert!(
        keymap_of(
            &format!("[keys]\nsync = [{}]\n", sixteen.join(", ")),
            Lang::En
        )
        .is_ok()
    );
}

#[test]
fn a_long_refused_value_is_cut() {
    let long = "x".repeat(60_000);
    let said = refusal(&format!("[keys]\nquit = \"{long}\"\n"), Lang::En);
    assert!(said.len() < 200, "{} bytes", said.len());
    assert!(said.contains(&format!("\"{}…\"", "x".repeat(39))), "{said}");
    let said = refusal(&format!("[keys]\n{long} = \"q\"\n"), Lang::En);
    assert!(said.len() < 200, "{} bytes", said.len());
}
