//! Whether work is worth a second thread, and work done on two at once.

use std::sync::{Mutex, PoisonError};
use std::thread::{Scope, ScopedJoinHandle};

/// True when the machine has two cores for this process (asked once: the
/// answer reads the cgroup's files).
pub fn two_cores() -> bool {
    static TWO: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *TWO.get_or_init(|| std::thread::available_parallelism().is_ok_and(|n| n.get() > 1))
}

/// `here` on this thread while `there` runs on a second one, when the
/// machine has two cores and a thread can be had; otherwise `there` after
/// `here`, on this thread. Both answers; a panic on the second thread goes
/// on here.
pub fn beside<A, B: Send>(here: impl FnOnce() -> A, there: impl FnOnce() -> B + Send) -> (A, B) {
    // Taken once, by the second thread or, when it could not be had, here.
    let there = Mutex::new(Some(there));
    let run = || {
        let taken = there.lock().unwrap_or_else(PoisonError::into_inner).take();
        taken.map(|there| there())
    };
    std::thread::scope(|s| {
        // Not moved aside ([`step_aside`]): slower so in the report's steps
        // (100,000 items: 201.8 against 181.3 ms, medians of 11 runs).
        let second = two_cores()
            .then(|| std::thread::Builder::new().spawn_scoped(s, run).ok())
            .flatten();
        let a = here();
        let b = second.and_then(|t| t.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
        (a, b.or_else(run).expect("run once"))
    })
}

/// Starts `work` on a new thread of `s` named `name`, to run beside this
/// one, which then steps aside ([`step_aside`]) so that it starts at once.
pub fn spawn_beside<'scope, T: Send + 'scope>(
    s: &'scope Scope<'scope, '_>,
    name: &str,
    work: impl FnOnce() -> T + Send + 'scope,
) -> std::io::Result<ScopedJoinHandle<'scope, T>> {
    let started = std::thread::Builder::new()
        .name(name.to_owned())
        .spawn_scoped(s, work)?;
    step_aside();
    Ok(started)
}

/// Moves this thread to another core the process may use, leaving its own
/// to the thread it just started. Linux may queue a new thread on the core
/// of the thread that started it and move it only later: on a two-core
/// virtual machine, 3.5 ms later in half the starts (two 5 ms pieces of
/// work took 8.9 ms, 5.4 ms with this). The thread may run on any of the
/// process's cores again afterwards.
#[cfg(target_os = "linux")]
pub fn step_aside() {
    let size = std::mem::size_of::<libc::cpu_set_t>();
    // SAFETY: sched_getaffinity(2), sched_getcpu(3) and sched_setaffinity(2)
    // on this thread (0), reading and writing only the local sets; CPU_SET
    // and CPU_ISSET index within CPU_SETSIZE.
    unsafe {
        let mut allowed: libc::cpu_set_t = std::mem::zeroed();
        if libc::sched_getaffinity(0, size, &mut allowed) != 0 {
            return;
        }
        let Ok(here) = usize::try_from(libc::sched_getcpu()) else {
            return;
        };
        let cores = 0..libc::CPU_SETSIZE as usize;
        let Some(other) = cores
            .filter(|&c| c != here)
            .find(|&c| libc::CPU_ISSET(c, &allowed))
        else {
            return;
        };
        let mut there: libc::cpu_set_t = std::mem::zeroed();
        libc::CPU_SET(other, &mut there);
        // Moved there now; then allowed everywhere again, staying there.
        if libc::sched_setaffinity(0, size, &there) == 0 {
            libc::sched_setaffinity(0, size, &allowed);
        }
    }
}

/// Nothing to do where threads are not known to wait so.
#[cfg(not(target_os = "linux"))]
pub fn step_aside() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn beside_runs_there_on_a_second_thread_when_there_are_two_cores_and_gives_both_answers() {
        let here = std::thread::current().id();
        let on = || std::thread::current().id();
        let ((a, a_on), (b, b_on)) = beside(|| (1, on()), || (2, on()));
        assert_eq!((a, b), (1, 2));
        assert_eq!(a_on, here);
        assert_eq!(b_on != here, two_cores());
    }

    /// The cores this thread may run on.
    #[cfg(target_os = "linux")]
    fn allowed() -> Vec<usize> {
        let size = std::mem::size_of::<libc::cpu_set_t>();
        // SAFETY: sched_getaffinity(2) on this thread into a local set.
        unsafe {
            let mut set: libc::cpu_set_t = std::mem::zeroed();
            assert_eq!(libc::sched_getaffinity(0, size, &mut set), 0);
            (0..libc::CPU_SETSIZE as usize)
                .filter(|&c| libc::CPU_ISSET(c, &set))
                .collect()
        }
    }

    /// Allows this thread the `cores` only.
    #[cfg(target_os = "linux")]
    fn allow(cores: &[usize]) {
        let size = std::mem::size_of::<libc::cpu_set_t>();
        // SAFETY: sched_setaffinity(2) on this thread from a local set.
        unsafe {
            let mut set: libc::cpu_set_t = std::mem::zeroed();
            for &c in cores {
                libc::CPU_SET(c, &mut set);
            }
            assert_eq!(libc::sched_setaffinity(0, size, &set), 0);
        }
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn stepping_aside_keeps_every_core_the_thread_had() {
        // On a thread of its own: its cores are changed.
        std::thread::spawn(|| {
            let before = allowed();
            for _ in 0..20 {
                step_aside();
                assert_eq!(allowed(), before);
            }
            if let [first, second, ..] = before[..] {
                // Among two cores of many: moved to the other one, kept both.
                allow(&[first, second]);
                // SAFETY: sched_getcpu(3) reads which core runs this thread.
                let here = || unsafe { libc::sched_getcpu() } as usize;
                let was = here();
                step_aside();
                assert_ne!(here(), was, "moved at once");
                assert_eq!(allowed(), [first, second]);
            }
            // One core: nowhere to go, nothing changed.
            allow(&before[..1]);
            step_aside();
            assert_eq!(allowed(), before[..1]);
        })
        .join()
        .unwrap();
    }

    #[test]
    fn a_panic_beside_goes_on_here() {
        let caught = std::panic::catch_unwind(|| beside(|| 1, || -> u8 { panic!("there") }));
        let panic = caught.expect_err("the panic reached this thread");
        assert_eq!(panic.downcast_ref::<&str>(), Some(&"there"));
    }
}
