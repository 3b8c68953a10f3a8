//! The sandbox every test runs `followup` in: a temp dir that serves as HOME
//! and the XDG dirs, a fixed day, and an environment that holds nothing of
//! the user's (no config, no ledger, no git configuration).

use std::ffi::{OsStr, OsString};
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

    /// The sandbox's HOME.
    pub fn home(&self) -> PathBuf {
        self.path("home")
    }

    /// Where `followup` keeps its state in the sandbox (its records of the
    /// user's own recovery files).
    pub fn state(&self) -> PathBuf {
        self.home().join(".local/state/followup")
    }

    /// The git configuration every program run in the sandbox reads as the
    /// user's own (`GIT_CONFIG_GLOBAL`); [`crate::common::TestRepo`] writes it.
    pub fn gitconfig(&self) -> PathBuf {
        self.home().join(".gitconfig")
    }

    /// Copies a fixture (relative to fixtures/) into the sandbox and returns its path.
    pub fn fixture(&self, name: &str) -> PathBuf {
        let to = self.path(Path::new(name).file_name().unwrap().to_str().unwrap());
        std::fs::copy(fixtures().join(name), &to).expect("copy fixture");
        to
    }

    /// The whole environment of a program run in the sandbox (`followup`,
    /// and git with its merge driver): PATH, and the rest rooted here.
    pub fn env(&self) -> Vec<(&'static str, OsString)> {
        let home = self.home();
        vec![
            ("PATH", std::env::var_os("PATH").unwrap_or_default()),
            ("HOME", home.clone().into()),
            ("XDG_CONFIG_HOME", home.join(".config").into()),
            ("XDG_DATA_HOME", home.join(".local/share").into()),
            ("USER", "tester".into()),
            ("FOLLOWUP_TODAY", TODAY.into()),
            ("FOLLOWUP_CONFIG", self.path("config.toml").into()),
            ("GIT_CONFIG_NOSYSTEM", "1".into()),
            ("GIT_CONFIG_GLOBAL", self.gitconfig().into()),
            ("GIT_TERMINAL_PROMPT", "0".into()),
        ]
    }

    /// `followup` with a clean environment rooted in the sandbox.
    pub fn cmd(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_followup"));
        // Run inside the sandbox: never in a repository that may hold a ledger.json.
        c.current_dir(self.dir.path()).env_clear().envs(self.env());
        c
    }

    /// Runs `followup ARGS` and returns its output.
    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd().args(args).output().expect("run followup")
    }

    /// `followup ARGS` in a private tmux terminal of `size`, run in the
    /// sandbox with its environment, `LANG=lang` and `more`; the shell says
    /// `EXITED:code` when it ends, and the terminal stays for a minute.
    pub fn followup_in_tmux(
        &self,
        size: (u16, u16),
        (lang, more): (&str, &[(&'static str, OsString)]),
        args: &[&str],
    ) -> super::Tmux {
        let mut env = self.env();
        env.push(("LANG", lang.into()));
        env.extend(more.iter().cloned());
        let env: Vec<(&str, &OsStr)> = env.iter().map(|(k, v)| (*k, v.as_os_str())).collect();
        let quote = |s: &str| format!("'{}'", s.replace('\'', r"'\''"));
        let cmd = format!(
            "cd {} && {} {}; echo EXITED:$?; sleep 60",
            quote(&self.dir.path().display().to_string()),
            quote(env!("CARGO_BIN_EXE_followup")),
            args.iter().map(|a| quote(a)).collect::<Vec<_>>().join(" ")
        );
        super::Tmux::start(size, &env, &cmd)
    }
}
