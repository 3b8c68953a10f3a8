//! A bare hub repository and the capitals' clones of it, with `followup`
//! run in each: the setting of every test of `sync` against real git.

use super::*;
use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::process::Output;

/// A sandbox with a bare hub repository and clones of it.
pub struct Hub {
    pub sb: Sandbox,
    /// The clones made so far, each with its capital's git identity.
    clones: RefCell<Vec<TestRepo>>,
}

impl Hub {
    /// A sandbox without a hub yet.
    pub fn empty() -> Hub {
        Hub {
            sb: Sandbox::new(),
            clones: RefCell::default(),
        }
    }

    /// An empty bare hub.
    pub fn new() -> Hub {
        let hub = Hub::empty();
        TestRepo::bare(&hub.sb, "hub.git");
        hub
    }

    /// A hub whose `main` holds the Korea–Mexico ledger, pushed by a first
    /// clone (`mexico`) that never ran `git-setup`.
    pub fn with_ledger() -> Hub {
        let hub = Hub::new();
        let mx = hub.clone_as("mexico", "INADEM, Mexico");
        std::fs::copy(
            fixtures().join("korea-mexico-sme.json"),
            mx.join("ledger.json"),
        )
        .unwrap();
        let out = hub.sync(&mx);
        assert!(out.status.success(), "first sync: {}", stderr(&out));
        hub
    }

    pub fn hub_path(&self) -> PathBuf {
        self.sb.path("hub.git")
    }

    /// The repository at `dir`: a clone with its identity, or another.
    pub fn repo(&self, dir: &Path) -> TestRepo {
        let clones = self.clones.borrow();
        let clone = clones.iter().find(|r| r.dir() == dir).cloned();
        clone.unwrap_or_else(|| TestRepo::open(&self.sb, dir))
    }

    pub fn git(&self, dir: &Path, args: &[&str]) -> Output {
        self.repo(dir).run(args)
    }

    pub fn git_ok(&self, dir: &Path, args: &[&str]) -> String {
        self.repo(dir).git(args).trim_end().to_owned()
    }

    /// Clones the hub into `name`, with `who` as its git identity.
    pub fn clone_as(&self, name: &str, who: &str) -> PathBuf {
        self.clone_from(&self.hub_path().to_string_lossy(), name, who)
    }

    pub fn clone_from(&self, url: &str, name: &str, who: &str) -> PathBuf {
        let clone = TestRepo::clone(&self.sb, url, name, who);
        let dir = clone.dir().to_owned();
        self.clones.borrow_mut().push(clone);
        dir
    }

    pub fn followup(&self, dir: &Path, args: &[&str]) -> Output {
        let ledger = dir.join("ledger.json");
        let mut all = vec!["-f", ledger.to_str().unwrap()];
        all.extend(args);
        self.sb.cmd().current_dir(dir).args(all).output().unwrap()
    }

    pub fn ok(&self, dir: &Path, args: &[&str]) -> String {
        let out = self.followup(dir, args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        stdout(&out)
    }

    pub fn sync(&self, dir: &Path) -> Output {
        self.followup(dir, &["sync"])
    }

    pub fn head(&self, dir: &Path) -> String {
        self.git_ok(dir, &["rev-parse", "HEAD"])
    }

    pub fn hub_main(&self) -> String {
        self.git_ok(&self.hub_path(), &["rev-parse", "main"])
    }
}
