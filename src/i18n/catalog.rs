//! One Fluent bundle per language, built once when first used, looked up by message id.

use super::Lang;
use super::particles::Particle;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock, PoisonError};

/// The Fluent files of a language, embedded in the binary: `locales/LANG/FILE.ftl`
/// for each file name here (one per part of the tool).
macro_rules! sources {
    ($lang:literal) => {
        [
            include_str!(concat!("../../locales/", $lang, "/followup.ftl")),
            include_str!(concat!("../../locales/", $lang, "/spreadsheets.ftl")),
            include_str!(concat!("../../locales/", $lang, "/cli.ftl")),
            include_str!(concat!("../../locales/", $lang, "/help.ftl")),
            include_str!(concat!("../../locales/", $lang, "/errors.ftl")),
            include_str!(concat!("../../locales/", $lang, "/outreach.ftl")),
            include_str!(concat!("../../locales/", $lang, "/report.ftl")),
            include_str!(concat!("../../locales/", $lang, "/dashboard.ftl")),
            include_str!(concat!("../../locales/", $lang, "/sync.ftl")),
            include_str!(concat!("../../locales/", $lang, "/record.ftl")),
            include_str!(concat!("../../locales/", $lang, "/parties.ftl")),
            include_str!(concat!("../../locales/", $lang, "/closure.ftl")),
            include_str!(concat!("../../locales/", $lang, "/history.ftl")),
            include_str!(concat!("../../locales/", $lang, "/themes.ftl")),
            include_str!(concat!("../../locales/", $lang, "/focus.ftl")),
            include_str!(concat!("../../locales/", $lang, "/hosting.ftl")),
            include_str!(concat!("../../locales/", $lang, "/portfolio.ftl")),
            include_str!(concat!("../../locales/", $lang, "/keys.ftl")),
            include_str!(concat!("../../locales/", $lang, "/desk.ftl")),
        ]
    };
}

/// The Fluent sources of each language.
const SOURCES: [(Lang, &[&str]); 3] = [
    (Lang::En, &sources!("en")),
    (Lang::Es, &sources!("es")),
    (Lang::Ko, &sources!("ko")),
];

/// The messages of one language, its files parsed at the first message
/// asked for (a command that says nothing, `list --json`, parses none).
pub struct Catalog {
    lang: Lang,
    files: &'static [&'static str],
    bundle: OnceLock<FluentBundle<FluentResource>>,
    /// The messages without arguments worded so far, by id: the dashboard
    /// asks for the same labels on every frame.
    plain: Mutex<HashMap<String, String>>,
}

/// The catalog of `lang`, built on its first use: a command in one
/// language parses that language's files only (a third of the start).
pub fn catalog(lang: Lang) -> &'static Catalog {
    static CATALOGS: [OnceLock<Catalog>; 3] = [const { OnceLock::new() }; 3];
    let k = SOURCES
        .iter()
        .position(|(l, _)| *l == lang)
        .expect("every language");
    CATALOGS[k].get_or_init(|| Catalog::new(SOURCES[k].0, SOURCES[k].1))
}

impl Catalog {
    fn new(lang: Lang, files: &'static [&'static str]) -> Catalog {
        Catalog {
            lang,
            files,
            bundle: OnceLock::new(),
            plain: Mutex::default(),
        }
    }

    /// The language's messages, parsed on first use.
    fn bundle(&self) -> &FluentBundle<FluentResource> {
        self.bundle.get_or_init(|| bundle(self.lang, self.files))
    }

    /// The language of this catalog.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id` without arguments (use [`crate::tr!`]).
    pub fn text(&self, id: &str) -> String {
        let mut plain = self.plain.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(text) = plain.get(id) {
            return text.clone();
        }
        let text = self.lookup(id, None);
        plain.insert(id.to_owned(), text.clone());
        text
    }

    /// The message `id` with `args` (use [`crate::tr!`]).
    pub fn format(&self, id: &str, args: &FluentArgs) -> String {
        self.lookup(id, Some(args))
    }

    /// True when the catalog has message `id` (for tests).
    pub fn has(&self, id: &str) -> bool {
        self.bundle().has_message(id)
    }

    fn lookup(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let bundle = self.bundle();
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            // Tests guarantee every id exists in every language; a release
            // still shows something readable rather than panicking.
            debug_assert!(false, "message `{id}` missing in {}", self.lang.code());
            return id.to_owned();
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        debug_assert!(
            errors.is_empty(),
            "message `{id}` in {}: {errors:?}",
            self.lang.code()
        );
        text.into_owned()
    }
}

/// The messages of `lang` from its Fluent `files`.
fn bundle(lang: Lang, files: &[&str]) -> FluentBundle<FluentResource> {
    let id = lang.code().parse().expect("valid language code");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Bidi isolation marks would reach the terminal (and be shown as
    // escapes there): the catalog's placeholders are plain text.
    bundle.set_use_isolating(false);
    bundle
        .add_function("PARTICLE", particle)
        .expect("one PARTICLE function");
    for source in files {
        let resource = FluentResource::try_new((*source).to_owned())
            .unwrap_or_else(|(_, errors)| panic!("locales/{}: {errors:?}", lang.code()));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("locales/{}: {errors:?}", lang.code()));
    }
    bundle
}

/// `PARTICLE($value, "을")`: the form of a Korean particle (named by either
/// of its forms) that follows `$value` ([`Particle::after`]).
fn particle<'a>(positional: &[FluentValue<'a>], _: &FluentArgs) -> FluentValue<'a> {
    let text = |v: &FluentValue| match v {
        FluentValue::String(s) => s.to_string(),
        FluentValue::Number(n) => n.as_string().into_owned(),
        _ => String::new(),
    };
    match positional {
        [value, form] => match Particle::named(&text(form)) {
            Some(p) => FluentValue::from(p.after(&text(value))),
            None => FluentValue::Error,
        },
        _ => FluentValue::Error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tr;

    #[test]
    fn korean_particles_follow_the_value_in_the_catalog() {
        let ko = catalog(Lang::Ko);
        assert_eq!(
            tr!(ko, "out-renamed", from = "JC2-01", to = "JC2-03"),
            "JC2-01 → JC2-03으로 ID 변경됨"
        );
        assert_eq!(
            tr!(ko, "out-renamed", from = "JC2-03", to = "JC2-07"),
            "JC2-03 → JC2-07로 ID 변경됨"
        );
        assert_eq!(
            tr!(ko, "msg-already-done", id = "JC2-03"),
            "JC2-03은 이미 완료되었습니다"
        );
        assert_eq!(
            tr!(ko, "imp-renumbered", old = "JC2-02", new = "JC2-09"),
            "JC2-02가 관리대장에도 추가되어 있어 시트의 행은 JC2-09로 바꾸었습니다"
        );
        assert_eq!(
            tr!(ko, "rule-unknown-meeting", id = "SMBA"),
            "회의 `SMBA`가 `meetings`에 없습니다"
        );
        assert!(tr!(ko, "small-size", w = 70, h = 20, minw = 80, minh = 24).contains("80×24가"));
        // No fixed 을(를) and the like are left after a placeholder.
        for (path, src) in SOURCES[2].1.iter().enumerate() {
            for combined in [
                "}을(를)",
                "}이(가)",
                "}은(는)",
                "}와(과)",
                "}(으)로",
                "}`을(를)",
            ] {
                assert!(!src.contains(combined), "ko file {path}: {combined}");
            }
        }
    }
}
