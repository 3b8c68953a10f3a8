//! The HTML minutes' charts as inline SVG drawn with maud markup (every
//! label escaped, no outside reference): status by workstream, deadlines
//! slipped in the period, and open items week by week.

use super::model::{OpenCount, Slip, Workstream};
use super::reader::Reader;
use super::words;
use crate::base::text::{truncate, visible_line};
use crate::i18n::Catalog;
use crate::ledger::Status;
use crate::tr;
use maud::{Markup, html};

/// At most this many bars in a chart; the rest are counted below it.
const MAX_BARS: usize = 12;
const WIDTH: f64 = 640.0;
/// The width of a chart that shares its row with another.
const HALF: f64 = 400.0;
const LABEL: f64 = 190.0;
const BAR: f64 = 18.0;
const GAP: f64 = 8.0;

/// The CSS class of a status (`s-in-progress`).
pub fn status_class(s: Status) -> String {
    format!("s-{}", s.as_str())
}

fn more(cat: &Catalog, n: usize) -> Markup {
    html! { @if n > 0 { p { (tr!(cat, "report-chart-more", n = n)) } } }
}

/// The statuses of a workstream's bar with their counts and where each starts.
fn segments(w: &Workstream, scale: f64) -> Vec<(Status, usize, f64)> {
    let mut x = LABEL;
    let mut out = Vec::new();
    for s in Status::ALL {
        let count = w.by_status.of(s);
        if count > 0 {
            out.push((s, count, x));
            x += count as f64 * scale;
        }
    }
    out
}

/// Stacked horizontal bars: each workstream's items by status, the largest
/// workstreams first, with a legend; each name as `r` reads it (its mark,
/// if any, in the tooltip).
pub fn status_by_workstream(r: &Reader, ws: &[Workstream]) -> Markup {
    let cat = r.cat;
    let mut order: Vec<&Workstream> = ws.iter().collect();
    order.sort_by_key(|w| std::cmp::Reverse(w.by_status.total()));
    let shown = &order[..order.len().min(MAX_BARS)];
    let max = shown
        .iter()
        .map(|w| w.by_status.total())
        .max()
        .unwrap_or(0)
        .max(1);
    let scale = (WIDTH - LABEL - 40.0) / max as f64;
    let height = shown.len() as f64 * (BAR + GAP) + GAP;
    html! {
        svg viewBox=(format!("0 0 {WIDTH} {height}")) role="img" aria-label=(tr!(cat, "report-chart-status")) {
            @for (n, w) in shown.iter().enumerate() {
                @let y = GAP + n as f64 * (BAR + GAP);
                @let name = words::workstream(r, w);
                g {
                    title { (visible_line(&name.joined())) }
                    text x=(LABEL - 8.0) y=(y + BAR * 0.72) text-anchor="end" { (truncate(&visible_line(&name.text), 30)) }
                    @for (s, count, x) in segments(w, scale) {
                        rect class=(status_class(s)) x=(x) y=(y) width=(count as f64 * scale) height=(BAR) {
                            title { (cat.status(s)) ": " (count) }
                        }
                    }
                    text.muted x=(LABEL + w.by_status.total() as f64 * scale + 6.0) y=(y + BAR * 0.72) { (w.by_status.total()) }
                }
            }
        }
        ul.legend {
            @for s in Status::ALL {
                li { i class=(status_class(s)) {} (cat.status(s)) }
            }
        }
        (more(cat, order.len() - shown.len()))
    }
}

