//! Shared setup for the integration tests: the sandbox `followup` runs in,
//! git repositories with a fixed identity, a private tmux terminal, the
//! programs a test may need, and checks on what a command wrote.
// Each test binary compiles this module and uses a part of it.
#![allow(dead_code, unused_imports)]

pub mod app;
pub mod bilingual;
pub mod catalogs;
pub mod desk_app;
pub mod hub;
pub mod portfolio;
pub mod repo;
pub mod sandbox;
pub mod smtp;
pub mod strategies;
pub mod tmux;
pub mod tools;
pub mod tui;
pub mod workbook;

pub use repo::{GIT_DATE, GitDaemon, TestRepo};
pub use sandbox::{Sandbox, TODAY, fixtures};
pub use tmux::Tmux;
pub use tools::{Tool, require};

use std::path::Path;
use std::process::Output;

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
        .unwrap_or_else(|e| panic!("{}:{e:?} (written, but does not load)", path.display()));
    let out = Sandbox::new().run(&["check", path.to_str().expect("UTF-8 path")]);
    assert!(
        out.status.success(),
        "followup check {}: {}",
        path.display(),
        stderr(&out)
    );
    ledger
}
