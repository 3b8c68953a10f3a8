//! The focus view (`z`): whether the screen shows the list (the table or
//! the review's agenda) or its current item alone, large enough to read
//! from the back of a room.

/// What the screen shows: the list, or its current item alone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Focus {
    /// The table, or the review's agenda.
    #[default]
    List,
    /// The current item alone (the agenda's in review mode, else the
    /// table's selected row); `n` and `p` step through the list beneath.
    Item,
}

impl Focus {
    /// The other one: `z` goes in and out.
    pub fn toggled(self) -> Focus {
        match self {
            Focus::List => Focus::Item,
            Focus::Item => Focus::List,
        }
    }
}
