//! The programs some tests need besides Rust and git: a test that needs a
//! missing one skips with one line naming what to install, except under CI
//! (`CI` set), where it fails, since CI must run every test.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// A program a test needs.
#[derive(Clone, Copy, Debug)]
pub enum Tool {
    /// tmux, for the dashboard in a real terminal.
    Tmux,
    /// A local SMTP server: Python 3 with aiosmtpd.
    Smtp,
    /// `git daemon`, for the `git://` transport.
    GitDaemon,
    /// Chromium, to render and print the HTML minutes.
    Chromium,
    /// ssh-keygen, to sign commits with a throwaway SSH key.
    SshKeygen,
    /// Python 3, for a pseudo-terminal a test controls.
    Python3,
    /// check-jsonschema, to check CI files against the hosts' schemas.
    CheckJsonschema,
}

impl Tool {
    /// What is missing and how to install it.
    fn missing(self) -> &'static str {
        match self {
            Tool::Tmux => "tmux is not installed (apt-get install tmux)",
            Tool::Smtp => {
                "python3 with aiosmtpd is not installed (apt-get install python3-aiosmtpd, or python3 -m pip install aiosmtpd)"
            }
            Tool::GitDaemon => {
                "`git daemon` is not installed (apt-get install git, which includes it)"
            }
            Tool::Chromium => "Chromium is not installed (apt-get install chromium)",
            Tool::SshKeygen => "ssh-keygen is not installed (apt-get install openssh-client)",
            Tool::Python3 => "python3 is not installed (apt-get install python3)",
            Tool::CheckJsonschema => {
                "check-jsonschema is not installed (python3 -m pip install check-jsonschema)"
            }
        }
    }

    /// Whether the program is there and runs.
    fn present(self) -> bool {
        match self {
            Tool::Tmux => succeeds("tmux", &["-V"]),
            Tool::Smtp => succeeds("python3", &["-c", "import aiosmtpd"]),
            Tool::GitDaemon => Command::new("git")
                .arg("--exec-path")
                .output()
                .ok()
                .filter(|o| o.status.success())
                .is_some_and(|o| {
                    let dir = String::from_utf8_lossy(&o.stdout).trim().to_owned();
                    PathBuf::from(dir).join("git-daemon").is_file()
                }),
            Tool::Chromium => chromium().is_some(),
            Tool::Python3 => succeeds("python3", &["-c", "import pty"]),
            Tool::CheckJsonschema => succeeds("check-jsonschema", &["--version"]),
            Tool::SshKeygen => Command::new("ssh-keygen")
                .arg("-?")
                .stdin(Stdio::null())
                .stderr(Stdio::piped())
                .output()
                .is_ok(),
        }
    }
}

/// True when `tool` is installed. When it is not: under CI (`CI` set, and
/// not `false` or `0`) panics, since CI must run every test; elsewhere says
/// `skipped: …` on one line and returns false, and the test returns.
pub fn require(tool: Tool) -> bool {
    if tool.present() {
        return true;
    }
    let ci = std::env::var("CI").is_ok_and(|v| !matches!(v.as_str(), "" | "0" | "false"));
    if ci {
        panic!("{} (CI runs every test: install it)", tool.missing());
    }
    // Past the test harness's capture: the line shows in a passing run too.
    let _ = writeln!(std::io::stderr(), "skipped: {}", tool.missing());
    false
}

/// Chromium's program: `chromium` or `chromium-browser` on PATH.
pub fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser"]
        .into_iter()
        .find_map(|name| {
            std::env::split_paths(&path)
                .map(|d| d.join(name))
                .find(|p| p.is_file())
        })
}

/// Headless Chromium on `file` in a window of `size` pixels with `args`
/// (`--screenshot=…`, `--print-to-pdf=…`, `--dump-dom`), with a profile of
/// its own (its home too); what it printed. Panics when it fails.
pub fn headless_chromium(browser: &Path, file: &Path, size: (u32, u32), args: &[String]) -> String {
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
            "--hide-scrollbars",
        ])
        .arg(format!("--window-size={},{}", size.0, size.1))
        .arg(format!("--user-data-dir={}", profile.path().display()))
        // Its crash reports and settings land in the profile, not the tester's home.
        .env("HOME", profile.path())
        .env("XDG_CONFIG_HOME", profile.path().join("config"))
        .env("XDG_CACHE_HOME", profile.path().join("cache"))
        .args(args)
        .arg(file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn succeeds(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .is_ok_and(|o| o.status.success())
}
