//! The desk's event loop (`followup --all`): as the dashboard's own, with
//! a file, a lock and background work per committee. It draws the desk,
//! decodes keys in the scope on screen, hands them to the desk and
//! carries out the effects for whom they are. It decides nothing itself.

use super::desk_run::{Room, deliver_desk, deliver_seat, hear_seats, measure_desk};
use super::effects::{Flow, Screen};
use super::event_loop::{Measured, TICK, meaning, this_minute};
use super::exit::{DashboardError, Exit, kept_message, panic_message, to_keep, write_recovery};
use super::hearing::{Hearing, hearing};
use super::terminal::{Tui, enter_terminal, restore, suspend, take_terminal, terminal_modes};
use super::threads::spawn_signals;
use crate::app::desk::Desk;
use crate::app::{Action, App};
use std::io::{self, Write};
use std::panic::AssertUnwindSafe;
use std::path::Path;
use std::sync::mpsc::RecvTimeoutError;

/// The real terminal, as a seat's effects reach it: drawn by the loop
/// (a seat's save does not draw its own dashboard over the portfolio).
struct DeskTerminal<'a>(&'a mut Tui);

impl Screen for DeskTerminal<'_> {
    fn draw(&mut self, _: &App) -> io::Result<()> {
        Ok(())
    }
    fn suspend(&mut self) -> io::Result<()> {
        suspend(self.0)
    }
    fn retake(&mut self) -> io::Result<()> {
        enter_terminal(self.0)
    }
}

/// Runs the desk until the user quits or a signal asks it to stop. When it
/// stops on a signal, an error or a panic, each committee's unsaved edits
/// are written to a recovery file beside its ledger, as the dashboard does.
pub fn run_desk(
    mut desk: Desk,
    mut rooms: Vec<Room>,
    state: Option<&Path>,
) -> Result<(), DashboardError> {
    let (tell, hearing) = hearing().map_err(DashboardError::Terminal)?;
    spawn_signals(tell).map_err(DashboardError::Terminal)?;
    let mut terminal = take_terminal().map_err(DashboardError::Terminal)?;
    let body = || desk_loop(&mut desk, &mut rooms, hearing, &mut terminal);
    let result = match std::panic::catch_unwind(AssertUnwindSafe(body)) {
        Ok(r) => r,
        Err(payload) => Ok(Exit::Panicked(panic_message(payload.as_ref()))),
    };
    // Keep unsaved edits before touching the terminal, which may be gone.
    let kept: Vec<_> = (desk.seats.iter().zip(&rooms))
        .filter(|(seat, _)| to_keep(&result, &seat.app))
        .map(|(seat, room)| {
            let path = room.disk.path().to_owned();
            let kept = write_recovery(&path, state, &seat.app);
            (path, kept)
        })
        .collect();
    restore(terminal);
    let cat = crate::i18n::catalog(desk.options().lang);
    for (path, kept) in &kept {
        let _ = writeln!(io::stderr(), "followup: {}", kept_message(cat, path, kept));
    }
    Exit::outcome(result)
}

/// Draws, then waits for the next message and takes it together with every
/// one already queued before drawing again; each turn also takes in what
/// each committee's file, git and background work reported.
fn desk_loop(
    desk: &mut Desk,
    rooms: &mut [Room],
    mut hearing: Hearing,
    terminal: &mut Tui,
) -> io::Result<Exit> {
    terminal_modes()?;
    let size = terminal.size()?;
    let mut screen = DeskTerminal(terminal);
    let resize = Action::Resize(size.width, size.height);
    if let Flow::Quit(how) = deliver_desk(desk, resize, rooms, &mut screen)? {
        return Ok(Exit::Quit(how));
    }
    // What git says is not known yet: as if each repository had just moved.
    for m in 0..rooms.len() {
        if let Flow::Quit(how) = deliver_seat(desk, m, Action::GitMoved, rooms, &mut screen)? {
            return Ok(Exit::Quit(how));
        }
    }
    let mut dirty = true;
    let mut minute = this_minute();
    let mut measured = Measured::default();
    loop {
        if dirty {
            screen.0.draw(|f| crate::ui::render_desk(desk, f))?;
            measure_desk(desk);
            (dirty, measured) = (false, Measured::Yes);
        }
        let mut next = hearing.next(TICK);
        if matches!(next, Err(RecvTimeoutError::Timeout)) {
            // While no key waits: a committee's ledger as loaded or saved
            // copied, so that its next edit does not wait for it.
            if let Some(seat) = desk.seats.iter_mut().find(|s| s.app.doc.base_to_keep()) {
                seat.app.doc.keep_base();
            }
        }
        if this_minute() != minute {
            minute = this_minute();
            (dirty, measured) = (true, Measured::No);
            if let Flow::Quit(how) = deliver_desk(desk, Action::Minute, rooms, &mut screen)? {
                return Ok(Exit::Quit(how));
            }
        }
        let (flow, heard) = hear_seats(desk, rooms, &mut screen)?;
        if heard {
            (dirty, measured) = (true, Measured::No);
        }
        if let Flow::Quit(how) = flow {
            return Ok(Exit::Quit(how));
        }
        loop {
            let heard = match next {
                Ok(m) => m,
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return Ok(Exit::TermGone),
            };
            dirty = true;
            let lang = desk.options().lang;
            let action = match meaning(heard, &desk.shown().keymap, desk.scope(), lang) {
                Ok(a) => a,
                Err(end) => return Ok(end),
            };
            if let Some(a) = action {
                measured.before_key(|| measure_desk(desk));
                if let Flow::Quit(how) = deliver_desk(desk, a, rooms, &mut screen)? {
                    return Ok(Exit::Quit(how));
                }
            }
            next = hearing.queued();
        }
    }
}
