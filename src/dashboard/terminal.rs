//! The terminal's modes: taking it (raw mode, the alternate screen, mouse
//! reporting, bracketed paste), giving it back, and suspending (Ctrl-z).

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::terminal::{Clear, ClearType, EnterAlternateScreen, enable_raw_mode};
use ratatui::backend::{Backend, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use signal_hook::consts::SIGTSTP;
use std::io::{self, BufWriter, Stdout, stdout};
use std::sync::atomic::{AtomicBool, Ordering};

/// The dashboard's terminal. Each frame reaches it in one write, from a
/// buffer flushed at the end of the draw: the terminal never shows half a
/// frame, and is woken once a frame rather than once a kilobyte.
pub type Tui = ratatui::Terminal<KeptSize>;

/// Set when the terminal may have changed size since it was last asked:
/// it was resized, or given back and taken again.
static RESIZED: AtomicBool = AtomicBool::new(true);

/// Says the terminal was resized (the loop heard it): the next frame asks
/// its size again.
pub fn note_resize() {
    RESIZED.store(true, Ordering::Release);
}

/// The crossterm backend, its size kept between frames. Ratatui asks the
/// size before every frame, and crossterm opens the terminal device to
/// answer; here it is asked again only after [`note_resize`].
pub struct KeptSize {
    inner: CrosstermBackend<BufWriter<Stdout>>,
    size: Size,
}

impl Backend for KeptSize {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.inner.draw(content)
    }
    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.inner.append_lines(n)
    }
    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }
    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }
    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.inner.get_cursor_position()
    }
    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.inner.set_cursor_position(position)
    }
    fn clear(&mut self) -> io::Result<()> {
        self.inner.clear()
    }
    fn clear_region(&mut self, clear_type: ratatui::backend::ClearType) -> io::Result<()> {
        self.inner.clear_region(clear_type)
    }
    fn size(&self) -> io::Result<Size> {
        if RESIZED.load(Ordering::Acquire) {
            return self.inner.size();
        }
        Ok(self.size)
    }
    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.inner.window_size()
    }
    fn flush(&mut self) -> io::Result<()> {
        // The size of the frame just written is the terminal's, until told.
        if RESIZED.swap(false, Ordering::AcqRel) {
            match self.inner.size() {
                Ok(size) => self.size = size,
                Err(e) => {
                    RESIZED.store(true, Ordering::Release);
                    return Err(e);
                }
            }
        }
        self.inner.flush()
    }
}

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
    note_resize();
    let backend = KeptSize {
        inner: CrosstermBackend::new(BufWriter::with_capacity(FRAME_BYTES, stdout())),
        size: Size::default(),
    };
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
/// the next draw redraw all of it. (Not `Terminal::clear`, which may ask
/// the terminal where its cursor is: the loop's wait would take the answer
/// for keys.)
pub fn enter_terminal(terminal: &mut Tui) -> io::Result<()> {
    note_resize();
    enable_raw_mode()?;
    crossterm::execute!(
        stdout(),
        EnterAlternateScreen,
        Clear(ClearType::All),
        EnableMouseCapture,
        EnableBracketedPaste
    )?;
    // Twice: both of ratatui's buffers are blank (the desk draws through
    // them; the dashboard's own are forgotten by its screen).
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
