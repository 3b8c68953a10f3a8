//! Reading and writing the ledger's JSON: known keys in their documented
//! order, unknown keys after them in input order, empty optional fields omitted.

use super::model::{Committee, Extra, FORMAT, Item, Ledger, Meeting, Note, Person, Review, Status};
use super::parse::{ShapeCause, raise};
use crate::base::dates::{format_date, parse_date};
use chrono::NaiveDate;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::borrow::Cow;
use std::fmt;

/// The canonical text of a ledger: 2-space indentation, UTF-8, one trailing newline.
pub fn canonical_json(ledger: &Ledger) -> String {
    let mut out = Vec::with_capacity(512 * ledger.items.len() + 1024);
    write_canonical(&mut out, ledger).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// Streams the canonical text of a ledger to `w`.
pub fn write_canonical<W: std::io::Write>(mut w: W, ledger: &Ledger) -> std::io::Result<()> {
    let fmt = serde_json::ser::PrettyFormatter::with_indent(b"  ");
    let mut ser = serde_json::Serializer::with_formatter(&mut w, fmt);
    ledger.serialize(&mut ser).map_err(std::io::Error::other)?;
    w.write_all(b"\n")
}

// ---------------------------------------------------------------- writing

/// A map writer that leaves out empty optional fields.
struct Obj<M>(M);

impl<M: SerializeMap> Obj<M> {
    fn field<T: Serialize + ?Sized>(&mut self, key: &str, v: &T) -> Result<(), M::Error> {
        self.0.serialize_entry(key, v)
    }
    fn text(&mut self, key: &str, v: &str) -> Result<(), M::Error> {
        if v.is_empty() {
            Ok(())
        } else {
            self.field(key, v)
        }
    }
    fn list<T: Serialize>(&mut self, key: &str, v: &[T]) -> Result<(), M::Error> {
        if v.is_empty() {
            Ok(())
        } else {
            self.field(key, v)
        }
    }
    fn date(&mut self, key: &str, v: Option<NaiveDate>) -> Result<(), M::Error> {
        match v {
            Some(d) => self.field(key, &format_date(d)),
            None => Ok(()),
        }
    }
    fn end(mut self, extra: &Extra) -> Result<M::Ok, M::Error> {
        for (k, v) in extra {
            self.0.serialize_entry(k, v)?;
        }
        self.0.end()
    }
}

fn obj<S: Serializer>(s: S) -> Result<Obj<S::SerializeMap>, S::Error> {
    Ok(Obj(s.serialize_map(None)?))
}

/// Dates serialize as `YYYY-MM-DD` strings.
struct Dates<'a>(&'a [NaiveDate]);

impl Serialize for Dates<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|d| format_date(*d)))
    }
}

impl Serialize for Ledger {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = obj(s)?;
        o.field("format", FORMAT)?;
        if !self.committee.name.is_empty()
            || !self.committee.parties.is_empty()
            || !self.committee.extra.is_empty()
        {
            o.field("committee", &self.committee)?;
        }
        o.list("directory", &self.directory)?;
        o.list("meetings", &self.meetings)?;
        o.list("reviews", &self.reviews)?;
        o.field("items", &self.items)?;
        o.list("conflicts", &self.conflicts)?;
        o.end(&self.extra)
    }
}

impl Serialize for Committee {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut o = obj(s)?;
        o.text("name", &self.name)?;
        o.list("parties", &self.parties)?;
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
        o.text("title", &self.title)?;
        o.text("place", &self.place)?;
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
        o.end(&self.extra)
    }
}

// ---------------------------------------------------------------- reading

/// An object key, borrowed from the input when it has no escapes.
struct FieldName<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for FieldName<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = FieldName<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string key")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<FieldName<'de>, E> {
                Ok(FieldName(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<FieldName<'de>, E> {
                Ok(FieldName(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<FieldName<'de>, E> {
                Ok(FieldName(Cow::Owned(v)))
            }
        }
        d.deserialize_str(V)
    }
}

/// A `YYYY-MM-DD` calendar date.
struct DateDe(NaiveDate);

impl<'de> Deserialize<'de> for DateDe {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = DateDe;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a YYYY-MM-DD date")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<DateDe, E> {
                parse_date(v)
                    .map(DateDe)
                    .map_err(|e| raise(ShapeCause::Date(e)))
            }
        }
        d.deserialize_str(V)
    }
}

/// A list of dates.
struct DateList(Vec<NaiveDate>);

impl<'de> Deserialize<'de> for DateList {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = DateList;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of YYYY-MM-DD dates")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<DateList, A::Error> {
                let mut v = Vec::with_capacity(seq.size_hint().unwrap_or(0));
                while let Some(DateDe(d)) = seq.next_element()? {
                    v.push(d);
                }
                Ok(DateList(v))
            }
        }
        d.deserialize_seq(V)
    }
}

impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        FieldName::deserialize(d)?
            .0
            .parse()
            .map_err(|e: super::model::UnknownStatus| raise(ShapeCause::UnknownStatus(e.0)))
    }
}

