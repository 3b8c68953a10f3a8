//! The top line: committee, ledger path, filter, sort, today, saved state.
//! When the line is short, the sort goes first, then the marks on the right
//! take their short forms, then the committee's name is cut: the ledger's
//! path stays (shortened from the left, keeping its file name).

use super::Theme;
use super::words::{self, Length, cat};
use crate::app::App;
use crate::base::dates::format_date;
use crate::base::text::{truncate, visible_line, width};
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
}

fn part(full: String, short: impl Into<Option<String>>) -> Part {
    Part {
        full,
        short: short.into(),
    }
}

fn right_parts(app: &App) -> Vec<Part> {
    let cat = cat(app);
    let mut parts = Vec::new();
    if !app.view.filter.is_empty() {
        let f = tr!(cat, "head-filter", f = words::filter(cat, &app.view.filter));
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
    let day = format_date(app.today);
    parts.push(part(words::day_and_date(cat, app.today), day));
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

fn join(parts: &[Part], length: Length) -> String {
    let texts: Vec<&str> = parts
        .iter()
        .filter_map(|p| {
            if length == Length::Short {
                p.short.as_deref()
            } else {
                Some(p.full.as_str())
            }
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
    let name = visible_line(app.doc.ledger.committee.name_text().shown(&audience).text);
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
    let full = join(&parts, Length::Full);
    let right = if room_for(&full) >= need {
        full
    } else {
        join(&parts, Length::Short)
    };
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
