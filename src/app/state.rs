//! The dashboard's state: the document (the ledger and its file), the view
//! (the rows on screen and what the keyboard is on) and the session (the
//! bottom line, sync and quitting), with the index worked out from the ledger.

use super::counts::Counts;
use super::document::Document;
use super::index::Index;
use super::layout::{Areas, Room, Rows, areas};
use super::model::{
    Agenda, Edit, FilterKind, Focus, FormSource, Matches, Mode, Msg, Scope, Unwritable,
};
use super::options::Options;
use super::tally::Counting;
use crate::ledger::{Fingerprint, Item, Ledger, Status};
use crate::query::{Filter, SortKey, is_due_within, is_overdue, sort_indices};
use crate::sync::sides::{ConflictRef, SideName};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

/// One row of the table: a workstream heading (when grouping) or an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewRow {
    /// A heading: index into [`Index::workstreams`].
    Group(usize),
    /// An item: index into the ledger's items.
    Item(usize),
}

/// A message on the bottom line: what an edit did, or what went wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusLine {
    pub msg: Msg,
    /// Errors stand out and stay until dismissed or resolved.
    pub error: bool,
}

/// The incremental search: what was typed and which rows match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// The text as typed.
    pub query: String,
    /// Row positions (into [`View::rows`]) that match.
    pub matches: Matches,
    /// The selected row when the search started, to search from.
    pub origin: usize,
}

/// Whether the session ends once the work under way is done.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Leaving {
    #[default]
    Staying,
    /// Quit once the save under way succeeds.
    AfterSave,
    /// Quit once the sync under way ends (`sync_on_quit`).
    AfterSync,
}

/// Whether a sync runs in the background.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Syncing {
    #[default]
    Idle,
    /// Asked with unsaved edits: the sync runs once the save under way
    /// succeeds (and is reported as not run when it fails).
    AfterSave,
    Running,
}

/// What the last sync found of the remote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Remote {
    /// Reached, or not tried yet.
    #[default]
    Reached,
    /// Unreachable (the header says so until a sync succeeds).
    Offline,
}

/// What items' workstreams stand for (in the portfolio: their committees).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Streams {
    #[default]
    Workstreams,
    Committees,
}

/// What is on screen and what the keyboard is on.
#[derive(Debug, Clone, Default)]
pub struct View {
    pub mode: Mode,
    pub filter: Filter,
    pub sort: SortKey,
    pub grouped: bool,
    pub streams: Streams,
    /// The rows on view: filtered, sorted and maybe grouped.
    pub rows: Vec<ViewRow>,
    /// How many items are on view.
    pub shown: usize,
    /// The selected row (always an item row when there is one).
    pub selected: usize,
    /// The first row drawn.
    pub offset: usize,
    pub detail_focus: bool,
    pub detail_scroll: u16,
    /// How many lines the detail pane held when last measured.
    pub detail_lines: u16,
    pub timeline: bool,
    pub timeline_scroll: u16,
    /// The selected item's history from git, when asked for (`L`).
    pub item_log: Option<super::model::ItemLogView>,
    pub search: Search,
    /// The review agenda while review mode is on.
    pub review: Option<Agenda>,
    /// The list, or its current item alone (`z`).
    pub focus: Focus,
    /// The terminal size (columns, rows).
    pub size: (u16, u16),
}

/// What the session knows besides the ledger: the bottom line, the file's
/// and git's state, sync and quitting.
#[derive(Debug, Clone, Default)]
pub struct Session {
    /// The message on the bottom line.
    pub status: Option<StatusLine>,
    /// Why editing is off (the file or its folder cannot be written); `None` when editable.
    pub read_only: Option<Unwritable>,
    /// The author of new notes.
    pub author: String,
    /// Who the user is in the commits followup makes for them (config
    /// `author`; `None`: git's `user.name`) and the party they speak for
    /// (config `party`, `--party`): recorded in each commit's trailer.
    pub signer: Signer,
    /// Whether to quit once the save or sync under way is done.
    pub leaving: Leaving,
    /// What to say once the save under way succeeds, instead of "saved".
    pub say_when_saved: Option<Msg>,
    pub syncing: Syncing,
    pub remote: Remote,
    /// Commits ahead of and behind the remote branch, as git last fetched
    /// it; `None` outside git or without an upstream.
    pub distance: Option<(u32, u32)>,
    /// While a merge is in progress: the two sides of each conflict named by
    /// who changed the field and where, by item id (`None`: the ledger's
    /// own) and path.
    pub side_names: HashMap<ConflictRef, (SideName, SideName)>,
    /// Ids of the items that differ from the last git commit (marked in the
    /// table); `None` when the ledger is not in git. Edits add to it; it is
    /// worked out again from git after each save.
    pub uncommitted: Option<HashSet<String>>,
}

