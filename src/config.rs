//! Where things live: the config file, the default ledger, and the settings
//! people may change (`config.toml` in the platform's config directory).

mod keys;
pub mod theme;
pub mod theme_file;

pub use keys::{KeySetting, Written};

use crate::ledger::Error;
use serde::Deserialize;
use std::io;
use std::path::{Path, PathBuf};

/// Environment variable naming the ledger file.
pub const LEDGER_VAR: &str = "FOLLOWUP_LEDGER";
/// Environment variable naming the config file (overrides the platform location).
pub const CONFIG_VAR: &str = "FOLLOWUP_CONFIG";

/// Settings read from `config.toml`; every key is optional.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// The ledger to open when no path is given.
    pub ledger: Option<PathBuf>,
    /// The author of notes.
    pub author: Option<String>,
    /// The party the user speaks for (`"SMBA (Korea)"`): the author of the
    /// notes they write when `author` is not set.
    pub party: Option<String>,
    /// Save after every edit in the TUI (on unless set to false).
    pub autosave: bool,
    /// How many days ahead count as "due soon".
    pub review_window_days: u32,
    /// The language to speak (`en`, `es`, `ko`, or a locale such as `es_MX`);
    /// `--lang` beats it, and without either the locale decides.
    pub language: Option<String>,
    /// The SMTP server of `followup remind --send`: `smtp://host[:port]`
    /// (STARTTLS) or `smtps://host[:port]` (TLS).
    pub smtp: Option<String>,
    /// `none` for plain SMTP to a local relay; otherwise TLS is required.
    pub smtp_tls: Option<String>,
    /// The SMTP user name, when the server wants one.
    pub smtp_user: Option<String>,
    /// A command whose output is the SMTP password, run with `sh -c`.
    pub smtp_password_command: Option<String>,
    /// The sender of reminders: `Secretaría Técnica <secretariat@example.org>`.
    pub from: Option<String>,
    /// Sync once when the dashboard quits (off unless set to true).
    pub sync_on_quit: bool,
    /// The committees the user follows (`[[portfolio]]`), for `--all`.
    pub portfolio: Vec<PortfolioEntry>,
    /// The dashboard's theme: `dark` (the default), `light`,
    /// `high-contrast` or `auto`; `--theme` beats it.
    pub theme: theme::ThemeSetting,
    /// A theme file whose colours go over the themes' (`~/` is the home
    /// directory; relative to the config file's directory).
    pub theme_file: Option<PathBuf>,
    /// `[keys]`: the keys the user chose for the dashboard's actions, each
    /// with its line (the dashboard refuses a bad one naming it).
    #[serde(deserialize_with = "keys::table_only")]
    pub keys: Vec<KeySetting>,
}

/// One `[[portfolio]]` entry: a ledger (`path`, a file or a repository
/// holding `ledger.json`) or a folder of such repositories (`folder`).
#[derive(Debug, Clone, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct PortfolioEntry {
    pub path: Option<PathBuf>,
    pub folder: Option<PathBuf>,
    /// The committee's name in the portfolio (for `path` entries).
    pub name: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            ledger: None,
            author: None,
            party: None,
            autosave: true,
            review_window_days: 7,
            language: None,
            smtp: None,
            smtp_tls: None,
            smtp_user: None,
            smtp_password_command: None,
            from: None,
            sync_on_quit: false,
            portfolio: Vec::new(),
            theme: theme::ThemeSetting::default(),
            theme_file: None,
            keys: Vec::new(),
        }
    }
}

/// Why `config.toml` cannot be used; worded in the catalog (`Catalog::config_error`).
#[derive(Debug)]
pub enum ConfigError {
    /// The file exists but cannot be read.
    Unreadable { path: PathBuf, cause: io::Error },
    /// Not TOML, or a key or value `config.toml` does not have: where, and
    /// the TOML reader's own description.
    Invalid {
        path: PathBuf,
        line: usize,
        column: usize,
        detail: String,
    },
    /// `language` names a language followup does not speak.
    UnknownLanguage { value: String },
    /// The path is not a regular file of a config's size (a folder, a
    /// FIFO, a device, or larger than [`MAX_CONFIG_BYTES`]).
    Refused(crate::ledger::Error),
}

