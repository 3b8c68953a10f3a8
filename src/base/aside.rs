//! Freeing a large value beside the work that follows it.

/// Frees `value` on a thread of its own, so that what comes next (printing
/// a command's answer, its exit) does not wait for it: freeing 100,000
/// items takes milliseconds, and a process that ends first gives all its
/// memory back at once. Without a thread, `value` is freed here.
pub fn drop_aside<T: Send + 'static>(value: T) {
    let _ = std::thread::Builder::new()
        .name("freeing".into())
        .spawn(move || drop(value));
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    #[test]
    fn the_value_is_freed_on_another_thread() {
        struct Tell(mpsc::Sender<std::thread::ThreadId>);
        impl Drop for Tell {
            fn drop(&mut self) {
                let _ = self.0.send(std::thread::current().id());
            }
        }
        let (tx, rx) = mpsc::channel();
        drop_aside(Tell(tx));
        let freed_on = rx.recv().expect("freed");
        assert_ne!(freed_on, std::thread::current().id());
    }
}
