//! The timeline: one row per workstream, each item a mark at its deadline on
//! a month axis around today. The selected item (j/k move it, in the
//! table's order) is highlighted: its workstream, its mark, and a line
//! naming it above the legend.

use super::Theme;
use super::words::{self, cat};
use crate::app::{App, TIMELINE_CHROME, ViewRow};
use crate::base::text::{fit, truncate, width};
use crate::ledger::Status;
use crate::tr;
use chrono::{Datelike, Months, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

const LABEL: u16 = 22;

/// The axis: from the start of the month three months back to the start of
/// the month seven months ahead.
fn span(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = today.with_day(1).unwrap_or(today);
    (
        first.checked_sub_months(Months::new(3)).unwrap_or(first),
        first.checked_add_months(Months::new(7)).unwrap_or(first),
    )
}

/// How urgent a mark is; the most urgent wins a shared cell.
fn rank(status: Status, late: bool, soon: bool) -> u8 {
    if late {
        5
    } else if status == Status::Blocked {
        4
    } else if soon {
        3
    } else if !status.is_closed() {
        2
    } else {
        1
    }
}

/// Where the timeline draws: the axis's dates and columns, and the rows
/// of workstreams on view.
struct Plot {
    area: Rect,
    start: NaiveDate,
    end: NaiveDate,
    x: u16,
    w: u16,
    days: i64,
    body_y: u16,
    body_h: usize,
    skip: usize,
    /// For each workstream its row (`usize::MAX`: none on view), and how many rows.
    row_of: Vec<usize>,
    shown: usize,
}

impl Plot {
    fn new(app: &App, area: Rect) -> Plot {
        let (start, end) = span(app.today);
        let (row_of, shown) = app.timeline_rows();
        let body_h = usize::from(area.height - TIMELINE_CHROME);
        Plot {
            area,
            start,
            end,
            x: area.x + LABEL,
            w: area.width - LABEL - 1,
            days: (end - start).num_days().max(1),
            body_y: area.y + 2,
            body_h,
            skip: app.timeline_skip(body_h),
            row_of,
            shown,
        }
    }

    /// The column of a date, and whether it falls before (-1) or after (1) the axis.
    fn col(&self, d: NaiveDate) -> (u16, i8) {
        let n = (d - self.start).num_days();
        if n < 0 {
            (0, -1)
        } else if n >= self.days {
            (self.w - 1, 1)
        } else {
            ((n * i64::from(self.w) / self.days) as u16, 0)
        }
    }

    fn visible(&self, r: usize) -> bool {
        r >= self.skip && r < self.skip + self.body_h
    }

    /// The screen line of a visible row.
    fn y(&self, r: usize) -> u16 {
        self.body_y + (r - self.skip) as u16
    }
}

/// A mark drawn in a cell: its urgency, style and symbol.
type Mark = (u8, Style, &'static str);

pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    if area.height <= TIMELINE_CHROME || area.width <= LABEL + 10 {
        return;
    }
    let plot = Plot::new(app, area);
    axis(app, t, &plot, buf);
    let (best, late, undated) = marks(app, t, &plot);
    rows(app, t, &plot, &best, &late, buf);
    selected(app, t, &plot, buf);
    let legend = legend(app, undated, usize::from(area.width));
    let w = usize::from(area.width);
    buf.set_stringn(area.x, area.bottom() - 1, legend, w, t.dim());
}

/// The axis: month names, ticks and the today marker.
fn axis(app: &App, t: &Theme, plot: &Plot, buf: &mut Buffer) {
    let cat = cat(app);
    let area = plot.area;
    let title = super::words::streams_title(app);
    buf.set_stringn(area.x + 1, area.y, title, usize::from(LABEL), t.bold());
    let axis_y = area.y + 1;
    for x in 0..plot.w {
        buf.set_stringn(plot.x + x, axis_y, "─", 1, t.dim());
    }
    let mut m = plot.start;
    let month_w = plot.w / 10;
    let rows = plot.skip..(plot.skip + plot.body_h).min(plot.shown);
    while m < plot.end {
        let (x, _) = plot.col(m);
        let with_year = tr!(
            cat,
            "month-year",
            month = words::month(cat, m),
            year = m.year()
        );
        let name = if m.month() == 1 && width(&with_year) < usize::from(month_w) {
            with_year
        } else {
            words::month(cat, m)
        };
        let room = usize::from(plot.w - x);
        buf.set_stringn(plot.x + x, area.y, name, room, t.bold());
        buf.set_stringn(plot.x + x, axis_y, "┬", 1, t.dim());
        for r in rows.clone() {
            buf.set_stringn(plot.x + x, plot.y(r), "·", 1, t.dim());
        }
        m = m.checked_add_months(Months::new(1)).unwrap_or(plot.end);
    }
    let (tx, _) = plot.col(app.today);
    for r in 0..plot.body_h.min(plot.shown) {
        buf.set_stringn(plot.x + tx, plot.body_y + r as u16, "│", 1, t.due_soon());
    }
    buf.set_stringn(plot.x + tx, axis_y, "▼", 1, t.overdue());
}

/// The marks of the items on view, the most urgent winning each cell; the
/// late items per workstream; how many items have no deadline.
fn marks(app: &App, t: &Theme, plot: &Plot) -> (Vec<Mark>, Vec<usize>, usize) {
    let mut late = vec![0usize; app.index.workstreams.len()];
    let mut undated = 0;
    let w = usize::from(plot.w);
    let mut best = vec![(0u8, Style::new(), ""); w * plot.body_h.min(plot.shown)];
    for r in &app.view.rows {
        let ViewRow::Item(i) = *r else { continue };
        let item = &app.doc.ledger().items[i];
        let ws = app.index.item_workstream[i];
        let is_late = app.overdue(item);
        late[ws] += usize::from(is_late);
        let Some(due) = item.due else {
            undated += 1;
            continue;
        };
        let row = plot.row_of[ws];
        if !plot.visible(row) {
            continue;
        }
        let (x, edge) = plot.col(due);
        if edge != 0 && item.status.is_closed() {
            continue;
        }
        let k = rank(item.status, is_late, app.due_soon(item));
        let cell = &mut best[(row - plot.skip) * w + usize::from(x)];
        if k > cell.0 {
            *cell = (k, t.item(app, item), symbol(item.status, edge));
        }
    }
    (best, late, undated)
}

/// An item's mark: its status, or an arrow when its deadline is off the axis.
fn symbol(status: Status, edge: i8) -> &'static str {
    match edge {
        -1 => "◂",
        1 => "▸",
        _ => status.symbol(),
    }
}

