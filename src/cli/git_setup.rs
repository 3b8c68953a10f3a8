//! `followup git-setup`: the merge driver and textconv in this clone, and
//! with `--ci HOST` the host's CI file that checks the ledger on every pull
//! request and push (`git::ci`).

use super::{Env, Failure, Printed};
use crate::base::text::visible_line;
use crate::git::ci::{self, CiError, CiValue, Host, Install, Replace, Written};
use crate::git::{Repo, program_name};
use crate::i18n::Catalog;
use crate::ledger::Store;
use crate::tr;
use clap::{Args, ValueEnum};

/// `git-setup`'s options.
#[derive(Debug, Args)]
pub struct GitSetupArgs {
    /// Also write the CI file of this git host, which checks the ledger on
    /// every pull request and push.
    #[arg(long, value_enum, value_name = "HOST", requires = "install_from")]
    pub ci: Option<CiHost>,
    /// The git URL the CI installs followup from (`cargo install --git URL`).
    #[arg(long, value_name = "URL", requires = "ci")]
    pub install_from: Option<String>,
    /// The tag, branch or commit of that repository to install (default: its default branch).
    #[arg(long, value_name = "REV", requires = "install_from")]
    pub install_rev: Option<String>,
    /// Replace a CI file that differs from the one followup writes.
    #[arg(long, requires = "ci")]
    pub force: bool,
}

/// `--ci`'s values: the hosts followup writes a CI file for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CiHost {
    Github,
    Gitlab,
    Forgejo,
    Gitea,
}

impl From<CiHost> for Host {
    fn from(h: CiHost) -> Host {
        match h {
            CiHost::Github => Host::GitHub,
            CiHost::Gitlab => Host::GitLab,
            CiHost::Forgejo => Host::Forgejo,
            CiHost::Gitea => Host::Gitea,
        }
    }
}

pub(super) fn git_setup(store: &Store, args: GitSetupArgs, env: &Env) -> Printed {
    let cat = env.cat();
    let repo = Repo::containing(store.path()).map_err(|e| super::history::not_in_git(cat, e))?;
    let rel = repo
        .relative(store.path())
        .map_err(|e| Failure::usage(cat.git_error(&e)))?;
    // The CI file is made (and its values refused) before git is changed.
    let ci_file = match (args.ci, args.install_from) {
        (Some(host), Some(from)) => {
            let host = Host::from(host);
            let install = Install {
                from,
                rev: args.install_rev,
            };
            let text = ci::render(host, &rel, &install).map_err(|e| refused(cat, e, host))?;
            Some((host, text))
        }
        _ => None,
    };
    let did = repo
        .setup(&rel, &program_name())
        .map_err(|e| Failure::system(cat.git_error(&e)))?;
    if did.is_empty() {
        let rel = visible_line(&rel).into_owned();
        println!("{}", tr!(cat, "cli-git-setup-done", rel = rel));
    }
    for d in did {
        println!("{}", visible_line(&d));
    }
    let Some((host, text)) = ci_file else {
        return Ok(());
    };
    let replace = if args.force {
        Replace::Different
    } else {
        Replace::Never
    };
    let written =
        ci::write(repo.root(), host.file(), &text, replace).map_err(|e| refused(cat, e, host))?;
    let (file, ledger) = (host.file(), visible_line(&rel).into_owned());
    let name = host_name(host);
    let said = match written {
        Written::Created => tr!(
            cat,
            "hosting-ci-written",
            file = file,
            host = name,
            ledger = ledger
        ),
        Written::Replaced => {
            tr!(
                cat,
                "hosting-ci-replaced",
                file = file,
                host = name,
                ledger = ledger
            )
        }
        Written::Unchanged => tr!(cat, "hosting-ci-unchanged", file = file),
    };
    println!("{said}");
    if written != Written::Unchanged {
        println!("{}", tr!(cat, "hosting-ci-next", file = file));
    }
    Ok(())
}

/// The host's own name, the same in every language.
fn host_name(host: Host) -> &'static str {
    match host {
        Host::GitHub => "GitHub",
        Host::GitLab => "GitLab",
        Host::Forgejo => "Forgejo",
        Host::Gitea => "Gitea",
    }
}

/// Why no CI file was written, in the user's language.
fn refused(cat: &Catalog, e: CiError, host: Host) -> Failure {
    match e {
        CiError::Unsafe { what, value, found } => {
            let value = visible_line(&value).into_owned();
            let Some(c) = found else {
                return Failure::usage(tr!(cat, "hosting-ci-unsafe-start", value = value));
            };
            let char = c.escape_default().to_string();
            Failure::usage(match what {
                CiValue::LedgerPath => {
                    tr!(
                        cat,
                        "hosting-ci-unsafe-ledger-path",
                        value = value,
                        char = char
                    )
                }
                CiValue::InstallFrom => {
                    tr!(
                        cat,
                        "hosting-ci-unsafe-install-from",
                        value = value,
                        char = char
                    )
                }
                CiValue::InstallRev => {
                    tr!(
                        cat,
                        "hosting-ci-unsafe-install-rev",
                        value = value,
                        char = char
                    )
                }
            })
        }
        CiError::Differs { .. } => Failure::usage(tr!(
            cat,
            "hosting-ci-differs",
            file = host.file(),
            host = host.name()
        )),
        CiError::File(e) => Failure::from(e),
    }
}