/// The largest config file read (a few lines are enough).
pub const MAX_CONFIG_BYTES: u64 = 1 << 20;

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "followup")
}

/// The config file: `$FOLLOWUP_CONFIG`, else `config.toml` in the config directory.
pub fn config_path() -> Option<PathBuf> {
    match std::env::var_os(CONFIG_VAR) {
        Some(p) if !p.is_empty() => Some(PathBuf::from(p)),
        _ => project_dirs().map(|d| d.config_dir().join("config.toml")),
    }
}

/// The ledger used when nothing else names one: `ledger.json` in the data directory.
pub fn default_ledger_path() -> Option<PathBuf> {
    project_dirs().map(|d| d.data_dir().join("ledger.json"))
}

/// True when `NO_COLOR` is set and not empty (<https://no-color.org>).
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

impl Config {
    /// Reads the config file; a missing file gives the defaults.
    pub fn load() -> Result<Config, ConfigError> {
        match config_path() {
            Some(p) => Config::from_file(&p),
            None => Ok(Config::default()),
        }
    }

    /// Reads a config file; a missing file gives the defaults.
    pub fn from_file(path: &Path) -> Result<Config, ConfigError> {
        // Never blocks on a FIFO nor reads a device: a regular file of a
        // config's size, or nothing.
        let file = match crate::ledger::open_regular(path, path, MAX_CONFIG_BYTES) {
            Ok(Some(f)) => f,
            Ok(None) => return Ok(Config::default()),
            Err(crate::ledger::Error::Io { source, .. }) => {
                return Err(ConfigError::Unreadable {
                    path: path.to_owned(),
                    cause: source,
                });
            }
            Err(e) => return Err(ConfigError::Refused(e)),
        };
        let mut text = String::new();
        if let Err(cause) =
            io::Read::read_to_string(&mut io::Read::take(file, MAX_CONFIG_BYTES), &mut text)
        {
            return Err(ConfigError::Unreadable {
                path: path.to_owned(),
                cause,
            });
        }
        let config: Config = toml::from_str(&text).map_err(|e| {
            let (line, column) = e
                .span()
                .map(|s| crate::ledger::line_col(&text, s.start))
                .unwrap_or((1, 1));
            ConfigError::Invalid {
                path: path.to_owned(),
                line,
                column,
                detail: e.message().to_owned(),
            }
        })?;
        Ok(Config {
            keys: keys::read(&text),
            theme: config.theme.clone().in_text(&text),
            ..config
        })
    }

    /// The author of notes: the config's `author` with the party they speak
    /// for (`Ana López · INADEM (Mexico)`), else its `party`, else `$USER`,
    /// else `secretariat` (the secretariat's name in the user's language,
    /// chosen by the caller: `Secretaría Técnica`, `사무국`).
    pub fn author(&self, secretariat: &str) -> String {
        let set = |a: &Option<String>| a.clone().filter(|a| !a.trim().is_empty());
        let party = set(&self.party);
        set(&self.author)
            .map(|a| crate::ledger::Note::author_for(&a, party.as_deref()))
            .or(party)
            .or_else(|| set(&std::env::var("USER").ok()))
            .unwrap_or_else(|| secretariat.to_owned())
    }

    /// Who the user is, without the party (which a closure records apart):
    /// the config's `author`, else `$USER`, else `secretariat`.
    pub fn person(&self, secretariat: &str) -> String {
        let set = |a: &Option<String>| a.clone().filter(|a| !a.trim().is_empty());
        set(&self.author)
            .or_else(|| set(&std::env::var("USER").ok()))
            .unwrap_or_else(|| secretariat.to_owned())
    }
}

/// How the ledger path was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LedgerSource {
    Argument,
    Environment,
    /// `ledger.json` in the current directory.
    CurrentDirectory,
    Repository,
    ConfigFile,
    Default,
}

