//! What importing a translator's workbook does, in the user's language:
//! the translations it records, those it does not because their original
//! changed since the export, and the conflicts with translations made
//! meanwhile in the ledger.

use super::{conflict_lines, skipped_lines};
use crate::i18n::Catalog;
use crate::interchange::Plan;
use crate::ledger::Ledger;
use crate::tr;

/// A line per translation recorded or left out, then the conflicts and
/// the rows left out by `--skip-bad`.
pub(super) fn changes(cat: &Catalog, current: &Ledger, plan: &Plan) -> Vec<String> {
    let mut out: Vec<String> = plan
        .translated
        .iter()
        .map(|t| {
            tr!(
                cat,
                "imp-translated",
                text = cat.text_ref(&t.target),
                translation = t.text.as_str()
            )
        })
        .collect();
    out.extend(plan.outdated.iter().map(|t| {
        tr!(
            cat,
            "imp-outdated",
            text = cat.text_ref(&t.target),
            translation = t.text.as_str()
        )
    }));
    out.extend(conflict_lines(cat, current, plan));
    out.extend(skipped_lines(cat, plan));
    out
}

/// What to do about translations left out because their original changed.
pub(super) fn outdated_hint(cat: &Catalog, plan: &Plan) -> Option<String> {
    (!plan.outdated.is_empty()).then(|| tr!(cat, "imp-outdated-hint", n = plan.outdated.len()))
}
