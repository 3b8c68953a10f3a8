//! The main table; only the rows on screen are formatted.

use super::kept::{Kept, Part};
use super::words::{self, cat};
use super::{SearchMark, Theme};
use crate::app::{App, ViewRow};
use crate::base::dates::format_date;
use crate::base::text::{fit, visible_line, width};
use crate::i18n::When;
use crate::ledger::Item;
use crate::query::SortKey;
use crate::query::closure_state;
use crate::tr;
use crate::view::texts::fit_marked;
use chrono::Datelike;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

/// Column widths for a table `width` columns wide.
struct Columns {
    id: usize,
    title: usize,
    workstream: usize,
    owners: usize,
    status: usize,
    due: usize,
    /// Show the date itself, not only the relative form.
    full_due: bool,
}

/// The due column's width: `base`, widened (by up to 10 columns) to show
/// whole the relative dates of the items shown, of these `widths` (Spanish
/// ones run longer).
pub(super) fn due_width(widths: impl Iterator<Item = usize>, base: usize) -> usize {
    widths.max().unwrap_or(0).clamp(base, base + 10)
}

impl Columns {
    fn new(app: &App, kept: &Kept, width: u16, body: usize) -> Self {
        let wide = width >= 110;
        let id = app.index.stats.id_width.clamp(4, 12);
        let (workstream, owners, due) = if wide { (16, 18, 22) } else { (11, 11, 13) };
        let end = (app.view.offset + body).min(app.view.rows.len());
        let widths = app.view.rows[app.view.offset.min(end)..end]
            .iter()
            .filter_map(|r| match r {
                ViewRow::Item(i) => Some(kept.due_width(app, *i, wide, || {
                    crate::base::text::width(&due_text(app, &app.doc.ledger().items[*i], wide))
                })),
                ViewRow::Group(_) => None,
            });
        let due = due_width(widths, due);
        let status = 13;
        let fixed = 2 + id + workstream + owners + status + due + 5;
        Columns {
            id,
            title: usize::from(width).saturating_sub(fixed).max(8),
            workstream,
            owners,
            status,
            due,
            full_due: wide,
        }
    }

    /// The widths, for what a row's cells depend on.
    fn widths(&self) -> [usize; 6] {
        [
            self.id,
            self.title,
            self.workstream,
            self.owners,
            self.status,
            self.due,
        ]
    }

    /// The cells of one item, padded to their widths.
    fn cells(&self, app: &App, item: &Item) -> [String; 6] {
        let cat = cat(app);
        let status = status_cell(app, item);
        [
            fit(&item.id, self.id),
            fit_marked(cat, app.title(item), self.title),
            fit(
                &words::workstream_read(app, &item.workstream),
                self.workstream,
            ),
            fit(&item.owners.join(", "), self.owners),
            fit(&status, self.status),
            fit(&self.due(app, item), self.due),
        ]
    }

    /// The column just past the due column's title, in a table over `area`.
    fn due_title_end(&self, app: &App, area: Rect) -> u16 {
        let before: usize = self.widths()[..5].iter().map(|w| w + 1).sum();
        let due = width(&sort_marked(
            &tr!(cat(app), "col-due"),
            SortKey::Due,
            app.view.sort,
        ));
        area.x + 2 + (before + due.min(self.due)) as u16
    }

    fn due(&self, app: &App, item: &Item) -> String {
        due_text(app, item, self.full_due)
    }
    fn titles(&self, app: &App, sort: SortKey) -> [String; 6] {
        let cat = cat(app);
        let mark = |name: &str, key: SortKey| sort_marked(name, key, sort);
        [
            fit(&mark(&tr!(cat, "col-id"), SortKey::Id), self.id),
            fit(&tr!(cat, "col-title"), self.title),
            fit(
                &mark(&words::streams_title(app), SortKey::Workstream),
                self.workstream,
            ),
            fit(&tr!(cat, "col-owners"), self.owners),
            fit(&mark(&tr!(cat, "col-status"), SortKey::Status), self.status),
            fit(&mark(&tr!(cat, "col-due"), SortKey::Due), self.due),
        ]
    }
}

/// A column's title, marked `▼` when the table is sorted by its `key`.
fn sort_marked(name: &str, key: SortKey, sort: SortKey) -> String {
    if sort == key {
        format!("{name} ▼")
    } else {
        name.to_owned()
    }
}

