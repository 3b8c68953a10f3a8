//! Where each action goes on a desk: to the portfolio's view (moving,
//! searching, filtering), to the seat that owns the selected item (every
//! edit, as the same action its own dashboard would take, on its own file),
//! to the seat whose prompt is open, to every seat in turn (`y`: a sync of
//! every committee), or to the committee on screen. The
//! seat's effects come back marked with the seat they are for.

use super::projection;
use super::seat::{DeskEffects, Place, Target};
use super::state::{Desk, Quitting, SyncRound};
use super::switcher::{Switcher, ranked};
use crate::app::commit::{complain, say};
use crate::app::keymap::Does;
use crate::app::model::{Action, Effect, Mode, Msg, PaletteEntry, Prompt, Synced};
use crate::app::state::{App, Remote, StatusLine, Syncing, ViewRow};
use crate::app::update::update as update_app;

/// Applies a user's action (or a report for the whole desk: a new size,
/// a new minute) to the desk; returns what is to be carried out, and for whom.
pub fn update(desk: &mut Desk, action: Action) -> DeskEffects {
    if matches!(
        action,
        Action::Resize(..) | Action::Minute | Action::SwitchReading
    ) {
        return everywhere(desk, action);
    }
    if action == Action::Quit {
        return quit(desk);
    }
    match desk.place {
        Place::Committee(m) => in_committee(desk, m, action),
        Place::Portfolio => in_portfolio(desk, action),
    }
}

/// Applies what the loop found out about seat `m` (its file, its git, its
/// background work, its timers) to that seat.
pub fn update_seat(desk: &mut Desk, m: usize, action: Action) -> DeskEffects {
    let before = version(&desk.seats[m].app);
    // The quit called off at this seat's prompt.
    if matches!(desk.seats[m].app.view.mode, Mode::QuitPrompt) && action == Action::Back {
        desk.quitting = None;
    }
    let status = desk.seats[m].app.session.status.clone();
    let effects = update_app(&mut desk.seats[m].app, action);
    let app = &desk.seats[m].app;
    if desk.place == Place::Portfolio && app.session.status != status {
        desk.portfolio.session.status = app.session.status.clone();
    }
    if version(&desk.seats[m].app) != before {
        reproject(desk);
    }
    mirror(desk);
    let mut out = Vec::with_capacity(effects.len());
    for e in effects {
        match e {
            Effect::Quit | Effect::QuitKeepingEdits => out.extend(agree(desk, m, &e)),
            e => out.push((Target::Seat(m), e)),
        }
    }
    out.extend(heard(desk, m));
    out
}

/// What changes whenever a dashboard's ledger does: its edits done and
/// undone (a reload or a merge is one), and the file it was last tied to.
fn version(app: &App) -> (usize, usize, Option<crate::ledger::Fingerprint>) {
    let h = &app.doc.history;
    (h.undo_len(), h.redo_len(), app.doc.fingerprint)
}

/// An action every dashboard of the desk takes (the terminal's size, the
/// minute, how the record's texts are read).
fn everywhere(desk: &mut Desk, action: Action) -> DeskEffects {
    let mut out = Vec::new();
    for m in 0..desk.seats.len() {
        let effects = update_app(&mut desk.seats[m].app, action.clone());
        out.extend(effects.into_iter().map(|e| (Target::Seat(m), e)));
    }
    // The portfolio leaves room under it for the committees that cannot be read.
    let action = match action {
        Action::Resize(w, h) => Action::Resize(w, h - desk.unreadable_rows(h)),
        a => a,
    };
    let effects = update_app(&mut desk.portfolio, action);
    desk.portfolio.index.stats.awaiting = desk.awaiting();
    if desk.place == Place::Portfolio {
        follow(desk);
    }
    out.extend(effects.into_iter().map(|e| (Target::Desk, e)));
    out
}

/// On one committee's dashboard: its own keys, but for the way back to
/// the portfolio (the portfolio key, or Esc with nothing left to close).
fn in_committee(desk: &mut Desk, m: usize, action: Action) -> DeskEffects {
    let app = &desk.seats[m].app;
    let back = match action {
        Action::Portfolio => matches!(app.view.mode, Mode::Normal),
        Action::Back => at_rest(app),
        _ => false,
    };
    if !back {
        return update_seat(desk, m, action);
    }
    desk.place = Place::Portfolio;
    let k = app.selected_item();
    if let Some(p) = k.and_then(|k| desk.origin.iter().position(|o| *o == (m, k))) {
        select(&mut desk.portfolio, p);
    }
    follow(desk);
    Vec::new()
}