/// Reads one JSON object: known keys go through `field`, unknown ones into `extra`.
/// Rejects duplicate keys and missing required ones.
fn read_object<'de, A, T>(
    mut map: A,
    known: &[&str],
    required: &[&'static str],
    extra: fn(&mut T) -> &mut Extra,
    mut field: impl FnMut(&str, &mut A, &mut T) -> Result<(), A::Error>,
) -> Result<T, A::Error>
where
    A: MapAccess<'de>,
    T: Default,
{
    let mut t = T::default();
    let mut seen = 0u64;
    while let Some(FieldName(key)) = map.next_key()? {
        match known.iter().position(|k| *k == key) {
            Some(i) => {
                if seen & (1 << i) != 0 {
                    return Err(raise(ShapeCause::DuplicateField(key.into_owned())));
                }
                seen |= 1 << i;
                field(&key, &mut map, &mut t)?;
            }
            None => {
                let v: Value = map.next_value()?;
                if extra(&mut t).insert(key.clone().into_owned(), v).is_some() {
                    return Err(raise(ShapeCause::DuplicateField(key.into_owned())));
                }
            }
        }
    }
    for r in required {
        let i = known
            .iter()
            .position(|k| k == r)
            .expect("required keys are known");
        if seen & (1 << i) == 0 {
            return Err(raise(ShapeCause::MissingField((*r).to_owned())));
        }
    }
    Ok(t)
}

/// Implements `Deserialize` for a struct through `read_object`.
macro_rules! object_visitor {
    ($ty:ty, $what:literal, $visit:expr) => {
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> Visitor<'de> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                        f.write_str($what)
                    }
                    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<$ty, A::Error> {
                        $visit(map)
                    }
                }
                d.deserialize_map(V)
            }
        }
    };
}

fn date<'de, A: MapAccess<'de>>(map: &mut A) -> Result<NaiveDate, A::Error> {
    Ok(map.next_value::<DateDe>()?.0)
}

fn read_ledger<'de, A: MapAccess<'de>>(map: A) -> Result<Ledger, A::Error> {
    const KNOWN: &[&str] = &[
        "format",
        "committee",
        "directory",
        "meetings",
        "reviews",
        "items",
        "conflicts",
    ];
    read_object(
        map,
        KNOWN,
        &["format", "items"],
        |l: &mut Ledger| &mut l.extra,
        |k, m, l| {
            match k {
                "format" => {
                    let f: FieldName = m.next_value()?;
                    if f.0 != FORMAT {
                        return Err(raise(ShapeCause::UnsupportedFormat(f.0.into_owned())));
                    }
                }
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
    read_object(
        map,
        &["name", "parties"],
        &[],
        |c: &mut Committee| &mut c.extra,
        |k, m, c| {
            match k {
                "name" => c.name = m.next_value()?,
                _ => c.parties = m.next_value()?,
            }
            Ok(())
        },
    )
}
object_visitor!(Committee, "a committee object", read_committee);

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
    const KNOWN: &[&str] = &["id", "date", "title", "place"];
    read_object(
        map,
        KNOWN,
        &["id"],
        |x: &mut Meeting| &mut x.extra,
        |k, m, x| {
            match k {
                "id" => x.id = m.next_value()?,
                "date" => x.date = Some(date(m)?),
                "title" => x.title = m.next_value()?,
                _ => x.place = m.next_value()?,
            }
            Ok(())
        },
    )
}
object_visitor!(Meeting, "a meeting object", read_meeting);

/// Reviews and notes have a required date; read them through a defaultable twin.
#[derive(Default)]
struct Dated<T> {
    date: Option<NaiveDate>,
    inner: T,
    extra: Extra,
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
    const KNOWN: &[&str] = &["date", "author", "text"];
    let n: Dated<(String, String)> = read_object(
        map,
        KNOWN,
        &["date", "text"],
        |x: &mut Dated<_>| &mut x.extra,
        |k, m, x: &mut Dated<(String, String)>| {
            match k {
                "date" => x.date = Some(date(m)?),
                "author" => x.inner.0 = m.next_value()?,
                _ => x.inner.1 = m.next_value()?,
            }
            Ok(())
        },
    )?;
    Ok(Note {
        date: n.date.expect("required"),
        author: n.inner.0,
        text: n.inner.1,
        extra: n.extra,
    })
}
object_visitor!(Note, "a note object", read_note);

/// The keys of an item this version knows; any other is an unknown field.
pub const ITEM_KEYS: &[&str] = &[
    "id",
    "title",
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
    "conflicts",
];

fn read_item<'de, A: MapAccess<'de>>(map: A) -> Result<Item, A::Error> {
    const KNOWN: &[&str] = ITEM_KEYS;
    read_object(
        map,
        KNOWN,
        &["id", "title", "status"],
        |i: &mut Item| &mut i.extra,
        |k, m, i| {
            match k {
                "id" => i.id = m.next_value()?,
                "title" => i.title = m.next_value()?,
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
