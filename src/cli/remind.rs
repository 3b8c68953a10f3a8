//! `followup remind`: one e-mail per person who owns overdue, due-soon or
//! blocked items, in that person's language; listed, written as `.eml`
//! drafts, or sent through the SMTP server of the config.

use super::{Env, Failure, Printed};
use crate::base::clock::Clock;
use crate::base::text::visible_line;
use crate::config::Config;
use crate::i18n::{Catalog, catalog};
use crate::ledger::Store;
use crate::outreach::failure::{SendCause, SendFailure};
use crate::outreach::mail::{self, Delivery, Draft, MailError, SmtpSettings};
use crate::outreach::one_line;
use crate::outreach::remind::recipients;
use crate::tr;
use chrono::NaiveDate;
use lettre::message::Mailbox;
use std::path::PathBuf;
use std::time::SystemTime;

/// Environment variable holding the SMTP password (beats `smtp_password_command`).
pub const PASSWORD_VAR: &str = "FOLLOWUP_SMTP_PASSWORD";

/// Arguments of `followup remind`.
#[derive(Debug, clap::Args)]
pub struct RemindArgs {
    /// Only this owner (a name or an alias of the directory, or whole words of an owner).
    #[arg(long, short)]
    pub(super) owner: Option<String>,
    /// Write one .eml draft per person in this directory (Outlook and Thunderbird open them).
    #[arg(long, value_name = "DIR", conflicts_with = "send")]
    out: Option<PathBuf>,
    /// Send through the SMTP server of the config (`smtp`, `from`).
    #[arg(long)]
    send: bool,
    /// Print who would get what; write and send nothing.
    #[arg(long)]
    dry_run: bool,
    /// One mail per person for every committee of the portfolio.
    #[arg(long)]
    pub(super) all: bool,
}

fn shown(s: &str) -> String {
    visible_line(s).into_owned()
}

pub(super) fn remind(store: &Store, a: RemindArgs, env: &Env) -> Printed {
    let ledger = store.load()?.ledger;
    let today = env.today(&ledger);
    let people = recipients(
        &ledger,
        a.owner.as_deref(),
        today,
        env.config.review_window_days,
    );
    let drafts: Vec<Draft> = people
        .iter()
        .map(|r| mail::compose(r, &ledger, env.lang, today))
        .collect();
    deliver(&drafts, &a, env, today)
}

impl RemindArgs {
    /// True when these arguments send mail (`--send` without `--dry-run`).
    pub(super) fn sends(&self) -> bool {
        self.send && !self.dry_run
    }
}

