//! The detail pane: every field of the selected item, then its notes.

use super::Theme;
use super::pane::{LineKind, detail_lines, detail_lines_of};
use crate::app::{App, Areas};
use crate::base::text::{fit, visible_line};
use crate::view::detail::{Shown as Field, label_width};
use ratatui::buffer::Buffer;
use ratatui::style::Style;
use ratatui::widgets::{Block, Borders, Widget};

pub fn render(app: &App, t: &Theme, a: &Areas, buf: &mut Buffer) {
    let shown = Shown {
        item: app.selected_item(),
        scroll: app.view.detail_scroll,
    };
    render_shown(app, shown, t, a, buf);
}

/// Which item the pane shows (an index into the ledger's items), and how
/// far it is scrolled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct Shown {
    pub item: Option<usize>,
    pub scroll: u16,
}

/// The pane showing `shown`, as it is drawn when that item is selected.
pub(super) fn render_shown(app: &App, shown: Shown, t: &Theme, a: &Areas, buf: &mut Buffer) {
    let border = if app.view.detail_focus || app.view.review.is_some() {
        t.accent()
    } else {
        t.dim()
    };
    let title = match shown.item {
        Some(i) if app.view.review.is_some() => {
            let item = &app.doc.ledger().items[i];
            let room = usize::from(a.detail.width.saturating_sub(14));
            let title = crate::view::texts::marked(super::words::cat(app), app.title(item));
            crate::base::text::truncate(&format!(" {} · {title} ", item.id), room)
        }
        Some(i) => format!(" {} ", visible_line(&app.doc.ledger().items[i].id)),
        None => format!(" {} ", crate::tr!(super::words::cat(app), "detail-title")),
    };
    Block::new()
        .borders(Borders::TOP)
        .border_style(border)
        .title(title)
        .render(a.detail, buf);
    let area = a.detail_text();
    let lines = detail_lines_of(app, shown.item, usize::from(area.width));
    let label_w = label_width(super::words::cat(app));
    let max = lines.len().saturating_sub(usize::from(area.height));
    let skip = usize::from(shown.scroll).min(max);
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
            LineKind::Field(field) => {
                let (x, _) = buf.set_stringn(area.x, y, fit(&l.label, label_w), w, t.dim());
                buf.set_stringn(
                    x + 1,
                    y,
                    text,
                    w.saturating_sub(label_w + 1),
                    value_style(app, shown.item, t, field, l.label.is_empty()),
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
            LineKind::TitleLanguage => {
                let x = area.x + label_w as u16 + 1;
                buf.set_stringn(x, y, text, w.saturating_sub(label_w + 1), t.dim());
            }
            LineKind::NoteLanguage => {
                buf.set_stringn(area.x + 2, y, text, w.saturating_sub(2), t.dim());
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
/// (Continuation lines, without a label, keep the plain style.)
fn value_style(
    app: &App,
    item: Option<usize>,
    t: &Theme,
    field: Field,
    continued: bool,
) -> ratatui::style::Style {
    if continued {
        return Default::default();
    }
    let Some(item) = item.map(|i| &app.doc.ledger().items[i]) else {
        return Default::default();
    };
    match field {
        Field::Due => t.item(app, item),
        Field::Status => t.status(item.status),
        Field::Slipped => t.due_soon(),
        Field::Title => t.bold(),
        _ => Default::default(),
    }
}

/// How many lines the detail pane holds now, in the app's terminal (the
/// count `update` needs to stop scrolling at the end).
pub fn line_count(app: &App) -> u16 {
    let a = app.areas(app.view.size);
    let lines = detail_lines(app, usize::from(a.detail_text().width)).len();
    u16::try_from(lines).unwrap_or(u16::MAX)
}
