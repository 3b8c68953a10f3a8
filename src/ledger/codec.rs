//! Reading and writing the ledger's JSON: known keys in their documented
//! order, unknown keys after them in input order, empty optional fields omitted.

use super::json_object::{
    DateList, Dated, Dates, FieldName, date, obj, object_visitor, read_object,
};
use super::model::{
    Committee, FORMAT, Item, Ledger, Meeting, Note, Person, Review, Status, Workstream,
};
use super::parse::{ShapeCause, raise};
use super::party::Closure;
use super::party_codec::{closure, zone};
use super::translation::Translations;
use super::translation_codec::{Codes, LangList, language};
use crate::base::lang::Lang;
use serde::de::{Deserializer, MapAccess};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

/// Writes `value` as JSON indented by two spaces (the bytes of serde_json's
/// pretty printer) and a newline: the ledger's text, `list --json`.
pub fn write_json<W: std::io::Write, T: Serialize + ?Sized>(
    mut w: W,
    value: &T,
) -> std::io::Result<()> {
    let mut out = Vec::with_capacity(4096);
    write_json_at(&mut out, value, 0)?;
    out.push(b'\n');
    w.write_all(&out)
}

/// Appends `value` as [`write_json`] writes it where it sits `level`
/// brackets deep (its first line not indented), without the final newline.
pub(super) fn write_json_at<T: Serialize + ?Sized>(
    out: &mut Vec<u8>,
    value: &T,
    level: usize,
) -> std::io::Result<()> {
    super::pretty::write_pretty(out, value, level).map_err(std::io::Error::other)
}

// ---------------------------------------------------------------- writing

impl Serialize for Ledger {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        WithItems(self, &self.items).serialize(s)
    }
}

/// A ledger written with these items in place of its own.
pub(super) struct WithItems<'a>(pub(super) &'a Ledger, pub(super) &'a [Item]);

impl Serialize for WithItems<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let WithItems(l, items) = self;
        let mut o = obj(s)?;
        o.field("format", FORMAT)?;
        if l.committee != Committee::default() {
            o.field("committee", &l.committee)?;
        }
        o.list("directory", &l.directory)?;
        o.list("meetings", &l.meetings)?;
        o.list("reviews", &l.reviews)?;
        o.field("items", items)?;
        o.list("conflicts", &l.conflicts)?;
        o.end(&l.extra)
    }
}

impl Serialize for Committee {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = obj(s)?;
        o.text("name", &self.name)?;
        o.translations(&self.translations)?;
        o.list("parties", &self.parties)?;
        if let Some(z) = self.zone {
            o.field("zone", z.name())?;
        }
        if self.closure != Closure::default() {
            o.field("closure", self.closure.as_str())?;
        }
        if !self.languages.is_empty() {
            o.field("languages", &Codes(&self.languages))?;
        }
        o.list("workstreams", &self.workstreams)?;
        o.end(&self.extra)
    }
}

impl Serialize for Workstream {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = obj(s)?;
        o.field("name", &self.name)?;
        o.language(self.language)?;
        o.translations(&self.translations)?;
        o.end(&self.extra)
    }
}

impl Serialize for Person {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = obj(s)?;
        o.field("name", &self.name)?;
        o.text("email", &self.email)?;
        o.text("language", &self.language)?;
        o.list("aliases", &self.aliases)?;
        o.end(&self.extra)
    }
}

impl Serialize for Meeting {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = obj(s)?;
        o.field("id", &self.id)?;
        o.date("date", self.date)?;
        if let Some(t) = self.time {
            o.field("time", &t.format("%H:%M").to_string())?;
        }
        if let Some(z) = self.zone {
            o.field("zone", z.name())?;
        }
        o.text("title", &self.title)?;
        o.text("place", &self.place)?;
        o.language(self.language)?;
        o.translations(&self.translations)?;
        o.end(&self.extra)
    }
}

impl Serialize for Review {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = obj(s)?;
        o.date("date", Some(self.date))?;
        o.list("attendees", &self.attendees)?;
        o.text("summary", &self.summary)?;
        o.end(&self.extra)
    }
}

impl Serialize for Item {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = obj(s)?;
        o.field("id", &self.id)?;
        o.field("title", &self.title)?;
        o.language(self.language)?;
        o.translations(&self.translations)?;
        o.text("workstream", &self.workstream)?;
        o.field("status", self.status.as_str())?;
        o.list("owners", &self.owners)?;
        o.date("due", self.due)?;
        if !self.due_history.is_empty() {
            o.field("due_history", &Dates(&self.due_history))?;
        }
        o.text("meeting", &self.meeting)?;
        o.date("opened", self.opened)?;
        o.date("updated", self.updated)?;
        o.list("tags", &self.tags)?;
        o.list("notes", &self.notes)?;
        o.list("closure", &self.closure)?;
        o.list("conflicts", &self.conflicts)?;
        o.end(&self.extra)
    }
}

