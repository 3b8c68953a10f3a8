//! A terminal for tests: one session in a private tmux server (`tmux -L`,
//! a socket of its own in a temp dir, no configuration file), whose programs
//! see only PATH, SHELL and the variables the test passes; the server is
//! killed and its socket removed when dropped.

use std::ffi::OsStr;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// How long [`Tmux::wait_until`] waits for the screen.
const PATIENCE: Duration = Duration::from_secs(10);

/// The session's name in its server.
const SESSION: &str = "test";

/// One terminal of `cols` × `rows` running a command, in a tmux server of
/// its own.
pub struct Tmux {
    socket: String,
    /// `TMUX_TMPDIR`: where the socket lives.
    dir: tempfile::TempDir,
}

impl Tmux {
    /// Starts a private server with one detached session of `size`
    /// (columns, rows) running `command` (a shell command line), whose
    /// environment is PATH, tmux's own TERM and TMUX, and `env`.
    pub fn start(size: (u16, u16), env: &[(&str, &OsStr)], command: &str) -> Tmux {
        let tmux = Tmux::server();
        let mut args = vec!["new-session".to_owned(), "-d".to_owned()];
        args.extend(Tmux::session(size, env, command));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = tmux.run(&args);
        assert!(
            out.status.success(),
            "tmux new-session failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        tmux
    }

    /// A private server, not started yet: a socket of its own in a temp dir.
    pub fn server() -> Tmux {
        static RUN: AtomicUsize = AtomicUsize::new(0);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .subsec_nanos();
        let socket = format!(
            "followup-test-{}-{}-{nanos}",
            std::process::id(),
            RUN.fetch_add(1, Ordering::Relaxed)
        );
        let dir = tempfile::tempdir().expect("temp dir");
        Tmux { socket, dir }
    }

    /// The arguments of `new-session` after its `-d` (or, from a control
    /// client, after `new-session` itself): the session's name, its size,
    /// `env`, and `command`.
    pub fn session(size: (u16, u16), env: &[(&str, &OsStr)], command: &str) -> Vec<String> {
        let mut args: Vec<String> = ["-s", SESSION, "-x", &size.0.to_string()]
            .into_iter()
            .chain(["-y", &size.1.to_string()])
            .map(str::to_owned)
            .collect();
        for (k, v) in env {
            let pair = format!("{k}={}", v.to_str().expect("UTF-8 environment"));
            args.extend(["-e".to_owned(), pair]);
        }
        args.push(command.to_owned());
        args
    }

    /// Runs `tmux ARGS` on this server. The client (and so the server it
    /// starts) gets only PATH, SHELL=/bin/sh and its socket's directory,
    /// never the caller's environment or the user's tmux configuration.
    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args)
            .output()
            .expect("tmux runs (see common::tools::require)")
    }

    /// The command `tmux ARGS` on this server, not started yet (see [`Tmux::run`]).
    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new("tmux");
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("SHELL", "/bin/sh")
            .env("TMUX_TMPDIR", self.dir.path())
            .args(["-u", "-L", &self.socket, "-f", "/dev/null"])
            .args(args);
        c
    }

    /// A control-mode client of the session (`tmux -C attach`), not
    /// started yet: it takes commands on its input and reports the pane's
    /// output as `%output` lines as soon as tmux has read it.
    pub fn control(&self) -> Command {
        self.command(&["-C", "attach-session", "-t", SESSION])
    }

    /// What the terminal shows now.
    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", SESSION]).stdout)
            .into_owned()
    }

    /// Presses keys by tmux's names (`j`, `Enter`, `C-s`, `Escape`), one by one.
    pub fn send_keys(&self, keys: &[&str]) {
        for k in keys {
            self.run(&["send-keys", "-t", SESSION, k]);
        }
    }

    /// Types `text` literally, in one write.
    pub fn text(&self, text: &str) {
        self.run(&["send-keys", "-t", SESSION, "-l", text]);
    }

    /// A pane format variable (`alternate_on`, `pane_pid`).
    pub fn flag(&self, name: &str) -> String {
        let out = self.run(&[
            "display-message",
            "-p",
            "-t",
            SESSION,
            &format!("#{{{name}}}"),
        ]);
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    /// Resizes the terminal to `cols` × `rows`.
    pub fn resize(&self, cols: u16, rows: u16) {
        let (cols, rows) = (cols.to_string(), rows.to_string());
        self.run(&["resize-window", "-t", SESSION, "-x", &cols, "-y", &rows]);
    }

    /// Closes the terminal: its programs get a hangup (SIGHUP).
    pub fn close(&self) {
        self.run(&["kill-session", "-t", SESSION]);
    }

    /// Waits until the screen shows `text`; fails with the screen otherwise.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("`{text}`"), |s| s.contains(text))
    }

    /// Waits until the screen passes `ok`; fails with the screen otherwise.
    pub fn wait_until(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        self.wait_within(PATIENCE, what, ok)
    }

    /// [`Tmux::wait_until`], for up to `patience`: for work a slow machine
    /// takes long over (thousands of keys read by a debug build).
    pub fn wait_within(&self, patience: Duration, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if ok(&s) {
                return s;
            }
            assert!(
                start.elapsed() < patience,
                "timed out waiting for {what}; the screen was:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}
