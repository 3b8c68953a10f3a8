//! `update`: the only place the dashboard's state changes (but for
//! `look::foresee_move`, which moves the selection as a key would and puts
//! it back). It dispatches each action to its handler and returns the
//! effects for the loop.

use super::commit::{complain, say};
use super::conflicts;
use super::handlers::edit::Direction;
use super::handlers::persist::Resolution;
use super::handlers::{
    PROMPTS, browse, closure, edit, focus, item_log, palette, persist, review, sync, translate,
};
use super::model::{Action, Effect, Effects, Mode, Msg, SaveFailure};
use super::prompt_handler::PromptHandler;
use super::saving::refused;
use super::state::App;
use super::state::{Leaving, Syncing};

/// Applies `action` to `app`; returns what the event loop must do, in order.
pub fn update(app: &mut App, action: Action) -> Effects {
    app.counts.update();
    // A paste goes to the open text field; with none open it is nothing.
    if matches!(action, Action::Paste(_)) && !app.view.mode.takes_text() {
        return Vec::new();
    }
    if !keeps_drawn(app, &action) {
        app.changed();
    }
    if clears_message(app, &action) {
        app.session.status = None;
        app.changed();
    }
    // Enter in the palette: the chosen action, run as its key runs it.
    if let Some(effects) = palette::run(app, &action, update) {
        return effects;
    }
    let was_saved = app.is_saved();
    let ends_save = action.ends_save();
    let effects = match action {
        a if a.is_report() => reported(app, a),
        a @ (Action::Quit
        | Action::QuitSave
        | Action::QuitDiscard
        | Action::Suspend
        | Action::Save
        | Action::Sync
        | Action::MergeDisk
        | Action::ReloadDisk) => session(app, a),
        Action::Open(prompt) => ask(|h| (h.open)(app, prompt)),
        a @ (Action::CycleStatus(_)
        | Action::MarkDone
        | Action::ConfirmClosure
        | Action::SetStatus(_)
        | Action::Undo
        | Action::Redo
        | Action::Review
        | Action::Conflicts
        | Action::KeepSide(_)
        | Action::Confirm) => editing(app, a),
        a @ (Action::TextKey(_)
        | Action::Paste(_)
        | Action::NextField(_)
        | Action::NextSuggestion(_)
        | Action::Complete
        | Action::NewLine
        | Action::NextLanguage
        | Action::ClearLine) => typing(app, a),
        Action::ToggleItemLog => item_log::toggle(app),
        a => {
            browsing(app, a);
            Vec::new()
        }
    };
    // Back to the file's content (undone to it): the marks of the edits go.
    if !was_saved && app.is_saved() && effects.is_empty() {
        return vec![Effect::RecountUncommitted];
    }
    let effects = checked_saves(app, effects);
    if ends_save {
        return sync::after_save(app, effects);
    }
    effects
}

/// Whether `action` clears the message on the bottom line: what the user
/// does clears a message that is not an error.
pub(super) fn clears_message(app: &App, action: &Action) -> bool {
    !action.is_report() && app.session.status.as_ref().is_some_and(|s| !s.error)
}

/// Whether `action` changes no more than the selection, the search, the
/// popups and the detail pane's scroll and measure: the header, the summary
/// and the table's rows stay as drawn, but for their marks.
pub(super) fn keeps_drawn(app: &App, action: &Action) -> bool {
    let browsing = app.view.review.is_none() && !app.view.timeline;
    match action {
        Action::DetailMeasured(_) => true,
        Action::Move(_) | Action::Page(_) | Action::Top | Action::Bottom => browsing,
        Action::NextMatch(_) => browsing && app.view.mode.is_normal(),
        Action::Input(_) | Action::Backspace => browsing && matches!(app.view.mode, Mode::Search),
        _ => false,
    }
}

/// Each save asked for, unless the ledger may not be written now: then
/// what its failure asks for, in its place.
fn checked_saves(app: &mut App, effects: Effects) -> Effects {
    let mut out = Vec::with_capacity(effects.len());
    for effect in effects {
        match (&effect, refused_if_save(app, &effect)) {
            (_, Some(why)) => out.extend(update(app, Action::SaveFailed(why))),
            _ => out.push(effect),
        }
    }
    out
}

