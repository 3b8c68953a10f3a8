//! The `followup` binary: the language, the command line, then a command or the dashboard.

use followup::base::{clock::Clock, process, text::visible};
use followup::cli::{Env, Failure, Opening, lang_flag, parse};
use followup::config::Config;
use followup::i18n::configured_language;
use std::io::Write;

fn main() {
    process::start();
    process::end(run())
}

/// The command or the dashboard, and the exit status.
fn run() -> u8 {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The language is chosen before parsing, so that `--help` speaks it.
    let config = Config::load();
    let configured = config
        .as_ref()
        .ok()
        .and_then(|c| configured_language(c).ok()?);
    let lang = followup::i18n::negotiate(lang_flag(&args), configured, |k| std::env::var(k).ok());
    let cat = followup::i18n::catalog(lang);
    let cli = match parse(&args, lang) {
        Ok(c) => c,
        Err(code) => return code,
    };
    // A config that cannot be read is reported now, in the language less its own choice.
    let unreadable = |e| Failure::usage(cat.config_error(&e));
    let started = config.map_err(unreadable).and_then(|mut config| {
        cli.configure(&mut config);
        configured_language(&config).map_err(unreadable)?;
        let clock = Clock::from_env().map_err(|e| Failure::usage(cat.date_error(&e)))?;
        let reading = if cli.original {
            followup::ledger::Reading::Originals
        } else {
            followup::ledger::Reading::Translated
        };
        let env = Env {
            config,
            clock,
            lang,
            reading,
            state: followup::config::state_dir(),
        };
        match cli.command {
            Some(cmd) => followup::cli::run(cmd, cli.ledger, &env),
            None => followup::dashboard::start(Opening::of(cli.path.or(cli.ledger), cli.all), &env),
        }
    });
    let Err(f) = started else {
        return 0;
    };
    // Not `eprintln!`, which panics when the terminal is gone (SIGHUP);
    // messages quote ledger values and file names: shown visibly.
    let _ = writeln!(std::io::stderr(), "followup: {}", visible(&f.text(cat)));
    f.code as u8
}
