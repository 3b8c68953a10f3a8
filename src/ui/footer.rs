//! The bottom line: a message (what an edit did, what went wrong; a long
//! one wraps onto the rows above, never cut), the
//! search being typed, the keys of the current mode, and always, at the
//! right end, how to get help and how to quit. Each key's label has a long
//! and a short form in the catalog: the long ones are used when they all
//! fit, else the short ones, else as many as fit.

use super::Theme;
use super::words::{self, Length, cat};
use crate::app::{Action, App, Binding, Does, Mode};
use crate::base::text::{visible_line, width};
use crate::i18n::Catalog;
use crate::tr;
use crate::view::detail::wrap;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

fn matches_text(cat: &Catalog, app: &App) -> String {
    let m = &app.view.search.matches;
    match m.position(app.view.selected) {
        _ if m.is_empty() => tr!(cat, "search-no-match"),
        Some(n) => tr!(cat, "search-match-at", at = n + 1, n = m.len()),
        None => tr!(cat, "search-matches", n = m.len()),
    }
}

/// The keys that step through the search's matches in the table (` ·
/// n/N`), the user's; nothing when they have none.
fn steps(cat: &Catalog, app: &App) -> String {
    let scope = crate::app::Scope::Table;
    let first = |dir: i32| {
        (app.keymap.bindings().iter())
            .find(|b| b.scopes.contains(&scope) && b.does == Does::Act(Action::NextMatch(dir)))
            .and_then(|b| b.keys.first())
            .map(|k| words::key(cat, *k))
    };
    match (first(1), first(-1)) {
        (Some(next), Some(prev)) => format!(" · {next}/{prev}"),
        (Some(one), None) | (None, Some(one)) => format!(" · {one}"),
        (None, None) => String::new(),
    }
}

/// A binding's footer label, long or short; the pinned bindings without
/// one of their own (Ctrl-c in a form) say "help" or "quit".
fn label(cat: &Catalog, b: &Binding, length: Length) -> String {
    let id = match (&b.does, b.short) {
        (_, s) if !s.is_empty() => s,
        (Does::Act(Action::ToggleHelp), _) => "foot-help",
        _ => "foot-quit",
    };
    if length == Length::Short {
        cat.text(&format!("{id}-short"))
    } else {
        cat.text(id)
    }
}

pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let cat = cat(app);
    let scope = app.scope();
    let pinned: Vec<&Binding> = app.keymap.pinned(scope).collect();
    let pin_w = |length: Length| -> usize {
        pinned
            .iter()
            .map(|b| width(&words::key(cat, b.keys[0])) + width(&label(cat, b, length)) + 3)
            .sum()
    };
    let keys: Vec<&Binding> = if app.session.status.is_none() {
        app.keymap.footer(scope).collect()
    } else {
        Vec::new()
    };
    let mut spans = Vec::new();
    let mut lead_w = 0;
    if let Some(msg) = &app.session.status {
        let (mark, style) = if msg.error {
            ("✗ ", t.overdue())
        } else {
            ("", t.bold())
        };
        let room = usize::from(area.width).saturating_sub(pin_w(Length::Short) + 2);
        let said = visible_line(&words::message(cat, app, &msg.msg)).into_owned();
        let mut lines = wrap(&format!("{mark}{said}"), room);
        let last = lines.pop().unwrap_or_default();
        above(&lines, t, style, area, buf);
        let text = format!(" {last}");
        lead_w = width(&text) + 2;
        spans.push(Span::styled(text, style));
        spans.push(Span::raw("  "));
    } else if matches!(app.view.mode, Mode::Search) {
        let query = visible_line(&app.view.search.query);
        let m = format!("  {}   ", matches_text(cat, app));
        lead_w = width(&query) + 2 + width(&m);
        spans.push(Span::styled(format!("/{query}"), t.bold()));
        spans.push(Span::styled("█", t.accent()));
        spans.push(Span::styled(m, t.dim()));
    } else if !app.view.search.query.is_empty() {
        let query = visible_line(&app.view.search.query);
        let m = format!("{}{}   ", matches_text(cat, app), steps(cat, app));
        lead_w = width(&query) + 2 + width(&m);
        spans.push(Span::styled(format!("/{query} "), t.bold()));
        spans.push(Span::styled(m, t.dim()));
    }
    let need = |length: Length| -> usize {
        keys.iter()
            .map(|b| width(&words::key(cat, b.keys[0])) + width(&label(cat, b, length)) + 3)
            .sum::<usize>()
            + pin_w(length)
            + lead_w
    };
    let length = if need(Length::Full) > usize::from(area.width) {
        Length::Short
    } else {
        Length::Full
    };
    let mut tail = Vec::new();
    for b in &pinned {
        tail.push(Span::styled(
            format!(" {}", words::key(cat, b.keys[0])),
            t.accent(),
        ));
        tail.push(Span::raw(format!(" {} ", label(cat, b, length))));
    }
    let tail_w: usize = tail.iter().map(|s| width(&s.content)).sum();
    let mut room = usize::from(area.width).saturating_sub(tail_w + 1 + lead_w);
    for b in &keys {
        let key = words::key(cat, b.keys[0]);
        let word = label(cat, b, length);
        let need = width(&key) + width(&word) + 3;
        if need > room {
            break;
        }
        room -= need;
        spans.push(Span::styled(format!(" {key}"), t.accent()));
        spans.push(Span::raw(format!(" {word} ")));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
    let x = area.right().saturating_sub(tail_w as u16);
    buf.set_line(x, area.y, &Line::from(tail), tail_w as u16);
}

/// The first lines of a status message too long for the bottom line, on
/// the rows just above it (as many as the screen has): the message wraps,
/// never cut.
fn above(lines: &[String], t: &Theme, style: Style, area: Rect, buf: &mut Buffer) {
    let n = lines.len().min(usize::from(area.y)) as u16;
    for (k, text) in lines[lines.len() - usize::from(n)..].iter().enumerate() {
        let y = area.y - n + k as u16;
        let row = Rect::new(area.x, y, area.width, 1);
        super::popup::clear(t, row, buf);
        buf.set_stringn(area.x + 1, y, text, usize::from(area.width) - 1, style);
    }
}
