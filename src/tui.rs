//! The event loop and the terminal: set up, draw, read events, decode them
//! through the keymap, update, carry out effects, and always restore.

use crate::app::{Action, App, Effect, action_for, update};
use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEvent,
    MouseEventKind,
};
use std::io::{self, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// How often the loop wakes to check for SIGTERM/SIGHUP when no event comes.
const TICK: Duration = Duration::from_millis(200);

/// Restores the terminal when dropped, on every way out of [`run`].
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        let _ = crossterm::execute!(stdout(), DisableMouseCapture);
        ratatui::restore();
    }
}

/// Sets a flag on SIGTERM or SIGHUP; a second signal ends the process at once.
fn watch_signals() -> io::Result<Arc<AtomicBool>> {
    let flag = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register_conditional_shutdown(sig, 1, Arc::clone(&flag))?;
        signal_hook::flag::register(sig, Arc::clone(&flag))?;
    }
    Ok(flag)
}

/// Runs the dashboard until the user quits or a signal asks it to stop.
pub fn run(mut app: App) -> io::Result<()> {
    let stop = watch_signals()?;
    let mut terminal = ratatui::try_init()?;
    let _restore = Restore;
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = crossterm::execute!(stdout(), DisableMouseCapture);
        hook(info);
    }));
    crossterm::execute!(stdout(), EnableMouseCapture)?;
    let size = terminal.size()?;
    update(&mut app, Action::Resize(size.width, size.height));
    loop {
        terminal.draw(|f| crate::ui::render(&app, f))?;
        let action = loop {
            if stop.load(Ordering::Relaxed) {
                return Ok(());
            }
            if event::poll(TICK)?
                && let Some(a) = decode(&app, event::read()?)
            {
                break a;
            }
        };
        if update(&mut app, action) == Some(Effect::Quit) {
            return Ok(());
        }
    }
}

/// The action a terminal event means, if any.
fn decode(app: &App, ev: Event) -> Option<Action> {
    match ev {
        Event::Key(k) if k.kind == KeyEventKind::Press => action_for(app.scope(), &k),
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
