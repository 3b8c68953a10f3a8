//! Talking to git: finding the repository, reading the ledger at a revision,
//! and registering `followup` as the ledger's merge driver and textconv.

use crate::ledger::open_for_append;
use chrono::NaiveDate;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

pub mod status;
pub mod watch;

/// A git work tree that holds the ledger.
#[derive(Debug, Clone)]
pub struct Repo {
    root: PathBuf,
}

fn run(dir: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(format!(
            "git {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8_lossy(&bytes).trim_end().to_owned()
}

impl Repo {
    /// The repository that contains `file`.
    pub fn containing(file: &Path) -> Result<Repo, String> {
        let dir = std::fs::canonicalize(file)
            .ok()
            .and_then(|f| f.parent().map(Path::to_owned))
            .or_else(|| file.parent().map(Path::to_owned))
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or_else(|| PathBuf::from("."));
        let root = run(&dir, &["rev-parse", "--show-toplevel"])
            .map_err(|_| format!("{}: not inside a git repository", file.display()))?;
        Ok(Repo {
            root: PathBuf::from(text(root)),
        })
    }

    /// The repository's top directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// `file`'s path relative to the top, with `/` separators, as git names it.
    pub fn relative(&self, file: &Path) -> Result<String, String> {
        let abs = std::fs::canonicalize(file).map_err(|e| format!("{}: {e}", file.display()))?;
        let root = std::fs::canonicalize(&self.root)
            .map_err(|e| format!("{}: {e}", self.root.display()))?;
        let rel = abs.strip_prefix(&root).map_err(|_| {
            format!(
                "{}: outside the repository {}",
                file.display(),
                root.display()
            )
        })?;
        Ok(rel.to_string_lossy().replace('\\', "/"))
    }

    /// The bytes of `rel` at revision `rev`. The object name is passed after
    /// `--end-of-options`, so no `rev` (`--output=x`) can become a git option;
    /// `--no-textconv` gives the stored bytes whatever the attributes say.
    pub fn show(&self, rev: &str, rel: &str) -> Result<Vec<u8>, String> {
        run(
            &self.root,
            &[
                "show",
                "--no-textconv",
                "--end-of-options",
                &format!("{rev}:{rel}"),
            ],
        )
    }

    /// The last commit before the start of `date` that touched `rel`. The
    /// path is taken literally (no pathspec magic such as `:(glob)`), after `--`.
    pub fn last_commit_before(&self, date: NaiveDate, rel: &str) -> Result<Option<String>, String> {
        let before = format!("--before={date} 00:00:00");
        let out = text(run(
            &self.root,
            &[
                "--literal-pathspecs",
                "log",
                "-1",
                "--format=%H",
                &before,
                "--",
                rel,
            ],
        )?);
        Ok((!out.is_empty()).then_some(out))
    }

    /// The first commit that added `rel`, with its day. The path is taken
    /// literally, after `--`.
    pub fn first_commit(&self, rel: &str) -> Result<Option<(String, String)>, String> {
        let out = text(run(
            &self.root,
            &[
                "--literal-pathspecs",
                "log",
                "--reverse",
                "--format=%H %cs",
                "--",
                rel,
            ],
        )?);
        Ok(out
            .lines()
            .next()
            .and_then(|l| l.split_once(' '))
            .map(|(h, d)| (h.to_owned(), d.to_owned())))
    }

    /// The commits that touched `rel` from the start of `since` to the end
    /// of `until`, oldest first, each with its day (`%cs`). The path is
    /// taken literally, after `--`.
    pub fn commits_between(
        &self,
        rel: &str,
        since: NaiveDate,
        until: NaiveDate,
    ) -> Result<Vec<(String, NaiveDate)>, String> {
        let after = format!("--after={since} 00:00:00");
        let before = format!("--before={until} 23:59:59");
        let out = text(run(
            &self.root,
            &[
                "--literal-pathspecs",
                "log",
                "--reverse",
                "--format=%H %cs",
                &after,
                &before,
                "--",
                rel,
            ],
        )?);
        Ok(out
            .lines()
            .filter_map(|l| l.split_once(' '))
            .filter_map(|(h, d)| Some((h.to_owned(), d.parse().ok()?)))
            .collect())
    }

    /// Registers the merge driver and textconv in `.git/config`, marks the
    /// ledger in `.gitattributes`, and keeps lock and temp files out of
    /// `git status`. Safe to run again. Returns what it changed.
    pub fn setup(&self, rel: &str, program: &str) -> Result<Vec<String>, String> {
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
            let now = run(&self.root, &["config", "--local", "--get", key])
                .map(text)
                .ok();
            if now.as_deref() != Some(value) {
                run(&self.root, &["config", "--local", key, value])?;
                did.push(format!("git config {key} \"{value}\""));
            }
        }
        let attr = format!(
            "{} merge=followup diff=followup",
            rel.replace(' ', "[[:space:]]")
        );
        if add_line(&self.root.join(".gitattributes"), &attr)? {
            did.push(format!(".gitattributes: {attr}"));
        }
        let git_dir = PathBuf::from(text(run(&self.root, &["rev-parse", "--absolute-git-dir"])?));
        let name = Path::new(rel)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for pattern in [
            format!(".{name}.lock"),
            format!(".{name}.*.tmp"),
            format!(".{name}.recovered-*"),
            format!(".{name}.base-*"),
        ] {
            if add_line(&git_dir.join("info/exclude"), &pattern)? {
                did.push(format!(".git/info/exclude: {pattern}"));
            }
        }
        Ok(did)
    }
}

/// Appends `line` to the file unless it is there already; true when added.
/// The file (it may come with the repository) is never opened through a
/// symbolic link and must be a regular file: see [`open_for_append`].
fn add_line(path: &Path, line: &str) -> Result<bool, String> {
    let mut file = open_for_append(path).map_err(|e| e.to_string())?;
    let mut now = String::new();
    file.read_to_string(&mut now)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    if now.lines().any(|l| l.trim() == line) {
        return Ok(false);
    }
    let mut add = String::new();
    if !now.is_empty() && !now.ends_with('\n') {
        add.push('\n');
    }
    add.push_str(line);
    add.push('\n');
    file.write_all(add.as_bytes())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(true)
}

/// How git should call this program: `followup` when that name on PATH is
/// this very binary, else its absolute path.
pub fn program_name() -> String {
    let me = std::env::current_exe().and_then(std::fs::canonicalize).ok();
    let on_path = std::env::var_os("PATH").and_then(|p| {
        std::env::split_paths(&p)
            .map(|d| d.join("followup"))
            .find(|c| c.is_file())
            .and_then(|c| std::fs::canonicalize(c).ok())
    });
    match (me, on_path) {
        (Some(me), Some(p)) if me == p => "followup".into(),
        (Some(me), _) => me.to_string_lossy().into_owned(),
        _ => "followup".into(),
    }
}
