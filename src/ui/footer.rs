//! The bottom line: a message (what an edit did, what went wrong), the
//! search being typed, the keys of the current mode, and always, at the
//! right end, how to get help and how to quit.

use super::Theme;
use crate::app::{Action, App, Binding, Does, Mode, footer, pinned};
use crate::text::{truncate, visible_line, width};
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

fn short(b: &Binding) -> &'static str {
    match (&b.does, b.short) {
        (_, s) if !s.is_empty() => s,
        (Does::Act(Action::ToggleHelp), _) => "help",
        _ => "quit",
    }
}

pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let scope = app.scope();
    let mut tail = Vec::new();
    for b in pinned(scope) {
        tail.push(Span::styled(format!(" {}", b.keys[0].label()), t.accent()));
        tail.push(Span::raw(format!(" {} ", short(b))));
    }
    let tail_w: usize = tail.iter().map(|s| width(&s.content)).sum();
    let room_all = usize::from(area.width).saturating_sub(tail_w + 1);
    let mut spans = Vec::new();
    if let Some(msg) = &app.status {
        let (mark, style) = if msg.error {
            ("✗ ", t.overdue())
        } else {
            ("", t.bold())
        };
        let text = truncate(&format!(" {mark}{}", msg.text), room_all);
        spans.push(Span::styled(text, style));
        spans.push(Span::raw("  "));
    } else if app.mode == Mode::Search {
        let query = visible_line(&app.search.query);
        spans.push(Span::styled(format!("/{query}"), t.bold()));
        spans.push(Span::styled("█", t.accent()));
        spans.push(Span::styled(format!("  {}   ", matches_text(app)), t.dim()));
    } else if !app.search.query.is_empty() {
        let query = visible_line(&app.search.query);
        spans.push(Span::styled(format!("/{query} "), t.bold()));
        spans.push(Span::styled(
            format!("{} · n/N   ", matches_text(app)),
            t.dim(),
        ));
    }
    let used: usize = spans.iter().map(|s| width(&s.content)).sum();
    let mut room = room_all.saturating_sub(used);
    if app.status.is_none() {
        for b in footer(scope) {
            let key = b.keys[0].label();
            let need = width(&key) + width(b.short) + 3;
            if need > room {
                break;
            }
            room -= need;
            spans.push(Span::styled(format!(" {key}"), t.accent()));
            spans.push(Span::raw(format!(" {} ", b.short)));
        }
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
    let x = area.right().saturating_sub(tail_w as u16);
    buf.set_line(x, area.y, &Line::from(tail), tail_w as u16);
}
