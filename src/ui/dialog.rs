//! Dialogs whose text wraps: a box as wide as it may be (up to its own
//! widest), as tall as its wrapped paragraphs (bounded by the screen), so
//! that nothing the user must read is cut. Measured with the same rules as
//! it is drawn ([`crate::view::detail::wrap`], East Asian wide characters
//! counted twice).

use super::Theme;
use super::overlay::boxed;
use crate::base::text::visible_line;
use crate::view::detail::wrap;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

/// One paragraph of a dialog and how it is drawn; an empty text is a blank line.
pub struct Para {
    pub text: String,
    pub style: Style,
}

impl Para {
    pub fn new(text: impl AsRef<str>, style: Style) -> Para {
        Para {
            text: visible_line(text.as_ref()).into_owned(),
            style,
        }
    }
}

/// Columns of text inside a dialog `w` wide: its borders and a margin each side.
const CHROME: u16 = 4;

/// The paragraphs wrapped to `cols`, each line with its paragraph's style.
pub fn wrapped(paras: &[Para], cols: usize) -> Vec<(String, Style)> {
    paras
        .iter()
        .flat_map(|p| {
            wrap(&p.text, cols.max(1))
                .into_iter()
                .map(move |l| (l, p.style))
        })
        .collect()
}

/// Draws a dialog titled `title` with `keys` in its bottom border, at most
/// `max_w` wide and `extra` lines taller than its text (for a field drawn
/// by the caller below it); returns the inside and the first free row.
pub fn dialog(
    t: &Theme,
    (title, keys): (&str, &str),
    max_w: u16,
    extra: u16,
    paras: &[Para],
    area: Rect,
    buf: &mut Buffer,
) -> (Rect, u16) {
    let w = max_w.min(area.width.saturating_sub(2));
    let cols = usize::from(w.saturating_sub(CHROME));
    let lines = wrapped(paras, cols);
    let h = lines.len() as u16 + extra + 2;
    let inner = boxed(t, title, keys, w, h, area, buf);
    let room = usize::from(inner.height);
    for (k, (text, style)) in lines.iter().take(room).enumerate() {
        buf.set_stringn(inner.x + 1, inner.y + k as u16, text, cols, *style);
    }
    let next = inner.y + (lines.len().min(room) as u16);
    (inner, next)
}
