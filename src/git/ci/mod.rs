//! The continuous-integration file of a git host that checks the ledger
//! (`followup git-setup --ci HOST`): a template per host (the `.yml` files
//! beside this one), filled with the ledger's path and where followup is
//! installed from, each value refused unless it is safe in YAML, in the
//! host's path filters and in the shell; then written without following a
//! link and without replacing a different file unless asked ([`write`]).

mod write;

pub use write::{Replace, Written, write};

use std::path::PathBuf;

/// A git host whose CI runs the check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Host {
    /// GitHub Actions.
    GitHub,
    /// GitLab CI/CD.
    GitLab,
    /// Forgejo Actions (Codeberg and self-hosted Forgejo).
    Forgejo,
    /// Gitea Actions.
    Gitea,
}

impl Host {
    /// Every host, in the order `--help` lists them.
    pub const ALL: [Host; 4] = [Host::GitHub, Host::GitLab, Host::Forgejo, Host::Gitea];

    /// The host's name on the command line (`--ci github`).
    pub fn name(self) -> &'static str {
        match self {
            Host::GitHub => "github",
            Host::GitLab => "gitlab",
            Host::Forgejo => "forgejo",
            Host::Gitea => "gitea",
        }
    }

    /// The file the host reads, relative to the top of the repository.
    pub fn file(self) -> &'static str {
        match self {
            Host::GitHub => ".github/workflows/followup.yml",
            Host::GitLab => ".gitlab-ci.yml",
            Host::Forgejo => ".forgejo/workflows/followup.yml",
            Host::Gitea => ".gitea/workflows/followup.yml",
        }
    }

    fn template(self) -> &'static str {
        match self {
            Host::GitHub => include_str!("github.yml"),
            Host::GitLab => include_str!("gitlab.yml"),
            Host::Forgejo | Host::Gitea => include_str!("forgejo.yml"),
        }
    }

    /// The runner label a job asks for: Forgejo's runners offer `docker`,
    /// Gitea's act_runner `ubuntu-latest` (both run the job's container).
    fn runs_on(self) -> &'static str {
        match self {
            Host::Forgejo => "docker",
            _ => "ubuntu-latest",
        }
    }
}

/// Where the CI installs followup from: `cargo install --git FROM [--rev REV]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Install {
    /// A git URL of followup's source.
    pub from: String,
    /// A tag, branch or commit of it (default: its default branch).
    pub rev: Option<String>,
}

impl Install {
    /// A cache key naming this source and revision (GitLab's may not hold
    /// `/`, which URLs and branch names do): a hash of both, in hex.
    fn cache_key(&self) -> String {
        let both = format!("{}\n{}", self.from, self.rev.as_deref().unwrap_or(""));
        format!("{:016x}", xxhash_rust::xxh3::xxh3_64(both.as_bytes()))
    }
}

/// A value the CI file would carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CiValue {
    /// The ledger's path in the repository.
    LedgerPath,
    /// `--install-from`.
    InstallFrom,
    /// `--install-rev`.
    InstallRev,
}

/// Why no CI file was written.
#[derive(Debug)]
pub enum CiError {
    /// `value` holds `found`, which is not safe in the file (a quote, a line
    /// break, a glob or variable character…), or is empty or starts with `-`.
    Unsafe {
        what: CiValue,
        value: String,
        found: Option<char>,
    },
    /// A different file is already there: nothing was changed.
    Differs { path: PathBuf },
    /// The file or a folder on its way is a link, not a regular file, or
    /// could not be read or written.
    File(crate::ledger::Error),
}

/// The CI file of `host` checking the ledger at `ledger` (its path in the
/// repository), with followup installed as `install` says.
pub fn render(host: Host, ledger: &str, install: &Install) -> Result<String, CiError> {
    let ledger = quoted(CiValue::LedgerPath, ledger, path_char)?;
    let from = quoted(CiValue::InstallFrom, &install.from, url_char)?;
    let rev = match &install.rev {
        Some(r) => quoted(CiValue::InstallRev, r, rev_char)?,
        None => "''".to_owned(),
    };
    let mut out = String::new();
    let mut rest = host.template();
    // A placeholder is `@@NAME@@` (the templates' `${{ … }}` are the host's own).
    while let Some(at) = rest.find("@@") {
        let (before, after) = rest.split_at(at);
        let end = after[2..].find("@@").expect("a placeholder ends") + 4;
        out.push_str(before);
        out.push_str(&match &after[..end] {
            "@@LEDGER@@" => ledger.clone(),
            "@@INSTALL_FROM@@" => from.clone(),
            "@@INSTALL_REV@@" => rev.clone(),
            "@@INSTALL_KEY@@" => install.cache_key(),
            "@@SELF@@" => format!("'{}'", host.file()),
            "@@HOST@@" => host.name().to_owned(),
            "@@RUNS_ON@@" => host.runs_on().to_owned(),
            other => unreachable!("no placeholder {other} in the templates"),
        });
        rest = &after[end..];
    }
    out.push_str(rest);
    Ok(out)
}

