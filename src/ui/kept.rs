//! Parts of the screen kept from one frame to the next. The header, the
//! summary and each table row are drawn again only when what they show
//! may have changed: the state's count of changes ([`App::changes`]), the
//! area, and for a row whether it is selected or a search match. Otherwise
//! their cells are copied from the last frame: a move redraws two rows and
//! the detail pane, not the whole screen. What a frame did not use is
//! dropped at its end, so scrolling through a large ledger keeps no more
//! than a screenful. While no key waits, the detail pane of the items just
//! above and below the selection is drawn ahead ([`draw_ahead`]): the next
//! move finds it drawn.

use super::detail::{self, Shown};
use super::{SearchMark, Theme};
use crate::app::{App, Focus, too_small};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::Hash;

/// The drawn parts kept between frames (one per terminal).
#[derive(Default)]
pub struct Kept {
    cells: RefCell<Memo<Part, Vec<Cell>>>,
    due_widths: RefCell<Memo<Due, usize>>,
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
    /// An item's row (by its index in the ledger): where it starts and how
    /// wide it is (its line is moved), its columns' widths, and its marks.
    Row {
        item: usize,
        x: u16,
        width: u16,
        columns: [usize; 6],
        full_due: bool,
        selected: bool,
        search: SearchMark,
    },
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
        let mut memo = self.cells.borrow_mut();
        let key = (app.changes(), part);
        if let Some(cells) = memo.reuse(key) {
            put_cells(buf, area, cells);
        } else {
            draw(buf);
            memo.keep(key, cells_of(buf, area));
        }
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
        let due = Due { item, whole };
        *self
            .due_widths
            .borrow_mut()
            .get_or((app.changes(), due), measure)
    }

    /// Keeps cells drawn ahead for the next frame (unless it has them).
    fn keep_ahead(&self, app: &App, part: Part, draw: impl FnOnce() -> Vec<Cell>) {
        self.cells.borrow_mut().ahead((app.changes(), part), draw);
    }

    /// Ends a frame: what it did not use is dropped.
    pub(super) fn end_frame(&self) {
        self.cells.borrow_mut().end_frame();
        self.due_widths.borrow_mut().end_frame();
    }
}

/// Values worked out in this frame, and those of the last one.
struct Memo<K, V> {
    last: HashMap<(u64, K), V>,
    now: HashMap<(u64, K), V>,
}

impl<K, V> Default for Memo<K, V> {
    fn default() -> Self {
        Memo {
            last: HashMap::new(),
            now: HashMap::new(),
        }
    }
}

impl<K: Hash + Eq + Copy, V> Memo<K, V> {
    /// The value for `key` (the state's changes and what else it depends
    /// on) from this frame or the last one, kept for this one.
    fn reuse(&mut self, key: (u64, K)) -> Option<&V> {
        if !self.now.contains_key(&key) {
            let value = self.last.remove(&key)?;
            self.now.insert(key, value);
        }
        self.now.get(&key)
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
    let area = area.intersection(buf.area);
    area.rows()
        .flat_map(|row| row.columns())
        .map(|p| buf[p].clone())
        .collect()
}

/// Puts `cells` (as [`cells_of`] took them) back over `area`.
fn put_cells(buf: &mut Buffer, area: Rect, cells: &[Cell]) {
    let area = area.intersection(buf.area);
    for (p, cell) in area.rows().flat_map(|row| row.columns()).zip(cells) {
        buf[p] = cell.clone();
    }
}

/// Draws ahead, for the next frame, the detail pane of the items a move
/// down or up would select, as the dashboard draws it then (see
/// [`super::render_kept`]); nothing while a popup, a search, the review, the
/// timeline or the item's own view is on screen.
pub fn draw_ahead(app: &App, kept: &Kept) {
    let size = app.view.size;
    let browsing = app.view.review.is_none() && !app.view.timeline;
    if !browsing || app.view.focus == Focus::Item || !app.view.mode.is_normal() || too_small(size) {
        return;
    }
    let a = app.areas(size);
    let t = Theme::new(&app.options);
    let sel = app.view.selected;
    let below = app.first_item_row(sel + 1, 1);
    let above = sel.checked_sub(1).and_then(|r| app.first_item_row(r, -1));
    for row in [below, above].into_iter().flatten() {
        let shown = Shown {
            item: app.item_at(row),
            scroll: 0,
        };
        kept.keep_ahead(app, Part::Detail(shown, a.detail), || {
            let mut buf = Buffer::empty(a.detail);
            buf.set_style(a.detail, t.base());
            detail::render_shown(app, shown, &t, &a, &mut buf);
            cells_of(&buf, a.detail)
        });
    }
}
