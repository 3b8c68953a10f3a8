//! The command line: clap definitions, the context commands run in, and
//! dispatch to the non-interactive commands. Every word it prints comes from
//! the catalog of the language chosen once (`--lang`, config, locale).

mod brief;
mod closure;
mod edit;
mod git_setup;
mod help;
mod history;
mod init;
mod interchange;
mod log;
mod opening;
mod person;
mod portfolio;
mod recover;
mod remind;
mod report;
mod report_start;
mod report_start_scan;
mod sync;
mod table;
mod texts;
mod translate;
mod view;

pub use edit::parse_change;
pub use help::{command, lang_flag, parse};
pub use opening::Opening;
pub use table::{column_widths, list_width, terminal_width};

use crate::base::aside::drop_aside;
use crate::base::clock::Clock;
use crate::config::{Config, LedgerSource, resolve_ledger};
use crate::i18n::{Catalog, catalog};
use crate::ledger::{Error, Ledger, Store};
use crate::tr;
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

pub use crate::ledger::SAMPLE;
use crate::ledger::{Audience, Reading};

/// Follow up the action items of bilateral joint committees (`--help`'s
/// texts are set at run time from the catalog: [`command`]).
#[derive(Debug, Parser)]
#[command(name = "followup", version)]
pub struct Cli {
    /// The ledger file to open in the dashboard.
    pub path: Option<PathBuf>,
    /// The ledger file, for any command.
    #[arg(long, short = 'f', global = true, value_name = "PATH")]
    pub ledger: Option<PathBuf>,
    /// The language to speak: en, es or ko.
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<crate::i18n::Lang>,
    /// Show the committee's texts as written, not in the reader's language.
    #[arg(long, global = true)]
    pub original: bool,
    /// The party you speak for (default: config `party`), before the command.
    #[arg(long, value_name = "PARTY")]
    pub party: Option<String>,
    /// The dashboard's theme (default: config `theme`).
    #[arg(long, value_name = "THEME", value_parser = parse_theme)]
    pub theme: Option<crate::config::theme::ThemeChoice>,
    /// Open the portfolio: every committee of `[[portfolio]]` in config.toml.
    #[arg(long, conflicts_with_all = ["path", "ledger"])]
    pub all: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// The settings given before the command beat the config's: `--party`, `--theme`.
    pub fn configure(&self, config: &mut Config) {
        config.party = self.party.clone().or(config.party.take());
        if let Some(theme) = self.theme {
            config.theme = crate::config::theme::ThemeSetting::Chosen(theme);
        }
    }
}

/// The non-interactive commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new ledger file.
    Init(init::InitArgs),
    /// Validate a ledger and report what it holds.
    Check {
        path: Option<PathBuf>,
        /// Exit 1 on unsettled merge conflicts and on a file not in canonical form.
        #[arg(long)]
        strict: bool,
        /// Check every committee's ledger of the portfolio.
        #[arg(long)]
        all: bool,
    },
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
    Set {
        id: String,
        #[arg(required = true, value_name = "FIELD=VALUE")]
        changes: Vec<String>,
    },
    /// Add or update a meeting.
    Meeting(edit::MeetingArgs),
    /// Settle a merge conflict by keeping one side.
    #[command(
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
    /// Set the committee's name, parties and working languages.
    Committee(edit::CommitteeArgs),
    /// Record a translation of a title, a note, a meeting, a workstream or the committee's name.
    Translate(translate::TranslateArgs),
    /// Minutes or agenda of the period: Markdown, HTML, CSV or JSON.
    Report(report::ReportArgs),
    /// Every change to one item read from git, newest first.
    Log { id: String },
    /// What changed in the ledger between git revisions, item by item.
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
    GitSetup(git_setup::GitSetupArgs),
    /// Merge in the unsaved edits a closed dashboard kept, then delete them.
    Recover(recover::RecoverArgs),
    /// Commit the ledger's changes, merge the remote's, push.
    Sync(sync::SyncArgs),
    /// Write the ledger as an Excel workbook, a CSV file or a calendar feed (ics).
    Export(interchange::ExportArgs),
    /// Merge an exported workbook back, or adopt an action log (.xlsx, .xls, .ods, .csv).
    Import(interchange::ImportArgs),
    /// Print shell completions.
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), or write every page into a directory.
    Man(help::ManArgs),
    /// Add a person to the directory, or update one: e-mail, language, aliases.
    Person(person::PersonArgs),
    /// E-mail each owner of overdue, due-soon or blocked items, in their language.
    Remind(remind::RemindArgs),
    /// Confirm, for your party, the other party's closure of an item.
    Confirm { id: String },
    /// Reopen a done or dropped item, with a note saying why.
    Reopen(closure::ReopenArgs),
}

