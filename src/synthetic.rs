//! Large synthetic ledgers for benchmarks and demos, built from the embedded
//! sample so that text, owners and workstreams look like the real thing.

use crate::ledger::{Item, Ledger, Note, Status, parse_ledger};
use chrono::{Days, NaiveDate};

/// A valid ledger of `n` items (about 500 bytes each) spread around `today`.
pub fn ledger(n: usize, today: NaiveDate) -> Ledger {
    let mut l = parse_ledger(crate::ledger::SAMPLE.as_bytes()).expect("the sample is valid");
    let models = std::mem::take(&mut l.items);
    let meeting = l.meetings.last().map(|m| m.id.clone()).unwrap_or_default();
    let start = today - Days::new(120);
    l.items = (0..n)
        .map(|i| {
            let m = &models[i % models.len()];
            let due = start + Days::new((i * 7919 % 400) as u64);
            Item {
                id: format!("S-{:06}", i + 1),
                title: m.title.clone(),
                status: Status::ALL[i * 31 % Status::ALL.len()],
                due: (i % 9 != 0).then_some(due),
                due_history: if i % 4 == 0 {
                    vec![due - Days::new(30)]
                } else {
                    Vec::new()
                },
                meeting: meeting.clone(),
                opened: Some(start),
                updated: Some(due.min(today)),
                notes: vec![Note::new(
                    start,
                    "secretariat",
                    format!(
                        "Follow-up {i}: {}",
                        m.notes.first().map_or("", |n| n.text.as_str())
                    ),
                )],
                ..m.clone()
            }
        })
        .collect();
    l
}

/// Today's date in synthetic ledgers' demos and benchmarks.
pub fn demo_today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}
