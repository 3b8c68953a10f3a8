//! Parts of the screen kept from one frame to the next. The header, the
//! summary, the column titles, each table row, the detail pane and the
//! footer are drawn again only when what they show
//! may have changed: the state's count of changes ([`App::changes`]), the
//! area, and for a row whether it is selected (its marks, a search match
//! among them, are drawn left of it at each frame). Otherwise their cells
//! are copied from the last frame: a move redraws two rows and the detail
//! pane, not the whole screen. What a frame did not use is
//! dropped at its end, so scrolling through a large ledger keeps no more
//! than a screenful. While no key waits, the detail pane of the items just
//! above and below the selection is drawn ahead ([`super::draw_ahead`]): the next
//! move finds it drawn.
//!
//! A part the terminal shows already where this frame puts it (the last
//! frame put it there, and nothing was drawn over it in either) is left
//! out of the frame written ([`super::draw_kept`]): marked as skipped, its cells
//! put in only once the frame is written, so that the next frame is
//! compared with what the terminal shows.
//!
//! A frame foreseen ([`super::foresee`]) is drawn from the parts kept
//! without keeping or moving any of them.

use super::Theme;
use super::detail::Shown;
use super::written::{Written, blank_cell};
use crate::app::{App, Focus, Mode};
use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::layout::Rect;
use ratatui::style::Style;
use rustc_hash::FxHashMap;
use std::cell::{self, RefCell};
use std::hash::Hash;

/// The drawn parts kept between frames (one per terminal).
#[derive(Default)]
pub struct Kept {
    cells: RefCell<Memo<Part, Drawn>>,
    due_widths: RefCell<Memo<Due, usize>>,
    /// What the terminal shows of the last frame, and what this one shows.
    screens: cell::Cell<(Shows, Shows)>,
    /// The next frame's buffer, when it is blank in this style over this
    /// area already (made so while no key waits).
    ready: cell::Cell<Option<(Rect, Style)>>,
    /// The parts of this frame the terminal shows already, where they are
    /// (their cells are put in only after the frame is written).
    unchanged: RefCell<Vec<(Rect, (u64, Part))>>,
    /// What the terminal shows, the next frame's buffer, frames foreseen.
    pub(super) written: RefCell<Written>,
    /// Whether the frame being drawn is the one to write or one foreseen.
    pass: cell::Cell<Pass>,
}

/// The frame being drawn.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Pass {
    /// The one to write: the parts it uses are kept for the next.
    #[default]
    Written,
    /// One foreseen: parts are reused as they are, none kept.
    Foreseen,
}

/// A part's cells, and where the last frame put them (not yet, when drawn
/// ahead).
struct Drawn {
    at: Option<Rect>,
    cells: Vec<Cell>,
}

/// What the terminal shows of a frame.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Shows {
    /// Not known: no frame yet, or the terminal was cleared or resized.
    #[default]
    Unknown,
    /// Each part where the frame put it, nothing drawn over them, on a
    /// terminal of this size.
    Parts(Rect),
    /// Something drawn over the parts (a popup, a message, another view).
    Covered,
}

/// A part of the screen, and everything its cells depend on besides the
/// state's changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Part {
    Header(Rect),
    Summary(Rect),
    /// The table's column titles, over their line.
    Titles(Rect, [usize; 6]),
    /// The detail pane over its area.
    Detail(Shown, Rect),
    /// An item's row (by its index in the ledger), right of its marks: where
    /// the table starts and how wide it is (its line is moved), its columns'
    /// widths, and whether it is selected.
    Row {
        item: usize,
        x: u16,
        width: u16,
        columns: [usize; 6],
        full_due: bool,
        selected: bool,
    },
    /// The footer over its line, and the selected row while a search is
    /// on (the footer says which match it is).
    Footer(Rect, Option<usize>),
}

impl Part {
    /// The footer of `app` over `area` as a part, unless it shows a message
    /// (which may wrap above it) or the search being typed.
    pub(super) fn footer(app: &App, area: Rect) -> Option<Part> {
        if app.session.status.is_some() || matches!(app.view.mode, Mode::Search) {
            return None;
        }
        let at = (!app.view.search.query.is_empty()).then_some(app.view.selected);
        Some(Part::Footer(area, at))
    }

    /// True when nothing is drawn over the part in a frame that keeps its
    /// parts (the column titles have the table's position drawn over them).
    fn stays(self) -> bool {
        !matches!(self, Part::Titles(..))
    }
}

/// An item's deadline as the table measures it, whole or short.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Due {
    item: usize,
    whole: bool,
}

