//! Dates typed as numbers: year first (`2027-3-31`, `2027. 3. 31.`) in
//! every language; day first in Spanish (`31/12/2026`, `31/12/26`, `2/12`);
//! elsewhere `M/D` or `D/M` only when one reading alone is a date.

use super::date_phrases::on_calendar;
use super::dates::{DateError, checked};
use chrono::NaiveDate;

/// Which order a language writes a day and a month in, numbers only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Order {
    /// Day first (Spanish): a date that reads only month-first is
    /// [`DateError::DayFirst`]; a two-digit year is 2000–2099.
    DayFirst,
    /// Either order, when only one of them is a date; else
    /// [`DateError::Ambiguous`]. Years have four digits.
    OneReading,
}

/// Two or three runs of digits separated by one of `seps` (spaces allowed
/// around them, a trailing separator allowed: `2027. 3. 31.`), or `None`. Two
/// runs (a day and a month) only with `/`: `2/12`.
pub(super) fn numbers(t: &str, seps: &[char]) -> Option<Vec<String>> {
    let sep = t.chars().find(|c| seps.contains(c))?;
    let t = t.trim().strip_suffix(sep).unwrap_or(t.trim());
    let parts: Vec<String> = t.split(sep).map(|p| p.trim().to_owned()).collect();
    let ok = (parts.len() == 3 || (parts.len() == 2 && sep == '/'))
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|c| c.is_ascii_digit()));
    ok.then_some(parts)
}

/// A date of numbers ([`numbers`]): year first (`2027.3.31`), else in the
/// `order` of the language. A day and month without a year (`2/12`) is the
/// next such day from `today`, today included. Never a guess: two
/// different readings are ambiguous.
pub(super) fn numeric(
    input: &str,
    p: &[String],
    order: Order,
    today: NaiveDate,
) -> Result<NaiveDate, DateError> {
    let n = |s: &str| s.parse::<u32>().unwrap_or(0);
    let input = input.to_owned();
    let short = |s: &String| s.len() <= 2;
    let year = match p {
        [y, m, d] if y.len() == 4 => {
            let date = NaiveDate::from_ymd_opt(n(y) as i32, n(m), n(d));
            return checked(
                date.ok_or(DateError::Impossible {
                    input: input.clone(),
                })?,
                &input,
            );
        }
        [a, b, y] if short(a) && short(b) && y.len() == 4 => Some(n(y)),
        [a, b, y] if short(a) && short(b) && y.len() == 2 && order == Order::DayFirst => {
            Some(2000 + n(y))
        }
        [a, b] if short(a) && short(b) => None,
        _ => return Err(DateError::Unrecognised { input }),
    };
    let (a, b) = (n(&p[0]), n(&p[1]));
    // A day of a month, in a year that has every day (2000 has 29 February).
    let real = |m: u32, d: u32| match year {
        Some(y) => NaiveDate::from_ymd_opt(y as i32, m, d).is_some(),
        None => NaiveDate::from_ymd_opt(2000, m, d).is_some(),
    };
    let (m, d) = match order {
        Order::DayFirst => match (real(b, a), real(a, b)) {
            (true, _) => (b, a),
            (false, true) => return Err(DateError::DayFirst { input }),
            (false, false) => return Err(DateError::Impossible { input }),
        },
        Order::OneReading => match (real(a, b), real(b, a)) {
            (true, true) if a != b => return Err(DateError::Ambiguous { input }),
            (true, _) => (a, b),
            (false, true) => (b, a),
            (false, false) => return Err(DateError::Impossible { input }),
        },
    };
    on_calendar(today, year.map(u64::from), m.into(), d.into(), &input)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::dates::parse_date;

    fn read(s: &str, order: Order) -> Result<NaiveDate, DateError> {
        let today = parse_date("2026-11-23").unwrap();
        let parts = numbers(s, &['.', '/', '-']).expect(s);
        numeric(s, &parts, order, today)
    }

    #[test]
    fn two_digit_years_are_this_century_and_only_day_first() {
        let es = |s| read(s, Order::DayFirst);
        assert_eq!(es("31/12/26"), parse_date("2026-12-31"));
        assert_eq!(es("1/1/00"), parse_date("2000-01-01"));
        assert_eq!(es("31/12/99"), parse_date("2099-12-31"));
        assert_eq!(es("31-12-26"), parse_date("2026-12-31"));
        assert!(matches!(es("12/31/26"), Err(DateError::DayFirst { .. })));
        assert!(matches!(es("29/02/27"), Err(DateError::Impossible { .. })));
        assert!(matches!(
            read("31/12/26", Order::OneReading),
            Err(DateError::Unrecognised { .. })
        ));
    }

    #[test]
    fn a_day_and_month_without_a_year_is_the_next_such_day() {
        let es = |s| read(s, Order::DayFirst);
        assert_eq!(es("2/12"), parse_date("2026-12-02"));
        assert_eq!(es("23/11"), parse_date("2026-11-23"), "today included");
        assert_eq!(es("22/11"), parse_date("2027-11-22"));
        assert_eq!(es("29/2"), parse_date("2028-02-29"));
        assert!(matches!(es("12/31"), Err(DateError::DayFirst { .. })));
        assert!(matches!(es("31/31"), Err(DateError::Impossible { .. })));
        let other = |s| read(s, Order::OneReading);
        assert!(matches!(other("2/12"), Err(DateError::Ambiguous { .. })));
        assert_eq!(other("12/31"), parse_date("2026-12-31"));
        assert_eq!(other("5/5"), parse_date("2027-05-05"));
        assert!(numbers("2.12", &['.', '/', '-']).is_none(), "a decimal");
        assert!(numbers("2-12", &['.', '/', '-']).is_none());
    }
}
