//! Calendar dates: the strict `YYYY-MM-DD` file form, the friendly forms typed
//! by people (`today`, `+2w`, `fri`), relative wording (`in 3d`, `5d late`)
//! and "today" itself, which `FOLLOWUP_TODAY` can fix for reproducible runs.

use chrono::{Datelike, Days, Local, Months, NaiveDate, Weekday};

/// The environment variable that fixes "today" (`YYYY-MM-DD`).
pub const TODAY_VAR: &str = "FOLLOWUP_TODAY";

/// Today's date: `$FOLLOWUP_TODAY` when set, else the local clock.
pub fn today() -> Result<NaiveDate, String> {
    match std::env::var(TODAY_VAR) {
        Ok(s) if !s.is_empty() => parse_date(&s).map_err(|e| format!("{TODAY_VAR}: {e}")),
        _ => Ok(Local::now().date_naive()),
    }
}

/// Parses a strict `YYYY-MM-DD` date that exists on the calendar.
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    let b = s.as_bytes();
    let shape_ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape_ok {
        return Err(format!("invalid date `{s}` (expected YYYY-MM-DD)"));
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().expect("digits");
    NaiveDate::from_ymd_opt(num(0..4) as i32, num(5..7), num(8..10))
        .ok_or_else(|| format!("impossible date `{s}` (no such day on the calendar)"))
}

