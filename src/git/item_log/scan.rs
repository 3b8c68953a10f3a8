//! The commits that touched the ledger, read in one `git log --raw -m`: for
//! each, the blob of the ledger it made and the blobs it had before (one per
//! parent of a merge). Only object names are read here: nothing a commit's
//! author wrote, so nothing in a message can forge a line.
//!
//! Then, for the commits that changed the item, what their authors wrote,
//! also in one call (`log --no-walk --stdin`): author, date, signature
//! check (`%G?`), subject and followup's trailers.

use crate::git::GitError;
use crate::git::run::Git;

/// One commit that touched the ledger: its blobs before (one per parent)
/// and after (`None`: no ledger there).
#[derive(Debug, Clone)]
pub(super) struct Touch {
    pub hash: String,
    pub before: Vec<Option<String>>,
    pub after: Option<String>,
    /// How many parents the commit has.
    pub parents: usize,
}

fn is_hex(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_hexdigit())
}

fn blob(s: &str) -> Option<String> {
    (is_hex(s) && s.bytes().any(|b| b != b'0')).then(|| s.to_owned())
}

/// The commits of `range` (a commit, or `old..new`) that touched `rel`,
/// newest first. Every one is listed (`--full-history`: a side's commit
/// whose change a merge did not keep too); a merge's ledger is compared
/// with each parent's (`-m`), and a parent it is not compared with holds
/// the same ledger as the merge.
pub(super) fn touches(git: &Git, rel: &str, range: &str) -> Result<Vec<Touch>, GitError> {
    let out = git.bytes(&[
        "--literal-pathspecs",
        "log",
        "--raw",
        "--no-abbrev",
        "--no-renames",
        "--full-history",
        "-m",
        "--format=commit %H %P",
        "--end-of-options",
        range,
        "--",
        rel,
    ])?;
    let text = String::from_utf8_lossy(&out);
    let mut list: Vec<Touch> = Vec::new();
    let mut parents = 0;
    let mut current: Option<String> = None;
    for line in text.lines() {
        if let Some(h) = line.strip_prefix("commit ") {
            let mut words = h.split(' ');
            current = words.next().filter(|h| is_hex(h)).map(str::to_owned);
            parents = words.filter(|p| is_hex(p)).count();
        } else if let (Some(hash), Some(raw)) = (&current, line.strip_prefix(':')) {
            // modes old and new, blobs old and new, status
            let fields: Vec<&str> = raw.split('\t').next().unwrap_or("").split(' ').collect();
            let (Some(old), Some(new)) = (fields.get(2), fields.get(3)) else {
                continue;
            };
            match list.last_mut() {
                Some(t) if t.hash == *hash => t.before.push(blob(old)),
                _ => list.push(Touch {
                    hash: hash.clone(),
                    before: vec![blob(old)],
                    after: blob(new),
                    parents,
                }),
            }
            if let Some(t) = list.last_mut() {
                t.parents = parents;
            }
        }
    }
    for t in &mut list {
        while t.before.len() < t.parents {
            t.before.push(t.after.clone());
        }
    }
    Ok(list)
}

/// What a commit's author wrote, for the commits that changed the item.
#[derive(Debug, Clone, Default)]
pub(super) struct Written {
    pub author: String,
    pub email: String,
    pub date: String,
    pub signature: String,
    pub subject: String,
    pub party: Vec<String>,
    pub settled: Vec<String>,
}

/// What the authors of `hashes` wrote, by commit, in one call.
pub(super) fn written(
    git: &Git,
    hashes: &[String],
) -> Result<std::collections::HashMap<String, Written>, GitError> {
    let mut out = std::collections::HashMap::new();
    if hashes.is_empty() {
        return Ok(out);
    }
    const FIELDS: usize = 8;
    let format = "--format=%H%x00%an%x00%ae%x00%aI%x00%G?%x00%s%x00\
        %(trailers:key=Followup-Party,valueonly,separator=%x1f)%x00\
        %(trailers:key=Followup-Settled,valueonly,separator=%x1f)%x00";
    let input = hashes.join("\n") + "\n";
    let r = git.run_with_input(
        &["log", "--no-walk=unsorted", "--stdin", format],
        input.as_bytes(),
    )?;
    if !r.ok {
        return Err(GitError::Failed {
            args: "log --no-walk".into(),
            stderr: r.stderr,
        });
    }
    let text = String::from_utf8_lossy(&r.stdout);
    let fields: Vec<&str> = text.split('\0').collect();
    let list = |s: &str| -> Vec<String> {
        s.split('\x1f')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_owned)
            .collect()
    };
    for f in fields.chunks_exact(FIELDS) {
        let hash = f[0].trim();
        if !is_hex(hash) {
            continue;
        }
        out.insert(
            hash.to_owned(),
            Written {
                author: f[1].to_owned(),
                email: f[2].to_owned(),
                date: f[3].to_owned(),
                signature: f[4].to_owned(),
                subject: f[5].to_owned(),
                party: list(f[6]),
                settled: list(f[7]),
            },
        );
    }
    Ok(out)
}
