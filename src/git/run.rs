//! The one place git is started: explicit arguments (no shell), `-C` the
//! work tree, no prompt (`GIT_TERMINAL_PROMPT=0`, no merge editor, no stdin
//! unless fed) and the outcome kept whole (exit status and both streams).
//! Steps that talk to a remote ([`Git::run_remote`]) are bounded: git's own
//! low-speed limit for HTTP, ssh's connect and keep-alive timeouts (when the
//! user chose no ssh command), and a watchdog that stops git and everything
//! it started once [`network_timeout`] has passed, whatever the transport.

use super::error::GitError;
use crate::ledger::{self, MAX_LEDGER_BYTES};
use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Environment variable: how many seconds a network step may take before git
/// is stopped (default [`NETWORK_TIMEOUT`]).
pub const NETWORK_TIMEOUT_VAR: &str = "FOLLOWUP_NETWORK_TIMEOUT";
/// How long one fetch or push may take by default.
pub const NETWORK_TIMEOUT: Duration = Duration::from_secs(300);

/// The bound on one network step: `$FOLLOWUP_NETWORK_TIMEOUT` seconds (at
/// least one), else [`NETWORK_TIMEOUT`].
pub fn network_timeout() -> Duration {
    std::env::var(NETWORK_TIMEOUT_VAR)
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .map_or(NETWORK_TIMEOUT, |s| Duration::from_secs(s.max(1)))
}

/// What one git invocation did.
pub struct Ran {
    pub ok: bool,
    pub stdout: Vec<u8>,
    /// git's own message, trimmed.
    pub stderr: String,
}

impl Ran {
    /// Standard output as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    /// Both streams, for messages and for lines the merge driver printed.
    pub fn output(&self) -> String {
        format!("{}\n{}", self.text(), self.stderr)
    }
}

/// Whether ssh may ask for a password on the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ssh {
    /// As the user's settings say (nothing here talks to a remote).
    AsConfigured,
    /// Never: `BatchMode=yes`, unless the user chose an ssh command.
    Batch,
}

/// git in one work tree, never asking anything on the terminal.
#[derive(Debug, Clone)]
pub struct Git {
    root: PathBuf,
    ssh_batch: bool,
}

impl Git {
    /// git for the work tree (or any directory) at `root`.
    pub fn new(root: &Path, ssh: Ssh) -> Git {
        let mut git = Git {
            root: root.to_owned(),
            ssh_batch: false,
        };
        // ssh asks for passwords on the terminal, out of GIT_TERMINAL_PROMPT's
        // reach: unless the user chose an ssh command, ask ssh never to prompt
        // (keys from the agent still work).
        git.ssh_batch = ssh == Ssh::Batch
            && std::env::var_os("GIT_SSH_COMMAND").is_none()
            && std::env::var_os("GIT_SSH").is_none()
            && git
                .run(&[], &["config", "--get", "core.sshCommand"])
                .is_ok_and(|r| !r.ok);
        git
    }

