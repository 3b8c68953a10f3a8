//! Which language to speak: `--lang`, then `language` in the config, then the
//! locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, and GNU `LANGUAGE`), then English.
//! The languages themselves are plain values in [`crate::base::lang`]; what
//! a locale or the config's `language` names is read here.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

pub use crate::base::lang::Lang;
use crate::config::{Config, ConfigError};

impl Lang {
    /// The language a tag or POSIX locale names (`es`, `es-MX`, `es_MX.UTF-8`,
    /// `ko_KR.eucKR`, `ko`), or `None` for `C`, `POSIX` and languages
    /// followup does not speak (`fr_FR` → `None`).
    ///
    /// ```
    /// use followup::i18n::Lang;
    /// assert_eq!(Lang::from_locale("es_MX.UTF-8"), Some(Lang::Es));
    /// assert_eq!(Lang::from_locale("ko_KR.UTF-8"), Some(Lang::Ko));
    /// assert_eq!(Lang::from_locale("C.UTF-8"), None);
    /// assert_eq!(Lang::from_locale("fr_FR"), None);
    /// ```
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let requested = parse_locale(locale)?;
        let available: Vec<LanguageIdentifier> = Lang::ALL
            .iter()
            .map(|l| l.code().parse().expect("valid"))
            .collect();
        let chosen = negotiate_languages(
            &[requested],
            &available,
            None,
            NegotiationStrategy::Filtering,
        );
        let code = chosen.first()?.language.as_str().to_owned();
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }
}

impl std::str::FromStr for Lang {
    type Err = String;
    /// Parses `--lang` and the config's `language`: a code or a locale.
    fn from_str(s: &str) -> Result<Lang, String> {
        Lang::from_locale(s).ok_or_else(|| s.to_owned())
    }
}

/// The config's `language` setting, if any, as a language; one followup
/// does not speak is [`ConfigError::UnknownLanguage`].
pub fn configured_language(config: &Config) -> Result<Option<Lang>, ConfigError> {
    config
        .language
        .as_deref()
        .map(|l| {
            l.parse().map_err(|_| ConfigError::UnknownLanguage {
                value: l.to_owned(),
            })
        })
        .transpose()
}

/// A POSIX locale (`es_MX.UTF-8@euro`) or a BCP 47 tag as a language identifier;
/// `None` for `C`, `POSIX` and what cannot be parsed.
fn parse_locale(locale: &str) -> Option<LanguageIdentifier> {
    let bare = locale.split(['.', '@']).next()?.trim();
    if bare.is_empty() || bare == "C" || bare == "POSIX" {
        return None;
    }
    bare.replace('_', "-").parse().ok()
}

/// The language to speak: `flag` (`--lang`), then `config` (`language` in the
/// config file), then the locale read through `env`, then English.
///
/// The locale follows POSIX: the first set of `LC_ALL`, `LC_MESSAGES`, `LANG`
/// names the locale; when it is not `C`/`POSIX`, GNU's `LANGUAGE` list (`ko:en`)
/// is tried first.
pub fn negotiate(
    flag: Option<Lang>,
    config: Option<Lang>,
    env: impl Fn(&str) -> Option<String>,
) -> Lang {
    if let Some(l) = flag.or(config) {
        return l;
    }
    let set = |k: &str| env(k).filter(|v| !v.is_empty());
    let Some(locale) = set("LC_ALL")
        .or_else(|| set("LC_MESSAGES"))
        .or_else(|| set("LANG"))
    else {
        return Lang::En;
    };
    if parse_locale(&locale).is_none() {
        return Lang::En;
    }
    let listed = set("LANGUAGE").and_then(|list| list.split(':').find_map(Lang::from_locale));
    listed
        .or_else(|| Lang::from_locale(&locale))
        .unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| vars.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone())
    }

    #[test]
    fn locales_name_languages_whatever_their_region_and_encoding() {
        for (locale, lang) in [
            ("es_MX.UTF-8", Some(Lang::Es)),
            ("es_ES", Some(Lang::Es)),
            ("es", Some(Lang::Es)),
            ("es-419", Some(Lang::Es)),
            ("ko_KR.UTF-8", Some(Lang::Ko)),
            ("ko_KR.eucKR", Some(Lang::Ko)),
            ("ko", Some(Lang::Ko)),
            ("en_GB.UTF-8", Some(Lang::En)),
            ("de_DE.UTF-8@euro", None),
            ("fr_FR", None),
            ("C", None),
            ("C.UTF-8", None),
            ("POSIX", None),
            ("", None),
            ("!!", None),
        ] {
            assert_eq!(Lang::from_locale(locale), lang, "{locale}");
        }
    }

    #[test]
    fn flag_then_config_then_locale_then_english() {
        let es = with(&[("LANG", "es_MX.UTF-8")]);
        assert_eq!(negotiate(Some(Lang::Ko), Some(Lang::En), &es), Lang::Ko);
        assert_eq!(negotiate(None, Some(Lang::En), &es), Lang::En);
        assert_eq!(negotiate(None, None, &es), Lang::Es);
        assert_eq!(negotiate(None, None, with(&[])), Lang::En);
        assert_eq!(
            negotiate(None, None, with(&[("LANG", "fr_FR.UTF-8")])),
            Lang::En
        );
    }

    #[test]
    fn lc_all_beats_lc_messages_beats_lang_and_c_means_english() {
        let env = with(&[
            ("LC_ALL", "ko_KR.UTF-8"),
            ("LC_MESSAGES", "es_MX.UTF-8"),
            ("LANG", "en_US.UTF-8"),
        ]);
        assert_eq!(negotiate(None, None, env), Lang::Ko);
        let env = with(&[("LC_MESSAGES", "es_MX.UTF-8"), ("LANG", "ko_KR.UTF-8")]);
        assert_eq!(negotiate(None, None, env), Lang::Es);
        let env = with(&[("LC_ALL", "C"), ("LANG", "ko_KR.UTF-8")]);
        assert_eq!(negotiate(None, None, env), Lang::En);
        let env = with(&[("LC_ALL", ""), ("LANG", "ko_KR.UTF-8")]);
        assert_eq!(negotiate(None, None, env), Lang::Ko, "empty means unset");
    }

    #[test]
    fn gnu_language_list_is_tried_first_unless_the_locale_is_c() {
        let env = with(&[("LANGUAGE", "fr:ko:en"), ("LANG", "es_MX.UTF-8")]);
        assert_eq!(negotiate(None, None, env), Lang::Ko);
        let env = with(&[("LANGUAGE", "ko"), ("LANG", "C.UTF-8")]);
        assert_eq!(negotiate(None, None, env), Lang::En);
    }

    #[test]
    fn the_flag_takes_codes_and_locales() {
        assert_eq!("es".parse::<Lang>(), Ok(Lang::Es));
        assert_eq!("ko-KR".parse::<Lang>(), Ok(Lang::Ko));
        assert!("fr".parse::<Lang>().is_err());
    }
}
