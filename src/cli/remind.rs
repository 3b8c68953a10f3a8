//! `followup remind`: one e-mail per person who owns overdue, due-soon or
//! blocked items, in that person's language; listed, written as `.eml`
//! drafts, or sent through the SMTP server of the config.

use super::{Env, Failure, Printed};
use crate::base::text::visible_line;
use crate::config::Config;
use crate::i18n::{Catalog, catalog};
use crate::ledger::Store;
use crate::outreach::mail::{self, Delivery, Draft, SmtpSettings};
use crate::outreach::remind::recipients;
use crate::tr;
use lettre::message::Mailbox;
use std::path::PathBuf;

/// Environment variable holding the SMTP password (beats `smtp_password_command`).
pub const PASSWORD_VAR: &str = "FOLLOWUP_SMTP_PASSWORD";

/// Arguments of `followup remind`.
#[derive(Debug, clap::Args)]
pub struct RemindArgs {
    /// Only this owner (a name or an alias of the directory, or whole words of an owner).
    #[arg(long, short)]
    owner: Option<String>,
    /// Write one .eml draft per person in this directory (Outlook and Thunderbird open them).
    #[arg(long, value_name = "DIR", conflicts_with = "send")]
    out: Option<PathBuf>,
    /// Send through the SMTP server of the config (`smtp`, `from`).
    #[arg(long)]
    send: bool,
    /// Print who would get what; write and send nothing.
    #[arg(long)]
    dry_run: bool,
}

fn shown(s: &str) -> String {
    visible_line(s).into_owned()
}

pub(super) fn remind(store: &Store, a: RemindArgs, env: &Env) -> Printed {
    let cat = catalog(env.lang);
    let ledger = store.load()?.ledger;
    let people = recipients(
        &ledger,
        a.owner.as_deref(),
        env.today,
        env.config.review_window_days,
    );
    if people.is_empty() {
        println!("{}", tr!(cat, "remind-nothing"));
        return Ok(());
    }
    let drafts: Vec<Draft> = people
        .iter()
        .map(|r| mail::compose(r, &ledger.committee.name, env.lang, env.today))
        .collect();
    let (with, without): (Vec<_>, Vec<_>) = drafts
        .iter()
        .enumerate()
        .partition(|(_, d)| d.email.is_some());
    for (_, d) in &without {
        println!(
            "{}",
            shown(&tr!(cat, "remind-no-address", name = d.name.as_str()))
        );
    }
    if a.dry_run || (a.out.is_none() && !a.send) {
        for (_, d) in &with {
            println!("{}", shown(&plan_line(cat, d)));
        }
        return Ok(());
    }
    let from = sender(cat, &env.config)?;
    let mut failed = 0usize;
    let mut done = 0usize;
    if let Some(dir) = &a.out {
        std::fs::create_dir_all(dir).map_err(|e| {
            Failure::system(shown(&tr!(
                cat,
                "remind-err-dir",
                dir = dir.display().to_string(),
                error = e.to_string()
            )))
        })?;
        for (i, d) in &with {
            let written = mail::message(d, &from, Delivery::Draft)
                .and_then(|m| mail::write_draft(dir, &mail::file_name(i + 1, &d.name), &m));
            match written {
                Ok(path) => {
                    done += 1;
                    println!(
                        "{}",
                        shown(&tr!(
                            cat,
                            "remind-written",
                            path = path.display().to_string(),
                            name = d.name.as_str(),
                            n = d.ids.len()
                        ))
                    );
                }
                Err(e) => {
                    failed += 1;
                    eprintln!("{}", shown(&failure_line(cat, d, &e.to_string())));
                }
            }
        }
    } else {
        let transport = mail::transport(&smtp_settings(cat, &env.config)?).map_err(|e| {
            Failure::usage(shown(&tr!(cat, "remind-err-smtp", error = e.to_string())))
        })?;
        for (_, d) in &with {
            match mail::message(d, &from, Delivery::Send).and_then(|m| mail::send(&transport, &m)) {
                Ok(()) => {
                    done += 1;
                    println!(
                        "{}",
                        shown(&tr!(
                            cat,
                            "remind-sent",
                            name = d.name.as_str(),
                            email = d.email.clone().unwrap_or_default(),
                            n = d.ids.len()
                        ))
                    );
                }
                Err(e) => {
                    failed += 1;
                    eprintln!("{}", shown(&failure_line(cat, d, &e.to_string())));
                }
            }
        }
    }
    let summary = tr!(
        cat,
        "remind-summary",
        done = done,
        failed = failed,
        missing = without.len()
    );
    if failed > 0 {
        return Err(Failure::usage(summary));
    }
    println!("{summary}");
    Ok(())
}

fn plan_line(cat: &Catalog, d: &Draft) -> String {
    tr!(
        cat,
        "remind-plan",
        name = d.name.as_str(),
        email = d.email.clone().unwrap_or_default(),
        lang = d.lang.code(),
        n = d.ids.len(),
        ids = d.ids.join(", "),
        subject = d.subject.as_str()
    )
}

fn failure_line(cat: &Catalog, d: &Draft, error: &str) -> String {
    tr!(
        cat,
        "remind-failed",
        name = d.name.as_str(),
        email = d.email.clone().unwrap_or_default(),
        error = error
    )
}

/// The sender: `from` in the config, required.
fn sender(cat: &Catalog, config: &Config) -> Result<Mailbox, Failure> {
    let from = config
        .from
        .as_deref()
        .ok_or_else(|| Failure::usage(tr!(cat, "remind-err-no-from")))?;
    from.parse()
        .map_err(|_| Failure::usage(shown(&tr!(cat, "remind-err-bad-from", from = from))))
}

/// The SMTP settings of the config; the password comes from
/// `$FOLLOWUP_SMTP_PASSWORD`, else from `smtp_password_command` (run with
/// `sh -c`: the config is the user's own), never from the ledger.
fn smtp_settings(cat: &Catalog, config: &Config) -> Result<SmtpSettings, Failure> {
    let url = config
        .smtp
        .clone()
        .ok_or_else(|| Failure::usage(tr!(cat, "remind-err-no-smtp")))?;
    let plain = match config.smtp_tls.as_deref() {
        None | Some("starttls") | Some("tls") => false,
        Some("none") => true,
        Some(other) => {
            return Err(Failure::usage(shown(&tr!(
                cat,
                "remind-err-tls",
                value = other
            ))));
        }
    };
    let credentials = match &config.smtp_user {
        None => None,
        Some(user) => Some((user.clone(), password(cat, config)?)),
    };
    Ok(SmtpSettings {
        url,
        plain,
        credentials,
    })
}

fn password(cat: &Catalog, config: &Config) -> Result<String, Failure> {
    if let Some(p) = std::env::var_os(PASSWORD_VAR).filter(|p| !p.is_empty()) {
        return Ok(p.to_string_lossy().into_owned());
    }
    let Some(command) = &config.smtp_password_command else {
        return Err(Failure::usage(tr!(cat, "remind-err-no-password")));
    };
    let failed =
        |error: String| Failure::usage(shown(&tr!(cat, "remind-err-password", error = error)));
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(command)
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| failed(e.to_string()))?;
    if !out.status.success() {
        return Err(failed(out.status.to_string()));
    }
    let text = String::from_utf8(out.stdout).map_err(|e| failed(e.to_string()))?;
    Ok(text.trim_end_matches(['\n', '\r']).to_owned())
}