/// Lists, writes or sends `drafts` as `a` asks, dated `today`.
pub(super) fn deliver(drafts: &[Draft], a: &RemindArgs, env: &Env, today: NaiveDate) -> Printed {
    let cat = catalog(env.lang);
    if drafts.is_empty() {
        println!("{}", tr!(cat, "remind-nothing"));
        return Ok(());
    }
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
    let with: Vec<(usize, &Draft)> = with.into_iter().collect();
    let stamp = Stamp {
        from,
        date: dated(env, today),
    };
    let Tally { done, failed } = match &a.out {
        Some(dir) => write_drafts(cat, dir, &with, &stamp)?,
        None => send_all(cat, &env.config, &with, &stamp)?,
    };
    let summary = tr!(
        cat,
        "remind-summary",
        mode = if a.out.is_some() { "written" } else { "sent" },
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

/// Who sends the messages, and their `Date`.
struct Stamp {
    from: Mailbox,
    date: SystemTime,
}

/// The `Date` of the messages: now, or noon UTC of the day `FOLLOWUP_TODAY`
/// fixes (runs that fix the day write the same dates).
fn dated(env: &Env, today: NaiveDate) -> SystemTime {
    match env.clock {
        Clock::Live => SystemTime::now(),
        Clock::At(at) => at.into(),
        Clock::Day(_) => mail::noon_utc(today),
    }
}

/// How many reminders went out, and how many failed.
#[derive(Default)]
struct Tally {
    done: usize,
    failed: usize,
}

impl Tally {
    /// Counts one attempt, printing what happened to `d`.
    fn count(&mut self, cat: &Catalog, d: &Draft, r: Result<String, String>) {
        match r {
            Ok(said) => {
                self.done += 1;
                println!("{}", shown(&said));
            }
            Err(e) => {
                self.failed += 1;
                eprintln!("{}", shown(&failure_line(cat, d, &e)));
            }
        }
    }
}

/// Writes one `.eml` draft per person (`i`: the draft's number) into `dir`.
fn write_drafts(
    cat: &Catalog,
    dir: &std::path::Path,
    with: &[(usize, &Draft)],
    stamp: &Stamp,
) -> Result<Tally, Failure> {
    std::fs::create_dir_all(dir).map_err(|e| {
        Failure::system(shown(&tr!(
            cat,
            "remind-err-dir",
            dir = dir.display().to_string(),
            error = e.to_string()
        )))
    })?;
    let mut tally = Tally::default();
    for (i, d) in with {
        let written = mail::message(d, &stamp.from, Delivery::Draft, stamp.date)
            .and_then(|m| mail::write_draft(dir, &mail::file_name(i + 1, &d.name), &m));
        let said = written.map(|path| {
            tr!(
                cat,
                "remind-written",
                path = path.display().to_string(),
                name = d.name.as_str(),
                n = d.ids.len()
            )
        });
        tally.count(cat, d, said.map_err(|e| e.to_string()));
    }
    Ok(tally)
}

/// Sends one message per person through the configured SMTP server.
fn send_all(
    cat: &Catalog,
    config: &Config,
    with: &[(usize, &Draft)],
    stamp: &Stamp,
) -> Result<Tally, Failure> {
    let settings = smtp_settings(cat, config)?;
    let transport = mail::transport(&settings)
        .map_err(|e| Failure::usage(shown(&tr!(cat, "remind-err-smtp", error = e.to_string()))))?;
    let mut tally = Tally::default();
    for (_, d) in with {
        let sent = mail::message(d, &stamp.from, Delivery::Send, stamp.date)
            .and_then(|m| mail::send(&transport, &m));
        let said = sent.map(|()| {
            tr!(
                cat,
                "remind-sent",
                name = d.name.as_str(),
                email = d.email.clone().unwrap_or_default(),
                n = d.ids.len()
            )
        });
        tally.count(
            cat,
            d,
            said.map_err(|e| match e {
                MailError::Send(f) => send_failure(cat, &f, &settings.url, d),
                e => e.to_string(),
            }),
        );
    }
    Ok(tally)
}

/// A failed send in the user's language: what failed, what to do, and the
/// server's reply (or the technical detail) quoted at the end.
fn send_failure(cat: &Catalog, f: &SendFailure, server: &str, d: &Draft) -> String {
    let server = one_line(server);
    let server = server.as_str();
    let name = d.name.as_str();
    let said = match f.cause {
        SendCause::Unreachable => tr!(cat, "send-unreachable", server = server),
        SendCause::TimedOut => tr!(cat, "send-timed-out", server = server),
        SendCause::Tls => tr!(cat, "send-tls", server = server),
        SendCause::StartTlsUnsupported => tr!(cat, "send-starttls-unsupported", server = server),
        SendCause::AuthUnavailable => tr!(cat, "send-auth-unavailable", server = server),
        SendCause::AuthRefused(code) => tr!(cat, "send-auth-refused", code = code),
        SendCause::RecipientRefused(code) => {
            tr!(cat, "send-recipient-refused", code = code, name = name)
        }
        SendCause::Deferred(code) => tr!(cat, "send-deferred", code = code),
        SendCause::Rejected(code) => tr!(cat, "send-rejected", code = code),
        SendCause::Other => tr!(cat, "send-other", server = server),
    };
    let detail = f.detail.as_deref().map(str::trim).filter(|t| !t.is_empty());
    match detail {
        None => said,
        Some(text) if f.from_server => tr!(cat, "send-server-said", said = said, reply = text),
        Some(text) => tr!(cat, "send-detail", said = said, detail = text),
    }
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
