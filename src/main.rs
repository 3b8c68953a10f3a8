//! The `followup` binary: parse the command line, then run a command or the dashboard.

use clap::FromArgMatches;
use followup::cli::{Cli, Env, Failure, command, lang_flag, run};
use followup::config::{Config, ConfigError};
use followup::i18n::Lang;
use std::process::ExitCode;

fn main() -> ExitCode {
    // `followup list | head` should end quietly, as other Unix tools do, not
    // panic on a closed pipe: restore the default SIGPIPE that Rust ignores.
    #[cfg(unix)]
    // SAFETY: called first thing, before any thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The language is chosen before parsing, so that `--help` speaks it. A
    // config that cannot be read is reported after parsing, in that language
    // less the config's own choice.
    let config = Config::load();
    let configured = config
        .as_ref()
        .ok()
        .and_then(|c| followup::i18n::configured_language(c).ok().flatten());
    let lang = followup::i18n::negotiate(lang_flag(&args), configured, |k| std::env::var(k).ok());
    let cat = followup::i18n::catalog(lang);
    let cli = match command(lang)
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 1 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match start(cli, config, lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            // Not `eprintln!`, which panics when the terminal is gone (SIGHUP).
            // Messages quote ledger values and file names: shown visibly.
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "followup: {}",
                followup::base::text::visible(&f.text(cat))
            );
            ExitCode::from(f.code as u8)
        }
    }
}

fn start(cli: Cli, config: Result<Config, ConfigError>, lang: Lang) -> Result<(), Failure> {
    let cat = followup::i18n::catalog(lang);
    let config = config.map_err(|e| Failure::usage(cat.config_error(&e)))?;
    followup::i18n::configured_language(&config)
        .map_err(|e| Failure::usage(cat.config_error(&e)))?;
    let today = followup::base::dates::today().map_err(|e| Failure::usage(cat.date_error(&e)))?;
    let env = Env {
        config,
        today,
        lang,
    };
    match cli.command {
        Some(cmd) => run(cmd, cli.ledger, &env),
        None => {
            let store = followup::cli::ledger_store(cli.path.or(cli.ledger), &env)?;
            // The lock is taken only while saving; editing is off only
            // when the file (or its folder, where a save writes) cannot be
            // written, and the header says which.
            let read_only = followup::dashboard::unwritable(store.path()).map(|why| match why {
                followup::dashboard::Unwritable::File => followup::tr!(cat, "sync-read-only-file"),
                followup::dashboard::Unwritable::Folder => {
                    followup::tr!(cat, "sync-read-only-folder")
                }
            });
            let loaded = store.load()?;
            let options = followup::app::Options {
                review_window_days: env.config.review_window_days,
                color: !followup::config::no_color(),
                autosave: env.config.autosave,
                lang: env.lang,
                sync_on_quit: env.config.sync_on_quit,
            };
            let label = store.path().display().to_string();
            let mut app = followup::app::App::new(loaded.ledger, label, env.today, options);
            app.author = env.config.author();
            app.attach(loaded.fingerprint, read_only);
            // Edits an earlier session could not save before it was closed.
            // The status line says so briefly; the steps follow on quitting.
            let notice = followup::dashboard::recovery_notice(store.path());
            if notice.is_some() {
                followup::app::update(&mut app, followup::app::Action::Recovered);
            }
            let disk = followup::dashboard::Disk::new(store);
            let result = followup::dashboard::run(app, disk)
                .map_err(|e| Failure::with_code(e.code(), e.to_string()));
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
