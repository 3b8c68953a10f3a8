//! The ledger a dashboard edits, and the file it lives in: the ledger as
//! last loaded or saved (its base) is kept beside it for merges and for
//! telling what changed, copied only once the ledger is about to change
//! (or while no key waits), since copying 100,000 items takes longer than
//! a frame.

use super::model::{History, OnDisk};
use crate::ledger::{Fingerprint, Ledger};

/// The ledger and the file it lives in.
#[derive(Debug, Clone)]
pub struct Document {
    /// The ledger as edited; changed only through [`Document::ledger_mut`].
    ledger: Ledger,
    base: Base,
    /// The fingerprint of the file as last loaded or saved; `None` when unknown.
    pub fingerprint: Option<Fingerprint>,
    /// The edits of the session, for undo and redo.
    pub history: History,
    /// The file as changed on disk by someone else, not yet merged in.
    pub disk: Option<OnDisk>,
    /// The ledger's path as shown in the header.
    pub path_label: String,
}

/// The ledger as last loaded or saved.
#[derive(Debug, Clone)]
enum Base {
    /// A copy of it: the ledger changed since, or may.
    Kept(Box<Ledger>),
    /// The ledger itself, unchanged since: not copied yet.
    Unchanged,
}

impl Document {
    /// `ledger`, as loaded from the file shown as `path_label`.
    pub fn new(ledger: Ledger, path_label: String) -> Document {
        Document {
            ledger,
            base: Base::Unchanged,
            fingerprint: None,
            history: History::new(),
            disk: None,
            path_label,
        }
    }

    /// The ledger as edited.
    pub fn ledger(&self) -> &Ledger {
        &self.ledger
    }

    /// The ledger, to change it: its base is copied first if it was not.
    pub fn ledger_mut(&mut self) -> &mut Ledger {
        self.keep_base();
        &mut self.ledger
    }

    /// The ledger to change, and the history that records the change.
    pub fn ledger_and_history(&mut self) -> (&mut Ledger, &mut History) {
        self.keep_base();
        (&mut self.ledger, &mut self.history)
    }

    /// The ledger as last loaded or saved: the common ancestor of a merge.
    pub fn base(&self) -> &Ledger {
        match &self.base {
            Base::Kept(base) => base,
            Base::Unchanged => &self.ledger,
        }
    }

    /// Whether the ledger differs from its base.
    pub fn changed_since_base(&self) -> bool {
        match &self.base {
            Base::Kept(base) => **base != self.ledger,
            Base::Unchanged => false,
        }
    }

    /// Copies the base, unless it is already kept (done while no key
    /// waits, so that the next change does not wait for it).
    pub fn keep_base(&mut self) {
        if let Base::Unchanged = self.base {
            self.base = Base::Kept(Box::new(crate::ledger::copy(&self.ledger)));
        }
    }

    /// Whether the base is yet to be copied.
    pub fn base_to_keep(&self) -> bool {
        matches!(self.base, Base::Unchanged)
    }

    /// The ledger was saved as it is: it is its own base.
    pub fn saved_as_is(&mut self) {
        self.base = Base::Unchanged;
    }

    /// `base` is the file's content from now on.
    pub fn set_base(&mut self, base: Ledger) {
        self.base = Base::Kept(Box::new(base));
    }

    /// True when the ledger matches the file.
    pub fn is_saved(&self) -> bool {
        self.history.is_saved()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ledger::{SAMPLE, Status, parse_ledger};

    fn sample() -> Ledger {
        parse_ledger(SAMPLE.as_bytes()).unwrap()
    }

    #[test]
    fn the_base_is_the_ledger_as_loaded_until_it_changes_and_after() {
        let loaded = sample();
        let mut doc = Document::new(loaded.clone(), "l".into());
        assert!(doc.base_to_keep(), "not copied as the document is made");
        assert_eq!(doc.base(), &loaded);
        assert!(!doc.changed_since_base());
        doc.ledger_mut().items[0].status = Status::Dropped;
        assert!(!doc.base_to_keep());
        assert_eq!(doc.base(), &loaded, "copied before the change");
        assert_ne!(doc.ledger(), &loaded);
        assert!(doc.changed_since_base());
        let (ledger, _) = doc.ledger_and_history();
        ledger.items[1].status = Status::Dropped;
        assert_eq!(doc.base(), &loaded, "kept through later changes");
        doc.saved_as_is();
        assert_eq!(
            doc.base(),
            doc.ledger(),
            "saved: the ledger is its own base"
        );
        assert!(!doc.changed_since_base());
        let saved = doc.ledger().clone();
        let (ledger, _) = doc.ledger_and_history();
        ledger.items[2].status = Status::Dropped;
        assert_eq!(doc.base(), &saved);
    }

    #[test]
    fn a_base_kept_while_no_key_waits_is_the_ledger_then() {
        let mut doc = Document::new(sample(), "l".into());
        doc.keep_base();
        assert!(!doc.base_to_keep());
        assert_eq!(doc.base(), doc.ledger());
        let other = Ledger {
            items: Vec::new(),
            ..sample()
        };
        doc.set_base(other.clone());
        assert_eq!(doc.base(), &other);
        assert!(doc.changed_since_base());
    }
}
