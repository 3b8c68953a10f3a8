//! The dashboard's state: the ledger, the rows on view, and what the user is doing.

use super::action::{FilterKind, OnDisk};
use super::agenda::Agenda;
use super::form::{DueBox, Form, NoteBox};
use super::history::{Edit, History};
use super::message::Msg;
use super::review_form::ReviewForm;
use crate::ledger::{Fingerprint, Item, Ledger, Status};
use crate::query::{Filter, SortKey, is_due_within, is_overdue, sort_indices};
use crate::sync::sides::{ConflictRef, SideName};
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

/// Settings fixed at start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// How many days ahead count as "due soon".
    pub review_window_days: u32,
    /// Draw in colour (the binary turns it off when `NO_COLOR` is set).
    pub color: bool,
    /// Save after every edit (and undo); on by default.
    pub autosave: bool,
    /// The language of every word on the screen.
    pub lang: crate::base::lang::Lang,
    /// Sync once on quitting (`sync_on_quit` in config.toml).
    pub sync_on_quit: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            review_window_days: 7,
            color: true,
            autosave: true,
            lang: crate::base::lang::Lang::En,
            sync_on_quit: false,
        }
    }
}

/// One row of the table: a workstream heading (when grouping) or an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewRow {
    /// A heading: index into [`App::workstreams`].
    Group(usize),
    /// An item: index into the ledger's items.
    Item(usize),
}

/// What the keyboard is talking to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Browsing the table, the detail pane or the timeline.
    Normal,
    /// Typing a search.
    Search,
    /// The filter menu is open.
    FilterMenu,
    /// Choosing a filter value from a list; the cursor is an index into the choices.
    Pick(FilterKind, usize),
    /// The help overlay is open; the number is its scroll offset.
    Help(u16),
    /// The item form is open ([`App::form`]).
    Form,
    /// The note box is open ([`App::note`]).
    Note,
    /// Asking whether to delete the item at this ledger index.
    ConfirmDelete(usize),
    /// Quitting with unsaved edits: save, discard or cancel?
    QuitPrompt,
    /// The file changed on disk while there are unsaved edits: merge, reload or later?
    DiskPrompt,
    /// The form that records the review is open ([`App::review_form`]).
    ReviewForm,
    /// The merge conflicts popup; the cursor is an index into [`App::conflict_entries`].
    Conflicts(usize),
    /// The deadline prompt is open ([`App::due`]).
    Due,
    /// The status picker is open for the selected item.
    StatusPick,
}

/// The set of key bindings that apply, derived from the mode, focus and view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Table,
    Detail,
    Timeline,
    Search,
    FilterMenu,
    Pick,
    Help,
    Form,
    Note,
    Confirm,
    QuitPrompt,
    DiskPrompt,
    /// Review mode: stepping through the agenda.
    Review,
    ReviewForm,
    Conflicts,
    /// The deadline prompt.
    Due,
    /// The status picker.
    StatusPick,
}

impl Scope {
    /// Every scope.
    pub const ALL: [Scope; 17] = [
        Scope::Table,
        Scope::Detail,
        Scope::Timeline,
        Scope::Search,
        Scope::FilterMenu,
        Scope::Pick,
        Scope::Help,
        Scope::Form,
        Scope::Note,
        Scope::Confirm,
        Scope::QuitPrompt,
        Scope::DiskPrompt,
        Scope::Review,
        Scope::ReviewForm,
        Scope::Conflicts,
        Scope::Due,
        Scope::StatusPick,
    ];
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
    /// Row positions (into [`App::rows`]) that match, in order.
    pub matches: Vec<usize>,
    /// The selected row when the search started, to search from.
    pub origin: usize,
}

/// Counts for the summary strip, computed once per change of the ledger.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// Items per status, in [`Status::ALL`] order.
    pub by_status: [usize; 5],
    pub overdue: usize,
    pub due_soon: usize,
    /// Per workstream (same order as [`App::workstreams`]): (done, total not dropped).
    pub progress: Vec<(usize, usize)>,
    /// The widest item id, in columns.
    pub id_width: usize,
    /// Merge conflicts recorded inside items.
    pub item_conflicts: usize,
}

