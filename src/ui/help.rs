//! The help overlay, written from the key table.

use super::Theme;
use crate::app::{KEYMAP, Scope};
use crate::text::fit;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, Clear, Widget};

fn scope_name(s: Scope) -> &'static str {
    match s {
        Scope::Table => "table",
        Scope::Detail => "detail",
        Scope::Timeline => "timeline",
        Scope::Search => "search",
        Scope::FilterMenu => "filter menu",
        Scope::Pick => "pick list",
        Scope::Help => "help",
        Scope::Form => "form",
        Scope::Note => "note",
        Scope::Confirm => "delete prompt",
        Scope::QuitPrompt => "quit prompt",
        Scope::DiskPrompt => "disk prompt",
        Scope::Review => "review",
        Scope::ReviewForm => "review form",
        Scope::Conflicts => "conflicts",
    }
}

/// Where a binding works, in words.
pub fn scopes_text(scopes: &[Scope]) -> String {
    if scopes.len() >= Scope::ALL.len() {
        return "everywhere".into();
    }
    let browse = [Scope::Table, Scope::Detail, Scope::Timeline];
    let mut names = Vec::new();
    if browse.iter().all(|s| scopes.contains(s)) {
        names.push("browsing");
    }
    for s in scopes {
        if !(names.first() == Some(&"browsing") && browse.contains(s)) {
            names.push(scope_name(*s));
        }
    }
    names.join(", ")
}

/// One line per binding: keys, what it does, where it works.
pub fn lines() -> Vec<(String, &'static str, String)> {
    KEYMAP
        .iter()
        .map(|b| {
            let keys: Vec<String> = b.keys.iter().map(|k| k.label()).collect();
            (keys.join(" "), b.help, scopes_text(b.scopes))
        })
        .collect()
}

pub fn render(t: &Theme, scroll: u16, area: Rect, buf: &mut Buffer) {
    let lines = lines();
    let w = area.width.saturating_sub(4).min(100);
    let h = (lines.len() as u16 + 2).min(area.height.saturating_sub(2));
    let popup = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    Clear.render(popup, buf);
    let block = Block::bordered()
        .border_style(t.accent())
        .title(" Keys ")
        .title_bottom(" j/k scroll · ? or Esc close ");
    let inner = block.inner(popup);
    block.render(popup, buf);
    let skip = usize::from(scroll).min(lines.len().saturating_sub(usize::from(inner.height)));
    let where_w = 27;
    let keys_w = 13;
    let what_w = usize::from(inner.width).saturating_sub(keys_w + where_w + 3);
    for (n, (keys, what, place)) in lines
        .iter()
        .skip(skip)
        .take(usize::from(inner.height))
        .enumerate()
    {
        let y = inner.y + n as u16;
        let (x, _) = buf.set_stringn(inner.x + 1, y, fit(keys, keys_w), keys_w, t.accent());
        let (x, _) = buf.set_stringn(x + 1, y, fit(what, what_w), what_w, Style::new());
        buf.set_stringn(x + 1, y, fit(place, where_w), where_w, t.dim());
    }
}
