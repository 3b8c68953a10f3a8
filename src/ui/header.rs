//! The top line: committee, ledger path, filter, sort, today (or each
//! capital's clock, when the parties have time zones), saved state.
//! When the line is short, the sort goes first, then the marks on the right
//! take their short forms (the clocks their weekday and time, then their
//! time alone), then the committee's name is cut: the ledger's path stays
//! (shortened from the left, keeping its file name).

use super::Theme;
use super::words::{self, cat};
use crate::app::App;
use crate::base::dates::format_date;
use crate::base::text::{truncate, visible_line, width};
use crate::i18n::ClockShown;
use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

/// Columns the committee's name keeps, when it is that long, before the
/// path is shortened.
const NAME_MIN: usize = 12;

/// One part of the right side: its text, and its text when room is short
/// (`None`: left out).
struct Part {
    full: String,
    short: Option<String>,
    /// The capitals' clocks: their text as each [`Fit`] has them instead.
    clocks: Option<Clocks>,
}

/// The capitals' clocks in each length, and the reference zone's day when
/// there is no room for them.
struct Clocks {
    day_and_time: String,
    weekday_and_time: String,
    time: String,
    date: String,
}

fn part(full: String, short: impl Into<Option<String>>) -> Part {
    Part {
        full,
        short: short.into(),
        clocks: None,
    }
}

/// How much room the right side is given: the marks whole or short, and
/// the clocks as long as they fit, down to the day alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fit {
    short: bool,
    clocks: Option<ClockShown>,
}

/// From the longest to the shortest: the marks keep their words while the
/// clocks shorten; the clocks give way to the day last.
const FITS: [Fit; 6] = [
    Fit {
        short: false,
        clocks: Some(ClockShown::DayAndTime),
    },
    Fit {
        short: false,
        clocks: Some(ClockShown::WeekdayAndTime),
    },
    Fit {
        short: false,
        clocks: Some(ClockShown::Time),
    },
    Fit {
        short: true,
        clocks: Some(ClockShown::WeekdayAndTime),
    },
    Fit {
        short: true,
        clocks: Some(ClockShown::Time),
    },
    Fit {
        short: true,
        clocks: None,
    },
];

/// Each capital's clock now (the reference zone's first when no party is
/// there), as much of it as `shown` says: `CDMX mié 2 dic 18:05 · Seúl jue
/// 3 dic 09:05`; `None` when no party has a time zone.
fn clocks(app: &App, shown: ClockShown) -> Option<String> {
    let committee = &app.doc.ledger().committee;
    let mut zones = committee.capital_zones();
    if zones.is_empty() {
        return None;
    }
    let reference = committee.reference_zone();
    if let Some(r) = reference.filter(|r| !zones.contains(r)) {
        zones.insert(0, r);
    }
    let at = app.clock().now(reference);
    let cat = cat(app);
    let each: Vec<String> = zones
        .iter()
        .map(|z| cat.capital_clock(at, *z, shown))
        .collect();
    Some(visible_line(&each.join(" · ")).into_owned())
}

fn right_parts(app: &App) -> Vec<Part> {
    let cat = cat(app);
    let mut parts = Vec::new();
    if !app.view.filter.is_empty() {
        let f = tr!(
            cat,
            "head-filter",
            f = words::filter(cat, &app.view.filter, app.view.streams)
        );
        let f = visible_line(&f).into_owned();
        let short = truncate(&f, 24);
        parts.push(part(f, short));
    }
    let sort = words::sort(cat, app.view.sort);
    let sort = if app.view.grouped {
        tr!(cat, "head-sort-grouped", sort = sort)
    } else {
        tr!(cat, "head-sort", sort = sort)
    };
    parts.push(part(sort, None));
    match clocks(app, ClockShown::DayAndTime) {
        Some(day_and_time) => parts.push(Part {
            full: String::new(),
            short: None,
            clocks: Some(Clocks {
                weekday_and_time: clocks(app, ClockShown::WeekdayAndTime).unwrap_or_default(),
                time: clocks(app, ClockShown::Time).unwrap_or_default(),
                date: format_date(app.today),
                day_and_time,
            }),
        }),
        None => {
            let day = format_date(app.today);
            parts.push(part(words::day_and_date(cat, app.today), day));
        }
    }
    if app.doc.disk.is_some() {
        parts.push(part(tr!(cat, "head-disk"), tr!(cat, "head-disk-short")));
    }
    if app.session.syncing == crate::app::Syncing::Running {
        parts.push(part(tr!(cat, "head-syncing"), "⟳".to_owned()));
    }
    if app.session.remote == crate::app::Remote::Offline {
        parts.push(part(tr!(cat, "head-offline"), tr!(cat, "head-offline")));
    }
    if let Some((ahead, behind)) = app.session.distance.filter(|d| *d != (0, 0)) {
        parts.push(part(
            tr!(cat, "head-distance", ahead = ahead, behind = behind),
            format!("↑{ahead} ↓{behind}"),
        ));
    }
    let conflicts = app.conflict_count();
    if conflicts > 0 {
        parts.push(part(
            tr!(cat, "head-conflicts", n = conflicts),
            format!("⚠ {conflicts} (M)"),
        ));
    }
    if let Some(n) = app.uncommitted_count().filter(|n| *n > 0) {
        parts.push(part(tr!(cat, "head-uncommitted", n = n), format!("✎ {n}")));
    }
    if let Some(why) = &app.session.read_only {
        let full = tr!(
            cat,
            "head-read-only-why",
            why = words::unwritable(cat, *why)
        );
        parts.push(part(full, tr!(cat, "head-read-only")));
    } else {
        let state = if app.is_saved() {
            tr!(cat, "head-saved")
        } else {
            tr!(cat, "head-unsaved")
        };
        parts.push(part(state.clone(), state));
    }
    parts
}

