//! The minutes' closures in words: one line per item, its ledger text
//! (parties) passed through the output's own escaping.

use super::closures::{Awaited, Confirmed};
use crate::i18n::Catalog;
use crate::tr;

/// `done for INADEM (Mexico) on 23 November 2026, confirmed by SMBA (Korea) on 24 November 2026`.
pub(super) fn confirmed(cat: &Catalog, c: &Confirmed, esc: impl Fn(&str) -> String) -> String {
    tr!(
        cat,
        "report-closure-confirmed",
        status = cat.status(c.item.status),
        closer = esc(&c.closed.party),
        closed = cat.formal_date(c.closed_on),
        party = esc(&c.confirmed.party),
        confirmed = cat.formal_date(c.confirmed_on)
    )
}

/// `done for INADEM (Mexico) on 23 November 2026, awaiting confirmation by SMBA (Korea)`.
pub(super) fn awaiting(cat: &Catalog, a: &Awaited, esc: impl Fn(&str) -> String) -> String {
    tr!(
        cat,
        "report-closure-awaiting",
        status = cat.status(a.item.status),
        closer = esc(&a.closed.party),
        closed = cat.formal_date(a.closed_on),
        parties = esc(&a.from.join(", "))
    )
}
