//! A weekday written beside a date, as followup's own screens show one and
//! people copy it back (`2027-01-15(금)`, `2026-11-13 (vie)`, `lun
//! 2026-11-23`, `viernes, 2 de diciembre`, `12월 2일 월요일`): accepted when it
//! is that date's weekday, refused as [`DateError::WrongWeekday`] when not.

use super::date_words::weekday_any;
use super::dates::DateError;
use super::lang::Lang;
use chrono::{Datelike, NaiveDate, Weekday};

/// `t` (folded) cut into a date and the weekday written beside it, in
/// brackets after it, or as a word before or after it; `None` when no
/// weekday of any language stands there.
pub(super) fn split_weekday(t: &str, lang: Lang) -> Option<(&str, Weekday)> {
    let t = t.trim();
    let word = |w: &str| weekday_any(w.trim().trim_matches(','), lang);
    if let Some(inner) = t.strip_suffix(')')
        && let Some((date, note)) = inner.rsplit_once('(')
    {
        return Some((date.trim(), word(note)?));
    }
    let after = t
        .rsplit_once(char::is_whitespace)
        .and_then(|(date, w)| Some((date, word(w)?)));
    let before = || {
        t.split_once(char::is_whitespace)
            .and_then(|(w, date)| Some((date, word(w)?)))
    };
    after
        .or_else(before)
        .map(|(date, wd)| (date.trim().trim_matches(',').trim(), wd))
        .filter(|(date, _)| !date.is_empty())
}

/// `date` when it falls on `written`, else the error that says so.
pub(super) fn on_weekday(
    date: NaiveDate,
    written: Weekday,
    input: &str,
) -> Result<NaiveDate, DateError> {
    if date.weekday() == written {
        Ok(date)
    } else {
        Err(DateError::WrongWeekday {
            input: input.to_owned(),
            date,
            written,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::date_input::parse_date_input;
    use crate::base::dates::parse_date;

    #[test]
    fn the_weekday_is_found_on_either_side_or_in_brackets() {
        let split = |s| split_weekday(s, Lang::Es);
        assert_eq!(split("2027-01-15(금)"), Some(("2027-01-15", Weekday::Fri)));
        assert_eq!(
            split("2026-11-13 (vie)"),
            Some(("2026-11-13", Weekday::Fri))
        );
        assert_eq!(split("lun 2026-11-23"), Some(("2026-11-23", Weekday::Mon)));
        assert_eq!(
            split("viernes, 2 de diciembre"),
            Some(("2 de diciembre", Weekday::Fri))
        );
        assert_eq!(
            split_weekday("12월 2일 수요일", Lang::Ko),
            Some(("12월 2일", Weekday::Wed))
        );
        assert_eq!(split("2 de diciembre"), None);
        assert_eq!(split("viernes"), None, "a weekday alone is no note");
        assert_eq!(split("2026-11-13 (x)"), None);
    }

    #[test]
    fn a_weekday_beside_a_date_must_be_its_own() {
        let today = parse_date("2026-11-23").unwrap();
        for (lang, typed, written) in [
            (Lang::Ko, "2027-01-15(목)", Weekday::Thu),
            (Lang::Es, "2026-11-13 (jue)", Weekday::Thu),
            (Lang::Es, "mar 2026-11-23", Weekday::Tue),
            (Lang::Ko, "12월 4일(월)", Weekday::Mon),
            (Lang::Es, "sábado, 2 de diciembre", Weekday::Sat),
        ] {
            match parse_date_input(typed, today, lang) {
                Err(DateError::WrongWeekday {
                    input,
                    date,
                    written: w,
                }) => {
                    assert_eq!((input.as_str(), w), (typed, written), "{typed}");
                    assert_ne!(date.weekday(), w, "{typed}");
                }
                other => panic!("{typed}: {other:?}"),
            }
        }
        assert!(matches!(
            parse_date_input("2027-02-30(금)", today, Lang::Ko),
            Err(DateError::Impossible { .. })
        ));
        assert_eq!(
            parse_date_input("lunes de la próxima semana", today, Lang::Es),
            parse_date("2026-11-30"),
            "a weekday that names the day is no note"
        );
    }
}
