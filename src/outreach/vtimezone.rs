//! The `VTIMEZONE` component RFC 5545 asks for beside every `TZID` a
//! calendar uses, built from chrono-tz's rules (the `icalendar` crate writes
//! none): a zone without daylight saving time in the years used is one
//! `STANDARD` rule from 1970; a zone with it lists each change of offset of
//! those years (and the last one before them), so that any calendar places
//! a meeting at the same instant whatever its own zone.

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

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

/// The changes of offset of `zone` from the start of the year before
/// `first` to the end of `last`.
fn changes(zone: Tz, first: i32, last: i32) -> Vec<Change> {
    let start = |y: i32| {
        NaiveDate::from_ymd_opt(y, 1, 1).map(|d| d.and_time(chrono::NaiveTime::MIN).and_utc())
    };
    let (Some(mut t), Some(end)) = (start(first - 1), start(last + 1)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let hour = Duration::hours(1);
    while t < end {
        let (from, _, _) = offset_at(zone, t);
        if offset_at(zone, t + hour).0 != from {
            let at = change_between(zone, t, t + hour);
            let (to, name, daylight) = offset_at(zone, at);
            out.push(Change {
                at,
                from,
                to,
                name,
                daylight,
            });
        }
        t += hour;
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

/// The `VTIMEZONE` of `zone` for meetings in the years `years` (first and
/// last), lines ending in CRLF.
pub fn vtimezone(zone: Tz, (first, last): (i32, i32)) -> String {
    let mut s = format!("BEGIN:VTIMEZONE\r\nTZID:{}\r\n", zone.name());
    let found = changes(zone, first, last);
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

/// The first and last years of `days`, if any.
pub fn years(days: impl Iterator<Item = NaiveDate>) -> Option<(i32, i32)> {
    days.map(|d| d.year()).fold(None, |acc, y| match acc {
        None => Some((y, y)),
        Some((a, b)) => Some((a.min(y), b.max(y))),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zone_without_daylight_time_is_one_standard_rule() {
        let seoul = vtimezone(Tz::Asia__Seoul, (2027, 2027));
        assert_eq!(
            seoul,
            "BEGIN:VTIMEZONE\r\nTZID:Asia/Seoul\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n\
             TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900\r\nTZNAME:KST\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        );
        let cdmx = vtimezone(Tz::America__Mexico_City, (2027, 2027));
        assert!(
            cdmx.contains("TZOFFSETTO:-0600\r\nTZNAME:CST\r\n"),
            "{cdmx}"
        );
    }

    #[test]
    fn a_zone_with_daylight_time_lists_each_change_of_the_years() {
        let madrid = vtimezone(Tz::Europe__Madrid, (2027, 2027));
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
}
