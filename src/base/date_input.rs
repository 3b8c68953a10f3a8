//! The friendly forms people type for a date, per language: `today`, `+2w`,
//! `fri` in every language, `viernes` and `31/03/2027` in Spanish, `금요일`
//! and `2027. 3. 31.` in Korean. These are input vocabularies, not words
//! shown to anyone; every result lies in the range of [`super::dates`].

use super::dates::{DateError, checked, parse_date};
use super::lang::Lang;
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// Parses a date as people type it: `YYYY-MM-DD`, `today`, `tomorrow`,
/// `yesterday`, `+3d`, `-1d`, `+2w`, `+1m`, or a weekday name (its next
/// occurrence). The result lies in [`MIN_DATE`](super::dates::MIN_DATE)`..=`[`MAX_DATE`](super::dates::MAX_DATE): a relative
/// date that lands outside (`+1000000w`, `-99999999999d`) is
/// [`DateError::OutOfRange`], never an overflow.
///
/// ```
/// use followup::base::date_input::parse_date_arg;
/// use followup::base::dates::{DateError, parse_date};
/// let monday = parse_date("2026-11-23").unwrap();
/// assert_eq!(parse_date_arg("+2w", monday), parse_date("2026-12-07"));
/// assert_eq!(parse_date_arg("fri", monday), parse_date("2026-11-27"));
/// assert!(parse_date_arg("2026-02-30", monday).is_err());
/// assert!(matches!(parse_date_arg("+1000000w", monday), Err(DateError::OutOfRange { .. })));
/// ```
pub fn parse_date_arg(s: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let t = s.trim().to_lowercase();
    let out_of_range = || DateError::OutOfRange {
        input: s.to_owned(),
    };
    let near = |d: Option<NaiveDate>| d.ok_or_else(out_of_range).and_then(|d| checked(d, s));
    match t.as_str() {
        "today" => return near(Some(today)),
        "tomorrow" => return near(today.checked_add_days(Days::new(1))),
        "yesterday" => return near(today.checked_sub_days(Days::new(1))),
        _ => {}
    }
    if let Some(wd) = weekday(&t) {
        return near(next_weekday(today, wd));
    }
    if let Some(rest) = t.strip_prefix('+').or_else(|| t.strip_prefix('-'))
        && let Some((n, unit)) = offset_parts(rest)
    {
        return near(offset(today, n, unit, t.starts_with('-')));
    }
    match parse_date(&t) {
        Ok(d) => Ok(d),
        Err(DateError::Shape { .. }) => Err(DateError::Unrecognised {
            input: s.to_owned(),
        }),
        Err(DateError::Impossible { .. }) => Err(DateError::Impossible {
            input: s.to_owned(),
        }),
        Err(_) => Err(out_of_range()),
    }
}

/// Parses a date as a person typed it in `lang`: every form of
/// [`parse_date_arg`], plus the language's own words and layouts:
///
/// - Spanish: `hoy`, `mañana`, `ayer`, weekdays (`viernes`, `miércoles` or
///   `miercoles`, at least three letters), and day-first `31/03/2027`;
/// - Korean: `오늘`, `내일`, `어제`, weekdays (`금요일` or `금`), and `2027. 3. 31.`;
/// - in every language, year-first `2027.3.31`, `2027. 3. 31.` and `2027/3/31`,
///   and `M/D/YYYY` or `D/M/YYYY` outside Spanish only when one reading
///   alone is a date: `03/04/2027` is [`DateError::Ambiguous`], never guessed.
///
/// ```
/// use followup::base::date_input::parse_date_input;
/// use followup::base::dates::{DateError, parse_date};
/// use followup::base::lang::Lang;
/// let monday = parse_date("2026-11-23").unwrap();
/// assert_eq!(parse_date_input("viernes", monday, Lang::Es), parse_date("2026-11-27"));
/// assert_eq!(parse_date_input("31/03/2027", monday, Lang::Es), parse_date("2027-03-31"));
/// assert_eq!(parse_date_input("2027. 3. 31.", monday, Lang::Ko), parse_date("2027-03-31"));
/// assert!(matches!(parse_date_input("03/04/2027", monday, Lang::En), Err(DateError::Ambiguous { .. })));
/// ```
pub fn parse_date_input(s: &str, today: NaiveDate, lang: Lang) -> Result<NaiveDate, DateError> {
    let t = crate::base::fold::fold(s.trim());
    let out_of_range = || DateError::OutOfRange {
        input: s.to_owned(),
    };
    let near = |d: Option<NaiveDate>| d.ok_or_else(out_of_range).and_then(|d| checked(d, s));
    let days = |n: i64| {
        if n >= 0 {
            today.checked_add_days(Days::new(n.unsigned_abs()))
        } else {
            today.checked_sub_days(Days::new(n.unsigned_abs()))
        }
    };
    let word = match (lang, t.as_str()) {
        (Lang::Es, "hoy") | (Lang::Ko, "오늘") => Some(0),
        (Lang::Es, "manana") | (Lang::Ko, "내일") => Some(1),
        (Lang::Es, "ayer") | (Lang::Ko, "어제") => Some(-1),
        _ => None,
    };
    if let Some(n) = word {
        return near(days(n));
    }
    let wd = match lang {
        Lang::Es => weekday_in(&t, &ES_WEEKDAYS, 3),
        Lang::Ko => weekday_ko(&t),
        Lang::En => None,
    };
    if let Some(wd) = wd {
        return near(next_weekday(today, wd));
    }
    if let Some(parts) = numbers(&t, &['.', '/']) {
        return numeric(s, &parts, lang == Lang::Es);
    }
    parse_date_arg(s, today)
}

