//! The theme settings refused before the dashboard takes the terminal: a
//! theme file's unknown key or bad colour named with its line, in the
//! user's language; an unknown theme in config.toml or after `--theme`;
//! and a good theme file's colours reaching the screen.

mod common;

use common::sandbox::Sandbox;
use std::path::Path;

/// Runs the dashboard on the SME fixture in `lang` and returns (exit code, stderr).
fn dashboard(s: &Sandbox, lang: &str, args: &[&str]) -> (Option<i32>, String) {
    let ledger = s.fixture("korea-mexico-sme.json");
    let out = s
        .cmd()
        .args(["--lang", lang])
        .args(args)
        .arg(ledger)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn config(s: &Sandbox, text: &str) {
    std::fs::write(s.path("config.toml"), text).unwrap();
}

#[test]
fn an_unknown_key_is_named_with_its_line_in_the_users_language() {
    let s = Sandbox::new();
    config(&s, "theme_file = \"theme.toml\"\n");
    std::fs::write(
        s.path("theme.toml"),
        "# projector\noverdue = \"#c00000\"\n[light]\ndue-son = \"#8a4b00\"\n",
    )
    .unwrap();
    let (code, err) = dashboard(&s, "es", &[]);
    assert_eq!(code, Some(1), "{err}");
    let file = s.path("theme.toml").display().to_string();
    assert!(
        err.contains(&format!(
            "archivo de tema {file}, línea 4: `light.due-son` no es un color de un tema"
        )),
        "{err}"
    );
    assert!(err.contains("due-soon"), "the keys are listed: {err}");
    let (_, err) = dashboard(&s, "en", &[]);
    assert!(
        err.contains("line 4: `light.due-son` is not a colour"),
        "{err}"
    );
    let (_, err) = dashboard(&s, "ko", &[]);
    assert!(
        err.contains("4번째 줄: light.due-son은 테마의 색 이름이 아닙니다"),
        "{err}"
    );
}

#[test]
fn a_value_that_is_not_a_colour_is_refused_with_its_key_and_line() {
    let s = Sandbox::new();
    // `~/` is the home directory.
    config(&s, "theme_file = \"~/theme.toml\"\n");
    std::fs::create_dir_all(s.home()).unwrap();
    std::fs::write(
        s.home().join("theme.toml"),
        "text = \"#1a1a1a\"\nmuted = \"grey50\"\n",
    )
    .unwrap();
    let (code, err) = dashboard(&s, "ko", &[]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("2번째 줄: muted = \"grey50\": 색이 아닙니다"),
        "{err}"
    );
    let (_, err) = dashboard(&s, "en", &[]);
    assert!(
        err.contains("line 2: muted = \"grey50\" is not a colour"),
        "{err}"
    );
    // Not TOML at all: the line, and nothing drawn.
    std::fs::write(s.home().join("theme.toml"), "text = \"#fff\"\n[light\n").unwrap();
    let (code, err) = dashboard(&s, "es", &[]);
    assert_eq!(code, Some(1));
    assert!(err.contains("línea 2: no es TOML válido"), "{err}");
    // A theme file that is not there.
    std::fs::remove_file(s.home().join("theme.toml")).unwrap();
    let (code, err) = dashboard(&s, "en", &[]);
    assert_eq!(code, Some(1));
    assert!(
        err.contains("theme file") && err.contains("cannot read"),
        "{err}"
    );
}

#[test]
fn an_unknown_theme_is_refused_in_the_config_and_on_the_command_line() {
    let s = Sandbox::new();
    config(&s, "author = \"Ana\"\ntheme = \"sepia\"\n");
    let (code, err) = dashboard(&s, "en", &[]);
    assert_eq!(code, Some(1), "{err}");
    let cfg = s.path("config.toml").display().to_string();
    assert!(err.contains(&format!("{cfg}:2:")), "{err}");
    assert!(
        err.contains("high-contrast"),
        "the themes are listed: {err}"
    );
    let (_, err) = dashboard(&s, "es", &[]);
    assert!(
        err.contains(&format!("{cfg}:2: theme = \"sepia\" no es un tema")),
        "{err}"
    );
    // Only the dashboard draws a theme: the commands run.
    let ledger = s.fixture("korea-mexico-sme.json");
    let out = s.run(&["check", ledger.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // In any case, as after --theme.
    config(&s, "theme = \"Light\"\n");
    let out = s.run(&["check", ledger.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let loaded = followup::config::Config::from_file(&s.path("config.toml")).unwrap();
    assert_eq!(
        loaded.theme,
        followup::config::theme::ThemeSetting::Chosen(followup::config::theme::ThemeChoice::Light)
    );
    config(&s, "");
    let out = s.run(&["--lang", "es", "--theme", "sepia", "list"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(
        err.contains(
            "`sepia` no es ninguno de los valores admitidos: dark, light, high-contrast, auto"
        ),
        "{err}"
    );
    // In any case, and beside a command the theme does not touch.
    let ledger = s.fixture("korea-mexico-sme.json");
    let out = s.run(&[
        "--theme",
        "High-Contrast",
        "check",
        ledger.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_theme_files_colours_reach_the_terminal() {
    if !common::tools::require(common::tools::Tool::Python3) {
        return;
    }
    let s = Sandbox::new();
    config(
        &s,
        "theme = \"high-contrast\"\ntheme_file = \"theme.toml\"\n",
    );
    // White under the high-contrast theme's text: the file's colour, not the theme's black.
    std::fs::write(
        s.path("theme.toml"),
        "[high-contrast]\nbackground = \"#FFF\"\n",
    )
    .unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fake_terminal.py");
    let ledger = s.fixture("korea-mexico-sme.json");
    let out = std::process::Command::new("python3")
        .arg(&script)
        .args(["silent", "JC3-04", env!("CARGO_BIN_EXE_followup")])
        .arg(&ledger)
        .current_dir(s.dir.path())
        .env_clear()
        .envs(s.env())
        .env("TERM", "xterm-256color")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("\"white\": true"), "{said}");
    assert!(said.contains("\"code\": 0"), "{said}");
}

#[test]
fn a_theme_file_that_is_no_file_or_no_text_is_named_as_a_theme_file() {
    let s = Sandbox::new();
    config(&s, "theme_file = \"themes\"\n");
    std::fs::create_dir(s.path("themes")).unwrap();
    let dir = s.path("themes").display().to_string();
    for (lang, said) in [
        (
            "en",
            format!("theme file {dir}: is a directory, not a theme file"),
        ),
        (
            "es",
            format!("archivo de tema {dir}: es un directorio, no un archivo de tema"),
        ),
        (
            "ko",
            format!("테마 파일 {dir}: 테마 파일이 아니라 디렉터리입니다"),
        ),
    ] {
        let (code, err) = dashboard(&s, lang, &[]);
        assert_eq!(code, Some(1), "{err}");
        assert!(err.contains(&said), "{err}");
    }
    config(&s, "theme_file = \"theme.toml\"\n");
    let file = s.path("theme.toml").display().to_string();
    std::fs::write(s.path("theme.toml"), vec![b'#'; 70 << 10]).unwrap();
    let (_, err) = dashboard(&s, "en", &[]);
    assert!(
        err.contains(&format!("theme file {file}: larger than 64 KiB")),
        "{err}"
    );
    std::fs::write(
        s.path("theme.toml"),
        b"# ok\noverdue = \"#c00000\" # \xe9t\xe9\n",
    )
    .unwrap();
    let (code, err) = dashboard(&s, "es", &[]);
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains(&format!(
            "archivo de tema {file}, línea 2: no es texto UTF-8"
        )),
        "{err}"
    );
}

#[test]
fn a_long_bad_colour_is_cut_where_it_is_repeated() {
    let s = Sandbox::new();
    config(&s, "theme_file = \"theme.toml\"\n");
    let long = "a".repeat(60_000);
    std::fs::write(s.path("theme.toml"), format!("muted = \"{long}\"\n")).unwrap();
    let (code, err) = dashboard(&s, "en", &[]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.len() < 600, "{} bytes", err.len());
    assert!(
        err.contains(&format!(
            "line 1: muted = \"{}… is not a colour",
            "a".repeat(38)
        )),
        "{err}"
    );
}