/// A failed command: what to print and the exit code.
#[derive(Debug)]
pub struct Failure {
    pub code: i32,
    message: Message,
}

/// What a failure says: text already in the user's language, or a ledger
/// error said in the language the command speaks when it is printed.
#[derive(Debug)]
enum Message {
    Text(String),
    Ledger(Box<Error>),
}

impl Failure {
    /// A usage or validation failure (exit code 1).
    pub fn usage(message: impl Into<String>) -> Self {
        Failure {
            code: 1,
            message: Message::Text(message.into()),
        }
    }

    /// A failure of the system: I/O, git, a lock (exit code 2).
    pub fn system(message: impl Into<String>) -> Self {
        Failure {
            code: 2,
            message: Message::Text(message.into()),
        }
    }

    /// A failure with its own exit code.
    pub fn with_code(code: i32, message: impl Into<String>) -> Self {
        Failure {
            code,
            message: Message::Text(message.into()),
        }
    }

    /// What to print, in the language of `cat`.
    pub fn text(&self, cat: &Catalog) -> String {
        match &self.message {
            Message::Text(t) => t.clone(),
            Message::Ledger(e) => cat.ledger_error(e),
        }
    }

    /// The same failure, its text prefixed (`FILE: …`).
    fn prefixed(self, prefix: &str) -> Failure {
        match self.message {
            Message::Text(t) => Failure {
                code: self.code,
                message: Message::Text(format!("{prefix}: {t}")),
            },
            ledger => Failure {
                code: self.code,
                message: ledger,
            },
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
            message: Message::Ledger(Box::new(e)),
        }
    }
}

/// What a command did: printed its output, or failed.
type Printed = Result<(), Failure>;

/// The context every command runs in.
pub struct Env {
    pub config: Config,
    /// Where "now" comes from (`FOLLOWUP_NOW`, `FOLLOWUP_TODAY`, the system clock).
    pub clock: Clock,
    /// The language of everything the command says.
    pub lang: crate::i18n::Lang,
    /// Whether the committee's texts are shown in `lang` or as written (`--original`).
    pub reading: Reading,
    /// Where the user's records of their own recovery files are kept
    /// ([`crate::config::state_dir`]; a test's own folder).
    pub state: Option<PathBuf>,
}

impl Env {
    /// Today in `ledger`'s reference zone: the day both capitals' deadlines are read against.
    pub fn today(&self, ledger: &Ledger) -> NaiveDate {
        self.clock.today(ledger.committee.reference_zone())
    }

    /// Who is changing `ledger`, for which party, and when.
    pub fn stamp(&self, ledger: &Ledger) -> crate::ops::Stamp {
        let zone = ledger.committee.reference_zone();
        crate::ops::Stamp {
            today: self.clock.today(zone),
            at: self.clock.now(zone),
            author: self
                .config
                .person(&crate::tr!(self.cat(), "note-author-default")),
            party: self.config.party.clone(),
        }
    }

    /// The catalog of the command's language.
    pub fn cat(&self) -> &'static Catalog {
        catalog(self.lang)
    }

    /// Who reads `ledger`'s texts: the command's language, or the originals.
    pub fn audience(&self, ledger: &Ledger) -> Audience {
        Audience::new(self.lang, self.reading, &ledger.committee.languages)
    }
}

/// `--lang`'s value (a refusal is worded in the user's language by the usage error).
fn parse_lang(s: &str) -> Result<crate::i18n::Lang, help::Refused> {
    s.parse().map_err(|_| help::Refused::Lang(s.to_owned()))
}

fn parse_theme(s: &str) -> Result<crate::config::theme::ThemeChoice, help::Refused> {
    crate::config::theme::ThemeChoice::from_word(s)
        .ok_or_else(|| help::Refused::Theme(s.to_owned()))
}

fn parse_zone(s: &str) -> Result<chrono_tz::Tz, help::Refused> {
    crate::ledger::parse_zone(s).ok_or_else(|| help::Refused::Zone(s.to_owned()))
}

/// `meeting --time`'s value: `HH:MM`, or empty to remove the time.
#[derive(Debug, Clone, Copy)]
struct MeetingTime(Option<chrono::NaiveTime>);

fn parse_time(s: &str) -> Result<MeetingTime, help::Refused> {
    if s.trim().is_empty() {
        return Ok(MeetingTime(None));
    }
    crate::base::clock::parse_time(s.trim())
        .map(|t| MeetingTime(Some(t)))
        .ok_or_else(|| help::Refused::Time(s.to_owned()))
}

fn parse_closure(s: &str) -> Result<crate::ledger::Closure, help::Refused> {
    crate::ledger::Closure::parse(s).ok_or_else(|| help::Refused::Closure(s.to_owned()))
}

/// A path as it may be printed (a file name can hold control characters).
pub(crate) fn shown(p: &std::path::Path) -> String {
    crate::base::text::visible_line(&p.display().to_string()).into_owned()
}

