//! The command line's definition with every text in the user's language:
//! abouts, argument helps, headings, value descriptions, usage lines and
//! clap's own words (Usage, Options, Print help…), all from the catalog
//! (`locales/*/help.ftl`). Argument helps are found by name:
//! `help-arg-COMMAND-ARG` (`help-arg-list-due-within`), `help-arg-ARG` for
//! the top level's, and `…-VALUE` for a value's description.

use crate::base::text::width;
use crate::cli::Cli;
use crate::cli::git_setup::CiHost;
use crate::cli::interchange::SheetFormat;
use crate::cli::report::Format;
use crate::i18n::{Catalog, Lang, catalog};
use crate::tr;
use clap::builder::{EnumValueParser, PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Arg, ArgAction, Command, CommandFactory, ValueEnum};
use std::any::TypeId;
use std::marker::PhantomData;

/// The `help` subcommand's name, and its argument's.
pub(super) const HELP: &str = "help";
pub(super) const HELP_TOPIC: &str = "command";

/// How clap heads the usage line it writes (replaced by the catalog's).
pub(super) const CLAP_USAGE: &str = "Usage: ";

/// Whether the definition has the `help` subcommand: the manual pages
/// leave it out (it has no page of its own).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum HelpSubcommand {
    Included,
    LeftOut,
}

/// The command line's definition with every text in `lang`.
pub fn command(lang: Lang) -> Command {
    localized(catalog(lang), HelpSubcommand::Included)
}

/// The definition in the language of `cat`, with or without `help`.
pub(super) fn localized(cat: &Catalog, help: HelpSubcommand) -> Command {
    let mut root = Cli::command()
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .global(true),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version),
        )
        .about(tr!(cat, "help-about"))
        .long_about(None)
        .after_help(tr!(cat, "help-after"))
        .subcommand_help_heading(tr!(cat, "help-heading-commands"))
        .subcommand_value_name(tr!(cat, "help-command-name"));
    if help == HelpSubcommand::Included {
        // `help help` is a topic too: it shows the help of `help`.
        let topics: Vec<String> = root
            .get_subcommands()
            .map(|s| s.get_name().to_owned())
            .chain([HELP.to_owned()])
            .collect();
        root = root.subcommand(
            Command::new(HELP).arg(
                Arg::new(HELP_TOPIC)
                    .value_name(tr!(cat, "help-command-name"))
                    .value_parser(PossibleValuesParser::new(topics)),
            ),
        );
    }
    let root = texts(root, cat, None).mut_subcommands(|s| {
        let name = s.get_name().to_owned();
        texts(s, cat, Some(&name))
    });
    with_usages(root, cat)
}

/// The about, after-help, template and argument texts of `cmd` (the
/// subcommand `sub`, or the top level).
fn texts(cmd: Command, cat: &Catalog, sub: Option<&str>) -> Command {
    let prefix = match sub {
        Some(s) => format!("help-arg-{s}-"),
        None => "help-arg-".to_owned(),
    };
    let template = template(&cmd, cat);
    let mut cmd = cmd.help_template(template).mut_args(|a| {
        let id = format!("{prefix}{}", a.get_id().as_str().replace('_', "-"));
        arg_texts(a, cat, &id)
    });
    if let Some(usage) = cmd.get_overridden_usage() {
        let usage = placeholder_words(&usage.to_string(), cat);
        cmd = cmd.override_usage(usage);
    }
    if let Some(s) = sub {
        cmd = cmd.about(cat.text(&format!("help-{s}"))).long_about(None);
        let after = format!("help-{s}-after");
        if cat.has(&after) {
            cmd = cmd.after_help(cat.text(&after));
        }
    }
    cmd
}

/// clap's help page with the catalog's headings: the usage line, then the
/// commands, the arguments and the options (in this order whatever the
/// order of their definitions), then the after-help.
fn template(cmd: &Command, cat: &Catalog) -> String {
    let styles = cmd.get_styles();
    let (usage, header) = (styles.get_usage(), styles.get_header());
    let heading = |id: &str| {
        let words = match id {
            "commands" => tr!(cat, "help-heading-commands"),
            "arguments" => tr!(cat, "help-heading-arguments"),
            _ => tr!(cat, "help-heading-options"),
        };
        format!("{}{words}:{}\n", header.render(), header.render_reset())
    };
    let mut t = format!(
        "{{before-help}}{{about-with-newline}}\n{}{}{} {{usage}}\n\n",
        usage.render(),
        tr!(cat, "help-usage"),
        usage.render_reset()
    );
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        t += &heading("commands");
        t += "{subcommands}\n\n";
    }
    if cmd.get_positionals().any(|a| !a.is_hide_set()) {
        t += &heading("arguments");
        t += "{positionals}\n\n";
    }
    t += &heading("options");
    t += "{options}{after-help}";
    t
}

