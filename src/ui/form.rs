//! The editing overlays: the item form, the note box, and the prompts
//! (delete, quit with unsaved edits, file changed on disk).

use super::Theme;
use super::words::{self, cat};
use crate::app::{
    App, Binding, ConflictSlot, Does, FieldKind, Form, KEYMAP, ReviewField, ReviewForm, Scope,
};
use crate::base::dates::format_date;
use crate::base::text::{fit, truncate, visible_line, width};
use crate::i18n::Catalog;
use crate::tr;
use crate::view::detail::conflict_line;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, Widget};

/// A bordered box of `w`×`h` centred in `area`; returns its inside.
fn boxed(
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
    super::popup::clear(popup, buf);
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
fn keys_line(cat: &Catalog, scope: Scope) -> String {
    let parts: Vec<String> = KEYMAP
        .iter()
        .filter(|b: &&Binding| b.scopes.contains(&scope) && !b.short.is_empty())
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
fn label_cols(cat: &Catalog) -> u16 {
    let widest = FieldKind::ORDER
        .iter()
        .map(|k| width(&words::field(cat, *k)))
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
fn field_label(
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
fn text_field(
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

/// The part of a suggestion that completes the word typed, or `→ value`.
fn ghost(form: &Form, app: &App) -> String {
    let Some(s) = form.suggestion(&app.form_source()) else {
        return String::new();
    };
    let text = form.text(form.focused());
    let word = match form.focused() {
        FieldKind::Owners | FieldKind::Tags => text
            .rsplit(',')
            .next()
            .unwrap_or_default()
            .trim_start()
            .to_owned(),
        _ => text,
    };
    let n = word.chars().count();
    let head: String = s.chars().take(n).collect();
    if head.to_lowercase() == word.to_lowercase() {
        s.chars().skip(n).collect()
    } else {
        format!("  → {s}")
    }
}

pub fn item_form(app: &App, form: &Form, t: &Theme, area: Rect, buf: &mut Buffer) {
    let cat = cat(app);
    let title = match form.editing {
        Some(_) => tr!(cat, "form-edit-title", id = form.original.id.as_str()),
        None => tr!(cat, "form-new-title"),
    };
    let rows = FieldKind::ORDER.len() as u16 + form.problems.len() as u16 + 2;
    let keys = keys_line(cat, Scope::Form);
    let inner = boxed(t, &title, &keys, 84, rows + 2, area, buf);
    let cols = label_cols(cat);
    let value_x = inner.x + cols + 1;
    let value_w = inner.width.saturating_sub(cols + 2);
    let mut y = inner.y;
    for (n, kind) in FieldKind::ORDER.iter().enumerate() {
        if y >= inner.bottom() {
            break;
        }
        let focused = n == form.focus;
        let bad = form.problem(*kind);
        let label = words::field(cat, *kind);
        field_label(buf, (inner.x, y), cols, &label, focused, bad.is_some(), t);
        match kind {
            FieldKind::Status => {
                let s = form.status;
                let text = if focused {
                    format!("‹ {} {} ›", s.symbol(), cat.status(s))
                } else {
                    format!("{} {}", s.symbol(), cat.status(s))
                };
                let style = t.status(s).patch(if focused {
                    Style::new().add_modifier(Modifier::BOLD)
                } else {
                    Style::new()
                });
                buf.set_stringn(value_x, y, text, usize::from(value_w), style);
            }
            _ => {
                let text = form.text(*kind);
                let ghost = if focused {
                    ghost(form, app)
                } else {
                    String::new()
                };
                let cursor = focused.then(|| form.cursor());
                let at = Rect::new(value_x, y, value_w, 1);
                text_field(buf, at, &text, cursor, &ghost, t);
                if *kind == FieldKind::Due && bad.is_none() {
                    let said = due_note(cat, form);
                    let used = width(&visible_line(&text)) as u16 + 2;
                    if !said.is_empty() && used + 4 < value_w {
                        buf.set_stringn(
                            value_x + used,
                            y,
                            said,
                            usize::from(value_w - used),
                            t.dim(),
                        );
                    }
                }
            }
        }
        y += 1;
        if let Some(msg) = bad
            && y < inner.bottom()
        {
            buf.set_stringn(
                value_x,
                y,
                truncate(
                    &format!("✗ {}", visible_line(&words::problem(cat, msg))),
                    usize::from(value_w),
                ),
                usize::from(value_w),
                t.overdue(),
            );
            y += 1;
        }
    }
    // The focused field's hint and suggestions.
    let y = inner.bottom().saturating_sub(1);
    let kind = form.focused();
    let sugg = form.suggestions(&app.form_source());
    let hint = if sugg.len() > 1 {
        let shown: Vec<&str> = sugg.iter().take(6).copied().collect();
        let list = visible_line(&shown.join(" · ")).into_owned();
        tr!(
            cat,
            "form-suggestions",
            at = form.suggestion % sugg.len() + 1,
            n = sugg.len(),
            list = list
        )
    } else {
        format!(
            "{}: {}",
            words::field(cat, kind),
            words::field_hint(cat, kind)
        )
    };
    buf.set_stringn(
        inner.x + 1,
        y,
        fit(&hint, usize::from(inner.width.saturating_sub(2))),
        usize::from(inner.width.saturating_sub(2)),
        t.dim(),
    );
}

/// What the deadline field means: the date understood (with its
/// weekday), and how often the deadline will then have moved.
fn due_note(cat: &Catalog, form: &Form) -> String {
    let Some(d) = form.due else {
        return if form.original.due.is_some() {
            tr!(cat, "form-due-none")
        } else {
            String::new()
        };
    };
    let mut s = format!("→ {}", words::day_and_date(cat, d));
    if let Some(old) = form.original.due
        && old != d
    {
        let mut probe = form.original.clone();
        probe.set_due(Some(d));
        if let Some(first) = probe.due_history.first() {
            s.push_str(&tr!(
                cat,
                "form-due-slip",
                was = format_date(old),
                n = probe.due_history.len(),
                first = format_date(*first)
            ));
        }
    }
    s
}

pub fn note_box(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(note) = app.view.mode.note() else {
        return;
    };
    let cat = cat(app);
    let item = &app.doc.ledger.items[note.index];
    let title = tr!(
        cat,
        "note-title",
        id = item.id.as_str(),
        title = item.title.as_str()
    );
    let title = truncate(&title, 70);
    let inner = boxed(t, &title, &keys_line(cat, Scope::Note), 80, 12, area, buf);
    buf.set_stringn(
        inner.x + 1,
        inner.y,
        format!(
            "{} · {}",
            format_date(app.today),
            visible_line(&app.session.author)
        ),
        usize::from(inner.width.saturating_sub(2)),
        t.dim(),
    );
    let text = Rect::new(
        inner.x + 1,
        inner.y + 2,
        inner.width.saturating_sub(2),
        inner.height.saturating_sub(2),
    );
    if note.text.is_empty() {
        let mut shown = note.text.clone();
        shown.set_placeholder_text(tr!(cat, "note-placeholder"));
        (&shown).render(text, buf);
    } else {
        (&note.text).render(text, buf);
    }
}

pub fn confirm_delete(app: &App, index: usize, t: &Theme, area: Rect, buf: &mut Buffer) {
    let cat = cat(app);
    let item = &app.doc.ledger.items[index];
    let title = tr!(cat, "delete-title");
    let inner = boxed(t, &title, &keys_line(cat, Scope::Confirm), 64, 4, area, buf);
    let w = usize::from(inner.width.saturating_sub(2));
    let question = tr!(
        cat,
        "delete-question",
        id = item.id.as_str(),
        title = item.title.as_str()
    );
    buf.set_stringn(
        inner.x + 1,
        inner.y,
        truncate(&visible_line(&question), w),
        w,
        t.bold(),
    );
    buf.set_stringn(
        inner.x + 1,
        inner.y + 1,
        truncate(&tr!(cat, "delete-notes", n = item.notes.len()), w),
        w,
        t.dim(),
    );
}

pub fn quit_prompt(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let cat = cat(app);
    let title = tr!(cat, "quit-title");
    let keys = keys_line(cat, Scope::QuitPrompt);
    let inner = boxed(t, &title, &keys, 64, 4, area, buf);
    let w = usize::from(inner.width.saturating_sub(2));
    let what = match app.doc.history.unsaved_len() {
        Some(n) => tr!(cat, "quit-edits", n = n),
        None => {
            let n = crate::app::count_changed(&app.doc.base, &app.doc.ledger);
            tr!(cat, "quit-items", n = n)
        }
    };
    buf.set_stringn(inner.x + 1, inner.y, truncate(&what, w), w, t.bold());
    buf.set_stringn(
        inner.x + 1,
        inner.y + 1,
        truncate(&tr!(cat, "quit-question"), w),
        w,
        Style::new(),
    );
}

pub fn disk_prompt(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let cat = cat(app);
    let title = tr!(cat, "disk-title");
    let keys = keys_line(cat, Scope::DiskPrompt);
    let inner = boxed(t, &title, &keys, 76, 5, area, buf);
    let w = usize::from(inner.width.saturating_sub(2));
    let n = app
        .doc
        .disk
        .as_ref()
        .map_or(0, |d| crate::app::count_changed(&app.doc.base, &d.ledger));
    let lines = [
        visible_line(&tr!(
            cat,
            "disk-changed",
            path = app.doc.path_label.as_str(),
            n = n
        ))
        .into_owned(),
        tr!(cat, "disk-merge-keeps"),
        tr!(cat, "disk-later"),
    ];
    for (k, l) in lines.iter().enumerate() {
        let style = if k == 0 { t.bold() } else { Style::new() };
        buf.set_stringn(inner.x + 1, inner.y + k as u16, truncate(l, w), w, style);
    }
}

/// The form that records the review at the end of the meeting.
pub fn review_form(app: &App, form: &ReviewForm, t: &Theme, area: Rect, buf: &mut Buffer) {
    let cat = cat(app);
    let rows = ReviewField::ORDER.len() as u16 + 4;
    let title = tr!(cat, "review-form-title");
    let keys = keys_line(cat, Scope::ReviewForm);
    let inner = boxed(t, &title, &keys, 76, rows + 2, area, buf);
    let cols = label_cols(cat);
    let value_x = inner.x + cols + 1;
    let value_w = inner.width.saturating_sub(cols + 2);
    for (n, field) in ReviewField::ORDER.iter().enumerate() {
        let y = inner.y + n as u16;
        if y >= inner.bottom() {
            break;
        }
        let focused = n == form.focus;
        let bad = form.problem.as_ref().filter(|(f, _)| f == field);
        let label = words::review_field(cat, *field);
        field_label(buf, (inner.x, y), cols, &label, focused, bad.is_some(), t);
        let text = form.text(*field);
        let at = Rect::new(value_x, y, value_w, 1);
        text_field(buf, at, &text, focused.then(|| form.cursor()), "", t);
        let used = width(&visible_line(&text)) as u16 + 2;
        let said = match (field, bad, form.date) {
            (_, Some((_, e)), _) => format!("✗ {}", visible_line(&words::date_error(cat, e))),
            (ReviewField::Date, None, Some(d)) => format!("→ {}", words::day_and_date(cat, d)),
            _ => String::new(),
        };
        if !said.is_empty() && used + 4 < value_w {
            let style = if bad.is_some() { t.overdue() } else { t.dim() };
            buf.set_stringn(value_x + used, y, said, usize::from(value_w - used), style);
        }
    }
    let w = usize::from(inner.width.saturating_sub(2));
    let discussed = app.view.review.as_ref().map_or(0, |r| r.entries.len());
    let edits = app.doc.history.undo_len();
    let about = tr!(cat, "review-form-about", items = discussed, edits = edits);
    let y = inner.y + ReviewField::ORDER.len() as u16 + 1;
    for (k, l) in crate::view::detail::wrap(&about, w)
        .iter()
        .take(2)
        .enumerate()
    {
        buf.set_stringn(inner.x + 1, y + k as u16, l, w, Style::new());
    }
    let f = form.focused();
    buf.set_stringn(
        inner.x + 1,
        inner.bottom().saturating_sub(1),
        fit(
            &format!(
                "{}: {}",
                words::review_field(cat, f),
                words::review_hint(cat, f)
            ),
            w,
        ),
        w,
        t.dim(),
    );
}

/// The merge conflicts of the selected item and of the ledger, one per
/// line, with the cursor on the one to settle.
pub fn conflicts(app: &App, cursor: usize, t: &Theme, area: Rect, buf: &mut Buffer) {
    let cat = cat(app);
    let entries = app.conflict_entries();
    let mut lines: Vec<(Option<usize>, String)> = Vec::new();
    let mut last = None;
    let inner_w = usize::from(area.width.saturating_sub(6).min(100));
    let value = (inner_w / 5).max(8);
    for (n, e) in entries.iter().enumerate() {
        if last != Some(e.at) {
            let head = match e.at {
                ConflictSlot::Item(i) => {
                    let item = &app.doc.ledger.items[i];
                    format!("{} — {}", item.id, item.title)
                }
                ConflictSlot::Top => tr!(cat, "conflicts-ledger"),
            };
            lines.push((None, head));
            last = Some(e.at);
        }
        if let Some(c) = app.conflict(*e) {
            let id = match e.at {
                ConflictSlot::Item(i) => Some(app.doc.ledger.items[i].id.clone()),
                ConflictSlot::Top => None,
            };
            let names = app.session.side_names.get(&(id, c.field.clone()));
            lines.push((Some(n), conflict_line(cat, c, value, names)));
        }
    }
    let h = (lines.len() as u16 + 4).min(area.height.saturating_sub(2));
    let title = tr!(cat, "conflicts-title");
    let keys = keys_line(cat, Scope::Conflicts);
    let inner = boxed(t, &title, &keys, (inner_w + 2) as u16, h, area, buf);
    let w = usize::from(inner.width.saturating_sub(2));
    buf.set_stringn(
        inner.x + 1,
        inner.y,
        tr!(cat, "conflicts-intro"),
        w,
        t.dim(),
    );
    let room = usize::from(inner.height.saturating_sub(2));
    let at = lines
        .iter()
        .position(|(n, _)| *n == Some(cursor))
        .unwrap_or(0);
    let skip = (at + 1).saturating_sub(room);
    for (k, (n, text)) in lines.iter().skip(skip).take(room).enumerate() {
        let y = inner.y + 2 + k as u16;
        match n {
            None => {
                buf.set_stringn(inner.x + 1, y, truncate(text, w), w, t.bold());
            }
            Some(n) => {
                let mark = if *n == cursor { "▸ " } else { "  " };
                let style = if *n == cursor {
                    t.selected()
                } else {
                    t.overdue()
                };
                let text = truncate(&format!("{mark}{text}"), w);
                buf.set_stringn(inner.x + 1, y, text, w, style);
            }
        }
    }
}

/// The deadline prompt (`d`): the deadline now, the text typed, and what it
/// will be: the date with its weekday, how far off, and how often the
/// deadline will then have moved.
pub fn due_prompt(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(due) = app.view.mode.due() else {
        return;
    };
    let cat = cat(app);
    let item = &app.doc.ledger.items[due.index];
    let title = tr!(
        cat,
        "due-title",
        id = item.id.as_str(),
        title = item.title.as_str()
    );
    let title = truncate(&title, 66);
    let keys = keys_line(cat, Scope::Due);
    let inner = boxed(t, &title, &keys, 72, 7, area, buf);
    let w = usize::from(inner.width.saturating_sub(2));
    let x = inner.x + 1;
    let now = match item.due {
        Some(d) => {
            let rel = words::relative(cat, d, app.today, crate::i18n::When::Deadline);
            tr!(
                cat,
                "due-now",
                date = words::day_and_date(cat, d),
                rel = rel,
                n = item.due_history.len()
            )
        }
        None => tr!(cat, "due-now-none"),
    };
    buf.set_stringn(x, inner.y, truncate(&now, w), w, t.dim());
    let label = tr!(cat, "due-new");
    let (lx, _) = buf.set_stringn(x, inner.y + 2, &label, w, t.accent());
    let field = Rect::new(lx + 1, inner.y + 2, inner.right().saturating_sub(lx + 2), 1);
    text_field(buf, field, &due.text(), Some(due.cursor()), "", t);
    let (said, style) = match (due.date, &due.problem) {
        (Some(d), _) => {
            let mut probe = item.clone();
            let moved = probe.set_due(Some(d));
            let rel = words::relative(cat, d, app.today, crate::i18n::When::Deadline);
            let when = tr!(
                cat,
                "due-preview",
                date = words::day_and_date(cat, d),
                rel = rel
            );
            let slips = if moved && item.due.is_some() {
                tr!(cat, "due-preview-slips", n = probe.due_history.len())
            } else {
                String::new()
            };
            (format!("→ {when}{slips}"), t.bold())
        }
        (None, Some(e)) => (format!("✗ {}", words::date_error(cat, e)), t.overdue()),
        (None, None) => (tr!(cat, "due-hint"), t.dim()),
    };
    buf.set_stringn(x, inner.y + 4, truncate(&said, w), w, style);
}

/// The status picker (`s`): one key per status.
pub fn status_pick(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(i) = app.selected_item() else { return };
    let cat = cat(app);
    let item = &app.doc.ledger.items[i];
    let title = tr!(cat, "status-pick-title", id = item.id.as_str());
    let keys = keys_line(cat, Scope::StatusPick);
    let choices: Vec<_> = KEYMAP
        .iter()
        .filter(|b| b.scopes == [Scope::StatusPick])
        .filter_map(|b| match &b.does {
            Does::Act(crate::app::Action::SetStatus(s)) => Some((b.keys[0], *s)),
            _ => None,
        })
        .collect();
    let inner = boxed(t, &title, &keys, 40, choices.len() as u16 + 2, area, buf);
    let w = usize::from(inner.width.saturating_sub(2));
    for (n, (key, s)) in choices.iter().enumerate() {
        let y = inner.y + n as u16;
        let style = if *s == item.status {
            t.selected()
        } else {
            t.status(*s)
        };
        let (x, _) = buf.set_stringn(inner.x + 1, y, words::key(cat, *key), 2, t.accent());
        let text = format!("{} {}", s.symbol(), cat.status(*s));
        buf.set_stringn(x + 1, y, text, w.saturating_sub(3), style);
    }
}
