//! Browsing: moving the selection, scrolling the detail pane, the timeline
//! and the help, searching, filtering and sorting, and the mouse.

use crate::app::layout::{Areas, too_small};
use crate::app::model::{FilterKind, Focus, Mode};
use crate::app::state::{App, ViewRow};
use crate::ledger::Status;
use crate::query::Naming;
use ratatui::layout::{Position, Rect};

/// Rows moved by one turn of the mouse wheel.
const WHEEL_ROWS: i32 = 3;

/// Rebuilds the rows after the filter, sort or grouping changed.
pub fn refresh(app: &mut App) {
    app.rebuild();
    app.view.detail_scroll = 0;
    app.scroll_into_view();
}

/// Moves whatever the keyboard is on: the table selection, the detail text,
/// the timeline, the help, or a pick-list cursor; in review mode, the agenda
/// (`step`).
pub fn move_by(app: &mut App, n: i32, step: fn(&mut App, i32)) {
    if moves_table(app) {
        select_by(app, n);
        return;
    }
    match app.view.mode {
        Mode::Help(s) => app.view.mode = Mode::Help(add(s, n)),
        Mode::Pick(kind, cur) => {
            let last = app.pick_len(kind).saturating_sub(1) as i64;
            app.view.mode = Mode::Pick(kind, (cur as i64 + i64::from(n)).clamp(0, last) as usize);
        }
        Mode::Conflicts(cur) => {
            let last = app.conflict_entries().len().saturating_sub(1) as i64;
            app.view.mode = Mode::Conflicts((cur as i64 + i64::from(n)).clamp(0, last) as usize);
        }
        _ if app.view.review.is_some() => step(app, n),
        _ if app.view.timeline => {
            select_by(app, n);
            let height = app.areas(app.view.size).timeline_rows();
            app.view.timeline_scroll = u16::try_from(app.timeline_skip(height)).unwrap_or(u16::MAX);
        }
        // The detail pane has the keyboard.
        _ => {
            let a = app.areas(app.view.size);
            scroll_detail(app, &a, n);
        }
    }
}

/// True when a move moves the table's selection (and nothing else): no
/// help, pick-list or conflicts list open, not in the review, the timeline
/// or the detail pane.
pub(in crate::app) fn moves_table(app: &App) -> bool {
    let v = &app.view;
    !matches!(v.mode, Mode::Help(_) | Mode::Pick(..) | Mode::Conflicts(_))
        && v.review.is_none()
        && !v.timeline
        && !v.detail_focus
}

/// Moves by a page: the agenda's detail text in review mode, else the table.
pub fn page(app: &mut App, n: i32, step: fn(&mut App, i32)) {
    if app.view.review.is_some() && app.view.mode.is_normal() {
        let a = app.areas(app.view.size);
        let page = i32::from(a.detail_text().height.saturating_sub(1));
        scroll_detail(app, &a, n * page.max(1));
    } else {
        let page = app.page_rows() as i32;
        move_by(app, n * page.max(1), step);
    }
}

fn add(v: u16, n: i32) -> u16 {
    (i64::from(v) + i64::from(n)).clamp(0, i64::from(u16::MAX)) as u16
}

/// Scrolls the detail text, stopping at its end (as last measured).
fn scroll_detail(app: &mut App, a: &Areas, n: i32) {
    let max = app.view.detail_lines.saturating_sub(a.detail_text().height);
    app.view.detail_scroll = add(app.view.detail_scroll, n).min(max);
}

/// Moves the table selection by `n` item rows, skipping workstream headings.
pub(in crate::app) fn select_by(app: &mut App, n: i32) {
    if app.view.rows.is_empty() {
        return;
    }
    let last = app.view.rows.len() as i64 - 1;
    let target = (app.view.selected as i64 + i64::from(n)).clamp(0, last) as usize;
    let dir = if n < 0 { -1 } else { 1 };
    select(app, target, dir);
}

fn select(app: &mut App, row: usize, dir: i32) {
    if let Some(r) = app
        .first_item_row(row, dir)
        .or_else(|| app.first_item_row(row, -dir))
    {
        if r != app.view.selected {
            app.view.detail_scroll = 0;
        }
        app.view.selected = r;
    }
    app.scroll_into_view();
}

