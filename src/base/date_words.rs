//! The words of dates as people type them, per language: month names and
//! their abbreviations (`dic`, `sept`, `Dec`), weekdays, units of time
//! (`días`, `semanas`, `주`, `개월`) and the words for nearby days (`pasado
//! mañana`, `모레`). Input vocabularies, not words shown to anyone; the
//! phrases built from them are read in [`super::date_phrases`].

use super::date_moves::Unit;
use super::lang::Lang;
use chrono::Weekday;

/// The month names of a language, folded, January first.
fn months(lang: Lang) -> [&'static str; 12] {
    match lang {
        Lang::Es => [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
        Lang::En | Lang::Ko => [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
    }
}

/// The month (1–12) a folded word names in `lang`: the name or its first
/// three letters or more (`dic`, `sept`, `Dec.`); Spanish `set` and
/// `setiembre` too. English names are read in every language.
pub(super) fn month(word: &str, lang: Lang) -> Option<u32> {
    if word == "set" || word == "setiembre" {
        return (lang == Lang::Es).then_some(9);
    }
    let find = |l: Lang| {
        (word.chars().count() >= 3)
            .then(|| months(l).iter().position(|m| m.starts_with(word)))
            .flatten()
    };
    find(lang)
        .or_else(|| find(Lang::En))
        .and_then(|i| u32::try_from(i + 1).ok())
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

/// The English weekdays.
const EN_WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// The weekday a folded word names in `lang` (at least three letters of
/// a Spanish or English name: `vie`, `fri`; in Korean `금요일`, `금요` or
/// `금`), or in English whatever the language.
pub(super) fn weekday(word: &str, lang: Lang) -> Option<Weekday> {
    let own = match lang {
        Lang::Es => prefixed(word, &ES_WEEKDAYS),
        Lang::Ko => weekday_ko(word),
        Lang::En => None,
    };
    own.or_else(|| prefixed(word, &EN_WEEKDAYS))
}

/// The weekday whose name starts with `s` (at least three letters).
fn prefixed(s: &str, names: &[(&str, Weekday)]) -> Option<Weekday> {
    if s.chars().count() < 3 {
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
    if !matches!(chars.as_str(), "" | "요" | "요일") {
        return None;
    }
    DAYS.iter().find(|(c, _)| *c == first).map(|(_, wd)| *wd)
}

/// The weekday a folded word names in any language, `lang`'s first (`vie`,
/// `fri`, `금`): the weekday followup's own screens write beside a date.
pub(super) fn weekday_any(word: &str, lang: Lang) -> Option<Weekday> {
    std::iter::once(lang)
        .chain(Lang::ALL)
        .find_map(|l| weekday(word, l))
}

/// A Korean count said in words with its unit, spaces removed: the native
/// day counts `하루` 1 … `열흘` 10 and `보름` 15; a native numeral before
/// `달`, `주`, `주일` or `해` (`한 달`, `두 주`, `세 달`); `일주일` (one week).
pub(super) fn counted_ko(word: &str) -> Option<(u64, Unit)> {
    const DAYS: [(&str, u64); 11] = [
        ("하루", 1),
        ("이틀", 2),
        ("사흘", 3),
        ("나흘", 4),
        ("닷새", 5),
        ("엿새", 6),
        ("이레", 7),
        ("여드레", 8),
        ("아흐레", 9),
        ("열흘", 10),
        ("보름", 15),
    ];
    const NUMERALS: [(&str, u64); 10] = [
        ("한", 1),
        ("두", 2),
        ("세", 3),
        ("네", 4),
        ("다섯", 5),
        ("여섯", 6),
        ("일곱", 7),
        ("여덟", 8),
        ("아홉", 9),
        ("열", 10),
    ];
    if word == "일주일" {
        return Some((1, Unit::Week));
    }
    if let Some((_, n)) = DAYS.iter().find(|(w, _)| *w == word) {
        return Some((*n, Unit::Day));
    }
    NUMERALS.iter().find_map(|(numeral, n)| {
        let unit = match word.strip_prefix(numeral)? {
            "달" => Unit::Month,
            "주" | "주일" => Unit::Week,
            "해" => Unit::Year,
            _ => return None,
        };
        Some((*n, unit))
    })
}

/// The unit a folded word names in `lang`, English units in every language
/// (`días`, `semanas`, `mes`, `주`, `개월`, `weeks`, `d`, `w`).
pub(super) fn unit(word: &str, lang: Lang) -> Option<Unit> {
    let own = match (lang, word) {
        (Lang::Es, "dia" | "dias") => Some(Unit::Day),
        (Lang::Es, "semana" | "semanas" | "sem") => Some(Unit::Week),
        (Lang::Es, "mes" | "meses") => Some(Unit::Month),
        (Lang::Es, "ano" | "anos") => Some(Unit::Year),
        (Lang::Ko, "일") => Some(Unit::Day),
        (Lang::Ko, "주" | "주일") => Some(Unit::Week),
        (Lang::Ko, "개월" | "달") => Some(Unit::Month),
        (Lang::Ko, "년") => Some(Unit::Year),
        _ => None,
    };
    own.or(match word {
        "d" | "day" | "days" => Some(Unit::Day),
        "w" | "wk" | "wks" | "week" | "weeks" => Some(Unit::Week),
        "m" | "mo" | "month" | "months" => Some(Unit::Month),
        "y" | "yr" | "yrs" | "year" | "years" => Some(Unit::Year),
        _ => None,
    })
}

/// Days from today of a word (or words) for a nearby day in `lang`:
/// `pasado mañana` 2, `모레` 2, `글피` 3, `ayer` -1; English in every language.
pub(super) fn nearby(words: &str, lang: Lang) -> Option<i64> {
    let own = match (lang, words) {
        (Lang::Es, "hoy") | (Lang::Ko, "오늘") => Some(0),
        (Lang::Es, "manana") | (Lang::Ko, "내일") => Some(1),
        (Lang::Es, "pasado manana") | (Lang::Ko, "모레" | "내일모레") => Some(2),
        (Lang::Ko, "글피") => Some(3),
        (Lang::Es, "ayer") | (Lang::Ko, "어제") => Some(-1),
        (Lang::Es, "antier" | "anteayer" | "antes de ayer") | (Lang::Ko, "그제" | "그저께") => {
            Some(-2)
        }
        _ => None,
    };
    own.or(match words {
        "today" => Some(0),
        "tomorrow" => Some(1),
        "day after tomorrow" | "the day after tomorrow" => Some(2),
        "yesterday" => Some(-1),
        _ => None,
    })
}