/// What a command wants of the ledger, when that changes which one is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LedgerUse {
    /// Open the ledger found (every command but `sync`).
    Open,
    /// `sync`: in a repository without a ledger, the repository's ledger is
    /// the one to bring in from the remote.
    Sync,
}

/// The ledger a command uses, and what to tell the user about the choice
/// (the sample just created, or a ledger other than the one they would
/// assume): the dashboard shows it on its status line, commands print it.
pub struct ChosenLedger {
    pub store: Store,
    pub notice: Option<LedgerNotice>,
}

/// What the user should know about the ledger chosen for them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LedgerNotice {
    /// The default ledger did not exist: it was created from the sample.
    CreatedSample(PathBuf),
    /// Inside the repository at `top`, which has no ledger.json, this other
    /// ledger (the config's or the data directory's) is used.
    NotTheRepositorys { top: PathBuf, path: PathBuf },
}

impl LedgerNotice {
    /// The notice in the user's language.
    pub fn words(&self, cat: &crate::i18n::Catalog) -> String {
        match self {
            LedgerNotice::CreatedSample(path) => {
                tr!(cat, "cli-created-sample", path = shown(path))
            }
            LedgerNotice::NotTheRepositorys { top, path } => tr!(
                cat,
                "cli-not-the-repository-ledger",
                top = shown(top),
                path = shown(path)
            ),
        }
    }
}

/// Finds the ledger and prints what the user should know about the choice.
pub fn ledger_store(arg: Option<PathBuf>, env: &Env) -> Result<Store, Failure> {
    let chosen = choose_ledger(arg, env, LedgerUse::Open)?;
    if let Some(n) = &chosen.notice {
        eprintln!("followup: {}", n.words(env.cat()));
    }
    Ok(chosen.store)
}

/// Finds the ledger: see [`resolve_ledger`] for the order. The sample is
/// written only for the default ledger, outside any git repository: inside
/// one, or for a ledger the user named, a missing ledger is an error that
/// says how to get it (`sync`, `init`). A ledger that is a symbolic link
/// leading out of its repository is refused, whichever way it was found.
/// `sync` is never given a sample: outside a repository it says to clone
/// one, and inside one a named ledger still missing is for it to bring in.
pub fn choose_ledger(
    arg: Option<PathBuf>,
    env: &Env,
    wanted: LedgerUse,
) -> Result<ChosenLedger, Failure> {
    let cat = env.cat();
    let (mut path, mut source) = resolve_ledger(arg, &env.config)?
        .ok_or_else(|| Failure::usage(tr!(cat, "cli-no-ledger-path")))?;
    let here = std::env::current_dir().ok();
    let top = here
        .as_deref()
        .and_then(crate::config::work_tree_around)
        .map(std::path::Path::to_owned);
    match (source, &top, wanted) {
        (LedgerSource::Default, Some(top), LedgerUse::Sync) => {
            path = top.join("ledger.json");
            source = LedgerSource::Repository;
        }
        (LedgerSource::Default, None, LedgerUse::Sync) => {
            let dir = here.as_deref().map(shown).unwrap_or_default();
            return Err(Failure::usage(tr!(
                cat,
                "cli-sync-outside-clone",
                dir = dir
            )));
        }
        _ => {}
    }
    crate::config::ensure_inside_repository(&path)?;
    // Inside a repository without its ledger.json, the data directory's
    // ledger (the sample, or a ledger of another committee) is never used:
    // an edit there would look shared and stay on this machine.
    if let (LedgerSource::Default, Some(top)) = (source, &top) {
        return Err(Failure::usage(tr!(
            cat,
            "cli-repository-without-ledger",
            top = shown(top)
        )));
    }
    let mut notice = None;
    if std::fs::symlink_metadata(&path).is_err() {
        notice = missing_ledger(&path, source, wanted, cat)?;
    }
    // Inside a repository without its own ledger.json, say which ledger is
    // used instead, so that nobody edits another ledger thinking it is the
    // shared one.
    if source == LedgerSource::ConfigFile
        && let Some(top) = &top
    {
        notice = Some(LedgerNotice::NotTheRepositorys {
            top: top.clone(),
            path: path.clone(),
        });
    }
    Ok(ChosenLedger {
        store: Store::new(path),
        notice,
    })
}

