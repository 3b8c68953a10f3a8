//! The words of an item's history (`followup log`, the dashboard's history
//! view): a change's heading (date, author, party, signature) and its lines
//! (each field's old → new, notes, conflicts settled).

use super::{Catalog, Escape};
use crate::base::dates::format_date;
use crate::git::item_log::{LogEntry, SettledHow, Signature};
use crate::ledger::{ItemChange, describe_note};
use crate::tr;

/// The mark of a signature: ✓ trusted, ? untrusted or unverified, ✗ bad,
/// nothing when unsigned.
pub fn signature_mark(s: Signature) -> &'static str {
    match s {
        Signature::Trusted => "✓",
        Signature::Untrusted | Signature::Unverified => "?",
        Signature::Bad => "✗",
        Signature::Unsigned => "",
    }
}

impl Catalog {
    /// A change's first line: `2026-11-20  Kim Min-su <kim@…>  for SMBA  ✓ trusted signature  a1b2c3d`.
    pub fn log_heading(&self, e: &LogEntry) -> String {
        let cat = self;
        let c = &e.commit;
        let mut parts = vec![c.date.map(format_date).unwrap_or_else(|| "?".into())];
        parts.push(if c.email.is_empty() {
            c.author.clone()
        } else {
            format!("{} <{}>", c.author, c.email)
        });
        if let Some(p) = &c.party {
            parts.push(tr!(cat, "log-party", party = p.as_str()));
        }
        let signed = match c.signature {
            Signature::Trusted => Some(tr!(cat, "log-signed-trusted")),
            Signature::Untrusted => Some(tr!(cat, "log-signed-untrusted")),
            Signature::Unverified => Some(tr!(cat, "log-signed-unverified")),
            Signature::Bad => Some(tr!(cat, "log-signed-bad")),
            Signature::Unsigned => None,
        };
        if let Some(s) = signed {
            parts.push(format!("{} {s}", signature_mark(c.signature)));
        }
        parts.push(c.hash.chars().take(10).collect());
        parts.join("  ")
    }

    /// What the entry changed, a line each: `status: open → done`, a note
    /// added, a conflict settled. Shared by the dashboard's history view.
    pub fn log_lines(&self, e: &LogEntry, escape: Escape) -> Vec<String> {
        let cat = self;
        let mut out = Vec::new();
        match &e.change {
            Some(ItemChange::Added(i)) => out.push(tr!(cat, "log-added", title = i.title.as_str())),
            Some(ItemChange::Removed(_)) => out.push(tr!(cat, "log-removed")),
            Some(ItemChange::Changed {
                fields,
                notes_added,
                notes_removed,
                ..
            }) => {
                out.extend(fields.iter().map(|f| cat.field_change(f, escape)));
                out.extend(
                    notes_added
                        .iter()
                        .map(|n| tr!(cat, "log-note-added", note = describe_note(n))),
                );
                if *notes_removed > 0 {
                    out.push(tr!(cat, "log-notes-removed", n = *notes_removed));
                }
            }
            None => {}
        }
        for s in &e.settled {
            let field = s.field.as_str();
            out.push(match s.how {
                SettledHow::Ours => tr!(cat, "log-settled-ours", field = field),
                SettledHow::Theirs => tr!(cat, "log-settled-theirs", field = field),
                SettledHow::Edited => tr!(cat, "log-settled-edited", field = field),
            });
        }
        out
    }
}
