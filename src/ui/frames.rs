//! Frames written to the terminal. Each is compared with what the terminal
//! shows, the parts it shows already left out ([`Kept`]), and written in
//! one piece. While no key waits, the frames the likely next keys would
//! draw (a move up or down) are foreseen ([`foresee`]), with the cells
//! they would write: when such a key comes, its frame is written at once,
//! and the frame is drawn as usual only once the terminal has taken it
//! ([`Wrote::Foreseen`]), compared whole with it (writing nothing more when
//! it was foreseen right). On two cores, drawing at once would hold up
//! the terminal: the kernel hands a terminal what a program wrote on the
//! program's own core, once that core is free.

use super::kept::Kept;
use super::written::{Foreseen, Written};
use super::{Theme, render_into};
use crate::app::App;
use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::buffer::{Buffer, Cell, CellDiffOption};

/// What [`draw_kept`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wrote {
    /// The frame of the state, drawn.
    Drawn,
    /// The frame foreseen for the state: draw it again once the terminal
    /// has taken it (the frame drawn is compared whole with it).
    Foreseen,
}

/// Draws `app` on `terminal` with what `kept` holds: the frame foreseen
/// for this state if there is one, else the frame drawn and compared with
/// what the terminal shows, leaving out the parts it shows already where
/// the frame puts them (their cells are put in once it is written).
pub fn draw_kept<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &App,
    kept: &Kept,
) -> Result<Wrote, B::Error> {
    terminal.autoresize()?;
    let area = terminal.get_frame().area();
    let mut written = kept.written.borrow_mut();
    let w = &mut *written;
    kept.finish(w);
    w.fit(area);
    if let Some(Foreseen { frame, cells, .. }) = w.take_foreseen(app.look()) {
        let cells = cells.iter().map(|(x, y, cell)| (*x, *y, cell));
        if let Err(e) = write(terminal, cells) {
            return Err(lost(kept, w, e));
        }
        w.shown(frame);
        // Nothing the terminal shows is taken on trust: the next frame is
        // compared whole with the one foreseen.
        kept.forget_parts();
        return Ok(Wrote::Foreseen);
    }
    kept.start_frame(app, area);
    render_into(app, kept, area, &mut w.next);
    kept.end_frame();
    let diff = filled(w.shows.diff_iter(&w.next), &w.next);
    // Nothing changed (a frame foreseen right, drawn again): nothing written.
    if !diff.is_empty()
        && let Err(e) = write(terminal, diff.into_iter())
    {
        return Err(lost(kept, w, e));
    }
    w.unfinished = Some(Theme::new(&app.options).base());
    Ok(Wrote::Drawn)
}

/// A write failed: what the terminal shows is not known; it is taken as
/// blank, and the next frame compared with that (the session ends on such
/// an error: the loop returns it).
fn lost<E>(kept: &Kept, written: &mut Written, e: E) -> E {
    written.forget();
    kept.forget_parts();
    e
}

/// Foresees the frame of `app` (a state the next key would likely leave:
/// see [`crate::app::foresee_move`]) and the cells it would write over what
/// the terminal shows, drawn from the parts kept, while no key waits;
/// nothing where no parts are drawn ahead ([`super::draw_ahead`]).
pub fn foresee(app: &App, kept: &Kept) {
    let mut written = kept.written.borrow_mut();
    let w = &mut *written;
    kept.finish(w);
    let area = w.shows.area;
    if area.is_empty() || !super::ahead::ahead_of(app) {
        return;
    }
    let mut frame = w.spare(Theme::new(&app.options).base());
    kept.foreseeing(|| render_into(app, kept, area, &mut frame));
    let cells = filled(w.shows.diff_iter(&frame), &frame);
    let cells = cells
        .into_iter()
        .map(|(x, y, c)| (x, y, c.clone()))
        .collect();
    w.keep_foreseen(Foreseen {
        look: app.look(),
        frame,
        cells,
    });
}

/// Unchanged cells written again between two changed ones on a line.
const GAP: u16 = 6;

/// The cells of `diff` (what changed in `frame`), with each run of up to
/// [`GAP`] unchanged cells between two changed ones on a line put in when
/// they are plain characters in the style of the cell before them: a few
/// characters cost less than moving the cursor over them (`ESC[29;20H`),
/// to write and for the terminal to read. Cells left out of the
/// comparison are never put in (in a frame drawn, their cells are not in
/// `frame` yet; a frame foreseen leaves none out).
fn filled<'a>(
    diff: impl Iterator<Item = (u16, u16, &'a Cell)>,
    frame: &'a Buffer,
) -> Vec<(u16, u16, &'a Cell)> {
    let mut out: Vec<(u16, u16, &Cell)> = Vec::new();
    for (x, y, cell) in diff {
        if let Some(&(lx, ly, last)) = out.last()
            && ly == y
            && plain(last)
            && x > lx + 1
            && x - lx - 1 <= GAP
        {
            let gap = (lx + 1..x).map(|gx| (gx, y, &frame[(gx, y)]));
            if gap
                .clone()
                .all(|(_, _, c)| plain(c) && c.style() == last.style())
            {
                out.extend(gap);
            }
        }
        out.push((x, y, cell));
    }
    out
}