/// A deadline as the table shows it: the date and how far off it is (when
/// `full`), or only how far off in its short form, while the item is
/// open; the month of a closed one; and the slip mark (`↻2`).
pub(super) fn due_text(app: &App, item: &Item, full: bool) -> String {
    let Some(d) = item.due else {
        return "—".into();
    };
    let mut s = if full { format_date(d) } else { String::new() };
    if !item.status.is_closed() {
        if !s.is_empty() {
            s.push(' ');
        }
        let rel = if full {
            words::relative(cat(app), d, app.today, When::Deadline)
        } else {
            words::relative_short(cat(app), d, app.today)
        };
        s.push_str(&rel);
    } else if s.is_empty() {
        let cat = cat(app);
        s = tr!(
            cat,
            "month-year",
            month = words::month(cat, d),
            year = d.year()
        );
    }
    if !item.due_history.is_empty() {
        s.push_str(&format!(" ↻{}", item.due_history.len()));
    }
    s
}

/// The marks left of an item's row: `⚠` merge conflict (else `•` search
/// match) in the first column, `✎` changed since the last commit in the second.
pub(super) fn marks(
    app: &App,
    item: &Item,
    search: SearchMark,
    t: &Theme,
    x: u16,
    y: u16,
    buf: &mut Buffer,
) {
    if !item.conflicts.is_empty() {
        buf.set_stringn(x, y, "⚠", 1, t.overdue());
    } else if search == SearchMark::Hit {
        buf.set_stringn(x, y, "•", 1, t.accent());
    }
    if app.is_uncommitted(item) {
        buf.set_stringn(x + 1, y, "✎", 1, t.accent());
    }
}

fn put(buf: &mut Buffer, area: Rect, y: u16, cells: &[String; 6], style: Style) {
    let mut x = area.x + 2;
    for c in cells {
        let (nx, _) = buf.set_stringn(x, y, c, usize::from(area.right().saturating_sub(x)), style);
        x = nx + 1;
    }
}

pub fn render(app: &App, kept: &Kept, t: &Theme, area: Rect, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    let cols = Columns::new(
        app,
        kept,
        area.width,
        usize::from(area.height.saturating_sub(1)),
    );
    let head = Rect { height: 1, ..area };
    kept.draw(app, Part::Titles(head, cols.widths()), head, buf, |buf| {
        let style = t.bold().add_modifier(Modifier::UNDERLINED);
        buf.set_style(head, style);
        put(buf, area, area.y, &cols.titles(app, app.view.sort), style);
    });
    let body_h = usize::from(area.height - 1);
    if app.view.rows.is_empty() {
        let msg = if app.doc.ledger().items.is_empty() {
            tr!(cat(app), "table-empty")
        } else {
            tr!(cat(app), "table-none-shown")
        };
        buf.set_stringn(
            area.x + 2,
            area.y + 2,
            msg,
            usize::from(area.width),
            t.dim(),
        );
        return;
    }
    let end = (app.view.offset + body_h).min(app.view.rows.len());
    for (n, row) in app.view.rows[app.view.offset..end].iter().enumerate() {
        let pos = app.view.offset + n;
        let y = area.y + 1 + n as u16;
        let line = Rect {
            y,
            height: 1,
            ..area
        };
        match *row {
            ViewRow::Group(w) => {
                let (done, total) = app.index.stats.progress[w];
                let cat = cat(app);
                let name = words::workstream_marked(app, &app.index.workstreams[w]);
                let text = tr!(
                    cat,
                    "table-group",
                    name = visible_line(&name).into_owned(),
                    done = done,
                    total = total
                );
                buf.set_stringn(area.x, y, text, usize::from(area.width), t.accent());
            }
            ViewRow::Item(i) => {
                let row = Row {
                    item: i,
                    selected: pos == app.view.selected,
                };
                kept.draw(app, row.part(area, &cols), row.cells(line), buf, |buf| {
                    draw_row(app, t, &cols, row, area, y, buf)
                });
                row_marks(app, t, row, search_mark(app, pos), line, buf);
            }
        }
    }
    if app.view.rows.len() > body_h {
        let due_title_end = cols.due_title_end(app, area);
        place(app, t, area, due_title_end, buf);
    }
}

/// Where the selection is in a table longer than the screen, at the right
/// of the column titles: ` 15/1400 `, else ` 1% ` where that would cover
/// the due column's title, else nothing.
fn place(app: &App, t: &Theme, area: Rect, due_title_end: u16, buf: &mut Buffer) {
    let (at, of) = (app.view.selected + 1, app.view.rows.len());
    let room = area.right().saturating_sub(due_title_end);
    let fits = |s: &String| (s.len() as u16 <= room).then_some(s.clone());
    let Some(text) =
        fits(&format!(" {at}/{of} ")).or_else(|| fits(&format!(" {}% ", (at * 100).div_ceil(of))))
    else {
        return;
    };
    let w = text.len() as u16;
    buf.set_stringn(area.right() - w, area.y, text, usize::from(w), t.dim());
}