    /// The directory git runs in.
    pub fn root(&self) -> &Path {
        &self.root
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

    /// Runs a step that talks to a remote (fetch, push), bounded by
    /// [`network_timeout`]: HTTP gives up below 1 KB/s for a while, ssh
    /// (unless the user chose an ssh command) gives up connecting and on a
    /// silent server, and past the bound git and every process it started
    /// are killed: [`GitError::TimedOut`].
    pub fn run_remote(&self, args: &[&str]) -> Result<Ran, GitError> {
        let limit = network_timeout();
        let secs = limit.as_secs().max(1);
        let slow = secs.clamp(1, 60);
        let config: Vec<OsString> = vec![
            "http.lowSpeedLimit=1000".into(),
            format!("http.lowSpeedTime={slow}").into(),
        ];
        let mut c = self.command(&config, args);
        if self.ssh_batch {
            c.env(
                "GIT_SSH_COMMAND",
                format!(
                    "ssh -o BatchMode=yes -o ConnectTimeout={slow} -o ServerAliveInterval=15 -o ServerAliveCountMax=4"
                ),
            );
        }
        c.stdout(Stdio::piped()).stderr(Stdio::piped());
        #[cfg(unix)]
        {
            // Its own process group, so that the watchdog stops ssh and the
            // remote helpers too (they hold the pipes open).
            use std::os::unix::process::CommandExt;
            c.process_group(0);
        }
        let mut child = c.spawn().map_err(|cause| GitError::NotStarted {
            args: args.join(" "),
            cause,
        })?;
        let drain = |r: Option<Box<dyn std::io::Read + Send>>| {
            std::thread::spawn(move || {
                let mut buf = Vec::new();
                if let Some(mut r) = r {
                    let _ = r.read_to_end(&mut buf);
                }
                buf
            })
        };
        let out = drain(child.stdout.take().map(|s| Box::new(s) as _));
        let err = drain(child.stderr.take().map(|s| Box::new(s) as _));
        let deadline = Instant::now() + limit;
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break Some(status),
                Ok(None) if Instant::now() >= deadline => break None,
                Ok(None) => std::thread::sleep(Duration::from_millis(20)),
                Err(cause) => {
                    return Err(GitError::NotStarted {
                        args: args.join(" "),
                        cause,
                    });
                }
            }
        };
        let Some(status) = status else {
            #[cfg(unix)]
            // SAFETY: kill(2) on the process group git leads; no memory is touched.
            unsafe {
                libc::kill(-(child.id() as libc::pid_t), libc::SIGKILL);
            }
            let _ = child.kill();
            let _ = child.wait();
            return Err(GitError::TimedOut {
                args: args.join(" "),
                after: limit,
            });
        };
        let stdout = out.join().unwrap_or_default();
        let stderr = err.join().unwrap_or_default();
        finish(
            args,
            Ok(Output {
                status,
                stdout,
                stderr,
            }),
        )
    }

    /// Runs git with `-c` settings; fails only when git cannot be started.
    pub fn run(&self, config: &[OsString], args: &[&str]) -> Result<Ran, GitError> {
        finish(args, self.command(config, args).output())
    }

    /// Runs git and feeds it `input` on stdin.
    pub fn run_with_input(&self, args: &[&str], input: &[u8]) -> Result<Ran, GitError> {
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
        finish(args, out)
    }

    /// Starts git with its standard input and output piped to the caller
    /// (a long-running reader such as `cat-file --batch`); git's messages
    /// are dropped.
    pub fn spawn_piped(&self, args: &[&str]) -> Result<std::process::Child, GitError> {
        let mut c = self.command(&[], args);
        c.stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        c.spawn().map_err(|cause| GitError::NotStarted {
            args: args.join(" "),
            cause,
        })
    }

    /// Runs git; its standard output, or [`GitError::Failed`] with git's message.
    pub fn bytes(&self, args: &[&str]) -> Result<Vec<u8>, GitError> {
        let r = self.run(&[], args)?;
        if r.ok {
            Ok(r.stdout)
        } else {
            Err(GitError::Failed {
                args: args.join(" "),
                stderr: r.stderr,
            })
        }
    }

    /// [`Git::bytes`] as text.
    pub fn ok(&self, args: &[&str]) -> Result<String, GitError> {
        self.bytes(args)
            .map(|b| String::from_utf8_lossy(&b).into_owned())
    }

    /// The commit `rev` names, if it exists.
    pub fn commit(&self, rev: &str) -> Result<Option<String>, GitError> {
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
        Ok(r.ok.then(|| r.text().trim().to_owned()))
    }

    /// True when commit `a` is an ancestor of (or equal to) `b`.
    pub fn is_ancestor(&self, a: &str, b: &str) -> Result<bool, GitError> {
        Ok(self
            .run(
                &[],
                &["merge-base", "--is-ancestor", "--end-of-options", a, b],
            )?
            .ok)
    }

    /// The size of `rel` at `rev` as git stores it (`cat-file -s`), without
    /// reading it; `None` when the revision does not hold it. Over
    /// [`MAX_LEDGER_BYTES`], the blob is refused.
    pub fn blob_size(&self, rev: &str, rel: &str) -> Result<Option<u64>, GitError> {
        let spec = format!("{rev}:{rel}");
        let r = self.run(&[], &["cat-file", "-s", "--end-of-options", &spec])?;
        if !r.ok {
            return Ok(None);
        }
        blob_size_within(&r.text(), &spec, MAX_LEDGER_BYTES).map(Some)
    }

    /// A path inside the git directory (`MERGE_HEAD`, `rebase-merge`, …).
    pub fn git_path(&self, name: &str) -> Result<PathBuf, GitError> {
        let p = PathBuf::from(self.ok(&["rev-parse", "--git-path", name])?.trim_end());
        Ok(if p.is_absolute() {
            p
        } else {
            self.root.join(p)
        })
    }

    /// The paths git lists as unmerged (with index stages 1–3).
    pub fn unmerged(&self) -> Result<Vec<String>, GitError> {
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

/// The size `cat-file -s` printed for `spec`, refused over `limit`.
pub fn blob_size_within(printed: &str, spec: &str, limit: u64) -> Result<u64, GitError> {
    let size: u64 = printed.trim().parse().map_err(|_| GitError::Failed {
        args: format!("cat-file -s {spec}"),
        stderr: printed.trim().to_owned(),
    })?;
    if size > limit {
        return Err(GitError::File(ledger::Error::TooLarge {
            path: PathBuf::from(spec),
            limit,
        }));
    }
    Ok(size)
}

fn finish(args: &[&str], out: std::io::Result<Output>) -> Result<Ran, GitError> {
    let out = out.map_err(|cause| GitError::NotStarted {
        args: args.join(" "),
        cause,
    })?;
    Ok(Ran {
        ok: out.status.success(),
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).trim().to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blob_over_the_ledger_limit_is_refused_from_its_size() {
        let spec = "origin/main:ledger.json";
        let at = MAX_LEDGER_BYTES.to_string();
        assert_eq!(
            blob_size_within(&format!("{at}\n"), spec, MAX_LEDGER_BYTES).unwrap(),
            MAX_LEDGER_BYTES
        );
        // 1.17 GB, as `cat-file -s` prints it.
        let over = blob_size_within("1170000000\n", spec, MAX_LEDGER_BYTES);
        assert!(
            matches!(
                &over,
                Err(GitError::File(ledger::Error::TooLarge { path, limit }))
                    if path == Path::new(spec) && *limit == MAX_LEDGER_BYTES
            ),
            "{over:?}"
        );
        let one_more = (MAX_LEDGER_BYTES + 1).to_string();
        assert!(blob_size_within(&one_more, spec, MAX_LEDGER_BYTES).is_err());
        assert!(matches!(
            blob_size_within("not a size", spec, MAX_LEDGER_BYTES),
            Err(GitError::Failed { .. })
        ));
    }
}
