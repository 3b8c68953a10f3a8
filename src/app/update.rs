//! `update`: the only place the dashboard's state changes.

use super::action::{Action, Effect, FilterKind};
use super::commit::{complain, say};
use super::detail::detail_lines;
use super::layout::{Areas, areas, page_rows, scroll_into_view, too_small};
use super::message::Msg;
use super::state::{App, Mode, ViewRow};
use super::{conflict, edit, persist, review, sync};
use crate::ledger::Status;
use ratatui::layout::{Position, Rect};

/// Rows moved by one turn of the mouse wheel.
const WHEEL_ROWS: i32 = 3;

/// Applies `action` to `app`; returns what the event loop must do, if anything.
pub fn update(app: &mut App, action: Action) -> Option<Effect> {
    let from_user = !matches!(
        action,
        Action::Resize(..)
            | Action::Saved(_)
            | Action::SaveFailed(_)
            | Action::DiskChanged { .. }
            | Action::DiskUnreadable(_)
            | Action::Uncommitted(_)
            | Action::Distance(_)
            | Action::SideNames(_)
            | Action::SinceReview(_)
            | Action::Recovered
            | Action::Synced(_)
    );
    if from_user && app.status.as_ref().is_some_and(|s| !s.error) {
        app.status = None;
    }
    match action {
        Action::Quit
            if app.options.sync_on_quit
                && !app.quit_after_sync
                && app.saved
                && app.editable()
                && !app.syncing =>
        {
            app.quit_after_sync = true;
            return sync::start(app);
        }
        Action::Quit => return persist::quit(app),
        Action::AddItem => edit::open_add(app),
        Action::EditItem => edit::open_edit(app),
        Action::CycleStatus(dir) => {
            return edit::set_status(app, |s| if dir >= 0 { s.next() } else { s.prev() });
        }
        Action::MarkDone => return edit::mark_done(app),
        Action::StatusPicker => edit::open_status_pick(app),
        Action::SetStatus(s) => return edit::pick_status(app, s),
        Action::MoveDue => edit::open_due(app),
        Action::AddNote => edit::open_note(app),
        Action::DeleteItem => edit::ask_delete(app),
        Action::Undo => return edit::undo(app, false),
        Action::Redo => return edit::undo(app, true),
        Action::Save => return persist::save(app),
        Action::Sync => return sync::start(app),
        Action::Synced(how) => return sync::done(app, how),
        Action::Review => return review::toggle(app),
        Action::SinceReview(diff) => review::since_review(app, *diff),
        Action::FinishReview => review::open_finish(app),
        Action::Conflicts => return conflict::open(app),
        Action::KeepSide(side) => return conflict::resolve(app, side),
        Action::Uncommitted(ids) => app.set_uncommitted(ids),
        Action::Distance(d) => app.distance = d,
        Action::SideNames(named) => app.side_names = named.into_iter().collect(),
        Action::Recovered => complain(app, Msg::Recovered),
        Action::Confirm => return confirm(app),
        Action::Paste(text) if app.mode == Mode::Search => {
            app.search.query.push_str(&text.replace(['\n', '\r'], " "));
            search_as_typed(app);
        }
        a @ (Action::TextKey(_)
        | Action::Paste(_)
        | Action::NextField(_)
        | Action::NextSuggestion(_)
        | Action::Complete
        | Action::NewLine
        | Action::ClearLine) => {
            if app.mode == Mode::ReviewForm {
                review::text(app, a);
            } else {
                edit::text(app, a);
            }
        }
        Action::QuitSave => {
            app.mode = Mode::Normal;
            app.quit_after_save = true;
            return persist::save(app);
        }
        Action::QuitDiscard => return Some(Effect::Quit),
        Action::Suspend => return Some(Effect::Suspend),
        Action::MergeDisk => return persist::resolve_disk(app, true),
        Action::ReloadDisk => return persist::resolve_disk(app, false),
        Action::Saved(fp) => return persist::saved(app, fp),
        Action::SaveFailed(why) => persist::save_failed(app, why),
        Action::DiskChanged { disk, saving } => return persist::disk_changed(app, disk, saving),
        Action::DiskUnreadable(why) => complain(app, Msg::DiskUnreadable(why)),
        Action::Resize(w, h) => {
            app.size = (w, h);
            scroll_into_view(app);
        }
        Action::Move(n) => move_by(app, n),
        Action::Page(n) if app.review.is_some() && app.mode == Mode::Normal => {
            let a = areas(app, app.size);
            let page = i32::from(a.detail_text().height.saturating_sub(1));
            scroll_detail(app, &a, n * page.max(1));
        }
        Action::Page(n) => {
            let page = page_rows(app) as i32;
            move_by(app, n * page.max(1));
        }
        Action::Top => move_by(app, i32::MIN / 2),
        Action::Bottom => move_by(app, i32::MAX / 2),
        Action::ToggleDetail => {
            app.detail_focus = !app.detail_focus;
        }
        Action::Back => back(app),
        Action::SearchStart => {
            app.mode = Mode::Search;
            app.search.query.clear();
            app.search.origin = app.selected;
            app.find_matches();
        }
        Action::Input(c) => {
            app.search.query.push(c);
            search_as_typed(app);
        }
        Action::Backspace => {
            app.search.query.pop();
            search_as_typed(app);
        }
        Action::SearchConfirm => {
            app.mode = Mode::Normal;
            app.search.origin = app.selected;
        }
        Action::NextMatch(dir) => next_match(app, dir),
        Action::FilterMenu => app.mode = Mode::FilterMenu,
        Action::FilterBy(kind) => app.mode = Mode::Pick(kind, 0),
        Action::ToggleOverdue => {
            app.filter.overdue = !app.filter.overdue;
            app.mode = Mode::Normal;
            refresh(app);
        }
        Action::ClearFilter => {
            app.filter = Default::default();
            app.mode = Mode::Normal;
            refresh(app);
        }
        Action::Pick => pick(app),
        Action::CycleSort => {
            app.sort = app.sort.next();
            refresh(app);
        }
        Action::ToggleGroups => {
            app.grouped = !app.grouped;
            refresh(app);
        }
        Action::ToggleTimeline => {
            app.timeline = !app.timeline;
            app.timeline_scroll = 0;
        }
        Action::ToggleHelp => {
            app.mode = match app.mode {
                Mode::Help(_) => Mode::Normal,
                _ => Mode::Help(0),
            };
        }
        Action::Click(x, y) => click(app, x, y),
        Action::Wheel(x, y, n) => {
            let a = areas(app, app.size);
            if app.mode == Mode::Normal && !app.timeline && a.detail.contains(Position::new(x, y)) {
                scroll_detail(app, &a, n * WHEEL_ROWS);
            } else if app.mode == Mode::Normal || matches!(app.mode, Mode::Help(_) | Mode::Pick(..))
            {
                move_by(app, n * WHEEL_ROWS);
            }
        }
    }
    None
}