/// The Spanish weekdays, accents folded.
const ES_WEEKDAYS: [(&str, Weekday); 7] = [
    ("lunes", Weekday::Mon),
    ("martes", Weekday::Tue),
    ("miercoles", Weekday::Wed),
    ("jueves", Weekday::Thu),
    ("viernes", Weekday::Fri),
    ("sabado", Weekday::Sat),
    ("domingo", Weekday::Sun),
];

/// The weekday whose name starts with `s` (at least `min` characters).
fn weekday_in(s: &str, names: &[(&str, Weekday)], min: usize) -> Option<Weekday> {
    if s.chars().count() < min {
        return None;
    }
    names
        .iter()
        .find(|(name, _)| name.starts_with(s))
        .map(|(_, wd)| *wd)
}

/// A Korean weekday: `금요일`, `금요`, or the single syllable `금`.
fn weekday_ko(s: &str) -> Option<Weekday> {
    const DAYS: [(char, Weekday); 7] = [
        ('월', Weekday::Mon),
        ('화', Weekday::Tue),
        ('수', Weekday::Wed),
        ('목', Weekday::Thu),
        ('금', Weekday::Fri),
        ('토', Weekday::Sat),
        ('일', Weekday::Sun),
    ];
    let mut chars = s.chars();
    let first = chars.next()?;
    let rest: String = chars.collect();
    if !matches!(rest.as_str(), "" | "요" | "요일") {
        return None;
    }
    DAYS.iter().find(|(c, _)| *c == first).map(|(_, wd)| *wd)
}

/// The next occurrence of `wd` after `today` (a week ahead when today is `wd`).
fn next_weekday(today: NaiveDate, wd: Weekday) -> Option<NaiveDate> {
    let ahead = (7 + wd.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
    let ahead = if ahead == 0 { 7 } else { ahead };
    today.checked_add_days(Days::new(ahead.into()))
}

/// Three runs of digits separated by one of `seps` (spaces allowed around
/// them, a trailing separator allowed: `2027. 3. 31.`), or `None`.
fn numbers(t: &str, seps: &[char]) -> Option<[String; 3]> {
    let sep = t.chars().find(|c| seps.contains(c))?;
    let t = t.trim().strip_suffix(sep).unwrap_or(t.trim());
    let parts: Vec<String> = t.split(sep).map(|p| p.trim().to_owned()).collect();
    let ok = parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|c| c.is_ascii_digit()));
    ok.then(|| [parts[0].clone(), parts[1].clone(), parts[2].clone()])
}

