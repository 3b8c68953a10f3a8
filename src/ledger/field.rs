//! The one identity of an item's fields: the key each has in the file, the
//! kind of value it holds, and every field in file order. Forms, commands,
//! spreadsheets, diffs and labels all name a field by this type (the words
//! people type for one are read by [`super::read_field`]).

/// A field of an item, as the file names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Id,
    Title,
    /// The language of the title, when not the committee's first.
    Language,
    /// Translations of the title.
    Translations,
    Workstream,
    Status,
    Owners,
    Due,
    /// Earlier deadlines, oldest first.
    DueHistory,
    Meeting,
    Opened,
    Updated,
    Tags,
    Notes,
    /// Each party's word on the item's closure.
    Closure,
    /// Fields a merge could not reconcile.
    Conflicts,
}

/// The kind of value a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    /// One line of text (an id, a title, a meeting's id).
    Text,
    /// A [`super::Status`].
    Status,
    /// A list of texts (owners, tags).
    List,
    /// A date, or none.
    Date,
    /// A list of dates.
    Dates,
    /// Dated notes.
    Notes,
    /// Merge conflicts.
    Conflicts,
    /// A language, or none.
    Language,
    /// Translations of texts.
    Translations,
    /// The parties' closure events.
    Closure,
}

impl Field {
    /// Every field, in file order.
    pub const ALL: [Field; 16] = [
        Field::Id,
        Field::Title,
        Field::Language,
        Field::Translations,
        Field::Workstream,
        Field::Status,
        Field::Owners,
        Field::Due,
        Field::DueHistory,
        Field::Meeting,
        Field::Opened,
        Field::Updated,
        Field::Tags,
        Field::Notes,
        Field::Closure,
        Field::Conflicts,
    ];

    /// The fields a person edits in the item form, in the form's order.
    pub const FORM: [Field; 8] = [
        Field::Id,
        Field::Title,
        Field::Workstream,
        Field::Owners,
        Field::Status,
        Field::Due,
        Field::Meeting,
        Field::Tags,
    ];

    /// The field's key in the file: `owners`, `due_history`.
    pub fn key(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Title => "title",
            Field::Language => "language",
            Field::Translations => "translations",
            Field::Workstream => "workstream",
            Field::Status => "status",
            Field::Owners => "owners",
            Field::Due => "due",
            Field::DueHistory => "due_history",
            Field::Meeting => "meeting",
            Field::Opened => "opened",
            Field::Updated => "updated",
            Field::Tags => "tags",
            Field::Notes => "notes",
            Field::Closure => "closure",
            Field::Conflicts => "conflicts",
        }
    }

    /// The kind of value the field holds.
    pub fn kind(self) -> ValueKind {
        match self {
            Field::Id | Field::Title | Field::Workstream | Field::Meeting => ValueKind::Text,
            Field::Status => ValueKind::Status,
            Field::Owners | Field::Tags => ValueKind::List,
            Field::Due | Field::Opened | Field::Updated => ValueKind::Date,
            Field::DueHistory => ValueKind::Dates,
            Field::Notes => ValueKind::Notes,
            Field::Conflicts => ValueKind::Conflicts,
            Field::Closure => ValueKind::Closure,
            Field::Language => ValueKind::Language,
            Field::Translations => ValueKind::Translations,
        }
    }

    /// The field whose key in the file is `key`, exactly.
    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// The key of a field that changed: one of the item's own fields, or an
/// unknown field the file carries (kept as it is).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldKey {
    Known(Field),
    Unknown(String),
}

impl FieldKey {
    /// The key of `key` in the file.
    pub fn from_key(key: &str) -> FieldKey {
        Field::from_key(key).map_or_else(|| FieldKey::Unknown(key.to_owned()), FieldKey::Known)
    }

    /// The key as the file writes it.
    pub fn as_str(&self) -> &str {
        match self {
            FieldKey::Known(f) => f.key(),
            FieldKey::Unknown(k) => k,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_a_key_of_the_file_in_file_order() {
        let keys: Vec<&str> = Field::ALL.iter().map(|f| f.key()).collect();
        assert_eq!(keys, super::super::ITEM_KEYS);
        for f in Field::ALL {
            assert_eq!(Field::from_key(f.key()), Some(f));
        }
        assert_eq!(FieldKey::from_key("x_ext").as_str(), "x_ext");
    }
}