impl Serialize for Note {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = obj(s)?;
        o.date("date", Some(self.date))?;
        o.text("author", &self.author)?;
        o.field("text", &self.text)?;
        o.language(self.language)?;
        o.translations(&self.translations)?;
        o.end(&self.extra)
    }
}

// ---------------------------------------------------------------- reading

impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        FieldName::deserialize(d)?
            .0
            .parse()
            .map_err(|e: super::model::UnknownStatus| raise(ShapeCause::UnknownStatus(e.0)))
    }
}

/// The keys of a ledger this version knows, and those it must have.
pub(super) const LEDGER_KEYS: &[&str] = &[
    "format",
    "committee",
    "directory",
    "meetings",
    "reviews",
    "items",
    "conflicts",
];
pub(super) const LEDGER_REQUIRED: &[&str] = &["format", "items"];

/// A ledger's `format`, refused unless it is this version's.
pub(super) fn format<'de, A: MapAccess<'de>>(m: &mut A) -> Result<(), A::Error> {
    let f: FieldName = m.next_value()?;
    if f.0 != FORMAT {
        return Err(raise(ShapeCause::UnsupportedFormat(f.0.into_owned())));
    }
    Ok(())
}

fn read_ledger<'de, A: MapAccess<'de>>(map: A) -> Result<Ledger, A::Error> {
    read_object(
        map,
        LEDGER_KEYS,
        LEDGER_REQUIRED,
        |l: &mut Ledger| &mut l.extra,
        |k, m, l| {
            match k {
                "format" => format(m)?,
                "committee" => l.committee = m.next_value()?,
                "directory" => l.directory = m.next_value()?,
                "meetings" => l.meetings = m.next_value()?,
                "reviews" => l.reviews = m.next_value()?,
                "items" => l.items = m.next_value()?,
                _ => l.conflicts = m.next_value()?,
            }
            Ok(())
        },
    )
}
object_visitor!(Ledger, "a followup ledger object", |map| {
    read_ledger(map).map(|mut l: Ledger| {
        l.items.shrink_to_fit();
        l
    })
});

fn read_committee<'de, A: MapAccess<'de>>(map: A) -> Result<Committee, A::Error> {
    const KNOWN: &[&str] = &[
        "name",
        "translations",
        "parties",
        "zone",
        "closure",
        "languages",
        "workstreams",
    ];
    read_object(
        map,
        KNOWN,
        &[],
        |c: &mut Committee| &mut c.extra,
        |k, m, c| {
            match k {
                "name" => c.name = m.next_value()?,
                "translations" => c.translations = m.next_value()?,
                "parties" => c.parties = m.next_value()?,
                "zone" => c.zone = Some(zone(m)?),
                "closure" => c.closure = closure(m)?,
                "languages" => c.languages = m.next_value::<LangList>()?.0,
                _ => c.workstreams = m.next_value()?,
            }
            Ok(())
        },
    )
}
object_visitor!(Committee, "a committee object", read_committee);

fn read_workstream<'de, A: MapAccess<'de>>(map: A) -> Result<Workstream, A::Error> {
    read_object(
        map,
        &["name", "language", "translations"],
        &["name"],
        |w: &mut Workstream| &mut w.extra,
        |k, m, w| {
            match k {
                "name" => w.name = m.next_value()?,
                "language" => w.language = language(m)?,
                _ => w.translations = m.next_value()?,
            }
            Ok(())
        },
    )
}
object_visitor!(Workstream, "a workstream object", read_workstream);

fn read_person<'de, A: MapAccess<'de>>(map: A) -> Result<Person, A::Error> {
    const KNOWN: &[&str] = &["name", "email", "language", "aliases"];
    read_object(
        map,
        KNOWN,
        &["name"],
        |x: &mut Person| &mut x.extra,
        |k, m, x| {
            match k {
                "name" => x.name = m.next_value()?,
                "email" => x.email = m.next_value()?,
                "language" => x.language = m.next_value()?,
                _ => x.aliases = m.next_value()?,
            }
            Ok(())
        },
    )
}
object_visitor!(Person, "a person object", read_person);

fn read_meeting<'de, A: MapAccess<'de>>(map: A) -> Result<Meeting, A::Error> {
    const KNOWN: &[&str] = &[
        "id",
        "date",
        "time",
        "zone",
        "title",
        "place",
        "language",
        "translations",
    ];
    read_object(
        map,
        KNOWN,
        &["id"],
        |x: &mut Meeting| &mut x.extra,
        |k, m, x| {
            match k {
                "id" => x.id = m.next_value()?,
                "date" => x.date = Some(date(m)?),
                "time" => x.time = Some(time(m)?),
                "zone" => x.zone = Some(zone(m)?),
                "title" => x.title = m.next_value()?,
                "place" => x.place = m.next_value()?,
                "language" => x.language = language(m)?,
                _ => x.translations = m.next_value()?,
            }
            Ok(())
        },
    )
}
object_visitor!(Meeting, "a meeting object", read_meeting);

