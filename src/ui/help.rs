//! The help overlay, written from the key table.

use super::Theme;
use super::words;
use crate::app::{App, Keymap, Scope};
use crate::base::text::width;
use crate::i18n::Catalog;
use crate::tr;
use crate::view::detail::wrap;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, Widget};

fn scope_name(cat: &Catalog, s: Scope) -> String {
    cat.text(s.name_id())
}

/// Where a binding works, in words.
pub fn scopes_text(cat: &Catalog, scopes: &[Scope]) -> String {
    if scopes.len() >= Scope::ALL.len() {
        return tr!(cat, "scope-everywhere");
    }
    let browse = [Scope::Table, Scope::Detail, Scope::Timeline];
    let all_browse = browse.iter().all(|s| scopes.contains(s));
    let mut names = Vec::new();
    if all_browse {
        names.push(tr!(cat, "scope-browsing"));
    }
    for s in scopes {
        if !(all_browse && browse.contains(s)) {
            names.push(scope_name(cat, *s));
        }
    }
    names.join(", ")
}

/// One line per binding in use: keys, what it does, where it works.
pub fn lines(cat: &Catalog, keymap: &Keymap) -> Vec<(String, String, String)> {
    (keymap.bindings().iter())
        .map(|b| {
            let keys: Vec<String> = b.keys.iter().map(|k| words::key(cat, *k)).collect();
            (
                keys.join(" "),
                cat.text(b.help),
                scopes_text(cat, &b.scopes),
            )
        })
        .collect()
}

pub fn render(app: &App, t: &Theme, scroll: u16, area: Rect, buf: &mut Buffer) {
    let cat = words::cat(app);
    let lines = lines(cat, &app.keymap);
    let w = area.width.saturating_sub(4).min(100);
    // The columns inside the border: keys, what they do, where.
    let inner_w = usize::from(w.saturating_sub(2));
    let where_w = lines
        .iter()
        .map(|l| width(&l.2))
        .max()
        .unwrap_or(0)
        .clamp(12, 27)
        .min(inner_w / 3);
    let keys_w = 13;
    let what_w = inner_w.saturating_sub(keys_w + where_w + 4).max(1);
    let rows = rows(&lines, [keys_w, what_w, where_w.max(1)]);
    let h = (rows.len() as u16 + 2).min(area.height.saturating_sub(2));
    let popup = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    super::popup::clear(t, popup, buf);
    let block = Block::bordered()
        .border_style(t.accent())
        .title(format!(" {} ", tr!(cat, "help-title")))
        .title_bottom(format!(" {} ", tr!(cat, "help-bottom")));
    let inner = block.inner(popup);
    block.render(popup, buf);
    let skip = usize::from(scroll).min(rows.len().saturating_sub(usize::from(inner.height)));
    let (what_x, where_x) = (
        inner.x + 1 + keys_w as u16 + 1,
        inner.x + 1 + (keys_w + 1 + what_w + 1) as u16,
    );
    for (n, [keys, what, place]) in rows
        .iter()
        .skip(skip)
        .take(usize::from(inner.height))
        .enumerate()
    {
        let y = inner.y + n as u16;
        buf.set_stringn(inner.x + 1, y, keys, keys_w, t.accent());
        buf.set_stringn(what_x, y, what, what_w, Style::new());
        buf.set_stringn(where_x, y, place, where_w, t.dim());
    }
}

/// The help's rows: the keys, what they do and where wrap onto as many
/// rows as they need, so that nothing is cut.
fn rows(lines: &[(String, String, String)], widths: [usize; 3]) -> Vec<[String; 3]> {
    lines
        .iter()
        .flat_map(|(keys, what, place)| {
            let cols = [keys, what, place];
            let wrapped: Vec<Vec<String>> = (0..3).map(|c| wrap(cols[c], widths[c])).collect();
            let n = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
            (0..n).map(move |i| {
                std::array::from_fn(|c| wrapped[c].get(i).cloned().unwrap_or_default())
            })
        })
        .collect()
}