/// True when Esc has nothing left to close on this dashboard.
fn at_rest(app: &App) -> bool {
    let v = &app.view;
    matches!(v.mode, Mode::Normal)
        && app.session.status.is_none()
        && v.review.is_none()
        && !v.timeline
        && !v.detail_focus
        && v.search.query.is_empty()
}

/// On the portfolio: the switcher or a seat's prompt first, then the
/// portfolio's own popups; moving, searching and filtering stay in the
/// portfolio's view, everything else goes to the selected item's seat.
fn in_portfolio(desk: &mut Desk, action: Action) -> DeskEffects {
    if desk.switcher.is_some() {
        switching(desk, action);
        return Vec::new();
    }
    if let Some(m) = desk.prompting() {
        return update_seat(desk, m, action);
    }
    if let Some(chosen) = palette_action(desk, &action) {
        return update(desk, chosen);
    }
    if !matches!(desk.portfolio.view.mode, Mode::Normal) || browsing(&action) {
        return portfolio(desk, action);
    }
    match action {
        Action::Portfolio => {
            desk.switcher = Some(Switcher::default());
            Vec::new()
        }
        Action::Suspend => vec![(Target::Desk, Effect::Suspend)],
        Action::Sync => sync_all(desk),
        Action::Save => {
            let unsaved = (0..desk.seats.len()).filter(|&m| !desk.seats[m].app.is_saved());
            let unsaved: Vec<usize> = unsaved.collect();
            unsaved
                .into_iter()
                .flat_map(|m| update_seat(desk, m, Action::Save))
                .collect()
        }
        Action::Undo | Action::Redo => {
            match desk.last_edited.or_else(|| desk.selected().map(|s| s.0)) {
                Some(m) => update_seat(desk, m, action),
                None => portfolio(desk, action),
            }
        }
        action => to_seat(desk, action),
    }
}

/// An action on the selected item, for its seat (with the seat's selection
/// on it first); the review opens that committee's dashboard.
fn to_seat(desk: &mut Desk, action: Action) -> DeskEffects {
    let Some((m, _)) = follow(desk) else {
        // Nothing selected: an item can still be added, to the first committee.
        if action == Action::Open(Prompt::AddItem) && !desk.seats.is_empty() {
            desk.last_edited = Some(0);
            return update_seat(desk, 0, action);
        }
        complain(&mut desk.portfolio, Msg::NoSelection);
        return Vec::new();
    };
    if action == Action::Review {
        desk.place = Place::Committee(m);
    } else {
        desk.last_edited = Some(m);
    }
    update_seat(desk, m, action)
}

/// Enter in the portfolio's palette on an action: the palette closes and
/// the action goes where its key would (an edit to the selected item's
/// committee). An item chosen is the portfolio's to select.
fn palette_action(desk: &mut Desk, action: &Action) -> Option<Action> {
    if *action != Action::Confirm {
        return None;
    }
    let p = &mut desk.portfolio;
    let cursor = p.view.mode.palette()?.cursor;
    let PaletteEntry::Action(row) = *p.palette_entries().get(cursor)? else {
        return None;
    };
    let Does::Act(chosen) = &p.keymap.bindings()[row].does else {
        return None;
    };
    let chosen = chosen.clone();
    p.view.mode = Mode::Normal;
    Some(chosen)
}

/// True for what the portfolio's own view answers: moving, searching,
/// filtering, sorting, grouping, the panes, the help, the palette (over
/// every committee's items), the mouse.
fn browsing(action: &Action) -> bool {
    matches!(
        action,
        Action::Move(_)
            | Action::Page(_)
            | Action::Top
            | Action::Bottom
            | Action::ToggleDetail
            | Action::Back
            | Action::SearchStart
            | Action::Input(_)
            | Action::Backspace
            | Action::SearchConfirm
            | Action::NextMatch(_)
            | Action::FilterMenu
            | Action::FilterBy(_)
            | Action::ToggleOverdue
            | Action::ClearFilter
            | Action::Pick
            | Action::CycleSort
            | Action::ToggleGroups
            | Action::ToggleTimeline
            | Action::ToggleHelp
            | Action::Open(Prompt::Palette)
            | Action::Click(..)
            | Action::Wheel(..)
            | Action::Paste(_)
            | Action::DetailMeasured(_)
            | Action::Continued
    )
}

