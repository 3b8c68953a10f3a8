//! Blobs read as git writes them: one `git cat-file --batch` per blob,
//! started before the blob's name is known ([`Git::batch`]), asked for one
//! name, its id and size read before its bytes ([`Batch::blob_stream`]);
//! the bytes of the blob it names, whatever `git replace` says instead.

use super::error::GitError;
use super::run::{Git, blob_size_within};
use crate::base::object_id::is_object_id;
use crate::ledger::MAX_LEDGER_BYTES;
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdout};

impl Git {
    /// The bytes of `rel` at `rev` (an index stage such as `:2` works too);
    /// `None` when the revision does not hold it. A blob over
    /// [`MAX_LEDGER_BYTES`] is refused from its size, before any of it is
    /// read, and the read stops past the bound whatever git sends.
    pub fn blob(&self, rev: &str, rel: &str) -> Result<Option<Vec<u8>>, GitError> {
        let Some(mut stream) = self.blob_stream(rev, rel)? else {
            return Ok(None);
        };
        // At most its size, within the bound (see `blob_stream`).
        let mut bytes = Vec::with_capacity(stream.size() as usize);
        let read = stream.read_to_end(&mut bytes);
        let whole = stream.finish()?;
        read.map_err(|cause| stream_error(&format!("{rev}:{rel}"), cause))?;
        Ok(whole.then_some(bytes))
    }

    /// [`Git::blob`] as a stream, never held whole here: one `git cat-file
    /// --batch` ([`Git::batch`]) asked for `rev:rel` ([`Batch::blob_stream`]).
    pub fn blob_stream(&self, rev: &str, rel: &str) -> Result<Option<BlobStream>, GitError> {
        self.batch()?.blob_stream(rev, rel)
    }

    /// `git cat-file --batch` started, not yet asked: started before the
    /// name of the blob is known, it is ready once it is.
    pub fn batch(&self) -> Result<Batch, GitError> {
        // The bytes of the blob it names, whatever `git replace` says
        // instead: the copies of periods' starts are kept under that name.
        let child = self.spawn_piped(&["--no-replace-objects", "cat-file", "--batch"])?;
        Ok(Batch(BlobStream {
            child: Some(child),
            out: None,
            name: String::new(),
            size: 0,
            spec: String::new(),
            widened: false,
        }))
    }
}

/// How much of a blob git may write ahead of its reader ([`widen_pipe`]).
#[cfg(target_os = "linux")]
const PIPE_BYTES: libc::c_int = 1 << 20;

/// Lets git write [`PIPE_BYTES`] of a blob ahead of its reader instead of
/// the pipe's 64 KB, so neither waits on the other at every few pages
/// (where the system allows; otherwise the pipe stays as it was).
fn widen_pipe(out: &ChildStdout) {
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        // SAFETY: fcntl(2) on a pipe this process holds open; no memory is touched.
        unsafe {
            libc::fcntl(out.as_raw_fd(), libc::F_SETPIPE_SZ, PIPE_BYTES);
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = out;
}

/// A `git cat-file --batch` waiting to be asked for one blob
/// ([`Git::batch`]): a [`BlobStream`] not yet asked. Dropped unasked, git
/// is stopped.
pub struct Batch(BlobStream);

impl Batch {
    /// The blob at `rev:rel`, its size read first, then its bytes as git
    /// writes them; [`BlobStream::finish`] tells whether git wrote it all.
    /// `None` when the revision does not hold it (or the name holds a line
    /// break, which the batch cannot be asked); refused from its size when
    /// too large.
    pub fn blob_stream(self, rev: &str, rel: &str) -> Result<Option<BlobStream>, GitError> {
        let spec = format!("{rev}:{rel}");
        if spec.contains('\n') {
            return Ok(None);
        }
        let Batch(mut stream) = self;
        stream.spec = spec;
        let pipes = stream
            .child
            .as_mut()
            .map(|c| (c.stdin.take(), c.stdout.take()));
        let Some((Some(mut stdin), Some(stdout))) = pipes else {
            return Err(stream_error(&stream.spec, std::io::Error::other("no pipe")));
        };
        // One name, then the end of the input: git answers and ends.
        let asked = stdin.write_all(format!("{}\n", stream.spec).as_bytes());
        drop(stdin);
        asked.map_err(|e| stream_error(&stream.spec, e))?;
        let mut out = BufReader::new(stdout);
        let mut header = String::new();
        (&mut out)
            .take(4096)
            .read_line(&mut header)
            .map_err(|e| stream_error(&stream.spec, e))?;
        // `<object name> blob <size>`, else `<name> missing` or another kind.
        let (name, size) = match header.trim_end_matches('\n').split(' ').collect::<Vec<_>>()[..] {
            [name, "blob", size] if is_object_id(name) => (
                name,
                blob_size_within(size, &stream.spec, MAX_LEDGER_BYTES)?,
            ),
            _ => return Ok(None),
        };
        stream.name = name.to_owned();
        stream.size = size;
        stream.out = Some(out.take(size));
        Ok(Some(stream))
    }
}

/// A blob git is writing ([`Git::blob_stream`]): its bytes as they come.
/// Dropped before [`BlobStream::finish`], git is stopped.
pub struct BlobStream {
    child: Option<Child>,
    out: Option<std::io::Take<BufReader<ChildStdout>>>,
    name: String,
    size: u64,
    spec: String,
    /// Whether the pipe was widened ([`widen_pipe`]): once the blob is
    /// read, not before (a stream dropped once named, its blob kept
    /// elsewhere, has git inflate no more than the narrow pipe holds).
    widened: bool,
}

impl BlobStream {
    /// The blob's size, as git stores it.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// The name git gives the blob (its object id, hexadecimal): the same
    /// name for the same bytes, whatever the commit or the path.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Reads what is left and waits for git: true when it wrote the whole
    /// blob, every byte of its size.
    pub fn finish(&mut self) -> Result<bool, GitError> {
        let sink = &mut std::io::sink();
        if let Some(out) = self.out.as_mut() {
            std::io::copy(out, sink).map_err(|e| stream_error(&self.spec, e))?;
        }
        let Some(mut child) = self.child.take() else {
            return Ok(false);
        };
        let whole = self.out.as_ref().is_some_and(|o| o.limit() == 0);
        if let Some(out) = self.out.as_mut() {
            // The line break after the blob, to the end of git's output.
            std::io::copy(out.get_mut(), sink).map_err(|e| stream_error(&self.spec, e))?;
        }
        let status = child.wait().map_err(|e| stream_error(&self.spec, e))?;
        Ok(whole && status.success())
    }
}

impl Read for BlobStream {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self.out.as_mut() {
            Some(out) => {
                if !self.widened {
                    widen_pipe(out.get_ref().get_ref());
                    self.widened = true;
                }
                out.read(buf)
            }
            None => Ok(0),
        }
    }
}

