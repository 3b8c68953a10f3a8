//! Making `git merge` go through followup's merge driver in any clone: the
//! driver and, when the repository's attributes do not name it, the
//! attribute, passed for one git invocation with `-c`.

use super::error::SyncError;
use crate::git::run::Git;
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

#[cfg(test)]
mod tests {
    use super::*;

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