/// Reads a meeting's `HH:MM` starting time.
fn time<'de, A: MapAccess<'de>>(map: &mut A) -> Result<chrono::NaiveTime, A::Error> {
    let text: FieldName = map.next_value()?;
    crate::base::clock::parse_time(&text.0)
        .ok_or_else(|| raise(ShapeCause::Time(text.0.into_owned())))
}

fn read_review<'de, A: MapAccess<'de>>(map: A) -> Result<Review, A::Error> {
    const KNOWN: &[&str] = &["date", "attendees", "summary"];
    let r: Dated<(Vec<String>, String)> = read_object(
        map,
        KNOWN,
        &["date"],
        |x: &mut Dated<_>| &mut x.extra,
        |k, m, x: &mut Dated<(Vec<String>, String)>| {
            match k {
                "date" => x.date = Some(date(m)?),
                "attendees" => x.inner.0 = m.next_value()?,
                _ => x.inner.1 = m.next_value()?,
            }
            Ok(())
        },
    )?;
    Ok(Review {
        date: r.date.expect("required"),
        attendees: r.inner.0,
        summary: r.inner.1,
        extra: r.extra,
    })
}
object_visitor!(Review, "a review object", read_review);

fn read_note<'de, A: MapAccess<'de>>(map: A) -> Result<Note, A::Error> {
    const KNOWN: &[&str] = &["date", "author", "text", "language", "translations"];
    #[derive(Default)]
    struct Parts {
        author: String,
        text: String,
        language: Option<Lang>,
        translations: Translations,
    }
    let n: Dated<Parts> = read_object(
        map,
        KNOWN,
        &["date", "text"],
        |x: &mut Dated<_>| &mut x.extra,
        |k, m, x: &mut Dated<Parts>| {
            match k {
                "date" => x.date = Some(date(m)?),
                "author" => x.inner.author = m.next_value()?,
                "text" => x.inner.text = m.next_value()?,
                "language" => x.inner.language = language(m)?,
                _ => x.inner.translations = m.next_value()?,
            }
            Ok(())
        },
    )?;
    Ok(Note {
        date: n.date.expect("required"),
        author: n.inner.author,
        text: n.inner.text,
        language: n.inner.language,
        translations: n.inner.translations,
        extra: n.extra,
    })
}
object_visitor!(Note, "a note object", read_note);

/// The keys of an item this version knows; any other is an unknown field.
pub const ITEM_KEYS: &[&str] = &[
    "id",
    "title",
    "language",
    "translations",
    "workstream",
    "status",
    "owners",
    "due",
    "due_history",
    "meeting",
    "opened",
    "updated",
    "tags",
    "notes",
    "closure",
    "conflicts",
];

/// The keys an item must have.
pub(super) const ITEM_REQUIRED: &[&str] = &["id", "title", "status"];

fn read_item<'de, A: MapAccess<'de>>(map: A) -> Result<Item, A::Error> {
    read_object(
        map,
        ITEM_KEYS,
        ITEM_REQUIRED,
        |i: &mut Item| &mut i.extra,
        |k, m, i| {
            match k {
                "id" => i.id = m.next_value()?,
                "title" => i.title = m.next_value()?,
                "language" => i.language = language(m)?,
                "translations" => i.translations = m.next_value()?,
                "workstream" => i.workstream = m.next_value()?,
                "status" => i.status = m.next_value()?,
                "owners" => i.owners = m.next_value()?,
                "due" => i.due = Some(date(m)?),
                "due_history" => i.due_history = m.next_value::<DateList>()?.0,
                "meeting" => i.meeting = m.next_value()?,
                "opened" => i.opened = Some(date(m)?),
                "updated" => i.updated = Some(date(m)?),
                "tags" => i.tags = m.next_value()?,
                "notes" => i.notes = m.next_value()?,
                "closure" => i.closure = m.next_value()?,
                _ => i.conflicts = m.next_value()?,
            }
            Ok(())
        },
    )
    .map(|mut i| {
        // Lists grow by doubling while read; give back the slack (a third of
        // the memory of a large ledger).
        i.owners.shrink_to_fit();
        i.tags.shrink_to_fit();
        i.due_history.shrink_to_fit();
        i.notes.shrink_to_fit();
        i
    })
}
object_visitor!(Item, "an item object", read_item);
