//! The `VTIMEZONE` component RFC 5545 asks for beside every `TZID` a
//! calendar uses, built from chrono-tz's rules (the `icalendar` crate writes
//! none): a zone without daylight saving time in the years used is one
//! `STANDARD` rule from 1970; a zone with it lists each change of offset of
//! those years (and the last one before them), so that any calendar places
//! a meeting at the same instant whatever its own zone.

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};
use std::collections::BTreeSet;

/// One rule of the zone: from `at` (UTC) on, `to` instead of `from`.
struct Change {
    at: DateTime<Utc>,
    from: FixedOffset,
    to: FixedOffset,
    name: String,
    daylight: bool,
}

/// The offset of `zone` at `at`, with its abbreviation and whether it is
/// daylight saving time.
fn offset_at(zone: Tz, at: DateTime<Utc>) -> (FixedOffset, String, bool) {
    let o = zone.offset_from_utc_datetime(&at.naive_utc());
    let name = o.abbreviation().unwrap_or_default().to_owned();
    (o.fix(), name, !o.dst_offset().is_zero())
}

/// The first instant after `before` and at or before `after` when the
/// offset is no longer the one at `before` (one hour apart at most).
fn change_between(zone: Tz, mut before: DateTime<Utc>, mut after: DateTime<Utc>) -> DateTime<Utc> {
    let old = offset_at(zone, before).0;
    while after - before > Duration::seconds(1) {
        let mid = before + (after - before) / 2;
        if offset_at(zone, mid).0 == old {
            before = mid;
        } else {
            after = mid;
        }
    }
    after
}

/// The changes of offset of `zone` in each of `years` and the year before
/// it: only the years meetings fall in are read, however far apart (a
/// meeting in 9999 costs one year, not eight thousand).
fn changes(zone: Tz, years: &BTreeSet<i32>) -> Vec<Change> {
    let start = |y: i32| {
        NaiveDate::from_ymd_opt(y, 1, 1).map(|d| d.and_time(chrono::NaiveTime::MIN).and_utc())
    };
    let read: BTreeSet<i32> = years.iter().flat_map(|y| [y - 1, *y]).collect();
    let mut out = Vec::new();
    let day = Duration::days(1);
    for y in read {
        let (Some(mut t), Some(end)) = (start(y), start(y + 1)) else {
            continue;
        };
        while t < end {
            let (from, _, _) = offset_at(zone, t);
            if offset_at(zone, t + day).0 != from {
                let at = change_between(zone, t, t + day);
                let (to, name, daylight) = offset_at(zone, at);
                out.push(Change {
                    at,
                    from,
                    to,
                    name,
                    daylight,
                });
            }
            t += day;
        }
    }
    out
}

/// `+0900`, `-0600`.
fn offset_text(o: FixedOffset) -> String {
    let secs = o.local_minus_utc();
    let sign = if secs < 0 { '-' } else { '+' };
    let (h, m) = (secs.abs() / 3600, secs.abs() % 3600 / 60);
    format!("{sign}{h:02}{m:02}")
}

/// One `STANDARD` or `DAYLIGHT` rule, from `local` (the local time, in
/// the offset before it).
fn rule(kind: &str, local: &str, from: FixedOffset, to: FixedOffset, name: &str) -> String {
    let mut s = format!(
        "BEGIN:{kind}\r\nDTSTART:{local}\r\nTZOFFSETFROM:{}\r\nTZOFFSETTO:{}\r\n",
        offset_text(from),
        offset_text(to)
    );
    if !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-".contains(c))
    {
        s.push_str(&format!("TZNAME:{name}\r\n"));
    }
    s.push_str(&format!("END:{kind}\r\n"));
    s
}

/// The `VTIMEZONE` of `zone` for meetings in `years`, lines ending in CRLF.
pub fn vtimezone(zone: Tz, years: &BTreeSet<i32>) -> String {
    let mut s = format!("BEGIN:VTIMEZONE\r\nTZID:{}\r\n", zone.name());
    let found = changes(zone, years);
    let first = years.first().copied().unwrap_or(1970);
    if found.is_empty() {
        let at = NaiveDate::from_ymd_opt(first, 7, 1)
            .unwrap_or_default()
            .and_time(chrono::NaiveTime::MIN)
            .and_utc();
        let (o, name, daylight) = offset_at(zone, at);
        let kind = if daylight { "DAYLIGHT" } else { "STANDARD" };
        s.push_str(&rule(kind, "19700101T000000", o, o, &name));
    }
    for c in found {
        let local = (c.at + Duration::seconds(i64::from(c.from.local_minus_utc())))
            .naive_utc()
            .format("%Y%m%dT%H%M%S")
            .to_string();
        let kind = if c.daylight { "DAYLIGHT" } else { "STANDARD" };
        s.push_str(&rule(kind, &local, c.from, c.to, &c.name));
    }
    s.push_str("END:VTIMEZONE\r\n");
    s
}

/// The years of `days`, if any.
pub fn years(days: impl Iterator<Item = NaiveDate>) -> Option<BTreeSet<i32>> {
    let years: BTreeSet<i32> = days.map(|d| d.year()).collect();
    (!years.is_empty()).then_some(years)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zone_without_daylight_time_is_one_standard_rule() {
        let seoul = vtimezone(Tz::Asia__Seoul, &BTreeSet::from([2027]));
        assert_eq!(
            seoul,
            "BEGIN:VTIMEZONE\r\nTZID:Asia/Seoul\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n\
             TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nTZNAME:KST\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        );
        let cdmx = vtimezone(Tz::America__Mexico_City, &BTreeSet::from([2027]));
        assert!(
            cdmx.contains("TZOFFSETTO:-0600\r\nTZNAME:CST\r\n"),
            "{cdmx}"
        );
    }

    #[test]
    fn a_zone_with_daylight_time_lists_each_change_of_the_years() {
        let madrid = vtimezone(Tz::Europe__Madrid, &BTreeSet::from([2027]));
        // The last change of 2026, then both of 2027 (28 March, 31 October).
        assert_eq!(madrid.matches("BEGIN:DAYLIGHT").count(), 2, "{madrid}");
        assert_eq!(madrid.matches("BEGIN:STANDARD").count(), 2, "{madrid}");
        assert!(
            madrid.contains(
                "BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\n\
                 TZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"
            ),
            "{madrid}"
        );
        assert!(
            madrid.contains("DTSTART:20271031T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100"),
            "{madrid}"
        );
    }

    #[test]
    fn only_the_years_of_meetings_are_read_however_far_apart() {
        let madrid = vtimezone(Tz::Europe__Madrid, &BTreeSet::from([2027, 9999]));
        // 2026 and 2027 change twice each; the years between are not read
        // (and the time-zone database stops its rules long before 9998).
        assert_eq!(madrid.matches("BEGIN:DAYLIGHT").count(), 2, "{madrid}");
        assert!(!madrid.contains("DTSTART:2028"), "{madrid}");
    }
}