/// Each workstream's row: its name (highlighted when the selected item is
/// in it), its late count, and its marks.
fn rows(app: &App, t: &Theme, plot: &Plot, best: &[Mark], late: &[usize], buf: &mut Buffer) {
    let area = plot.area;
    let selected = app.table_item();
    let w = usize::from(plot.w);
    for (ws, &row) in plot.row_of.iter().enumerate() {
        if row == usize::MAX || !plot.visible(row) {
            continue;
        }
        let y = plot.y(row);
        let name = words::workstream_read(app, &app.index.workstreams[ws]);
        let name = fit(&name, usize::from(LABEL) - 6);
        let is_selected = selected.is_some_and(|i| app.index.item_workstream[i] == ws);
        let style = if is_selected {
            t.selected()
        } else {
            Style::new()
        };
        buf.set_stringn(area.x + 1, y, name, usize::from(LABEL), style);
        if late[ws] > 0 {
            let n = format!("▲{}", late[ws]);
            buf.set_stringn(area.x + LABEL - 5, y, n, 4, t.overdue());
        }
        let line = &best[(row - plot.skip) * w..][..w];
        for (x, (k, style, sym)) in line.iter().enumerate() {
            if *k > 0 {
                buf.set_stringn(plot.x + x as u16, y, sym, 1, *style);
            }
        }
    }
}

/// The selected item: its mark on top, highlighted, and a line naming it.
fn selected(app: &App, t: &Theme, plot: &Plot, buf: &mut Buffer) {
    let Some(i) = app.table_item() else {
        return;
    };
    let cat = cat(app);
    let area = plot.area;
    let item = &app.doc.ledger().items[i];
    let row = plot.row_of[app.index.item_workstream[i]];
    if let Some(due) = item.due
        && plot.visible(row)
    {
        let (x, edge) = plot.col(due);
        let sym = symbol(item.status, edge);
        buf.set_stringn(plot.x + x, plot.y(row), sym, 1, t.selected());
    }
    let due = match item.due {
        Some(d) => tr!(cat, "timeline-due", date = words::day_and_date(cat, d)),
        None => tr!(cat, "timeline-no-due"),
    };
    let about = format!(
        " ▶ {}  {}  ·  {}  ·  {due}",
        item.id,
        crate::view::texts::marked(cat, app.title(item)),
        cat.status(item.status)
    );
    let w = usize::from(area.width);
    let style = t.item(app, item);
    buf.set_stringn(area.x, area.bottom() - 2, truncate(&about, w), w, style);
}

/// The legend, as much of it as fits in `cols` columns: the marks, today,
/// the arrows and how many items have no deadline; closer together, then
/// today without its date, then without the arrows, then without the count
/// and today when room is short: a part left out, never one cut.
fn legend(app: &App, undated: usize, cols: usize) -> String {
    let cat = cat(app);
    let marks = tr!(cat, "legend-marks");
    let day = cat.day_month(app.today);
    let today = format!("│ {}", tr!(cat, "legend-today", day = day));
    let today_short = format!("│ {}", tr!(cat, "legend-today-short"));
    let arrows = tr!(cat, "legend-arrows");
    let count = format!("· {}", tr!(cat, "legend-undated", n = undated));
    let tight = marks.replace("  ", " ");
    let tries = [
        format!(" {marks}  {today}  {arrows}  {count}"),
        format!(" {tight} {today} {arrows} {count}"),
        format!(" {tight} {today_short} {arrows} {count}"),
        format!(" {tight} {today_short} {count}"),
        format!(" {tight} {today_short}"),
        format!(" {tight}"),
    ];
    let fits = tries.iter().find(|l| width(l) <= cols);
    fits.cloned()
        .unwrap_or_else(|| truncate(&tries[tries.len() - 1], cols))
}
