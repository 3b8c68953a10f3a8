//! The prompts: whatever the mode has open drawn over the dashboard (one
//! place that chooses), and the note box, the delete, quit and disk
//! prompts, the merge conflicts, the deadline prompt and the status picker.

use super::Theme;
use super::words::{self, cat};
use super::{form, help, popup};
use crate::app::{App, ConflictSlot, Does, KEYMAP, Mode, Scope};
use crate::base::dates::format_date;
use crate::base::text::{truncate, visible_line};
use crate::tr;
use crate::view::detail::conflict_line;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

use super::overlay::{boxed, keys_line, text_field};

/// Draws the prompt, popup or help the mode has open, over the dashboard.
pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    match &app.view.mode {
        Mode::Help(scroll) => help::render(cat(app), t, *scroll, area, buf),
        Mode::FilterMenu => popup::filter_menu(app, t, area, buf),
        Mode::Pick(kind, cursor) => popup::pick(app, t, *kind, *cursor, area, buf),
        Mode::Form(f) => form::item_form(app, f, t, area, buf),
        Mode::Note(_) => note_box(app, t, area, buf),
        Mode::ConfirmDelete(i) => confirm_delete(app, *i, t, area, buf),
        Mode::QuitPrompt => quit_prompt(app, t, area, buf),
        Mode::DiskPrompt => disk_prompt(app, t, area, buf),
        Mode::ReviewForm(f) => form::review_form(app, f, t, area, buf),
        Mode::Conflicts(cursor) => conflicts(app, *cursor, t, area, buf),
        Mode::Due(_) => due_prompt(app, t, area, buf),
        Mode::StatusPick => status_pick(app, t, area, buf),
        Mode::Normal | Mode::Search => {}
    }
}

fn note_box(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
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

fn confirm_delete(app: &App, index: usize, t: &Theme, area: Rect, buf: &mut Buffer) {
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

fn quit_prompt(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
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

fn disk_prompt(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
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

/// The merge conflicts of the selected item and of the ledger, one per
/// line, with the cursor on the one to settle.
fn conflicts(app: &App, cursor: usize, t: &Theme, area: Rect, buf: &mut Buffer) {
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
fn due_prompt(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
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
                n = item.due_history.len(),
                shift = crate::i18n::shift_selector(item.last_shift())
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
                tr!(
                    cat,
                    "due-preview-slips",
                    n = probe.due_history.len(),
                    shift = crate::i18n::shift_selector(probe.last_shift())
                )
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
fn status_pick(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
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
