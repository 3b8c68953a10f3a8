//! The loop's one wait: for the terminal's input, read on the loop's own
//! thread, and for what the helper threads tell it. A key thus reaches
//! `update` without a second thread being woken first, which on an idle
//! machine costs about as much as drawing the frame. The wait is a `poll`
//! of the terminal and of a pipe that each telling and each resize
//! (SIGWINCH) writes to; crossterm then reads what is there. (crossterm's
//! own wait cannot be woken by another thread, and it spins through the
//! last millisecond of each wait.)

use super::theme::LateAnswer;
use crate::app::Synced;
use crate::ledger::LedgerDiff;
use crate::sync::sides::NamedSides;
use crossterm::event::{self, Event};
use signal_hook::consts::SIGWINCH;
use std::collections::HashSet;
use std::fs::File;
use std::io::{self, Read, Write};
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::net::UnixStream;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, SendError, Sender};
use std::time::{Duration, Instant};

/// What the loop hears: the terminal, and what its helper threads tell.
pub enum Heard {
    /// A terminal event.
    Term(Event),
    /// The terminal cannot be read any more (it is gone).
    TermGone,
    /// The ids of the items that differ from the last git commit.
    Uncommitted(HashSet<String>),
    Distance(Option<(u32, u32)>),
    SideNames(NamedSides),
    /// What changed since the last review, from git.
    SinceReview(Box<LedgerDiff>),
    /// SIGTERM, SIGHUP, SIGTSTP or SIGCONT arrived.
    Signal(i32),
    /// The sync run from the dashboard ended.
    Synced(Synced),
    /// An item's history from git (`None`: git could not say).
    ItemLog(String, Option<Vec<crate::git::item_log::LogEntry>>),
}

/// Where a helper thread tells the loop what it heard.
#[derive(Clone)]
pub struct Tell {
    tx: Sender<Heard>,
    wake: Waking,
}

/// Whether a telling wakes the loop's wait, or waits for the loop's next
/// look at the channel (a portfolio's committees, looked at each tick).
#[derive(Clone)]
enum Waking {
    Wakes(Arc<UnixStream>),
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
        if let Waking::Wakes(wake) = &self.wake {
            // Full: the loop is woken already.
            let _ = (&**wake).write(&[1]);
        }
        Ok(())
    }
}

/// How long crossterm is let look when it may hold events or the terminal
/// has input: its wait reads nothing when given no time at all, and looks
/// again and again (without sleeping) when given less than a millisecond.
const HELD: Duration = Duration::from_micros(20);

/// The loop's side: the terminal and the channel.
pub struct Hearing {
    rx: Receiver<Heard>,
    woken: UnixStream,
    tty: Tty,
    late: LateAnswer,
    held: Held,
    /// Whether the last key was one crossterm held (keys read together):
    /// the rest of them are taken before the next frame.
    burst: Burst,
}

/// Whether the keys being read came together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Burst {
    Under,
    No,
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
    let (woken, wake) = UnixStream::pair()?;
    woken.set_nonblocking(true)?;
    wake.set_nonblocking(true)?;
    signal_hook::low_level::pipe::register(SIGWINCH, wake.try_clone()?)?;
    // SAFETY: isatty only reads the descriptor's state.
    let tty = if unsafe { libc::isatty(libc::STDIN_FILENO) } == 1 {
        Tty::Stdin
    } else {
        Tty::Device(File::open("/dev/tty")?)
    };
    let (tx, rx) = mpsc::channel();
    let tell = Tell {
        tx,
        wake: Waking::Wakes(Arc::new(wake)),
    };
    // crossterm's reader is made at its first look, and only then does it
    // hear of a resize (its own SIGWINCH handler): made now, before the
    // size is asked and the first frame drawn, no resize falls between.
    // Whatever it read is looked at with the first keys.
    event::poll(Duration::ZERO)?;
    let hearing = Hearing {
        rx,
        woken,
        tty,
        late: LateAnswer::from(Instant::now()),
        held: Held::Maybe,
        burst: Burst::No,
    };
    Ok((tell, hearing))
}

