//! The forms people type for a date, per language: `today`, `+2w`, `fri`
//! and `2026-12-02` in every language; day-first `31/12/2026` in Spanish;
//! `2027. 3. 31.` in Korean; the phrases of every language, read in any
//! session (`2 de diciembre`, `pasado mañana`, `다음 주 금요일`, `3일 후`: see
//! [`super::date_phrases`]); a weekday beside a date, checked
//! ([`super::date_weekday`]). These are input vocabularies, not words shown
//! to anyone; every result lies in the range of [`super::dates`].

use super::date_moves::{Unit, next_weekday, offset};
use super::date_numeric::{Order, numbers, numeric};
use super::date_weekday::{on_weekday, split_weekday};
use super::date_words::{nearby, weekday};
use super::dates::{DateError, checked, parse_date};
use super::lang::Lang;
use chrono::{Days, NaiveDate};

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
    if let Some(n) = nearby(&t, Lang::En).filter(|n| n.abs() == 1 || *n == 0) {
        let d = if n >= 0 {
            today.checked_add_days(Days::new(n.unsigned_abs()))
        } else {
            today.checked_sub_days(Days::new(n.unsigned_abs()))
        };
        return near(d);
    }
    if let Some(wd) = weekday(&t, Lang::En) {
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
/// [`parse_date_arg`], plus the words and layouts of every language, the
/// user's first (a Korean session reads `2 de diciembre`, a Spanish one
/// `12월 9일`):
///
/// - Spanish: `hoy`, `mañana`, `pasado mañana`, `ayer`, `antier`; weekdays
///   (`viernes`, `el viernes`, `para el viernes`, `próximo viernes`: the next
///   one; `viernes de la próxima semana`: next week's); `la próxima semana`,
///   `la semana que entra` (a deadline: Friday of next week); `en 3 días`,
///   `dentro de un mes`, `+2 semanas`, `hace 2 días`; `2 de diciembre (de
///   2026)`, `1º de enero`, `1ro de enero`, `2 dic 2026`, `2 de dic`;
/// - Korean: `오늘`, `내일`, `모레`, `글피`, `어제`, `그제`; weekdays (`금요일`,
///   `금`, `오는 금요일`: the next one; `이번 주 금요일`: this week's, `다음 주
///   금요일`: next week's; `다음 주`: its Friday); `3일 후`, `2주 뒤`, `1개월
///   후`, `3일 전`, `+2주`, and in words `하루 뒤`, `이틀 후` … `열흘 후`, `한 달
///   후`, `두 주 후`, `일주일 후`; `2026년 12월 2일`, `12월 2일`, `2027. 3. 31.`;
///   any of them followed by `까지` ("by": `금요일까지`);
/// - English: `day after tomorrow`, `next fri`, `in 3 days`, `2
///   weeks ago`, `Dec 2, 2026`, `2 December`;
/// - numbers: year-first `2027.3.31`, `2027/3/31`, `2027-3-31` everywhere; in
///   Spanish day first, `31/12/2026`, `31/12/26` (two-digit years are
///   2000–2099) and `2/12` (`12/31/2026` is [`DateError::DayFirst`]); in the
///   other languages `M/D(/YYYY)` or `D/M(/YYYY)` only when one reading alone
///   is a date: `03/04/2027` is [`DateError::Ambiguous`], never guessed;
/// - a date with its weekday beside it, as followup's screens show it
///   (`2027-01-15(금)`, `lun 2026-11-23`, `2026-11-13 (vie)`): refused as
///   [`DateError::WrongWeekday`] when that is not its weekday.
///
/// A day and month without a year (`2 de diciembre`, `12월 2일`, `2/12`) is
/// the next such day from today, today included.
///
/// ```
/// use followup::base::date_input::parse_date_input;
/// use followup::base::dates::{DateError, parse_date};
/// use followup::base::lang::Lang;
/// let monday = parse_date("2026-11-23").unwrap();
/// assert_eq!(parse_date_input("viernes", monday, Lang::Es), parse_date("2026-11-27"));
/// assert_eq!(parse_date_input("2 de diciembre", monday, Lang::Es), parse_date("2026-12-02"));
/// assert_eq!(parse_date_input("31/03/2027", monday, Lang::Es), parse_date("2027-03-31"));
/// assert_eq!(parse_date_input("다음 주 금요일", monday, Lang::Ko), parse_date("2026-12-04"));
/// assert_eq!(parse_date_input("2027. 3. 31.", monday, Lang::Ko), parse_date("2027-03-31"));
/// assert!(matches!(parse_date_input("03/04/2027", monday, Lang::En), Err(DateError::Ambiguous { .. })));
/// assert!(matches!(parse_date_input("12/31/2026", monday, Lang::Es), Err(DateError::DayFirst { .. })));
/// ```
pub fn parse_date_input(s: &str, today: NaiveDate, lang: Lang) -> Result<NaiveDate, DateError> {
    let folded = crate::base::fold::fold(s.trim());
    let t = folded.strip_suffix("까지").unwrap_or(&folded).trim();
    if let Some((date, written)) = split_weekday(t, lang)
        && let Some(found) = calendar_day(date, today, lang, s)
    {
        return found.and_then(|d| on_weekday(d, written, s));
    }
    if let Some(found) = calendar_day(t, today, lang, s) {
        return found;
    }
    let langs = std::iter::once(lang).chain(Lang::ALL.into_iter().filter(|l| *l != lang));
    for l in langs {
        if let Some(found) = super::date_phrases::phrase(t, today, l, s) {
            return found;
        }
    }
    parse_date_arg(t, today).map_err(|e| with_input(e, s))
}

/// The day a text names on the calendar, by numbers (`2027-01-15`,
/// `31/12/26`, `2/12`, in the order of `lang`) or by its month and day in any
/// language (`2 de diciembre`, `12월 2일`), `lang`'s first; `None` for any
/// other form (`viernes`, `en 3 días`).
fn calendar_day(
    t: &str,
    today: NaiveDate,
    lang: Lang,
    input: &str,
) -> Option<Result<NaiveDate, DateError>> {
    if let Some(parts) = numbers(t, &['.', '/', '-']) {
        let order = match lang {
            Lang::Es => Order::DayFirst,
            Lang::En | Lang::Ko => Order::OneReading,
        };
        return Some(numeric(input, &parts, order, today));
    }
    std::iter::once(lang)
        .chain(Lang::ALL.into_iter().filter(|l| *l != lang))
        .find_map(|l| super::date_phrases::calendar_day(t, today, l, input))
}

/// `e` naming what the person typed rather than the text read.
fn with_input(e: DateError, input: &str) -> DateError {
    let input = input.to_owned();
    match e {
        DateError::Unrecognised { .. } => DateError::Unrecognised { input },
        DateError::Impossible { .. } => DateError::Impossible { input },
        DateError::OutOfRange { .. } => DateError::OutOfRange { input },
        other => other,
    }
}

/// Parses a span of days as a person typed it in `lang`: `7d`, `2w`, `7`
/// ([`parse_days`](super::dates::parse_days)), or in words: `7 días`,
/// `2 semanas`, `7일`, `2주`, `2 weeks`.
///
/// ```
/// use followup::base::date_input::parse_span_input;
/// use followup::base::lang::Lang;
/// use followup::base::dates::parse_date;
/// let today = parse_date("2026-11-23").unwrap();
/// assert_eq!(parse_span_input("2 semanas", today, Lang::Es), Ok(14));
/// assert_eq!(parse_span_input("10일", today, Lang::Ko), Ok(10));
/// assert_eq!(parse_span_input("일주일", today, Lang::Es), Ok(7));
/// assert_eq!(parse_span_input("1 mes", today, Lang::Es), Ok(30), "to 2026-12-23");
/// assert!(parse_span_input("pronto", today, Lang::Es).is_err());
/// ```
pub fn parse_span_input(s: &str, today: NaiveDate, lang: Lang) -> Result<u32, DateError> {
    super::dates::parse_days(s).or_else(|e| {
        let t = crate::base::fold::fold(s.trim());
        let (n, unit) = std::iter::once(lang)
            .chain(Lang::ALL.into_iter().filter(|l| *l != lang))
            .find_map(|l| super::date_phrases::span(&t, l))
            .ok_or(e)?;
        let days = match unit {
            Unit::Day => Some(n),
            Unit::Week => n.checked_mul(7),
            Unit::Month | Unit::Year => offset(today, n, unit, false)
                .filter(|d| super::dates::in_range(*d))
                .and_then(|d| u64::try_from((d - today).num_days()).ok()),
        };
        days.and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| DateError::OutOfRange {
                input: s.to_owned(),
            })
    })
}

