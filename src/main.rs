//! The `followup` binary: parse the command line, then run a command or the dashboard.

use clap::Parser;
use followup::cli::{Cli, Env, Failure, run};
use followup::config::Config;
use followup::ledger::Error;
use std::process::ExitCode;
use std::time::Duration;

fn main() -> ExitCode {
    // `followup list | head` should end quietly, as other Unix tools do, not
    // panic on a closed pipe: restore the default SIGPIPE that Rust ignores.
    #[cfg(unix)]
    // SAFETY: called first thing, before any thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 1 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match start(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            // Not `eprintln!`, which panics when the terminal is gone (SIGHUP).
            // Messages quote ledger values and file names: shown visibly.
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "followup: {}",
                followup::text::visible(&f.message)
            );
            ExitCode::from(f.code as u8)
        }
    }
}

fn start(cli: Cli) -> Result<(), Failure> {
    let config = Config::load().map_err(Failure::usage)?;
    let today = followup::dates::today().map_err(|e| Failure::usage(e.to_string()))?;
    let lang =
        followup::i18n::negotiate(cli.lang, config.language().map_err(Failure::usage)?, |k| {
            std::env::var(k).ok()
        });
    let env = Env {
        config,
        today,
        lang,
    };
    match cli.command {
        Some(cmd) => run(cmd, cli.ledger, &env),
        None => {
            let store = followup::cli::ledger_store(cli.path.or(cli.ledger), &env.config)?;
            // Hold the ledger for the whole session; if another program
            // holds it, open read-only and say who.
            let (lock, read_only) = match store.lock(followup::tui::LOCK_PURPOSE, Duration::ZERO) {
                Ok(l) => (Some(l), None),
                Err(Error::Locked { holder, .. }) => (None, Some(format!("locked by {holder}"))),
                Err(e) => (None, Some(format!("cannot lock: {e}"))),
            };
            let loaded = store.load()?;
            let options = followup::app::Options {
                review_window_days: env.config.review_window_days,
                color: !followup::config::no_color(),
                autosave: env.config.autosave,
                lang: env.lang,
            };
            let label = store.path().display().to_string();
            let mut app = followup::app::App::new(loaded.ledger, label, env.today, options);
            app.author = env.config.author();
            app.attach(loaded.fingerprint, read_only);
            // Edits an earlier session could not save before it was closed.
            // The status line says so briefly; the steps follow on quitting.
            let notice = followup::tui::recovery_notice(store.path());
            if notice.is_some() {
                followup::app::update(&mut app, followup::app::Action::Recovered);
            }
            let disk = followup::tui::Disk::new(store, lock);
            let result = followup::tui::run(app, disk).map_err(|e| Failure {
                code: e.code(),
                message: e.to_string(),
            });
            if let Some(n) = notice {
                use std::io::Write;
                let _ = writeln!(std::io::stderr(), "followup: {n}");
            }
            result
        }
    }
}

/// mimalloc: a large ledger loads faster and takes less memory (many small strings).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