fn join(parts: &[Part], fit: Fit) -> String {
    let texts: Vec<&str> = parts
        .iter()
        .filter_map(|p| match (&p.clocks, fit.clocks) {
            (Some(c), Some(ClockShown::DayAndTime)) => Some(c.day_and_time.as_str()),
            (Some(c), Some(ClockShown::WeekdayAndTime)) => Some(c.weekday_and_time.as_str()),
            (Some(c), Some(ClockShown::Time)) => Some(c.time.as_str()),
            (Some(c), None) => Some(c.date.as_str()),
            (None, _) if fit.short => p.short.as_deref(),
            (None, _) => Some(p.full.as_str()),
        })
        .collect();
    format!("{} ", texts.join(" │ "))
}

/// `path` in at most `max` columns: whole when it fits, else without its
/// leading directories (`…/committee/ledger.json`), else its file name cut.
pub fn shorten_path(path: &str, max: usize) -> String {
    if width(path) <= max {
        return path.to_owned();
    }
    let parts: Vec<&str> = path.split('/').collect();
    let mut tail = String::new();
    for p in parts.iter().skip(1).rev() {
        let next = if tail.is_empty() {
            (*p).to_owned()
        } else {
            format!("{p}/{tail}")
        };
        if width(&next) + 2 > max {
            break;
        }
        tail = next;
    }
    if tail.is_empty() {
        truncate(parts.last().copied().unwrap_or(path), max)
    } else {
        format!("…/{tail}")
    }
}

pub fn render(app: &App, t: &Theme, area: Rect, buf: &mut Buffer) {
    buf.set_style(area, t.bar());
    // The committee's name as the reader reads it: no room for a mark.
    let audience = app.audience();
    let name = visible_line(app.doc.ledger().committee.name_text().shown(&audience).text);
    let name = if name.is_empty() { "followup" } else { &name };
    let path = visible_line(&app.doc.path_label);
    let path = path.as_ref();
    let file = path.rsplit('/').next().unwrap_or(path);
    // What the left side needs at least: some of the name, and the path
    // down to `…/file`.
    let path_min = width(path).min(width(file) + 2);
    let need = width(name).min(NAME_MIN) + 2 + path_min;
    let parts = right_parts(app);
    // One column before the name, two between the left and the right side.
    let room_for = |right: &str| usize::from(area.width).saturating_sub(width(right) + 3);
    // The clocks' hours stay while some of the name does; then the day alone.
    let [.., hours, day] = FITS;
    let right = FITS[..FITS.len() - 1]
        .iter()
        .map(|fit| join(&parts, *fit))
        .find(|r| room_for(r) >= need)
        .or_else(|| Some(join(&parts, hours)).filter(|r| room_for(r) >= path_min + 2 + 4))
        .unwrap_or_else(|| join(&parts, day));
    let room = room_for(&right);
    let path_w = width(path);
    // The name takes what the whole path leaves, down to its minimum;
    // below that the path is shortened; and at the very last the name goes.
    let name_w = width(name);
    let mut name_room = if name_w + 2 + path_w <= room {
        name_w
    } else {
        room.saturating_sub(path_w + 2).max(name_w.min(NAME_MIN))
    };
    if name_room + 2 + path_min > room {
        name_room = room.saturating_sub(path_min + 2);
        if name_room < 4 {
            name_room = 0;
        }
    }
    let gap = if name_room == 0 { 0 } else { 2 };
    let path = shorten_path(path, room.saturating_sub(name_room + gap));
    // A shortened path may leave a little room: the name takes it back.
    let name = if name_room == 0 {
        String::new()
    } else {
        truncate(name, room.saturating_sub(width(&path) + gap))
    };
    let x = area.x + 1;
    let (x, _) = buf.set_stringn(x, area.y, &name, room, t.bar().add_modifier(Modifier::BOLD));
    if !path.is_empty() {
        buf.set_stringn(x + gap as u16, area.y, &path, room, t.bar());
    }
    let filter_style = if app.view.filter.is_empty() {
        t.bar()
    } else {
        t.bar().add_modifier(Modifier::BOLD)
    };
    let rw = width(&right) as u16;
    buf.set_stringn(
        area.right().saturating_sub(rw),
        area.y,
        &right,
        usize::from(rw),
        filter_style,
    );
}

#[cfg(test)]
mod tests {
    use super::shorten_path;

    #[test]
    fn a_long_path_loses_its_leading_directories_first() {
        let p = "/tmp/reviews/committee/ledger.json";
        assert_eq!(shorten_path(p, 40), p);
        assert_eq!(shorten_path(p, 25), "…/committee/ledger.json");
        assert_eq!(shorten_path(p, 14), "…/ledger.json");
        assert_eq!(shorten_path(p, 8), "ledger.…");
        assert_eq!(shorten_path("ledger.json", 6), "ledge…");
    }
}