fn refresh(app: &mut App) {
    app.rebuild();
    app.detail_scroll = 0;
    scroll_into_view(app);
}

/// Enter in a form, a note box or the delete prompt.
fn confirm(app: &mut App) -> Option<Effect> {
    match app.mode {
        Mode::Form => edit::submit_form(app),
        Mode::Note => edit::submit_note(app),
        Mode::ReviewForm => review::submit(app),
        Mode::ConfirmDelete(i) => edit::delete(app, i),
        Mode::Due => edit::submit_due(app),
        _ => None,
    }
}

fn back(app: &mut App) {
    match app.mode {
        Mode::Form | Mode::Note | Mode::ConfirmDelete(_) | Mode::Due | Mode::StatusPick => {
            edit::cancel(app)
        }
        Mode::ReviewForm => review::cancel(app),
        Mode::Conflicts(_) => app.mode = Mode::Normal,
        Mode::QuitPrompt => {
            app.status = None;
            app.mode = Mode::Normal;
        }
        Mode::DiskPrompt => {
            say(app, Msg::DiskChangedLater);
            app.mode = Mode::Normal;
        }
        Mode::Normal if app.status.is_some() => app.status = None,
        Mode::Normal if app.review.is_some() => review::leave(app),
        Mode::Search => {
            app.search.query.clear();
            app.find_matches();
            app.mode = Mode::Normal;
        }
        Mode::Pick(..) => app.mode = Mode::FilterMenu,
        Mode::FilterMenu | Mode::Help(_) => app.mode = Mode::Normal,
        Mode::Normal if app.timeline => app.timeline = false,
        Mode::Normal if app.detail_focus => app.detail_focus = false,
        Mode::Normal => {
            app.search.query.clear();
            app.find_matches();
        }
    }
}