/// Everything the dashboard shows and remembers.
#[derive(Debug, Clone)]
pub struct App {
    pub ledger: Ledger,
    /// The ledger's path as shown in the header.
    pub path_label: String,
    pub today: NaiveDate,
    pub options: Options,
    /// False once the ledger has edits not yet saved.
    pub saved: bool,
    /// Why editing is off (the file or its folder cannot be written); `None` when editable.
    pub read_only: Option<String>,
    /// The author of new notes.
    pub author: String,
    /// The edits of the session, for undo and redo.
    pub history: History,
    /// The ledger as last loaded or saved: the common ancestor of a merge.
    pub base: Ledger,
    /// The fingerprint of the file as last loaded or saved; `None` when unknown.
    pub fingerprint: Option<Fingerprint>,
    /// The file as changed on disk by someone else, not yet merged in.
    pub disk: Option<OnDisk>,
    /// The message on the bottom line.
    pub status: Option<StatusLine>,
    /// The item form, while open.
    pub form: Option<Form>,
    /// The note box, while open.
    pub note: Option<NoteBox>,
    /// The deadline prompt, while open.
    pub due: Option<DueBox>,
    /// Quit once the save under way succeeds.
    pub quit_after_save: bool,
    /// A sync is running in the background.
    pub syncing: bool,
    /// The last sync found the remote unreachable (until one succeeds).
    pub offline: bool,
    /// Commits ahead of and behind the remote branch, as git last fetched
    /// it; `None` outside git or without an upstream.
    pub distance: Option<(u32, u32)>,
    /// While a merge is in progress: the two sides of each conflict named by
    /// who changed the field and where, by item id (`None`: the ledger's
    /// own) and path.
    pub side_names: HashMap<ConflictRef, (SideName, SideName)>,
    /// Quit once the sync under way ends (`sync_on_quit`).
    pub quit_after_sync: bool,
    /// What to say once the save under way succeeds, instead of "saved".
    pub saved_message: Option<Msg>,
    /// The review agenda while review mode is on.
    pub review: Option<Agenda>,
    /// The form that records a review, while open.
    pub review_form: Option<ReviewForm>,
    /// Ids of the items that differ from the last git commit (marked in the
    /// table); `None` when the ledger is not in git. Edits add to it; the
    /// event loop recomputes it from git after each save.
    pub uncommitted: Option<HashSet<String>>,
    /// Id, title, owners, workstream and notes of each item, folded
    /// ([`crate::base::fold`]), for search.
    search_text: Vec<String>,
    /// Every workstream name, sorted; `""` for items without one.
    pub workstreams: Vec<String>,
    /// Index into `workstreams` for each item.
    pub item_workstream: Vec<usize>,
    /// Every owner name, sorted.
    pub owners: Vec<String>,
    pub stats: Stats,
    pub filter: Filter,
    pub sort: SortKey,
    pub grouped: bool,
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
    pub timeline: bool,
    pub timeline_scroll: u16,
    pub mode: Mode,
    pub search: Search,
    /// The terminal size (columns, rows).
    pub size: (u16, u16),
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
            base: ledger.clone(),
            ledger,
            path_label: path_label.into(),
            today,
            options,
            saved: true,
            read_only: None,
            author: "secretariat".into(),
            history: History::new(),
            fingerprint: None,
            disk: None,
            status: None,
            form: None,
            note: None,
            due: None,
            quit_after_save: false,
            syncing: false,
            offline: false,
            distance: None,
            side_names: HashMap::new(),
            quit_after_sync: false,
            saved_message: None,
            review: None,
            review_form: None,
            uncommitted: None,
            search_text: Vec::new(),
            workstreams: Vec::new(),
            item_workstream: Vec::new(),
            owners: Vec::new(),
            stats: Stats::default(),
            filter: Filter::default(),
            sort: SortKey::default(),
            grouped: false,
            rows: Vec::new(),
            shown: 0,
            selected: 0,
            offset: 0,
            detail_focus: false,
            detail_scroll: 0,
            timeline: false,
            timeline_scroll: 0,
            mode: Mode::Normal,
            search: Search::default(),
            size: (120, 40),
        };
        app.reindex();
        app.rebuild();
        app
    }

    /// Recomputes everything derived from the ledger's items: search text, names, counts.
    pub fn reindex(&mut self) {
        self.search_text = self.ledger.items.iter().map(search_text).collect();
        self.recount();
    }

    /// Brings the derived data up to date after `edit` was applied (done,
    /// undone or redone): only the touched item's search text is rebuilt.
    pub fn reindex_after(&mut self, edit: &Edit) {
        if let Some(agenda) = &mut self.review {
            agenda.after_edit(edit, &self.ledger);
        }
        match edit {
            Edit::Swap { index, item: old } => {
                let new = &self.ledger.items[*index];
                self.search_text[*index] = search_text(new);
                if old.id == new.id && old.workstream == new.workstream && old.owners == new.owners
                {
                    // The common edit (status, deadline, note): adjust the
                    // counts for this item instead of recounting the ledger.
                    let ws = self.item_workstream[*index];
                    let (today, window) = (self.today, self.options.review_window_days);
                    count(&mut self.stats, old, ws, today, window, -1);
                    count(&mut self.stats, new, ws, today, window, 1);
                    return;
                }
            }
            Edit::Splice { index, item: None } => {
                let text = search_text(&self.ledger.items[*index]);
                self.search_text.insert(*index, text);
            }
            Edit::Splice {
                index,
                item: Some(_),
            } => {
                self.search_text.remove(*index);
            }
            Edit::Whole(_) => {
                self.reindex();
                return;
            }
            Edit::Outside(_) => return,
        }
        self.recount();
    }

    /// Merge conflicts awaiting a choice, in items and at the top level.
    pub fn conflict_count(&self) -> usize {
        self.stats.item_conflicts + self.ledger.conflicts.len()
    }

    /// Tells the app which items differ from the last git commit.
    pub fn set_uncommitted(&mut self, ids: HashSet<String>) {
        self.uncommitted = Some(ids);
    }

    /// True when the item differs from the last git commit.
    pub fn is_uncommitted(&self, item: &Item) -> bool {
        self.uncommitted
            .as_ref()
            .is_some_and(|u| !u.is_empty() && u.contains(&item.id))
    }

    /// How many items differ from the last git commit, when the ledger is in git.
    pub fn uncommitted_count(&self) -> Option<usize> {
        self.uncommitted.as_ref().map(HashSet::len)
    }

    /// Recomputes workstream and owner names and the summary counts.
    fn recount(&mut self) {
        use std::collections::{HashMap, HashSet};
        let items = &self.ledger.items;
        // Hash the names first: few distinct values among many items.
        let distinct: HashSet<&str> = items.iter().map(|i| i.workstream.as_str()).collect();
        let mut ws: Vec<String> = distinct.into_iter().map(str::to_owned).collect();
        ws.sort_unstable();
        let pos: HashMap<&str, usize> = ws
            .iter()
            .enumerate()
            .map(|(n, w)| (w.as_str(), n))
            .collect();
        self.item_workstream = items
            .iter()
            .map(|i| pos.get(i.workstream.as_str()).copied().unwrap_or(0))
            .collect();
        drop(pos);
        let distinct: HashSet<&str> = items
            .iter()
            .flat_map(|i| i.owners.iter().map(String::as_str))
            .collect();
        let mut owners: Vec<String> = distinct.into_iter().map(str::to_owned).collect();
        owners.sort_unstable();
        self.owners = owners;
        let stats = Stats {
            progress: vec![(0, 0); ws.len()],
            ..Stats::default()
        };
        self.workstreams = ws;
        self.stats = stats;
        let (today, window) = (self.today, self.options.review_window_days);
        for (item, &ws) in self.ledger.items.iter().zip(&self.item_workstream) {
            count(&mut self.stats, item, ws, today, window, 1);
        }
    }

    /// Recomputes the rows on view after the filter, sort or grouping changed,
    /// keeping the same item selected when it is still shown.
    pub fn rebuild(&mut self) {
        let keep = self.selected_item();
        let items = &self.ledger.items;
        // The filter matches as the command line's does; a workstream
        // picked as "(none)" (empty) keeps only items without one.
        let none_ws = self.filter.workstream.as_deref() == Some("");
        let filter = Filter {
            workstream: self.filter.workstream.clone().filter(|w| !w.is_empty()),
            ..self.filter.clone()
        };
        let people = crate::ledger::Directory::of(&self.ledger);
        let mut idx: Vec<usize> = (0..items.len())
            .filter(|&i| {
                let it = &items[i];
                filter.matches(it, self.today, &people) && (!none_ws || it.workstream.is_empty())
            })
            .collect();
        sort_indices(items, &mut idx, self.sort);
        self.shown = idx.len();
        self.rows = if self.grouped {
            let ws = &self.item_workstream;
            idx.sort_by_key(|&i| (self.workstreams[ws[i]].is_empty(), ws[i]));
            let mut rows = Vec::with_capacity(idx.len() + self.workstreams.len());
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
        self.selected = keep
            .and_then(|k| self.rows.iter().position(|r| *r == ViewRow::Item(k)))
            .unwrap_or_else(|| self.first_item_row(0, 1).unwrap_or(0));
        self.search.origin = self.selected;
        self.find_matches();
    }

    /// The ledger index of the selected item.
    /// In review mode, the agenda's current item.
    pub fn selected_item(&self) -> Option<usize> {
        if let Some(agenda) = &self.review {
            return agenda.current();
        }
        self.table_item()
    }

    /// The ledger index of the item selected in the table.
    pub fn table_item(&self) -> Option<usize> {
        match self.rows.get(self.selected) {
            Some(ViewRow::Item(i)) => Some(*i),
            _ => None,
        }
    }

    /// The first item row at or after `from` going in `dir` (1 or -1).
    pub fn first_item_row(&self, from: usize, dir: i32) -> Option<usize> {
        let mut r = from as i64;
        while r >= 0 && (r as usize) < self.rows.len() {
            if matches!(self.rows[r as usize], ViewRow::Item(_)) {
                return Some(r as usize);
            }
            r += i64::from(dir);
        }
        None
    }

    /// Recomputes which rows match the search query.
    pub fn find_matches(&mut self) {
        self.search.matches.clear();
        if self.search.query.is_empty() {
            return;
        }
        let needle = crate::base::fold::fold(self.search.query.trim());
        let text = &self.search_text;
        self.search
            .matches
            .extend(self.rows.iter().enumerate().filter_map(|(n, r)| match r {
                ViewRow::Item(i) if text[*i].contains(&needle) => Some(n),
                _ => None,
            }));
    }

    /// True when the row at this position matches the search.
    pub fn is_match(&self, row: usize) -> bool {
        self.search.matches.binary_search(&row).is_ok()
    }

    /// The timeline's rows: for each workstream (as in [`App::workstreams`])
    /// its row, `usize::MAX` when none of its items is on view; and how
    /// many rows there are.
    pub fn timeline_rows(&self) -> (Vec<usize>, usize) {
        let mut row_of = vec![usize::MAX; self.workstreams.len()];
        for r in &self.rows {
            if let ViewRow::Item(i) = *r {
                row_of[self.item_workstream[i]] = 0;
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
        let mut skip = usize::from(self.timeline_scroll).min(shown.saturating_sub(height));
        if let Some(i) = self.table_item() {
            let r = row_of[self.item_workstream[i]];
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
        match self.mode {
            Mode::Help(_) => Scope::Help,
            Mode::Search => Scope::Search,
            Mode::FilterMenu => Scope::FilterMenu,
            Mode::Pick(..) => Scope::Pick,
            Mode::Form => Scope::Form,
            Mode::Note => Scope::Note,
            Mode::ConfirmDelete(_) => Scope::Confirm,
            Mode::QuitPrompt => Scope::QuitPrompt,
            Mode::DiskPrompt => Scope::DiskPrompt,
            Mode::ReviewForm => Scope::ReviewForm,
            Mode::Conflicts(_) => Scope::Conflicts,
            Mode::Due => Scope::Due,
            Mode::StatusPick => Scope::StatusPick,
            Mode::Normal if self.review.is_some() => Scope::Review,
            Mode::Normal if self.timeline => Scope::Timeline,
            Mode::Normal if self.detail_focus => Scope::Detail,
            Mode::Normal => Scope::Table,
        }
    }

    /// How many choices a pick list offers.
    pub fn pick_len(&self, kind: FilterKind) -> usize {
        match kind {
            FilterKind::Status => Status::ALL.len(),
            FilterKind::Owner => self.owners.len() + 1,
            FilterKind::Workstream => self.workstreams.len() + 1,
        }
    }

    /// True when a pick-list choice is part of the active filter.
    pub fn pick_active(&self, kind: FilterKind, n: usize) -> bool {
        match (kind, n) {
            (FilterKind::Status, n) => self.filter.statuses.contains(&Status::ALL[n]),
            (FilterKind::Owner, 0) => self.filter.owner.is_none(),
            (FilterKind::Workstream, 0) => self.filter.workstream.is_none(),
            (FilterKind::Owner, n) => self.filter.owner.as_deref() == Some(&self.owners[n - 1]),
            (FilterKind::Workstream, n) => {
                self.filter.workstream.as_deref() == Some(&self.workstreams[n - 1])
            }
        }
    }

    /// Ties the app to the file it was loaded from: the file's fingerprint,
    /// and why editing is off when it is (the file cannot be written).
    pub fn attach(&mut self, fingerprint: Fingerprint, read_only: Option<String>) {
        self.fingerprint = Some(fingerprint);
        if let Some(why) = &read_only {
            self.status = Some(StatusLine {
                msg: Msg::ReadOnly(why.clone()),
                error: true,
            });
        }
        self.read_only = read_only;
    }

    /// True when edits can be made and saved.
    pub fn editable(&self) -> bool {
        self.read_only.is_none()
    }

    /// True when an item is overdue today.
    pub fn overdue(&self, item: &Item) -> bool {
        is_overdue(item, self.today)
    }

    /// True when an item falls due within the review window.
    pub fn due_soon(&self, item: &Item) -> bool {
        is_due_within(item, self.today, self.options.review_window_days)
    }
}

/// Adds (`sign` 1) or removes (`sign` -1) one item's part of the counts;
/// `ws` is its workstream's index.
fn count(stats: &mut Stats, item: &Item, ws: usize, today: NaiveDate, window: u32, sign: isize) {
    let add = |v: &mut usize, n: usize| *v = v.wrapping_add_signed(sign * n as isize);
    let s = Status::ALL
        .iter()
        .position(|s| *s == item.status)
        .unwrap_or(0);
    add(&mut stats.by_status[s], 1);
    add(&mut stats.overdue, usize::from(is_overdue(item, today)));
    add(
        &mut stats.due_soon,
        usize::from(is_due_within(item, today, window)),
    );
    add(&mut stats.item_conflicts, item.conflicts.len());
    let p = &mut stats.progress[ws];
    add(&mut p.0, usize::from(item.status == Status::Done));
    add(&mut p.1, usize::from(item.status != Status::Dropped));
    if sign > 0 {
        stats.id_width = stats.id_width.max(crate::base::text::width(&item.id));
    }
}

fn search_text(item: &Item) -> String {
    let mut s = String::with_capacity(item.id.len() + item.title.len() + 64);
    for part in [&item.id, &item.title, &item.workstream]
        .into_iter()
        .chain(&item.owners)
        .chain(item.notes.iter().map(|n| &n.text))
    {
        s.push_str(part);
        s.push('\n');
    }
    crate::base::fold::fold(&s)
}
