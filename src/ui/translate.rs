//! The translation form: the item's texts one under the other, each
//! original on the left beside its translation on the right, with where
//! the translation stands; scrolled so the focused text shows, and a line
//! saying what to do with it.

use super::Theme;
use super::overlay::{boxed, keys_line};
use super::words::cat;
use crate::app::{App, Scope, TranslationField, TranslationForm};
use crate::base::dates::format_date;
use crate::base::text::{truncate, visible_line};
use crate::i18n::Catalog;
use crate::ledger::{Field, TextRef, TextState};
use crate::tr;
use crate::view::detail::wrap;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;
use ratatui_textarea::{CursorMove, TextArea};

/// The widest the form is drawn.
const MAX_W: u16 = 140;

/// One text of the form as laid out: its heading, its original wrapped,
/// and how many lines it takes.
struct Block {
    head: String,
    original: Vec<String>,
    height: u16,
}

pub fn render(app: &App, form: &TranslationForm, t: &Theme, area: Rect, buf: &mut Buffer) {
    let cat = cat(app);
    let language = cat.language_name(form.target);
    let title = tr!(
        cat,
        "translate-title",
        id = visible_line(&form.id).into_owned(),
        language = language.as_str()
    );
    let keys = keys_line(app, Scope::Translate);
    // As wide as the screen allows, as tall as the texts (the screen
    // allowing): two columns of text with a rule between them.
    let w = MAX_W.min(area.width.saturating_sub(2));
    let col = w.saturating_sub(2 + 5) / 2;
    let blocks = blocks(app, form, usize::from(col));
    let need: u16 = blocks.iter().map(|b| b.height).sum();
    let h = (need + 2 + 2).min(area.height.saturating_sub(2));
    let inner = boxed(t, &title, &keys, w, h, area, buf);
    if inner.height < 4 || col < 8 {
        return;
    }
    let (left_x, rule_x) = (inner.x + 1, inner.x + 2 + col);
    let right_x = rule_x + 2;
    let cols = usize::from(col);
    let full = usize::from(inner.width.saturating_sub(1));
    let original = tr!(cat, "translate-original");
    buf.set_stringn(left_x, inner.y, original, cols, t.bold());
    let target = tr!(cat, "translate-column", language = language.as_str());
    buf.set_stringn(right_x, inner.y, target, cols, t.bold());
    let top = inner.y + 1;
    let room = inner.height.saturating_sub(2);
    let mut y = top;
    let first = first_shown(&blocks, form.focus, room);
    for (k, (b, field)) in blocks.iter().zip(form.fields()).enumerate().skip(first) {
        if y + 1 >= top + room {
            break;
        }
        let focused = k == form.focus;
        let mark = if focused { "▸ " } else { "  " };
        let head_style = if focused { t.accent() } else { t.bold() };
        let (hx, _) = buf.set_stringn(inner.x, y, format!("{mark}{}", b.head), full, head_style);
        // `✎`: confirming writes this text (as in the table, a change).
        let changed = if field.to_write() { " ✎" } else { "" };
        let state = format!(" · {}{changed}", cat.text_state(field.state));
        let rest = usize::from(inner.right().saturating_sub(hx));
        buf.set_stringn(hx, y, state, rest, state_style(t, field.state));
        let body = (b.height - 1).min(top + room - y - 1);
        for (n, line) in b.original.iter().take(usize::from(body)).enumerate() {
            buf.set_stringn(left_x, y + 1 + n as u16, line, cols, t.dim());
        }
        for n in 0..body {
            buf.set_stringn(rule_x, y + 1 + n, "│", 1, t.dim());
        }
        let at = Rect::new(right_x, y + 1, col, body);
        draw_field(cat, field, focused, t, at, buf);
        y += 1 + body;
    }
    let hint = hint(cat, form);
    let hint_w = usize::from(inner.width.saturating_sub(2));
    let last = inner.bottom() - 1;
    buf.set_stringn(left_x, last, truncate(&hint, hint_w), hint_w, t.dim());
}