/// Moves whatever the keyboard is on: the table selection, the detail text,
/// the timeline, the help, or a pick-list cursor.
fn move_by(app: &mut App, n: i32) {
    match app.mode {
        Mode::Help(s) => app.mode = Mode::Help(add(s, n)),
        Mode::Pick(kind, cur) => {
            let last = app.pick_len(kind).saturating_sub(1) as i64;
            app.mode = Mode::Pick(kind, (cur as i64 + i64::from(n)).clamp(0, last) as usize);
        }
        Mode::Conflicts(cur) => {
            let last = app.conflict_entries().len().saturating_sub(1) as i64;
            app.mode = Mode::Conflicts((cur as i64 + i64::from(n)).clamp(0, last) as usize);
        }
        _ if app.review.is_some() => review::step(app, n),
        _ if app.timeline => {
            select_by(app, n);
            let height = areas(app, app.size).timeline_rows();
            app.timeline_scroll = u16::try_from(app.timeline_skip(height)).unwrap_or(u16::MAX);
        }
        _ if app.detail_focus => {
            let a = areas(app, app.size);
            scroll_detail(app, &a, n);
        }
        _ => select_by(app, n),
    }
}

fn add(v: u16, n: i32) -> u16 {
    (i64::from(v) + i64::from(n)).clamp(0, i64::from(u16::MAX)) as u16
}

fn scroll_detail(app: &mut App, a: &Areas, n: i32) {
    let text = a.detail_text();
    let lines = detail_lines(app, usize::from(text.width)).len() as u16;
    let max = lines.saturating_sub(text.height);
    app.detail_scroll = add(app.detail_scroll, n).min(max);
}

/// Moves the table selection by `n` item rows, skipping workstream headings.
fn select_by(app: &mut App, n: i32) {
    if app.rows.is_empty() {
        return;
    }
    let last = app.rows.len() as i64 - 1;
    let target = (app.selected as i64 + i64::from(n)).clamp(0, last) as usize;
    let dir = if n < 0 { -1 } else { 1 };
    select(app, target, dir);
}

fn select(app: &mut App, row: usize, dir: i32) {
    if let Some(r) = app
        .first_item_row(row, dir)
        .or_else(|| app.first_item_row(row, -dir))
    {
        if r != app.selected {
            app.detail_scroll = 0;
        }
        app.selected = r;
    }
    scroll_into_view(app);
}

fn search_as_typed(app: &mut App) {
    app.find_matches();
    let from = app.search.origin;
    let hit = app.search.matches.iter().find(|&&m| m >= from);
    if let Some(&m) = hit.or(app.search.matches.first()) {
        select(app, m, 1);
    }
}

fn next_match(app: &mut App, dir: i32) {
    let m = &app.search.matches;
    let target = if dir > 0 {
        m.iter().find(|&&r| r > app.selected).or(m.first())
    } else {
        m.iter().rev().find(|&&r| r < app.selected).or(m.last())
    };
    if let Some(&r) = target {
        select(app, r, 1);
    }
}

fn pick(app: &mut App) {
    let Mode::Pick(kind, n) = app.mode else {
        return;
    };
    match kind {
        FilterKind::Status => {
            let s: Status = Status::ALL[n];
            let list = &mut app.filter.statuses;
            match list.iter().position(|x| *x == s) {
                Some(i) => {
                    list.remove(i);
                }
                None => {
                    list.push(s);
                    list.sort();
                }
            }
        }
        FilterKind::Owner => {
            app.filter.owner = (n > 0).then(|| app.owners[n - 1].clone());
            app.mode = Mode::Normal;
        }
        FilterKind::Workstream => {
            app.filter.workstream = (n > 0).then(|| app.workstreams[n - 1].clone());
            app.mode = Mode::Normal;
        }
    }
    refresh(app);
}

fn click(app: &mut App, x: u16, y: u16) {
    if app.mode != Mode::Normal || too_small(app.size) || app.timeline || app.review.is_some() {
        return;
    }
    let a = areas(app, app.size);
    let at = Position::new(x, y);
    if a.detail.contains(at) {
        app.detail_focus = true;
        return;
    }
    let body = Rect {
        y: a.table.y + 1,
        height: a.table.height.saturating_sub(1),
        ..a.table
    };
    if body.contains(at) {
        app.detail_focus = false;
        let row = app.offset + usize::from(y - body.y);
        if row < app.rows.len() && matches!(app.rows[row], ViewRow::Item(_)) {
            select(app, row, 1);
        }
    }
}
