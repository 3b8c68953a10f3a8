//! What the dashboard opens: one ledger or the whole portfolio.

use std::path::PathBuf;

/// What the dashboard opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opening {
    /// One ledger: this path, else the configured or found one.
    Ledger(Option<PathBuf>),
    /// Every committee of the portfolio (`--all`).
    Portfolio,
}

impl Opening {
    /// The portfolio with `--all` (`all`), else the ledger at `path`.
    pub fn of(path: Option<PathBuf>, all: bool) -> Opening {
        if all {
            Opening::Portfolio
        } else {
            Opening::Ledger(path)
        }
    }
}
