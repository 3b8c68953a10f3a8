//! The process's start and end, as the binary needs them, and the user it
//! runs as.

use std::io::Write;

/// The user this process runs as (its effective id): whose files it may
/// trust, and whose unsaved edits it keeps.
pub fn user() -> u32 {
    // SAFETY: geteuid(2) cannot fail and touches no memory.
    unsafe { libc::geteuid() }
}

/// Restores the default SIGPIPE, so that `followup list | head` ends
/// quietly. Called first thing, before any thread exists.
pub fn start() {
    #[cfg(unix)]
    // SAFETY: signal(2) with the default action; no thread exists yet.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// Ends the process with exit status `code` once stdout is flushed,
/// without the allocator's tidying at exit: mimalloc hands its memory back
/// to the system page by page, which the process's end does at once (half
/// a millisecond, a ninth of a command on a small ledger). Called last,
/// once every value that needed its drop was dropped (temporary files
/// removed, the terminal restored).
pub fn end(code: u8) -> ! {
    let _ = std::io::stdout().flush();
    // SAFETY: _exit(2) only ends the process, and nothing of it is used
    // after. stdout is flushed above; stderr is not buffered.
    unsafe { libc::_exit(i32::from(code)) }
}