impl Kept {
    /// Draws `part` over `area` with `draw`, or puts back its cells from
    /// the last frame when nothing it shows has changed since.
    pub(super) fn draw(
        &self,
        app: &App,
        part: Part,
        area: Rect,
        buf: &mut Buffer,
        draw: impl FnOnce(&mut Buffer),
    ) {
        let key = (app.changes(), part);
        if self.pass.get() == Pass::Foreseen {
            match self.cells.borrow().peek(key) {
                Some(drawn) => put_cells(buf, area, &drawn.cells),
                None => draw(buf),
            }
            return;
        }
        let mut memo = self.cells.borrow_mut();
        if let Some(drawn) = memo.reuse(key) {
            if drawn.at == Some(area) && part.stays() && self.shows_parts() {
                skip(buf, area);
                self.unchanged.borrow_mut().push((area, key));
            } else {
                put_cells(buf, area, &drawn.cells);
            }
            drawn.at = Some(area);
        } else {
            draw(buf);
            let cells = cells_of(buf, area);
            memo.keep(
                key,
                Drawn {
                    at: Some(area),
                    cells,
                },
            );
        }
    }

    /// Finishes the frame last written in `w`, once the terminal has taken
    /// it (while no key waits, or before the next frame): the parts left
    /// out of it put in, for the next frame to compare with, and the next
    /// frame's buffer made blank. (Done at once, it would hold up the
    /// terminal, as a frame drawn at once after one foreseen would.)
    pub(super) fn finish(&self, w: &mut Written) {
        if let Some(style) = w.unfinished.take() {
            self.put_unchanged(&mut w.next);
            w.written(style);
            self.ready(w.shows.area, style);
        }
    }

    /// Puts in `buf` the cells of the parts the terminal showed already
    /// (left out of the frame written), so that the next frame is compared
    /// with what the terminal shows.
    fn put_unchanged(&self, buf: &mut Buffer) {
        // The frame has ended: what it used is the last frame's now.
        let memo = self.cells.borrow();
        for (area, key) in self.unchanged.borrow_mut().drain(..) {
            if let Some(drawn) = memo.last.get(&key) {
                put_cells(buf, area, &drawn.cells);
            }
        }
    }

    /// Starts a frame of `app` over `area`: whether the terminal shows the
    /// last frame's parts where it put them, and this one will.
    pub(super) fn start_frame(&self, app: &App, area: Rect) {
        let (_, last) = self.screens.get();
        let now = if covers_parts(app) {
            Shows::Covered
        } else {
            Shows::Parts(area)
        };
        let last = if last == now { last } else { Shows::Unknown };
        self.screens.set((last, now));
        self.unchanged.borrow_mut().clear();
    }

    /// True when the terminal shows the last frame's parts where it put
    /// them, and this frame draws nothing over them.
    fn shows_parts(&self) -> bool {
        matches!(self.screens.get(), (Shows::Parts(_), Shows::Parts(_)))
    }

    /// Forgets what the terminal shows (it was cleared): the next frame is
    /// compared whole. (Not while a frame is drawn, which holds what the
    /// terminal shows.)
    pub fn forget_screen(&self) {
        self.written.borrow_mut().forget();
        self.forget_parts();
    }

    /// Forgets where the terminal shows the parts, and that the next
    /// frame's buffer is blank.
    pub(super) fn forget_parts(&self) {
        self.screens.set((Shows::Unknown, Shows::Unknown));
        self.ready.set(None);
        self.unchanged.borrow_mut().clear();
    }

    /// Makes `buf` blank in `style` (its area the frame's), unless it was
    /// made so after the last frame ([`Kept::ready`]) or is a frame
    /// foreseen (given blank).
    pub(super) fn blank(&self, buf: &mut Buffer, area: Rect, style: Style) {
        if self.pass.get() == Pass::Foreseen {
            return;
        }
        if self.ready.take() != Some((area, style)) {
            let blank = blank_cell(style);
            for row in lines(buf, area) {
                buf.content[row].fill(blank.clone());
            }
        }
    }

    /// Says the next frame's buffer is blank in `style` over `area`.
    fn ready(&self, area: Rect, style: Style) {
        self.ready.set(Some((area, style)));
    }

    /// Draws a frame foreseen with `draw`: the parts kept are reused as
    /// they are and none is kept.
    pub(super) fn foreseeing(&self, draw: impl FnOnce()) {
        self.pass.set(Pass::Foreseen);
        draw();
        self.pass.set(Pass::Written);
    }

    /// The width of an item's deadline, measured with `measure` when it
    /// was not in the last frame.
    pub(super) fn due_width(
        &self,
        app: &App,
        item: usize,
        whole: bool,
        measure: impl FnOnce() -> usize,
    ) -> usize {
        let key = (app.changes(), Due { item, whole });
        if self.pass.get() == Pass::Foreseen {
            let width = self.due_widths.borrow().peek(key).copied();
            return width.unwrap_or_else(measure);
        }
        *self.due_widths.borrow_mut().get_or(key, measure)
    }

    /// Keeps cells drawn ahead for the next frame (unless it has them).
    pub(super) fn keep_ahead(
        &self,
        app: &App,
        part: Part,
        area: Rect,
        t: &Theme,
        draw: impl FnOnce(&mut Buffer),
    ) {
        (self.cells.borrow_mut()).ahead((app.changes(), part), || {
            let mut buf = Buffer::empty(area);
            set_style(&mut buf, area, t.base());
            draw(&mut buf);
            Drawn {
                at: None,
                cells: cells_of(&buf, area),
            }
        });
    }

