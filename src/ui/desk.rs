//! Drawing a desk of several committees: the portfolio (its table, the
//! selected item's detail from its own committee, the committees that
//! cannot be read, a committee's prompt over it, the switcher), or one
//! committee's own dashboard.

use super::words::cat;
use super::{Theme, detail, footer, header, popup, prompts, summary, table, timeline};
use crate::app::desk::{Desk, Place, ranked};
use crate::app::too_small;
use crate::base::text::{fit, visible_line};
use crate::tr;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

/// Draws the desk into a frame.
pub fn render_desk(desk: &Desk, frame: &mut Frame) {
    frame.render_widget(desk, frame.area());
}

impl Widget for &Desk {
    fn render(self, area: Rect, buf: &mut Buffer) {
        match self.place {
            Place::Committee(m) => super::Screen {
                app: &self.seats[m].app,
                kept: &super::Kept::default(),
            }
            .render(area, buf),
            Place::Portfolio => portfolio(self, area, buf),
        }
    }
}

fn portfolio(desk: &Desk, area: Rect, buf: &mut Buffer) {
    let app = &desk.portfolio;
    let t = Theme::new(&app.options);
    if too_small((area.width, area.height)) {
        super::theme::too_small(cat(app), &t, area, buf);
        return;
    }
    buf.set_style(area, t.base());
    let below = desk.unreadable_rows(area.height);
    let top = Rect {
        height: area.height - below,
        ..area
    };
    let a = app.areas((top.width, top.height));
    header::render(app, &t, a.header, buf);
    summary::render(app, &t, a.summary, buf);
    if app.view.timeline {
        timeline::render(app, &t, a.table.union(a.detail), buf);
    } else {
        table::render(app, &super::Kept::default(), &t, a.table, buf);
        // The item as its own committee shows it.
        let shown = desk.selected().map_or(app, |(m, _)| &desk.seats[m].app);
        detail::render(shown, &t, &a, buf);
    }
    let prompting = desk.prompting().map(|m| &desk.seats[m].app);
    footer::render(prompting.unwrap_or(app), &t, a.footer, buf);
    unreadable(
        desk,
        &t,
        Rect::new(area.x, top.bottom(), area.width, below),
        buf,
    );
    prompts::render(app, &t, area, buf);
    if let Some(seat) = prompting {
        prompts::render(seat, &t, area, buf);
    }
    if desk.switcher.is_some() {
        switcher(desk, &t, area, buf);
    }
}

/// The committees whose ledger cannot be read, each with why (its file,
/// line and cause).
fn unreadable(desk: &Desk, t: &Theme, area: Rect, buf: &mut Buffer) {
    let cat = cat(&desk.portfolio);
    let rows = usize::from(area.height);
    let more = desk.unreadable.len().saturating_sub(rows.saturating_sub(1));
    for (n, u) in desk.unreadable.iter().take(rows).enumerate() {
        let text = if n + 1 == rows && more > 1 {
            tr!(cat, "desk-unreadable-more", n = more)
        } else {
            tr!(
                cat,
                "desk-unreadable",
                name = u.name.as_str(),
                why = cat.ledger_error(&u.why.0)
            )
        };
        let y = area.y + n as u16;
        let text = visible_line(&text);
        buf.set_stringn(area.x + 1, y, text, usize::from(area.width), t.overdue());
    }
}

/// The switcher: what was typed, and the committees that match it.
fn switcher(desk: &Desk, t: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(sw) = &desk.switcher else {
        return;
    };
    let cat = cat(&desk.portfolio);
    let names = desk.names();
    let found = ranked(&names, &sw.query);
    let title = tr!(cat, "desk-switcher-title");
    let h = u16::try_from(names.len())
        .unwrap_or(u16::MAX)
        .saturating_add(5);
    let inner = popup::frame(t, &title, 56, h, area, buf);
    let w = usize::from(inner.width.saturating_sub(2));
    let typed = tr!(cat, "desk-switcher-typed", typed = sw.query.as_str());
    let line = visible_line(&typed);
    buf.set_stringn(inner.x + 1, inner.y, line, w, t.bold());
    let hint = tr!(cat, "desk-switcher-hint");
    let bottom = inner.bottom().saturating_sub(1);
    buf.set_stringn(inner.x + 1, bottom, hint, w, t.dim());
    if found.is_empty() {
        let none = tr!(cat, "desk-switcher-none");
        buf.set_stringn(inner.x + 1, inner.y + 2, none, w, t.dim());
        return;
    }
    let room = usize::from(bottom.saturating_sub(inner.y + 2));
    let skip = (sw.chosen + 1).saturating_sub(room);
    for (n, &m) in found.iter().enumerate().skip(skip).take(room) {
        let y = inner.y + 2 + (n - skip) as u16;
        let seat = &desk.seats[m];
        let name = seat.app.doc.ledger().committee.name_text();
        let name = name.shown(&seat.app.audience()).text;
        let text = format!("{}  {}", fit(&seat.name, 14), name);
        let style = if n == sw.chosen {
            t.selected()
        } else {
            ratatui::style::Style::new()
        };
        buf.set_stringn(inner.x + 1, y, visible_line(&text), w, style);
    }
}
