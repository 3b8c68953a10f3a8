//! The detail pane: every field of the selected item, then its notes.

use super::Theme;
use crate::app::{App, Areas, LineKind, detail_lines, label_width};
use crate::base::text::{fit, visible_line};
use ratatui::buffer::Buffer;
use ratatui::style::Style;
use ratatui::widgets::{Block, Borders, Widget};

pub fn render(app: &App, t: &Theme, a: &Areas, buf: &mut Buffer) {
    let border = if app.detail_focus || app.review.is_some() {
        t.accent()
    } else {
        t.dim()
    };
    let title = match app.selected_item() {
        Some(i) if app.review.is_some() => {
            let item = &app.ledger.items[i];
            let room = usize::from(a.detail.width.saturating_sub(14));
            crate::base::text::truncate(&format!(" {} · {} ", item.id, item.title), room)
        }
        Some(i) => format!(" {} ", visible_line(&app.ledger.items[i].id)),
        None => format!(" {} ", crate::tr!(super::words::cat(app), "detail-title")),
    };
    Block::new()
        .borders(Borders::TOP)
        .border_style(border)
        .title(title)
        .render(a.detail, buf);
    let area = a.detail_text();
    let lines = detail_lines(app, usize::from(area.width));
    let label_w = label_width(super::words::cat(app));
    let max = lines.len().saturating_sub(usize::from(area.height));
    let skip = usize::from(app.detail_scroll).min(max);
    for (n, l) in lines
        .iter()
        .skip(skip)
        .take(usize::from(area.height))
        .enumerate()
    {
        let y = area.y + n as u16;
        let w = usize::from(area.width);
        let text = visible_line(&l.text);
        let text = text.as_ref();
        match l.kind {
            LineKind::Field => {
                let (x, _) = buf.set_stringn(area.x, y, fit(&l.label, label_w), w, t.dim());
                buf.set_stringn(
                    x + 1,
                    y,
                    text,
                    w.saturating_sub(label_w + 1),
                    value_style(app, t, &l.label),
                );
            }
            LineKind::Heading => {
                buf.set_stringn(area.x, y, text, w, t.bold());
            }
            LineKind::NoteHead => {
                buf.set_stringn(area.x, y, text, w, t.accent());
            }
            LineKind::NoteText => {
                buf.set_stringn(area.x + 2, y, text, w.saturating_sub(2), Style::new());
            }
            LineKind::LastNoteHead => {
                buf.set_stringn(area.x, y, text, w, t.accent());
            }
            LineKind::LastNote => {
                buf.set_stringn(area.x, y, "▌", 1, t.accent());
                buf.set_stringn(area.x + 2, y, text, w.saturating_sub(2), t.bold());
            }
            LineKind::Conflict => {
                buf.set_stringn(area.x, y, text, w, t.overdue());
            }
            LineKind::Remark => {
                buf.set_stringn(area.x, y, text, w, t.dim());
            }
        }
    }
    if max > 0 {
        let more = format!(
            " {}/{} ",
            skip + usize::from(area.height).min(lines.len()),
            lines.len()
        );
        let x = a.detail.right().saturating_sub(more.len() as u16 + 1);
        buf.set_stringn(x, a.detail.y, more, 12, border);
    }
}

/// Late deadlines and slips stand out in the detail too.
fn value_style(app: &App, t: &Theme, label: &str) -> ratatui::style::Style {
    let Some(item) = app.selected_item().map(|i| &app.ledger.items[i]) else {
        return Default::default();
    };
    let cat = super::words::cat(app);
    let is = |id: &str| cat.text(id) == label;
    if is("field-due") {
        t.item(app, item)
    } else if is("field-status") {
        t.status(item.status)
    } else if is("detail-slipped") {
        t.due_soon()
    } else if is("field-title") {
        t.bold()
    } else {
        Default::default()
    }
}