/// Writes a date as `YYYY-MM-DD`.
pub fn format_date(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// Parses a date as people type it: `YYYY-MM-DD`, `today`, `tomorrow`,
/// `yesterday`, `+3d`, `-1d`, `+2w`, `+1m`, or a weekday name (its next occurrence).
///
/// ```
/// use followup::dates::{parse_date, parse_date_arg};
/// let monday = parse_date("2026-11-23").unwrap();
/// assert_eq!(parse_date_arg("+2w", monday), parse_date("2026-12-07"));
/// assert_eq!(parse_date_arg("fri", monday), parse_date("2026-11-27"));
/// assert!(parse_date_arg("2026-02-30", monday).is_err());
/// ```
pub fn parse_date_arg(s: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let t = s.trim().to_lowercase();
    match t.as_str() {
        "today" => return Ok(today),
        "tomorrow" => return Ok(today + Days::new(1)),
        "yesterday" => return Ok(today - Days::new(1)),
        _ => {}
    }
    if let Some(wd) = weekday(&t) {
        let ahead = (7 + wd.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
        return Ok(today + Days::new(if ahead == 0 { 7 } else { ahead as u64 }));
    }
    if let Some(rest) = t.strip_prefix('+').or_else(|| t.strip_prefix('-')) {
        let back = t.starts_with('-');
        if let Some(d) = offset(today, rest, back) {
            return Ok(d);
        }
    }
    parse_date(&t).map_err(|_| {
        format!(
            "invalid date `{s}` (use YYYY-MM-DD, today, tomorrow, +3d, -1d, +2w, +1m or a weekday)"
        )
    })
}

/// Parses a span of days such as `7d`, `2w` or `7`.
pub fn parse_days(s: &str) -> Result<u32, String> {
    let t = s.trim().to_lowercase();
    let (n, unit) = match t.strip_suffix('d').or(Some(t.as_str())) {
        Some(n) if n.chars().all(|c| c.is_ascii_digit()) => (n, 1),
        _ => (t.strip_suffix('w').unwrap_or(""), 7),
    };
    n.parse::<u32>()
        .ok()
        .and_then(|n| n.checked_mul(unit))
        .ok_or_else(|| format!("invalid span `{s}` (use e.g. 7d or 2w)"))
}

fn offset(today: NaiveDate, rest: &str, back: bool) -> Option<NaiveDate> {
    let unit = rest.chars().last()?;
    let n: u32 = rest[..rest.len() - unit.len_utf8()].parse().ok()?;
    match (unit, back) {
        ('d', false) => today.checked_add_days(Days::new(n.into())),
        ('d', true) => today.checked_sub_days(Days::new(n.into())),
        ('w', false) => today.checked_add_days(Days::new(u64::from(n) * 7)),
        ('w', true) => today.checked_sub_days(Days::new(u64::from(n) * 7)),
        ('m', false) => today.checked_add_months(Months::new(n)),
        ('m', true) => today.checked_sub_months(Months::new(n)),
        _ => None,
    }
}

fn weekday(s: &str) -> Option<Weekday> {
    const NAMES: [(&str, Weekday); 7] = [
        ("monday", Weekday::Mon),
        ("tuesday", Weekday::Tue),
        ("wednesday", Weekday::Wed),
        ("thursday", Weekday::Thu),
        ("friday", Weekday::Fri),
        ("saturday", Weekday::Sat),
        ("sunday", Weekday::Sun),
    ];
    if s.len() < 3 {
        return None;
    }
    NAMES
        .iter()
        .find(|(name, _)| name.starts_with(s))
        .map(|(_, wd)| *wd)
}

/// A deadline relative to today: `today`, `in 3d`, `5d late`, `in 3w`, `2mo late`.
///
/// ```
/// use followup::dates::{parse_date, relative};
/// let today = parse_date("2026-11-23").unwrap();
/// assert_eq!(relative(parse_date("2026-11-18").unwrap(), today), "5d late");
/// assert_eq!(relative(parse_date("2026-11-26").unwrap(), today), "in 3d");
/// ```
pub fn relative(due: NaiveDate, today: NaiveDate) -> String {
    let days = (due - today).num_days();
    if days == 0 {
        return "today".into();
    }
    let n = days.unsigned_abs();
    let span = match n {
        0..=14 => format!("{n}d"),
        15..=69 => format!("{}w", n / 7),
        70..=729 => format!("{}mo", n / 30),
        _ => format!("{}y", n / 365),
    };
    if days > 0 {
        format!("in {span}")
    } else {
        format!("{span} late")
    }
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
        assert!(parse_date("2026-02-30").unwrap_err().contains("impossible"));
        assert!(parse_date("2026-2-3").is_err());
        assert!(parse_date("2026/02/03").is_err());
        assert!(parse_date("+2026-02-0").is_err());
        assert_eq!(format_date(d("0999-01-05")), "0999-01-05");
    }

    #[test]
    fn friendly_dates() {
        let today = d("2026-11-23"); // a Monday
        let p = |s| parse_date_arg(s, today).unwrap();
        assert_eq!(p("today"), today);
        assert_eq!(p("tomorrow"), d("2026-11-24"));
        assert_eq!(p("+3d"), d("2026-11-26"));
        assert_eq!(p("-1d"), d("2026-11-22"));
        assert_eq!(p("+2w"), d("2026-12-07"));
        assert_eq!(p("+1m"), d("2026-12-23"));
        assert_eq!(p("fri"), d("2026-11-27"));
        assert_eq!(p("Monday"), d("2026-11-30"), "next occurrence, not today");
        assert_eq!(p("2027-01-15"), d("2027-01-15"));
        assert!(parse_date_arg("soon", today).is_err());
        assert!(parse_date_arg("+3x", today).is_err());
        assert!(
            parse_date_arg("mo", today).is_err(),
            "too short to be a weekday"
        );
    }

    #[test]
    fn spans() {
        assert_eq!(parse_days("7d"), Ok(7));
        assert_eq!(parse_days("2w"), Ok(14));
        assert_eq!(parse_days("10"), Ok(10));
        assert!(parse_days("w").is_err());
        assert!(parse_days("7x").is_err());
    }

    #[test]
    fn relative_wording() {
        let today = d("2026-11-23");
        assert_eq!(relative(today, today), "today");
        assert_eq!(relative(d("2026-11-26"), today), "in 3d");
        assert_eq!(relative(d("2026-11-18"), today), "5d late");
        assert_eq!(relative(d("2026-12-21"), today), "in 4w");
        assert_eq!(relative(d("2026-03-01"), today), "8mo late");
        assert_eq!(relative(d("2016-12-31"), today), "9y late");
    }
}
