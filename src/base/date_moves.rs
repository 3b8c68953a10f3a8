//! Calendar arithmetic for typed dates: a day moved by a count of days,
//! weeks or months, or to the next occurrence of a weekday; `None` rather
//! than an overflow past the calendar's ends.

pub(super) use super::relative::Unit;
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// The next occurrence of `wd` after `today` (a week ahead when today is `wd`).
pub(super) fn next_weekday(today: NaiveDate, wd: Weekday) -> Option<NaiveDate> {
    let ahead = (7 + wd.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
    let ahead = if ahead == 0 { 7 } else { ahead };
    today.checked_add_days(Days::new(ahead.into()))
}

/// `today` moved by `n` units, back when `back`; `None` when the calendar
/// overflows.
pub(super) fn offset(today: NaiveDate, n: u64, unit: Unit, back: bool) -> Option<NaiveDate> {
    match unit {
        Unit::Month | Unit::Year => {
            let n = if unit == Unit::Year {
                n.checked_mul(12)?
            } else {
                n
            };
            let m = Months::new(u32::try_from(n).ok()?);
            if back {
                today.checked_sub_months(m)
            } else {
                today.checked_add_months(m)
            }
        }
        Unit::Day | Unit::Week => {
            let days = Days::new(if unit == Unit::Week {
                n.checked_mul(7)?
            } else {
                n
            });
            if back {
                today.checked_sub_days(days)
            } else {
                today.checked_add_days(days)
            }
        }
    }
}
