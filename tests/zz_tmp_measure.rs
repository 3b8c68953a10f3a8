use followup::app::{App, Options};
use std::time::Instant;
#[test]
fn measure() {
    let today = followup::synthetic::demo_today();
    let l = followup::synthetic::ledger(100_000, today);
    let t = Instant::now();
    let c = l.clone();
    eprintln!("clone {:?}", t.elapsed());
    drop(c);
    let t = Instant::now();
    let mut a = App::new(l, "x", today, Options::default());
    eprintln!("new {:?}", t.elapsed());
    let t = Instant::now();
    a.reindex();
    eprintln!("reindex {:?}", t.elapsed());
    let t = Instant::now();
    a.rebuild();
    eprintln!("rebuild {:?}", t.elapsed());
}
