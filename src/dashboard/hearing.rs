//! The loop's one wait: for the terminal's input, read on the loop's own
//! thread, and for what the helper threads tell it. A key thus reaches
//! `update` without a second thread being woken first, which on an idle
//! machine costs about as much as drawing the frame. crossterm's wait can
//! be woken only by the terminal or a resize: a thread that tells the loop
//! something raises SIGWINCH at its own process, which crossterm reports as
//! a resize to the terminal's size (the loop takes it as one; nothing else
//! happens).

use super::theme::LateAnswer;
use super::threads::Heard;
use crossterm::event::{self, Event};
use std::fs::File;
use std::io;
use std::os::fd::{AsRawFd, RawFd};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, SendError, Sender};
use std::time::{Duration, Instant};

/// Where a helper thread tells the loop what it heard.
#[derive(Clone)]
pub struct Tell {
    tx: Sender<Heard>,
    wake: Waking,
}

/// Whether a telling wakes the loop's wait, or waits for the loop's next
/// look at the channel (a portfolio's committees, looked at each tick).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Waking {
    Wakes,
    Looked,
}

impl Tell {
    /// Telling on `tx`, which the loop looks at on each turn.
    pub fn looked_at(tx: Sender<Heard>) -> Tell {
        Tell {
            tx,
            wake: Waking::Looked,
        }
    }

    /// Hands `heard` to the loop.
    pub fn send(&self, heard: Heard) -> Result<(), SendError<Heard>> {
        self.tx.send(heard)?;
        if self.wake == Waking::Wakes {
            // SAFETY: kill with this process's own id and a signal whose
            // handler (crossterm's) only writes to a pipe.
            unsafe { libc::kill(libc::getpid(), libc::SIGWINCH) };
        }
        Ok(())
    }
}

/// How long crossterm is let look at least when it may hold events or the
/// terminal has input: its wait reads nothing when given no time at all,
/// and looks again and again (without sleeping) when given less than a
/// millisecond.
const HELD: Duration = Duration::from_micros(20);

/// The loop's side: the terminal and the channel.
pub struct Hearing {
    rx: Receiver<Heard>,
    tty: Tty,
    late: LateAnswer,
    held: Held,
}

/// The terminal crossterm reads: standard input, or the terminal device
/// opened when standard input is not one.
enum Tty {
    Stdin,
    Device(File),
}

/// Whether crossterm may hold events it read with the last one (it reads
/// several keys at once and hands them out one by one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Held {
    Maybe,
    No,
}

/// The terminal's input, looked at without waiting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Input {
    Waiting,
    Quiet,
    /// Hung up, or its descriptor is no more. crossterm would spin reading
    /// nothing from it (crossterm#793).
    Gone,
}

/// The loop's wait and the telling side its threads send on.
pub fn hearing() -> io::Result<(Tell, Hearing)> {
    // SAFETY: isatty only reads the descriptor's state.
    let tty = if unsafe { libc::isatty(libc::STDIN_FILENO) } == 1 {
        Tty::Stdin
    } else {
        Tty::Device(File::open("/dev/tty")?)
    };
    let (tx, rx) = mpsc::channel();
    let tell = Tell {
        tx,
        wake: Waking::Wakes,
    };
    let hearing = Hearing {
        rx,
        tty,
        late: LateAnswer::from(Instant::now()),
        held: Held::No,
    };
    Ok((tell, hearing))
}

impl Hearing {
    /// What is heard next within `timeout`: what a thread told, else a
    /// terminal event.
    pub fn next(&mut self, timeout: Duration) -> Result<Heard, RecvTimeoutError> {
        let until = Instant::now() + timeout;
        loop {
            if let Ok(heard) = self.rx.try_recv() {
                return Ok(heard);
            }
            let input = self.input();
            if input == Input::Gone {
                return Ok(Heard::TermGone);
            }
            let left = until.saturating_duration_since(Instant::now());
            let wait = if self.held == Held::Maybe || input == Input::Waiting {
                left.max(HELD)
            } else {
                left
            };
            if wait.is_zero() {
                return Err(RecvTimeoutError::Timeout);
            }
            if let Some(heard) = self.terminal(wait) {
                return Ok(heard);
            }
            if Instant::now() >= until {
                return self.queued();
            }
        }
    }

    /// What is already there, without waiting (a timeout when nothing is):
    /// what a thread told, or the next key of those read together.
    pub fn queued(&mut self) -> Result<Heard, RecvTimeoutError> {
        if let Ok(heard) = self.rx.try_recv() {
            return Ok(heard);
        }
        match self.input() {
            Input::Gone => Ok(Heard::TermGone),
            Input::Waiting => self.terminal(HELD).ok_or(RecvTimeoutError::Timeout),
            Input::Quiet if self.held == Held::Maybe => {
                self.terminal(HELD).ok_or(RecvTimeoutError::Timeout)
            }
            Input::Quiet => Err(RecvTimeoutError::Timeout),
        }
    }

    /// The next terminal event within `wait` (a late answer to the colour
    /// question dropped), or `None`.
    fn terminal(&mut self, wait: Duration) -> Option<Heard> {
        match event::poll(wait) {
            Ok(true) => {
                self.held = Held::Maybe;
                match event::read() {
                    Ok(ev) if self.late.swallows(&ev, Instant::now()) => None,
                    Ok(ev) => {
                        if matches!(ev, Event::Resize(..)) {
                            super::terminal::note_resize();
                        }
                        Some(Heard::Term(ev))
                    }
                    Err(_) => Some(Heard::TermGone),
                }
            }
            Ok(false) => {
                self.held = Held::No;
                None
            }
            Err(_) => Some(Heard::TermGone),
        }
    }

    fn input(&self) -> Input {
        let fd: RawFd = match &self.tty {
            Tty::Stdin => libc::STDIN_FILENO,
            Tty::Device(f) => f.as_raw_fd(),
        };
        let mut pfd = libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd, no waiting.
        let n = unsafe { libc::poll(&mut pfd, 1, 0) };
        if n <= 0 {
            Input::Quiet
        } else if pfd.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
            Input::Gone
        } else {
            Input::Waiting
        }
    }
}
