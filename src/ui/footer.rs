//! The bottom line: the search being typed, or the keys of the current mode.

use super::Theme;
use crate::app::{App, Mode, footer};
use crate::text::width;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

fn matches_text(app: &App) -> String {
    let m = &app.search.matches;
    match m.binary_search(&app.selected) {
        _ if m.is_empty() => "no match".into(),
        Ok(n) => format!("{}/{} matches", n + 1, m.len()),
        Err(_) => format!("{} matches", m.len()),
    }
}

pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let mut spans = Vec::new();
    if app.mode == Mode::Search {
        spans.push(Span::styled(format!("/{}", app.search.query), t.bold()));
        spans.push(Span::styled("█", t.accent()));
        spans.push(Span::styled(format!("  {}   ", matches_text(app)), t.dim()));
    } else if !app.search.query.is_empty() {
        spans.push(Span::styled(format!("/{} ", app.search.query), t.bold()));
        spans.push(Span::styled(
            format!("{} · n/N   ", matches_text(app)),
            t.dim(),
        ));
    }
    let used: usize = spans.iter().map(|s| width(&s.content)).sum();
    let mut room = usize::from(area.width).saturating_sub(used + 1);
    for b in footer(app.scope()) {
        let key = b.keys[0].label();
        let need = width(&key) + width(b.short) + 3;
        if need > room {
            break;
        }
        room -= need;
        spans.push(Span::styled(format!(" {key}"), t.accent()));
        spans.push(Span::raw(format!(" {} ", b.short)));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}