/// Why `effect`, when it is a save, may not be carried out.
fn refused_if_save(app: &App, effect: &Effect) -> Option<SaveFailure> {
    (*effect == Effect::Save).then(|| refused(app)).flatten()
}

/// What the event loop found out.
fn reported(app: &mut App, action: Action) -> Effects {
    match action {
        Action::Saved(fp) => return persist::saved(app, fp),
        Action::SaveFailed(why) => return persist::save_failed(app, why),
        Action::DiskChanged { disk, found } => return persist::disk_changed(app, disk, found),
        Action::DiskUnreadable(why) => complain(app, Msg::DiskUnreadable(why)),
        Action::Uncommitted(ids) => app.set_uncommitted(ids),
        Action::Distance(d) => app.session.distance = d,
        Action::SideNames(named) => app.session.side_names = named.into_iter().collect(),
        Action::SinceReview(diff) => review::since_review(app, *diff),
        Action::ItemLogLoaded(id, entries) => item_log::loaded(app, id, entries),
        Action::SyncEnded(how) => return sync::ended(app, how),
        Action::Synced(how) => return sync::done(app, how),
        Action::DetailMeasured(n) => app.view.detail_lines = n,
        Action::RetrySave => return persist::retry(app),
        Action::Continued => return vec![Effect::RetakeScreen],
        Action::GitMoved => return vec![Effect::RecountUncommitted],
        Action::Minute => {
            app.take_today();
        }
        Action::Recovered => complain(app, Msg::Recovered),
        Action::SampleCreated => say(app, Msg::SampleCreated(app.doc.path_label.clone())),
        Action::Resize(w, h) => {
            app.view.size = (w, h);
            app.scroll_into_view();
        }
        _ => {}
    }
    Vec::new()
}

/// Saving, syncing, quitting, and the prompts about them.
fn session(app: &mut App, action: Action) -> Effects {
    match action {
        Action::Quit
            if app.options.sync_on_quit
                && app.session.leaving != Leaving::AfterSync
                && app.is_saved()
                && app.editable()
                && app.session.syncing == Syncing::Idle =>
        {
            sync::start_leaving(app)
        }
        Action::Quit => persist::quit(app),
        Action::QuitSave => persist::save_and_quit(app),
        Action::QuitDiscard => vec![Effect::Quit],
        Action::Suspend => vec![Effect::Suspend],
        Action::Save => persist::save(app),
        Action::Sync => sync::start(app),
        Action::MergeDisk => persist::resolve_disk(app, Resolution::Merge),
        Action::ReloadDisk => persist::resolve_disk(app, Resolution::Reload),
        _ => Vec::new(),
    }
}

/// Edits, the review and merge conflicts.
fn editing(app: &mut App, action: Action) -> Effects {
    match action {
        Action::CycleStatus(dir) => {
            return edit::set_status(app, |s| if dir >= 0 { s.next() } else { s.prev() });
        }
        Action::MarkDone => return edit::mark_done(app),
        Action::ConfirmClosure => return closure::confirm_closure(app),
        Action::SetStatus(s) => return edit::pick_status(app, s),
        Action::Undo => return edit::undo(app, Direction::Undo),
        Action::Redo => return edit::undo(app, Direction::Redo),
        Action::Review => return review::toggle(app),
        Action::Conflicts => return conflicts::open(app),
        Action::KeepSide(side) => {
            return super::handlers::conflicts::resolve(app, side);
        }
        Action::Confirm => return ask(|h| (h.confirm)(app)),
        _ => {}
    }
    Vec::new()
}

/// What the first handler that owns the prompt in question answers
/// (nothing when none does).
fn ask(mut answer: impl FnMut(&PromptHandler) -> Option<Effects>) -> Effects {
    PROMPTS.iter().find_map(&mut answer).unwrap_or_default()
}