/// The portfolio's view takes the action; its seat follows the selection.
fn portfolio(desk: &mut Desk, action: Action) -> DeskEffects {
    let effects = update_app(&mut desk.portfolio, action);
    follow(desk);
    effects.into_iter().map(|e| (Target::Desk, e)).collect()
}

/// The switcher takes a letter, a name, a move, Enter or Esc.
fn switching(desk: &mut Desk, action: Action) {
    let names: Vec<String> = desk.names().into_iter().map(str::to_owned).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let Some(sw) = desk.switcher.as_mut() else {
        return;
    };
    let go = match action {
        Action::Input(c) => {
            sw.query.push(c);
            sw.chosen = 0;
            None
        }
        Action::Backspace => {
            sw.query.pop();
            sw.chosen = 0;
            None
        }
        Action::Move(n) => {
            let shown = ranked(&names, &sw.query).len();
            let to = sw.chosen.saturating_add_signed(n as isize);
            sw.chosen = to.min(shown.saturating_sub(1));
            None
        }
        Action::Confirm | Action::SearchConfirm | Action::Pick => {
            ranked(&names, &sw.query).get(sw.chosen).copied()
        }
        Action::Back | Action::Portfolio => {
            desk.switcher = None;
            None
        }
        _ => None,
    };
    if let Some(m) = go {
        desk.switcher = None;
        desk.place = Place::Committee(m);
        // The committee's dashboard opens on the item selected in the
        // portfolio when it is that committee's.
        if desk.selected().is_some_and(|(s, _)| s == m) {
            follow(desk);
        }
    }
}

/// Puts the selected item's seat on that item (its filter and search let
/// go when they hide it; its review left), with the portfolio's pane
/// settings, so that its detail pane and its edits are the item's.
/// Returns the seat and the item's index there.
fn follow(desk: &mut Desk) -> Option<(usize, usize)> {
    let (m, k) = desk.selected()?;
    let p = &desk.portfolio.view;
    let app = &mut desk.seats[m].app;
    app.view.review = None;
    app.view.detail_focus = p.detail_focus;
    app.view.detail_scroll = p.detail_scroll;
    let row = |app: &App| app.view.rows.iter().position(|r| *r == ViewRow::Item(k));
    let at = match row(app) {
        Some(r) => r,
        None => {
            app.view.filter = Default::default();
            app.view.search.query.clear();
            app.rebuild();
            row(app)?
        }
    };
    app.view.selected = at;
    app.scroll_into_view();
    Some((m, k))
}

/// Selects the portfolio's item `p` when it is on view.
fn select(portfolio: &mut App, p: usize) {
    if let Some(r) = portfolio
        .view
        .rows
        .iter()
        .position(|r| *r == ViewRow::Item(p))
    {
        portfolio.view.selected = r;
        portfolio.scroll_into_view();
    }
}

/// Takes every seat's items in again (a seat's ledger changed), keeping
/// the portfolio's selection on the same item of the same committee.
fn reproject(desk: &mut Desk) {
    let keep = desk.portfolio.table_item().and_then(|p| {
        let (m, _) = *desk.origin.get(p)?;
        Some((m, desk.portfolio.doc.ledger().items[p].id.clone()))
    });
    let (items, origin) = projection::items(&desk.seats);
    desk.portfolio.doc.ledger_mut().items = items;
    desk.origin = origin;
    desk.portfolio.reindex();
    desk.portfolio.rebuild();
    desk.portfolio.index.stats.awaiting = desk.awaiting();
    let items = &desk.portfolio.doc.ledger().items;
    let found = keep
        .and_then(|(m, id)| (0..items.len()).find(|&p| desk.origin[p].0 == m && items[p].id == id));
    if let Some(p) = found {
        select(&mut desk.portfolio, p);
    }
    if desk.place == Place::Portfolio {
        follow(desk);
    }
}

/// The portfolio's header says what the seats' do: unsaved edits in any
/// committee, a sync running, a remote out of reach.
fn mirror(desk: &mut Desk) {
    let saved = desk.is_saved();
    let seats = || desk.seats.iter().map(|s| &s.app.session);
    let syncing = seats().any(|s| s.syncing == Syncing::Running);
    let offline = seats().any(|s| s.remote == Remote::Offline);
    let p = &mut desk.portfolio;
    if saved {
        p.doc.history.mark_saved();
    } else {
        p.doc.history.mark_unsaved();
    }
    p.session.syncing = if syncing {
        Syncing::Running
    } else {
        Syncing::Idle
    };
    p.session.remote = if offline {
        Remote::Offline
    } else {
        Remote::Reached
    };
}

