//! The letters that mean one thing in every prompt: the status keys (the
//! status picker, the item form's status field and the help all read
//! them here) and the answers to a yes/no prompt in each language.

use crate::base::lang::Lang;
use crate::ledger::Status;

/// The one set of status keys: `o` open, `i` in progress, `b` blocked,
/// `x` done (as `x` marks an item done in the table), `d` dropped.
pub const STATUS_KEYS: [(char, Status); 5] = [
    ('o', Status::Open),
    ('i', Status::InProgress),
    ('b', Status::Blocked),
    ('x', Status::Done),
    ('d', Status::Dropped),
];

/// The status a status key stands for.
pub fn status_for_key(c: char) -> Option<Status> {
    STATUS_KEYS
        .iter()
        .find(|(k, _)| *k == c.to_ascii_lowercase())
        .map(|(_, s)| *s)
}

/// The keys that answer "yes" in `lang`: `y` in every language, `s` (sí)
/// in Spanish, and in Korean `ㅛ`, what the `y` key types while a Korean
/// input method is on (so that a Korean user need not switch it off to
/// answer). Only the language's own: `s` never deletes in English.
pub fn yes_keys(lang: Lang) -> &'static [char] {
    match lang {
        Lang::En => &['y'],
        Lang::Es => &['y', 's'],
        Lang::Ko => &['y', 'ㅛ'],
    }
}

/// The keys that answer "no" in `lang`: `n`, and in Korean `ㅜ`, the `n`
/// key under a Korean input method.
pub fn no_keys(lang: Lang) -> &'static [char] {
    match lang {
        Lang::En | Lang::Es => &['n'],
        Lang::Ko => &['n', 'ㅜ'],
    }
}
