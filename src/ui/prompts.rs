//! The prompts: whatever the mode has open drawn over the dashboard (one
//! place that chooses), and the note box, the delete, quit and disk
//! prompts, the merge conflicts, the deadline prompt and the status picker
//! (the forms and the translation form have files of their own).

use super::Theme;
use super::words::{self, cat};
use super::{form, help, popup};
use crate::app::{App, ConflictSlot, Does, Mode, NoteBox, Scope};
use crate::base::dates::{DateError, format_date};
use crate::base::text::{truncate, visible_line};
use crate::ledger::Item;
use crate::tr;
use crate::view::detail::conflict_line;
use crate::view::texts::marked;
use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

use super::dialog::{Para, dialog, wrapped};
use super::overlay::{boxed, keys_line, text_field};
use crate::view::detail::wrap;

/// Draws the prompt, popup or help the mode has open, over the dashboard.
pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    match &app.view.mode {
        Mode::Help(scroll) => help::render(app, t, *scroll, area, buf),
        Mode::FilterMenu => popup::filter_menu(app, t, area, buf),
        Mode::Pick(kind, cursor) => popup::pick(app, t, *kind, *cursor, area, buf),
        Mode::Form(f) => form::item_form(app, f, t, area, buf),
        Mode::Note(n) => note_box(app, n, NoteFor::Note, t, area, buf),
        Mode::Reopen(n) => note_box(app, n, NoteFor::Reopening, t, area, buf),
        Mode::ConfirmDelete(i) => confirm_delete(app, *i, t, area, buf),
        Mode::QuitPrompt => quit_prompt(app, t, area, buf),
        Mode::DiskPrompt => disk_prompt(app, t, area, buf),
        Mode::ReviewForm(f) => form::review_form(app, f, t, area, buf),
        Mode::Conflicts(cursor) => conflicts(app, *cursor, t, area, buf),
        Mode::Due(_) => due_prompt(app, t, area, buf),
        Mode::StatusPick => status_pick(app, t, area, buf),
        Mode::Translate(f) => super::translate::render(app, f, t, area, buf),
        Mode::Palette(p) => super::palette::render(app, p, t, area, buf),
        Mode::Normal | Mode::Search => {}
    }
}

/// What a note box is for: a note, or the note that reopens an item.
#[derive(Clone, Copy, PartialEq, Eq)]
enum NoteFor {
    Note,
    Reopening,
}

fn note_box(app: &App, note: &NoteBox, what: NoteFor, t: &Theme, area: Rect, buf: &mut Buffer) {
    let cat = cat(app);
    let item = &app.doc.ledger().items[note.index];
    let (id, title) = (item.id.as_str(), marked(cat, app.title(item)));
    let (title, placeholder) = match what {
        NoteFor::Note => (
            tr!(cat, "note-title", id = id, title = title),
            tr!(cat, "note-placeholder"),
        ),
        NoteFor::Reopening => (
            tr!(cat, "reopen-title", id = id, title = title),
            tr!(cat, "reopen-placeholder"),
        ),
    };
    let title = truncate(&title, 70);
    let inner = boxed(t, &title, &keys_line(app, Scope::Note), 80, 12, area, buf);
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
        shown.set_placeholder_text(placeholder);
        (&shown).render(text, buf);
    } else {
        (&note.text).render(text, buf);
    }
}

fn confirm_delete(app: &App, index: usize, t: &Theme, area: Rect, buf: &mut Buffer) {
    let cat = cat(app);
    let item = &app.doc.ledger().items[index];
    let title = tr!(cat, "delete-title");
    let question = tr!(
        cat,
        "delete-question",
        id = item.id.as_str(),
        title = marked(cat, app.title(item))
    );
    let paras = [
        Para::new(question, t.bold()),
        Para::new(tr!(cat, "delete-notes", n = item.notes.len()), t.dim()),
    ];
    let keys = keys_line(app, Scope::Confirm);
    dialog(t, (&title, &keys), 64, 0, &paras, area, buf);
}

fn quit_prompt(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let cat = cat(app);
    let title = tr!(cat, "quit-title");
    let keys = keys_line(app, Scope::QuitPrompt);
    let what = match app.doc.history.unsaved_len() {
        Some(n) => tr!(cat, "quit-edits", n = n),
        None => {
            let n = crate::app::count_changed(app.doc.base(), app.doc.ledger());
            tr!(cat, "quit-items", n = n)
        }
    };
    let paras = [
        Para::new(what, t.bold()),
        Para::new(tr!(cat, "quit-question"), Style::new()),
    ];
    dialog(t, (&title, &keys), 64, 0, &paras, area, buf);
}

fn disk_prompt(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let cat = cat(app);
    let title = tr!(cat, "disk-title");
    let keys = keys_line(app, Scope::DiskPrompt);
    let n = app
        .doc
        .disk
        .as_ref()
        .map_or(0, |d| crate::app::count_changed(app.doc.base(), &d.ledger));
    let changed = tr!(
        cat,
        "disk-changed",
        path = app.doc.path_label.as_str(),
        n = n
    );
    let paras = [
        Para::new(changed, t.bold()),
        Para::new(tr!(cat, "disk-merge-keeps"), Style::new()),
        Para::new(tr!(cat, "disk-later"), Style::new()),
    ];
    dialog(t, (&title, &keys), 76, 0, &paras, area, buf);
}