/// The count and unit of a relative date's tail (`3d`, `2w`, `1m`). A count
/// too large for any calendar is kept as `u64::MAX`: still out of range.
fn offset_parts(rest: &str) -> Option<(u64, Unit)> {
    let unit = match rest.chars().last()? {
        'd' => Unit::Day,
        'w' => Unit::Week,
        'm' => Unit::Month,
        _ => return None,
    };
    let digits = &rest[..rest.len() - 1];
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some((digits.parse().unwrap_or(u64::MAX), unit))
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

    /// The natural forms of each language, from Monday 2026-11-23.
    #[test]
    fn the_phrases_of_each_language() {
        let today = d("2026-11-23");
        let cases: &[(Lang, &str, &str)] = &[
            (Lang::Es, "2 de diciembre de 2026", "2026-12-02"),
            (Lang::Es, "2 de diciembre", "2026-12-02"),
            (Lang::Es, "2 dic 2026", "2026-12-02"),
            (Lang::Es, "2 de dic", "2026-12-02"),
            (Lang::Es, "2 Dic. 2027", "2027-12-02"),
            (Lang::Es, "15 de septiembre", "2027-09-15"),
            (Lang::Es, "15 sept", "2027-09-15"),
            (Lang::Es, "23 de noviembre", "2026-11-23"),
            (Lang::Es, "pasado mañana", "2026-11-25"),
            (Lang::Es, "en 1 año", "2027-11-23"),
            (Lang::Ko, "1년 후", "2027-11-23"),
            (Lang::En, "+1y", "2027-11-23"),
            (Lang::Es, "antier", "2026-11-21"),
            (Lang::Es, "el viernes", "2026-11-27"),
            (Lang::Es, "próximo viernes", "2026-11-27"),
            (Lang::Es, "el próximo viernes", "2026-11-27"),
            (Lang::Es, "viernes de la próxima semana", "2026-12-04"),
            (Lang::Es, "el viernes de la semana que entra", "2026-12-04"),
            (Lang::Es, "en 3 días", "2026-11-26"),
            (Lang::Es, "dentro de un mes", "2026-12-23"),
            (Lang::Es, "+2 semanas", "2026-12-07"),
            (Lang::Es, "hace 2 días", "2026-11-21"),
            (Lang::Es, "31-12-2026", "2026-12-31"),
            (Lang::Es, "31.12.2026", "2026-12-31"),
            (Lang::Ko, "2026년 12월 2일", "2026-12-02"),
            (Lang::Ko, "2026년12월2일", "2026-12-02"),
            (Lang::Ko, "12월 2일", "2026-12-02"),
            (Lang::Ko, "1월 5일", "2027-01-05"),
            (Lang::Ko, "모레", "2026-11-25"),
            (Lang::Ko, "글피", "2026-11-26"),
            (Lang::Ko, "그저께", "2026-11-21"),
            (Lang::Ko, "다음 주 금요일", "2026-12-04"),
            (Lang::Ko, "다음주 금요일", "2026-12-04"),
            (Lang::Ko, "이번 주 금요일", "2026-11-27"),
            (Lang::Ko, "이번주 월요일", "2026-11-23"),
            (Lang::Ko, "오는 수요일", "2026-11-25"),
            (Lang::Ko, "3일 후", "2026-11-26"),
            (Lang::Ko, "3일후", "2026-11-26"),
            (Lang::Ko, "2주 뒤", "2026-12-07"),
            (Lang::Ko, "1개월 후", "2026-12-23"),
            (Lang::Ko, "3일 전", "2026-11-20"),
            (Lang::Ko, "+2주", "2026-12-07"),
            (Lang::Ko, "2026. 12. 2.", "2026-12-02"),
            (Lang::En, "Dec 2, 2026", "2026-12-02"),
            (Lang::En, "2 December", "2026-12-02"),
            (Lang::En, "day after tomorrow", "2026-11-25"),
            (Lang::En, "in 3 days", "2026-11-26"),
            (Lang::En, "in a week", "2026-11-30"),
            (Lang::En, "2 weeks ago", "2026-11-09"),
            (Lang::En, "next fri", "2026-11-27"),
            (Lang::En, "12월 2일", "2026-12-02"),
            // Copied from followup's own screens, weekday and all.
            (Lang::Ko, "2027-01-15(금)", "2027-01-15"),
            (Lang::Es, "2026-11-13 (vie)", "2026-11-13"),
            (Lang::Es, "lun 2026-11-23", "2026-11-23"),
            (Lang::Ko, "2026-11-23(월)", "2026-11-23"),
            (Lang::Es, "vie 27 nov", "2026-11-27"),
            (Lang::Es, "viernes, 4 de diciembre", "2026-12-04"),
            (Lang::Ko, "12월 4일(금)", "2026-12-04"),
            (Lang::Ko, "12월 4일 금요일", "2026-12-04"),
            (Lang::En, "Fri 2026-11-27", "2026-11-27"),
            // Korean: 까지 ("by"), native numerals, 일주일.
            (Lang::Ko, "금요일까지", "2026-11-27"),
            (Lang::Ko, "12월 2일까지", "2026-12-02"),
            (Lang::Ko, "한 달 후", "2026-12-23"),
            (Lang::Ko, "두 달 뒤", "2027-01-23"),
            (Lang::Ko, "한 주 후", "2026-11-30"),
            (Lang::Ko, "하루 뒤", "2026-11-24"),
            (Lang::Ko, "이틀 후", "2026-11-25"),
            (Lang::Ko, "사흘 후", "2026-11-26"),
            (Lang::Ko, "나흘 후", "2026-11-27"),
            (Lang::Ko, "닷새 후", "2026-11-28"),
            (Lang::Ko, "열흘 뒤", "2026-12-03"),
            (Lang::Ko, "이틀 전", "2026-11-21"),
            (Lang::Ko, "일주일 후", "2026-11-30"),
            (Lang::Ko, "2주일 후", "2026-12-07"),
            (Lang::Ko, "다음 주", "2026-12-04"),
            (Lang::Ko, "다음 주까지", "2026-12-04"),
            // Spanish: two-digit years, day/month, ordinals, next week.
            (Lang::Es, "31/12/26", "2026-12-31"),
            (Lang::Es, "2/12", "2026-12-02"),
            (Lang::Es, "1o de enero", "2027-01-01"),
            (Lang::Es, "1º de enero", "2027-01-01"),
            (Lang::Es, "1.º de enero", "2027-01-01"),
            (Lang::Es, "1ro de enero", "2027-01-01"),
            (Lang::Es, "1er de enero de 2027", "2027-01-01"),
            (Lang::Es, "la próxima semana", "2026-12-04"),
            (Lang::Es, "la semana próxima", "2026-12-04"),
            (Lang::Es, "la siguiente semana", "2026-12-04"),
            (Lang::Es, "la semana que entra", "2026-12-04"),
            (Lang::Es, "para la próxima semana", "2026-12-04"),
            (Lang::Es, "para el viernes", "2026-11-27"),
            // Any language's words in any session.
            (Lang::Ko, "2 de diciembre", "2026-12-02"),
            (Lang::Ko, "pasado mañana", "2026-11-25"),
            (Lang::Ko, "en 3 días", "2026-11-26"),
            (Lang::Es, "12월 9일", "2026-12-09"),
            (Lang::Es, "다음 주 금요일", "2026-12-04"),
            (Lang::Es, "3일 후", "2026-11-26"),
            (Lang::En, "el viernes", "2026-11-27"),
            (Lang::En, "2026년 12월 2일", "2026-12-02"),
        ];
        for (lang, typed, want) in cases {
            assert_eq!(
                parse_date_input(typed, today, *lang),
                Ok(d(want)),
                "{lang:?} {typed}"
            );
        }
    }

    #[test]
    fn impossible_and_unknown_phrases_are_refused_in_range() {
        let today = d("2026-11-23");
        let es = |s| parse_date_input(s, today, Lang::Es);
        assert!(matches!(es("12/31/2026"), Err(DateError::DayFirst { .. })));
        assert!(matches!(
            es("31/31/2026"),
            Err(DateError::Impossible { .. })
        ));
        assert!(matches!(
            es("31 de febrero"),
            Err(DateError::Impossible { .. })
        ));
        assert!(matches!(
            es("30 feb 2027"),
            Err(DateError::Impossible { .. })
        ));
        assert_eq!(es("29 de febrero"), Ok(d("2028-02-29")), "the next one");
        assert!(matches!(
            es("en 99999999999 semanas"),
            Err(DateError::OutOfRange { .. })
        ));
        assert!(matches!(
            es("+18446744073709551616 días"),
            Err(DateError::OutOfRange { .. })
        ));
        assert!(matches!(
            es("hace 99999999 meses"),
            Err(DateError::OutOfRange { .. })
        ));
        assert!(matches!(
            parse_date_input("2 de diciembre", MAX_DATE, Lang::Es),
            Err(DateError::Impossible { .. } | DateError::OutOfRange { .. })
        ));
        assert!(matches!(
            parse_date_input("모레", MAX_DATE, Lang::Ko),
            Err(DateError::OutOfRange { .. })
        ));
        assert!(matches!(
            parse_date_input("다음 주 금요일", MAX_DATE, Lang::Ko),
            Err(DateError::OutOfRange { .. })
        ));
        assert!(matches!(
            parse_date_input("이번 주 일요일", MAX_DATE, Lang::Ko),
            Err(DateError::OutOfRange { .. })
        ));
        for s in ["2 de algo", "el viernes 13 de", "pasado", "en días"] {
            assert!(matches!(es(s), Err(DateError::Unrecognised { .. })), "{s}");
        }
        assert!(matches!(
            parse_date_input("3일 전", MIN_DATE, Lang::Ko),
            Err(DateError::OutOfRange { .. })
        ));
        assert!(parse_date_input("3일", today, Lang::Ko).is_err());
        assert!(
            parse_date_input("12/31/2026", today, Lang::En) == Ok(d("2026-12-31")),
            "month first reads outside Spanish"
        );
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
        assert_eq!(
            en("viernes"),
            Ok(d("2026-11-27")),
            "a Spanish word, read in any session"
        );
        assert!(en("03/04/27").is_err(), "two-digit years are not guessed");
    }
}
