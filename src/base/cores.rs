//! Whether work is worth a second thread, and work done on two at once.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
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
/// one, which then steps aside ([`step_aside`]) unless the new thread has
/// started already.
pub fn spawn_beside<'scope, T: Send + 'scope>(
    s: &'scope Scope<'scope, '_>,
    name: &str,
    work: impl FnOnce() -> T + Send + 'scope,
) -> std::io::Result<ScopedJoinHandle<'scope, T>> {
    let started = Arc::new(AtomicBool::new(false));
    let starts = Arc::clone(&started);
    let thread = std::thread::Builder::new()
        .name(name.to_owned())
        .spawn_scoped(s, move || {
            starts.store(true, Ordering::Relaxed);
            work()
        })?;
    if !started.load(Ordering::Relaxed) {
        step_aside();
    }
    Ok(thread)
}

/// Moves this thread to the other core, when it may run on exactly two,
/// leaving its own to the thread it just started: Linux may queue a new
/// thread on the core of the thread that started it and move it only
/// later (on a two-core virtual machine, 3.5 ms later in half the starts:
/// two 5 ms pieces of work took 8.9 ms, 5.4 ms with this). The thread may
/// run on both cores again afterwards. Not done with more cores, where
/// which one is idle is not known (nor measured), nor with one.
fn step_aside() {
    #[cfg(target_os = "linux")]
    let _ = affinity::move_aside();
}

/// The cores a thread may run on (`sched_getaffinity(2)`), and moving it.
#[cfg(target_os = "linux")]
mod affinity {
    use libc::{CPU_ISSET, CPU_SET, CPU_SETSIZE, cpu_set_t};

    const SIZE: usize = std::mem::size_of::<cpu_set_t>();

    /// The cores this thread may run on; `None` when it cannot be told.
    pub(super) fn allowed() -> Option<Vec<usize>> {
        // SAFETY: sched_getaffinity(2) on this thread (0) into a local set of its size.
        let set = unsafe {
            let mut set: cpu_set_t = std::mem::zeroed();
            (libc::sched_getaffinity(0, SIZE, &mut set) == 0).then_some(set)?
        };
        // SAFETY: CPU_ISSET reads the local set, below CPU_SETSIZE.
        let on = |c: &usize| unsafe { CPU_ISSET(*c, &set) };
        Some((0..CPU_SETSIZE as usize).filter(on).collect())
    }

    /// Lets this thread run on `cores` only; true when done.
    pub(super) fn allow(cores: &[usize]) -> bool {
        // SAFETY: a local set built with CPU_SET (which ignores a core past
        // CPU_SETSIZE), given to sched_setaffinity(2) for this thread (0).
        unsafe {
            let mut set: cpu_set_t = std::mem::zeroed();
            for &c in cores {
                CPU_SET(c, &mut set);
            }
            libc::sched_setaffinity(0, SIZE, &set) == 0
        }
    }

    /// The core this thread runs on now.
    pub(super) fn here() -> Option<usize> {
        // SAFETY: sched_getcpu(3) only reads which core runs this thread.
        usize::try_from(unsafe { libc::sched_getcpu() }).ok()
    }

    /// [`super::step_aside`]: the core this thread was moved to, if it was.
    pub(super) fn move_aside() -> Option<usize> {
        let both = allowed()?;
        let [a, b] = both[..] else { return None };
        let other = if here()? == a { b } else { a };
        if !allow(&[other]) {
            return None;
        }
        // Allowed both again, staying there; tried twice, as a thread left
        // on one core would stay so.
        let _ = allow(&both) || allow(&both);
        Some(other)
    }
}

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

    #[test]
    #[cfg(target_os = "linux")]
    fn stepping_aside_moves_between_two_cores_and_keeps_them_both() {
        use affinity::{allow, allowed, here, move_aside};
        // On a thread of its own: its cores are changed.
        std::thread::spawn(|| {
            let before = allowed().expect("the cores");
            if let [first, second, ..] = before[..] {
                assert!(allow(&[first, second]));
                let mut there = 0;
                for _ in 0..20 {
                    let was = here();
                    let to = move_aside().expect("moved");
                    assert!(to == first || to == second, "{to}");
                    assert_eq!(allowed().unwrap(), [first, second], "both kept");
                    // Counted when nothing else moved it between the looks.
                    there += usize::from(here() == Some(to) && was != Some(to));
                }
                assert!(there > 0, "never seen on the other core");
            }
            if let [a, b, c, ..] = before[..] {
                assert!(allow(&[a, b, c]));
                assert_eq!(move_aside(), None, "three cores: not moved");
                assert_eq!(allowed().unwrap(), [a, b, c]);
            }
            assert!(allow(&before[..1]));
            assert_eq!(move_aside(), None, "one core: nowhere to go");
            assert_eq!(allowed().unwrap(), before[..1]);
        })
        .join()
        .unwrap();
    }

    #[test]
    fn a_thread_started_beside_is_named_and_answers() {
        std::thread::scope(|s| {
            let name = || std::thread::current().name().map(str::to_owned);
            let t = spawn_beside(s, "second half", name).expect("a thread");
            assert_eq!(t.join().unwrap().as_deref(), Some("second half"));
        });
    }

    #[test]
    fn a_panic_beside_goes_on_here() {
        let caught = std::panic::catch_unwind(|| beside(|| 1, || -> u8 { panic!("there") }));
        let panic = caught.expect_err("the panic reached this thread");
        assert_eq!(panic.downcast_ref::<&str>(), Some(&"there"));
    }
}
