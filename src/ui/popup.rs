//! The filter menu and its pick lists.

use super::Theme;
use super::words::{self, cat};
use crate::app::{Action, App, Does, FilterKind, Scope, Streams};
use crate::base::text::{fit, visible_line};
use crate::ledger::Status;
use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, Clear, Widget};

/// Clears `area` for a popup (painted with the theme's background), and a
/// wide character (Hangul) of the screen beneath that straddles its left
/// edge, which would otherwise cover the popup's border.
pub fn clear(t: &Theme, area: Rect, buf: &mut Buffer) {
    Clear.render(area, buf);
    buf.set_style(area, t.base());
    if area.x > buf.area.x {
        for y in area.top()..area.bottom().min(buf.area.bottom()) {
            let cell = &mut buf[(area.x - 1, y)];
            if crate::base::text::width(cell.symbol()) > 1 {
                cell.set_symbol(" ");
            }
        }
    }
}

pub(super) fn frame(t: &Theme, title: &str, w: u16, h: u16, area: Rect, buf: &mut Buffer) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height.saturating_sub(4));
    let popup = Rect::new(area.x + (area.width - w) / 2, area.y + 3, w, h);
    clear(t, popup, buf);
    let block = Block::bordered()
        .border_style(t.accent())
        .title(format!(" {title} "));
    let inner = block.inner(popup);
    block.render(popup, buf);
    inner
}

/// The filter menu, listing the filter-menu bindings of the key table.
pub fn filter_menu(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let entries: Vec<_> = (app.keymap.bindings().iter())
        .filter(|b| *b.scopes == [Scope::FilterMenu] && matches!(b.does, Does::Act(_)))
        .filter(|b| !b.keys.is_empty())
        .collect();
    let cat = cat(app);
    let title = tr!(cat, "filter-title");
    let inner = frame(t, &title, 52, entries.len() as u16 + 4, area, buf);
    let now = if app.view.filter.is_empty() {
        tr!(cat, "filter-none")
    } else {
        visible_line(&words::filter(cat, &app.view.filter, app.view.streams)).into_owned()
    };
    buf.set_stringn(
        inner.x + 1,
        inner.y,
        tr!(cat, "filter-now", f = now),
        usize::from(inner.width) - 1,
        t.bold(),
    );
    for (n, b) in entries.iter().enumerate() {
        let y = inner.y + 2 + n as u16;
        if y >= inner.bottom() {
            break;
        }
        let key = words::key(cat, b.keys[0]);
        let (x, _) = buf.set_stringn(inner.x + 2, y, fit(&key, 3), 3, t.accent());
        let by_committee = app.view.streams == Streams::Committees
            && b.does == Does::Act(Action::FilterBy(FilterKind::Workstream));
        let help = if by_committee {
            tr!(cat, "key-filter-committee")
        } else {
            cat.text(b.help)
        };
        buf.set_stringn(
            x + 1,
            y,
            help,
            usize::from(inner.width).saturating_sub(6),
            Style::new(),
        );
    }
}

/// A list of statuses, owners or workstreams to filter by.
pub fn pick(app: &App, t: &Theme, kind: FilterKind, cursor: usize, area: Rect, buf: &mut Buffer) {
    let cat = cat(app);
    let (title, hint) = match kind {
        FilterKind::Status => (tr!(cat, "col-status"), tr!(cat, "pick-hint-status")),
        FilterKind::Owner => (tr!(cat, "col-owners"), tr!(cat, "pick-hint")),
        FilterKind::Workstream => (words::streams_title(app), tr!(cat, "pick-hint")),
    };
    let len = app.pick_len(kind);
    let inner = frame(t, &title, 44, len as u16 + 3, area, buf);
    let h = usize::from(inner.height.saturating_sub(1));
    let first = (cursor + 1).saturating_sub(h);
    for (n, c) in (first..len).take(h).enumerate() {
        let y = inner.y + n as u16;
        let mark = match (kind, app.pick_active(kind, c)) {
            (FilterKind::Status, true) => "[x]",
            (FilterKind::Status, false) => "[ ]",
            (_, true) => "(•)",
            (_, false) => "( )",
        };
        let text = fit(
            &format!("{mark} {}", pick_label(app, kind, c)),
            usize::from(inner.width) - 2,
        );
        let style = if c == cursor {
            t.selected()
        } else {
            Style::new()
        };
        buf.set_stringn(inner.x + 1, y, text, usize::from(inner.width) - 1, style);
    }
    buf.set_stringn(
        inner.x + 1,
        inner.bottom() - 1,
        hint,
        usize::from(inner.width) - 1,
        t.dim(),
    );
}

/// The label of a pick-list choice; the first owner or workstream choice is "any".
fn pick_label(app: &App, kind: FilterKind, n: usize) -> String {
    let cat = cat(app);
    match (kind, n) {
        (FilterKind::Status, n) => cat.status(Status::ALL[n]),
        (_, 0) => tr!(cat, "pick-any"),
        (FilterKind::Owner, n) => app.index.owners[n - 1].clone(),
        (FilterKind::Workstream, n) => words::workstream_marked(app, &app.index.workstreams[n - 1]),
    }
}
