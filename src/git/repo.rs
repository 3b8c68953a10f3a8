//! A git work tree that holds the ledger: finding it, reading the ledger at a
//! revision or a day, and registering `followup` as the ledger's merge driver
//! and textconv.

use super::batch::Batch;
use super::error::GitError;
use super::run::{Git, Ssh};
use crate::ledger::open_for_append;
use chrono::NaiveDate;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// A git work tree that holds the ledger.
#[derive(Debug, Clone)]
pub struct Repo {
    git: Git,
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8_lossy(&bytes).trim_end().to_owned()
}

impl Repo {
    /// The repository that contains `file`.
    pub fn containing(file: &Path) -> Result<Repo, GitError> {
        let dir = std::fs::canonicalize(file)
            .ok()
            .and_then(|f| f.parent().map(Path::to_owned))
            .or_else(|| file.parent().map(Path::to_owned))
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or_else(|| PathBuf::from("."));
        let root = Git::new(&dir, Ssh::AsConfigured)
            .bytes(&["rev-parse", "--show-toplevel"])
            .map_err(|_| GitError::NotInRepository {
                file: file.to_owned(),
            })?;
        Ok(Repo {
            git: Git::new(Path::new(&text(root)), Ssh::AsConfigured),
        })
    }

    /// The repository's top directory.
    pub fn root(&self) -> &Path {
        self.git.root()
    }

    /// `file`'s path relative to the top, with `/` separators, as git names it.
    pub fn relative(&self, file: &Path) -> Result<String, GitError> {
        let resolved = |p: &Path| {
            std::fs::canonicalize(p).map_err(|cause| GitError::Io {
                path: p.to_owned(),
                cause,
            })
        };
        // A ledger not there yet (a clone made before the other capital
        // pushed it) is named by its directory.
        let abs = match (
            std::fs::symlink_metadata(file),
            file.parent(),
            file.file_name(),
        ) {
            (Err(_), Some(dir), Some(name)) => {
                let dir = if dir.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    dir
                };
                resolved(dir)?.join(name)
            }
            _ => resolved(file)?,
        };
        let root = resolved(self.root())?;
        let rel = abs
            .strip_prefix(&root)
            .map_err(|_| GitError::OutsideRepository {
                file: file.to_owned(),
                root: root.clone(),
            })?;
        Ok(rel.to_string_lossy().replace('\\', "/"))
    }

    /// The bytes of `rel` at revision `rev`, as stored (no textconv), at most
    /// [`crate::ledger::MAX_LEDGER_BYTES`]: a larger blob is refused from its
    /// size before any of it is read (see [`Git::blob`]). The object name is
    /// passed after `--end-of-options`, so no `rev` (`--output=x`) can become
    /// a git option.
    pub fn show(&self, rev: &str, rel: &str) -> Result<Vec<u8>, GitError> {
        self.git
            .blob(rev, rel)?
            .ok_or_else(|| GitError::NotAtRevision {
                rev: rev.to_owned(),
                rel: rel.to_owned(),
            })
    }

    /// The last commit before the start of `date` that touched `rel`. The
    /// path is taken literally (no pathspec magic such as `:(glob)`), after `--`.
    pub fn last_commit_before(
        &self,
        date: NaiveDate,
        rel: &str,
    ) -> Result<Option<String>, GitError> {
        last_commit_before(&self.git, date, rel)
    }

    /// Registers the merge driver and textconv in `.git/config`, marks the
    /// ledger in `.gitattributes`, and keeps lock and temp files out of
    /// `git status`. Safe to run again. Returns what it changed.
    pub fn setup(&self, rel: &str, program: &str) -> Result<Vec<String>, GitError> {
        let mut did = Vec::new();
        let driver = format!("{program} merge %O %A %B %P");
        let textconv = format!("{program} textconv");
        for (key, value) in [
            (
                "merge.followup.name",
                "followup ledger merge (by item and field)",
            ),
            ("merge.followup.driver", driver.as_str()),
            ("diff.followup.textconv", textconv.as_str()),
        ] {
            let now = self
                .git
                .bytes(&["config", "--local", "--get", key])
                .map(text)
                .ok();
            if now.as_deref() != Some(value) {
                self.git.bytes(&["config", "--local", key, value])?;
                did.push(format!("git config {key} \"{value}\""));
            }
        }
        let attr = format!(
            "{} merge=followup diff=followup",
            rel.replace(' ', "[[:space:]]")
        );
        if add_line(&self.root().join(".gitattributes"), &attr)? {
            did.push(format!(".gitattributes: {attr}"));
        }
        let git_dir = PathBuf::from(text(self.git.bytes(&["rev-parse", "--absolute-git-dir"])?));
        let name = Path::new(rel)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for pattern in crate::ledger::side_file_patterns(&name) {
            if add_line(&git_dir.join("info/exclude"), &pattern)? {
                did.push(format!(".git/info/exclude: {pattern}"));
            }
        }
        Ok(did)
    }
}

