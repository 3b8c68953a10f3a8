//! The calendar feed: every open, in-progress or blocked item with a deadline
//! as an all-day event on that date, and every meeting from today on (at its
//! hour in its time zone, with the zone's `VTIMEZONE`, when it has a time;
//! else all day), in iCalendar (RFC 5545), with a UID that stays the same
//! across exports so that calendars update their entries.
//! Titles and notes are in the reader's language where a current
//! translation exists, else the original, marked; the UID always comes from
//! the originals.

use super::{one_line, paragraph};
use crate::base::dates::format_date;
use crate::i18n::{Lang, catalog, shift_selector};
use crate::ledger::{Audience, Directory, Item, Ledger, Meeting, Reading, TextSlot};
use crate::report::Reader;
use crate::tr;
use chrono::{Datelike, NaiveDate, NaiveTime};
use chrono_tz::Tz;
use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike};
use std::io::{self, Write};

/// How long a meeting with a time lasts in the calendar: two hours.
pub const MEETING_HOURS: i64 = 2;

/// The UID of an item's event: a hash of the committee's name and the item's
/// id, so that the same item of the same committee always has the same UID.
///
/// ```
/// use followup::outreach::ics::uid;
/// assert_eq!(uid("Korea–Mexico", "JC2-03"), uid("Korea–Mexico", "JC2-03"));
/// assert_ne!(uid("Korea–Mexico", "JC2-03"), uid("Korea–Mexico", "JC2-04"));
/// assert!(uid("Korea–Mexico", "JC2-03").ends_with("@followup"));
/// ```
pub fn uid(committee: &str, id: &str) -> String {
    let mut key = Vec::with_capacity(committee.len() + id.len() + 1);
    key.extend_from_slice(committee.as_bytes());
    key.push(0);
    key.extend_from_slice(id.as_bytes());
    format!("{:032x}@followup", xxhash_rust::xxh3::xxh3_128(&key))
}

/// The UID of a meeting's event, apart from every item's (an id holds no
/// control character).
pub fn meeting_uid(committee: &str, id: &str) -> String {
    uid(committee, &format!("meeting\u{0}{id}"))
}

/// The meetings of the feed: those dated `today` or later.
pub fn feed_meetings(ledger: &Ledger, today: NaiveDate) -> impl Iterator<Item = &Meeting> {
    ledger
        .meetings
        .iter()
        .filter(move |m| m.date.is_some_and(|d| d >= today))
}

/// Where a meeting with a time is held in time: its day and hour, in its
/// zone (else the committee's reference zone); `None` when it has no time
/// or no zone to read it in: it is then all day.
fn timed(ledger: &Ledger, m: &Meeting) -> Option<(chrono::NaiveDateTime, Tz)> {
    let zone = m.zone.or_else(|| ledger.committee.reference_zone())?;
    Some((m.date?.and_time(m.time?), zone))
}

/// The items of the feed: not done or dropped, with a deadline, owned by
/// `owner` when one is given (matched through the directory's aliases).
pub fn feed_items<'a>(
    ledger: &'a Ledger,
    owner: Option<&'a str>,
) -> impl Iterator<Item = &'a Item> + 'a {
    let directory = Directory::of(ledger);
    ledger.items.iter().filter(move |i| {
        !i.status.is_closed()
            && i.due.is_some()
            && owner.is_none_or(|q| i.owners.iter().any(|o| directory.selects(q, o)))
    })
}

/// One committee's part of a calendar: its ledger, its today (in its
/// reference zone), and, in a portfolio's calendar, its name there, which
/// heads each of its events' summaries.
#[derive(Debug, Clone, Copy)]
pub struct Feed<'a> {
    pub ledger: &'a Ledger,
    pub today: NaiveDate,
    pub committee: Option<&'a str>,
}

