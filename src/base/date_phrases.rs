//! Dates said in words, as a secretariat types them: `2 de diciembre de
//! 2026`, `2 dic`, `pasado mañana`, `el viernes`, `viernes de la próxima
//! semana`, `en 3 días`, `+2 semanas`; `2026년 12월 2일`, `12월 2일`, `모레`,
//! `다음 주 금요일`, `3일 후`, `+2주`; `Dec 2, 2026`, `in 3 days`. The text is
//! cut into numbers and words ([`tokens`]) and read against the
//! vocabularies of [`super::date_words`].

use super::date_moves::{Unit, next_weekday, offset};
use super::date_words::{counted_ko, month, nearby, unit, weekday};
use super::dates::{DateError, checked};
use super::lang::Lang;
use chrono::{Datelike, Days, NaiveDate, Weekday};

/// A piece of a typed date.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    /// A run of digits and how many there were (a year has four). A
    /// number too large for any calendar is kept as `u64::MAX`.
    Num(u64, usize),
    Word(String),
    /// A leading `+` or `-`.
    Sign(bool),
}

/// Words that carry no meaning in a date (`de`, `el`, `the`, `of`; `para`
/// and `hasta` of a deadline: `para el viernes`).
fn filler(w: &str, lang: Lang) -> bool {
    match lang {
        Lang::Es => matches!(
            w,
            "de" | "del" | "el" | "la" | "los" | "las" | "a" | "al" | "para" | "hasta"
        ),
        Lang::En => matches!(w, "the" | "of" | "on" | "at"),
        Lang::Ko => false,
    }
}

/// `t` (folded) cut into numbers and words: spaces, commas, dots, slashes
/// and brackets separate; a sign counts only at the start. Korean words in
/// a row are joined (`다음 주 금요일` → `다음주금요일`, `3일 후` → 3 `일후`) so
/// that spacing does not matter; `un`, `una`, `a`, `an` before a unit are one;
/// a Spanish ordinal mark after a number is dropped (`1o`, `1º`, `1.º`, `1ro`).
fn tokens(t: &str, lang: Lang) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::new();
    let mut chars = t.trim().chars().peekable();
    if let Some(&c) = chars.peek()
        && (c == '+' || c == '-')
    {
        out.push(Tok::Sign(c == '+'));
        chars.next();
    }
    let mut glued = false;
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut digits = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                digits.push(d);
                chars.next();
            }
            out.push(Tok::Num(digits.parse().unwrap_or(u64::MAX), digits.len()));
            glued = false;
        } else if c.is_alphabetic() {
            let mut word = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_alphabetic()) {
                word.push(d);
                chars.next();
            }
            match out.last_mut() {
                Some(Tok::Word(prev)) if lang == Lang::Ko && glued => prev.push_str(&word),
                Some(Tok::Num(..)) if lang == Lang::Es && ordinal(&word) => {}
                _ if filler(&word, lang) => {}
                _ if matches!(word.as_str(), "un" | "una") && lang == Lang::Es => {
                    out.push(Tok::Num(1, 1));
                }
                _ if matches!(word.as_str(), "a" | "an" | "one") && lang == Lang::En => {
                    out.push(Tok::Num(1, 1));
                }
                _ => out.push(Tok::Word(word)),
            }
            glued = true;
        } else {
            chars.next();
        }
    }
    out
}

/// The mark of a Spanish ordinal after a number (`1o`, `1º`, `1ro`, `1er`).
fn ordinal(w: &str) -> bool {
    matches!(w, "o" | "º" | "ª" | "ro" | "er" | "ero")
}

/// The date a phrase names, `None` when `t` (folded) is no phrase of `lang`
/// (other forms are then tried), an error when it is one but names no day
/// followup accepts (`31 de febrero`, `en 99999999 semanas`).
pub(super) fn phrase(
    t: &str,
    today: NaiveDate,
    lang: Lang,
    input: &str,
) -> Option<Result<NaiveDate, DateError>> {
    let toks = tokens(t, lang);
    let near = |d: Option<NaiveDate>| {
        d.ok_or_else(|| DateError::OutOfRange {
            input: input.to_owned(),
        })
        .and_then(|d| checked(d, input))
    };
    if let Some(n) = words_only(&toks).and_then(|w| nearby(&w, lang)) {
        return Some(near(days(today, n)));
    }
    if let Some((n, unit, back)) = relative(&toks, lang) {
        return Some(near(offset(today, n, unit, back)));
    }
    if let Some(day) = on_weekday(&toks, lang) {
        return Some(near(day.resolve(today)));
    }
    calendar(&toks, lang).map(|(y, m, d)| on_calendar(today, y, m, d, input))
}

