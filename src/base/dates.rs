//! Calendar dates: the strict `YYYY-MM-DD` file form, spans of days (`7d`,
//! `2w`), the supported range and "today" itself, which `FOLLOWUP_TODAY` can
//! fix for reproducible runs. The forms people type are in
//! [`crate::base::date_input`].
//!
//! Every date read from a file or typed by a person lies in
//! [`MIN_DATE`]`..=`[`MAX_DATE`]: the loader and the input parser share
//! [`parse_date`] and [`in_range`], so a date `followup` writes always loads.

use chrono::{Datelike, NaiveDate, Weekday};

/// The environment variable that fixes "today" (`YYYY-MM-DD`).
pub const TODAY_VAR: &str = "FOLLOWUP_TODAY";

/// The earliest date a ledger may hold.
pub const MIN_DATE: NaiveDate = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();

/// The latest date a ledger may hold: the last one with a four-digit year.
pub const MAX_DATE: NaiveDate = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap();

/// Why a text is not a date `followup` accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Shape { input: String },
    /// Of the form `YYYY-MM-DD`, but no such day exists (`2026-02-30`).
    Impossible { input: String },
    /// A day outside [`MIN_DATE`]`..=`[`MAX_DATE`], written or reached by a
    /// relative date (`+1000000w`).
    OutOfRange { input: String },
    /// None of the forms people may type.
    Unrecognised { input: String },
    /// A form that reads as two different days (`03/04/2027` in English):
    /// refused rather than guessed.
    Ambiguous { input: String },
    /// A date that reads only month-first (`12/31/2026`) typed in a
    /// language that writes dates day-first (Spanish).
    DayFirst { input: String },
    /// A date written with a weekday that is not its own (`2027-01-15(jue)`:
    /// the 15th is a Friday): `date` and the weekday `written` beside it.
    WrongWeekday {
        input: String,
        date: NaiveDate,
        written: Weekday,
    },
    /// Not a span of days.
    Span { input: String },
    /// `$FOLLOWUP_TODAY` holds a date that is not accepted.
    Today(Box<DateError>),
    /// `$FOLLOWUP_NOW` holds no RFC 3339 instant.
    Now { input: String },
}

/// True when `d` lies in [`MIN_DATE`]`..=`[`MAX_DATE`].
pub fn in_range(d: NaiveDate) -> bool {
    (MIN_DATE..=MAX_DATE).contains(&d)
}

/// Parses a strict `YYYY-MM-DD` date that exists on the calendar and lies in
/// [`MIN_DATE`]`..=`[`MAX_DATE`]: the form the ledger file holds.
pub fn parse_date(s: &str) -> Result<NaiveDate, DateError> {
    let b = s.as_bytes();
    let shape_ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape_ok {
        let input = s.to_owned();
        return Err(if long_year(s) {
            DateError::OutOfRange { input }
        } else {
            DateError::Shape { input }
        });
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().expect("digits");
    let d = NaiveDate::from_ymd_opt(num(0..4) as i32, num(5..7), num(8..10)).ok_or_else(|| {
        DateError::Impossible {
            input: s.to_owned(),
        }
    })?;
    checked(d, s)
}

/// `YYYYY…-MM-DD`: a date whose year has more than four digits.
fn long_year(s: &str) -> bool {
    let mut parts = s.split('-');
    let digits = |p: Option<&str>, len: Option<usize>| {
        p.is_some_and(|p| {
            !p.is_empty()
                && p.bytes().all(|c| c.is_ascii_digit())
                && len.is_none_or(|l| p.len() == l)
        })
    };
    let year = parts.next();
    year.is_some_and(|y| y.len() > 4)
        && digits(year, None)
        && digits(parts.next(), Some(2))
        && digits(parts.next(), Some(2))
        && parts.next().is_none()
}

/// `d` when it lies in range, else an error naming `input`.
pub(super) fn checked(d: NaiveDate, input: &str) -> Result<NaiveDate, DateError> {
    if in_range(d) {
        Ok(d)
    } else {
        Err(DateError::OutOfRange {
            input: input.to_owned(),
        })
    }
}

/// A weekday's key, as the catalogs select on it (`mon` … `sun`).
pub fn weekday_key(wd: Weekday) -> &'static str {
    match wd {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    }
}

/// Writes a date as `YYYY-MM-DD`.
pub fn format_date(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// Parses a span of days such as `7d`, `2w` or `7`.
pub fn parse_days(s: &str) -> Result<u32, DateError> {
    let t = s.trim().to_lowercase();
    let (n, unit) = match t.strip_suffix('d').or(Some(t.as_str())) {
        Some(n) if n.chars().all(|c| c.is_ascii_digit()) => (n, 1),
        _ => (t.strip_suffix('w').unwrap_or(""), 7),
    };
    n.parse::<u32>()
        .ok()
        .and_then(|n| n.checked_mul(unit))
        .ok_or_else(|| DateError::Span {
            input: s.to_owned(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
    }

    #[test]
    fn strict_dates() {
        assert_eq!(
            d("2026-11-23"),
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
        );
        assert!(matches!(
            parse_date("2026-02-30"),
            Err(DateError::Impossible { .. })
        ));
        assert!(parse_date("2026-2-3").is_err());
        assert!(parse_date("2026/02/03").is_err());
        assert!(parse_date("+2026-02-0").is_err());
        let early = NaiveDate::from_ymd_opt(999, 1, 5).unwrap();
        assert_eq!(format_date(early), "0999-01-05");
    }

    #[test]
    fn spans() {
        assert_eq!(parse_days("7d"), Ok(7));
        assert_eq!(parse_days("2w"), Ok(14));
        assert_eq!(parse_days("10"), Ok(10));
        assert!(parse_days("w").is_err());
        assert!(parse_days("7x").is_err());
    }
}
