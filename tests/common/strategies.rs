//! proptest strategies for valid ledgers with Hangul, accents, emoji,
//! control characters and unknown fields.

use chrono::NaiveDate;
use followup::i18n::Lang;
use followup::ledger::{
    Closure, ClosureAct, ClosureEvent, Committee, Extra, Item, Ledger, Meeting, Note, Party,
    Review, Status, Translation, Translations, Workstream, parse_zone,
};
use proptest::prelude::*;
use serde_json::{Value, json};

pub fn date() -> impl Strategy<Value = NaiveDate> {
    (0i64..40_000)
        .prop_map(|d| NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + chrono::Days::new(d as u64))
}

pub fn text() -> impl Strategy<Value = String> {
    // Hangul, accents, emoji, quotes, backslashes, control characters, newlines.
    "[a-zA-Z0-9 ñéí한정화✅\"\\\\\n\t\u{1}/-]{0,24}"
}

pub fn nonempty() -> impl Strategy<Value = String> {
    text().prop_filter("non-empty", |s| !s.trim().is_empty())
}

/// A time zone of the parties' capitals, or another IANA one.
pub fn zone() -> impl Strategy<Value = chrono_tz::Tz> {
    prop::sample::select(vec![
        "America/Mexico_City",
        "Asia/Seoul",
        "UTC",
        "Europe/Madrid",
    ])
    .prop_map(|z| parse_zone(z).unwrap())
}

/// A party's name: one clean line (no control characters, no padding).
fn party_name() -> impl Strategy<Value = String> {
    "[A-Za-zñé한정화][A-Za-z0-9 ñé한정화()]{0,14}[A-Za-z0-9)]"
}

/// A party: a bare name, or a record with a zone, a language and unknown fields.
pub fn party() -> impl Strategy<Value = Party> {
    (
        party_name(),
        text(),
        prop::option::of(zone()),
        prop::option::of(lang()),
        extra(),
    )
        .prop_map(|(name, country, zone, language, extra)| Party {
            name,
            country,
            zone,
            language,
            extra,
        })
}

/// One party's word on an item's closure, at a whole second.
pub fn closure_event() -> impl Strategy<Value = ClosureEvent> {
    let act = prop::sample::select(vec![
        ClosureAct::Closed(Status::Done),
        ClosureAct::Closed(Status::Dropped),
        ClosureAct::Confirmed,
        ClosureAct::Reopened,
    ]);
    (act, party_name(), text(), 0i64..4_000_000_000, extra()).prop_map(
        |(act, party, author, secs, extra)| ClosureEvent {
            act,
            party,
            author,
            at: chrono::DateTime::from_timestamp(secs, 0).unwrap(),
            extra,
        },
    )
}

pub fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        (-1.0e6f64..1.0e6).prop_map(|f| json!(f)),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec(("[a-z_]{1,6}", inner), 0..4)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// Unknown fields, with names that are not known fields.
pub fn extra() -> impl Strategy<Value = Extra> {
    prop::collection::vec(("x_[a-z]{1,5}", json_value()), 0..3)
        .prop_map(|kv| kv.into_iter().collect())
}

pub fn strings() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(nonempty(), 0..3)
}

pub fn lang() -> impl Strategy<Value = Lang> {
    prop::sample::select(Lang::ALL.to_vec())
}

/// Translations of the texts `keys`, in any language, current or outdated.
pub fn translations(keys: &'static [&'static str]) -> impl Strategy<Value = Translations> {
    prop::collection::vec(
        (
            prop::sample::select(keys.to_vec()),
            lang(),
            nonempty(),
            "[0-9a-f]{8}",
            text(),
            date(),
            extra(),
        ),
        0..3,
    )
    .prop_map(|entries| {
        let mut t = Translations::default();
        for (key, l, text, source, author, date, extra) in entries {
            let tr = Translation {
                text,
                source,
                author,
                date,
                extra,
            };
            t.set(key, l, tr);
        }
        t
    })
}

pub fn note() -> impl Strategy<Value = Note> {
    (
        date(),
        text(),
        text(),
        prop::option::of(lang()),
        translations(&["text"]),
        extra(),
    )
        .prop_map(|(date, author, text, language, translations, extra)| Note {
            date,
            author,
            text,
            language,
            translations,
            extra,
        })
}

