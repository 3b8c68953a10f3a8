//! Drawing the dashboard: widgets that only read the [`App`].

mod big;
mod desk;
mod desk_words;
mod detail;
mod dialog;
mod focus;
mod footer;
mod form;
mod header;
mod help;
mod item_log;
mod key_hints;
mod keys_words;
mod overlay;
mod palette;
mod pane;
mod popup;
mod prompts;
mod review;
mod summary;
mod table;
mod theme;
mod theme_words;
mod timeline;
mod translate;
mod words;

pub use desk::render_desk;
pub use detail::line_count as detail_line_count;
pub use keys_words::keys_error;
pub use pane::{DetailLine, LineKind, detail_lines};
pub use theme::{Theme, terminal as terminal_colour};
pub use words::status_text;

use crate::app::{App, Focus, too_small};
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

/// Draws the whole dashboard into a frame.
pub fn render(app: &App, frame: &mut Frame) {
    frame.render_widget(app, frame.area());
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let size = (area.width, area.height);
        let t = Theme::new(&self.options);
        if too_small(size) {
            theme::too_small(words::cat(self), &t, area, buf);
            return;
        }
        buf.set_style(area, t.base());
        let a = self.areas(size);
        header::render(self, &t, a.header, buf);
        if self.view.focus == Focus::Item {
            focus::render(self, &t, area, buf);
        } else if let Some(agenda) = &self.view.review {
            review::progress(self, agenda, &t, a.summary, buf);
            review::agenda(self, agenda, &t, a.table, buf);
            detail::render(self, &t, &a, buf);
        } else if self.view.timeline {
            summary::render(self, &t, a.summary, buf);
            timeline::render(self, &t, a.table.union(a.detail), buf);
        } else {
            summary::render(self, &t, a.summary, buf);
            table::render(self, &t, a.table, buf);
            detail::render(self, &t, &a, buf);
        }
        footer::render(self, &t, a.footer, buf);
        prompts::render(self, &t, area, buf);
    }
}
