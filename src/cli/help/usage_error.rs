//! clap's usage errors in the user's language: what was wrong (naming the
//! argument and the value), the accepted values or a suggestion, the usage
//! line and where to read more. clap's own English wording is never shown.

use super::Refused;
use super::localize::CLAP_USAGE;
use crate::i18n::Catalog;
use crate::tr;
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// The error `e` in the language of `cat`, on several lines.
pub(super) fn words(e: &clap::Error, cat: &Catalog) -> String {
    let mut text = what(e, cat);
    for tip in tips(e, cat) {
        text.push_str("\n  ");
        text.push_str(&tip);
    }
    if let Some(usage) = one(e, ContextKind::Usage) {
        let usage = usage.strip_prefix(CLAP_USAGE).unwrap_or(&usage);
        text.push_str(&format!("\n\n{} {usage}", tr!(cat, "help-usage")));
    }
    text.push_str("\n\n");
    text.push_str(&tr!(cat, "help-error-more"));
    text
}

/// A context of `e` that is one text.
fn one(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        _ => None,
    }
}

/// A context of `e` that is a list of texts (or one), in backquotes.
fn many(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    let quoted = |s: &str| format!("`{s}`");
    match e.get(kind) {
        Some(ContextValue::Strings(v)) => v.iter().map(|s| quoted(s)).collect(),
        Some(ContextValue::String(s)) => vec![quoted(s)],
        _ => Vec::new(),
    }
}

/// A context of `e` that is a number.
fn number(e: &clap::Error, kind: ContextKind) -> isize {
    match e.get(kind) {
        Some(ContextValue::Number(n)) => *n,
        _ => 0,
    }
}

/// What was wrong, on one line.
fn what(e: &clap::Error, cat: &Catalog) -> String {
    let arg = one(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = one(e, ContextKind::InvalidValue).unwrap_or_default();
    match e.kind() {
        ErrorKind::InvalidValue if value.is_empty() => {
            tr!(cat, "help-error-value-required", arg = arg)
        }
        ErrorKind::InvalidValue if arg == help_topic(cat) => {
            tr!(cat, "help-error-unknown-command", name = value)
        }
        ErrorKind::InvalidValue => {
            let said = tr!(cat, "help-error-invalid-value", value = value, arg = arg);
            match many(e, ContextKind::ValidValue) {
                v if v.is_empty() => said,
                v => tr!(
                    cat,
                    "help-error-accepted",
                    error = said,
                    values = v.join(", ")
                ),
            }
        }
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(e).map(|s| match s.downcast_ref::<Refused>() {
                Some(r) => r.words(cat),
                None => s.to_string(),
            });
            // The reason names the value itself (`invalid date `xx``).
            tr!(
                cat,
                "help-error-refused-value",
                arg = arg,
                why = why.unwrap_or_else(|| format!("`{value}`"))
            )
        }
        ErrorKind::UnknownArgument => tr!(cat, "help-error-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => tr!(
            cat,
            "help-error-unknown-command",
            name = one(e, ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::MissingRequiredArgument => tr!(
            cat,
            "help-error-missing",
            args = many(e, ContextKind::InvalidArg).join(", ")
        ),
        ErrorKind::MissingSubcommand => tr!(
            cat,
            "help-error-missing-command",
            commands = many(e, ContextKind::ValidSubcommand).join(", ")
        ),
        ErrorKind::ArgumentConflict => conflict(e, cat, &arg),
        ErrorKind::NoEquals => tr!(cat, "help-error-no-equals", arg = arg),
        ErrorKind::TooManyValues => {
            tr!(cat, "help-error-too-many-values", value = value, arg = arg)
        }
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let expected = match e.kind() {
                ErrorKind::TooFewValues => number(e, ContextKind::MinValues),
                _ => number(e, ContextKind::ExpectedNumValues),
            };
            tr!(
                cat,
                "help-error-number-of-values",
                arg = arg,
                expected = expected,
                given = number(e, ContextKind::ActualNumValues)
            )
        }
        ErrorKind::InvalidUtf8 => tr!(cat, "help-error-utf8"),
        _ => tr!(cat, "help-error-other"),
    }
}

/// How clap names the argument of `followup help` in its errors.
fn help_topic(cat: &Catalog) -> String {
    format!("[{}]", tr!(cat, "help-command-name"))
}

/// Two arguments given together that exclude each other, or one given twice.
fn conflict(e: &clap::Error, cat: &Catalog, arg: &str) -> String {
    let prior = many(e, ContextKind::PriorArg);
    if prior.is_empty() || prior == [format!("`{arg}`")] {
        tr!(cat, "help-error-repeated", arg = arg)
    } else {
        tr!(
            cat,
            "help-error-conflict",
            arg = arg,
            others = prior.join(", ")
        )
    }
}

/// What the user may have meant, one line each.
fn tips(e: &clap::Error, cat: &Catalog) -> Vec<String> {
    let mut out = Vec::new();
    for kind in [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ] {
        let meant = many(e, kind);
        if !meant.is_empty() {
            out.push(tr!(
                cat,
                "help-error-did-you-mean",
                meant = meant.join(", ")
            ));
        }
    }
    if let Some(ContextValue::StyledStrs(tips)) = e.get(ContextKind::Suggested) {
        out.extend(tips.iter().filter_map(|t| tip(&t.to_string(), cat)));
    }
    out
}

/// One of clap's English tips, recognised by its form and said again
/// (a tip of another form is left out rather than shown in English).
fn tip(text: &str, cat: &Catalog) -> Option<String> {
    let quoted: Vec<&str> = text.split('\'').skip(1).step_by(2).collect();
    match quoted.as_slice() {
        [arg, how] if text.starts_with("to pass ") => {
            Some(tr!(cat, "help-error-as-value", arg = *arg, how = *how))
        }
        [name, _] if text.starts_with("subcommand ") => {
            Some(tr!(cat, "help-error-no-dashes", name = *name))
        }
        [meant] if text.ends_with(" exists") => Some(tr!(
            cat,
            "help-error-did-you-mean",
            meant = format!("`{meant}`")
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, catalog};

    #[test]
    fn clap_s_tips_are_said_again_or_left_out() {
        let es = catalog(Lang::Es);
        let as_value = tip("to pass '-x' as a value, use '-- -x'", es).unwrap();
        assert!(
            as_value.contains("`-x`") && as_value.contains("`-- -x`"),
            "{as_value}"
        );
        let exists = tip("'list --json' exists", es).unwrap();
        assert!(exists.contains("`list --json`"), "{exists}");
        let dashes = tip(
            "subcommand 'list' exists; to use it, remove the '--' before it",
            es,
        )
        .unwrap();
        assert!(dashes.contains("`list`"), "{dashes}");
        assert_eq!(tip("some new tip of clap's", es), None);
    }
}
