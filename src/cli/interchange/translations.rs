//! What importing a translator's workbook does, in the user's language:
//! the translations it records, those it does not because their original
//! changed since the export, and the conflicts with translations made
//! meanwhile in the ledger.

use super::{new_conflicts, skipped_lines};
use crate::i18n::Catalog;
use crate::interchange::Plan;
use crate::ledger::Ledger;
use crate::tr;
use crate::view::conflict::conflict_value;
use serde_json::Value;

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

/// A line per conflict recorded: the text's path and both translations.
fn conflict_lines(cat: &Catalog, current: &Ledger, plan: &Plan) -> Vec<String> {
    new_conflicts(current, plan.result(current))
        .map(|(id, c)| {
            let text = |v: &Value| conflict_value(cat, c, v);
            tr!(
                cat,
                "imp-conflict",
                id = id.unwrap_or_default(),
                field = c.field.to_string(),
                ours = text(&c.ours),
                theirs = text(&c.theirs)
            )
        })
        .collect()
}

/// What to do about translations left out because their original changed.
pub(super) fn outdated_hint(cat: &Catalog, plan: &Plan) -> Option<String> {
    (!plan.outdated.is_empty()).then(|| tr!(cat, "imp-outdated-hint", n = plan.outdated.len()))
}
