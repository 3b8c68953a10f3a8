//! The two capitals' clocks in the reader's language: a capital's short name
//! for a time zone, a day as screens write it (`Wed 2 Dec`, `mié 2 dic`,
//! `12월 2일(수)`), and an instant as it reads in a capital.

use super::Catalog;
use crate::tr;
use chrono::{DateTime, Datelike, NaiveDate, Utc, Weekday};
use chrono_tz::Tz;

/// How much of a capital's clock is said: the day and the time (`CDMX
/// mié 2 dic 18:05`), the weekday and the time (`CDMX mié 18:05`), or the
/// time alone (`CDMX 18:05`), as room allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockShown {
    DayAndTime,
    WeekdayAndTime,
    Time,
}

impl Catalog {
    /// A weekday's short name (`Mon`, `lun`, `월`).
    pub fn weekday_short(&self, d: NaiveDate) -> String {
        match d.weekday() {
            Weekday::Mon => tr!(self, "day-mon"),
            Weekday::Tue => tr!(self, "day-tue"),
            Weekday::Wed => tr!(self, "day-wed"),
            Weekday::Thu => tr!(self, "day-thu"),
            Weekday::Fri => tr!(self, "day-fri"),
            Weekday::Sat => tr!(self, "day-sat"),
            Weekday::Sun => tr!(self, "day-sun"),
        }
    }

    /// A month's short name (`Nov`, `nov`, `11월`).
    pub fn month_short(&self, d: NaiveDate) -> String {
        tr!(self, "month-short", m = d.month())
    }

    /// A day with its weekday and month: `Wed 2 Dec`, `mié 2 dic`, `12월 2일(수)`.
    pub fn day_month(&self, d: NaiveDate) -> String {
        tr!(
            self,
            "day-month",
            day = self.weekday_short(d),
            d = d.day(),
            month = self.month_short(d)
        )
    }

    /// The short name of the capital whose clock `zone` is: the
    /// catalog's for the zones it knows (`CDMX`, `서울`), else the zone's
    /// last part (`Europe/Madrid` → `Madrid`).
    pub fn capital(&self, zone: Tz) -> String {
        match zone {
            Tz::America__Mexico_City => tr!(self, "capital-mexico-city"),
            Tz::Asia__Seoul => tr!(self, "capital-seoul"),
            z => {
                let name = z.name();
                name.rsplit('/').next().unwrap_or(name).replace('_', " ")
            }
        }
    }

    /// `at` as it reads in `zone`: `Wed 2 Dec 18:05`, `12월 2일(수) 18:05`.
    pub fn local_time(&self, at: DateTime<Utc>, zone: Tz) -> String {
        let local = at.with_timezone(&zone);
        tr!(
            self,
            "clock-day-time",
            day = self.day_month(local.date_naive()),
            time = local.format("%H:%M").to_string()
        )
    }

    /// A capital's clock at `at`, as much of it as `shown` says: `CDMX
    /// mié 2 dic 18:05`, `CDMX mié 18:05`, `CDMX 18:05`.
    pub fn capital_clock(&self, at: DateTime<Utc>, zone: Tz, shown: ClockShown) -> String {
        let local = at.with_timezone(&zone);
        let time = local.format("%H:%M").to_string();
        let when = match shown {
            ClockShown::DayAndTime => self.local_time(at, zone),
            ClockShown::WeekdayAndTime => tr!(
                self,
                "clock-day-time",
                day = self.weekday_short(local.date_naive()),
                time = time
            ),
            ClockShown::Time => time,
        };
        tr!(
            self,
            "clock-capital",
            capital = self.capital(zone),
            when = when
        )
    }

    /// When `at` falls in each of `zones`, one after another:
    /// `Fri 4 Dec 23:59 Mexico City · Sat 5 Dec 14:59 Seoul`.
    pub fn in_each_capital(&self, at: DateTime<Utc>, zones: &[Tz]) -> String {
        let each: Vec<String> = zones
            .iter()
            .map(|z| {
                tr!(
                    self,
                    "clock-time-capital",
                    when = self.local_time(at, *z),
                    capital = self.capital(*z)
                )
            })
            .collect();
        each.join(" · ")
    }
}

#[cfg(test)]
mod tests {
    use super::ClockShown;
    use crate::i18n::{Lang, catalog};
    use chrono::{DateTime, Utc};
    use chrono_tz::Tz;

    #[test]
    fn each_capital_reads_the_same_instant_on_its_own_clock() {
        let at: DateTime<Utc> = "2026-12-03T00:05:00Z".parse().unwrap();
        let both = [Tz::America__Mexico_City, Tz::Asia__Seoul];
        let clocks = |lang| {
            let cat = catalog(lang);
            let each: Vec<String> = both
                .iter()
                .map(|z| cat.capital_clock(at, *z, ClockShown::DayAndTime))
                .collect();
            each.join(" · ")
        };
        assert_eq!(
            clocks(Lang::En),
            "Mexico City Wed 2 Dec 18:05 · Seoul Thu 3 Dec 09:05"
        );
        assert_eq!(
            clocks(Lang::Es),
            "CDMX mié 2 dic 18:05 · Seúl jue 3 dic 09:05"
        );
        assert_eq!(
            clocks(Lang::Ko),
            "멕시코시티 12월 2일(수) 18:05 · 서울 12월 3일(목) 09:05"
        );
        let es = catalog(Lang::Es);
        let madrid = es.capital_clock(at, Tz::Europe__Madrid, ClockShown::Time);
        assert_eq!(madrid, "Madrid 01:05");
        let seoul =
            catalog(Lang::Ko).capital_clock(at, Tz::Asia__Seoul, ClockShown::WeekdayAndTime);
        assert_eq!(seoul, "서울 목 09:05");
        assert_eq!(catalog(Lang::En).capital(Tz::America__New_York), "New York");
        assert_eq!(
            catalog(Lang::En).in_each_capital(at, &both),
            "Wed 2 Dec 18:05 Mexico City · Thu 3 Dec 09:05 Seoul"
        );
    }
}
