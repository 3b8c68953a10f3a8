//! Drawing the dashboard: widgets that only read the [`App`].

mod desk;
mod detail;
mod dialog;
mod footer;
mod form;
mod header;
mod help;
mod item_log;
mod overlay;
mod pane;
mod popup;
mod prompts;
mod review;
mod summary;
mod table;
mod theme;
mod timeline;
mod translate;
mod words;

pub use desk::render_desk;
pub use detail::line_count as detail_line_count;
pub use pane::{DetailLine, LineKind, detail_lines};
pub use theme::Theme;
pub use words::status_text;

use crate::app::{App, too_small};
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
        if too_small(size) {
            theme::too_small(words::cat(self), area, buf);
            return;
        }
        let t = Theme::new(self.options.color);
        let a = self.areas(size);
        header::render(self, &t, a.header, buf);
        if let Some(agenda) = &self.view.review {
            review::progress(self, agenda, &t, a.summary, buf);
            review::agenda(self, agenda, &t, a.table, buf);
            detail::render(self, &t, &a, buf);
        } else {
            summary::render(self, &t, a.summary, buf);
        }
        if self.view.review.is_some() {
        } else if self.view.timeline {
            timeline::render(self, &t, a.table.union(a.detail), buf);
        } else {
            table::render(self, &t, a.table, buf);
            detail::render(self, &t, &a, buf);
        }
        footer::render(self, &t, a.footer, buf);
        prompts::render(self, &t, area, buf);
    }
}
