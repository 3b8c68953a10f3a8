//! Whether work is worth a second thread.

/// True when the machine has two cores for this process (asked once: the
/// answer reads the cgroup's files).
pub fn two_cores() -> bool {
    static TWO: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *TWO.get_or_init(|| std::thread::available_parallelism().is_ok_and(|n| n.get() > 1))
}
