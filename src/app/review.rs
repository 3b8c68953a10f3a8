//! Review mode: stepping through the agenda of the weekly review meeting
//! item by item with the editing keys at hand, and recording the review
//! when the meeting ends.

use super::action::{Action, Effect};
use super::agenda::Agenda;
use super::commit::{self, complain, editable, say};
use super::layout::scroll_into_view;
use super::message::Msg;
use super::persist;
use super::review_form::ReviewForm;
use super::state::{App, Mode, ViewRow};
use crate::ops::Op;

/// Starts review mode (asking the event loop for git's view of what
/// changed since the last review), or leaves it.
pub fn toggle(app: &mut App) -> Option<Effect> {
    if app.review.is_some() {
        leave(app);
        return None;
    }
    let agenda = Agenda::new(&app.ledger, app.today, app.options.review_window_days);
    let n = agenda.entries.len();
    let since = agenda.since;
    app.review = Some(agenda);
    app.timeline = false;
    app.detail_focus = false;
    app.detail_scroll = 0;
    sync_table(app);
    say(
        app,
        if n == 0 {
            Msg::AgendaEmpty
        } else {
            Msg::ReviewStarted(n)
        },
    );
    since.map(Effect::SinceReview)
}

/// Git's view of what changed since the last review arrived.
pub fn since_review(app: &mut App, diff: crate::ledger::LedgerDiff) {
    if let Some(agenda) = &mut app.review {
        agenda.set_diff(diff);
    }
}

/// Leaves review mode; the table keeps the last item discussed selected.
pub fn leave(app: &mut App) {
    sync_table(app);
    app.review = None;
    app.detail_scroll = 0;
    scroll_into_view(app);
}

/// Steps `n` entries through the agenda (clamped at both ends).
pub fn step(app: &mut App, n: i32) {
    let Some(agenda) = &mut app.review else {
        return;
    };
    if agenda.entries.is_empty() {
        return;
    }
    let last = agenda.entries.len() as i64 - 1;
    let to = (agenda.cursor as i64 + i64::from(n)).clamp(0, last) as usize;
    if to != agenda.cursor {
        agenda.cursor = to;
        app.detail_scroll = 0;
    }
    sync_table(app);
}

/// Selects the agenda's current item in the table too, when it is shown there.
fn sync_table(app: &mut App) {
    let Some(i) = app.review.as_ref().and_then(Agenda::current) else {
        return;
    };
    if let Some(r) = app.rows.iter().position(|r| *r == ViewRow::Item(i)) {
        app.selected = r;
    }
}

/// `R`: opens the form that records the review.
pub fn open_finish(app: &mut App) {
    if !editable(app) {
        return;
    }
    app.review_form = Some(ReviewForm::new(app));
    app.mode = Mode::ReviewForm;
}

/// Enter in the review form: records the review (undoable) and saves.
pub fn submit(app: &mut App) -> Option<Effect> {
    let form = app.review_form.as_ref()?;
    let Some(review) = form.review() else {
        if let Some((_, why)) = form.problem.clone() {
            complain(app, Msg::ReviewDateInvalid(why));
        }
        return None;
    };
    app.review_form = None;
    app.mode = Mode::Normal;
    let done = commit::apply(app, Op::RecordReview(review))?;
    // The meeting is over: back to the table, whose "changed" marks now
    // count from this review.
    if app.review.is_some() {
        leave(app);
    }
    app.saved_message = Some(Msg::DidSaved(done.clone()));
    let effect = persist::save(app);
    if effect.is_some() {
        say(app, Msg::DidSaving(done));
    }
    effect
}

/// Feeds a key, paste or field move to the review form.
pub fn text(app: &mut App, action: Action) {
    let Some(mut form) = app.review_form.take() else {
        return;
    };
    match action {
        Action::TextKey(ev) => form.key(ev, app.today),
        Action::Paste(s) => form.paste(&s, app.today),
        Action::ClearLine => form.clear_line(app.today),
        Action::NextField(n) => form.move_focus(n),
        _ => {}
    }
    app.review_form = Some(form);
}

/// Esc in the review form.
pub fn cancel(app: &mut App) {
    app.review_form = None;
    app.mode = Mode::Normal;
    say(app, Msg::ReviewNotRecorded);
}
