//! The catalog is complete: every message exists in every language with the
//! same placeholders, and every message id the source uses exists.

mod common;

use common::catalogs::messages;
use std::collections::BTreeSet;
use std::path::Path;

const LANGS: [&str; 3] = ["en", "es", "ko"];

/// Every Fluent file in `locales/` is one the binary embeds.
#[test]
fn every_fluent_file_is_embedded() {
    let catalog =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n/catalog.rs"))
            .unwrap();
    for lang in LANGS {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("locales/{lang}"));
        for file in std::fs::read_dir(&dir).unwrap() {
            let name = file.unwrap().file_name().into_string().unwrap();
            assert!(
                catalog.contains(&format!("\"/{name}\"")),
                "locales/{lang}/{name} is not listed in sources! (src/i18n/catalog.rs)"
            );
        }
    }
}

#[test]
fn every_message_exists_in_every_language_with_the_same_placeholders() {
    let en = messages("en");
    assert!(!en.is_empty());
    for lang in &LANGS[1..] {
        let other = messages(lang);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang} has ids English lacks: {extra:?}");
        for (id, vars) in &en {
            // A language may leave a count implicit (Korean needs no plural
            // form), but never use a placeholder English does not pass.
            let theirs = &other[id];
            assert!(
                theirs.is_subset(vars),
                "{lang} `{id}` uses {theirs:?}, English passes {vars:?}"
            );
            let dropped: Vec<_> = vars.difference(theirs).filter(|v| *v != "n").collect();
            assert!(dropped.is_empty(), "{lang} `{id}` leaves out {dropped:?}");
        }
    }
}

/// Every `tr!(…, "id"…)` in the source names a message of the catalog.
#[test]
fn every_message_id_used_in_the_source_exists() {
    let en = messages("en");
    let mut used = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let src = std::fs::read_to_string(&path).unwrap();
                for (at, _) in src.match_indices("tr!(") {
                    let rest = &src[at..];
                    let Some(q) = rest.find('"') else { continue };
                    let id: String = rest[q + 1..].chars().take_while(|c| *c != '"').collect();
                    if id
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == '-' || c.is_ascii_digit())
                    {
                        used.insert((id, path.display().to_string()));
                    }
                }
            }
        }
    }
    assert!(!used.is_empty(), "the scan found no tr! calls");
    let missing: Vec<_> = used.iter().filter(|(id, _)| !en.contains_key(id)).collect();
    assert!(
        missing.is_empty(),
        "ids used but not in the catalog: {missing:?}"
    );
}

/// Every message of the catalog is said somewhere: its id is in the source
/// as a literal (`"cli-created"`), begins with a prefix the source builds
/// ids from (`format!("help-{s}")`), or is a literal id with a suffix the
/// source adds (`format!("{id}-short")`). A message nothing says is dead text
/// that no native reader should have to keep in step.
#[test]
fn every_message_of_the_catalog_is_used() {
    let mut literals = BTreeSet::new();
    let mut prefixes = BTreeSet::new();
    let mut suffixes = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let src = std::fs::read_to_string(&path).unwrap();
            for quoted in src.split('"').skip(1).step_by(2) {
                match quoted.split_once('{') {
                    Some((prefix, _)) if prefix.ends_with('-') => {
                        prefixes.insert(prefix.to_owned());
                    }
                    Some(("", rest)) if rest.contains("}-") => {
                        let suffix = &rest[rest.find("}-").unwrap() + 1..];
                        suffixes.insert(suffix.to_owned());
                    }
                    _ => {
                        literals.insert(quoted.to_owned());
                    }
                }
            }
        }
    }
    let unused: Vec<String> = messages("en")
        .into_keys()
        .filter(|id| !literals.contains(id) && !prefixes.iter().any(|p| id.starts_with(p)))
        .filter(|id| {
            !suffixes.iter().any(|x| {
                id.strip_suffix(x.as_str())
                    .is_some_and(|stem| literals.contains(stem))
            })
        })
        .collect();
    assert!(unused.is_empty(), "messages nothing says: {unused:?}");
}