/// Who the user is in the commits followup makes for them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Signer {
    pub author: Option<String>,
    pub party: Option<String>,
}

/// Everything the dashboard shows and remembers.
#[derive(Debug, Clone)]
pub struct App {
    pub doc: Document,
    pub view: View,
    pub session: Session,
    /// Derived from the ledger's items.
    pub index: Index,
    pub today: NaiveDate,
    pub options: Options,
    /// The keys in use: the table's, with the user's from `[keys]`.
    pub keymap: super::keymap::Keymap,
    /// What the screen shows, as of its last change, and the updates applied.
    pub(super) counts: Counts,
}

impl App {
    /// Notes that what the screen shows may have changed.
    pub fn changed(&mut self) {
        self.counts.change();
    }

    /// A number (new in the process) for what the screen shows, changed by
    /// [`App::changed`] (`update` calls it for all but moves and searches);
    /// `ui::Kept` keeps drawn parts while it stands.
    pub fn changes(&self) -> u64 {
        self.counts.changes()
    }
}

impl App {
    /// A dashboard over `ledger`, as seen on `today`.
    pub fn new(
        ledger: Ledger,
        path_label: impl Into<String>,
        today: NaiveDate,
        options: Options,
    ) -> Self {
        let mut app = App {
            doc: Document::new(ledger, path_label.into()),
            view: View {
                size: (120, 40),
                ..View::default()
            },
            session: Session::default(),
            index: Index::default(),
            today,
            options,
            keymap: Default::default(),
            counts: Counts::new(),
        };
        app.reindex();
        app.rebuild();
        app
    }

    /// The dashboard's clock: the one it was started with, else noon of `today`.
    pub fn clock(&self) -> crate::base::clock::Clock {
        self.options
            .clock
            .unwrap_or(crate::base::clock::Clock::Day(self.today))
    }

    /// Who is editing, for which party, and when.
    pub fn stamp(&self) -> crate::ops::Stamp {
        crate::ops::Stamp {
            today: self.today,
            at: self
                .clock()
                .now(self.doc.ledger().committee.reference_zone()),
            // The person alone: a closure records the party apart.
            author: (self.session.signer.author.clone())
                .unwrap_or_else(|| self.session.author.clone()),
            party: self.session.signer.party.clone(),
        }
    }

    fn counting(&self) -> Counting {
        Counting {
            today: self.today,
            window: self.options.review_window_days,
        }
    }

    /// Today as the clock reads it now in the ledger's reference zone (the
    /// day the dashboard was given, when it has no clock of its own).
    fn today_now(&self) -> NaiveDate {
        match self.options.clock {
            Some(c) => c.today(self.doc.ledger().committee.reference_zone()),
            None => self.today,
        }
    }

    /// Takes in a new day: midnight passed in the reference zone, or the
    /// ledger now keeps its deadlines in another zone. What is overdue and
    /// every relative date are worked out again; true when the day changed.
    pub fn take_today(&mut self) -> bool {
        if self.today_now() == self.today {
            return false;
        }
        self.reindex();
        self.rebuild();
        true
    }

    /// Recomputes everything derived from the ledger's items (and today,
    /// which the ledger's reference zone decides).
    pub fn reindex(&mut self) {
        self.today = self.today_now();
        let c = self.counting();
        self.index.build(self.doc.ledger(), c);
    }

    /// Brings the derived data up to date after `edit` was applied (done,
    /// undone or redone).
    pub fn reindex_after(&mut self, edit: &Edit) {
        // A ledger replaced or a committee changed may keep its deadlines
        // in another zone, where today is another day.
        if matches!(edit, Edit::Whole(_) | Edit::Outside(_)) && self.today_now() != self.today {
            self.reindex();
        }
        if let Some(agenda) = &mut self.view.review {
            agenda.after_edit(edit, self.doc.ledger());
        }
        let c = self.counting();
        self.index
            .after(edit, self.doc.ledger(), c, self.options.lang);
    }

    /// True when the ledger matches the file.
    pub fn is_saved(&self) -> bool {
        self.doc.is_saved()
    }