/// One file's history (its commits, its bytes at each), asked of git from
/// the file's own directory, the file named `./<name>` as `log` and
/// `cat-file` take a path from there: git is not asked for the
/// repository's top first, as [`Repo`] does for what needs it (the work
/// tree's state, its settings). Outside any repository its first question
/// fails; from a repository's own directory (`.git`, a bare repository),
/// `cat-file` refuses the name, so no other file's bytes are read.
#[derive(Debug, Clone)]
pub struct FileHistory {
    git: Git,
    path: String,
}

impl FileHistory {
    /// The history of `file`, its symbolic links resolved (the file they
    /// lead to, in its own directory); `None` when it does not exist or its
    /// name is not UTF-8.
    pub fn of(file: &Path) -> Option<FileHistory> {
        let file = std::fs::canonicalize(file).ok()?;
        let name = file.file_name()?.to_str()?;
        Some(FileHistory {
            path: format!("./{name}"),
            git: Git::new(file.parent()?, Ssh::AsConfigured),
        })
    }

    /// The file as git is asked for it (`./<name>`).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// [`Repo::last_commit_before`] for this file.
    pub fn last_commit_before(&self, date: NaiveDate) -> Result<Option<String>, GitError> {
        last_commit_before(&self.git, date, &self.path)
    }

    /// The first commit that added the file, with its day (`%cs`).
    pub fn first_commit(&self) -> Result<Option<(String, String)>, GitError> {
        let out = text(self.git.bytes(&[
            "--literal-pathspecs",
            "log",
            "--reverse",
            "--format=%H %cs",
            "--",
            &self.path,
        ])?);
        Ok(out
            .lines()
            .next()
            .and_then(|l| l.split_once(' '))
            .map(|(h, d)| (h.to_owned(), d.to_owned())))
    }

    /// The commits that touched the file from the start of `since` to the
    /// end of `until`, oldest first, each with its day (`%cs`).
    pub fn commits_between(
        &self,
        since: NaiveDate,
        until: NaiveDate,
    ) -> Result<Vec<(String, NaiveDate)>, GitError> {
        let after = format!("--after={since} 00:00:00");
        let before = format!("--before={until} 23:59:59");
        let out = text(self.git.bytes(&[
            "--literal-pathspecs",
            "log",
            "--reverse",
            "--format=%H %cs",
            &after,
            &before,
            "--",
            &self.path,
        ])?);
        Ok(out
            .lines()
            .filter_map(|l| l.split_once(' '))
            .filter_map(|(h, d)| Some((h.to_owned(), d.parse().ok()?)))
            .collect())
    }

    /// The file's bytes at revision `rev`, as [`Repo::show`] reads them;
    /// `None` when the revision does not hold it.
    pub fn show(&self, rev: &str) -> Result<Option<Vec<u8>>, GitError> {
        self.git.blob(rev, &self.path)
    }

    /// A `git cat-file --batch` started now, to be asked for the file at a
    /// revision once it is known.
    pub fn batch(&self) -> Result<Batch, GitError> {
        self.git.batch()
    }
}

fn last_commit_before(git: &Git, date: NaiveDate, rel: &str) -> Result<Option<String>, GitError> {
    let before = format!("--before={date} 00:00:00");
    let out = text(git.bytes(&[
        "--literal-pathspecs",
        "log",
        "-1",
        "--format=%H",
        &before,
        "--",
        rel,
    ])?);
    Ok((!out.is_empty()).then_some(out))
}

/// Appends `line` to the file unless it is there already; true when added.
/// The file (it may come with the repository) is never opened through a
/// symbolic link and must be a regular file: see [`open_for_append`].
fn add_line(path: &Path, line: &str) -> Result<bool, GitError> {
    let io = |cause| GitError::Io {
        path: path.to_owned(),
        cause,
    };
    let mut file = open_for_append(path).map_err(GitError::File)?;
    let mut now = String::new();
    file.read_to_string(&mut now).map_err(io)?;
    if now.lines().any(|l| l.trim() == line) {
        return Ok(false);
    }
    let mut add = String::new();
    if !now.is_empty() && !now.ends_with('\n') {
        add.push('\n');
    }
    add.push_str(line);
    add.push('\n');
    file.write_all(add.as_bytes()).map_err(io)?;
    Ok(true)
}
