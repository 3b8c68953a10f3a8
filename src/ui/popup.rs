//! The filter menu and its pick lists.

use super::Theme;
use crate::app::{App, Does, FilterKind, KEYMAP, Scope};
use crate::text::{fit, visible_line};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, Clear, Widget};

fn frame(t: &Theme, title: &str, w: u16, h: u16, area: Rect, buf: &mut Buffer) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height.saturating_sub(4));
    let popup = Rect::new(area.x + (area.width - w) / 2, area.y + 3, w, h);
    Clear.render(popup, buf);
    let block = Block::bordered()
        .border_style(t.accent())
        .title(format!(" {title} "));
    let inner = block.inner(popup);
    block.render(popup, buf);
    inner
}

/// The filter menu, listing the filter-menu bindings of the key table.
pub fn filter_menu(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let entries: Vec<_> = KEYMAP
        .iter()
        .filter(|b| b.scopes == [Scope::FilterMenu] && matches!(b.does, Does::Act(_)))
        .collect();
    let inner = frame(t, "Filter", 48, entries.len() as u16 + 4, area, buf);
    let now = if app.filter.is_empty() {
        "none".to_owned()
    } else {
        visible_line(&app.filter_label()).into_owned()
    };
    buf.set_stringn(
        inner.x + 1,
        inner.y,
        format!("now: {now}"),
        usize::from(inner.width) - 1,
        t.bold(),
    );
    for (n, b) in entries.iter().enumerate() {
        let y = inner.y + 2 + n as u16;
        if y >= inner.bottom() {
            break;
        }
        let key = b.keys[0].label();
        let (x, _) = buf.set_stringn(inner.x + 2, y, fit(&key, 3), 3, t.accent());
        buf.set_stringn(
            x + 1,
            y,
            b.help,
            usize::from(inner.width).saturating_sub(6),
            Style::new(),
        );
    }
}

/// A list of statuses, owners or workstreams to filter by.
pub fn pick(app: &App, t: &Theme, kind: FilterKind, cursor: usize, area: Rect, buf: &mut Buffer) {
    let (title, hint) = match kind {
        FilterKind::Status => ("Status", "Enter/Space toggle · Esc done"),
        FilterKind::Owner => ("Owner", "Enter choose · Esc back"),
        FilterKind::Workstream => ("Workstream", "Enter choose · Esc back"),
    };
    let len = app.pick_len(kind);
    let inner = frame(t, title, 44, len as u16 + 3, area, buf);
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
            &format!("{mark} {}", app.pick_label(kind, c)),
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