/// A ledger `path` that does not exist: the sample written for the default
/// one, `sync` left to bring in one inside a repository, an error for the
/// others that says how to get it.
fn missing_ledger(
    path: &std::path::Path,
    source: LedgerSource,
    wanted: LedgerUse,
    cat: &Catalog,
) -> Result<Option<LedgerNotice>, Failure> {
    let in_clone = || {
        let dir = std::path::absolute(path).ok();
        dir.as_deref()
            .and_then(std::path::Path::parent)
            .and_then(crate::config::work_tree_around)
            .is_some()
    };
    match source {
        LedgerSource::Default => {
            init::create(path, SAMPLE.as_bytes())?;
            return Ok(Some(LedgerNotice::CreatedSample(path.to_owned())));
        }
        LedgerSource::Argument if path.extension().is_none() && path.components().count() == 1 => {
            return Err(Failure::usage(not_a_command(
                cat,
                &path.display().to_string(),
            )));
        }
        LedgerSource::Repository | LedgerSource::CurrentDirectory => {}
        _ if wanted == LedgerUse::Sync && in_clone() => {}
        LedgerSource::Argument | LedgerSource::Environment => {
            return Err(Failure::system(tr!(
                cat,
                "cli-no-such-ledger",
                path = path.display().to_string()
            )));
        }
        LedgerSource::ConfigFile => {
            return Err(Failure::system(tr!(
                cat,
                "cli-no-such-configured-ledger",
                path = path.display().to_string(),
                config = crate::config::config_path()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default()
            )));
        }
    }
    Ok(None)
}

/// `followup NAME` where NAME is neither a command nor a file: what the
/// user may have meant.
fn not_a_command(cat: &Catalog, name: &str) -> String {
    let mut text = tr!(cat, "cli-not-a-command", name = name);
    let meant: Vec<String> = help::similar_commands(name)
        .iter()
        .map(|c| format!("`{c}`"))
        .collect();
    if !meant.is_empty() {
        text.push_str("\n  ");
        text.push_str(&tr!(
            cat,
            "help-error-did-you-mean",
            meant = meant.join(", ")
        ));
    }
    text
}

/// Runs a non-interactive command.
pub fn run(cmd: Command, global: Option<PathBuf>, env: &Env) -> Printed {
    let store = |p: Option<PathBuf>| ledger_store(p.or(global.clone()), env);
    let load = || -> Result<Ledger, Failure> { Ok(store(None)?.read_ledger()?) };
    let cmd = match portfolio::run_all(cmd, global.as_deref(), env) {
        Ok(printed) => return printed,
        Err(cmd) => *cmd,
    };
    match cmd {
        Command::Init(args) => init::init(args, global, env),
        Command::Check { path, strict, .. } => view::check(&store(path)?, strict, env),
        Command::Fmt { path, check } => view::fmt(&store(path)?, check, env),
        Command::List(args) => {
            let l = load()?;
            let printed = view::list(&l, args, env);
            drop_aside(l);
            printed
        }
        Command::Show { id, json } => view::show(&store(None)?, &id, json, env),
        Command::Add(args) => edit::add(&store(None)?, args, env),
        Command::Set { id, changes } => edit::set(&store(None)?, &id, &changes, env),
        Command::Note { id, text, author } => edit::note(&store(None)?, &id, text, author, env),
        Command::Meeting(args) => edit::meeting(&store(None)?, args, env),
        Command::Resolve(args) => edit::resolve(&store(None)?, args, env),
        Command::Committee(args) => edit::committee(&store(None)?, args, env),
        Command::Translate(args) => translate::translate(&store(None)?, args, env),
        Command::Report(args) if args.brief => brief::brief(&store(None)?, &args, env),
        Command::Report(args) => report::report(&store(None)?, args, env),
        Command::Log { id } => log::log(&store(None)?, &id, env),
        Command::Diff { rev, rev2 } => {
            history::diff(&store(None)?, rev.as_deref(), rev2.as_deref(), env)
        }
        Command::Textconv { file } => history::textconv(&file, env),
        Command::Merge {
            base,
            ours,
            theirs,
            path,
        } => history::merge(&base, &ours, &theirs, path.as_deref(), env),
        Command::GitSetup(args) => git_setup::git_setup(&store(None)?, args, env),
        Command::Recover(args) => recover::recover(&store(None)?, args, env),
        Command::Sync(args) => {
            let chosen = choose_ledger(global.clone(), env, LedgerUse::Sync)?;
            if let Some(n) = &chosen.notice {
                eprintln!("followup: {}", n.words(env.cat()));
            }
            sync::sync(&chosen.store, args, env)
        }
        Command::Completions { shell } => {
            help::completions(shell, env.lang);
            Ok(())
        }
        Command::Man(args) => help::man(args, env.lang),
        Command::Export(args) => interchange::export(&store(None)?, args, env),
        Command::Import(args) => interchange::import(&store(None)?, args, env),
        Command::Person(args) => person::person(&store(None)?, args, env),
        Command::Remind(args) => remind::remind(&store(None)?, args, env),
        Command::Confirm { id } => closure::confirm(&store(None)?, &id, env),
        Command::Reopen(args) => closure::reopen(&store(None)?, args, env),
    }
}
