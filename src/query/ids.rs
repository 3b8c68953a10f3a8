//! The next free item id of a scheme `PREFIX-NN`.

use crate::ledger::Item;

/// The prefix of the ids of items agreed at no meeting: `A-01`, `A-02`, …
pub const NO_MEETING_PREFIX: &str = "A-";

/// The next free id in a scheme `PREFIX-NN`: the prefix its items use when a
/// meeting is given (or the meeting's id); for `Some("")`, an item agreed at
/// no meeting, [`NO_MEETING_PREFIX`], so that its id suggests no meeting;
/// for `None` (not chosen yet), the prefix of the last item's id.
pub fn next_id(items: &[Item], meeting: Option<&str>) -> String {
    let split = |id: &str| -> Option<(String, String)> {
        let digits = id.len() - id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        (digits > 0 && digits < id.len()).then(|| {
            (
                id[..id.len() - digits].to_owned(),
                id[id.len() - digits..].to_owned(),
            )
        })
    };
    // The prefix most used by the meeting's items (`SC-` for the APEC talks),
    // else the meeting's id.
    let of_meeting = |m: &str| {
        let mut counts: Vec<(String, usize)> = Vec::new();
        for (p, _) in items
            .iter()
            .filter(|i| i.meeting == m)
            .filter_map(|i| split(&i.id))
        {
            match counts.iter_mut().find(|(q, _)| *q == p) {
                Some((_, n)) => *n += 1,
                None => counts.push((p, 1)),
            }
        }
        counts.into_iter().max_by_key(|(_, n)| *n).map(|(p, _)| p)
    };
    let prefix = match meeting {
        Some("") => NO_MEETING_PREFIX.to_owned(),
        Some(m) => of_meeting(m).unwrap_or_else(|| format!("{m}-")),
        None => items
            .iter()
            .rev()
            .find_map(|i| split(&i.id))
            .map_or_else(|| NO_MEETING_PREFIX.to_owned(), |(p, _)| p),
    };
    let (mut max, mut width) = (0u64, 2usize);
    for (p, n) in items.iter().filter_map(|i| split(&i.id)) {
        if p == prefix {
            max = max.max(n.parse().unwrap_or(0));
            width = width.max(n.len());
        }
    }
    let mut n = max + 1;
    loop {
        let id = format!("{prefix}{n:0width$}");
        if !items.iter().any(|i| i.id == id) {
            return id;
        }
        n += 1;
    }
}
