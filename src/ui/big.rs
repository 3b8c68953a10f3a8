//! Big letters for the focus view, drawn by `tui-big-text` from the 8×8
//! font8x8 glyphs: Latin (with the accents of Spanish), Greek and kana, but
//! no Hangul, so a text with a character it cannot draw is left to normal
//! size by the caller.

use crate::base::text::visible_line;
use crate::view::detail::wrap;
use font8x8::UnicodeFonts;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use tui_big_text::{BigText, PixelSize};

/// How big a big letter is, from the largest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// A cell per pixel: 8 columns by 8 rows.
    Full,
    /// Two pixels a cell, one above the other: 8 columns by 4 rows.
    Half,
    /// Four pixels a cell: 4 columns by 4 rows.
    Quarter,
}

impl Size {
    /// Every size, the largest first.
    pub const LARGEST_FIRST: [Size; 3] = [Size::Full, Size::Half, Size::Quarter];

    /// Columns a letter takes.
    pub fn cols(self) -> u16 {
        match self {
            Size::Full | Size::Half => 8,
            Size::Quarter => 4,
        }
    }

    /// Rows a line of letters takes.
    pub fn rows(self) -> u16 {
        match self {
            Size::Full => 8,
            Size::Half | Size::Quarter => 4,
        }
    }

    fn pixels(self) -> PixelSize {
        match self {
            Size::Full => PixelSize::Full,
            Size::Half => PixelSize::HalfHeight,
            Size::Quarter => PixelSize::Quadrant,
        }
    }
}

/// The fonts `tui-big-text` draws from.
const FONTS: [&dyn UnicodeFonts; 8] = [
    &font8x8::BASIC_FONTS,
    &font8x8::LATIN_FONTS,
    &font8x8::HIRAGANA_FONTS,
    &font8x8::GREEK_FONTS,
    &font8x8::BLOCK_FONTS,
    &font8x8::BOX_FONTS,
    &font8x8::MISC_FONTS,
    &font8x8::SGA_FONTS,
];

/// True when every character of `text`, as it is shown, has a big letter
/// (no Hangul, no emoji, no control character).
pub fn drawable(text: &str) -> bool {
    let shown = visible_line(text);
    !shown.trim().is_empty()
        && shown
            .chars()
            .all(|c| !c.is_control() && FONTS.iter().any(|f| f.get(c).is_some()))
}

/// `text` in lines of big letters of `size`, word-wrapped to `width`
/// columns; `None` when a character has no big letter or when it takes
/// more than `max_lines`.
pub fn lines(text: &str, size: Size, width: u16, max_lines: usize) -> Option<Vec<String>> {
    if !drawable(text) {
        return None;
    }
    let per_line = usize::from(width / size.cols());
    if per_line == 0 {
        return None;
    }
    let shown = visible_line(text);
    let lines = wrap(&shown, per_line);
    // A word longer than a line is cut by the wrap: not what big letters are for.
    let cut = shown
        .split_whitespace()
        .any(|w| w.chars().count() > per_line);
    (!cut && lines.len() <= max_lines).then_some(lines)
}

/// Draws `lines` in big letters of `size` at the top left of `area`.
pub fn render(lines: &[String], size: Size, style: Style, area: Rect, buf: &mut Buffer) {
    let text: Vec<Line> = lines.iter().map(|l| Line::from(l.clone())).collect();
    BigText::builder()
        .pixel_size(size.pixels())
        .style(style)
        .lines(text)
        .build()
        .render(area, buf);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_with_accents_has_big_letters_and_hangul_has_none() {
        assert!(drawable("JC2-03"));
        assert!(drawable("Preseleccionar pymes en Nuevo León, ¿año?"));
        assert!(!drawable("누에보레온주 기아자동차 공장"));
        assert!(!drawable("JC2-03 ✅"));
        assert!(!drawable("   "));
    }

    #[test]
    fn a_text_takes_the_lines_its_words_need_or_none() {
        let l = lines("Sign the MoU", Size::Quarter, 40, 3).unwrap();
        assert_eq!(l, ["Sign the", "MoU"]);
        assert_eq!(lines("Sign the MoU", Size::Quarter, 40, 1), None);
        assert_eq!(lines("Incomprehensibilities", Size::Full, 80, 3), None);
        assert_eq!(lines("한국", Size::Quarter, 80, 3), None);
    }

    #[test]
    fn big_letters_fill_the_cells_of_their_size() {
        let area = Rect::new(0, 0, 16, 8);
        let mut buf = Buffer::empty(area);
        render(&["I".into()], Size::Full, Style::new(), area, &mut buf);
        let inked = |buf: &Buffer| buf.content().iter().filter(|c| c.symbol() != " ").count();
        assert!(inked(&buf) > 8, "an I in full size inks many cells");
        let mut half = Buffer::empty(area);
        render(&["I".into()], Size::Half, Style::new(), area, &mut half);
        let rows_inked = (0..8u16)
            .filter(|&y| (0..16u16).any(|x| half[(x, y)].symbol() != " "))
            .count();
        assert!(rows_inked <= 4, "half size takes at most four rows");
    }
}