/// `value` as a single-quoted YAML scalar, once every character passed
/// `allowed`: nothing in it can end the scalar, start a line, name a
/// variable (`$`, `${{ }}`) or be read as a glob by a host's path filter.
fn quoted(what: CiValue, value: &str, allowed: fn(char) -> bool) -> Result<String, CiError> {
    let refused = |found| CiError::Unsafe {
        what,
        value: value.to_owned(),
        found,
    };
    if value.is_empty() || value.starts_with('-') || value.len() > 2048 {
        return Err(refused(None));
    }
    if let Some(c) = value.chars().find(|c| !allowed(*c)) {
        return Err(refused(Some(c)));
    }
    Ok(format!("'{value}'"))
}

/// A character of a ledger's path: letters and digits of any script, and
/// `.`, `_`, `-`, `/`, `@` and the space (no glob, quote or variable; no
/// `+`, which GitHub's and Forgejo's path filters read as a pattern).
fn path_char(c: char) -> bool {
    c.is_alphanumeric() || " ._-/@".contains(c)
}

/// A character of a git URL (`https://…`, `ssh://…`, `git@host:path`):
/// printable ASCII but quotes, `$`, `\`, braces and the comma (which a
/// cache key may not hold).
fn url_char(c: char) -> bool {
    c.is_ascii_graphic() && !"'\"`$\\{},".contains(c)
}

/// A character of a tag, branch or commit name.
fn rev_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "._-/".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn install() -> Install {
        Install {
            from: "https://git.example.org/followup.git".into(),
            rev: Some("v0.1.0".into()),
        }
    }

    #[test]
    fn every_placeholder_is_filled() {
        for host in Host::ALL {
            let text = render(host, "sme/ledger.json", &install()).unwrap();
            assert!(!text.contains("@@"), "{host:?}: {text}");
            assert!(text.contains("'sme/ledger.json'"), "{host:?}");
            assert!(text.contains(&format!("'{}'", host.file())), "{host:?}");
            assert!(text.contains("'v0.1.0'"), "{host:?}");
        }
        let none = Install {
            rev: None,
            ..install()
        };
        assert!(
            render(Host::GitLab, "ledger.json", &none)
                .unwrap()
                .contains("FOLLOWUP_REV: ''")
        );
    }

    #[test]
    fn a_value_that_could_break_out_is_refused() {
        let bad_paths = [
            "a'b.json",
            "a\nb: x.json",
            "a\"b.json",
            "*.json",
            "l[1].json",
            "$HOME.json",
            "${{ secrets.TOKEN }}.json",
            "a\\b.json",
            "a\tb.json",
            "",
            "-x.json",
            "c++/ledger.json",
        ];
        for p in bad_paths {
            let e = render(Host::GitHub, p, &install()).unwrap_err();
            assert!(
                matches!(
                    e,
                    CiError::Unsafe {
                        what: CiValue::LedgerPath,
                        ..
                    }
                ),
                "{p:?}: {e:?}"
            );
        }
        for url in [
            "https://x/'; rm -rf ~",
            "https://x/$(id)",
            "https://x y",
            "https://x,y",
        ] {
            let i = Install {
                from: url.into(),
                rev: None,
            };
            let e = render(Host::GitLab, "ledger.json", &i).unwrap_err();
            assert!(
                matches!(
                    e,
                    CiError::Unsafe {
                        what: CiValue::InstallFrom,
                        ..
                    }
                ),
                "{url:?}"
            );
        }
        let i = Install {
            rev: Some("v1;id".into()),
            ..install()
        };
        let e = render(Host::Forgejo, "ledger.json", &i).unwrap_err();
        assert!(
            matches!(
                e,
                CiError::Unsafe {
                    what: CiValue::InstallRev,
                    found: Some(';'),
                    ..
                }
            ),
            "{e:?}"
        );
    }

    #[test]
    fn gitlabs_cache_key_changes_with_the_source_and_the_revision() {
        let key = |install: &Install| {
            let text = render(Host::GitLab, "ledger.json", install).unwrap();
            let line = text.lines().find(|l| l.trim().starts_with("key:")).unwrap();
            line.trim().to_owned()
        };
        let other_source = Install {
            from: "https://mirror.example.org/followup.git".into(),
            ..install()
        };
        let other_rev = Install {
            rev: Some("release/2".into()),
            ..install()
        };
        let keys = [key(&install()), key(&other_source), key(&other_rev)];
        assert_ne!(keys[0], keys[1]);
        assert_ne!(keys[0], keys[2]);
        assert_ne!(keys[1], keys[2]);
        assert!(
            keys.iter().all(|k| !k.contains('/') && !k.contains('$')),
            "{keys:?}"
        );
        assert_eq!(key(&install()), keys[0], "the same install, the same key");
    }

    #[test]
    fn paths_in_any_script_and_with_spaces_are_kept() {
        let text = render(Host::Gitea, "위원회/Comité mixto/ledger.json", &install()).unwrap();
        assert!(text.contains("'위원회/Comité mixto/ledger.json'"), "{text}");
        assert!(text.contains("runs-on: ubuntu-latest"));
        let forgejo = render(Host::Forgejo, "ledger.json", &install()).unwrap();
        assert!(forgejo.contains("runs-on: docker"));
    }
}