/// The calendar of `ledger`'s open deadlines (see [`feed_items`]), with
/// descriptions in `lang` and the committee's texts as a reader of `lang`
/// reads them (`reading`). `today` stamps items never updated.
///
/// Each event: `UID` from [`uid`]; `DTSTART;VALUE=DATE` the deadline and
/// `DTEND` the day after; `SEQUENCE` the number of times the deadline
/// moved and `DTSTAMP` the day of the item's last update, so a client that
/// re-imports sees a moved deadline as a newer version of the same event.
/// Written to `out` event by event, the calendar never held whole.
pub fn write_calendar(
    out: &mut impl Write,
    ledger: &Ledger,
    owner: Option<&str>,
    (lang, reading): (Lang, Reading),
    today: NaiveDate,
) -> io::Result<()> {
    let audience = Audience::new(lang, reading, &ledger.committee.languages);
    // The calendar's name is a proper name: translated, never marked.
    let committee = one_line(ledger.committee.name_text().shown(&audience).text);
    let feed = Feed {
        ledger,
        today,
        committee: None,
    };
    write_calendar_of(out, &[feed], &committee, owner, (lang, reading))
}

/// One calendar of several committees' deadlines and meetings (a desk's
/// portfolio): each event as the committee's own calendar has it, with the
/// same UID (so a calendar that had subscribed to one committee updates
/// the same entries), its summary headed by the committee's name. Written
/// to `out` event by event.
pub fn write_portfolio_calendar(
    out: &mut impl Write,
    feeds: &[Feed],
    owner: Option<&str>,
    (lang, reading): (Lang, Reading),
) -> io::Result<()> {
    let name = tr!(catalog(lang), "ics-portfolio-name", n = feeds.len());
    write_calendar_of(out, feeds, &name, owner, (lang, reading))
}

/// The calendar named `name` of `feeds`' deadlines and meetings, written to
/// `out`: its own lines and the time zones its meetings use, then each
/// event as it is made.
fn write_calendar_of(
    out: &mut impl Write,
    feeds: &[Feed],
    name: &str,
    owner: Option<&str>,
    (lang, reading): (Lang, Reading),
) -> io::Result<()> {
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//followup//followup//EN"))
        .append_property(("CALSCALE", "GREGORIAN"));
    if !name.is_empty() {
        cal.name(name);
    }
    // The calendar without its events, as the crate writes it: its end
    // comes after them.
    let frame = cal.done().to_string();
    let end = frame.rfind(CALENDAR_END).unwrap_or(frame.len());
    out.write_all(&frame.as_bytes()[..end])?;
    out.write_all(zones(feeds).as_bytes())?;
    let mut text = String::new();
    let mut put = |event: Event| {
        text.clear();
        event.fmt_write(&mut text).map_err(io::Error::other)?;
        out.write_all(text.as_bytes())
    };
    for feed in feeds {
        let ledger = feed.ledger;
        let audience = Audience::new(lang, reading, &ledger.committee.languages);
        // A text in the reader's language, else the original followed by its mark.
        let reader = Reader::new(catalog(lang), audience);
        let shown = |slot: TextSlot| reader.text(slot).joined();
        let head = |id: &str| match feed.committee {
            Some(c) => format!("[{} {}]", one_line(c), one_line(id)),
            None => format!("[{}]", one_line(id)),
        };
        for item in feed_items(ledger, owner) {
            put(item_event(feed, item, &shown, &head, lang))?;
        }
        let stamp = feed.today.and_time(NaiveTime::MIN).and_utc();
        for m in feed_meetings(ledger, feed.today) {
            put(meeting_event(ledger, m, &shown, &head, stamp))?;
        }
    }
    out.write_all(&frame.as_bytes()[end..])
}

/// The line that ends a calendar.
const CALENDAR_END: &str = "END:VCALENDAR\r\n";