/// The day of the calendar a phrase names by its month and day (`2 de
/// diciembre`, `12월 2일`, `Dec 2, 2026`), `None` for any other phrase.
pub(super) fn calendar_day(
    t: &str,
    today: NaiveDate,
    lang: Lang,
    input: &str,
) -> Option<Result<NaiveDate, DateError>> {
    calendar(&tokens(t, lang), lang).map(|(y, m, d)| on_calendar(today, y, m, d, input))
}

/// A span said in words, its count and unit: `7 días`, `2 semanas`, `1
/// mes`, `7일`, `2주 이내`, `일주일`, `한 달`, `2 weeks`; `None` when `t`
/// (folded) is not one.
pub(super) fn span(t: &str, lang: Lang) -> Option<(u64, Unit)> {
    let bare = |w: &str| {
        ["이내", "안에", "내"]
            .iter()
            .find_map(|s| w.strip_suffix(s))
            .unwrap_or(w)
            .to_owned()
    };
    match tokens(t, lang).as_slice() {
        [Tok::Num(n, _), Tok::Word(w)] => Some((*n, unit(&bare(w), lang)?)),
        [Tok::Word(w)] if lang == Lang::Ko => counted_ko(&bare(w)),
        _ => None,
    }
}

/// The words of a phrase made only of words, joined by spaces.
fn words_only(toks: &[Tok]) -> Option<String> {
    let words: Option<Vec<&str>> = toks
        .iter()
        .map(|t| match t {
            Tok::Word(w) => Some(w.as_str()),
            _ => None,
        })
        .collect();
    words.filter(|w| !w.is_empty()).map(|w| w.join(" "))
}

