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

pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    if area.height <= TIMELINE_CHROME || area.width <= LABEL + 10 {
        return;
    }
    let cat = cat(app);
    let (start, end) = span(app.today);
    let plot_x = area.x + LABEL;
    let plot_w = area.width - LABEL - 1;
    let days = (end - start).num_days().max(1);
    let col = |d: NaiveDate| -> (u16, i8) {
        let n = (d - start).num_days();
        if n < 0 {
            (0, -1)
        } else if n >= days {
            (plot_w - 1, 1)
        } else {
            ((n * i64::from(plot_w) / days) as u16, 0)
        }
    };
    // Which workstreams have items on view, and their rows.
    let (row_of, shown) = app.timeline_rows();
    let mut late = vec![0usize; app.index.workstreams.len()];
    let mut undated = 0;
    let body_y = area.y + 2;
    let body_h = usize::from(area.height - TIMELINE_CHROME);
    let skip = app.timeline_skip(body_h);
    let visible = |r: usize| r >= skip && r < skip + body_h;
    let selected = app.table_item();

    // Axis: month names, ticks and the today marker.
    buf.set_stringn(
        area.x + 1,
        area.y,
        tr!(cat, "col-workstream"),
        usize::from(LABEL),
        t.bold(),
    );
    let axis_y = area.y + 1;
    for x in 0..plot_w {
        buf.set_stringn(plot_x + x, axis_y, "─", 1, t.dim());
    }
    let mut m = start;
    let month_w = plot_w / 10;
    while m < end {
        let (x, _) = col(m);
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
        buf.set_stringn(plot_x + x, area.y, name, usize::from(plot_w - x), t.bold());
        buf.set_stringn(plot_x + x, axis_y, "┬", 1, t.dim());
        for r in skip..(skip + body_h).min(shown) {
            buf.set_stringn(plot_x + x, body_y + (r - skip) as u16, "·", 1, t.dim());
        }
        m = m.checked_add_months(Months::new(1)).unwrap_or(end);
    }
    let (tx, _) = col(app.today);
    for r in 0..body_h.min(shown) {
        buf.set_stringn(plot_x + tx, body_y + r as u16, "│", 1, t.due_soon());
    }
    buf.set_stringn(plot_x + tx, axis_y, "▼", 1, t.overdue());

    // Marks: the most urgent item wins each cell.
    let mut best = vec![(0u8, Style::new(), ""); usize::from(plot_w) * body_h.min(shown)];
    for r in &app.view.rows {
        let ViewRow::Item(i) = *r else { continue };
        let item = &app.doc.ledger.items[i];
        let ws = app.index.item_workstream[i];
        let is_late = app.overdue(item);
        late[ws] += usize::from(is_late);
        let Some(due) = item.due else {
            undated += 1;
            continue;
        };
        let row = row_of[ws];
        if !visible(row) {
            continue;
        }
        let (x, edge) = col(due);
        if edge != 0 && item.status.is_closed() {
            continue;
        }
        let k = rank(item.status, is_late, app.due_soon(item));
        let cell = &mut best[(row - skip) * usize::from(plot_w) + usize::from(x)];
        if k > cell.0 {
            let sym = match edge {
                -1 => "◂",
                1 => "▸",
                _ => item.status.symbol(),
            };
            *cell = (k, t.item(app, item), sym);
        }
    }
    for (w, &row) in row_of.iter().enumerate() {
        if row == usize::MAX || !visible(row) {
            continue;
        }
        let y = body_y + (row - skip) as u16;
        let name = fit(
            &words::workstream(cat, &app.index.workstreams[w]),
            usize::from(LABEL) - 6,
        );
        let is_selected = selected.is_some_and(|i| app.index.item_workstream[i] == w);
        let style = if is_selected {
            t.selected()
        } else {
            Style::new()
        };
        buf.set_stringn(area.x + 1, y, name, usize::from(LABEL), style);
        if late[w] > 0 {
            buf.set_stringn(
                area.x + LABEL - 5,
                y,
                format!("▲{}", late[w]),
                4,
                t.overdue(),
            );
        }
        let line = &best[(row - skip) * usize::from(plot_w)..][..usize::from(plot_w)];
        for (x, (k, style, sym)) in line.iter().enumerate() {
            if *k > 0 {
                buf.set_stringn(plot_x + x as u16, y, sym, 1, *style);
            }
        }
    }
    // The selected item: its mark on top, highlighted, and a line naming it.
    if let Some(i) = selected {
        let item = &app.doc.ledger.items[i];
        let row = row_of[app.index.item_workstream[i]];
        if let Some(due) = item.due
            && visible(row)
        {
            let (x, edge) = col(due);
            let sym = match edge {
                -1 => "◂",
                1 => "▸",
                _ => item.status.symbol(),
            };
            let y = body_y + (row - skip) as u16;
            buf.set_stringn(plot_x + x, y, sym, 1, t.selected());
        }
        let due = match item.due {
            Some(d) => tr!(cat, "timeline-due", date = words::day_and_date(cat, d)),
            None => tr!(cat, "timeline-no-due"),
        };
        let about = format!(
            " ▶ {}  {}  ·  {}  ·  {due}",
            item.id,
            item.title,
            cat.status(item.status)
        );
        let w = usize::from(area.width);
        buf.set_stringn(
            area.x,
            area.bottom() - 2,
            truncate(&about, w),
            w,
            t.item(app, item),
        );
    }
    let legend = legend(app, undated, usize::from(area.width));
    buf.set_stringn(
        area.x,
        area.bottom() - 1,
        legend,
        usize::from(area.width),
        t.dim(),
    );
}

/// The legend, as much of it as fits in `cols` columns: the marks, today,
/// the arrows and how many items have no deadline; closer together, then
/// today without its date, then without the arrows when room is short.
fn legend(app: &App, undated: usize, cols: usize) -> String {
    let cat = cat(app);
    let marks = tr!(cat, "legend-marks");
    let day = tr!(
        cat,
        "day-month",
        day = words::weekday(cat, app.today),
        d = app.today.day(),
        month = words::month(cat, app.today)
    );
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
    ];
    let fits = tries.iter().find(|l| width(l) <= cols);
    fits.cloned()
        .unwrap_or_else(|| truncate(&tries[tries.len() - 1], cols))
}