/// Quitting the desk: each seat is asked as its own dashboard would be
/// (a prompt for unsaved edits, a sync on quitting); the desk ends once
/// every seat agreed.
fn quit(desk: &mut Desk) -> DeskEffects {
    let n = desk.seats.len();
    desk.switcher = None;
    desk.quitting = Some(Quitting {
        agreed: vec![false; n],
        keeping_edits: false,
    });
    if n == 0 {
        return vec![(Target::Desk, Effect::Quit)];
    }
    let mut out = Vec::new();
    for m in 0..n {
        if !agreed(desk, m) {
            out.extend(update_seat(desk, m, Action::Quit));
        }
    }
    // A committee's dashboard on screen shows another's quit prompt.
    if let Place::Committee(c) = desk.place
        && !matches!(desk.seats[c].app.view.mode, Mode::QuitPrompt)
        && let Some(x) = desk
            .seats
            .iter()
            .position(|s| matches!(s.app.view.mode, Mode::QuitPrompt))
    {
        desk.place = Place::Committee(x);
    }
    out
}

fn agreed(desk: &Desk, m: usize) -> bool {
    desk.quitting.as_ref().is_some_and(|q| q.agreed[m])
}

/// Seat `m` agreed to end (`effect`: how); the desk ends when every seat has.
fn agree(desk: &mut Desk, m: usize, effect: &Effect) -> DeskEffects {
    let n = desk.seats.len();
    let q = desk.quitting.get_or_insert_with(|| Quitting {
        agreed: vec![false; n],
        keeping_edits: false,
    });
    q.agreed[m] = true;
    q.keeping_edits |= *effect == Effect::QuitKeepingEdits;
    if !q.agreed.iter().all(|a| *a) {
        return Vec::new();
    }
    let how = if q.keeping_edits {
        Effect::QuitKeepingEdits
    } else {
        Effect::Quit
    };
    vec![(Target::Desk, how)]
}

/// `y` on the portfolio: starts syncing every committee, one after the other (unless a round is
/// already running).
fn sync_all(desk: &mut Desk) -> DeskEffects {
    if desk.sync_round.is_some() {
        return Vec::new();
    }
    desk.sync_round = Some(SyncRound {
        queue: (0..desk.seats.len()).rev().collect(),
        ..SyncRound::default()
    });
    next_sync(desk)
}

/// Starts the next committee's sync; once none is left, sums them up.
fn next_sync(desk: &mut Desk) -> DeskEffects {
    let n = desk.seats.len();
    loop {
        let Some(round) = desk.sync_round.as_mut() else {
            return Vec::new();
        };
        let Some(m) = round.queue.pop() else {
            let ended = std::mem::take(&mut round.ended);
            desk.sync_round = None;
            let failed = ended
                .iter()
                .any(|(_, how)| !matches!(how, Synced::Done { .. }));
            let msg = Msg::SyncedAll(ended);
            if failed {
                complain(&mut desk.portfolio, msg);
            } else {
                say(&mut desk.portfolio, msg);
            }
            return Vec::new();
        };
        let effects = update_seat(desk, m, Action::Sync);
        // A committee that cannot sync now (read only, a sync running) is passed over.
        if desk.seats[m].app.session.syncing == Syncing::Idle {
            continue;
        }
        if let Some(round) = desk.sync_round.as_mut() {
            round.current = Some(m);
        }
        let msg = Msg::SyncingAll {
            name: desk.seats[m].name.clone(),
            at: m + 1,
            n,
        };
        say(&mut desk.portfolio, msg);
        return effects;
    }
}

/// Seat `m` took an action: when it was the seat syncing and its sync has
/// ended, notes how and goes on with the next.
fn heard(desk: &mut Desk, m: usize) -> DeskEffects {
    let syncing = desk.sync_round.as_ref().and_then(|r| r.current);
    let app = &desk.seats[m].app;
    if syncing != Some(m) || app.session.syncing != Syncing::Idle {
        return Vec::new();
    }
    let how = match &app.session.status {
        Some(StatusLine {
            msg: Msg::Synced(how),
            ..
        }) => how.clone(),
        _ => Synced::NotSaved,
    };
    let name = desk.seats[m].name.clone();
    if let Some(round) = desk.sync_round.as_mut() {
        round.current = None;
        round.ended.push((name, how));
    }
    next_sync(desk)
}
