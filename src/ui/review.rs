//! Review mode: the progress line and the agenda, section by section, with
//! the item under discussion highlighted (the detail pane is drawn beside).

use super::SearchMark;
use super::Theme;
use super::table::{due_text, due_width, marks, status_cell};
use super::words::{self, cat};
use crate::app::{Agenda, AgendaRow, App};
use crate::base::dates::format_date;
use crate::base::text::{fit, width};
use crate::i18n::When;
use crate::tr;
use crate::view::texts::fit_marked;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

/// Columns of the progress bar on the progress line.
const BAR: usize = 20;

/// The progress line: where the meeting is in the agenda.
pub fn progress(app: &App, agenda: &Agenda, t: &Theme, area: Rect, buf: &mut Buffer) {
    let cat = cat(app);
    let total = agenda.entries.len();
    let window = app.options.review_window_days;
    let mut spans = vec![Span::styled(
        format!(" {} ", tr!(cat, "review-badge")),
        t.bar().add_modifier(Modifier::BOLD),
    )];
    if total == 0 {
        spans.push(Span::styled(
            format!("  {}", tr!(cat, "review-empty")),
            t.bold(),
        ));
    } else {
        let at = agenda.cursor + 1;
        let filled = (at * BAR).div_ceil(total).min(BAR);
        spans.push(Span::raw("  "));
        spans.push(Span::styled("━".repeat(filled), t.accent()));
        spans.push(Span::styled("─".repeat(BAR - filled), t.dim()));
        spans.push(Span::styled(
            format!("  {}", tr!(cat, "review-at", at = at, n = total)),
            t.bold(),
        ));
        if let Some((section, n, of)) = agenda.place_in_section() {
            spans.push(Span::raw(format!(
                "  ·  {}",
                tr!(
                    cat,
                    "review-section-at",
                    section = words::section(cat, section, window),
                    at = n,
                    n = of
                )
            )));
        }
    }
    let since = match agenda.since {
        Some(d) => {
            let ago = words::relative(cat, d, app.today, When::Event);
            let last = tr!(cat, "review-last", date = format_date(d), ago = ago);
            format!("  ·  {last}")
        }
        None => format!("  ·  {}", tr!(cat, "review-first")),
    };
    let used: usize = spans.iter().map(|s| width(&s.content)).sum();
    if used + width(&since) < usize::from(area.width) {
        spans.push(Span::styled(since, t.dim()));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

/// Column widths of the agenda for a list `width` columns wide.
struct Cols {
    id: usize,
    title: usize,
    owners: usize,
    status: usize,
    due: usize,
    full_due: bool,
}

impl Cols {
    /// The columns of the agenda's `rows` drawn, `width` columns wide (the
    /// due column as wide as their dates need, as the table's is).
    fn new(app: &App, agenda: &Agenda, rows: &[AgendaRow], width: u16) -> Cols {
        let wide = width >= 110;
        let id = app.index.stats.id_width.clamp(4, 12);
        let (owners, due) = if wide { (18, 22) } else { (12, 13) };
        let items = (rows.iter())
            .filter_map(|r| match r {
                AgendaRow::Entry(k) => Some(&agenda.entries[*k]),
                AgendaRow::Heading(..) => None,
            })
            .filter(|e| !e.gone)
            .map(|e| &app.doc.ledger().items[e.index]);
        let widths = items.map(|i| crate::base::text::width(&due_text(app, i, wide)));
        let due = due_width(widths, due);
        let status = 13;
        let fixed = 2 + id + owners + status + due + 4;
        Cols {
            id,
            title: usize::from(width).saturating_sub(fixed).max(8),
            owners,
            status,
            due,
            full_due: wide,
        }
    }
}

/// The first of the agenda's rows to draw in `height` lines: the current
/// entry on screen with a line of context after it when there is room.
fn first_row(agenda: &Agenda, height: usize) -> usize {
    let at = agenda.row_of(agenda.cursor);
    (at + 2)
        .saturating_sub(height)
        .min(agenda.row_count().saturating_sub(height))
}

/// The agenda list with its column titles.
pub fn agenda(app: &App, agenda: &Agenda, t: &Theme, area: Rect, buf: &mut Buffer) {
    if area.height < 2 {
        return;
    }
    let cat = cat(app);
    let body = usize::from(area.height - 1);
    let drawn = agenda.rows(first_row(agenda, body), body);
    let c = Cols::new(app, agenda, &drawn, area.width);
    let head = t.bold().add_modifier(Modifier::UNDERLINED);
    buf.set_style(Rect { height: 1, ..area }, head);
    let due_title = tr!(cat, "col-due");
    let titles = [
        fit(&tr!(cat, "col-id"), c.id),
        fit(&tr!(cat, "col-title"), c.title),
        fit(&tr!(cat, "col-owners"), c.owners),
        fit(&tr!(cat, "col-status"), c.status),
        fit(&due_title, c.due),
    ];
    // Where the due column's title ends: the place is drawn only beyond it
    // (the progress line says where the meeting is in any case).
    let due_title_end = put(buf, area, area.y, &titles, head) + width(&due_title) as u16;
    if drawn.is_empty() {
        buf.set_stringn(
            area.x + 2,
            area.y + 2,
            tr!(cat, "review-nothing"),
            usize::from(area.width.saturating_sub(2)),
            t.dim(),
        );
        return;
    }
    let window = app.options.review_window_days;
    for (n, row) in drawn.iter().enumerate() {
        let y = area.y + 1 + n as u16;
        match *row {
            AgendaRow::Heading(section, count) => {
                let text = format!("▾ {} ({count})", words::section(cat, section, window));
                buf.set_stringn(area.x, y, text, usize::from(area.width), t.accent());
            }
            AgendaRow::Entry(k) => {
                let e = &agenda.entries[k];
                let current = k == agenda.cursor;
                let line = Rect {
                    y,
                    height: 1,
                    ..area
                };
                if e.gone {
                    let style = t.dim().add_modifier(Modifier::CROSSED_OUT);
                    let text = tr!(cat, "review-deleted", id = e.id.as_str());
                    let style = if current {
                        style.patch(t.selected())
                    } else {
                        style
                    };
                    if current {
                        buf.set_style(line, style);
                    }
                    buf.set_stringn(area.x + 2, y, text, usize::from(area.width), style);
                    continue;
                }
                let item = &app.doc.ledger().items[e.index];
                let mut style = t.item(app, item);
                if current {
                    style = style.patch(t.selected());
                    buf.set_style(line, style);
                }
                marks(app, item, SearchMark::None, t, area.x, y, buf);
                let status = status_cell(app, item);
                let cells = [
                    fit(&item.id, c.id),
                    fit_marked(cat, app.title(item), c.title),
                    fit(&item.owners.join(", "), c.owners),
                    fit(&status, c.status),
                    fit(&due_text(app, item, c.full_due), c.due),
                ];
                put(buf, area, y, &cells, style);
            }
        }
    }
    if agenda.row_count() > body {
        let more = format!(" {}/{} ", agenda.cursor + 1, agenda.entries.len());
        let x = area.right().saturating_sub(width(&more) as u16);
        if x >= due_title_end {
            buf.set_stringn(x, area.y, &more, usize::from(area.right() - x), t.dim());
        }
    }
}

/// Draws `cells` side by side from the row's third column; where the last
/// one starts.
fn put(
    buf: &mut Buffer,
    area: Rect,
    y: u16,
    cells: &[String],
    style: ratatui::style::Style,
) -> u16 {
    let mut x = area.x + 2;
    let mut last = x;
    for c in cells {
        last = x;
        let (nx, _) = buf.set_stringn(x, y, c, usize::from(area.right().saturating_sub(x)), style);
        x = nx + 1;
    }
    last
}