/// A key, paste or field move for the open text field (or the search).
fn typing(app: &mut App, action: Action) -> Effects {
    match (&app.view.mode, action) {
        (Mode::Search, Action::Paste(text)) => {
            browse::search_type(app, Some(&text.replace(['\n', '\r'], " ")));
            Vec::new()
        }
        (_, a) => ask(|h| (h.text)(app, &a)),
    }
}

/// Moving, searching, filtering, views and the mouse.
fn browsing(app: &mut App, action: Action) {
    let step = review::step;
    match action {
        Action::Move(n) => browse::move_by(app, n, step),
        Action::Page(n) => browse::page(app, n, step),
        Action::Top => browse::move_by(app, i32::MIN / 2, step),
        Action::Bottom => browse::move_by(app, i32::MAX / 2, step),
        Action::ToggleDetail => app.view.detail_focus = !app.view.detail_focus,
        Action::Back => back(app),
        Action::SearchStart => browse::search_start(app),
        Action::Input(c) => browse::search_type(app, Some(c.encode_utf8(&mut [0; 4]))),
        Action::Backspace => browse::search_type(app, None),
        Action::SearchConfirm => {
            app.view.mode = Mode::Normal;
            app.view.search.origin = app.view.selected;
        }
        Action::NextMatch(dir) => browse::next_match(app, dir),
        Action::FilterMenu => app.view.mode = Mode::FilterMenu,
        Action::FilterBy(kind) => app.view.mode = Mode::Pick(kind, 0),
        Action::ToggleOverdue => {
            app.view.filter.overdue = !app.view.filter.overdue;
            app.view.mode = Mode::Normal;
            browse::refresh(app);
        }
        Action::ClearFilter => {
            app.view.filter = Default::default();
            app.view.mode = Mode::Normal;
            browse::refresh(app);
        }
        Action::Pick => browse::pick(app),
        Action::CycleSort => {
            app.view.sort = app.view.sort.next();
            browse::refresh(app);
        }
        Action::ToggleGroups => {
            app.view.grouped = !app.view.grouped;
            browse::refresh(app);
        }
        Action::ToggleTimeline => {
            app.view.timeline = !app.view.timeline;
            app.view.timeline_scroll = 0;
        }
        Action::ToggleHelp => {
            app.view.mode = match app.view.mode {
                Mode::Help(_) => Mode::Normal,
                _ => Mode::Help(0),
            };
        }
        Action::SwitchReading => translate::switch_reading(app),
        Action::SwitchTheme => browse::switch_theme(app),
        Action::Zoom => focus::toggle(app),
        // A desk (`followup --all`) answers it before any dashboard does.
        Action::Portfolio => complain(app, Msg::NoPortfolio),
        Action::Click(x, y) => browse::click(app, x, y),
        Action::Wheel(x, y, n) => browse::wheel(app, x, y, n, step),
        _ => {}
    }
}

/// Esc: leaves whatever is open, one layer at a time; a prompt is left by
/// the handler it belongs to.
fn back(app: &mut App) {
    if PROMPTS.iter().find_map(|h| (h.back)(app)).is_some() {
        return;
    }
    match app.view.mode {
        Mode::Conflicts(_) => app.view.mode = Mode::Normal,
        Mode::QuitPrompt => {
            app.session.status = None;
            app.view.mode = Mode::Normal;
        }
        Mode::DiskPrompt => {
            say(app, Msg::DiskChangedLater);
            app.view.mode = Mode::Normal;
        }
        Mode::Normal if app.session.status.is_some() => app.session.status = None,
        Mode::Normal if app.view.review.is_some() => review::leave(app),
        Mode::Search => {
            browse::search_clear(app);
            app.view.mode = Mode::Normal;
        }
        Mode::Pick(..) => app.view.mode = Mode::FilterMenu,
        Mode::FilterMenu | Mode::Help(_) => app.view.mode = Mode::Normal,
        Mode::Normal if app.view.timeline => app.view.timeline = false,
        Mode::Normal if app.view.detail_focus => app.view.detail_focus = false,
        Mode::Normal => browse::search_clear(app),
        // Prompts: their handlers answered above.
        _ => {}
    }
}