/// Each text's heading (which text, in which language it is written),
/// its original wrapped to `cols`, and the lines it takes: the longer of
/// the original and the translation, under its heading.
fn blocks(app: &App, form: &TranslationForm, cols: usize) -> Vec<Block> {
    let cat = cat(app);
    let l = app.doc.ledger();
    form.texts
        .iter()
        .zip(form.fields())
        .map(|(r, field)| {
            // A text gone with a change on disk taken in meanwhile.
            let gone = Block {
                head: String::new(),
                original: Vec::new(),
                height: 1,
            };
            let Some(slot) = l.text(r) else {
                return gone;
            };
            let code = slot.language.map_or("?", |l| l.code());
            let which = match r {
                TextRef::Note { item, index } => {
                    let Some(note) = l.item(item).and_then(|i| i.notes.get(*index)) else {
                        return gone;
                    };
                    tr!(
                        cat,
                        "translate-note",
                        n = index + 1,
                        date = format_date(note.date),
                        author = visible_line(&note.author).into_owned()
                    )
                }
                _ => cat.field_label(Field::Title),
            };
            let head = format!("{which} ({code})");
            let original: Vec<String> = wrap(slot.original, cols)
                .iter()
                .map(|line| visible_line(line).into_owned())
                .collect();
            let typed = wrap(&field.value(), cols).len();
            let height = 1 + original.len().max(typed).max(1) as u16;
            Block {
                head,
                original,
                height,
            }
        })
        .collect()
}

/// The first text drawn in `room` lines: the first, unless the focused
/// one would then not show whole.
fn first_shown(blocks: &[Block], focus: usize, room: u16) -> usize {
    let mut first = focus.min(blocks.len().saturating_sub(1));
    let mut used = blocks.get(first).map_or(0, |b| b.height);
    while first > 0 && used + blocks[first - 1].height <= room {
        first -= 1;
        used += blocks[first].height;
    }
    first
}

/// How a translation's state stands out: to do in the warning colours.
fn state_style(t: &Theme, s: TextState) -> Style {
    match s {
        TextState::Missing => t.overdue(),
        TextState::Outdated => t.due_soon(),
        TextState::Current => t.good(),
        TextState::Original => t.dim(),
    }
}

/// A translation's field: its text, the cursor when focused; an original
/// says it needs no translation.
fn draw_field(
    cat: &Catalog,
    field: &TranslationField,
    focused: bool,
    t: &Theme,
    at: Rect,
    buf: &mut Buffer,
) {
    if at.height == 0 {
        return;
    }
    if !field.editable() {
        let said = tr!(cat, "translate-is-original");
        buf.set_stringn(at.x, at.y, said, usize::from(at.width), t.dim());
        return;
    }
    let mut shown = safe(field.textarea());
    if !focused {
        shown.set_cursor_style(Style::new());
    }
    (&shown).render(at, buf);
}

/// The field's text box as drawn: a control or bidi character of the text
/// shows as its escape (`\e`), the cursor kept on the same character.
fn safe(text: &TextArea<'static>) -> TextArea<'static> {
    let lines: Vec<String> = text
        .lines()
        .iter()
        .map(|l| visible_line(l).into_owned())
        .collect();
    let mut shown = text.clone();
    if lines.as_slice() == text.lines() {
        return shown;
    }
    let at = text.cursor();
    let (row, col) = (at.0, at.1);
    let before: usize = text.lines()[row]
        .chars()
        .take(col)
        .map(|c| visible_line(c.encode_utf8(&mut [0; 4])).chars().count())
        .sum();
    shown = TextArea::new(lines);
    shown.set_cursor_line_style(Style::new());
    shown.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
    let to = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
    shown.move_cursor(CursorMove::Jump(to(row), to(before)));
    shown
}

/// What to do with the focused text.
fn hint(cat: &Catalog, form: &TranslationForm) -> String {
    match form.fields().get(form.focus).map(|f| f.state) {
        Some(TextState::Outdated) => tr!(cat, "translate-hint-outdated"),
        Some(TextState::Current) => tr!(cat, "translate-hint-current"),
        _ => tr!(cat, "translate-hint-missing"),
    }
}
