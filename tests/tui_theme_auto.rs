//! `theme = "auto"` against real pseudo-terminals (tests/data/fake_terminal.py):
//! one that answers as a light terminal, one as a dark one, and one that
//! answers nothing, where the dashboard still starts in its normal time.

mod common;

use common::sandbox::Sandbox;
use common::tools::{Tool, require};
use std::path::Path;
use std::process::Command;

/// How the first frame came out in the fake terminal.
#[derive(Debug)]
struct Started {
    asked: bool,
    /// Seconds until the first frame was drawn.
    frame: Option<f64>,
    /// The frame painted the light theme's white background.
    white: bool,
    code: Option<i32>,
}

/// The dashboard on the SME fixture, in a terminal answering as `mode`.
fn start(sandbox: &Sandbox, mode: &str, args: &[&str], env: &[(&str, &str)]) -> Started {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fake_terminal.py");
    let ledger = sandbox.fixture("korea-mexico-sme.json");
    let out = Command::new("python3")
        .arg(script)
        .args([mode, "JC3-04", env!("CARGO_BIN_EXE_followup")])
        .args(args)
        .arg(ledger)
        .current_dir(sandbox.dir.path())
        .env_clear()
        .envs(sandbox.env())
        .env("TERM", "xterm-256color")
        .envs(env.iter().copied())
        .output()
        .expect("python3 runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let field = |name: &str| {
        let at = text.find(&format!("\"{name}\": ")).expect(&text) + name.len() + 4;
        text[at..]
            .split([',', '}'])
            .next()
            .unwrap()
            .trim()
            .to_owned()
    };
    Started {
        asked: field("asked") == "true",
        frame: field("frame").parse().ok(),
        white: field("white") == "true",
        code: field("code").parse().ok(),
    }
}

#[test]
fn auto_is_light_where_the_terminal_says_its_background_is_light() {
    if !require(Tool::Python3) {
        return;
    }
    let s = Sandbox::new();
    let light = start(&s, "light", &["--theme", "auto"], &[]);
    assert!(light.asked && light.white, "{light:?}");
    assert!(light.frame.is_some() && light.code == Some(0), "{light:?}");
    let dark = start(&s, "dark", &["--theme", "auto"], &[]);
    assert!(dark.asked && !dark.white, "{dark:?}");
    assert!(dark.frame.is_some() && dark.code == Some(0), "{dark:?}");
    // From config.toml too; `--theme` beats it.
    std::fs::write(s.path("config.toml"), "theme = \"auto\"\n").unwrap();
    let configured = start(&s, "light", &[], &[]);
    assert!(configured.asked && configured.white, "{configured:?}");
    let beaten = start(&s, "light", &["--theme", "dark"], &[]);
    assert!(!beaten.asked && !beaten.white, "{beaten:?}");
}

#[test]
fn a_terminal_that_never_answers_gets_the_dark_theme_without_a_wait() {
    if !require(Tool::Python3) {
        return;
    }
    let s = Sandbox::new();
    let plain = start(&s, "silent", &["--theme", "dark"], &[]);
    let silent = start(&s, "silent", &["--theme", "auto"], &[]);
    assert!(silent.asked && !silent.white, "{silent:?}");
    assert_eq!(silent.code, Some(0), "{silent:?}");
    let (Some(plain), Some(waited)) = (plain.frame, silent.frame) else {
        panic!("no first frame: {plain:?} {silent:?}");
    };
    // The question waits a second at most (a terminal that cannot say its
    // colours says so at once, answering DA1): within two of a start that
    // does not ask, even on a loaded machine.
    assert!(waited < plain + 2.0, "{waited:.2}s against {plain:.2}s");
    // Under NO_COLOR the terminal is not asked at all.
    let no_color = start(&s, "light", &["--theme", "auto"], &[("NO_COLOR", "1")]);
    assert!(!no_color.asked && !no_color.white, "{no_color:?}");
}

#[test]
fn a_late_answer_is_not_taken_for_keys() {
    if !require(Tool::Python3) {
        return;
    }
    let s = Sandbox::new();
    // 400 ms (ssh between Seoul and Mexico City) is waited for; 1.5 s is
    // past the wait, and dropped as it arrives. Either way the dashboard
    // stays on the table in the dark theme with no prompt open: its
    // `rgb:…` typed as keys would open the review (`r`), switch to the
    // light theme (`b`) and keep `q` from quitting.
    for late in ["late:0.4", "late:1.5"] {
        let started = start(&s, late, &["--theme", "auto"], &[]);
        assert!(
            started.asked && started.frame.is_some(),
            "{late}: {started:?}"
        );
        assert!(!started.white, "{late}: {started:?}");
        assert_eq!(started.code, Some(0), "{late}: {started:?}");
    }
}
