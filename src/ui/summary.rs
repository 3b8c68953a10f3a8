//! The summary strip: counts per status, late and due-soon counts, and a
//! progress bar per workstream.

use super::Theme;
use super::words::{self, Length, cat};
use crate::app::{App, BAR_CELL, Streams};
use crate::base::text::{fit, width};
use crate::ledger::Status;
use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// Columns of a workstream's progress bar, when its numbers leave them.
const BAR: usize = 12;

/// Columns a workstream's numbers (` done/total`) have beside a whole bar.
const NUMBERS: usize = BAR_CELL as usize - 1 - NAME - 1 - BAR;

/// The columns of a workstream's bar beside its numbers `label`: a bar
/// cut short rather than the numbers, which would read as others.
fn bar_beside(label: &str) -> usize {
    BAR.saturating_sub(width(label).saturating_sub(NUMBERS))
}

/// Columns a line of spans takes.
fn width_of(spans: &[Span]) -> usize {
    spans.iter().map(|s| width(&s.content)).sum()
}

/// The first line: late and due-soon counts, the counts per status (named
/// in full, or only the symbol and number), the closures awaiting
/// confirmation (named as `awaiting` says), and how many are shown.
fn counts(app: &App, t: &Theme, length: Length, awaiting: Length) -> Vec<Span<'static>> {
    let cat = cat(app);
    let s = &app.index.stats;
    let late = if s.overdue > 0 { t.overdue() } else { t.good() };
    let days = app.options.review_window_days;
    let mut spans = vec![
        Span::raw(" "),
        Span::styled(tr!(cat, "sum-overdue", n = s.overdue), late),
        Span::raw("   "),
        Span::styled(
            tr!(cat, "sum-due-soon", n = s.due_soon, days = days),
            t.due_soon(),
        ),
        Span::raw("   │ "),
    ];
    for (n, st) in Status::ALL.iter().enumerate() {
        let n = s.by_status[n];
        let counted = match (length, st) {
            (Length::Short, _) => n.to_string(),
            (Length::Full, Status::Open) => tr!(cat, "sum-status-open", n = n),
            (Length::Full, Status::InProgress) => tr!(cat, "sum-status-in-progress", n = n),
            (Length::Full, Status::Blocked) => tr!(cat, "sum-status-blocked", n = n),
            (Length::Full, Status::Done) => tr!(cat, "sum-status-done", n = n),
            (Length::Full, Status::Dropped) => tr!(cat, "sum-status-dropped", n = n),
        };
        spans.push(Span::styled(
            format!(" {} {counted}", st.symbol()),
            t.status(*st),
        ));
        spans.push(Span::raw(" "));
    }
    let n = app.index.stats.awaiting;
    if n > 0 {
        let counted = match awaiting {
            Length::Short => n.to_string(),
            Length::Full => tr!(cat, "sum-awaiting", n = n),
        };
        let mark = crate::query::awaiting_mark(Status::Done);
        spans.push(Span::styled(format!("  {mark} {counted}"), t.due_soon()));
    }
    if app.view.shown != app.doc.ledger().items.len() {
        spans.push(Span::styled(
            format!(
                "   {}",
                tr!(
                    cat,
                    "sum-showing",
                    n = app.view.shown,
                    of = app.doc.ledger().items.len()
                )
            ),
            t.bold(),
        ));
    }
    spans
}

/// Columns of a workstream's name beside its bar.
const NAME: usize = 16;

pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    let cat = cat(app);
    // The statuses by their names when the whole line fits, else by count;
    // the closures awaiting confirmation named as long as they fit.
    let fits = |s: &Vec<Span>| width_of(s) <= usize::from(area.width);
    let spans = [(Length::Full, Length::Full), (Length::Short, Length::Full)]
        .into_iter()
        .map(|(statuses, awaiting)| counts(app, t, statuses, awaiting))
        .find(fits)
        .unwrap_or_else(|| counts(app, t, Length::Short, Length::Short));
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);

    let per_line = usize::from((area.width / BAR_CELL).max(1));
    let lines = usize::from(area.height.saturating_sub(1));
    let room = lines * per_line;
    let n = app.index.workstreams.len();
    let bars = if n > room { room.saturating_sub(1) } else { n };
    for i in 0..bars {
        let (done, total) = app.index.stats.progress[i];
        let x = area.x + 1 + (i % per_line) as u16 * BAR_CELL;
        let y = area.y + 1 + (i / per_line) as u16;
        // All its items dropped: their mark, not `0/0`.
        let label = if total == 0 {
            " ×".to_owned()
        } else {
            format!(" {done}/{total}")
        };
        let bar = bar_beside(&label);
        let filled = (done * bar).checked_div(total).unwrap_or(0);
        let style = if total > 0 && done == total {
            t.good()
        } else {
            t.bold()
        };
        let line = Line::from(vec![
            Span::raw(fit(
                &words::workstream_read(app, &app.index.workstreams[i]),
                NAME,
            )),
            Span::raw(" "),
            Span::styled("█".repeat(filled), style),
            Span::styled("░".repeat(bar - filled), t.dim()),
            Span::raw(label),
        ]);
        buf.set_line(x, y, &line, BAR_CELL - 1);
    }
    if bars < n {
        let x = area.x + 1 + (bars % per_line) as u16 * BAR_CELL;
        let y = area.y + 1 + (bars / per_line) as u16;
        let more = match app.view.streams {
            Streams::Committees => tr!(cat, "sum-more-committees", n = n - bars),
            Streams::Workstreams => tr!(cat, "sum-more-workstreams", n = n - bars),
        };
        buf.set_stringn(x, y, more, usize::from(BAR_CELL - 1), t.dim());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_numbers_of_a_large_workstream_are_whole_and_the_bar_gives_way() {
        assert_eq!(bar_beside(" 1/3"), BAR);
        assert_eq!(bar_beside(" 999/9999"), BAR - 1);
        assert_eq!(bar_beside(" 3334/16667"), BAR - 3);
        assert_eq!(bar_beside(" 99999999999/99999999999"), 0);
        for label in [" 1/3", " 3334/16667", " 33334/166667"] {
            let used = NAME + 1 + bar_beside(label) + width(label);
            assert!(used < usize::from(BAR_CELL), "{label}: {used} columns");
        }
    }
}
