//! The command palette drawn over the dashboard: what is typed, then what
//! it finds, each action with its keys (the user's) beside what it does,
//! each item with its id and title; the chosen one stands out.

use super::Theme;
use super::overlay::{boxed, keys_line, text_field};
use super::words::{self, cat};
use crate::app::{App, Palette, PaletteEntry, Scope};
use crate::base::text::{fit, visible_line, width};
use crate::tr;
use crate::view::texts::marked;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

/// The most entries shown at once.
const ROWS: u16 = 12;

pub fn render(app: &App, p: &Palette, t: &Theme, area: Rect, buf: &mut Buffer) {
    let cat = cat(app);
    let found = app.palette_entries();
    // One size whatever is found, so that the box stays where it is.
    let inner = boxed(
        t,
        &tr!(cat, "palette-title"),
        &keys_line(app, Scope::Palette),
        76,
        ROWS + 4,
        area,
        buf,
    );
    if inner.height < 3 || inner.width < 8 {
        return;
    }
    let field = Rect::new(inner.x + 3, inner.y, inner.width - 4, 1);
    buf.set_stringn(inner.x + 1, inner.y, ":", 1, t.accent());
    let query = p.query();
    text_field(buf, field, &query, Some(p.column()), "", t);
    if query.is_empty() {
        let hint = tr!(cat, "palette-hint");
        let w = usize::from(field.width.saturating_sub(2));
        buf.set_stringn(field.x + 2, field.y, fit(&hint, w), w, t.dim());
    }
    let list = Rect::new(inner.x, inner.y + 2, inner.width, inner.height - 2);
    if found.is_empty() {
        let w = usize::from(list.width.saturating_sub(2));
        buf.set_stringn(list.x + 1, list.y, tr!(cat, "palette-nothing"), w, t.dim());
        return;
    }
    let shown = usize::from(list.height);
    let skip = (p.cursor + 1).saturating_sub(shown);
    for (n, entry) in found.iter().enumerate().skip(skip).take(shown) {
        let y = list.y + (n - skip) as u16;
        let (what, keys) = entry_words(app, *entry);
        let style = if n == p.cursor {
            t.selected()
        } else {
            Style::new()
        };
        let row = Rect::new(list.x, y, list.width, 1);
        buf.set_style(row, style);
        let keys_w = width(&keys).min(usize::from(list.width) / 3);
        let what_w = usize::from(list.width).saturating_sub(keys_w + 4);
        buf.set_stringn(list.x + 1, y, fit(&what, what_w), what_w, style);
        let x = list.right().saturating_sub(keys_w as u16 + 1);
        let key_style = if n == p.cursor { style } else { t.accent() };
        buf.set_stringn(x, y, fit(&keys, keys_w), keys_w, key_style);
    }
}

/// What an entry says, and the keys beside it (`#` and the id for an item).
fn entry_words(app: &App, entry: PaletteEntry) -> (String, String) {
    let cat = cat(app);
    match entry {
        PaletteEntry::Action(row) => {
            let b = &app.keymap.bindings()[row];
            let keys: Vec<String> = b.keys.iter().map(|k| words::key(cat, *k)).collect();
            (cat.text(b.help), keys.join(" "))
        }
        PaletteEntry::Item(i) => {
            let item = &app.doc.ledger().items[i];
            let title = visible_line(&marked(cat, app.title(item))).into_owned();
            (title, format!("#{}", visible_line(&item.id)))
        }
    }
}
