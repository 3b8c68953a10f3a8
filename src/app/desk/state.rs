//! The desk's state: every seat, the portfolio over them, and what is on
//! screen.

use super::projection;
use super::seat::{Place, Seat, Unreadable};
use super::switcher::Switcher;
use crate::app::model::Scope;
use crate::app::model::Synced;
use crate::app::options::Options;
use crate::app::state::{App, Streams};

/// Every seat, the portfolio over them, and what is on screen.
#[derive(Debug, Clone)]
pub struct Desk {
    pub seats: Vec<Seat>,
    pub unreadable: Vec<Unreadable>,
    /// The portfolio's view: a dashboard over a ledger made of every
    /// seat's items (never saved), each item's workstream replaced by its
    /// committee's name.
    pub portfolio: App,
    /// For each item of the portfolio's ledger: its seat and its index there.
    pub origin: Vec<(usize, usize)>,
    pub place: Place,
    /// The switcher, while open (over the portfolio).
    pub switcher: Option<Switcher>,
    /// The seat of the last edit made from the portfolio (where `u` undoes).
    pub(super) last_edited: Option<usize>,
    /// While quitting: which seats agreed to end (their edits saved or
    /// let go), and whether one asked to keep its edits in a recovery file.
    pub(super) quitting: Option<Quitting>,
    /// The sync of every committee (`y` on the portfolio), while it runs.
    pub(super) sync_round: Option<SyncRound>,
}

/// A sync of every committee, while it runs.
#[derive(Debug, Clone, Default)]
pub(super) struct SyncRound {
    /// The seats still to sync, in order.
    pub(super) queue: Vec<usize>,
    /// The seat syncing now.
    pub(super) current: Option<usize>,
    /// How each seat's sync ended: its name and how.
    pub(super) ended: Vec<(String, Synced)>,
}

/// The seats' answers to a quit, while quitting.
#[derive(Debug, Clone, Default)]
pub(super) struct Quitting {
    pub(super) agreed: Vec<bool>,
    pub(super) keeping_edits: bool,
}

impl Desk {
    /// A desk over `seats` (at least one, in the portfolio's order) on
    /// `place`. `title` is the portfolio's name in the header, `label` what
    /// the header says beside it (how many committees).
    pub fn new(
        seats: Vec<Seat>,
        unreadable: Vec<Unreadable>,
        place: Place,
        (title, label): (String, String),
    ) -> Desk {
        let options = seats.first().map(|s| s.app.options).unwrap_or_default();
        let (mut ledger, origin) = projection::project(&seats, title);
        // Made without its items, then taken in: its base (of merges the
        // portfolio never makes) is kept as the items are first put in,
        // without them, and is never copied with them after.
        let items = std::mem::take(&mut ledger.items);
        let today = seats
            .first()
            .map_or(crate::base::clock::Clock::Live.today(None), |s| s.app.today);
        let mut portfolio = App::new(ledger, label, today, options);
        if let Some(s) = seats.first() {
            portfolio.keymap = s.app.keymap.clone();
        }
        portfolio.view.streams = Streams::Committees;
        portfolio.doc.ledger_mut().items = items;
        portfolio.reindex();
        portfolio.rebuild();
        let mut desk = Desk {
            seats,
            unreadable,
            portfolio,
            origin,
            place,
            switcher: None,
            last_edited: None,
            quitting: None,
            sync_round: None,
        };
        desk.portfolio.index.stats.awaiting = desk.awaiting();
        desk
    }

    /// The settings every seat shares.
    pub fn options(&self) -> Options {
        self.portfolio.options
    }

    /// The dashboard the screen shows under any popup: the portfolio's, or
    /// the committee's.
    pub fn shown(&self) -> &App {
        match self.place {
            Place::Portfolio => &self.portfolio,
            Place::Committee(m) => &self.seats[m].app,
        }
    }

    /// The seat whose prompt is open over the portfolio (an edit's form,
    /// the note box, a quit prompt…), which takes the keys until it closes.
    pub fn prompting(&self) -> Option<usize> {
        match self.place {
            Place::Portfolio => self
                .seats
                .iter()
                .position(|s| s.app.view.mode.scope().is_some()),
            Place::Committee(_) => None,
        }
    }

    /// The seat and index there of the item selected in the portfolio.
    pub fn selected(&self) -> Option<(usize, usize)> {
        let i = self.portfolio.table_item()?;
        self.origin.get(i).copied()
    }

    /// Which key bindings apply now.
    pub fn scope(&self) -> Scope {
        if let Place::Committee(m) = self.place {
            return self.seats[m].app.scope();
        }
        if self.switcher.is_some() {
            return Scope::Switcher;
        }
        match self.prompting() {
            Some(m) => self.seats[m].app.scope(),
            None => self.portfolio.scope(),
        }
    }

    /// True when every seat's ledger matches its file.
    pub fn is_saved(&self) -> bool {
        self.seats.iter().all(|s| s.app.is_saved())
    }

    /// The closures awaiting confirmation, each counted under its own
    /// committee's rule.
    pub(super) fn awaiting(&self) -> usize {
        self.seats.iter().map(|s| s.app.index.stats.awaiting).sum()
    }

    /// The rows under the portfolio that list the committees that cannot
    /// be read (at most four: three and how many more), in a terminal
    /// `height` rows high.
    pub fn unreadable_rows(&self, height: u16) -> u16 {
        let n = self.unreadable.len().min(4);
        u16::try_from(n).unwrap_or(0).min(height / 4)
    }

    /// The names of the seats, in order.
    pub fn names(&self) -> Vec<&str> {
        self.seats.iter().map(|s| s.name.as_str()).collect()
    }
}