impl Hearing {
    /// What is heard next within `timeout`: what a thread told, else a
    /// terminal event.
    pub fn next(&mut self, timeout: Duration) -> Result<Heard, RecvTimeoutError> {
        let until = Instant::now() + timeout;
        loop {
            if let Ok(heard) = self.queued() {
                return Ok(heard);
            }
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(RecvTimeoutError::Timeout);
            }
            // A key waits: read it now, not after looking again.
            if self.wait(left) == Input::Waiting
                && let Ok(heard) = self.heard(Input::Waiting)
            {
                return Ok(heard);
            }
        }
    }

    /// What has arrived, without waiting (a timeout when nothing has):
    /// what a thread told, or a key whose input the terminal holds. After
    /// a key read alone, keys crossterm may hold are left to
    /// [`Hearing::next`] (looking for them takes [`HELD`]): the loop answers
    /// the key with its frame first. Keys that came together are all taken.
    pub fn arrived(&mut self) -> Result<Heard, RecvTimeoutError> {
        let input = self.wait(Duration::ZERO);
        match (input, self.burst) {
            (Input::Quiet, Burst::No) => self.rx.try_recv().map_err(|_| RecvTimeoutError::Timeout),
            _ => self.heard(input),
        }
    }

    /// What is already there, without waiting (a timeout when nothing is):
    /// what a thread told, or the next key of those read together.
    pub fn queued(&mut self) -> Result<Heard, RecvTimeoutError> {
        let input = self.wait(Duration::ZERO);
        self.heard(input)
    }

    /// What a thread told, or the terminal's next event, its input being
    /// `input`.
    fn heard(&mut self, input: Input) -> Result<Heard, RecvTimeoutError> {
        if let Ok(heard) = self.rx.try_recv() {
            return Ok(heard);
        }
        let heard = match input {
            Input::Gone => Ok(Heard::TermGone),
            Input::Quiet if self.held == Held::No => Err(RecvTimeoutError::Timeout),
            _ => self.terminal().ok_or(RecvTimeoutError::Timeout),
        };
        // A key with no input waiting was held: one of several read together.
        self.burst = match (&heard, input) {
            (Ok(_), Input::Quiet) => Burst::Under,
            _ => Burst::No,
        };
        heard
    }

    /// The next terminal event crossterm holds or can read now (a late
    /// answer to the colour question dropped), or `None`.
    fn terminal(&mut self) -> Option<Heard> {
        loop {
            let asked = Instant::now();
            match event::poll(HELD) {
                Ok(true) => {}
                Ok(false) => {
                    // Held no more only when crossterm surely looked: a
                    // thread held up past its time before it began looks
                    // at nothing, and keys it holds would wait for the next.
                    if asked.elapsed() < HELD {
                        self.held = Held::No;
                    }
                    return None;
                }
                Err(_) => return Some(Heard::TermGone),
            }
            self.held = Held::Maybe;
            match event::read() {
                Ok(ev) if self.late.swallows(&ev, Instant::now()) => {}
                Ok(ev) => {
                    if matches!(ev, Event::Resize(..)) {
                        super::terminal::note_resize();
                    }
                    return Some(Heard::Term(ev));
                }
                Err(_) => return Some(Heard::TermGone),
            }
        }
    }

    /// Waits up to `left` (in whole milliseconds; not at all for zero) for
    /// the terminal or a telling, and says how the terminal's input is. A
    /// telling (or a resize, which crossterm then has word of) is taken.
    fn wait(&mut self, left: Duration) -> Input {
        let mut fds = [pollfd(self.tty_fd()), pollfd(self.woken.as_raw_fd())];
        let ms = left.as_micros().div_ceil(1000);
        let ms = libc::c_int::try_from(ms).unwrap_or(libc::c_int::MAX);
        // SAFETY: two valid pollfd for the call.
        let n = unsafe { libc::poll(fds.as_mut_ptr(), 2, ms) };
        if n <= 0 {
            return Input::Quiet;
        }
        if fds[1].revents != 0 {
            while let Ok(n) = (&self.woken).read(&mut [0; 64])
                && n > 0
            {}
            self.held = Held::Maybe;
        }
        let tty = fds[0].revents;
        if tty & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
            Input::Gone
        } else if tty & libc::POLLIN != 0 {
            Input::Waiting
        } else {
            Input::Quiet
        }
    }

    fn tty_fd(&self) -> RawFd {
        match &self.tty {
            Tty::Stdin => libc::STDIN_FILENO,
            Tty::Device(f) => f.as_raw_fd(),
        }
    }
}

fn pollfd(fd: RawFd) -> libc::pollfd {
    libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    }
}