/// An argument's help line (message `id`) under its heading; its default
/// and accepted values are said by the help line itself, in words.
fn arg_texts(arg: Arg, cat: &Catalog, id: &str) -> Arg {
    let heading = if arg.is_positional() {
        tr!(cat, "help-heading-arguments")
    } else {
        tr!(cat, "help-heading-options")
    };
    let takes_values = arg.get_action().takes_values();
    let arg = if takes_values {
        value_names(arg, cat)
    } else {
        arg
    };
    let arg = arg
        .help(cat.text(id))
        .long_help(None)
        .help_heading(heading)
        .hide_default_value(takes_values)
        .hide_possible_values(takes_values);
    let of = arg.get_value_parser().type_id();
    if of == TypeId::of::<Format>() {
        arg.value_parser(Described::<Format>::new(cat, id))
    } else if of == TypeId::of::<SheetFormat>() {
        arg.value_parser(Described::<SheetFormat>::new(cat, id))
    } else if of == TypeId::of::<CiHost>() {
        arg.value_parser(Described::<CiHost>::new(cat, id))
    } else {
        arg
    }
}

/// A placeholder (`PATH`, `FIELD=VALUE`) in the user's language: message
/// `help-value-NAME` (`help-value-field-value`) when the catalog has it;
/// names that are the same in every language (`ID`) and the merge driver's
/// git terms (`BASE`, `OURS`, `THEIRS`) have none and stay as they are.
fn placeholder(name: &str, cat: &Catalog) -> String {
    let key = format!(
        "help-value-{}",
        name.to_lowercase().replace(['=', '_'], "-")
    );
    if cat.has(&key) {
        cat.text(&key)
    } else {
        name.to_owned()
    }
}

/// The argument's placeholders ([`placeholder`]) in the user's language.
fn value_names(arg: Arg, cat: &Catalog) -> Arg {
    let names: Vec<String> = match arg.get_value_names() {
        Some(names) => names.iter().map(ToString::to_string).collect(),
        None => vec![arg.get_id().as_str().to_uppercase()],
    };
    let local: Vec<String> = names.iter().map(|n| placeholder(n, cat)).collect();
    if local == names {
        arg
    } else {
        arg.value_names(local)
    }
}

/// A usage line written by hand (`followup resolve ID PATH ours|theirs`,
/// on one line or several) with its placeholders ([`placeholder`]: its upper-case words) in the
/// user's language, as the arguments' are.
fn placeholder_words(usage: &str, cat: &Catalog) -> String {
    let words = |line: &str| {
        line.split(' ')
            .map(|w| {
                // `N]` in `[--note N]` is the placeholder `N`.
                let name = w.trim_end_matches(']');
                let upper = !name.is_empty() && name.chars().all(|c| c.is_ascii_uppercase());
                if upper {
                    placeholder(name, cat) + &w[name.len()..]
                } else {
                    w.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    usage.split('\n').map(words).collect::<Vec<_>>().join("\n")
}

/// The values of an enumeration, read as clap reads them, described in the
/// user's language (completions show the descriptions).
#[derive(Clone)]
struct Described<E> {
    values: Vec<PossibleValue>,
    kind: PhantomData<fn() -> E>,
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> Described<E> {
    /// Each value's description is message `ID-VALUE` when the catalog has it.
    fn new(cat: &Catalog, id: &str) -> Self {
        let values = E::value_variants()
            .iter()
            .filter_map(ValueEnum::to_possible_value)
            .map(|v| {
                let key = format!("{id}-{}", v.get_name());
                if cat.has(&key) {
                    v.help(cat.text(&key))
                } else {
                    v
                }
            })
            .collect();
        Described {
            values,
            kind: PhantomData,
        }
    }
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> TypedValueParser for Described<E> {
    type Value = E;

    fn parse_ref(
        &self,
        cmd: &Command,
        arg: Option<&Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<E, clap::Error> {
        EnumValueParser::<E>::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.values.iter().cloned()))
    }
}

/// Every command's usage line as clap writes it, in the user's language.
fn with_usages(root: Command, cat: &Catalog) -> Command {
    let mut built = root.clone();
    built.build();
    let top = usage_line(&mut built, cat);
    let subs: Vec<(String, String)> = built
        .get_subcommands_mut()
        .map(|s| (s.get_name().to_owned(), usage_line(s, cat)))
        .collect();
    subs.into_iter()
        .fold(root.override_usage(top), |cmd, (name, usage)| {
            cmd.mut_subcommand(name, |s| s.override_usage(usage))
        })
}

/// The usage line of a built `cmd` without clap's heading, `[OPTIONS]` and
/// the indentation of a second line in the language of `cat`.
fn usage_line(cmd: &mut Command, cat: &Catalog) -> String {
    let usage = cmd.render_usage().to_string();
    let usage = usage.strip_prefix(CLAP_USAGE).unwrap_or(&usage);
    let indent = " ".repeat(width(&tr!(cat, "help-usage")) + 1);
    usage
        .replace("[OPTIONS]", &tr!(cat, "help-usage-options"))
        .replace(
            &format!("\n{}", " ".repeat(CLAP_USAGE.len())),
            &format!("\n{indent}"),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_builds_a_valid_command_line() {
        for lang in Lang::ALL {
            command(lang).debug_assert();
            localized(catalog(lang), HelpSubcommand::LeftOut).debug_assert();
        }
    }
}
