//! Making `git merge` go through followup's merge driver in any clone: the
//! driver and, when the repository's attributes do not name it, the
//! attribute, passed for one git invocation with `-c`. And what the driver
//! holds its files to: the loader's own limits, on each of the three inputs
//! and on the result, so that it never writes a ledger followup then refuses.

use super::error::SyncError;
use crate::git::run::Git;
use crate::ledger::{
    Error, Ledger, Loaded, MAX_LEDGER_BYTES, Store, parse_ledger, write_canonical,
};
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The `-c` settings for one merge, and whether `git-setup` would make them permanent.
pub(crate) struct Driver {
    pub config: Vec<OsString>,
    /// True when the clone lacks the driver in `.git/config` or the attribute.
    pub temporary: bool,
    /// The attributes file named by `core.attributesFile`, removed on drop.
    _attributes: Option<tempfile::NamedTempFile>,
}

/// `s` quoted for `sh`: git runs the driver string through the shell.
pub(crate) fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// `rel` as a gitattributes pattern that matches only itself.
fn attr_pattern(rel: &str) -> String {
    let mut out = String::from("/");
    for c in rel.chars() {
        match c {
            ' ' => out.push_str("[[:space:]]"),
            '*' | '?' | '[' | ']' | '\\' | '!' | '#' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// The user's global attributes file, which `-c core.attributesFile` would hide.
fn global_attributes(git: &Git) -> Result<Option<PathBuf>, SyncError> {
    let r = git.run(&[], &["config", "--path", "--get", "core.attributesFile"])?;
    if r.ok {
        return Ok(Some(PathBuf::from(r.text().trim_end())));
    }
    let xdg = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|x| !x.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".config")));
    Ok(xdg.map(|d| d.join("git/attributes")))
}

/// What the repository's attributes say of `rel`'s merge: `followup`,
/// `unspecified`, `unset`, `set` or another driver's name.
fn merge_attribute(git: &Git, rel: &str) -> Result<String, SyncError> {
    let out = git.ok(&["check-attr", "-z", "merge", "--", rel])?;
    Ok(out.split('\0').nth(2).unwrap_or("unspecified").to_owned())
}

impl Driver {
    /// The settings that make `git merge` merge `rel` with `program`.
    pub fn for_merge(git: &Git, rel: &str, program: &Path) -> Result<Driver, SyncError> {
        let program = program.to_str().ok_or_else(|| SyncError::ProgramNotUtf8 {
            program: program.to_owned(),
        })?;
        // This very binary, whatever `.git/config` names (it may be stale).
        let mut config: Vec<OsString> = vec![
            OsString::from("merge.followup.name=followup ledger merge (by item and field)"),
            format!(
                "merge.followup.driver={} merge %O %A %B %P",
                sh_quote(program)
            )
            .into(),
        ];
        let registered = git
            .run(
                &[],
                &["config", "--local", "--get", "merge.followup.driver"],
            )?
            .ok;
        let mut attributes = None;
        let attribute = merge_attribute(git, rel)?;
        match attribute.as_str() {
            "followup" => {}
            // core.attributesFile has the lowest precedence: it decides only
            // when nothing else names a merge for the ledger.
            "unspecified" => {
                let mut text = match global_attributes(git)? {
                    Some(p) => std::fs::read_to_string(p).unwrap_or_default(),
                    None => String::new(),
                };
                if !text.is_empty() && !text.ends_with('\n') {
                    text.push('\n');
                }
                text.push_str(&format!("{} merge=followup\n", attr_pattern(rel)));
                let fail = SyncError::TemporaryAttributes;
                let mut f = tempfile::Builder::new()
                    .prefix("followup-attributes-")
                    .tempfile()
                    .map_err(fail)?;
                f.write_all(text.as_bytes()).map_err(fail)?;
                f.flush().map_err(fail)?;
                let mut kv = OsString::from("core.attributesFile=");
                kv.push(f.path());
                config.push(kv);
                attributes = Some(f);
            }
            other => {
                return Err(SyncError::ForeignMergeAttribute {
                    rel: rel.to_owned(),
                    value: other.to_owned(),
                });
            }
        }
        Ok(Driver {
            config,
            temporary: !registered || attributes.is_some(),
            _attributes: attributes,
        })
    }
}

