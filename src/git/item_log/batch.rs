//! Many blobs read through one `git cat-file --batch`: the object names are
//! written from a thread while the contents are read, one at a time, into
//! one buffer.

use crate::git::GitError;
use crate::git::run::Git;
use crate::ledger::{self, MAX_LEDGER_BYTES};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;

/// Hands each blob of `ids` (hex object names, in order) to `each`, with
/// `None` for a name git does not have. A blob over [`MAX_LEDGER_BYTES`] is
/// refused from its size.
pub(super) fn each_blob(
    git: &Git,
    ids: Vec<String>,
    mut each: impl FnMut(&str, Option<&[u8]>),
) -> Result<(), GitError> {
    let args = ["cat-file", "--batch"];
    let broken = |cause| GitError::NotStarted {
        args: args.join(" "),
        cause,
    };
    let mut child = git.spawn_piped(&args)?;
    let (Some(mut stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
        let _ = child.kill();
        return Err(broken(std::io::Error::other("no pipe")));
    };
    let wanted: Vec<String> = ids
        .into_iter()
        .filter(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_hexdigit()))
        .collect();
    let count = wanted.len();
    let feeder = std::thread::spawn(move || {
        let mut w = std::io::BufWriter::new(&mut stdin);
        for id in &wanted {
            if writeln!(w, "{id}").is_err() {
                break;
            }
        }
        let _ = w.flush();
    });
    let mut out = BufReader::with_capacity(1 << 20, stdout);
    let mut header = String::new();
    let mut blob = Vec::new();
    let mut result = Ok(());
    for _ in 0..count {
        header.clear();
        if out.read_line(&mut header).map_err(broken)? == 0 {
            break;
        }
        let mut parts = header.split_whitespace();
        let (Some(name), kind, size) = (parts.next(), parts.next(), parts.next()) else {
            break;
        };
        let size: u64 = match (kind, size.and_then(|s| s.parse().ok())) {
            (Some("blob"), Some(size)) => size,
            (Some(_), Some(size)) => {
                // Not a blob: skip it.
                std::io::copy(&mut (&mut out).take(size + 1), &mut std::io::sink())
                    .map_err(broken)?;
                each(name, None);
                continue;
            }
            _ => {
                each(name, None);
                continue;
            }
        };
        if size > MAX_LEDGER_BYTES {
            result = Err(GitError::File(ledger::Error::TooLarge {
                path: PathBuf::from(name),
                limit: MAX_LEDGER_BYTES,
            }));
            break;
        }
        blob.clear();
        (&mut out)
            .take(size)
            .read_to_end(&mut blob)
            .map_err(broken)?;
        let mut newline = [0u8; 1];
        out.read_exact(&mut newline).map_err(broken)?;
        each(name, Some(&blob));
    }
    drop(out);
    let _ = child.kill();
    let _ = child.wait();
    let _ = feeder.join();
    result
}