/// Horizontal bars: by how many days each deadline moved later, longest first.
pub fn slipped(cat: &Catalog, slips: &[Slip]) -> Markup {
    if slips.is_empty() {
        return html! { p { (tr!(cat, "report-chart-slipped-none")) } };
    }
    let shown = &slips[..slips.len().min(MAX_BARS)];
    let max = shown.iter().map(Slip::days).max().unwrap_or(1).max(1);
    let label = 80.0;
    let scale = (HALF - label - 70.0) / max as f64;
    let height = shown.len() as f64 * (BAR + GAP) + GAP;
    html! {
        svg viewBox=(format!("0 0 {HALF} {height}")) role="img" aria-label=(tr!(cat, "report-chart-slipped")) {
            @for (n, s) in shown.iter().enumerate() {
                @let y = GAP + n as f64 * (BAR + GAP);
                @let width = s.days() as f64 * scale;
                g {
                    title { (visible_line(s.id)) ": " (cat.formal_date(s.from)) " → " (cat.formal_date(s.to)) }
                    text x=(label - 8.0) y=(y + BAR * 0.72) text-anchor="end" { (truncate(&visible_line(s.id), 16)) }
                    rect.slip x=(label) y=(y) width=(width) height=(BAR) {}
                    text.muted x=(label + width + 6.0) y=(y + BAR * 0.72) { (tr!(cat, "report-chart-days-later", days = s.days())) }
                }
            }
        }
        (more(cat, slips.len() - shown.len()))
    }
}

/// True when the points are a day apart (a short period drawn day by day).
pub fn is_daily(points: Option<&[OpenCount]>) -> bool {
    points
        .is_some_and(|p| p.windows(2).all(|w| (w[1].day - w[0].day).num_days() <= 1) && p.len() > 1)
}

/// A line of the open items at the end of each week (each day, over a short
/// period), from the git history; a note when there is none or too little.
pub fn weekly(cat: &Catalog, points: Option<&[OpenCount]>) -> Markup {
    let Some(points) = points.filter(|p| !p.is_empty()) else {
        return html! { p { (tr!(cat, "report-chart-no-history")) } };
    };
    if points.len() < 2 {
        return html! { p { (tr!(cat, "report-chart-little-history", n = points[0].open)) } };
    }
    let (w, h, left, top, bottom) = (HALF, 180.0, 40.0, 24.0, 30.0);
    let most = points.iter().map(|p| p.open).max().unwrap_or(0).max(1);
    // Headroom above the highest point for its label.
    let max = most as f64 * 1.1;
    let step = if points.len() > 1 {
        (w - left - 45.0) / (points.len() - 1) as f64
    } else {
        0.0
    };
    let at = |n: usize, open: usize| {
        (
            left + n as f64 * step,
            top + (h - top - bottom) * (1.0 - open as f64 / max),
        )
    };
    let line: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(n, p)| {
            let (x, y) = at(n, p.open);
            format!("{x:.1},{y:.1}")
        })
        .collect();
    let label = if is_daily(Some(points)) {
        tr!(cat, "report-chart-open-daily")
    } else {
        tr!(cat, "report-chart-open")
    };
    // Label every point when they fit, else about eight of them.
    let every = points.len().div_ceil(5).max(1);
    html! {
        svg viewBox=(format!("0 0 {w} {h}")) role="img" aria-label=(label) {
            line.axis x1=(left) y1=(h - bottom) x2=(w - 30.0) y2=(h - bottom) {}
            line.axis x1=(left) y1=(top) x2=(left) y2=(h - bottom) {}
            @let (_, top_y) = at(0, most);
            line.axis x1=(left - 3.0) y1=(top_y) x2=(left) y2=(top_y) {}
            text.muted x=(left - 6.0) y=(top_y + 4.0) text-anchor="end" { (most) }
            text.muted x=(left - 6.0) y=(h - bottom) text-anchor="end" { "0" }
            polyline.line points=(line.join(" ")) {}
            @for (n, p) in points.iter().enumerate() {
                @let (x, y) = at(n, p.open);
                circle.dot cx=(x) cy=(y) r="3.5" { title { (cat.formal_date(p.day)) ": " (p.open) } }
                @let last = points.len() - 1;
                @if n == last || (n % every == 0 && last - n >= every) {
                    text x=(x) y=(y - 8.0) text-anchor="middle" { (p.open) }
                    text.muted x=(x) y=(h - bottom + 16.0) text-anchor="middle" { (p.day.format("%m-%d")) }
                }
            }
        }
    }
}