/// A date of three numbers: year first (`2027.3.31`), else day first when
/// `day_first` (Spanish), else whichever of month-first and day-first alone
/// is a date. Never a guess: two different readings are ambiguous.
fn numeric(input: &str, p: &[String; 3], day_first: bool) -> Result<NaiveDate, DateError> {
    let n = |s: &str| s.parse::<u32>().unwrap_or(0);
    let ymd = |y: &str, m: &str, d: &str| NaiveDate::from_ymd_opt(n(y) as i32, n(m), n(d));
    let impossible = || DateError::Impossible {
        input: input.to_owned(),
    };
    let date = if p[0].len() == 4 {
        ymd(&p[0], &p[1], &p[2]).ok_or_else(impossible)?
    } else if p[2].len() != 4 {
        return Err(DateError::Unrecognised {
            input: input.to_owned(),
        });
    } else if day_first {
        ymd(&p[2], &p[1], &p[0]).ok_or_else(impossible)?
    } else {
        match (ymd(&p[2], &p[0], &p[1]), ymd(&p[2], &p[1], &p[0])) {
            (Some(a), Some(b)) if a != b => {
                return Err(DateError::Ambiguous {
                    input: input.to_owned(),
                });
            }
            (Some(a), _) | (None, Some(a)) => a,
            (None, None) => return Err(impossible()),
        }
    };
    checked(date, input)
}

/// The count and unit of a relative date's tail (`3d`, `2w`, `1m`). A count
/// too large for any calendar is kept as `u64::MAX`: still out of range.
fn offset_parts(rest: &str) -> Option<(u64, char)> {
    let unit = rest
        .chars()
        .last()
        .filter(|u| matches!(u, 'd' | 'w' | 'm'))?;
    let digits = &rest[..rest.len() - 1];
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((digits.parse().unwrap_or(u64::MAX), unit))
}

