//! Whether work is worth a second thread, and work done on two at once.

use std::sync::{Mutex, PoisonError};

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
        let second = two_cores()
            .then(|| std::thread::Builder::new().spawn_scoped(s, run).ok())
            .flatten();
        let a = here();
        let b = second.and_then(|t| t.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
        (a, b.or_else(run).expect("run once"))
    })
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
    fn a_panic_beside_goes_on_here() {
        let caught = std::panic::catch_unwind(|| beside(|| 1, || -> u8 { panic!("there") }));
        let panic = caught.expect_err("the panic reached this thread");
        assert_eq!(panic.downcast_ref::<&str>(), Some(&"there"));
    }
}
