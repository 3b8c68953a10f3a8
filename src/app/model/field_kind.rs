//! The fields of the item form, in the order it shows them.

/// A field of the item form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Id,
    Title,
    Workstream,
    Owners,
    Status,
    Due,
    Meeting,
    Tags,
}

impl FieldKind {
    /// The fields in the order the form shows them (and Tab visits them).
    pub const ORDER: [FieldKind; 8] = [
        FieldKind::Id,
        FieldKind::Title,
        FieldKind::Workstream,
        FieldKind::Owners,
        FieldKind::Status,
        FieldKind::Due,
        FieldKind::Meeting,
        FieldKind::Tags,
    ];

    pub(super) fn from_problem(field: &str) -> FieldKind {
        match field {
            "id" => FieldKind::Id,
            "meeting" => FieldKind::Meeting,
            "owners" => FieldKind::Owners,
            "tags" => FieldKind::Tags,
            _ => FieldKind::Title,
        }
    }

    pub(super) fn slot(self) -> usize {
        self as usize
    }
}
