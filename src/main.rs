//! The `followup` binary: parse the command line, then run a command or the dashboard.

use clap::Parser;
use followup::cli::{Cli, Env, Failure, run};
use followup::config::Config;
use std::process::ExitCode;

fn main() -> ExitCode {
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
            eprintln!("followup: {}", f.message);
            ExitCode::from(f.code as u8)
        }
    }
}

fn start(cli: Cli) -> Result<(), Failure> {
    let config = Config::load().map_err(Failure::usage)?;
    let today = followup::dates::today().map_err(Failure::usage)?;
    let env = Env { config, today };
    match cli.command {
        Some(cmd) => run(cmd, cli.ledger, &env),
        None => {
            let store = followup::cli::ledger_store(cli.path.or(cli.ledger), &env.config)?;
            let loaded = store.load()?;
            let options = followup::app::Options::from_env(env.config.review_window_days);
            let label = store.path().display().to_string();
            let app = followup::app::App::new(loaded.ledger, label, env.today, options);
            followup::tui::run(app).map_err(|e| Failure {
                code: 2,
                message: format!("terminal: {e}"),
            })
        }
    }
}
