//! The command line: clap definitions, the context commands run in, and
//! dispatch to the non-interactive commands.

mod edit;
mod history;
mod interchange;
mod person;
mod recover;
mod remind;
mod report;
mod sync;
mod view;

pub use edit::apply_change;

use crate::config::{Config, LedgerSource, resolve_ledger};
use crate::ledger::{CLI_LOCK_WAIT, Error, Ledger, Store, canonical_json};
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};

/// The sample ledger embedded in the binary (the Korea–Mexico SME committee).
pub const SAMPLE: &str = include_str!("../../fixtures/korea-mexico-sme.json");

const AFTER_HELP: &str = "\
The ledger is chosen by: PATH (or --ledger), then $FOLLOWUP_LEDGER, then `ledger` in
config.toml, then ledger.json in the data directory (created from a sample if missing).
Dates accept YYYY-MM-DD, today, tomorrow, +3d, -1d, +2w, +1m and weekday names.
$FOLLOWUP_TODAY=YYYY-MM-DD fixes today's date for reproducible runs.

Exit codes: 0 success, 1 invalid ledger, usage error or merge conflict, 2 I/O or lock failure;
the dashboard stopped by SIGHUP or SIGTERM: 129 or 143.";

/// Follow up the action items of bilateral joint committees.
#[derive(Debug, Parser)]
#[command(name = "followup", version, after_help = AFTER_HELP)]
pub struct Cli {
    /// The ledger file to open in the dashboard.
    pub path: Option<PathBuf>,
    /// The ledger file, for any command.
    #[arg(long, short = 'f', global = true, value_name = "PATH")]
    pub ledger: Option<PathBuf>,
    /// The language to speak: en, es or ko (default: `language` in the config, then the locale).
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<crate::i18n::Lang>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The non-interactive commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new ledger file.
    Init(view::InitArgs),
    /// Validate a ledger and report what it holds.
    Check { path: Option<PathBuf> },
    /// Rewrite a ledger in canonical form.
    Fmt {
        path: Option<PathBuf>,
        /// Only report whether the file is canonical (exit 1 if not).
        #[arg(long)]
        check: bool,
    },
    /// List items as a table.
    List(view::ListArgs),
    /// Show one item in full.
    Show {
        id: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Add an item.
    Add(edit::AddArgs),
    /// Change fields: FIELD=VALUE, and for owners/tags also FIELD+=VALUE, FIELD-=VALUE.
    #[command(after_help = edit::SET_HELP)]
    Set {
        id: String,
        #[arg(required = true, value_name = "FIELD=VALUE")]
        changes: Vec<String>,
    },
    /// Add or update a meeting (items name the meeting where they were agreed).
    Meeting(edit::MeetingArgs),
    /// Settle a merge conflict by keeping one side: `ID PATH ours|theirs` for an
    /// item's (see `followup show ID`), `--top PATH ours|theirs` for the ledger's own.
    #[command(
        after_help = edit::RESOLVE_HELP,
        override_usage = "followup resolve ID PATH ours|theirs\n       followup resolve --top PATH ours|theirs"
    )]
    Resolve(edit::ResolveArgs),
    /// Add a note to an item.
    Note {
        id: String,
        text: String,
        /// The author (default: config `author`, then $USER).
        #[arg(long, short)]
        author: Option<String>,
    },
    /// Minutes or agenda of the period: Markdown, CSV or JSON.
    Report(report::ReportArgs),
    /// What changed in the ledger between git revisions, item by item.
    #[command(
        after_help = "Without REV: the last commit against the working file.\n\
With REV: that revision against the working file. With REV REV2: the two revisions."
    )]
    Diff {
        rev: Option<String>,
        rev2: Option<String>,
    },
    /// Print a ledger one line per item (git's textconv for readable diffs).
    Textconv { file: PathBuf },
    /// Git merge driver: merge THEIRS into OURS by item and field (exit 1 on conflict).
    Merge {
        base: PathBuf,
        ours: PathBuf,
        theirs: PathBuf,
        /// The ledger's path in the repository, for messages.
        path: Option<String>,
    },
    /// Register the merge driver and textconv for the ledger in its git repository.
    GitSetup,
    /// Merge in the unsaved edits a closed dashboard kept, then delete them (exit 1 on conflict).
    Recover,
    /// Commit the ledger's changes, merge the remote's through followup's driver, push.
    #[command(after_help = sync::SYNC_HELP)]
    Sync(sync::SyncArgs),
    /// Write the ledger as an Excel workbook or a CSV file.
    Export(interchange::ExportArgs),
    /// Merge an exported workbook back, or adopt an action log (.xlsx, .xls, .ods, .csv).
    Import(interchange::ImportArgs),
    /// Add a person to the directory, or update one: e-mail, language, aliases.
    Person(person::PersonArgs),
    /// E-mail each owner of overdue, due-soon or blocked items, in their language.
    Remind(remind::RemindArgs),
}

/// A failed command: what to print and the exit code.
#[derive(Debug)]
pub struct Failure {
    pub code: i32,
    pub message: String,
}

