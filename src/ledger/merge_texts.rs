//! Pieces of the three-way merge that work on maps: the union of their keys,
//! and translations merged per text and language, each translation one value.

use super::model::Conflict;
use super::path::{FieldPath, PathSegment};
use serde_json::{Map, Value};
use std::collections::HashSet;

/// Keys of the maps, in first-seen order.
pub(super) fn union_keys(maps: &[&Map<String, Value>]) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut keys = Vec::new();
    for m in maps {
        for k in m.keys() {
            if seen.insert(k.as_str()) {
                keys.push(k.clone());
            }
        }
    }
    keys
}

/// Merges translations (text key → language → translation) with each
/// translation as one value: two capitals translating different texts or
/// languages combine; two different translations of one text into one
/// language are a conflict at `translations.KEY.LANG`.
pub(super) fn merge_translations(
    path: &FieldPath,
    b: Option<&Value>,
    o: Option<&Value>,
    t: Option<&Value>,
    conflicts: &mut Vec<Conflict>,
) -> Option<Value> {
    if o == t || t == b {
        return o.cloned();
    }
    if o == b {
        return t.cloned();
    }
    static EMPTY: std::sync::LazyLock<Map<String, Value>> = std::sync::LazyLock::new(Map::new);
    fn map(v: Option<&Value>) -> &Map<String, Value> {
        v.and_then(Value::as_object).unwrap_or(&EMPTY)
    }
    let (bm, om, tm) = (map(b), map(o), map(t));
    let mut out = Map::new();
    for key in union_keys(&[om, tm, bm]) {
        let (bl, ol, tl) = (map(bm.get(&key)), map(om.get(&key)), map(tm.get(&key)));
        let mut langs = Map::new();
        for lang in union_keys(&[ol, tl, bl]) {
            let (bv, ov, tv) = (bl.get(&lang), ol.get(&lang), tl.get(&lang));
            let v = if ov == tv || tv == bv {
                ov
            } else if ov == bv {
                tv
            } else {
                conflicts.push(Conflict {
                    field: path
                        .child(PathSegment::Key(key.clone()))
                        .child(PathSegment::Key(lang.clone())),
                    base: bv.cloned().unwrap_or(Value::Null),
                    ours: ov.cloned().unwrap_or(Value::Null),
                    theirs: tv.cloned().unwrap_or(Value::Null),
                });
                ov
            };
            if let Some(v) = v {
                langs.insert(lang, v.clone());
            }
        }
        if !langs.is_empty() {
            out.insert(key, Value::Object(langs));
        }
    }
    (!out.is_empty()).then_some(Value::Object(out))
}
