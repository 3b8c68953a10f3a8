//! The focus view (`z`): the current item alone, for a room reading a
//! projector from the back. Its id (and its title when the letters exist
//! and it fits) in big letters; its status, deadline, slips, owners and last
//! note in bold at normal size; with room to spare, the title and the note
//! in the committee's other working languages, for the other delegation.
//! What does not fit gives way: the other languages first, then the slips
//! and the note lose lines, then the big letters shrink.

use super::Theme;
use super::big::{self, Size};
use super::words::cat;
use crate::app::{App, ViewRow};
use crate::base::dates::format_date;
use crate::base::relative::Relative;
use crate::base::text::{truncate, visible, visible_line};
use crate::i18n::{Catalog, When};
use crate::ledger::Item;
use crate::tr;
use crate::view::detail::{Shown, label_width, labelled_fields, wrap};
use crate::view::texts::{in_each_language, marked, shown_language};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

/// Lines a plain title keeps at most.
const TITLE_LINES: usize = 3;
/// Lines of big letters a title may take.
const BIG_TITLE_LINES: usize = 3;
/// Lines of the note kept, when there are that many, before the slips lose any.
const NOTE_LINES: usize = 3;

/// Draws the focus view over the whole screen but its top and bottom lines:
/// where the review (or the table) is, then the item.
pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let place = Rect::new(area.x, area.y + 1, area.width, 1);
    match &app.view.review {
        Some(agenda) => super::review::progress(app, agenda, t, place, buf),
        None => place_in_table(app, t, place, buf),
    }
    let body = Rect::new(
        area.x + 2,
        area.y + 3,
        area.width.saturating_sub(4),
        area.height.saturating_sub(5),
    );
    match app.selected_item() {
        Some(i) => item(app, t, &app.doc.ledger().items[i], body, buf),
        None => gone(app, t, body, buf),
    }
}

/// Where the table is: which of its items this is.
fn place_in_table(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let cat = cat(app);
    let rows = &app.view.rows;
    let at = rows[..(app.view.selected + 1).min(rows.len())]
        .iter()
        .filter(|r| matches!(r, ViewRow::Item(_)))
        .count();
    let badge = format!(" {} ", tr!(cat, "focus-badge"));
    let (x, _) = buf.set_stringn(
        area.x,
        area.y,
        &badge,
        usize::from(area.width),
        t.bar().add_modifier(Modifier::BOLD),
    );
    let text = format!("  {}", tr!(cat, "focus-at", at = at, n = app.view.shown));
    let room = usize::from(area.right().saturating_sub(x));
    buf.set_stringn(x, area.y, text, room, t.bold());
}

/// An agenda entry whose item was deleted: its id, and how to bring it back.
fn gone(app: &App, t: &Theme, body: Rect, buf: &mut Buffer) {
    let cat = cat(app);
    let Some(e) = app.view.review.as_ref().and_then(|a| a.current_entry()) else {
        put(buf, body, body.y, &tr!(cat, "msg-no-selection"), t.dim());
        return;
    };
    let style = t.dim().add_modifier(Modifier::CROSSED_OUT);
    let y = id(&e.id, style, body, Some(Size::Full), buf);
    let text = tr!(cat, "detail-deleted", id = e.id.as_str());
    put(buf, body, y + 1, &text, t.bold());
}

/// One labelled line of facts, wrapped: the label on its first line only.
struct Fact {
    shown: Shown,
    label: String,
    lines: Vec<String>,
}

