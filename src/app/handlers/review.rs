//! Review mode: stepping through the agenda of the weekly review meeting
//! item by item with the editing keys at hand, and recording the review
//! when the meeting ends.

use crate::app::commit::{self, complain, editable, say};
use crate::app::model::{Action, Agenda, Effect, Effects, Mode, Msg, Prompt, ReviewForm};
use crate::app::prompt_handler::PromptHandler;
use crate::app::saving::request_save;
use crate::app::state::{App, ViewRow};
use crate::ops::Op;

/// Starts review mode (asking the event loop for git's view of what
/// changed since the last review), or leaves it.
pub fn toggle(app: &mut App) -> Effects {
    if app.view.review.is_some() {
        leave(app);
        return Vec::new();
    }
    let into = app.translating_into();
    let agenda = Agenda::new(
        app.doc.ledger(),
        app.today,
        app.options.review_window_days,
        app.session.signer.party.as_deref(),
        into,
    );
    let n = agenda.entries.len();
    let since = agenda.since;
    app.view.review = Some(agenda);
    app.view.timeline = false;
    app.view.detail_focus = false;
    app.view.detail_scroll = 0;
    sync_table(app);
    say(
        app,
        if n == 0 {
            Msg::AgendaEmpty
        } else {
            Msg::ReviewStarted(n)
        },
    );
    since.map(Effect::SinceReview).into_iter().collect()
}

/// Git's view of what changed since the last review arrived.
pub fn since_review(app: &mut App, diff: crate::ledger::LedgerDiff) {
    if let Some(agenda) = &mut app.view.review {
        agenda.set_diff(diff);
    }
}

/// Leaves review mode; the table keeps the last item discussed selected.
pub fn leave(app: &mut App) {
    sync_table(app);
    app.view.review = None;
    app.view.detail_scroll = 0;
    app.scroll_into_view();
}

/// Steps `n` entries through the agenda (clamped at both ends).
pub fn step(app: &mut App, n: i32) {
    let Some(agenda) = &mut app.view.review else {
        return;
    };
    if agenda.entries.is_empty() {
        return;
    }
    let last = agenda.entries.len() as i64 - 1;
    let to = (agenda.cursor as i64 + i64::from(n)).clamp(0, last) as usize;
    if to != agenda.cursor {
        agenda.cursor = to;
        app.view.detail_scroll = 0;
    }
    sync_table(app);
}

/// Selects the agenda's current item in the table too, when it is shown there.
fn sync_table(app: &mut App) {
    let Some(i) = app.view.review.as_ref().and_then(Agenda::current) else {
        return;
    };
    if let Some(r) = app.view.rows.iter().position(|r| *r == ViewRow::Item(i)) {
        app.view.selected = r;
    }
}

/// `R`: opens the form that records the review.
pub fn open_finish(app: &mut App) {
    if !editable(app) {
        return;
    }
    let form = ReviewForm::new(app.doc.ledger(), app.today, app.options.lang);
    app.view.mode = Mode::ReviewForm(Box::new(form));
}

/// Enter in the review form: records the review (undoable) and saves.
pub fn submit(app: &mut App) -> Effects {
    let Some(form) = app.view.mode.review_form() else {
        return Vec::new();
    };
    let Some(review) = form.review() else {
        if let Some((_, why)) = form.problem.clone() {
            complain(app, Msg::ReviewDateInvalid(why));
        }
        return Vec::new();
    };
    app.view.mode = Mode::Normal;
    let recorded = Effect::CommitReview {
        date: review.date,
        attendees: review.attendees.clone(),
    };
    let Some(done) = commit::apply(app, Op::RecordReview(review)) else {
        return Vec::new();
    };
    // The meeting is over: back to the table, whose "changed" marks now
    // count from this review.
    if app.view.review.is_some() {
        leave(app);
    }
    app.session.say_when_saved = Some(Msg::DidSaved(done.clone()));
    let mut effects = request_save(app);
    if !effects.is_empty() {
        say(app, Msg::DidSaving(done));
        // Its own commit, once saved: its minutes can be written again from it.
        effects.push(recorded);
    }
    effects
}

/// The prompt of this module: the form that records the review.
pub const PROMPTS: PromptHandler = PromptHandler {
    open,
    confirm,
    back,
    text,
};

/// Opens the form that records the review; `None` for another prompt.
pub fn open(app: &mut App, prompt: Prompt) -> Option<Effects> {
    (prompt == Prompt::RecordReview).then(|| {
        open_finish(app);
        Vec::new()
    })
}

/// Feeds a key, paste or field move to the review form; `None` when it
/// is not open.
pub fn text(app: &mut App, action: &Action) -> Option<Effects> {
    let today = app.today;
    let Mode::ReviewForm(form) = &mut app.view.mode else {
        return None;
    };
    match action {
        Action::TextKey(ev) => form.key(*ev, today),
        Action::Paste(s) => form.paste(s, today),
        Action::ClearLine => form.clear_line(today),
        Action::NextField(n) => form.move_focus(*n),
        _ => {}
    }
    Some(Vec::new())
}

/// Esc in the review form.
pub fn cancel(app: &mut App) {
    app.view.mode = Mode::Normal;
    say(app, Msg::ReviewNotRecorded);
}

/// Enter in the review form; `None` when it is not open.
pub fn confirm(app: &mut App) -> Option<Effects> {
    matches!(app.view.mode, Mode::ReviewForm(_)).then(|| submit(app))
}

/// Esc in the review form; `None` when it is not open.
pub fn back(app: &mut App) -> Option<Effects> {
    matches!(app.view.mode, Mode::ReviewForm(_)).then(|| {
        cancel(app);
        Vec::new()
    })
}
