//! Colours and emphasis from the theme's palette, with a plain variant for
//! `NO_COLOR`: every colour on the screen comes from here.

use crate::app::{App, MIN_SIZE, Options};
use crate::config::theme::{Colour, Named, Palette};
use crate::i18n::Catalog;
use crate::ledger::{Item, Status};
use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

/// The styles of every part of the screen; without colour only emphasis remains.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    /// `None` under `NO_COLOR`.
    palette: Option<Palette>,
}

/// The terminal's colour for a theme's; `None` leaves the terminal's own.
pub fn terminal(c: Colour) -> Option<Color> {
    match c {
        Colour::Default => None,
        Colour::Rgb(r, g, b) => Some(Color::Rgb(r, g, b)),
        Colour::Named(n) => Some(match n {
            Named::Black => Color::Black,
            Named::Red => Color::Red,
            Named::Green => Color::Green,
            Named::Yellow => Color::Yellow,
            Named::Blue => Color::Blue,
            Named::Magenta => Color::Magenta,
            Named::Cyan => Color::Cyan,
            Named::Gray => Color::Gray,
            Named::DarkGray => Color::DarkGray,
            Named::LightRed => Color::LightRed,
            Named::LightGreen => Color::LightGreen,
            Named::LightYellow => Color::LightYellow,
            Named::LightBlue => Color::LightBlue,
            Named::LightMagenta => Color::LightMagenta,
            Named::LightCyan => Color::LightCyan,
            Named::White => Color::White,
        }),
    }
}

impl Theme {
    /// The theme the options name, or none under `NO_COLOR`.
    pub fn new(options: &Options) -> Self {
        Theme {
            palette: options.color.then(|| *options.palettes.of(options.theme)),
        }
    }

    fn fg(&self, role: fn(&Palette) -> Colour) -> Style {
        match self.palette.map(|p| terminal(role(&p))) {
            Some(Some(c)) => Style::new().fg(c),
            _ => Style::new(),
        }
    }

    /// Every cell before anything is drawn: the theme's text on its
    /// background (painted, so that a light theme stays light on a dark
    /// terminal profile).
    pub fn base(&self) -> Style {
        let Some(p) = self.palette else {
            return Style::new();
        };
        let style = self.fg(|p| p.text);
        match terminal(p.background) {
            Some(bg) => style.bg(bg),
            None => style,
        }
    }

    /// The header bar.
    pub fn bar(&self) -> Style {
        match self.palette {
            Some(p) => {
                let style = self.fg(|p| p.bar_text);
                match terminal(p.bar_background) {
                    Some(bg) => style.bg(bg),
                    None => style.add_modifier(Modifier::REVERSED),
                }
            }
            None => Style::new().add_modifier(Modifier::REVERSED),
        }
    }

    pub fn bold(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// Closed items, hints: the muted colour, or the text dimmed.
    pub fn dim(&self) -> Style {
        match self.palette.map(|p| p.muted) {
            Some(Colour::Default) | None => Style::new().add_modifier(Modifier::DIM),
            Some(_) => self.fg(|p| p.muted),
        }
    }

    /// Late items and counts.
    pub fn overdue(&self) -> Style {
        self.fg(|p| p.overdue).add_modifier(Modifier::BOLD)
    }

    /// Items due within the review window.
    pub fn due_soon(&self) -> Style {
        self.fg(|p| p.due_soon)
    }

    pub fn blocked(&self) -> Style {
        self.fg(|p| p.blocked).add_modifier(Modifier::BOLD)
    }

    pub fn good(&self) -> Style {
        self.fg(|p| p.done)
    }

    /// Search matches, keys in the footer, focused borders.
    pub fn accent(&self) -> Style {
        self.fg(|p| p.accent).add_modifier(Modifier::BOLD)
    }

    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// The style of a status on its own.
    pub fn status(&self, s: Status) -> Style {
        match s {
            Status::Blocked => self.blocked(),
            Status::Done | Status::Dropped => self.dim(),
            Status::InProgress => self.fg(|p| p.in_progress),
            Status::Open => Style::new(),
        }
    }

    /// The style of an item's row: late, blocked, due soon, closed each in
    /// its colour (red, magenta, yellow, muted in the dark theme).
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
pub fn too_small(cat: &Catalog, t: &Theme, area: Rect, buf: &mut Buffer) {
    buf.set_style(area, t.base());
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
