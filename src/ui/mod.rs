//! Drawing the dashboard: widgets that only read the [`App`].

mod ahead;
mod big;
mod desk;
mod desk_words;
mod detail;
mod dialog;
mod focus;
mod footer;
mod form;
mod frames;
mod header;
mod help;
mod item_log;
mod kept;
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
mod written;

pub use ahead::draw_ahead;
pub use desk::render_desk;
pub use detail::line_count as detail_line_count;
pub use frames::{Wrote, draw_kept, foresee};
pub use kept::Kept;
pub use keys_words::keys_error;
pub use pane::{DetailLine, LineKind, detail_lines};
pub use theme::{Theme, terminal as terminal_colour};
pub use words::status_text;

use crate::app::{App, Focus, too_small};
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

/// Whether a row is marked as a search match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum SearchMark {
    Hit,
    None,
}

/// Draws the whole dashboard into a frame.
pub fn render(app: &App, frame: &mut Frame) {
    render_kept(app, &Kept::default(), frame);
}

/// Draws the whole dashboard into a frame, with the parts of the last
/// frame that `kept` holds (see [`Kept`]); what the terminal shows is not
/// assumed (that is [`draw_kept`]'s).
pub fn render_kept(app: &App, kept: &Kept, frame: &mut Frame) {
    kept.forget_screen();
    let area = frame.area();
    render_into(app, kept, area, frame.buffer_mut());
    kept.end_frame();
}

/// Draws the dashboard over `area` of `buf` (all of it), with what `kept`
/// holds.
fn render_into(app: &App, kept: &Kept, area: Rect, buf: &mut Buffer) {
    Screen { app, kept }.render(area, buf);
}

/// The dashboard as a widget: the state, and what was kept of the last frame.
struct Screen<'a> {
    app: &'a App,
    kept: &'a Kept,
}

impl Widget for Screen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Screen { app, kept } = self;
        let size = (area.width, area.height);
        let t = Theme::new(&app.options);
        if too_small(size) {
            theme::too_small(words::cat(app), &t, area, buf);
            return;
        }
        kept.blank(buf, area, t.base());
        let a = app.areas(size);
        kept.draw(app, kept::Part::Header(a.header), a.header, buf, |buf| {
            header::render(app, &t, a.header, buf)
        });
        let summary = |buf: &mut Buffer| {
            kept.draw(app, kept::Part::Summary(a.summary), a.summary, buf, |buf| {
                summary::render(app, &t, a.summary, buf)
            })
        };
        if app.view.focus == Focus::Item {
            focus::render(app, &t, area, buf);
        } else if let Some(agenda) = &app.view.review {
            review::progress(app, agenda, &t, a.summary, buf);
            review::agenda(app, agenda, &t, a.table, buf);
            detail::render(app, &t, &a, buf);
        } else if app.view.timeline {
            summary(buf);
            timeline::render(app, &t, a.table.union(a.detail), buf);
        } else {
            summary(buf);
            table::render(app, kept, &t, a.table, buf);
            let shown = detail::Shown {
                item: app.selected_item(),
                scroll: app.view.detail_scroll,
            };
            let part = kept::Part::Detail(shown, a.detail);
            kept.draw(app, part, a.detail, buf, |buf| {
                detail::render_shown(app, shown, &t, &a, buf)
            });
        }
        match kept::Part::footer(app, a.footer) {
            Some(part) => kept.draw(app, part, a.footer, buf, |buf| {
                footer::render(app, &t, a.footer, buf)
            }),
            None => footer::render(app, &t, a.footer, buf),
        }
        prompts::render(app, &t, area, buf);
    }
}
