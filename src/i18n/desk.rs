//! Why the dashboard cannot open the portfolio (`followup --all`), in words.

use super::Catalog;
use crate::base::text::visible_line;
use crate::portfolio::PortfolioError;
use crate::tr;

/// Why the portfolio of `[[portfolio]]` in config.toml cannot be opened.
pub fn portfolio_unusable(cat: &Catalog, e: &PortfolioError) -> String {
    let shown = |p: &std::path::Path| visible_line(&p.display().to_string()).into_owned();
    match e {
        PortfolioError::Empty => tr!(cat, "desk-no-portfolio"),
        PortfolioError::Entry { index } => tr!(cat, "desk-portfolio-entry", n = *index),
        PortfolioError::Folder { path, cause } => tr!(
            cat,
            "desk-portfolio-folder",
            path = shown(path),
            why = cat.io_error(cause)
        ),
        PortfolioError::SameName { name } => tr!(
            cat,
            "desk-portfolio-same-name",
            name = visible_line(name).into_owned()
        ),
    }
}
