//! The one clock of both capitals: the instant now (`FOLLOWUP_NOW`, an RFC
//! 3339 instant, for reproducible runs), and "today" in a time zone. A
//! deadline is the end of its day in the committee's reference zone, so
//! "today" is read there, whatever the machine's own zone; `FOLLOWUP_TODAY`
//! fixes that day directly.

use super::dates::{DateError, TODAY_VAR, parse_date};
use chrono::{DateTime, Local, NaiveDate, NaiveTime, SecondsFormat, TimeZone, Utc};
use chrono_tz::Tz;

/// The environment variable that fixes the instant now (RFC 3339).
pub const NOW_VAR: &str = "FOLLOWUP_NOW";

/// Where "now" comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// The system clock, read at each call.
    Live,
    /// A fixed instant (`FOLLOWUP_NOW`).
    At(DateTime<Utc>),
    /// A fixed day in the reference zone (`FOLLOWUP_TODAY`); its instant is noon there.
    Day(NaiveDate),
}

impl Clock {
    /// The clock the environment asks for: `FOLLOWUP_NOW` first, then
    /// `FOLLOWUP_TODAY`, else the system clock.
    pub fn from_env() -> Result<Clock, DateError> {
        let var = |k| std::env::var(k).ok().filter(|s: &String| !s.is_empty());
        if let Some(s) = var(NOW_VAR) {
            return parse_now(&s).map(Clock::At);
        }
        match var(TODAY_VAR) {
            Some(s) => parse_date(&s)
                .map(Clock::Day)
                .map_err(|e| DateError::Today(Box::new(e))),
            None => Ok(Clock::Live),
        }
    }

    /// The instant now; for a fixed day, noon of that day in `zone`.
    pub fn now(&self, zone: Option<Tz>) -> DateTime<Utc> {
        match *self {
            Clock::Live => Utc::now(),
            Clock::At(at) => at,
            Clock::Day(day) => {
                let noon = day.and_time(NaiveTime::from_hms_opt(12, 0, 0).expect("noon"));
                match zone {
                    Some(z) => z.from_local_datetime(&noon).earliest().map(|d| d.to_utc()),
                    None => Local
                        .from_local_datetime(&noon)
                        .earliest()
                        .map(|d| d.to_utc()),
                }
                .unwrap_or_else(|| noon.and_utc())
            }
        }
    }

    /// Today's date in `zone` (the machine's own zone when `None`).
    pub fn today(&self, zone: Option<Tz>) -> NaiveDate {
        match *self {
            Clock::Day(day) => day,
            _ => day_in(self.now(zone), zone),
        }
    }
}

/// The calendar day of `at` in `zone` (the machine's own zone when `None`).
pub fn day_in(at: DateTime<Utc>, zone: Option<Tz>) -> NaiveDate {
    match zone {
        Some(z) => at.with_timezone(&z).date_naive(),
        None => at.with_timezone(&Local).date_naive(),
    }
}

/// The last instant of `day` in `zone`: when a deadline on `day` passes.
pub fn end_of_day(day: NaiveDate, zone: Tz) -> DateTime<Utc> {
    let next = day.succ_opt().unwrap_or(day).and_time(NaiveTime::MIN);
    zone.from_local_datetime(&next)
        .earliest()
        .map_or_else(|| next.and_utc(), |d| d.to_utc())
        - chrono::Duration::seconds(1)
}

/// Reads a `HH:MM` time of day.
pub fn parse_time(s: &str) -> Option<NaiveTime> {
    let b = s.as_bytes();
    if b.len() != 5 || b[2] != b':' {
        return None;
    }
    NaiveTime::parse_from_str(s, "%H:%M").ok()
}

/// An instant as the ledger writes it: UTC, to the second (`2026-12-03T00:05:00Z`).
pub fn format_instant(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Reads an RFC 3339 instant with any offset.
pub fn parse_instant(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|d| d.with_timezone(&Utc))
}

/// Reads `$FOLLOWUP_NOW`.
fn parse_now(s: &str) -> Result<DateTime<Utc>, DateError> {
    parse_instant(s).ok_or_else(|| DateError::Now {
        input: s.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Clock {
        Clock::At(parse_now(s).unwrap())
    }

    #[test]
    fn today_is_read_in_the_zone_asked_for() {
        let seoul: Tz = "Asia/Seoul".parse().unwrap();
        let cdmx: Tz = "America/Mexico_City".parse().unwrap();
        let thursday_morning_in_seoul = at("2026-12-03T09:05:00+09:00");
        let d = |s| parse_date(s).unwrap();
        assert_eq!(
            thursday_morning_in_seoul.today(Some(seoul)),
            d("2026-12-03")
        );
        assert_eq!(thursday_morning_in_seoul.today(Some(cdmx)), d("2026-12-02"));
        assert_eq!(
            Clock::Day(d("2026-12-02")).today(Some(seoul)),
            d("2026-12-02")
        );
    }

    #[test]
    fn a_deadline_ends_at_midnight_of_its_zone() {
        let cdmx: Tz = "America/Mexico_City".parse().unwrap();
        let end = end_of_day(parse_date("2026-12-04").unwrap(), cdmx);
        assert_eq!(end.to_rfc3339(), "2026-12-05T05:59:59+00:00");
    }

    #[test]
    fn times_and_instants_are_read_strictly() {
        assert_eq!(parse_time("10:00"), NaiveTime::from_hms_opt(10, 0, 0));
        assert_eq!(parse_time("9:00"), None);
        assert_eq!(parse_time("24:00"), None);
        assert!(matches!(parse_now("tomorrow"), Err(DateError::Now { .. })));
    }
}
