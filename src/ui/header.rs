//! The top line: committee, ledger path, filter, sort, today, saved state.

use super::Theme;
use crate::app::App;
use crate::dates::format_date;
use crate::text::{truncate, width};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    buf.set_style(area, t.bar());
    let mut right = Vec::new();
    if !app.filter.is_empty() {
        right.push(format!("filter: {}", app.filter_label()));
    }
    let group = if app.grouped { " · by workstream" } else { "" };
    right.push(format!("sort: {}{group}", app.sort.as_str()));
    right.push(format!(
        "{} {}",
        app.today.format("%a"),
        format_date(app.today)
    ));
    if app.disk.is_some() {
        right.push("⚠ changed on disk".into());
    }
    let conflicts = app.conflict_count();
    if conflicts > 0 {
        let s = if conflicts == 1 { "" } else { "s" };
        right.push(format!("⚠ {conflicts} conflict{s} (M)"));
    }
    if let Some(n) = app.uncommitted_count().filter(|n| *n > 0) {
        right.push(format!("✎ {n} uncommitted"));
    }
    right.push(if app.read_only.is_some() {
        "◌ read-only".into()
    } else if app.saved {
        "✔ saved".into()
    } else {
        "● unsaved".into()
    });
    let right = format!("{} ", right.join(" │ "));
    let rw = width(&right) as u16;
    let room = usize::from(area.width.saturating_sub(rw + 2));
    let name = &app.ledger.committee.name;
    let name = if name.is_empty() {
        "followup"
    } else {
        name.as_str()
    };
    let name = truncate(name, room.saturating_sub(1));
    let x = area.x + 1;
    let (x, _) = buf.set_stringn(x, area.y, &name, room, t.bar().add_modifier(Modifier::BOLD));
    let path = truncate(&app.path_label, room.saturating_sub(width(&name) + 3));
    if !path.is_empty() {
        buf.set_stringn(x + 2, area.y, &path, room, t.bar());
    }
    let filter_style = if app.filter.is_empty() {
        t.bar()
    } else {
        t.bar().add_modifier(Modifier::BOLD)
    };
    buf.set_stringn(
        area.right().saturating_sub(rw),
        area.y,
        &right,
        usize::from(rw),
        filter_style,
    );
}
