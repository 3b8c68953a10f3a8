//! The event loop: draw, wait for what the threads heard, decode it through
//! the keymap, hand it to `update` and carry out the effects it returns.
//! It decides nothing itself.

use super::disk::{Disk, WATCH};
use super::effects::{Flow, Screen, Timers, World, deliver};
use super::exit::{DashboardError, Exit, keep_edits, kept_message};
use super::hearing::{Heard, Hearing, Tell, hearing};
use super::terminal::{Tui, enter_terminal, restore, suspend, take_terminal, terminal_modes};
use super::threads::{reported, spawn_signals};
use crate::app::{Action, App, Keymap, Scope, foresee_move, update};
use crate::base::lang::Lang;
use crate::ui::{Kept, Wrote};
use crossterm::event::{Event, KeyEventKind, MouseButton, MouseEvent, MouseEventKind};
use signal_hook::consts::{SIGCONT, SIGTSTP};
use std::io::{self, Write};
use std::path::Path;
use std::sync::mpsc::RecvTimeoutError;
use std::time::{Duration, Instant};

/// How long the loop waits for an event before checking the file.
pub(super) const TICK: Duration = Duration::from_millis(200);

/// How long after a frame the loop leaves the terminal to take it before
/// working on while no key waits.
const SETTLE: Duration = Duration::from_millis(3);

/// How long the loop works out search texts at a time while no key waits.
const SEARCH_SLICE: Duration = Duration::from_millis(5);

/// The real terminal, as effects reach it, the parts of its last frame
/// kept for the next, and what was last written.
struct Terminal<'a>(&'a mut Tui, Kept, Wrote);

impl Screen for Terminal<'_> {
    fn draw(&mut self, app: &App) -> io::Result<()> {
        self.2 = crate::ui::draw_kept(self.0, app, &self.1)?;
        Ok(())
    }
    fn suspend(&mut self) -> io::Result<()> {
        self.1.forget_screen();
        suspend(self.0)
    }
    fn retake(&mut self) -> io::Result<()> {
        self.1.forget_screen();
        enter_terminal(self.0)
    }
    /// Draws the frame owed after a frame foreseen (the terminal has
    /// taken it by now), then the next frame's likely parts ahead.
    fn draw_ahead(&mut self, app: &App) -> io::Result<()> {
        if self.2 == Wrote::Foreseen {
            self.draw(app)?;
        }
        crate::ui::draw_ahead(app, &self.1);
        Ok(())
    }
    fn foresee(&mut self, app: &App) {
        crate::ui::foresee(app, &self.1);
    }
}

/// Runs the dashboard until the user quits or a signal asks it to stop.
/// When it stops on a signal, an error or a panic with unsaved edits, they
/// are written to a recovery file beside the ledger (never over it), or in
/// the `state` directory when that fails, and the message says where.
pub fn run(mut app: App, mut disk: Disk, state: Option<&Path>) -> Result<(), DashboardError> {
    let (tell, hearing) = hearing().map_err(DashboardError::Terminal)?;
    spawn_signals(tell.clone()).map_err(DashboardError::Terminal)?;
    let mut terminal = take_terminal().map_err(DashboardError::Terminal)?;
    let path = disk.path().to_owned();
    // Keep unsaved edits before touching the terminal, which may be gone.
    let (result, kept) = keep_edits(&mut app, &path, state, |app| {
        let mut screen = Terminal(&mut terminal, Kept::default(), Wrote::Drawn);
        event_loop(app, &mut disk, (tell, hearing), &mut screen)
    });
    restore(terminal);
    if let Some(kept) = kept {
        let cat = crate::i18n::catalog(app.options.lang);
        let said = kept_message(cat, &path, &kept);
        let _ = writeln!(io::stderr(), "followup: {said}");
    }
    Exit::outcome(result)
}

