//! The words of a desk's sync of every committee (`y` on the portfolio).

use crate::app::Synced;
use crate::base::text::visible_line;
use crate::i18n::Catalog;
use crate::tr;

/// How the sync of every committee ended: how many synced, were up to
/// date or failed, and each failure with its committee's name and why
/// (`said` words one committee's ending).
pub fn synced_all(
    cat: &Catalog,
    ended: &[(String, Synced)],
    said: fn(&Catalog, &Synced) -> String,
) -> String {
    let current = |how: &Synced| {
        matches!(
            how,
            Synced::Done {
                pushed: 0,
                received: 0,
                ..
            }
        )
    };
    let done = |how: &Synced| matches!(how, Synced::Done { .. });
    let failures: Vec<String> = (ended.iter())
        .filter(|(_, how)| !done(how))
        .map(|(name, how)| format!("{}: {}", visible_line(name), said(cat, how)))
        .collect();
    let summary = tr!(
        cat,
        "desk-synced-all",
        n = ended.len(),
        synced = ended.iter().filter(|(_, h)| done(h) && !current(h)).count(),
        current = ended.iter().filter(|(_, h)| current(h)).count(),
        failed = failures.len()
    );
    if failures.is_empty() {
        return summary;
    }
    tr!(
        cat,
        "desk-synced-all-failed",
        said = summary,
        failures = failures.join("; ")
    )
}