    /// What a form reads from the dashboard.
    pub fn form_source(&self) -> FormSource<'_> {
        FormSource {
            ledger: self.doc.ledger(),
            owners: &self.index.owners,
            workstreams: &self.index.workstreams,
            today: self.today,
            lang: self.options.lang,
        }
    }

    /// Merge conflicts awaiting a choice, in items and at the top level.
    pub fn conflict_count(&self) -> usize {
        self.index.stats.item_conflicts + self.doc.ledger().conflicts.len()
    }

    /// Tells the app which items differ from the last git commit.
    pub fn set_uncommitted(&mut self, ids: HashSet<String>) {
        self.session.uncommitted = Some(ids);
    }

    /// True when the item differs from the last git commit.
    pub fn is_uncommitted(&self, item: &Item) -> bool {
        self.session
            .uncommitted
            .as_ref()
            .is_some_and(|u| !u.is_empty() && u.contains(&item.id))
    }

    /// How many items differ from the last git commit, when the ledger is in git.
    pub fn uncommitted_count(&self) -> Option<usize> {
        self.session.uncommitted.as_ref().map(HashSet::len)
    }

    /// Recomputes the rows on view after the filter, sort or grouping changed,
    /// keeping the same item selected when it is still shown.
    pub fn rebuild(&mut self) {
        let keep = self.selected_item();
        let items = &self.doc.ledger().items;
        let v = &mut self.view;
        // The filter matches as the command line's does; a workstream
        // picked as "(none)" (empty) keeps only items without one.
        let none_ws = v.filter.workstream.as_deref() == Some("");
        let filter = Filter {
            workstream: v.filter.workstream.clone().filter(|w| !w.is_empty()),
            ..v.filter.clone()
        };
        let people = crate::ledger::Directory::of(self.doc.ledger());
        let mut idx: Vec<usize> = (0..items.len())
            .filter(|&i| {
                let it = &items[i];
                filter.matches(it, self.today, &people) && (!none_ws || it.workstream.is_empty())
            })
            .collect();
        sort_indices(items, &mut idx, v.sort);
        v.shown = idx.len();
        v.rows = if v.grouped {
            let ws = &self.index.item_workstream;
            let names = &self.index.workstreams;
            idx.sort_by_key(|&i| (names[ws[i]].is_empty(), ws[i]));
            let mut rows = Vec::with_capacity(idx.len() + names.len());
            for (n, &i) in idx.iter().enumerate() {
                if n == 0 || ws[idx[n - 1]] != ws[i] {
                    rows.push(ViewRow::Group(ws[i]));
                }
                rows.push(ViewRow::Item(i));
            }
            rows
        } else {
            idx.into_iter().map(ViewRow::Item).collect()
        };
        self.view.selected = keep
            .and_then(|k| self.view.rows.iter().position(|r| *r == ViewRow::Item(k)))
            .unwrap_or_else(|| self.first_item_row(0, 1).unwrap_or(0));
        self.view.search.origin = self.view.selected;
        self.find_matches();
    }

    /// The ledger index of the selected item.
    /// In review mode, the agenda's current item.
    pub fn selected_item(&self) -> Option<usize> {
        if let Some(agenda) = &self.view.review {
            return agenda.current();
        }
        self.table_item()
    }

    /// The ledger index of the item selected in the table.
    pub fn table_item(&self) -> Option<usize> {
        self.item_at(self.view.selected)
    }

    /// The ledger index of the item on the table's row `row`, if an item is there.
    pub fn item_at(&self, row: usize) -> Option<usize> {
        match self.view.rows.get(row) {
            Some(ViewRow::Item(i)) => Some(*i),
            _ => None,
        }
    }

    /// The first item row at or after `from` going in `dir` (1 or -1).
    pub fn first_item_row(&self, from: usize, dir: i32) -> Option<usize> {
        let rows = &self.view.rows;
        let mut r = from as i64;
        while r >= 0 && (r as usize) < rows.len() {
            if matches!(rows[r as usize], ViewRow::Item(_)) {
                return Some(r as usize);
            }
            r += i64::from(dir);
        }
        None
    }

    /// Recomputes which rows match the search query.
    pub fn find_matches(&mut self) {
        let v = &mut self.view;
        v.search.matches.clear();
        if v.search.query.is_empty() {
            return;
        }
        self.index
            .prepare_search(self.doc.ledger(), self.options.lang);
        let needle = crate::base::fold::Needle::new(&v.search.query);
        let hits = self.index.matching(&needle);
        v.search.matches = Matches::of(
            v.rows
                .iter()
                .map(|r| matches!(r, ViewRow::Item(i) if hits.get(*i))),
        );
    }

    /// True when the row at this position matches the search.
    pub fn is_match(&self, row: usize) -> bool {
        self.view.search.matches.contains(row)
    }

    /// The timeline's rows: for each workstream (as in [`Index::workstreams`])
    /// its row, `usize::MAX` when none of its items is on view; and how
    /// many rows there are.
    pub fn timeline_rows(&self) -> (Vec<usize>, usize) {
        let mut row_of = vec![usize::MAX; self.index.workstreams.len()];
        for r in &self.view.rows {
            if let ViewRow::Item(i) = *r {
                row_of[self.index.item_workstream[i]] = 0;
            }
        }
        let mut shown = 0;
        for r in row_of.iter_mut().filter(|r| **r == 0) {
            *r = shown;
            shown += 1;
        }
        (row_of, shown)
    }

    /// The first timeline row drawn when `height` rows fit: the scroll
    /// position, moved just enough to show the selected item's workstream.
    pub fn timeline_skip(&self, height: usize) -> usize {
        let (row_of, shown) = self.timeline_rows();
        let height = height.max(1);
        let mut skip = usize::from(self.view.timeline_scroll).min(shown.saturating_sub(height));
        if let Some(i) = self.table_item() {
            let r = row_of[self.index.item_workstream[i]];
            if r < skip {
                skip = r;
            } else if r >= skip + height {
                skip = r + 1 - height;
            }
        }
        skip
    }

    /// Which key bindings apply now.
    pub fn scope(&self) -> Scope {
        let v = &self.view;
        if let Some(scope) = v.mode.scope() {
            scope
        } else if v.focus == Focus::Item {
            Scope::Focus
        } else if v.review.is_some() {
            Scope::Review
        } else if v.timeline {
            Scope::Timeline
        } else if v.detail_focus {
            Scope::Detail
        } else {
            Scope::Table
        }
    }

    /// How many choices a pick list offers.
    pub fn pick_len(&self, kind: FilterKind) -> usize {
        match kind {
            FilterKind::Status => Status::ALL.len(),
            FilterKind::Owner => self.index.owners.len() + 1,
            FilterKind::Workstream => self.index.workstreams.len() + 1,
        }
    }

    /// True when a pick-list choice is part of the active filter.
    pub fn pick_active(&self, kind: FilterKind, n: usize) -> bool {
        let f = &self.view.filter;
        match (kind, n) {
            (FilterKind::Status, n) => f.statuses.contains(&Status::ALL[n]),
            (FilterKind::Owner, 0) => f.owner.is_none(),
            (FilterKind::Workstream, 0) => f.workstream.is_none(),
            (FilterKind::Owner, n) => f.owner.as_deref() == Some(&self.index.owners[n - 1]),
            (FilterKind::Workstream, n) => {
                f.workstream.as_deref() == Some(&self.index.workstreams[n - 1])
            }
        }
    }

    /// Ties the app to the file it was loaded from: the file's fingerprint,
    /// and why editing is off when it is (the file cannot be written).
    pub fn attach(&mut self, fingerprint: Fingerprint, read_only: Option<Unwritable>) {
        self.doc.fingerprint = Some(fingerprint);
        if let Some(why) = read_only {
            self.session.status = Some(StatusLine {
                msg: Msg::ReadOnly(why),
                error: true,
            });
        }
        self.session.read_only = read_only;
    }

    /// True when edits can be made and saved.
    pub fn editable(&self) -> bool {
        self.session.read_only.is_none()
    }

    /// True when an item is overdue today.
    pub fn overdue(&self, item: &Item) -> bool {
        is_overdue(item, self.today)
    }

    /// True when an item falls due within the review window.
    pub fn due_soon(&self, item: &Item) -> bool {
        is_due_within(item, self.today, self.options.review_window_days)
    }

    /// The screen's regions in a terminal of `size`.
    pub fn areas(&self, size: (u16, u16)) -> Areas {
        let rows = match &self.view.review {
            Some(agenda) => Rows::Agenda(agenda.row_count()),
            None => Rows::Table(self.view.rows.len()),
        };
        areas(Room {
            size,
            workstreams: self.index.workstreams.len(),
            rows,
        })
    }

    /// Rows of items the table shows at once in the app's terminal.
    pub fn page_rows(&self) -> usize {
        self.areas(self.view.size).table_rows()
    }

    /// Moves the scroll offset so the selection is on screen, showing its
    /// workstream heading when grouping, and no empty space after the last row.
    pub fn scroll_into_view(&mut self) {
        let h = self.page_rows().max(1);
        let v = &mut self.view;
        let sel = v.selected;
        if sel < v.offset {
            v.offset = sel;
        } else if sel >= v.offset + h {
            v.offset = sel + 1 - h;
        }
        if v.offset == sel && sel > 0 && matches!(v.rows.get(sel - 1), Some(ViewRow::Group(_))) {
            v.offset = sel - 1;
        }
        v.offset = v.offset.min(v.rows.len().saturating_sub(h));
    }
}
