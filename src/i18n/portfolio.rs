//! Why a desk's portfolio (`[[portfolio]]` in config.toml) cannot be listed,
//! in the user's language: the CLI's `--all` and the dashboard's portfolio
//! say it the same way.

use super::Catalog;
use crate::portfolio::PortfolioError;
use crate::tr;

impl Catalog {
    /// A [`PortfolioError`] as one sentence naming the config file or folder to fix.
    pub fn portfolio_error(&self, e: &PortfolioError) -> String {
        let config = || {
            crate::config::config_path()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| "config.toml".to_owned())
        };
        match e {
            PortfolioError::Entry { index } => tr!(
                self,
                "portfolio-err-entry",
                config = config(),
                index = *index
            ),
            PortfolioError::Folder { path, cause } => tr!(
                self,
                "portfolio-err-folder",
                path = path.display().to_string(),
                cause = self.io_error(cause)
            ),
            PortfolioError::SameName { name } => tr!(
                self,
                "portfolio-err-same-name",
                name = name.as_str(),
                config = config()
            ),
            PortfolioError::SameLedger {
                first,
                second,
                path,
            } => tr!(
                self,
                "portfolio-err-same-ledger",
                first = first.as_str(),
                second = second.as_str(),
                path = path.display().to_string(),
                config = config()
            ),
            PortfolioError::Empty => tr!(self, "portfolio-err-empty", config = config()),
        }
    }
}