impl Drop for BlobStream {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

fn stream_error(spec: &str, cause: std::io::Error) -> GitError {
    GitError::NotStarted {
        args: format!("cat-file --batch ({spec})"),
        cause,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::git::run::Ssh;
    use std::path::Path;
    use std::process::Command;

    /// What git run in `dir` (and with `dir` as its home) printed, if it
    /// ran and succeeded.
    fn git_in(dir: &Path, args: &[&str]) -> Option<String> {
        let out = Command::new("git")
            .arg("-C")
            .arg(dir)
            .args(["-c", "user.name=SMBA", "-c", "user.email=smba@example.org"])
            .args(args)
            .env("HOME", dir)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
    }

    /// A repository in `dir` whose one commit holds `name` with `text`;
    /// `None` (said so) without git.
    fn committed(dir: &Path, name: &str, text: &[u8]) -> Option<Git> {
        if git_in(dir, &["init", "-q"]).is_none() {
            eprintln!("git is not installed: the batch is not looked at");
            return None;
        }
        std::fs::write(dir.join(name), text).unwrap();
        assert!(git_in(dir, &["add", name]).is_some());
        assert!(git_in(dir, &["commit", "-qm", "start"]).is_some());
        Some(Git::new(dir, Ssh::AsConfigured))
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn the_pipe_is_widened_once_the_blob_is_read_and_not_before() {
        use std::os::fd::AsRawFd;
        let dir = tempfile::tempdir().unwrap();
        let text = vec![b'x'; 3 << 20];
        let Some(git) = committed(dir.path(), "ledger.json", &text) else {
            return;
        };
        let stream = git.batch().unwrap().blob_stream("HEAD", "ledger.json");
        let mut stream = stream.unwrap().unwrap();
        let fd = stream.out.as_ref().unwrap().get_ref().get_ref().as_raw_fd();
        // SAFETY: fcntl(2) on a pipe this process holds open; no memory is touched.
        let size = || unsafe { libc::fcntl(fd, libc::F_GETPIPE_SZ) };
        // Named, not yet read: git inflates no more than the narrow pipe holds.
        let before = size();
        assert!(before < PIPE_BYTES, "{before}");
        let mut first = [0; 16];
        stream.read_exact(&mut first).unwrap();
        assert_eq!(first, [b'x'; 16]);
        // Widened, where the system allows a pipe that wide.
        let most = std::fs::read_to_string("/proc/sys/fs/pipe-max-size");
        let allowed = most.ok().and_then(|m| m.trim().parse::<libc::c_int>().ok());
        if allowed.is_some_and(|m| m >= PIPE_BYTES) || crate::base::process::user() == 0 {
            assert_eq!(size(), PIPE_BYTES);
        }
        assert!(stream.finish().unwrap(), "read whole");
    }

    #[test]
    fn the_batch_gives_the_blob_it_names_whatever_replaces_it() {
        let dir = tempfile::tempdir().unwrap();
        let Some(git) = committed(dir.path(), "ledger.json", b"{\"as\": \"committed\"}\n") else {
            return;
        };
        let other = dir.path().join("other.json");
        std::fs::write(&other, "{\"as\": \"replaced\"}\n").unwrap();
        let at = |args: &[&str]| git_in(dir.path(), args).unwrap();
        let replacing = at(&["hash-object", "-w", other.to_str().unwrap()]);
        let committed = at(&["rev-parse", "HEAD:ledger.json"]);
        at(&["replace", &committed, &replacing]);
        let stream = git.batch().unwrap().blob_stream("HEAD", "ledger.json");
        let mut stream = stream.unwrap().unwrap();
        assert_eq!(stream.name(), committed);
        let mut text = String::new();
        stream.read_to_string(&mut text).unwrap();
        assert_eq!(text, "{\"as\": \"committed\"}\n");
    }
}