/// `ledger.json` at the top of the git work tree around `dir`, if there is one.
///
/// The file arrives with the repository, so it is trusted no further than the
/// repository: when it (or a directory above it) is a symbolic link that
/// resolves outside the work tree, it is refused with
/// `Error::OutsideRepository`. Anything else by that name is chosen, so that
/// a FIFO or a directory is refused by the store with a clear error rather
/// than passed over for another ledger.
pub fn repository_ledger(dir: &Path) -> Result<Option<PathBuf>, Error> {
    let Some(top) = dir.ancestors().find(|d| d.join(".git").exists()) else {
        return Ok(None);
    };
    let path = top.join("ledger.json");
    if std::fs::symlink_metadata(&path).is_err() {
        return Ok(None);
    }
    // A dangling link names no ledger: as before, look elsewhere.
    let (Ok(target), Ok(root)) = (std::fs::canonicalize(&path), std::fs::canonicalize(top)) else {
        return Ok(None);
    };
    if !target.starts_with(&root) {
        return Err(Error::OutsideRepository { path, target, root });
    }
    Ok(Some(path))
}

/// A path from the config file: `~/` is the home directory, and a relative
/// path is taken from the config file's directory.
pub fn config_relative(p: &Path) -> PathBuf {
    if let (Ok(rest), Some(home)) = (p.strip_prefix("~"), std::env::var_os("HOME")) {
        return PathBuf::from(home).join(rest);
    }
    match config_path().as_deref().and_then(Path::parent) {
        Some(dir) if p.is_relative() => dir.join(p),
        _ => p.to_owned(),
    }
}

/// Chooses the ledger: the argument, `$FOLLOWUP_LEDGER`, `ledger.json` in
/// the current directory, `ledger.json` at the top of the git repository you
/// are in, the config's `ledger`, then the default in the data directory.
/// Fails only when the repository's `ledger.json` leads outside the
/// repository (see [`repository_ledger`]).
pub fn resolve_ledger(
    arg: Option<PathBuf>,
    config: &Config,
) -> Result<Option<(PathBuf, LedgerSource)>, Error> {
    if let Some(p) = arg {
        return Ok(Some((p, LedgerSource::Argument)));
    }
    if let Some(p) = std::env::var_os(LEDGER_VAR).filter(|p| !p.is_empty()) {
        return Ok(Some((PathBuf::from(p), LedgerSource::Environment)));
    }
    if let Ok(dir) = std::env::current_dir()
        && std::fs::symlink_metadata(dir.join("ledger.json")).is_ok()
        && !dir.join(".git").exists()
    {
        return Ok(Some((
            dir.join("ledger.json"),
            LedgerSource::CurrentDirectory,
        )));
    }
    if let Ok(dir) = std::env::current_dir()
        && let Some(p) = repository_ledger(&dir)?
    {
        return Ok(Some((p, LedgerSource::Repository)));
    }
    if let Some(p) = &config.ledger {
        return Ok(Some((config_relative(p), LedgerSource::ConfigFile)));
    }
    Ok(default_ledger_path().map(|p| (p, LedgerSource::Default)))
}

/// The top of the git work tree around `dir`, if any.
pub fn work_tree_around(dir: &Path) -> Option<&Path> {
    dir.ancestors().find(|d| d.join(".git").exists())
}

/// Refuses a ledger path that is a symbolic link, inside a git work tree,
/// resolving outside it (the link may have come with the repository),
/// whichever way the path was chosen.
pub fn ensure_inside_repository(path: &Path) -> Result<(), Error> {
    if !std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Ok(());
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    };
    let Ok(dir) = std::fs::canonicalize(&dir) else {
        return Ok(());
    };
    let Some(top) = work_tree_around(&dir) else {
        return Ok(());
    };
    let root = top.to_owned();
    match std::fs::canonicalize(path) {
        Ok(target) if target.starts_with(&root) => Ok(()),
        Ok(target) => Err(Error::OutsideRepository {
            path: path.to_owned(),
            target,
            root,
        }),
        // A dangling link: the store says it is missing.
        Err(_) => Ok(()),
    }
}

/// Where copies kept to spare work go (the ledger at a period's start, for
/// the next report of the period): the platform's cache directory
/// (`$XDG_CACHE_HOME/followup`).
pub fn cache_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.cache_dir().to_owned())
}

/// Where state kept between runs goes (unsaved edits the dashboard could not
/// keep beside the ledger): the platform's state directory
/// (`$XDG_STATE_HOME/followup`), else its local data directory.
pub fn state_dir() -> Option<PathBuf> {
    project_dirs().map(|d| d.state_dir().unwrap_or(d.data_local_dir()).to_owned())
}
