//! Where each part of the screen goes, shared by drawing and by mouse and
//! paging arithmetic so that both agree. It reads only numbers (the size,
//! how many workstreams, how many agenda rows), never the state.

use ratatui::layout::Rect;

/// The smallest terminal the dashboard draws in.
pub const MIN_SIZE: (u16, u16) = (80, 24);
/// Columns taken by one workstream's progress bar in the summary.
pub const BAR_CELL: u16 = 38;
/// Lines of the timeline that are not workstream rows.
pub const TIMELINE_CHROME: u16 = 4;
/// Width from which the detail pane sits beside the table rather than below it.
pub const SIDE_BY_SIDE: u16 = 160;

/// The screen's regions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Areas {
    pub header: Rect,
    pub summary: Rect,
    /// The table, including its column-title line; the timeline uses it too,
    /// together with the detail area.
    pub table: Rect,
    pub detail: Rect,
    pub footer: Rect,
}

impl Areas {
    /// Rows of items the table shows at once.
    pub fn table_rows(&self) -> usize {
        usize::from(self.table.height.saturating_sub(1))
    }

    /// Where the timeline goes: the table's and the detail pane's room.
    pub fn timeline(&self) -> Rect {
        self.table.union(self.detail)
    }

    /// Workstream rows the timeline shows at once: its room less the month
    /// names, the axis, the selected item's line and the legend.
    pub fn timeline_rows(&self) -> usize {
        usize::from(self.timeline().height.saturating_sub(TIMELINE_CHROME))
    }

    /// Where the detail pane's text goes, inside its title line and margins.
    pub fn detail_text(&self) -> Rect {
        let d = self.detail;
        Rect::new(
            d.x + 1,
            d.y + 1,
            d.width.saturating_sub(2),
            d.height.saturating_sub(1),
        )
    }
}

/// True when the terminal is too small to draw the dashboard.
pub fn too_small(size: (u16, u16)) -> bool {
    size.0 < MIN_SIZE.0 || size.1 < MIN_SIZE.1
}

/// What the screen's layout depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Room {
    /// The terminal's size (columns, rows).
    pub size: (u16, u16),
    /// How many workstreams the summary draws a progress bar for.
    pub workstreams: usize,
    /// What the list above the detail pane holds.
    pub rows: Rows,
}

/// The list above (or beside) the detail pane, and how many rows it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rows {
    /// The table: its item rows and workstream headings.
    Table(usize),
    /// Review mode's agenda: its section headings and items.
    Agenda(usize),
}

/// The fewest lines the list above the detail pane takes (its column
/// titles and two rows), however few rows it has.
const MIN_LIST_LINES: u16 = 3;

/// How many progress-bar lines the summary needs for `workstreams` bars,
/// and how many bars fit per line.
pub fn bar_lines(workstreams: usize, size: (u16, u16)) -> (u16, usize) {
    let per_line = usize::from((size.0 / BAR_CELL).max(1));
    let cap = if size.1 >= 40 { 4 } else { 2 };
    let lines = workstreams.div_ceil(per_line).min(cap);
    (lines as u16, per_line)
}

/// Splits the screen into regions. Stacked, the list takes the lines its
/// rows need (at least [`MIN_LIST_LINES`]) up to its share, and the detail
/// pane every line the list does not use.
pub fn areas(room: Room) -> Areas {
    match room.rows {
        // Review mode: a progress line, then the agenda beside the pane on
        // wide screens, else above it with at most half of the room.
        Rows::Agenda(rows) => frame(room.size, 1, 0, (11, 20), |h| lines_for(rows).min(h / 2)),
        // The table: at most what leaves the pane two fifths (and 7 lines).
        Rows::Table(rows) => {
            let summary_h = 1 + bar_lines(room.workstreams, room.size).0;
            frame(room.size, summary_h, 1, (3, 5), |h| {
                let share = h - (h * 2 / 5).max(7).min(h);
                lines_for(rows).min(share)
            })
        }
    }
}

/// The lines a list of `rows` rows needs: its column titles and its rows,
/// at least [`MIN_LIST_LINES`].
fn lines_for(rows: usize) -> u16 {
    u16::try_from(rows + 1)
        .unwrap_or(u16::MAX)
        .max(MIN_LIST_LINES)
}

/// The header, a summary of `summary_h` lines and `gap` blank lines, the
/// footer, and between them the table and the detail pane: side by side
/// on wide screens (the table taking `share` of the width), else the table
/// on top with `table_h(room)` of the room's lines.
fn frame(
    size: (u16, u16),
    summary_h: u16,
    gap: u16,
    share: (u16, u16),
    table_h: impl FnOnce(u16) -> u16,
) -> Areas {
    let (w, h) = size;
    let top = 1 + summary_h + gap;
    let main = Rect::new(0, top, w, h.saturating_sub(top + 1));
    let (table, detail) = if w >= SIDE_BY_SIDE {
        let tw = w * share.0 / share.1;
        (
            Rect::new(0, main.y, tw, main.height),
            Rect::new(tw, main.y, w - tw, main.height),
        )
    } else {
        let th = table_h(main.height);
        (
            Rect::new(0, main.y, w, th),
            Rect::new(0, main.y + th, w, main.height - th),
        )
    };
    Areas {
        header: Rect::new(0, 0, w, 1),
        summary: Rect::new(0, 1, w, summary_h),
        table,
        detail,
        footer: Rect::new(0, h.saturating_sub(1), w, 1),
    }
}