/// `today` moved by `n` units; `None` when the calendar overflows.
fn offset(today: NaiveDate, n: u64, unit: char, back: bool) -> Option<NaiveDate> {
    match unit {
        'm' => {
            let m = Months::new(u32::try_from(n).ok()?);
            if back {
                today.checked_sub_months(m)
            } else {
                today.checked_add_months(m)
            }
        }
        _ => {
            let days = Days::new(if unit == 'w' { n.checked_mul(7)? } else { n });
            if back {
                today.checked_sub_days(days)
            } else {
                today.checked_add_days(days)
            }
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::dates::{MAX_DATE, MIN_DATE, format_date};

    fn d(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
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
    fn the_supported_range_is_the_same_for_files_and_input() {
        let today = d("2026-11-23");
        let out = |s: &str| matches!(parse_date_arg(s, today), Err(DateError::OutOfRange { .. }));
        for s in [
            "+1000000w",
            "-1000000w",
            "+230000m",
            "-230000m",
            "+99999999d",
            "-99999999d",
            "+18446744073709551615d",
            "+99999999999999999999999999w",
            "-4294967296m",
            "10000-01-01",
            "0000-01-01",
            "1899-12-31",
            "-50000d",
        ] {
            assert!(out(s), "{s}: {:?}", parse_date_arg(s, today));
        }
        assert!(matches!(
            parse_date("1899-12-31"),
            Err(DateError::OutOfRange { .. })
        ));
        assert!(matches!(
            parse_date("10000-01-01"),
            Err(DateError::OutOfRange { .. })
        ));
        assert_eq!(parse_date("9999-12-31"), Ok(MAX_DATE));
        assert_eq!(parse_date("1900-01-01"), Ok(MIN_DATE));
        assert_eq!(parse_date(&format_date(MAX_DATE)), Ok(MAX_DATE));
        assert_eq!(parse_date(&format_date(MIN_DATE)), Ok(MIN_DATE));
        // The edges themselves, reached relatively.
        let days_to_max = (MAX_DATE - today).num_days();
        assert_eq!(
            parse_date_arg(&format!("+{days_to_max}d"), today),
            Ok(MAX_DATE)
        );
        assert!(out(&format!("+{}d", days_to_max + 1)));
        let days_to_min = (today - MIN_DATE).num_days();
        assert_eq!(
            parse_date_arg(&format!("-{days_to_min}d"), today),
            Ok(MIN_DATE)
        );
        assert!(out(&format!("-{}d", days_to_min + 1)));
        // At the edge of the calendar, the friendly forms do not overflow.
        assert!(matches!(
            parse_date_arg("tomorrow", MAX_DATE),
            Err(DateError::OutOfRange { .. })
        ));
        assert!(matches!(
            parse_date_arg("fri", MAX_DATE),
            Err(DateError::OutOfRange { .. })
        ));
        assert!(matches!(
            parse_date_arg("yesterday", MIN_DATE),
            Err(DateError::OutOfRange { .. })
        ));
        assert!(matches!(
            parse_date_arg("tomorrow", NaiveDate::MAX),
            Err(DateError::OutOfRange { .. })
        ));
        assert!(matches!(
            parse_date_arg("+1d", NaiveDate::MAX),
            Err(DateError::OutOfRange { .. })
        ));
        assert!(matches!(
            parse_date_arg("-1m", NaiveDate::MIN),
            Err(DateError::OutOfRange { .. })
        ));
        assert!(matches!(
            parse_date_arg("2026-02-30", today),
            Err(DateError::Impossible { .. })
        ));
        assert!(matches!(
            parse_date_arg("+3x", today),
            Err(DateError::Unrecognised { .. })
        ));
    }

    #[test]
    fn dates_typed_in_spanish_and_korean() {
        let today = d("2026-11-23"); // a Monday
        let es = |s| parse_date_input(s, today, Lang::Es);
        let ko = |s| parse_date_input(s, today, Lang::Ko);
        assert_eq!(es("hoy"), Ok(today));
        assert_eq!(es("Mañana"), Ok(d("2026-11-24")));
        assert_eq!(es("manana"), Ok(d("2026-11-24")));
        assert_eq!(es("ayer"), Ok(d("2026-11-22")));
        assert_eq!(es("viernes"), Ok(d("2026-11-27")));
        assert_eq!(es("miércoles"), Ok(d("2026-11-25")));
        assert_eq!(es("miercoles"), Ok(d("2026-11-25")));
        assert_eq!(
            es("lunes"),
            Ok(d("2026-11-30")),
            "next occurrence, not today"
        );
        assert_eq!(es("31/03/2027"), Ok(d("2027-03-31")));
        assert_eq!(
            es("03/04/2027"),
            Ok(d("2027-04-03")),
            "day first in Spanish"
        );
        assert_eq!(es("tomorrow"), Ok(d("2026-11-24")), "English still works");
        assert_eq!(es("2027-01-15"), Ok(d("2027-01-15")));
        assert!(matches!(
            es("31/02/2027"),
            Err(DateError::Impossible { .. })
        ));
        assert_eq!(ko("오늘"), Ok(today));
        assert_eq!(ko("내일"), Ok(d("2026-11-24")));
        assert_eq!(ko("어제"), Ok(d("2026-11-22")));
        assert_eq!(ko("금요일"), Ok(d("2026-11-27")));
        assert_eq!(ko("금"), Ok(d("2026-11-27")));
        assert_eq!(ko("월요일"), Ok(d("2026-11-30")));
        assert_eq!(ko("2027. 3. 31."), Ok(d("2027-03-31")));
        assert_eq!(ko("2027.3.31"), Ok(d("2027-03-31")));
        assert_eq!(ko("+2w"), Ok(d("2026-12-07")));
        assert!(ko("금요일날").is_err());
        assert!(matches!(
            ko("9999. 12. 32."),
            Err(DateError::Impossible { .. })
        ));
    }

    #[test]
    fn ambiguous_dates_are_refused_not_guessed() {
        let today = d("2026-11-23");
        let en = |s| parse_date_input(s, today, Lang::En);
        assert!(matches!(en("03/04/2027"), Err(DateError::Ambiguous { .. })));
        assert!(matches!(
            parse_date_input("03/04/2027", today, Lang::Ko),
            Err(DateError::Ambiguous { .. })
        ));
        assert_eq!(en("03/31/2027"), Ok(d("2027-03-31")), "one reading only");
        assert_eq!(en("31/03/2027"), Ok(d("2027-03-31")), "one reading only");
        assert_eq!(en("04/04/2027"), Ok(d("2027-04-04")), "both readings agree");
        assert_eq!(en("2027/3/31"), Ok(d("2027-03-31")));
        assert!(en("viernes").is_err(), "Spanish words are for Spanish");
        assert!(en("03/04/27").is_err(), "two-digit years are not guessed");
    }
}