pub fn item(meetings: usize) -> impl Strategy<Value = Item> {
    (
        (
            nonempty(),
            text(),
            prop::sample::select(Status::ALL.to_vec()),
            strings(),
        ),
        (
            prop::option::of(date()),
            prop::collection::vec(date(), 0..3),
            prop::option::of(0..meetings.max(1)),
        ),
        (
            prop::option::of(date()),
            prop::option::of(date()),
            strings(),
            prop::collection::vec(note(), 0..3),
            extra(),
        ),
        (
            prop::option::of(lang()),
            translations(&["title"]),
            prop::collection::vec(closure_event(), 0..3),
        ),
    )
        .prop_map(
            move |(
                (title, workstream, status, owners),
                (due, due_history, meeting),
                (opened, updated, tags, notes, extra),
                (language, translations, closure),
            )| Item {
                id: String::new(),
                title,
                language,
                translations,
                workstream,
                status,
                owners,
                due,
                due_history,
                meeting: meeting
                    .filter(|_| meetings > 0)
                    .map(|m| format!("M{m}"))
                    .unwrap_or_default(),
                opened,
                updated,
                tags,
                notes,
                closure,
                conflicts: Vec::new(),
                extra,
            },
        )
}

pub fn ledger() -> impl Strategy<Value = Ledger> {
    (0usize..3).prop_flat_map(|nm| {
        (
            (
                text(),
                prop::collection::vec(party(), 0..3),
                extra(),
                prop::option::of(zone()),
                any::<bool>().prop_map(|b| if b { Closure::Both } else { Closure::Either }),
            ),
            (
                prop::collection::vec(lang(), 0..3),
                translations(&["name"]),
                prop::collection::vec(
                    (
                        nonempty(),
                        prop::option::of(lang()),
                        translations(&["name"]),
                    ),
                    0..2,
                ),
            ),
            prop::collection::vec(
                (
                    (prop::option::of(date()), text(), text(), extra()),
                    (
                        prop::option::of((0u32..24, 0u32..60)),
                        prop::option::of(zone()),
                    ),
                    (prop::option::of(lang()), translations(&["title", "place"])),
                ),
                nm..=nm,
            ),
            prop::collection::vec((date(), strings(), text(), extra()), 0..3),
            prop::collection::vec(item(nm), 0..6),
            extra(),
        )
            .prop_map(
                |(
                    (name, parties, cextra, zone, closure),
                    (languages, ctr, ws),
                    ms,
                    rs,
                    items,
                    extra,
                )| Ledger {
                    committee: Committee {
                        name,
                        translations: ctr,
                        parties,
                        zone,
                        closure,
                        languages,
                        workstreams: ws
                            .into_iter()
                            .map(|(name, language, translations)| Workstream {
                                name,
                                language,
                                translations,
                                extra: Extra::default(),
                            })
                            .collect(),
                        extra: cextra,
                    },
                    directory: Vec::new(),
                    meetings: ms
                        .into_iter()
                        .enumerate()
                        .map(
                            |(
                                i,
                                (
                                    (date, title, place, extra),
                                    (time, mzone),
                                    (language, translations),
                                ),
                            )| {
                                Meeting {
                                    id: format!("M{i}"),
                                    date,
                                    time: time.and_then(|(h, m)| {
                                        chrono::NaiveTime::from_hms_opt(h, m, 0)
                                    }),
                                    zone: mzone,
                                    title,
                                    place,
                                    language,
                                    translations,
                                    extra,
                                }
                            },
                        )
                        .collect(),
                    reviews: rs
                        .into_iter()
                        .map(|(date, attendees, summary, extra)| Review {
                            date,
                            attendees,
                            summary,
                            extra,
                        })
                        .collect(),
                    items: items
                        .into_iter()
                        .enumerate()
                        .map(|(i, it)| Item {
                            id: format!("I-{i}"),
                            ..it
                        })
                        .collect(),
                    conflicts: Vec::new(),
                    extra,
                },
            )
    })
}
