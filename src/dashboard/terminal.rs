//! The terminal's modes: taking it (raw mode, the alternate screen, mouse
//! reporting, bracketed paste), giving it back, and suspending (Ctrl-z).

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::terminal::{Clear, ClearType, EnterAlternateScreen, enable_raw_mode};
use ratatui::backend::CrosstermBackend;
use signal_hook::consts::SIGTSTP;
use std::io::{self, BufWriter, Stdout, stdout};

/// The dashboard's terminal. Each frame reaches it in one write, from a
/// buffer flushed at the end of the draw: the terminal never shows half a
/// frame, and is woken once a frame rather than once a kilobyte.
pub type Tui = ratatui::Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// Room for a whole frame of a large terminal, colours and all.
const FRAME_BYTES: usize = 1 << 16;

/// Takes the terminal (raw mode, the alternate screen) as `ratatui::init`
/// does, frames buffered ([`Tui`]). A panic from here on gives the terminal
/// back before its message is printed.
pub fn take_terminal() -> io::Result<Tui> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        undo_terminal_modes();
        let _ = ratatui::try_restore();
        hook(info);
    }));
    enable_raw_mode()?;
    crossterm::execute!(stdout(), EnterAlternateScreen)?;
    let backend = CrosstermBackend::new(BufWriter::with_capacity(FRAME_BYTES, stdout()));
    ratatui::Terminal::new(backend)
}

/// Turns off mouse reporting and bracketed paste.
fn undo_terminal_modes() {
    let _ = crossterm::execute!(stdout(), DisableBracketedPaste, DisableMouseCapture);
}

/// Turns on mouse reporting and bracketed paste.
pub fn terminal_modes() -> io::Result<()> {
    crossterm::execute!(stdout(), EnableMouseCapture, EnableBracketedPaste)
}

/// Gives the terminal back as it was found: raw mode, the alternate screen,
/// mouse reporting and bracketed paste off, the cursor shown.
fn leave_terminal(terminal: &mut Tui) {
    undo_terminal_modes();
    let _ = terminal.show_cursor();
    let _ = ratatui::try_restore();
}

/// Takes the terminal again after [`leave_terminal`], clears it, and makes
/// the next draw redraw all of it. (Not `Terminal::clear`, which asks the
/// terminal where its cursor is while the reader thread holds the events.)
pub fn enter_terminal(terminal: &mut Tui) -> io::Result<()> {
    enable_raw_mode()?;
    crossterm::execute!(
        stdout(),
        EnterAlternateScreen,
        Clear(ClearType::All),
        EnableMouseCapture,
        EnableBracketedPaste
    )?;
    // Twice: both the frame to draw and the one it is compared with are blank.
    terminal.swap_buffers();
    terminal.swap_buffers();
    Ok(())
}

/// Ctrl-z or SIGTSTP: gives the terminal back and stops the process as the
/// default SIGTSTP would; when the shell continues it (`fg`), takes the
/// terminal again and redraws.
pub fn suspend(terminal: &mut Tui) -> io::Result<()> {
    leave_terminal(terminal);
    signal_hook::low_level::emulate_default_handler(SIGTSTP)?;
    enter_terminal(terminal)
}

/// Gives the terminal back at the end, without ratatui's messages on
/// failure: printing to a terminal that is gone would panic.
pub fn restore(mut terminal: Tui) {
    undo_terminal_modes();
    if terminal.show_cursor().is_ok() {
        drop(terminal);
    } else {
        std::mem::forget(terminal);
    }
    let _ = ratatui::try_restore();
}