/// `today` moved by `n` days either way, `None` past the calendar's ends.
fn days(today: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        today.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        today.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// A relative date: its count, unit and whether it lies in the past.
/// `+2 semanas`, `en 3 días`, `dentro de un mes`, `hace 2 días`, `3 días`;
/// `+2주`, `3일 후`, `2주 뒤`, `1개월 후`, `3일 전`; `in 3 days`, `2 weeks ago`.
fn relative(toks: &[Tok], lang: Lang) -> Option<(u64, Unit, bool)> {
    use Tok::{Num, Sign, Word};
    let u = |w: &str| unit(w, lang);
    match toks {
        [Sign(ahead), Num(n, _), Word(w)] => Some((*n, u(w)?, !ahead)),
        [Word(w), Num(n, _), Word(x)]
            if matches!(w.as_str(), "en" | "dentro" | "in" | "within") =>
        {
            Some((*n, u(x)?, false))
        }
        [Word(w), Num(n, _), Word(x)] if w == "hace" => Some((*n, u(x)?, true)),
        [Num(n, _), Word(x), Word(w)] if w == "ago" => Some((*n, u(x)?, true)),
        [Num(n, _), Word(x)] if lang == Lang::Ko => {
            let (bare, back) = ko_after(x)?;
            Some((*n, u(bare)?, back))
        }
        [Word(x)] if lang == Lang::Ko => {
            let (bare, back) = ko_after(x)?;
            let (n, unit) = counted_ko(bare)?;
            Some((n, unit, back))
        }
        [Num(n, _), Word(x)] => Some((*n, u(x)?, false)),
        _ => None,
    }
}

/// A Korean span's word without the `후`, `뒤` or `전` that ends it, and
/// whether it points back (`전`); `None` without one (`3일` alone is no date).
fn ko_after(x: &str) -> Option<(&str, bool)> {
    let bare = ["이후", "후에", "뒤에", "후", "뒤", "전"]
        .iter()
        .find_map(|s| x.strip_suffix(s))?;
    Some((bare, x.ends_with('전')))
}

/// Which week a weekday falls in.
#[derive(Debug, Clone, Copy)]
enum Week {
    /// The next occurrence after today (`el viernes`, `próximo viernes`, `오는 금요일`).
    Next,
    /// This week, Monday to Sunday (`이번 주 금요일`), past or not.
    This,
    /// That many weeks after this one (`다음 주 금요일`, `viernes de la próxima semana`).
    Later(u64),
}

/// A weekday and the week it falls in.
struct OnWeekday(Weekday, Week);

impl OnWeekday {
    fn resolve(&self, today: NaiveDate) -> Option<NaiveDate> {
        let OnWeekday(wd, week) = *self;
        let monday =
            today.checked_sub_days(Days::new(today.weekday().num_days_from_monday().into()))?;
        let this = monday.checked_add_days(Days::new(wd.num_days_from_monday().into()))?;
        match week {
            Week::Next => next_weekday(today, wd),
            Week::This => Some(this),
            Week::Later(n) => this.checked_add_days(Days::new(n * 7)),
        }
    }
}

/// A weekday phrase of `lang`.
fn on_weekday(toks: &[Tok], lang: Lang) -> Option<OnWeekday> {
    use Tok::Word;
    let words: Vec<&str> = toks
        .iter()
        .map(|t| match t {
            Word(w) => Some(w.as_str()),
            _ => None,
        })
        .collect::<Option<_>>()?;
    if let Some(week) = deadline_week(&words, lang) {
        return Some(OnWeekday(Weekday::Fri, week));
    }
    if lang == Lang::Ko {
        let [w] = words.as_slice() else { return None };
        let weeks = [
            ("다다음주", Week::Later(2)),
            ("다음주", Week::Later(1)),
            ("이번주", Week::This),
            ("이번", Week::This),
            ("오는", Week::Next),
            ("", Week::Next),
        ];
        return weeks.into_iter().find_map(|(p, week)| {
            let wd = weekday(w.strip_prefix(p)?, lang)?;
            Some(OnWeekday(wd, week))
        });
    }
    let next = |w: &str| {
        matches!(
            w,
            "este" | "esta" | "proximo" | "proxima" | "siguiente" | "next" | "this" | "coming"
        )
    };
    let week = |w: &str| matches!(w, "semana" | "week");
    match words.as_slice() {
        [w] => Some(OnWeekday(weekday(w, lang)?, Week::Next)),
        [n, w] if next(n) => Some(OnWeekday(weekday(w, lang)?, Week::Next)),
        [w, n] if matches!(*n, "proximo" | "next") => {
            Some(OnWeekday(weekday(w, lang)?, Week::Next))
        }
        [w, "que", "viene"] => Some(OnWeekday(weekday(w, lang)?, Week::Next)),
        [w, n, s] if next(n) && week(s) && !matches!(*n, "este" | "esta" | "this") => {
            Some(OnWeekday(weekday(w, lang)?, Week::Later(1)))
        }
        [w, "semana", "que", "entra" | "viene"] => {
            Some(OnWeekday(weekday(w, lang)?, Week::Later(1)))
        }
        _ => None,
    }
}

/// A week named as a deadline, without a day (`la próxima semana`, `la
/// semana que entra`, `다음 주`): it means by the end of that
/// week's working days, so its Friday.
fn deadline_week(words: &[&str], lang: Lang) -> Option<Week> {
    let next = |w: &str| matches!(w, "proxima" | "siguiente" | "entrante");
    match (lang, words) {
        (Lang::Es, [n, "semana"] | ["semana", n]) if next(n) => Some(Week::Later(1)),
        (Lang::Es, ["semana", "que", "entra" | "viene"]) => Some(Week::Later(1)),
        (Lang::Ko, ["다음주"]) => Some(Week::Later(1)),
        (Lang::Ko, ["다다음주"]) => Some(Week::Later(2)),
        _ => None,
    }
}

/// A day of the calendar in words: year (when given), month and day.
/// `2 de diciembre (de 2026)`, `2 dic 2026`, `diciembre 2`, `Dec 2, 2026`;
/// `2026년 12월 2일`, `12월 2일` (in every language: it reads one way only).
fn calendar(toks: &[Tok], lang: Lang) -> Option<(Option<u64>, u64, u64)> {
    use Tok::{Num, Word};
    let is = |t: &Tok, w: &str| matches!(t, Word(x) if x == w);
    let year = |t: &Tok| match t {
        Num(y, 4) => Some(*y),
        _ => None,
    };
    let num = |t: &Tok| match t {
        Num(n, digits) if *digits <= 2 => Some(*n),
        _ => None,
    };
    let month_word = |t: &Tok| match t {
        Word(w) => month(w, lang).map(u64::from),
        _ => None,
    };
    let (head, rest) = match toks {
        [y, nian, rest @ ..] if is(nian, "년") => (Some(year(y)?), rest),
        _ => (None, toks),
    };
    if let [m, yue, d, tail @ ..] = rest
        && is(yue, "월")
        && (tail.is_empty() || matches!(tail, [w] if is(w, "일")))
    {
        return Some((head, num(m)?, num(d)?));
    }
    if head.is_some() {
        return None;
    }
    let (day, m, rest) = match toks {
        [d, m, rest @ ..] if num(d).is_some() && month_word(m).is_some() => {
            (num(d)?, month_word(m)?, rest)
        }
        [m, d, rest @ ..] if num(d).is_some() && month_word(m).is_some() => {
            (num(d)?, month_word(m)?, rest)
        }
        _ => return None,
    };
    match rest {
        [] => Some((None, m, day)),
        [y] => Some((Some(year(y)?), m, day)),
        _ => None,
    }
}

/// The day `d` of month `m`: of `year` when given, else the next such day
/// from today (today itself included; the next 29 February for `29 feb`).
pub(super) fn on_calendar(
    today: NaiveDate,
    year: Option<u64>,
    m: u64,
    d: u64,
    input: &str,
) -> Result<NaiveDate, DateError> {
    let date = |y: i64| {
        NaiveDate::from_ymd_opt(
            i32::try_from(y).ok()?,
            u32::try_from(m).ok()?,
            u32::try_from(d).ok()?,
        )
    };
    let impossible = || DateError::Impossible {
        input: input.to_owned(),
    };
    let found = match year {
        Some(y) => date(i64::try_from(y).map_err(|_| impossible())?).ok_or_else(impossible)?,
        None => {
            let this = i64::from(today.year());
            (this..=this + 8)
                .filter_map(date)
                .find(|day| *day >= today)
                .ok_or_else(impossible)?
        }
    };
    checked(found, input)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::date_input::parse_span_input;
    use crate::base::dates::parse_date;

    #[test]
    fn korean_words_are_joined_whatever_the_spacing() {
        assert_eq!(
            tokens("다음 주 금요일", Lang::Ko),
            [Tok::Word("다음주금요일".into())]
        );
        assert_eq!(
            tokens("3일 후", Lang::Ko),
            [Tok::Num(3, 1), Tok::Word("일후".into())]
        );
        assert_eq!(
            tokens("+2 semanas", Lang::Es),
            [Tok::Sign(true), Tok::Num(2, 1), Tok::Word("semanas".into())]
        );
        assert_eq!(
            tokens("2 de dic. de 2026", Lang::Es),
            [Tok::Num(2, 1), Tok::Word("dic".into()), Tok::Num(2026, 4)]
        );
    }

    #[test]
    fn spans_in_words_months_counted_from_today() {
        let today = parse_date("2026-11-23").unwrap();
        let span = |s, lang| parse_span_input(s, today, lang);
        for (typed, lang, days) in [
            ("일주일", Lang::Ko, 7),
            ("일주일 이내", Lang::Ko, 7),
            ("2주일", Lang::Ko, 14),
            ("열흘", Lang::Ko, 10),
            ("한 달", Lang::Ko, 30),
            ("1개월", Lang::Ko, 30),
            ("1 mes", Lang::Es, 30),
            ("1m", Lang::En, 30),
            ("2 meses", Lang::Ko, 61),
            ("1 año", Lang::Es, 365),
            ("2 semanas", Lang::Ko, 14),
            ("2주", Lang::Es, 14),
        ] {
            assert_eq!(span(typed, lang), Ok(days), "{typed}");
        }
        assert_eq!(
            parse_span_input("1m", parse_date("2027-01-31").unwrap(), Lang::En),
            Ok(28)
        );
        for s in ["99999999 años", "99999999m", "4294967296 meses"] {
            assert!(
                matches!(span(s, Lang::Es), Err(DateError::OutOfRange { .. })),
                "{s}: {:?}",
                span(s, Lang::Es)
            );
        }
        assert!(span("99999999999 días", Lang::Es).is_err());
        assert!(matches!(
            span("pronto", Lang::Es),
            Err(DateError::Span { .. })
        ));
    }
}