/// An item's row, selected or not.
#[derive(Clone, Copy)]
struct Row {
    /// The item's index in the ledger.
    item: usize,
    selected: bool,
}

/// The columns left of a row's cells, for its marks ([`marks`]): drawn at
/// each frame, the cells kept ([`Part::Row`]).
const MARKS: u16 = 2;

impl Row {
    /// The row as a kept part of a table over `area` with `cols`.
    fn part(self, area: Rect, cols: &Columns) -> Part {
        Part::Row {
            item: self.item,
            x: area.x,
            width: area.width,
            columns: cols.widths(),
            full_due: cols.full_due,
            selected: self.selected,
        }
    }

    /// Where the row's cells are on `line`: right of its marks.
    fn cells(self, line: Rect) -> Rect {
        let marks = MARKS.min(line.width);
        Rect {
            x: line.x + marks,
            width: line.width - marks,
            ..line
        }
    }
}

/// The marks left of `row` on `line` (a conflict, a search match, an edit
/// not committed), over the row's colours.
fn row_marks(app: &App, t: &Theme, row: Row, search: SearchMark, line: Rect, buf: &mut Buffer) {
    let item = &app.doc.ledger().items[row.item];
    if row.selected {
        let style = t.item(app, item).patch(t.selected());
        buf.set_style(
            Rect {
                width: MARKS.min(line.width),
                ..line
            },
            style,
        );
    }
    marks(app, item, search, t, line.x, line.y, buf);
}

/// Whether the row at `pos` of the view is marked as a search match.
fn search_mark(app: &App, pos: usize) -> SearchMark {
    if app.is_match(pos) {
        SearchMark::Hit
    } else {
        SearchMark::None
    }
}

/// Draws `row` on line `y` of a table over `area`. The row's style covers
/// its whole line, the spaces between its cells too: a terminal is then
/// told the style once per row, not once per cell (a move's frame at
/// 100,000 items, as tmux relays it: 860 bytes, 655 so), and the item
/// styles (a colour, bold, dim) do not show on a space.
fn draw_row(app: &App, t: &Theme, cols: &Columns, row: Row, area: Rect, y: u16, buf: &mut Buffer) {
    let item = &app.doc.ledger().items[row.item];
    let mut style = t.item(app, item);
    let line = Rect {
        y,
        height: 1,
        ..area
    };
    if row.selected {
        style = style.patch(t.selected());
        buf.set_style(line, style);
    } else {
        buf.set_style(row.cells(line), style);
    }
    put(buf, area, y, &cols.cells(app, item), style);
}

/// Draws ahead, for the next frame, the rows a move down or up would
/// change: the selected one as it will be left, and those above and below
/// as they will be selected (see [`super::draw_ahead`]).
pub(super) fn draw_rows_ahead(app: &App, kept: &Kept, t: &Theme, area: Rect) {
    let body_h = usize::from(area.height.saturating_sub(1));
    let end = (app.view.offset + body_h).min(app.view.rows.len());
    let cols = Columns::new(app, kept, area.width, body_h);
    let sel = app.view.selected;
    let below = app.first_item_row(sel + 1, 1);
    let above = sel.checked_sub(1).and_then(|r| app.first_item_row(r, -1));
    let rows = [(Some(sel), false), (below, true), (above, true)];
    for (pos, selected) in rows {
        let Some(pos) = pos.filter(|p| (app.view.offset..end).contains(p)) else {
            continue;
        };
        let ViewRow::Item(item) = app.view.rows[pos] else {
            continue;
        };
        let row = Row { item, selected };
        let y = area.y + 1 + (pos - app.view.offset) as u16;
        let line = Rect {
            y,
            height: 1,
            ..area
        };
        kept.keep_ahead(app, row.part(area, &cols), row.cells(line), t, |buf| {
            draw_row(app, t, &cols, row, area, y, buf)
        });
    }
}

/// An item's status as the table and the review show it: symbol and word;
/// a closure awaiting the other party's confirmation reads `●?` without colour.
pub(super) fn status_cell(app: &App, item: &Item) -> String {
    let mark = closure_state(&app.doc.ledger().committee, item).mark(item.status);
    format!("{mark} {}", cat(app).status(item.status))
}