    /// Ends a frame: what it did not use is dropped.
    pub(super) fn end_frame(&self) {
        self.cells.borrow_mut().end_frame();
        self.due_widths.borrow_mut().end_frame();
    }
}

/// Values worked out in this frame, and those of the last one.
struct Memo<K, V> {
    last: FxHashMap<(u64, K), V>,
    now: FxHashMap<(u64, K), V>,
}

impl<K, V> Default for Memo<K, V> {
    fn default() -> Self {
        Memo {
            last: FxHashMap::default(),
            now: FxHashMap::default(),
        }
    }
}

impl<K: Hash + Eq + Copy, V> Memo<K, V> {
    /// The value for `key` (the state's changes and what else it depends
    /// on) from this frame or the last one, kept for this one.
    fn reuse(&mut self, key: (u64, K)) -> Option<&mut V> {
        if !self.now.contains_key(&key) {
            let value = self.last.remove(&key)?;
            self.now.insert(key, value);
        }
        self.now.get_mut(&key)
    }

    /// Keeps `value` for `key` in this frame.
    fn keep(&mut self, key: (u64, K), value: V) -> &V {
        self.now.entry(key).or_insert(value)
    }

    /// The value for `key`, reused or made now.
    fn get_or(&mut self, key: (u64, K), make: impl FnOnce() -> V) -> &V {
        if self.reuse(key).is_none() {
            return self.keep(key, make());
        }
        &self.now[&key]
    }

    /// The value for `key` from this frame or the last one, left where it is.
    fn peek(&self, key: (u64, K)) -> Option<&V> {
        self.now.get(&key).or_else(|| self.last.get(&key))
    }

    /// Makes a value for the next frame, while none waits.
    fn ahead(&mut self, key: (u64, K), make: impl FnOnce() -> V) {
        self.last.entry(key).or_insert_with(make);
    }

    fn end_frame(&mut self) {
        std::mem::swap(&mut self.last, &mut self.now);
        self.now.clear();
    }
}

/// The cells of `area`, row by row.
fn cells_of(buf: &Buffer, area: Rect) -> Vec<Cell> {
    let mut cells = Vec::with_capacity(area.area() as usize);
    for row in lines(buf, area) {
        cells.extend_from_slice(&buf.content[row]);
    }
    cells
}

/// Puts `cells` (as [`cells_of`] took them) back over `area`.
fn put_cells(buf: &mut Buffer, area: Rect, cells: &[Cell]) {
    let width = usize::from(area.intersection(buf.area).width);
    if width == 0 {
        return;
    }
    for (row, kept) in lines(buf, area).zip(cells.chunks(width)) {
        let to = &mut buf.content[row];
        to.clone_from_slice(&kept[..to.len()]);
    }
}

/// Leaves `area` of `buf` out of the comparison with the screen.
fn skip(buf: &mut Buffer, area: Rect) {
    for row in lines(buf, area) {
        (buf.content[row].iter_mut()).for_each(|c| c.diff_option = CellDiffOption::Skip);
    }
}

/// Sets `style` over `area` of `buf`, as [`Buffer::set_style`] does, a
/// line of cells at a time.
fn set_style(buf: &mut Buffer, area: Rect, style: Style) {
    for row in lines(buf, area) {
        buf.content[row].iter_mut().for_each(|c| {
            c.set_style(style);
        });
    }
}

/// Where each line of `area` lies in `buf`'s cells.
fn lines(buf: &Buffer, area: Rect) -> impl Iterator<Item = std::ops::Range<usize>> + use<> {
    let area = area.intersection(buf.area);
    let (width, left) = (
        usize::from(buf.area.width),
        usize::from(area.x - buf.area.x),
    );
    let top = usize::from(area.y - buf.area.y);
    let w = usize::from(area.width);
    (top..top + usize::from(area.height)).map(move |y| y * width + left..y * width + left + w)
}

/// True when `app`'s frame draws over the parts kept (a popup, a message
/// wrapped above the footer, the review, the timeline, an item's view).
fn covers_parts(app: &App) -> bool {
    !matches!(app.view.mode, Mode::Normal | Mode::Search)
        || app.session.status.is_some()
        || app.view.review.is_some()
        || app.view.timeline
        || app.view.focus == Focus::Item
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Color;

    #[test]
    fn a_buffer_made_ready_in_one_style_is_blank_in_another() {
        let area = Rect::new(0, 0, 4, 2);
        let kept = Kept::default();
        let dark_on_white = Style::new().fg(Color::Black).bg(Color::White);
        let mut buf = Buffer::empty(area);
        set_style(&mut buf, area, dark_on_white);
        kept.ready.set(Some((area, dark_on_white)));
        // A theme whose text keeps the terminal's own colours.
        kept.blank(&mut buf, area, Style::new());
        assert_eq!(buf, Buffer::empty(area));
        // Ready in the same style: left as it is.
        set_style(&mut buf, area, dark_on_white);
        kept.ready.set(Some((area, dark_on_white)));
        kept.blank(&mut buf, area, dark_on_white);
        assert_eq!(buf[(3, 1)].bg, Color::White);
    }
}
