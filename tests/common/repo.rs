//! Git for tests: repositories in a sandbox, with a fixed identity, fixed
//! dates and a fixed environment (no system or user configuration, so no
//! hooks, signing or aliases of the user's), and a `git daemon` serving them.

use super::sandbox::Sandbox;
use std::ffi::OsString;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

/// The author and committer date of every commit not given one.
pub const GIT_DATE: &str = "2026-11-23T12:00:00";

/// The configuration the sandbox's git reads as the user's own.
const GITCONFIG: &str =
    "[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n[tag]\n\tgpgsign = false\n";

/// A git repository (or a bare hub) inside a sandbox.
#[derive(Clone)]
pub struct TestRepo {
    dir: PathBuf,
    env: Vec<(&'static str, OsString)>,
    name: String,
    email: String,
}

impl TestRepo {
    /// A new repository on `main` at `name` in the sandbox (created if needed).
    pub fn init(sb: &Sandbox, name: &str) -> TestRepo {
        let repo = TestRepo::open(sb, sb.path(name));
        std::fs::create_dir_all(&repo.dir).expect("repository directory");
        repo.git(&["init", "-q", "-b", "main"]);
        repo
    }

    /// A new bare repository on `main` at `name` in the sandbox: the hub
    /// the clones push to.
    pub fn bare(sb: &Sandbox, name: &str) -> TestRepo {
        let repo = TestRepo::open(sb, sb.path(name));
        std::fs::create_dir_all(&repo.dir).expect("repository directory");
        repo.git(&["init", "-q", "--bare", "-b", "main"]);
        repo
    }

    /// Clones `url` into `name` in the sandbox; `who` is the clone's git
    /// identity, in its configuration (for followup's own commits) and for
    /// the commits the test makes there.
    pub fn clone(sb: &Sandbox, url: &str, name: &str, who: &str) -> TestRepo {
        TestRepo::open(sb, sb.path(".")).git(&["clone", "-q", url, name]);
        let mut repo = TestRepo::open(sb, sb.path(name));
        repo.git(&["config", "user.name", who]);
        repo.git(&["config", "user.email", "secretariat@example.org"]);
        repo.name = who.to_owned();
        repo.email = "secretariat@example.org".to_owned();
        repo
    }

    /// The repository at `dir` (made earlier, or a directory to run git in),
    /// with the sandbox's environment and the default identity.
    pub fn open(sb: &Sandbox, dir: impl Into<PathBuf>) -> TestRepo {
        let config = sb.gitconfig();
        if !config.exists() {
            std::fs::create_dir_all(config.parent().unwrap()).expect("sandbox home");
            std::fs::write(&config, GITCONFIG).expect("sandbox gitconfig");
        }
        TestRepo {
            dir: dir.into(),
            env: sb.env(),
            name: "Secretariat".to_owned(),
            email: "s@example.org".to_owned(),
        }
    }

    /// The work tree (the repository itself when bare).
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A path in the work tree.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// `git ARGS` in the repository, dated `date`, in the fixed environment.
    pub fn cmd_on(&self, date: &str, args: &[&str]) -> Command {
        let mut c = Command::new("git");
        c.current_dir(&self.dir)
            .args(args)
            .env_clear()
            .envs(self.env.iter().cloned())
            .env("GIT_AUTHOR_NAME", &self.name)
            .env("GIT_AUTHOR_EMAIL", &self.email)
            .env("GIT_COMMITTER_NAME", &self.name)
            .env("GIT_COMMITTER_EMAIL", &self.email)
            .env("GIT_AUTHOR_DATE", date)
            .env("GIT_COMMITTER_DATE", date);
        c
    }

    /// `git ARGS` in the repository, dated [`GIT_DATE`].
    pub fn cmd(&self, args: &[&str]) -> Command {
        self.cmd_on(GIT_DATE, args)
    }

    /// Runs `git ARGS`, whether it succeeds or not.
    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().expect("git runs")
    }

    /// Runs `git ARGS`, asserts it succeeded, and returns its standard output.
    pub fn git(&self, args: &[&str]) -> String {
        self.git_on(GIT_DATE, args)
    }

    /// Like [`TestRepo::git`], with commits dated `date` (`2026-11-10T10:00:00`).
    pub fn git_on(&self, date: &str, args: &[&str]) -> String {
        let out = self.cmd_on(date, args).output().expect("git runs");
        assert!(
            out.status.success(),
            "git {args:?} in {}: {}",
            self.dir.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Commits every change to tracked files, dated `date`.
    pub fn commit(&self, date: &str, message: &str) {
        self.git_on(date, &["commit", "-qam", message]);
    }

    /// Commits the sample committee's ledger as `ledger.json`.
    pub fn commit_sample_ledger(&self) {
        std::fs::copy(
            super::fixtures().join("korea-mexico-sme.json"),
            self.path("ledger.json"),
        )
        .expect("copy the sample");
        self.git(&["add", "ledger.json"]);
        self.commit(GIT_DATE, "ledger");
    }

    /// A bare hub and two clones, Mexico's and Seoul's, sharing the sample
    /// ledger Mexico pushed.
    pub fn two_capitals(sb: &Sandbox) -> (TestRepo, TestRepo) {
        let hub = TestRepo::bare(sb, "hub.git");
        let url = hub.dir().to_str().expect("a UTF-8 path").to_owned();
        let mexico = TestRepo::clone(sb, &url, "mexico", "INADEM, Mexico");
        mexico.commit_sample_ledger();
        mexico.git(&["push", "-q", "origin", "main"]);
        let seoul = TestRepo::clone(sb, &url, "seoul", "SMBA, Korea");
        (mexico, seoul)
    }
}

/// A `git daemon` on 127.0.0.1 serving every repository under a directory
/// (push included); stopped when dropped.
pub struct GitDaemon {
    child: Child,
    port: u16,
}

impl GitDaemon {
    /// Serves the repositories under `base` (`git://127.0.0.1:PORT/NAME`).
    pub fn serve(sb: &Sandbox, base: &Path) -> GitDaemon {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let base = base.canonicalize().unwrap();
        let base = base.to_str().unwrap();
        let child = TestRepo::open(sb, sb.path("."))
            .cmd(&[
                "daemon",
                "--reuseaddr",
                &format!("--base-path={base}"),
                "--export-all",
                "--enable=receive-pack",
                "--listen=127.0.0.1",
                &format!("--port={port}"),
                base,
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("git daemon starts");
        let daemon = GitDaemon { child, port };
        let up = (0..100).any(|_| {
            let up = TcpStream::connect(("127.0.0.1", port)).is_ok();
            if !up {
                std::thread::sleep(Duration::from_millis(50));
            }
            up
        });
        assert!(up, "git daemon did not start on port {port}");
        daemon
    }

    /// The URL of the repository `name` under the served directory.
    pub fn url(&self, name: &str) -> String {
        format!("git://127.0.0.1:{}/{name}", self.port)
    }
}

impl Drop for GitDaemon {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
