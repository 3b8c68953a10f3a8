//! The selected item's history in the detail pane (`L`): newest first, each
//! change's date, author, party and signature mark (✓ trusted, ? untrusted,
//! ✗ bad, nothing when unsigned), then its lines (`status: open → done`).
//! Everything the repository holds is shown through `visible_line`.

use crate::app::{App, ItemLogView};
use crate::base::dates::format_date;
use crate::base::text::visible_line;
use crate::i18n::{Catalog, Escape, signature_mark};
use crate::tr;

/// What a line of the history is (the pane gives each its look).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Heading,
    Remark,
    /// A change's date, author, party and signature mark.
    Head,
    /// A line of what it changed.
    Text,
}

fn line(kind: LineKind, text: String) -> (LineKind, String) {
    (kind, visible_line(&text).into_owned())
}

/// The lines of item `id`'s history, when it is on view (else none), wrapped
/// by `wrap` to the pane.
pub fn item_log_lines(
    cat: &Catalog,
    app: &App,
    id: &str,
    wrap: impl Fn(&str) -> Vec<String>,
) -> Vec<(LineKind, String)> {
    let Some(log) = app.view.item_log.as_ref().filter(|l| l.id() == id) else {
        return Vec::new();
    };
    let mut out = vec![line(LineKind::Heading, tr!(cat, "item-log-heading"))];
    match log {
        ItemLogView::Loading { .. } => {
            out.push(line(LineKind::Remark, tr!(cat, "item-log-loading")));
        }
        ItemLogView::Failed { .. } => {
            out.push(line(LineKind::Remark, tr!(cat, "item-log-failed")));
        }
        ItemLogView::Loaded { entries, .. } if entries.is_empty() => {
            out.push(line(LineKind::Remark, tr!(cat, "item-log-empty")));
        }
        ItemLogView::Loaded { entries, .. } => {
            for e in entries {
                let c = &e.commit;
                let mut head = vec![
                    c.date.map(format_date).unwrap_or_default(),
                    c.author.clone(),
                ];
                head.extend(c.party.clone());
                head.push(signature_mark(c.signature).to_owned());
                let head = head.join("  ");
                out.push(line(LineKind::Head, head.trim_end().to_owned()));
                for text in cat.log_lines(e, Escape::Pane) {
                    for (n, part) in wrap(&text).into_iter().enumerate() {
                        let part = if n == 0 { part } else { format!("  {part}") };
                        out.push(line(LineKind::Text, part));
                    }
                }
            }
        }
    }
    out.push(line(LineKind::Text, String::new()));
    out
}
