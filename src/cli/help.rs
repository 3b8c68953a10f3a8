//! The command line in the user's language: `--help`, usage errors, shell
//! completions and the manual page, all from one localized definition.
//!
//! clap's texts are set from the catalog before parsing, so the language is
//! read from the raw arguments first ([`lang_flag`]).

mod localize;
mod manual;
mod refused;
mod usage_error;

pub use localize::command;
pub use manual::ManArgs;
pub(super) use manual::man;
pub use refused::Refused;

use super::Cli;
use crate::i18n::{Lang, catalog};
use clap::FromArgMatches;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use std::ffi::OsString;
use std::io::Write;

/// The `--lang` given among `args`, if any and valid (`--lang es`, `--lang=ko`).
/// An invalid value is left for clap to refuse.
pub fn lang_flag(args: &[OsString]) -> Option<Lang> {
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    let mut found = None;
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let value = match a.strip_prefix("--lang") {
            Some("") => it.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        };
        if let Some(v) = value {
            found = v.parse().ok().or(found);
        }
    }
    found
}

/// Reads the command line. `--help`, `--version` and `help COMMAND` are
/// printed on standard output, usage errors on standard error in `lang`;
/// both end the program with the exit code returned (0, or 1 for a usage
/// error, as `--help` documents).
pub fn parse(args: &[OsString], lang: Lang) -> Result<Cli, u8> {
    // A command line that reads as written needs no text: the definition
    // in the user's language (every help text worded from the catalog) is
    // built only for help, the version or an error.
    match <Cli as clap::Parser>::try_parse_from(args) {
        Ok(cli) => return Ok(cli),
        // The version reads the same in every language.
        Err(e) if e.kind() == ErrorKind::DisplayVersion => return Err(shown(&e, lang)),
        Err(_) => {}
    }
    // Built again for `help COMMAND` rather than copied for every command.
    let matches = command(lang)
        .try_get_matches_from(args)
        .map_err(|e| shown(&e, lang))?;
    if let Some((localize::HELP, asked)) = matches.subcommand() {
        // `followup help list` is `followup list --help`.
        let mut again: Vec<OsString> = args.iter().take(1).cloned().collect();
        again.extend(
            asked
                .get_one::<String>(localize::HELP_TOPIC)
                .map(OsString::from),
        );
        again.push("--help".into());
        return Err(match command(lang).try_get_matches_from(again) {
            Err(e) => shown(&e, lang),
            Ok(_) => 0,
        });
    }
    Cli::from_arg_matches(&matches).map_err(|e| shown(&e, lang))
}

/// Prints what clap stopped on and returns the exit code.
fn shown(e: &clap::Error, lang: Lang) -> u8 {
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            u8::from(e.use_stderr())
        }
        _ => {
            let text = usage_error::words(e, catalog(lang));
            // Not `eprintln!`, which panics when the terminal is gone.
            let _ = writeln!(std::io::stderr(), "followup: {text}");
            1
        }
    }
}

/// The commands whose names are close to `name`, as clap suggests them.
pub(super) fn similar_commands(name: &str) -> Vec<String> {
    let cmd = <Cli as clap::CommandFactory>::command();
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    let known = PossibleValuesParser::new(names);
    match known.parse_ref(&cmd, None, std::ffi::OsStr::new(name)) {
        Err(e) => match e.get(ContextKind::SuggestedValue) {
            Some(ContextValue::String(meant)) => vec![meant.clone()],
            _ => Vec::new(),
        },
        Ok(_) => Vec::new(),
    }
}

/// Prints the completion script for `shell`.
pub(super) fn completions(shell: clap_complete::Shell, lang: Lang) {
    let mut cmd = command(lang);
    clap_complete::generate(shell, &mut cmd, "followup", &mut std::io::stdout());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<OsString> {
        a.iter().map(OsString::from).collect()
    }

    #[test]
    fn a_command_line_reads_the_same_without_its_texts() {
        let localized = |a: &[OsString], lang| {
            let m = command(lang).try_get_matches_from(a).unwrap();
            format!("{:?}", Cli::from_arg_matches(&m).unwrap())
        };
        for line in [
            "followup list --json",
            "followup -f l.json list --status open --sort id --due-within 2w --wide",
            "followup --lang es report --format json --since 2026-11-01",
            "followup set JC3-1 status=done due=2026-12-01",
            "followup export --format csv -o out.csv",
            "followup check --strict l.json",
            "followup lsit",
            "followup",
        ] {
            let a = args(&line.split(' ').collect::<Vec<_>>());
            let plain = <Cli as clap::Parser>::try_parse_from(&a).expect(line);
            for lang in [Lang::En, Lang::Es, Lang::Ko] {
                assert_eq!(format!("{plain:?}"), localized(&a, lang), "{line}");
            }
        }
        // Help and mistakes are left to the worded definition.
        for line in [
            "followup --help",
            "followup help list",
            "followup list --bad",
        ] {
            let a = args(&line.split(' ').collect::<Vec<_>>());
            let e = <Cli as clap::Parser>::try_parse_from(&a).unwrap_err();
            assert_ne!(e.kind(), ErrorKind::DisplayVersion, "{line}");
        }
        // The version is written as the worded definition writes it.
        for line in ["followup -V", "followup --version", "followup --lang ko -V"] {
            let a = args(&line.split(' ').collect::<Vec<_>>());
            let plain = <Cli as clap::Parser>::try_parse_from(&a).unwrap_err();
            assert_eq!(plain.kind(), ErrorKind::DisplayVersion, "{line}");
            for lang in [Lang::En, Lang::Es, Lang::Ko] {
                let worded = command(lang).try_get_matches_from(&a).unwrap_err();
                assert_eq!(plain.render().to_string(), worded.render().to_string());
            }
        }
    }

    #[test]
    fn a_mistyped_command_finds_the_one_meant() {
        assert_eq!(similar_commands("lsit"), ["list"]);
        assert_eq!(similar_commands("remnd"), ["remind"]);
        assert!(similar_commands("ledger-2026").is_empty());
    }

    #[test]
    fn the_language_flag_is_found_before_parsing() {
        assert_eq!(
            lang_flag(&args(&["followup", "--lang", "es"])),
            Some(Lang::Es)
        );
        assert_eq!(
            lang_flag(&args(&["followup", "list", "--lang=ko"])),
            Some(Lang::Ko)
        );
        assert_eq!(lang_flag(&args(&["followup", "--lang", "fr"])), None);
        assert_eq!(
            lang_flag(&args(&["followup", "note", "X", "--", "--lang=es"])),
            None
        );
        assert_eq!(lang_flag(&args(&["followup", "list"])), None);
    }
}