/// `/`: starts typing a search.
pub fn search_start(app: &mut App) {
    app.view.mode = Mode::Search;
    app.view.search.query.clear();
    app.view.search.origin = app.view.selected;
    app.find_matches();
}

/// Types into the search (`None`: deletes the last character).
pub fn search_type(app: &mut App, text: Option<&str>) {
    match text {
        Some(t) => app.view.search.query.push_str(t),
        None => {
            app.view.search.query.pop();
        }
    }
    app.find_matches();
    let from = app.view.search.origin;
    let m = &app.view.search.matches;
    if let Some(m) = m.at_or_after(from).or(m.first()) {
        select(app, m, 1);
    }
}

/// Empties the search.
pub fn search_clear(app: &mut App) {
    app.view.search.query.clear();
    app.find_matches();
}

/// Jumps to the next (`1`) or previous (`-1`) search match.
pub fn next_match(app: &mut App, dir: i32) {
    let m = &app.view.search.matches;
    let sel = app.view.selected;
    let target = if dir > 0 {
        m.at_or_after(sel + 1).or(m.first())
    } else {
        m.before(sel).or(m.last())
    };
    if let Some(r) = target {
        select(app, r, 1);
    }
}

/// In a pick list: applies the choice under the cursor.
pub fn pick(app: &mut App) {
    let Mode::Pick(kind, n) = app.view.mode else {
        return;
    };
    match kind {
        FilterKind::Status => {
            let s: Status = Status::ALL[n];
            let list = &mut app.view.filter.statuses;
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
            app.view.filter.owner = (n > 0).then(|| app.index.owners[n - 1].clone());
            app.view.filter.naming = Naming::Whole;
            app.view.mode = Mode::Normal;
        }
        FilterKind::Workstream => {
            app.view.filter.workstream = (n > 0).then(|| app.index.workstreams[n - 1].clone());
            app.view.filter.naming = Naming::Whole;
            app.view.mode = Mode::Normal;
        }
    }
    refresh(app);
}

/// A click: focuses the detail pane, or selects the row clicked.
pub fn click(app: &mut App, x: u16, y: u16) {
    if !app.view.mode.is_normal()
        || too_small(app.view.size)
        || app.view.timeline
        || app.view.review.is_some()
        || app.view.focus == Focus::Item
    {
        return;
    }
    let a = app.areas(app.view.size);
    let at = Position::new(x, y);
    if a.detail.contains(at) {
        app.view.detail_focus = true;
        return;
    }
    let body = Rect {
        y: a.table.y + 1,
        height: a.table.height.saturating_sub(1),
        ..a.table
    };
    if body.contains(at) {
        app.view.detail_focus = false;
        let row = app.view.offset + usize::from(y - body.y);
        if row < app.view.rows.len() && matches!(app.view.rows[row], ViewRow::Item(_)) {
            select(app, row, 1);
        }
    }
}

/// The mouse wheel at (x, y): scrolls the detail pane under it, else moves.
pub fn wheel(app: &mut App, x: u16, y: u16, n: i32, step: fn(&mut App, i32)) {
    let a = app.areas(app.view.size);
    let normal = app.view.mode.is_normal();
    if normal && app.view.focus == Focus::Item {
        // One item a turn: the focus view shows one at a time.
        move_by(app, n, step);
    } else if normal && !app.view.timeline && a.detail.contains(Position::new(x, y)) {
        scroll_detail(app, &a, n * WHEEL_ROWS);
    } else if normal || matches!(app.view.mode, Mode::Help(_) | Mode::Pick(..)) {
        move_by(app, n * WHEEL_ROWS, step);
    }
}

/// `b`: draws with the next theme (dark, light, high-contrast) and says which.
pub fn switch_theme(app: &mut App) {
    use crate::app::model::Msg;
    let theme = app.options.theme.next();
    app.options.theme = theme;
    let said = if app.options.color {
        Msg::Theme(theme)
    } else {
        Msg::ThemeWithoutColour(theme)
    };
    crate::app::commit::say(app, said);
}