/// What the view draws of an item, each part as the lines it takes.
struct Parts {
    id: String,
    title: String,
    /// The title's language mark (`[en]`), when it is shown in its original.
    mark: Option<String>,
    facts: Vec<Fact>,
    /// The slips, wrapped: the part that loses lines first.
    slips: Option<Fact>,
    /// The last note's heading and lines, or a remark when there is none.
    note: Vec<(NoteLine, String)>,
    /// The title in each other working language, a line each.
    title_langs: Vec<String>,
    /// The last note in each other working language, a line each.
    note_langs: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NoteLine {
    Head,
    Text,
    Remark,
}

/// How big each part is drawn, once the room is known.
struct Plan {
    id: Option<Size>,
    title: Title,
    slips: usize,
    note: usize,
    title_langs: usize,
    note_langs: usize,
}

enum Title {
    Big(Size, Vec<String>),
    Plain(Vec<String>),
}

fn item(app: &App, t: &Theme, item: &Item, body: Rect, buf: &mut Buffer) {
    let cat = cat(app);
    let parts = parts(app, cat, item, usize::from(body.width));
    let plan = plan(&parts, body);
    let row = t.item(app, item);
    // A big letter's last row is blank (but for descenders): the gap below it.
    let gap = u16::from(plan.id.is_none());
    let mut y = id(
        &parts.id,
        row.add_modifier(Modifier::BOLD),
        body,
        plan.id,
        buf,
    ) + gap;
    y = title(t, &parts, &plan, body, y, buf) + 1;
    let label_w = label_width(cat) as u16;
    let slips = parts.slips.iter().map(|f| (f, plan.slips));
    let facts = parts.facts.iter().map(|f| (f, f.lines.len()));
    for (fact, n) in facts.chain(slips).filter(|(_, n)| *n > 0) {
        let style = t.bold().patch(value_style(app, t, item, fact.shown));
        put(buf, body, y, &fact.label, t.dim());
        let value = Rect::new(
            body.x + label_w + 1,
            y,
            body.width.saturating_sub(label_w + 1),
            body.bottom().saturating_sub(y),
        );
        for (k, line) in cut(&fact.lines, n).iter().enumerate() {
            put(buf, value, y + k as u16, line, style);
        }
        y += n as u16;
    }
    y += 1;
    for (kind, text) in cut_note(&parts.note, plan.note) {
        let style = match kind {
            NoteLine::Head => t.accent(),
            NoteLine::Text => t.bold(),
            NoteLine::Remark => t.dim(),
        };
        if kind == NoteLine::Text {
            put(buf, body, y, "▌", t.accent());
            let text_area = Rect {
                x: body.x + 2,
                width: body.width.saturating_sub(2),
                ..body
            };
            put(buf, text_area, y, &text, style);
        } else {
            put(buf, body, y, &text, style);
        }
        y += 1;
    }
    for l in &parts.note_langs[..plan.note_langs] {
        put(buf, body, y, &format!("  {l}"), t.dim());
        y += 1;
    }
}

/// The title from row `y`, big or plain as planned, then its language
/// mark and the other languages there is room for; returns the row below.
fn title(t: &Theme, parts: &Parts, plan: &Plan, body: Rect, mut y: u16, buf: &mut Buffer) -> u16 {
    match &plan.title {
        Title::Big(size, lines) => {
            let h = size.rows() * lines.len() as u16;
            let room = h.min(body.bottom().saturating_sub(y));
            big::render(
                lines,
                *size,
                t.bold(),
                Rect::new(body.x, y, body.width, room),
                buf,
            );
            y += h;
            if let Some(mark) = &parts.mark {
                put(buf, body, y, mark, t.dim());
                y += 1;
            }
        }
        Title::Plain(lines) => {
            for l in lines {
                put(buf, body, y, l, t.bold());
                y += 1;
            }
        }
    }
    for l in &parts.title_langs[..plan.title_langs] {
        put(buf, body, y, l, t.dim());
        y += 1;
    }
    y
}

/// The style that says what a value means, as the table and the pane do.
fn value_style(app: &App, t: &Theme, item: &Item, shown: Shown) -> Style {
    match shown {
        Shown::Status => t.status(item.status),
        Shown::Due => t.item(app, item),
        Shown::Slipped => t.due_soon(),
        _ => Style::new(),
    }
}

/// The item's parts in the reader's language, wrapped to `cols` columns.
fn parts(app: &App, cat: &Catalog, item: &Item, cols: usize) -> Parts {
    let label_w = label_width(cat);
    let value_cols = cols.saturating_sub(label_w + 1).max(8);
    let audience = app.audience();
    let fields = labelled_fields(cat, app.doc.ledger(), item, app.today, &audience);
    let fact = |shown: Shown, value: &str| Fact {
        shown,
        label: shown.label_id().map(|id| cat.text(id)).unwrap_or_default(),
        lines: wrap(value, value_cols),
    };
    let field = |shown: Shown| fields.iter().find(|f| f.shown == shown);
    let mut facts = Vec::new();
    for shown in [Shown::Status, Shown::Due, Shown::Owners] {
        match (field(shown), shown) {
            (Some(f), _) => facts.push(fact(shown, &f.value)),
            (None, Shown::Due) => facts.push(fact(shown, &tr!(cat, "detail-no-deadline"))),
            (None, _) => {}
        }
    }
    if let Some(owners) = facts.iter_mut().find(|f| f.shown == Shown::Owners) {
        owners.lines = cut(&owners.lines, 2);
    }
    let title = app.title(item);
    let languages = &app.doc.ledger().committee.languages;
    let original = app.doc.ledger().original_language();
    let others = |slot: &crate::ledger::TextSlot| {
        let shown = shown_language(slot, &audience);
        in_each_language(cat, slot, languages, shown)
    };
    let title_langs = others(&item.title_text(original));
    let note_langs = item.notes.last().map(|n| others(&n.text_slot(original)));
    Parts {
        id: item.id.clone(),
        title: title.text.to_owned(),
        mark: cat.text_mark(title.mark),
        facts,
        slips: field(Shown::Slipped).map(|f| fact(Shown::Slipped, &f.value)),
        note: note(app, cat, item, cols),
        title_langs,
        note_langs: note_langs.unwrap_or_default(),
    }
}

/// The last note as the reader reads it: its heading, then its text.
fn note(app: &App, cat: &Catalog, item: &Item, cols: usize) -> Vec<(NoteLine, String)> {
    let Some(note) = item.notes.last() else {
        return vec![(NoteLine::Remark, tr!(cat, "detail-no-notes"))];
    };
    let ago = cat.relative(Relative::between(note.date, app.today), When::Event);
    let head = tr!(
        cat,
        "detail-note-head",
        date = format_date(note.date),
        author = note.author.as_str(),
        ago = ago
    );
    let mut out = vec![(NoteLine::Head, tr!(cat, "detail-last-note", head = head))];
    let slot = note.text_slot(app.doc.ledger().original_language());
    let text = marked(cat, slot.shown(&app.audience()));
    let lines = wrap(&visible(&text), cols.saturating_sub(2).max(8));
    out.extend(lines.into_iter().map(|l| (NoteLine::Text, l)));
    out
}

/// The sizes that fit `body`: the facts whole, a line of the slips and a
/// few lines of the note first, then the biggest id, then a big title, then
/// the rest of the slips and of the note, then the other languages.
fn plan(p: &Parts, body: Rect) -> Plan {
    let h = usize::from(body.height);
    let w = body.width;
    let facts: usize = p.facts.iter().map(|f| f.lines.len()).sum();
    let note_min = p.note.len().min(NOTE_LINES);
    let slips_min = p.slips.as_ref().map_or(0, |f| f.lines.len().min(1));
    // The facts, a gap before and after them, a line of the slips and the
    // note's first lines: before any big letters.
    let rest = facts + 2 + slips_min + note_min;
    let plain_title = wrap(&visible_line(&title_and_mark(p)), usize::from(w)).len();
    let plain_title = plain_title.min(TITLE_LINES);
    let id = Size::LARGEST_FIRST.into_iter().find(|s| {
        big::lines(&p.id, *s, w, 1).is_some() && usize::from(s.rows()) + plain_title + rest <= h
    });
    // The plain id and the gap below it, or the big id (its blank last row the gap).
    let id_h = id.map_or(2, |s| usize::from(s.rows()));
    let mark_h = usize::from(p.mark.is_some());
    let big_title = [Size::Half, Size::Quarter].into_iter().find_map(|s| {
        let lines = big::lines(&p.title, s, w, BIG_TITLE_LINES)?;
        (id_h + lines.len() * usize::from(s.rows()) + mark_h + rest <= h).then_some((s, lines))
    });
    let (title, title_h) = match big_title {
        Some((s, lines)) => {
            let n = lines.len() * usize::from(s.rows()) + mark_h;
            (Title::Big(s, lines), n)
        }
        None => {
            let lines = wrap(&visible_line(&title_and_mark(p)), usize::from(w));
            (Title::Plain(cut(&lines, TITLE_LINES)), plain_title)
        }
    };
    let left = h.saturating_sub(id_h + title_h + 1 + facts + 1);
    let slips = p.slips.as_ref().map_or(0, |f| f.lines.len());
    let slips = slips.min(left.saturating_sub(note_min));
    let note = p.note.len().min(left - slips);
    let left = left - slips - note;
    let title_langs = p.title_langs.len().min(left);
    Plan {
        id,
        title,
        slips,
        note,
        title_langs,
        note_langs: p.note_langs.len().min(left - title_langs),
    }
}

fn title_and_mark(p: &Parts) -> String {
    match &p.mark {
        Some(m) => format!("{} {m}", p.title),
        None => p.title.clone(),
    }
}

/// The id in big letters of `size`, or in bold on one line; returns the
/// row below it.
fn id(text: &str, style: Style, body: Rect, size: Option<Size>, buf: &mut Buffer) -> u16 {
    match size.and_then(|s| Some((s, big::lines(text, s, body.width, 1)?))) {
        Some((s, lines)) => {
            let area = Rect {
                height: s.rows().min(body.height),
                ..body
            };
            big::render(&lines, s, style, area, buf);
            body.y + area.height
        }
        None => {
            put(buf, body, body.y, text, style);
            body.y + 1
        }
    }
}

/// The first `n` of `lines`, the last of them ending in `…` when some are left out.
fn cut(lines: &[String], n: usize) -> Vec<String> {
    let mut out: Vec<String> = lines.iter().take(n).cloned().collect();
    if lines.len() > n
        && let Some(last) = out.last_mut()
    {
        *last = format!("{last} …");
    }
    out
}

/// The first `n` lines of the note, as [`cut`] cuts.
fn cut_note(note: &[(NoteLine, String)], n: usize) -> Vec<(NoteLine, String)> {
    let texts: Vec<String> = note.iter().map(|(_, t)| t.clone()).collect();
    cut(&texts, n)
        .into_iter()
        .zip(note.iter().map(|(k, _)| *k))
        .map(|(t, k)| (k, t))
        .collect()
}

/// Writes `text` (safe to show, on one line) at row `y` of `area`, cut to its width.
fn put(buf: &mut Buffer, area: Rect, y: u16, text: &str, style: Style) {
    if y >= area.bottom() {
        return;
    }
    let w = usize::from(area.width);
    buf.set_stringn(area.x, y, truncate(&visible_line(text), w), w, style);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cutting_lines_marks_what_is_left_out() {
        let l: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        assert_eq!(cut(&l, 3), ["a", "b", "c"]);
        assert_eq!(cut(&l, 2), ["a", "b …"]);
        assert!(cut(&l, 0).is_empty());
    }
}