/// Draws, then waits for the next message and takes it together with every
/// one that has arrived (a paste, keys read together: [`Hearing::arrived`];
/// after a key read alone, the frame comes before the look for more) before
/// drawing again, so each key acts on what the keys before it left selected.
fn event_loop(
    app: &mut App,
    disk: &mut Disk,
    (tell, mut hearing): (Tell, Hearing),
    screen: &mut Terminal,
) -> io::Result<Exit> {
    terminal_modes()?;
    let size = screen.0.size()?;
    let mut timers = Timers::default();
    let mut world = World {
        disk,
        heard: tell,
        screen,
        timers: &mut timers,
    };
    // What git says is not known yet: as if the repository had just moved.
    let start = vec![Action::Resize(size.width, size.height), Action::GitMoved];
    if let Flow::Quit(how) = deliver_all(app, start, &mut world)? {
        return Ok(Exit::Quit(how));
    }
    let mut dirty = true;
    let mut git_checked = Instant::now();
    // The header's clocks show the minute: the screen is drawn again when it changes.
    let mut minute = this_minute();
    let mut measured = Measured::default();
    let (mut ahead, mut drawn) = (Ahead::Drawn, Instant::now());
    loop {
        if dirty {
            world.screen.draw(app)?;
            (dirty, ahead, drawn) = (false, Ahead::ToDraw, Instant::now());
        }
        // Work done while no key waits, once the terminal has had a moment
        // to take the frame (on two cores it would compete with it): the
        // detail pane measured, the next frame's likely parts drawn and
        // the frames of a move down and up foreseen, then the ledger as
        // loaded or saved copied (so that the next edit does not wait for
        // it), then the search texts worked out.
        let idle_work =
            ahead == Ahead::ToDraw || app.doc.base_to_keep() || !app.index.search_ready();
        let wait = if idle_work {
            SETTLE.saturating_sub(drawn.elapsed())
        } else {
            TICK
        };
        let mut next = hearing.next(wait);
        if idle_work && matches!(next, Err(RecvTimeoutError::Timeout)) {
            if ahead == Ahead::ToDraw {
                measured.settle(|| measure(app));
                world.screen.draw_ahead(app)?;
                for n in [1, -1] {
                    foresee_move(app, n, |app| world.screen.foresee(app));
                }
                ahead = Ahead::Drawn;
            } else if app.doc.base_to_keep() {
                app.doc.keep_base();
            } else {
                search_ahead(app);
            }
        }
        let mut found = Vec::new();
        if git_checked.elapsed() >= WATCH {
            git_checked = Instant::now();
            if world.disk.git_moved() {
                found.push(Action::GitMoved);
            }
        }
        if this_minute() != minute {
            minute = this_minute();
            found.push(Action::Minute);
        }
        found.extend(world.timers.due());
        found.extend(world.disk.watch(app));
        if !found.is_empty() {
            (dirty, measured) = (true, Measured::No);
        }
        if let Flow::Quit(how) = deliver_all(app, found, &mut world)? {
            return Ok(Exit::Quit(how));
        }
        loop {
            let heard = match next {
                Ok(m) => m,
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return Ok(Exit::TermGone),
            };
            dirty = true;
            let action = match meaning(heard, &app.keymap, app.scope(), app.options.lang) {
                Ok(a) => a,
                Err(end) => return Ok(end),
            };
            if let Some(a) = action {
                measured.before_key(|| measure(app));
                if let Flow::Quit(how) = deliver(app, a, &mut world)? {
                    return Ok(Exit::Quit(how));
                }
            }
            next = hearing.arrived();
        }
    }
}

/// Whether what the next frame will likely need was drawn ahead since the
/// last frame (done while no key waits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ahead {
    ToDraw,
    Drawn,
}

/// Whether the detail pane was measured since the state last changed (by
/// a report, a timer or a key). It is measured while no key waits, after
/// the frame is out; a key that comes sooner has it measured first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) enum Measured {
    Yes,
    #[default]
    No,
}

impl Measured {
    /// Before a key is delivered: `measure` the pane unless nothing changed
    /// since it was; the key then changes the state.
    pub(super) fn before_key(&mut self, measure: impl FnOnce()) {
        self.settle(measure);
        *self = Measured::No;
    }

    /// While no key waits: `measure` the pane unless nothing changed since
    /// it was.
    pub(super) fn settle(&mut self, measure: impl FnOnce()) {
        if *self == Measured::No {
            measure();
        }
        *self = Measured::Yes;
    }
}

/// Works out search texts for about [`SEARCH_SLICE`] (the loop does while
/// no key waits, after the first frame), so that the first search costs
/// what the next ones do.
fn search_ahead(app: &mut App) {
    let until = Instant::now() + SEARCH_SLICE;
    let lang = app.options.lang;
    while Instant::now() < until
        && app
            .index
            .prepare_search_ahead(app.doc.ledger(), lang, SEARCH_BATCH)
    {}
}

/// Items worked out between two looks at the clock.
const SEARCH_BATCH: usize = 128;

/// The minute of the system clock (minutes since 1970).
pub(super) fn this_minute() -> i64 {
    chrono::Utc::now().timestamp().div_euclid(60)
}

/// Delivers what the loop found out itself, one after another.
fn deliver_all(app: &mut App, found: Vec<Action>, world: &mut World) -> io::Result<Flow> {
    for a in found {
        let flow = deliver(app, a, world)?;
        if flow != Flow::Go {
            return Ok(flow);
        }
    }
    Ok(Flow::Go)
}

/// Tells `update` how many lines the detail pane holds now (the rendering
/// knows the words), so that scrolling stops at its end.
pub fn measure(app: &mut App) {
    let n = crate::ui::detail_line_count(app);
    if n != app.view.detail_lines {
        let _ = update(app, Action::DetailMeasured(n));
    }
}

/// What a message heard means: an action (a key decoded with the keys in
/// use in `scope`, for a user speaking `lang`; what a thread reported), or
/// nothing; `Err` when the session ends (the terminal gone, a signal).
pub(super) fn meaning(
    heard: Heard,
    keymap: &Keymap,
    scope: Scope,
    lang: Lang,
) -> Result<Option<Action>, Exit> {
    match heard {
        Heard::Term(ev) => Ok(decode(keymap, scope, lang, ev)),
        Heard::TermGone => Err(Exit::TermGone),
        Heard::Signal(n) if n != SIGTSTP && n != SIGCONT => Err(Exit::Signal(n)),
        h => Ok(reported(h)),
    }
}

/// The action a terminal event means in `scope` with the keys in use, for a
/// user speaking `lang`, if any.
fn decode(keymap: &Keymap, scope: Scope, lang: Lang, ev: Event) -> Option<Action> {
    match ev {
        Event::Key(k) if k.kind == KeyEventKind::Press => keymap.action_for(scope, lang, &k),
        Event::Paste(text) => Some(Action::Paste(text)),
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Mouse(MouseEvent {
            kind, column, row, ..
        }) => match kind {
            MouseEventKind::ScrollDown => Some(Action::Wheel(column, row, 1)),
            MouseEventKind::ScrollUp => Some(Action::Wheel(column, row, -1)),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(column, row)),
            _ => None,
        },
        _ => None,
    }
}
