//! The terminal's modes: taking it (raw mode, the alternate screen, mouse
//! reporting, bracketed paste), giving it back, and suspending (Ctrl-z).

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::terminal::{Clear, ClearType, EnterAlternateScreen, enable_raw_mode};
use signal_hook::consts::SIGTSTP;
use std::io::{self, stdout};

/// Turns off mouse reporting and bracketed paste.
pub fn undo_terminal_modes() {
    let _ = crossterm::execute!(stdout(), DisableBracketedPaste, DisableMouseCapture);
}

/// Turns on mouse reporting and bracketed paste.
pub fn terminal_modes() -> io::Result<()> {
    crossterm::execute!(stdout(), EnableMouseCapture, EnableBracketedPaste)
}

/// Gives the terminal back as it was found: raw mode, the alternate screen,
/// mouse reporting and bracketed paste off, the cursor shown.
fn leave_terminal(terminal: &mut ratatui::DefaultTerminal) {
    undo_terminal_modes();
    let _ = terminal.show_cursor();
    let _ = ratatui::try_restore();
}

/// Takes the terminal again after [`leave_terminal`], clears it, and makes
/// the next draw redraw all of it. (Not `Terminal::clear`, which asks the
/// terminal where its cursor is while the reader thread holds the events.)
pub fn enter_terminal(terminal: &mut ratatui::DefaultTerminal) -> io::Result<()> {
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
pub fn suspend(terminal: &mut ratatui::DefaultTerminal) -> io::Result<()> {
    leave_terminal(terminal);
    signal_hook::low_level::emulate_default_handler(SIGTSTP)?;
    enter_terminal(terminal)
}

/// Gives the terminal back at the end, without ratatui's messages on
/// failure: printing to a terminal that is gone would panic.
pub fn restore(mut terminal: ratatui::DefaultTerminal) {
    undo_terminal_modes();
    if terminal.show_cursor().is_ok() {
        drop(terminal);
    } else {
        std::mem::forget(terminal);
    }
    let _ = ratatui::try_restore();
}
