//! Colours and emphasis, with a plain variant for `NO_COLOR`.

use crate::app::{App, MIN_SIZE};
use crate::i18n::Catalog;
use crate::ledger::{Item, Status};
use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

/// The styles of every part of the screen; without colour only emphasis remains.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    color: bool,
}

impl Theme {
    /// A theme with or without colour.
    pub fn new(color: bool) -> Self {
        Theme { color }
    }

    fn fg(&self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    /// The header bar.
    pub fn bar(&self) -> Style {
        if self.color {
            Style::new().bg(Color::Blue).fg(Color::White)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    pub fn bold(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn dim(&self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    /// Late items and counts.
    pub fn overdue(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }

    /// Items due within the review window.
    pub fn due_soon(&self) -> Style {
        self.fg(Color::Yellow)
    }

    pub fn blocked(&self) -> Style {
        self.fg(Color::Magenta).add_modifier(Modifier::BOLD)
    }

    pub fn good(&self) -> Style {
        self.fg(Color::Green)
    }

    /// Search matches, keys in the footer, focused borders.
    pub fn accent(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// The style of a status on its own.
    pub fn status(&self, s: Status) -> Style {
        match s {
            Status::Blocked => self.blocked(),
            Status::Done | Status::Dropped => self.dim(),
            Status::InProgress => self.fg(Color::Cyan),
            Status::Open => Style::new(),
        }
    }

    /// The style of an item's row: late red, due soon yellow, blocked
    /// magenta, closed dimmed.
    pub fn item(&self, app: &App, item: &Item) -> Style {
        if item.status.is_closed() {
            self.dim()
        } else if app.overdue(item) {
            self.overdue()
        } else if item.status == Status::Blocked {
            self.blocked()
        } else if app.due_soon(item) {
            self.due_soon()
        } else {
            Style::new()
        }
    }
}

/// The message shown instead of the dashboard in a terminal below the minimum.
pub fn too_small(cat: &Catalog, area: Rect, buf: &mut Buffer) {
    let lines = [
        tr!(cat, "small-title"),
        tr!(
            cat,
            "small-size",
            w = area.width,
            h = area.height,
            minw = MIN_SIZE.0,
            minh = MIN_SIZE.1
        ),
        tr!(cat, "small-hint"),
    ];
    let top = area.y + area.height.saturating_sub(lines.len() as u16) / 2;
    for (n, l) in lines.iter().enumerate() {
        let y = top + n as u16;
        if y >= area.bottom() {
            break;
        }
        let w = crate::base::text::width(l) as u16;
        let x = area.x + area.width.saturating_sub(w) / 2;
        let style = if n == 0 {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        };
        buf.set_stringn(x, y, l, usize::from(area.width), style);
    }
}