/// True for a cell of one printable ASCII character, compared as usual.
fn plain(cell: &Cell) -> bool {
    let s = cell.symbol().as_bytes();
    s.len() == 1
        && (s[0].is_ascii_graphic() || s[0] == b' ')
        && cell.diff_option == CellDiffOption::None
}

/// Writes `cells`, hides the cursor and flushes: the frame reaches the
/// terminal in one write.
fn write<'a, B: Backend>(
    terminal: &mut Terminal<B>,
    cells: impl Iterator<Item = (u16, u16, &'a Cell)>,
) -> Result<(), B::Error> {
    terminal.backend_mut().draw(cells)?;
    terminal.hide_cursor()?;
    terminal.backend_mut().flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Action, Options, foresee_move, update};
    use ratatui::backend::TestBackend;

    /// The sample's dashboard drawn once, the parts a move needs drawn
    /// ahead and the moves down and up foreseen, a wrong cell slipped
    /// into each foresight (an `X` at the top left).
    fn foreseen() -> (App, Kept, Terminal<TestBackend>) {
        let bytes = std::fs::read("fixtures/korea-mexico-sme.json").unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let ledger = crate::ledger::parse_ledger(&bytes).unwrap();
        let mut app = App::new(ledger, "l", today, Options::default());
        update(&mut app, Action::Move(2));
        let kept = Kept::default();
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        draw_kept(&mut terminal, &app, &kept).unwrap();
        super::super::draw_ahead(&app, &kept);
        for n in [1, -1] {
            foresee_move(&mut app, n, |app| foresee(app, &kept));
        }
        for f in kept.written.borrow_mut().foreseen_mut() {
            f.frame[(0, 0)].set_symbol("X");
            f.cells.push((0, 0, Cell::new("X")));
        }
        (app, kept, terminal)
    }

    /// What the terminal shows at the top left.
    fn top_left(terminal: &Terminal<TestBackend>) -> &str {
        terminal.backend().buffer()[(0, 0)].symbol()
    }

    #[test]
    fn a_move_foreseen_is_written_from_its_foresight_and_corrected_when_wrong() {
        for n in [1, -1] {
            let (mut app, kept, mut terminal) = foreseen();
            update(&mut app, Action::Move(n));
            let wrote = draw_kept(&mut terminal, &app, &kept).unwrap();
            assert_eq!((wrote, top_left(&terminal)), (Wrote::Foreseen, "X"));
            // The frame owed, once the terminal has taken the one foreseen.
            let wrote = draw_kept(&mut terminal, &app, &kept).unwrap();
            assert_eq!(wrote, Wrote::Drawn);
            assert_ne!(top_left(&terminal), "X");
        }
    }

    #[test]
    fn a_state_not_foreseen_is_drawn_without_any_foresight() {
        let (mut app, kept, mut terminal) = foreseen();
        update(&mut app, Action::Move(2));
        let wrote = draw_kept(&mut terminal, &app, &kept).unwrap();
        assert_eq!(wrote, Wrote::Drawn);
        assert_ne!(top_left(&terminal), "X");
        // A move foreseen, but after another update: not that state.
        let (mut app, kept, mut terminal) = foreseen();
        update(&mut app, Action::Minute);
        update(&mut app, Action::Move(1));
        let wrote = draw_kept(&mut terminal, &app, &kept).unwrap();
        assert_eq!(wrote, Wrote::Drawn);
        assert_ne!(top_left(&terminal), "X");
    }

    #[test]
    fn short_runs_of_plain_unchanged_cells_are_written_in_place_of_a_cursor_move() {
        let area = ratatui::layout::Rect::new(0, 0, 30, 1);
        let (shows, mut frame) = (Buffer::empty(area), Buffer::empty(area));
        frame.set_string(0, 0, "a", ratatui::style::Style::new());
        frame.set_string(4, 0, "b", ratatui::style::Style::new());
        frame.set_string(6, 0, "c", ratatui::style::Style::new().bold());
        frame.set_string(8, 0, "d", ratatui::style::Style::new().bold());
        frame.set_string(16, 0, "e", ratatui::style::Style::new().bold());
        frame.set_string(18, 0, "界", ratatui::style::Style::new());
        frame.set_string(21, 0, "f", ratatui::style::Style::new());
        frame.set_string(23, 0, "g", ratatui::style::Style::new());
        frame[(22, 0)].set_diff_option(CellDiffOption::Skip);
        let columns = |frame: &Buffer| -> Vec<u16> {
            let cells = filled(shows.diff_iter(frame), frame);
            cells.iter().map(|(x, _, _)| *x).collect()
        };
        // 1-3 between a and b, 5 between b and c (in b's style); not 7
        // (not bold, as c is before it), nor 9-15 (too many), nor 19-20
        // (after a wide character), nor 22 (left out of the comparison).
        assert_eq!(columns(&frame), [0, 1, 2, 3, 4, 5, 6, 8, 16, 18, 21, 23]);
    }
}
