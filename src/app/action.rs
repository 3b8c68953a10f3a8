//! What can happen to the dashboard: actions in, effects out.

/// Something the user asked for, already decoded from a key or mouse event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Move the selection (or scroll the focused pane) by this many rows.
    Move(i32),
    /// Move by a page (`1` down, `-1` up).
    Page(i32),
    /// Jump to the first row.
    Top,
    /// Jump to the last row.
    Bottom,
    /// Put the focus on the detail pane, or back on the table.
    ToggleDetail,
    /// Leave the current mode: close a popup, clear the search, or unfocus.
    Back,
    /// Start typing a search.
    SearchStart,
    /// Type a character into the focused text field.
    Input(char),
    /// Delete the character before the cursor in the focused text field.
    Backspace,
    /// Keep the search and return to the table.
    SearchConfirm,
    /// Jump to the next (`1`) or previous (`-1`) search match.
    NextMatch(i32),
    /// Open the filter menu.
    FilterMenu,
    /// In the filter menu: choose what to filter by.
    FilterBy(FilterKind),
    /// In the filter menu: keep only overdue items, or stop doing so.
    ToggleOverdue,
    /// Remove every filter.
    ClearFilter,
    /// In a pick list: apply the choice under the cursor.
    Pick,
    /// Cycle the sort order.
    CycleSort,
    /// Group rows by workstream, or stop grouping.
    ToggleGroups,
    /// Show or hide the timeline.
    ToggleTimeline,
    /// Show or hide the help.
    ToggleHelp,
    /// The terminal now has this size (columns, rows).
    Resize(u16, u16),
    /// A mouse click at (column, row).
    Click(u16, u16),
    /// The mouse wheel turned at (column, row): positive scrolls down.
    Wheel(u16, u16, i32),
    /// Leave the program.
    Quit,
}

/// What the filter menu's pick list chooses from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterKind {
    Status,
    Owner,
    Workstream,
}

/// Work for the event loop to carry out after an update.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Restore the terminal and exit.
    Quit,
}