/// The merge conflicts of the selected item and of the ledger, each wrapped
/// whole under its item's heading, with the cursor on the one to settle
/// (scrolled into view when they do not all fit).
fn conflicts(app: &App, cursor: usize, t: &Theme, area: Rect, buf: &mut Buffer) {
    let cat = cat(app);
    let box_w = area.width.saturating_sub(4).min(104);
    let cols = usize::from(box_w.saturating_sub(4));
    let mut lines: Vec<(Option<usize>, String)> = Vec::new();
    let mut last = None;
    for (n, e) in app.conflict_entries().iter().enumerate() {
        if last != Some(e.at) {
            let head = match e.at {
                ConflictSlot::Item(i) => {
                    let item = &app.doc.ledger().items[i];
                    format!("{} — {}", item.id, item.title)
                }
                ConflictSlot::Top => tr!(cat, "conflicts-ledger"),
            };
            let head = visible_line(&head).into_owned();
            lines.extend(wrap(&head, cols).into_iter().map(|l| (None, l)));
            last = Some(e.at);
        }
        if let Some(c) = app.conflict(*e) {
            let id = match e.at {
                ConflictSlot::Item(i) => Some(app.doc.ledger().items[i].id.clone()),
                ConflictSlot::Top => None,
            };
            let names = app.session.side_names.get(&(id, c.field.clone()));
            let text = conflict_line(cat, c, cols, names);
            for (k, l) in wrap(&text, cols.saturating_sub(2)).into_iter().enumerate() {
                let mark = match k {
                    0 if n == cursor => "▸ ",
                    _ => "  ",
                };
                lines.push((Some(n), format!("{mark}{l}")));
            }
        }
    }
    let title = tr!(cat, "conflicts-title");
    let keys = keys_line(app, Scope::Conflicts);
    let intro = [
        Para::new(tr!(cat, "conflicts-intro"), t.dim()),
        Para::new("", t.dim()),
    ];
    let extra = lines.len() as u16;
    let (inner, top) = dialog(t, (&title, &keys), box_w, extra, &intro, area, buf);
    let room = usize::from(inner.bottom().saturating_sub(top));
    let end = lines
        .iter()
        .rposition(|(n, _)| *n == Some(cursor))
        .map_or(0, |k| k + 1);
    let skip = end.saturating_sub(room);
    for (k, (n, text)) in lines.iter().skip(skip).take(room).enumerate() {
        let style = match n {
            None => t.bold(),
            Some(n) if *n == cursor => t.selected(),
            Some(_) => t.overdue(),
        };
        buf.set_stringn(inner.x + 1, top + k as u16, text, cols, style);
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
    let item = &app.doc.ledger().items[due.index];
    let title = tr!(
        cat,
        "due-title",
        id = item.id.as_str(),
        title = marked(cat, app.title(item))
    );
    let title = truncate(&title, 66);
    let keys = keys_line(app, Scope::Due);
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
    let (said, style) = due_preview(app, item, due.date, due.problem.as_ref());
    // The current deadline and the preview wrap: the box grows to fit them.
    let cols = usize::from(DUE_W.min(area.width.saturating_sub(2)).saturating_sub(4));
    let now = wrapped(&[Para::new(now, t.dim())], cols);
    let said = wrapped(&[Para::new(said, style(t))], cols);
    let h = (now.len() + said.len()) as u16 + 5;
    let inner = boxed(t, &title, &keys, DUE_W, h, area, buf);
    let w = usize::from(inner.width.saturating_sub(2));
    let x = inner.x + 1;
    let mut y = inner.y;
    for (line, style) in &now {
        buf.set_stringn(x, y, line, w, *style);
        y += 1;
    }
    let label = tr!(cat, "due-new");
    let (lx, _) = buf.set_stringn(x, y + 1, &label, w, t.accent());
    let field = Rect::new(lx + 1, y + 1, inner.right().saturating_sub(lx + 2), 1);
    text_field(buf, field, &due.text(), Some(due.cursor()), "", t);
    for (n, (line, style)) in said.iter().enumerate() {
        buf.set_stringn(x, y + 3 + n as u16, line, w, *style);
    }
}

/// The deadline prompt's width at most.
const DUE_W: u16 = 72;

/// What the typed deadline would be (and whether the deadline moves, which
/// way), why it cannot be read, or the forms to type; with its style.
fn due_preview(
    app: &App,
    item: &Item,
    date: Option<NaiveDate>,
    problem: Option<&DateError>,
) -> (String, fn(&Theme) -> Style) {
    let cat = cat(app);
    match (date, problem) {
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
            (format!("→ {when}{slips}"), Theme::bold)
        }
        (None, Some(e)) => (format!("✗ {}", words::date_error(cat, e)), Theme::overdue),
        (None, None) => (tr!(cat, "due-hint"), Theme::dim),
    }
}

/// The status picker (`s`): one key per status.
fn status_pick(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(i) = app.selected_item() else { return };
    let cat = cat(app);
    let item = &app.doc.ledger().items[i];
    let title = tr!(cat, "status-pick-title", id = item.id.as_str());
    let keys = keys_line(app, Scope::StatusPick);
    let choices: Vec<_> = (app.keymap.bindings().iter())
        .filter(|b| *b.scopes == [Scope::StatusPick])
        .filter_map(|b| match &b.does {
            Does::Act(crate::app::Action::SetStatus(s)) => Some((*b.keys.first()?, *s)),
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