/// Reads one of the merge driver's inputs exactly as every command reads a
/// ledger ([`Store::load`]): only a regular file of at most
/// [`MAX_LEDGER_BYTES`], refused before any of it is read, then parsed and
/// validated. `shown` names the file in errors (`ledger.json (theirs)`), not
/// git's temporary file. With [`Ancestor::MayBeEmpty`], an empty or blank
/// file is an empty ledger: the file was added on both branches.
pub fn driver_input(path: &Path, shown: &Path, ancestor: Ancestor) -> Result<Loaded, Error> {
    if ancestor == Ancestor::MayBeEmpty && is_blank(path) {
        return Ok(Loaded {
            ledger: Ledger::default(),
            fingerprint: crate::ledger::Fingerprint::of(b""),
        });
    }
    Store::new(path).load().map_err(|e| shown_as(e, shown))
}

/// Whether an input of the merge driver is the common ancestor, which git
/// leaves empty when both branches added the ledger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ancestor {
    MayBeEmpty,
    MustBeLedger,
}

/// True for a small regular file holding nothing but white space.
fn is_blank(path: &Path) -> bool {
    let small = std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() <= 4096);
    small && std::fs::read(path).is_ok_and(|b| b.iter().all(u8::is_ascii_whitespace))
}

/// Checks that the merge driver's result is a ledger followup will load: its
/// canonical text no larger than [`MAX_LEDGER_BYTES`] (counted as it is
/// written, never past the limit) and accepted by the loader's own parser.
/// `shown` names the result in errors.
pub fn driver_result(ledger: &Ledger, shown: &Path) -> Result<(), Error> {
    result_within(ledger, shown, MAX_LEDGER_BYTES)
}

fn result_within(ledger: &Ledger, shown: &Path, limit: u64) -> Result<(), Error> {
    let too_large = || Error::TooLarge {
        path: shown.to_owned(),
        limit,
    };
    let mut bytes = Bounded {
        bytes: Vec::new(),
        limit,
    };
    match write_canonical(&mut bytes, ledger) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::FileTooLarge => return Err(too_large()),
        Err(e) => {
            return Err(Error::Io {
                path: shown.to_owned(),
                what: crate::ledger::IoStep::Write,
                source: e,
            });
        }
    }
    parse_ledger(&bytes.bytes)
        .map(drop)
        .map_err(|source| Error::Invalid {
            path: shown.to_owned(),
            source,
        })
}

/// A buffer that refuses to grow past `limit` bytes.
struct Bounded {
    bytes: Vec<u8>,
    limit: u64,
}

impl std::io::Write for Bounded {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if (self.bytes.len() + buf.len()) as u64 > self.limit {
            return Err(std::io::ErrorKind::FileTooLarge.into());
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// `e` with the file it names shown as `shown`.
fn shown_as(e: Error, shown: &Path) -> Error {
    let path = shown.to_owned();
    match e {
        Error::Invalid { source, .. } => Error::Invalid { path, source },
        Error::Io { what, source, .. } => Error::Io { path, what, source },
        Error::IsDirectory { .. } => Error::IsDirectory { path },
        Error::Symlink { .. } => Error::Symlink { path },
        Error::NotRegular { .. } => Error::NotRegular { path },
        Error::TooLarge { limit, .. } => Error::TooLarge { path, limit },
        Error::ConflictMarkers { line, .. } => Error::ConflictMarkers { path, line },
        e => e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_result_over_the_limit_or_invalid_is_refused() {
        let shown = Path::new("ledger.json (merged)");
        let mut l = crate::synthetic::ledger(20, crate::synthetic::demo_today());
        let size = crate::ledger::canonical_json(&l).len() as u64;
        assert!(result_within(&l, shown, size).is_ok());
        let over = result_within(&l, shown, size - 1);
        assert!(
            matches!(&over, Err(Error::TooLarge { path, limit }) if path == shown && *limit == size - 1),
            "{over:?}"
        );
        l.items[1].id = l.items[0].id.clone();
        let invalid = driver_result(&l, shown);
        assert!(
            matches!(&invalid, Err(Error::Invalid { path, .. }) if path == shown),
            "{invalid:?}"
        );
    }

    #[test]
    fn quotes_for_the_shell() {
        assert_eq!(sh_quote("/opt/follow up/bin"), "'/opt/follow up/bin'");
        assert_eq!(sh_quote("/tmp/it's"), r"'/tmp/it'\''s'");
        assert_eq!(sh_quote("$(rm -rf ~)"), "'$(rm -rf ~)'");
    }

    #[test]
    fn patterns_match_only_the_ledger() {
        assert_eq!(attr_pattern("ledger.json"), "/ledger.json");
        assert_eq!(
            attr_pattern("docs/JC [2]*.json"),
            r"/docs/JC[[:space:]]\[2\]\*.json"
        );
    }
}
