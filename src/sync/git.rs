//! Running git for sync: explicit arguments, no shell, no prompt, no stdin,
//! and the outcome kept whole (exit status and both streams).

use super::error::SyncError;
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What one git invocation did.
pub(crate) struct Ran {
    pub ok: bool,
    pub stdout: String,
    pub stderr: String,
}

impl Ran {
    /// Both streams, for messages and for lines the merge driver printed.
    pub fn output(&self) -> String {
        format!("{}\n{}", self.stdout, self.stderr)
    }
}

/// git in one work tree, never asking anything on the terminal.
pub(crate) struct Git {
    root: PathBuf,
    ssh_batch: bool,
}

impl Git {
    /// git for the work tree at `root`.
    pub fn new(root: &Path) -> Git {
        let mut git = Git {
            root: root.to_owned(),
            ssh_batch: false,
        };
        // ssh asks for passwords on the terminal, out of GIT_TERMINAL_PROMPT's
        // reach: unless the user chose an ssh command, ask ssh never to prompt
        // (keys from the agent still work).
        git.ssh_batch = std::env::var_os("GIT_SSH_COMMAND").is_none()
            && std::env::var_os("GIT_SSH").is_none()
            && git
                .run(&[], &["config", "--get", "core.sshCommand"])
                .is_ok_and(|r| !r.ok);
        git
    }

    fn command(&self, config: &[OsString], args: &[&str]) -> Command {
        let mut c = Command::new("git");
        c.arg("-C").arg(&self.root);
        for kv in config {
            c.arg("-c").arg(kv);
        }
        c.args(args)
            .env("GIT_TERMINAL_PROMPT", "0")
            .env("GIT_MERGE_AUTOEDIT", "no")
            .stdin(Stdio::null());
        if self.ssh_batch {
            c.env("GIT_SSH_COMMAND", "ssh -o BatchMode=yes");
        }
        c
    }

    /// Runs git with `-c` settings; fails only when git cannot be started.
    pub fn run(&self, config: &[OsString], args: &[&str]) -> Result<Ran, SyncError> {
        self.finish(args, self.command(config, args).output())
    }

    /// Runs git and feeds it `input` on stdin.
    pub fn run_with_input(&self, args: &[&str], input: &[u8]) -> Result<Ran, SyncError> {
        let mut c = self.command(&[], args);
        c.stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let out = c.spawn().and_then(|mut child| {
            if let Some(mut stdin) = child.stdin.take() {
                stdin.write_all(input)?;
            }
            child.wait_with_output()
        });
        self.finish(args, out)
    }

    fn finish(
        &self,
        args: &[&str],
        out: std::io::Result<std::process::Output>,
    ) -> Result<Ran, SyncError> {
        let out = out.map_err(|e| SyncError::Git {
            args: args.join(" "),
            detail: format!("cannot run git: {e}"),
        })?;
        Ok(Ran {
            ok: out.status.success(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).trim().to_owned(),
        })
    }

    /// Runs git; a failure becomes `SyncError::Git` with git's message.
    pub fn ok(&self, args: &[&str]) -> Result<String, SyncError> {
        let r = self.run(&[], args)?;
        if r.ok {
            Ok(r.stdout)
        } else {
            Err(SyncError::Git {
                args: args.join(" "),
                detail: r.stderr,
            })
        }
    }

    /// The commit `rev` names, if it exists.
    pub fn commit(&self, rev: &str) -> Result<Option<String>, SyncError> {
        let r = self.run(
            &[],
            &[
                "rev-parse",
                "-q",
                "--verify",
                "--end-of-options",
                &format!("{rev}^{{commit}}"),
            ],
        )?;
        Ok(r.ok.then(|| r.stdout.trim().to_owned()))
    }

    /// True when commit `a` is an ancestor of (or equal to) `b`.
    pub fn is_ancestor(&self, a: &str, b: &str) -> Result<bool, SyncError> {
        Ok(self
            .run(
                &[],
                &["merge-base", "--is-ancestor", "--end-of-options", a, b],
            )?
            .ok)
    }

    /// The bytes of `rel` at `rev`; `None` when the revision does not hold it.
    pub fn show(&self, rev: &str, rel: &str) -> Result<Option<Vec<u8>>, SyncError> {
        let spec = format!("{rev}:{rel}");
        let out = self
            .command(&[], &["cat-file", "blob", "--end-of-options", &spec])
            .output();
        let out = out.map_err(|e| SyncError::Git {
            args: format!("cat-file blob {spec}"),
            detail: format!("cannot run git: {e}"),
        })?;
        Ok(out.status.success().then_some(out.stdout))
    }

    /// A path inside the git directory (`MERGE_HEAD`, `rebase-merge`, …).
    pub fn git_path(&self, name: &str) -> Result<PathBuf, SyncError> {
        let p = PathBuf::from(self.ok(&["rev-parse", "--git-path", name])?.trim_end());
        Ok(if p.is_absolute() {
            p
        } else {
            self.root.join(p)
        })
    }

    /// The paths git lists as unmerged (with index stages 1–3).
    pub fn unmerged(&self) -> Result<Vec<String>, SyncError> {
        let out = self.ok(&["diff", "--name-only", "-z", "--diff-filter=U"])?;
        let mut paths: Vec<String> = out
            .split('\0')
            .filter(|p| !p.is_empty())
            .map(str::to_owned)
            .collect();
        paths.dedup();
        Ok(paths)
    }
}
