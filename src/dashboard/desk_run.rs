//! Carrying out a desk's effects: each seat's with that seat's own file,
//! channel and timers, through the one effect runner every dashboard uses
//! ([`run_effect`]); and taking in what each seat's file, git and
//! background work report. Used by the desk's loop and by the tests alike.

use super::disk::{Disk, WATCH};
use super::effects::{After, Ending, Flow, Screen, Timers, World, run_effect};
use super::hearing::Heard;
use super::hearing::Tell;
use super::threads::reported;
use crate::app::desk::{self, Desk, DeskEffects, Place, Target};
use crate::app::{Action, Effect, update};
use std::io;
use std::sync::mpsc::{self, Receiver};
use std::time::Instant;

/// What a seat's effects reach besides its dashboard: its file, the
/// channel its background work reports on, its timers.
pub struct Room {
    pub disk: Disk,
    pub timers: Timers,
    heard: Tell,
    reports: Receiver<Heard>,
    git_checked: Instant,
}

impl Room {
    /// The room of the seat whose ledger is behind `disk`.
    pub fn new(disk: Disk) -> Room {
        let (heard, reports) = mpsc::channel();
        Room {
            disk,
            timers: Timers::default(),
            heard: Tell::looked_at(heard),
            reports,
            git_checked: Instant::now(),
        }
    }
}

/// Hands a user's action to the desk and carries out what it asks for.
pub fn deliver_desk(
    desk: &mut Desk,
    action: Action,
    rooms: &mut [Room],
    screen: &mut dyn Screen,
) -> io::Result<Flow> {
    let effects = desk::update(desk, action);
    carry_out(desk, effects, rooms, screen)
}

/// Hands what was found out about seat `m` to that seat and carries out
/// what it asks for.
pub fn deliver_seat(
    desk: &mut Desk,
    m: usize,
    action: Action,
    rooms: &mut [Room],
    screen: &mut dyn Screen,
) -> io::Result<Flow> {
    let effects = desk::update_seat(desk, m, action);
    carry_out(desk, effects, rooms, screen)
}

/// Carries out each effect for whom it is, in order (a seat's report is
/// handed back to that seat, with its own effects, before the next).
fn carry_out(
    desk: &mut Desk,
    effects: DeskEffects,
    rooms: &mut [Room],
    screen: &mut dyn Screen,
) -> io::Result<Flow> {
    for (target, effect) in effects {
        let (m, effect) = match (target, effect) {
            (Target::Desk, Effect::Quit) => return Ok(Flow::Quit(Ending::Plain)),
            (Target::Desk, Effect::QuitKeepingEdits) => {
                return Ok(Flow::Quit(Ending::KeepingEdits));
            }
            (Target::Desk, Effect::Suspend) => {
                screen.suspend()?;
                continue;
            }
            (Target::Desk, Effect::RetakeScreen) => {
                screen.retake()?;
                continue;
            }
            // The portfolio's own view saves nothing and runs nothing.
            (Target::Desk, _) => continue,
            (Target::Seat(m), effect) => (m, effect),
        };
        let room = &mut rooms[m];
        let mut world = World {
            disk: &mut room.disk,
            heard: room.heard.clone(),
            screen: &mut *screen,
            timers: &mut room.timers,
        };
        let flow = match run_effect(effect, &desk.seats[m].app, &mut world)? {
            After::Nothing => Flow::Go,
            After::Quit(how) => Flow::Quit(how),
            After::Report(a) => deliver_seat(desk, m, a, rooms, screen)?,
        };
        if flow != Flow::Go {
            return Ok(flow);
        }
    }
    Ok(Flow::Go)
}

/// Takes in, without waiting, what each seat's background work reported,
/// its timers that are due, and what changed in its file and its
/// repository (each looked at every [`WATCH`]); says whether anything was.
pub fn hear_seats(
    desk: &mut Desk,
    rooms: &mut [Room],
    screen: &mut dyn Screen,
) -> io::Result<(Flow, bool)> {
    let mut heard = false;
    for m in 0..rooms.len() {
        let mut found: Vec<Action> = rooms[m].reports.try_iter().filter_map(reported).collect();
        found.extend(rooms[m].timers.due());
        let room = &mut rooms[m];
        if room.git_checked.elapsed() >= WATCH {
            room.git_checked = Instant::now();
            if room.disk.git_moved() {
                found.push(Action::GitMoved);
            }
        }
        found.extend(room.disk.watch(&desk.seats[m].app));
        heard |= !found.is_empty();
        for a in found {
            let flow = deliver_seat(desk, m, a, rooms, screen)?;
            if flow != Flow::Go {
                return Ok((flow, true));
            }
        }
    }
    Ok((Flow::Go, heard))
}

/// Tells the dashboard on screen how many lines its detail pane holds now
/// (on the portfolio, the selected item's as its committee shows it).
pub fn measure_desk(desk: &mut Desk) {
    let app = match desk.place {
        Place::Committee(m) => &mut desk.seats[m].app,
        Place::Portfolio => {
            let seat = desk.selected().map(|(m, _)| &desk.seats[m].app);
            let n = crate::ui::detail_line_count(seat.unwrap_or(&desk.portfolio));
            if n != desk.portfolio.view.detail_lines {
                let _ = update(&mut desk.portfolio, Action::DetailMeasured(n));
            }
            return;
        }
    };
    super::event_loop::measure(app);
}
