//! What the overlays share: a centred box with its title and keys, the
//! labels and one-line text fields of a form.

use super::Theme;
use super::words::{self};
use crate::app::{App, Binding, Does, ReviewField, Scope};
use crate::base::text::{fit, visible_line, width};
use crate::i18n::Catalog;
use crate::ledger::Field;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, Widget};

/// A bordered box of `w`×`h` centred in `area`; returns its inside.
pub fn boxed(
    t: &Theme,
    title: &str,
    bottom: &str,
    w: u16,
    h: u16,
    area: Rect,
    buf: &mut Buffer,
) -> Rect {
    let w = w.min(area.width.saturating_sub(2));
    let h = h.min(area.height.saturating_sub(2));
    let popup = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    super::popup::clear(t, popup, buf);
    let mut block = Block::bordered()
        .border_style(t.accent())
        .title(format!(" {} ", visible_line(title)));
    if !bottom.is_empty() {
        block = block.title_bottom(format!(" {} ", visible_line(bottom)));
    }
    let inner = block.inner(popup);
    block.render(popup, buf);
    inner
}

/// The keys of a prompt's scope, as `key what · key what`.
pub fn keys_line(app: &App, scope: Scope) -> String {
    let cat = words::cat(app);
    let parts: Vec<String> = (app.keymap.bindings().iter())
        .filter(|b: &&Binding| b.scopes.contains(&scope) && !b.short.is_empty())
        .filter(|b| !b.keys.is_empty())
        .filter(|b| matches!(b.does, Does::Act(_)))
        .map(|b| {
            let keys: Vec<String> = b.keys.iter().map(|k| words::key(cat, *k)).collect();
            format!("{} {}", keys.join("/"), cat.text(b.short))
        })
        .collect();
    parts.join(" · ")
}

/// Columns of the forms' labels: the widest label of the language, 11 to
/// 15 columns, and one for the focus mark.
pub fn label_cols(cat: &Catalog) -> u16 {
    let widest = Field::FORM
        .iter()
        .map(|k| width(&cat.field_label(*k)))
        .chain(
            ReviewField::ORDER
                .iter()
                .map(|f| width(&words::review_field(cat, *f))),
        )
        .max()
        .unwrap_or(0)
        .clamp(11, 15);
    widest as u16 + 1
}

/// A field's label, right-aligned in `cols` columns, with `▸` on the
/// focused field and the error colour on a field that has a problem.
pub fn field_label(
    buf: &mut Buffer,
    (x, y): (u16, u16),
    cols: u16,
    label: &str,
    focused: bool,
    bad: bool,
    t: &Theme,
) {
    let style = match (focused, bad) {
        (_, true) => t.overdue(),
        (true, false) => t.accent(),
        _ => t.dim(),
    };
    let mark = if focused { "▸" } else { " " };
    let room = usize::from(cols) - 1;
    let label = fit(label, room);
    let label = label.trim_end();
    let pad = " ".repeat(room.saturating_sub(width(label)));
    buf.set_stringn(
        x,
        y,
        format!("{mark}{pad}{label}"),
        usize::from(cols),
        style,
    );
}

/// A one-line text field: the text scrolled so the cursor shows, the cursor
/// cell reversed, and the rest of a suggestion dimmed after it. A control
/// or bidi character shows as its escape (`\e`), dimmed.
pub fn text_field(
    buf: &mut Buffer,
    at: Rect,
    text: &str,
    cursor: Option<usize>,
    ghost: &str,
    t: &Theme,
) {
    let (x, y) = (at.x, at.y);
    let chars: Vec<char> = text.chars().collect();
    let shown: Vec<String> = chars
        .iter()
        .map(|c| visible_line(c.encode_utf8(&mut [0; 4])).into_owned())
        .collect();
    let cols = usize::from(at.width);
    // Scroll so that the cursor cell fits.
    let mut start = 0;
    if let Some(c) = cursor {
        let upto = |s: usize| -> usize {
            shown[s..c.min(chars.len())]
                .iter()
                .map(|ch| width(ch))
                .sum::<usize>()
        };
        while start < c && upto(start) + 1 > cols {
            start += 1;
        }
    }
    let mut cx = x;
    let end = x + cols as u16;
    for (n, (ch, shown)) in chars.iter().zip(&shown).enumerate().skip(start) {
        let w = width(shown) as u16;
        if cx + w > end {
            break;
        }
        let style = match (cursor == Some(n), shown.len() > ch.len_utf8()) {
            (true, _) => t.selected(),
            (false, true) => t.dim(),
            (false, false) => Style::new(),
        };
        buf.set_stringn(cx, y, shown, usize::from(w.max(1)), style);
        cx += w;
    }
    if cursor.is_some_and(|c| c >= chars.len()) && cx < end {
        let ghost = visible_line(ghost);
        let first = ghost
            .chars()
            .next()
            .map_or(" ".to_owned(), |c| c.to_string());
        buf.set_stringn(cx, y, &first, 2, t.selected());
        cx += width(&first).max(1) as u16;
        let rest: String = ghost.chars().skip(1).collect();
        if cx < end {
            buf.set_stringn(cx, y, rest, usize::from(end - cx), t.dim());
        }
    }
}
