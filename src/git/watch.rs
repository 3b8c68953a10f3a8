//! Noticing, without running git, that a repository's index or HEAD moved
//! (a commit, a stage, a checkout, a fetch made from outside): a few file
//! times compared.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// The files of a git repository that change when its index or HEAD moves
/// (a commit, a stage, a checkout from outside) or a fetch brings the remote's
/// commits: `index`, `HEAD`, the ref HEAD points to, `packed-refs` and `FETCH_HEAD`, with their modification times as last
/// seen. Found by looking for `.git` above the ledger: no process is run.
pub struct GitWatch {
    /// The repository's git directory (`.git`, or a worktree's).
    dir: PathBuf,
    /// Where shared refs live (the main `.git` for a worktree).
    common: PathBuf,
    seen: Vec<Option<SystemTime>>,
}

impl GitWatch {
    /// The git files of the repository holding `ledger`, if it is in one.
    pub fn of(ledger: &Path) -> Option<GitWatch> {
        let ledger = std::path::absolute(ledger).ok()?;
        let top = ledger
            .ancestors()
            .skip(1)
            .find(|d| d.join(".git").exists())?;
        let dot = top.join(".git");
        let dir = if dot.is_file() {
            // A worktree or submodule: `gitdir: PATH`.
            let text = std::fs::read_to_string(&dot).ok()?;
            let rel = text.strip_prefix("gitdir:")?.trim();
            top.join(rel)
        } else {
            dot
        };
        let common = match std::fs::read_to_string(dir.join("commondir")) {
            Ok(c) => dir.join(c.trim()),
            Err(_) => dir.clone(),
        };
        let mut w = GitWatch {
            dir,
            common,
            seen: Vec::new(),
        };
        w.seen = w.times();
        Some(w)
    }

    /// The files to watch now (HEAD may name another branch than before).
    fn files(&self) -> Vec<PathBuf> {
        let mut files = vec![
            self.dir.join("index"),
            self.dir.join("HEAD"),
            self.common.join("packed-refs"),
            // A `git fetch` made elsewhere: the remote moved.
            self.dir.join("FETCH_HEAD"),
        ];
        let head = std::fs::read_to_string(self.dir.join("HEAD")).unwrap_or_default();
        if let Some(r) = head.strip_prefix("ref:").map(str::trim)
            && !r.split('/').any(|part| part == "..")
        {
            files.push(self.dir.join(r));
            files.push(self.common.join(r));
        }
        files
    }

    fn times(&self) -> Vec<Option<SystemTime>> {
        self.files()
            .iter()
            .map(|f| std::fs::metadata(f).and_then(|m| m.modified()).ok())
            .collect()
    }

    /// True when a watched file changed since the last call.
    pub fn moved(&mut self) -> bool {
        let now = self.times();
        let moved = now != self.seen;
        self.seen = now;
        moved
    }
}
