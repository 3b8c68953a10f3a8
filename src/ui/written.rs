//! What the terminal shows, as the dashboard wrote it; the buffer the next
//! frame is drawn into; and frames foreseen against what it shows (see
//! [`super::foresee`]).

use crate::app::Look;
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use ratatui::style::Style;

/// The dashboard's buffers.
#[derive(Default)]
pub(super) struct Written {
    /// What the terminal shows (blank when it was cleared).
    pub(super) shows: Buffer,
    /// The buffer the next frame is drawn into.
    pub(super) next: Buffer,
    /// Frames foreseen against what the terminal shows.
    foreseen: Vec<Foreseen>,
    /// Buffers to draw foreseen frames into.
    spare: Vec<Buffer>,
    /// The frame in `next` was written but not finished: the style its
    /// buffer is to be made blank in, once finished (see
    /// [`super::Kept::finish`]).
    pub(super) unfinished: Option<Style>,
}

/// A frame foreseen: the state it shows, its cells, and those of them that
/// differ from what the terminal shows, as they will be written.
pub(super) struct Foreseen {
    pub(super) look: Look,
    pub(super) frame: Buffer,
    pub(super) cells: Vec<(u16, u16, Cell)>,
}

impl Written {
    /// Fits the buffers to the terminal's `area`: at a new size it was
    /// cleared.
    pub(super) fn fit(&mut self, area: Rect) {
        if self.shows.area != area {
            self.shows.resize(area);
            self.next.resize(area);
            self.forget();
        }
    }

    /// The terminal was cleared (or a write to it failed): it is taken to
    /// show nothing, and nothing foreseen against what it showed holds.
    pub(super) fn forget(&mut self) {
        self.unfinished = None;
        self.shows.reset();
        self.spare.extend(self.foreseen.drain(..).map(|f| f.frame));
    }

    /// The frame foreseen for a state of this look, if one was; the others
    /// are dropped (the frame about to be written makes them wrong).
    pub(super) fn take_foreseen(&mut self, look: Look) -> Option<Foreseen> {
        let found = self.foreseen.iter().position(|f| f.look == look);
        let found = found.map(|i| self.foreseen.swap_remove(i));
        self.spare.extend(self.foreseen.drain(..).map(|f| f.frame));
        found
    }

    /// The terminal shows `frame` now (it was written).
    pub(super) fn shown(&mut self, frame: Buffer) {
        let was = std::mem::replace(&mut self.shows, frame);
        self.spare.push(was);
    }

    /// The frames foreseen (to spoil them in tests).
    #[cfg(test)]
    pub(super) fn foreseen_mut(&mut self) -> &mut Vec<Foreseen> {
        &mut self.foreseen
    }

    /// Keeps a frame foreseen.
    pub(super) fn keep_foreseen(&mut self, f: Foreseen) {
        self.foreseen.push(f);
    }

    /// A buffer over the terminal's area, blank in `style`, to foresee a
    /// frame in.
    pub(super) fn spare(&mut self, style: Style) -> Buffer {
        let mut buf = self.spare.pop().unwrap_or_default();
        buf.resize(self.shows.area);
        fill(&mut buf, style);
        buf
    }

    /// The frame in `next` was written: the terminal shows it, and `next`
    /// is made blank in `style` for the frame after.
    pub(super) fn written(&mut self, style: Style) {
        std::mem::swap(&mut self.shows, &mut self.next);
        fill(&mut self.next, style);
    }
}

/// Makes every cell of `buf` blank in `style`.
fn fill(buf: &mut Buffer, style: Style) {
    buf.content.fill(blank_cell(style));
}

/// A blank cell in `style`.
pub(super) fn blank_cell(style: Style) -> Cell {
    let mut blank = Cell::default();
    blank.set_style(style);
    blank
}