impl Failure {
    /// A usage or validation failure (exit code 1).
    pub fn usage(message: impl Into<String>) -> Self {
        Failure {
            code: 1,
            message: message.into(),
        }
    }

    /// A failure of the system: I/O, git, a lock (exit code 2).
    pub fn system(message: impl Into<String>) -> Self {
        Failure {
            code: 2,
            message: message.into(),
        }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure {
            code: if e.is_invalid() || matches!(e, Error::Exists { .. }) {
                1
            } else {
                2
            },
            message: e.to_string(),
        }
    }
}

type Outcome = Result<(), Failure>;

/// The context every command runs in.
pub struct Env {
    pub config: Config,
    pub today: NaiveDate,
    /// The language of everything the command says.
    pub lang: crate::i18n::Lang,
}

fn parse_lang(s: &str) -> Result<crate::i18n::Lang, String> {
    s.parse()
        .map_err(|_| format!("`{s}`: followup speaks en, es and ko"))
}

/// Finds the ledger; when it is the default one and missing, creates it from
/// the sample. A missing file named on the command line gets a hint.
pub fn ledger_store(arg: Option<PathBuf>, config: &Config) -> Result<Store, Failure> {
    let (path, source) = resolve_ledger(arg, config)?.ok_or_else(|| {
        Failure::usage("no ledger path given and no home directory to default to")
    })?;
    if !path.exists() {
        match source {
            LedgerSource::Default => {
                create(&path, SAMPLE.as_bytes())?;
                eprintln!(
                    "followup: created a sample ledger at {}",
                    view::shown(&path)
                );
            }
            LedgerSource::Argument
                if path.extension().is_none() && path.components().count() == 1 =>
            {
                return Err(Failure::usage(format!(
                    "`{}` is neither a command nor a file (see `followup --help`)",
                    path.display()
                )));
            }
            LedgerSource::Argument => {
                return Err(Failure::system(format!(
                    "{}: cannot read: no such file (create it with `followup init {}`)",
                    path.display(),
                    path.display()
                )));
            }
            LedgerSource::ConfigFile => {
                return Err(Failure::system(format!(
                    "{}: cannot read: no such file (named by `ledger` in {})",
                    path.display(),
                    crate::config::config_path()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default()
                )));
            }
            _ => {}
        }
    }
    Ok(Store::new(path))
}

/// Writes a new ledger file from valid ledger text; refuses to overwrite.
fn create(path: &Path, bytes: &[u8]) -> Outcome {
    let ledger = crate::ledger::parse_ledger(bytes).expect("embedded ledgers are valid");
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, "cannot create directory", e))?;
    }
    let store = Store::new(path);
    let lock = store.lock("followup init", CLI_LOCK_WAIT)?;
    store.save(&lock, &ledger, None)?;
    Ok(())
}

/// Runs a non-interactive command.
pub fn run(cmd: Command, global: Option<PathBuf>, env: &Env) -> Outcome {
    let store = |p: Option<PathBuf>| ledger_store(p.or(global.clone()), &env.config);
    let load = || -> Result<Ledger, Failure> { Ok(store(None)?.load()?.ledger) };
    match cmd {
        Command::Init(args) => {
            let path = args
                .path
                .clone()
                .or(global.clone())
                .ok_or_else(|| Failure::usage("init needs a PATH"))?;
            let mut l = if args.sample {
                crate::ledger::parse_ledger(SAMPLE.as_bytes()).expect("the sample is valid")
            } else {
                Ledger::default()
            };
            if let Some(name) = args.committee {
                l.committee.name = name;
            }
            create(&path, canonical_json(&l).as_bytes())?;
            println!("created {}", view::shown(&path));
            Ok(())
        }
        Command::Check { path } => view::check(&store(path)?),
        Command::Fmt { path, check } => view::fmt(&store(path)?, check),
        Command::List(args) => view::list(&load()?, args, env),
        Command::Show { id, json } => view::show(&store(None)?, &id, json, env.today),
        Command::Add(args) => edit::add(&store(None)?, args, env),
        Command::Set { id, changes } => edit::set(&store(None)?, &id, &changes, env),
        Command::Note { id, text, author } => edit::note(&store(None)?, &id, text, author, env),
        Command::Meeting(args) => edit::meeting(&store(None)?, args, env),
        Command::Resolve(args) => edit::resolve(&store(None)?, args, env),
        Command::Report(args) => report::report(&store(None)?, args, env),
        Command::Diff { rev, rev2 } => {
            history::diff(&store(None)?, rev.as_deref(), rev2.as_deref())
        }
        Command::Textconv { file } => history::textconv(&file),
        Command::Merge {
            base,
            ours,
            theirs,
            path,
        } => history::merge(&base, &ours, &theirs, path.as_deref()),
        Command::GitSetup => history::git_setup(&store(None)?),
        Command::Recover => recover::recover(&store(None)?),
        Command::Sync(args) => sync::sync(&store(None)?, args),
        Command::Export(args) => interchange::export(&store(None)?, args, env),
        Command::Import(args) => interchange::import(&store(None)?, args, env),
        Command::Person(args) => person::person(&store(None)?, args, env),
        Command::Remind(args) => remind::remind(&store(None)?, args, env),
    }
}
