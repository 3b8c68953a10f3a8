//! Shared helpers for integration tests: a sandboxed `followup` command that
//! never sees the user's real config or data, and fixture copies in temp dirs.
#![allow(dead_code)]

pub mod app;
pub mod strategies;
pub mod tui;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The fixed "today" of every test.
pub const TODAY: &str = "2026-11-23";

/// The repository's fixtures directory.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// A temp dir that also serves as HOME and XDG dirs for the command.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Self {
        Sandbox {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    /// A path inside the sandbox.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Copies a fixture (relative to fixtures/) into the sandbox and returns its path.
    pub fn fixture(&self, name: &str) -> PathBuf {
        let to = self.path(Path::new(name).file_name().unwrap().to_str().unwrap());
        std::fs::copy(fixtures().join(name), &to).expect("copy fixture");
        to
    }

    /// `followup` with a clean environment rooted in the sandbox.
    pub fn cmd(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_followup"));
        let home = self.path("home");
        // Run inside the sandbox: never in a repository that may hold a ledger.json.
        c.current_dir(self.dir.path())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_DATA_HOME", home.join(".local/share"))
            .env("USER", "tester")
            .env("FOLLOWUP_TODAY", TODAY)
            .env("FOLLOWUP_CONFIG", self.path("config.toml"));
        c
    }

    /// Runs `followup ARGS` and returns its output.
    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("run followup")
    }
}

/// Standard output as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The lines removed from `old` and added in `new`, as a line diff computes them.
pub fn changed_lines(old: &str, new: &str) -> (Vec<String>, Vec<String>) {
    use similar::{ChangeTag, TextDiff};
    let (mut removed, mut added) = (Vec::new(), Vec::new());
    for c in TextDiff::from_lines(old, new).iter_all_changes() {
        match c.tag() {
            ChangeTag::Delete => removed.push(c.value().trim_end().to_owned()),
            ChangeTag::Insert => added.push(c.value().trim_end().to_owned()),
            ChangeTag::Equal => {}
        }
    }
    (removed, added)
}

/// Asserts that the ledger at `path` loads: through the library loader and
/// through `followup check` (in a sandbox of its own). Every test that writes
/// a ledger calls this on what was written.
pub fn assert_loads(path: &Path) -> followup::ledger::Ledger {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let ledger = followup::ledger::parse_ledger(&bytes)
        .unwrap_or_else(|e| panic!("{}:{e} (written, but does not load)", path.display()));
    let out = Sandbox::new().run(&["check", path.to_str().expect("UTF-8 path")]);
    assert!(
        out.status.success(),
        "followup check {}: {}",
        path.display(),
        stderr(&out)
    );
    ledger
}
