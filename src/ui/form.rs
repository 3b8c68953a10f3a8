//! The forms: the item form and the form that records a review.

use super::Theme;
use super::words::{self, cat};
use crate::app::{App, Form, ReviewField, ReviewForm, Scope};
use crate::base::dates::format_date;
use crate::base::text::{fit, visible_line, width};
use crate::i18n::Catalog;
use crate::ledger::Field;
use crate::tr;
use crate::view::detail::wrap;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use super::overlay::{boxed, field_label, keys_line, label_cols, text_field};

/// The part of a suggestion that completes the word typed, or `→ value`.
fn ghost(form: &Form, app: &App) -> String {
    let Some(s) = form.suggestion(&app.form_source()) else {
        return String::new();
    };
    let text = form.text(form.focused());
    let word = match form.focused() {
        Field::Owners | Field::Tags => text
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
    let cols = label_cols(cat);
    // What a field's problem and the hint say wraps: the box grows to fit.
    let inner_w = FORM_W.min(area.width.saturating_sub(2)).saturating_sub(2);
    let value_w = usize::from(inner_w.saturating_sub(cols + 2)).max(1);
    let said: Vec<(Field, Vec<String>)> = form
        .problems
        .iter()
        .map(|(k, m)| {
            let text = format!("✗ {}", visible_line(&words::problem(cat, m)));
            (*k, wrap(&text, value_w))
        })
        .collect();
    let hint = wrap(
        &hint_text(app, form),
        usize::from(inner_w.saturating_sub(2)).max(1),
    );
    let problem_rows: usize = said.iter().map(|(_, lines)| lines.len()).sum();
    let rows = (Field::FORM.len() + problem_rows + 1 + hint.len()) as u16;
    let keys = keys_line(app, Scope::Form);
    let inner = boxed(t, &title, &keys, FORM_W, rows + 2, area, buf);
    let value = Rect::new(
        inner.x + cols + 1,
        inner.y,
        inner.width.saturating_sub(cols + 2),
        1,
    );
    let mut y = inner.y;
    for (n, kind) in Field::FORM.iter().enumerate() {
        if y >= inner.bottom() {
            break;
        }
        let focused = n == form.focus;
        let bad = said.iter().find(|(k, _)| k == kind).map(|(_, lines)| lines);
        let label = cat.field_label(*kind);
        field_label(buf, (inner.x, y), cols, &label, focused, bad.is_some(), t);
        let at = Rect { y, ..value };
        field_value(app, form, *kind, focused, t, at, buf);
        y += 1;
        for line in bad.into_iter().flatten() {
            if y >= inner.bottom() {
                break;
            }
            buf.set_stringn(value.x, y, line, usize::from(value.width), t.overdue());
            y += 1;
        }
    }
    let w = usize::from(inner.width.saturating_sub(2));
    let top = inner.bottom().saturating_sub(hint.len() as u16);
    for (n, line) in hint.iter().enumerate() {
        buf.set_stringn(inner.x + 1, top + n as u16, line, w, t.dim());
    }
}

/// The item form's width at most.
const FORM_W: u16 = 84;

/// A field's value in the form: the status as a choice, else the text
/// typed (with the suggestion dimmed after it when focused, and what a
/// deadline means beside it).
fn field_value(
    app: &App,
    form: &Form,
    kind: Field,
    focused: bool,
    t: &Theme,
    at: Rect,
    buf: &mut Buffer,
) {
    let cat = cat(app);
    if kind == Field::Status {
        let s = form.status;
        let typed = form.text(Field::Status);
        let text = if focused && !typed.is_empty() {
            format!(
                "‹ {} {} › {}",
                s.symbol(),
                cat.status(s),
                visible_line(&typed)
            )
        } else if focused {
            format!("‹ {} {} ›", s.symbol(), cat.status(s))
        } else {
            format!("{} {}", s.symbol(), cat.status(s))
        };
        let style = t.status(s).patch(if focused {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        });
        buf.set_stringn(at.x, at.y, text, usize::from(at.width), style);
        return;
    }
    let text = form.text(kind);
    let ghost = if focused {
        ghost(form, app)
    } else {
        String::new()
    };
    let cursor = focused.then(|| form.cursor());
    text_field(buf, at, &text, cursor, &ghost, t);
    if kind == Field::Due && form.problem(kind).is_none() {
        let said = due_note(cat, form);
        let used = width(&visible_line(&text)) as u16 + 2;
        if !said.is_empty() && used + 4 < at.width {
            let w = usize::from(at.width - used);
            buf.set_stringn(at.x + used, at.y, said, w, t.dim());
        }
    }
}

/// The focused field's hint, or the suggestions for it, on the form's last line.
/// The line under the form: the suggestions for the focused field when
/// there are several, else what the field takes.
fn hint_text(app: &App, form: &Form) -> String {
    let cat = cat(app);
    let kind = form.focused();
    let sugg = form.suggestions(&app.form_source());
    if sugg.len() > 1 {
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
            cat.field_label(kind),
            words::field_hint(cat, kind)
        )
    }
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
                shift = crate::i18n::shift_selector(probe.last_shift()),
                n = probe.due_history.len(),
                first = format_date(*first)
            ));
        }
    }
    s
}

/// The form that records the review at the end of the meeting.
pub fn review_form(app: &App, form: &ReviewForm, t: &Theme, area: Rect, buf: &mut Buffer) {
    let cat = cat(app);
    let rows = ReviewField::ORDER.len() as u16 + 4;
    let title = tr!(cat, "review-form-title");
    let keys = keys_line(app, Scope::ReviewForm);
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