/// An item's event (see [`write_calendar`]).
fn item_event(
    feed: &Feed,
    item: &Item,
    shown: &dyn Fn(TextSlot) -> String,
    head: &dyn Fn(&str) -> String,
    lang: Lang,
) -> Event {
    let (ledger, cat) = (feed.ledger, catalog(lang));
    let default = ledger.original_language();
    let due = item.due.expect("feed items have a deadline");
    let mut description = vec![
        tr!(
            cat,
            "ics-owners",
            owners = one_line(&item.owners.join(", "))
        ),
        tr!(cat, "ics-status", status = cat.status(item.status)),
    ];
    if let Some(first) = item.due_history.first() {
        description.push(tr!(
            cat,
            "ics-slipped",
            n = item.due_history.len(),
            shift = shift_selector(item.last_shift()),
            first = format_date(*first)
        ));
    }
    if let Some(note) = item.notes.last() {
        description.push(tr!(
            cat,
            "ics-last-note",
            date = format_date(note.date),
            text = paragraph(bounded_note(&shown(note.text_slot(default))))
        ));
    }
    let stamp = item
        .updated
        .unwrap_or(feed.today)
        .and_time(NaiveTime::MIN)
        .and_utc();
    let mut event = Event::new();
    event
        .uid(&uid(&ledger.committee.name, &item.id))
        .timestamp(stamp)
        .sequence(u32::try_from(item.due_history.len()).unwrap_or(u32::MAX))
        .starts(due);
    // The day after 9999-12-31 has no iCalendar form: an all-day event
    // without an end lasts its one day (RFC 5545, 3.6.1).
    if let Some(end) = due.succ_opt().filter(|d| d.year() <= 9999) {
        event.ends(end);
    }
    event
        .summary(&format!(
            "{} {}",
            head(&item.id),
            one_line(&shown(item.title_text(default)))
        ))
        .description(&description.join("\n"));
    event.done()
}

/// A meeting's event: at its hour in its zone for two hours, else all day;
/// titled with its id and title, at its place.
fn meeting_event(
    ledger: &Ledger,
    m: &Meeting,
    shown: &dyn Fn(TextSlot) -> String,
    head: &dyn Fn(&str) -> String,
    stamp: chrono::DateTime<chrono::Utc>,
) -> Event {
    let default = ledger.original_language();
    let mut event = Event::new();
    event
        .uid(&meeting_uid(&ledger.committee.name, &m.id))
        .timestamp(stamp)
        .sequence(0);
    match (timed(ledger, m), m.date) {
        (Some((start, zone)), _) => {
            let at = |date_time| CalendarDateTime::WithTimezone {
                date_time,
                tzid: zone.name().to_owned(),
            };
            event.starts(at(start));
            event.ends(at(start + chrono::Duration::hours(MEETING_HOURS)));
        }
        (None, Some(day)) => {
            event.starts(day);
            if let Some(end) = day.succ_opt().filter(|d| d.year() <= 9999) {
                event.ends(end);
            }
        }
        (None, None) => {}
    }
    let title = one_line(&shown(m.title_text(default)));
    let summary = if title.is_empty() {
        head(&m.id)
    } else {
        format!("{} {title}", head(&m.id))
    };
    event.summary(&summary);
    if !m.place.is_empty() {
        event.location(&one_line(&shown(m.place_text(default))));
    }
    event.done()
}

/// A `VTIMEZONE` for each zone the meetings of `feeds` use, to go before
/// the first event (RFC 5545, 3.6.5: every `TZID` has one).
fn zones(feeds: &[Feed]) -> String {
    let mut zones: Vec<Tz> = Vec::new();
    let mut days = Vec::new();
    for feed in feeds {
        let ledger = feed.ledger;
        for (start, zone) in feed_meetings(ledger, feed.today).filter_map(|m| timed(ledger, m)) {
            if !zones.contains(&zone) {
                zones.push(zone);
            }
            days.push(start.date());
        }
    }
    let Some(years) = super::vtimezone::years(days.into_iter()) else {
        return String::new();
    };
    zones.sort_by_key(|z| z.name());
    zones
        .iter()
        .map(|z| super::vtimezone::vtimezone(*z, &years))
        .collect()
}

/// The most characters of a note a calendar entry shows: calendars show a
/// few lines, and the `icalendar` crate folds lines in time quadratic in their length.
const NOTE_CHARS: usize = 2_000;

/// A note cut to `NOTE_CHARS` characters.
fn bounded_note(text: &str) -> &str {
    text.char_indices()
        .nth(NOTE_CHARS)
        .map_or(text, |(at, _)| &text[..at])
}
