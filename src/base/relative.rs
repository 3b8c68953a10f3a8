//! A date relative to today, as typed data: one rule for every screen and
//! command (the catalog turns it into "in 2w", "hace 3 días", "2주 후").

use chrono::NaiveDate;

/// The unit a distance in time is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    /// The unit's key, as the catalogs select on it (`day`, `week`, …).
    pub fn key(self) -> &'static str {
        match self {
            Unit::Day => "day",
            Unit::Week => "week",
            Unit::Month => "month",
            Unit::Year => "year",
        }
    }
}

/// A distance in time, rounded down to its unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub n: u32,
    pub unit: Unit,
}

/// Where a date stands against today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relative {
    Today,
    /// In the future.
    Ahead(Span),
    /// In the past: late for a deadline, ago for an event.
    Behind(Span),
}

impl Span {
    /// The span of `days` days: days below two weeks, then weeks below
    /// 60 days, months below two years, then years. Each step starts where the
    /// last one ends (13d, then 2w), so a longer span never reads shorter.
    pub fn of_days(days: u64) -> Span {
        let (n, unit) = match days {
            0..=13 => (days, Unit::Day),
            14..=59 => (days / 7, Unit::Week),
            60..=729 => (days / 30, Unit::Month),
            _ => (days / 365, Unit::Year),
        };
        Span {
            n: u32::try_from(n).unwrap_or(u32::MAX),
            unit,
        }
    }
}

impl Relative {
    /// Where `date` stands against `today`.
    ///
    /// ```
    /// use followup::base::relative::{Relative, Span, Unit};
    /// let d = |s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    /// let today = d("2026-11-23");
    /// assert_eq!(Relative::between(d("2026-11-26"), today), Relative::Ahead(Span { n: 3, unit: Unit::Day }));
    /// assert_eq!(Relative::between(d("2026-11-06"), today), Relative::Behind(Span { n: 2, unit: Unit::Week }));
    /// ```
    pub fn between(date: NaiveDate, today: NaiveDate) -> Relative {
        let days = (date - today).num_days();
        let span = Span::of_days(days.unsigned_abs());
        match days {
            0 => Relative::Today,
            1.. => Relative::Ahead(span),
            _ => Relative::Behind(span),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_rule_that_never_reads_shorter_for_longer() {
        let mut last = (0u32, 0u64);
        for days in 0..3000u64 {
            let s = Span::of_days(days);
            let rank = match s.unit {
                Unit::Day => 0,
                Unit::Week => 1,
                Unit::Month => 2,
                Unit::Year => 3,
            };
            // The unit never goes back, and within a unit the count never drops.
            assert!((rank, u64::from(s.n)) >= (last.0, last.1), "{days} days");
            // A count of weeks, months or years is never below 2: "1w" would
            // read shorter than the "13d" before it.
            if s.unit != Unit::Day {
                assert!(s.n >= 2, "{days} days gave {s:?}");
            }
            last = (rank, u64::from(s.n));
        }
        assert_eq!(
            Span::of_days(14),
            Span {
                n: 2,
                unit: Unit::Week
            }
        );
        assert_eq!(
            Span::of_days(17),
            Span {
                n: 2,
                unit: Unit::Week
            }
        );
        assert_eq!(
            Span::of_days(13),
            Span {
                n: 13,
                unit: Unit::Day
            }
        );
    }
}
