//! Which way a deadline moved: later (postponed) or earlier (brought forward).

use super::Item;
use chrono::NaiveDate;

/// The direction of one move of a deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    /// The new deadline is after the old one (postponed).
    Later,
    /// The new deadline is before the old one (brought forward).
    Earlier,
}

impl Shift {
    /// The direction from `from` to `to`; `None` when either is missing or
    /// they are the same day.
    pub fn between(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Option<Shift> {
        match from?.cmp(&to?) {
            std::cmp::Ordering::Less => Some(Shift::Later),
            std::cmp::Ordering::Greater => Some(Shift::Earlier),
            std::cmp::Ordering::Equal => None,
        }
    }
}

impl Item {
    /// The direction of the deadline's last move (from the last kept
    /// deadline to the current one), if it moved and still has one.
    pub fn last_shift(&self) -> Option<Shift> {
        Shift::between(self.due_history.last().copied(), self.due)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_move_is_later_or_earlier_from_the_dates() {
        let (a, b) = (Some(d("2026-12-04")), Some(d("2026-12-18")));
        assert_eq!(Shift::between(a, b), Some(Shift::Later));
        assert_eq!(Shift::between(b, a), Some(Shift::Earlier));
        assert_eq!(Shift::between(a, a), None);
        assert_eq!(Shift::between(a, None), None);
        let mut item = Item::new("A-01", "t");
        assert_eq!(item.last_shift(), None);
        item.set_due(b);
        item.set_due(a);
        assert_eq!(item.last_shift(), Some(Shift::Earlier));
        item.set_due(b);
        assert_eq!(item.last_shift(), Some(Shift::Later));
    }
}
