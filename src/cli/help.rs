//! `--help` in the user's language, shell completions and the manual page.
//!
//! clap's texts are set from the catalog before parsing, so the language is
//! read from the raw arguments first ([`lang_flag`]).

use super::{Cli, Failure, Printed};
use crate::i18n::{Lang, catalog};
use crate::tr;
use clap::CommandFactory;
use std::ffi::OsString;

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

/// The command line's definition with every help text in `lang`.
pub fn command(lang: Lang) -> clap::Command {
    let cat = catalog(lang);
    let sub = |cmd: clap::Command, name: &str, about: String| {
        cmd.mut_subcommand(name, |s| s.about(about))
    };
    let mut cmd = Cli::command()
        .about(tr!(cat, "help-about"))
        .long_about(None)
        .after_help(tr!(cat, "help-after"))
        .mut_arg("path", |a| a.help(tr!(cat, "help-arg-path")))
        .mut_arg("ledger", |a| a.help(tr!(cat, "help-arg-ledger")))
        .mut_arg("lang", |a| a.help(tr!(cat, "help-arg-lang")));
    for (name, about) in [
        ("init", tr!(cat, "help-init")),
        ("check", tr!(cat, "help-check")),
        ("fmt", tr!(cat, "help-fmt")),
        ("list", tr!(cat, "help-list")),
        ("show", tr!(cat, "help-show")),
        ("add", tr!(cat, "help-add")),
        ("set", tr!(cat, "help-set")),
        ("meeting", tr!(cat, "help-meeting")),
        ("resolve", tr!(cat, "help-resolve")),
        ("note", tr!(cat, "help-note")),
        ("committee", tr!(cat, "help-committee")),
        ("report", tr!(cat, "help-report")),
        ("diff", tr!(cat, "help-diff")),
        ("textconv", tr!(cat, "help-textconv")),
        ("merge", tr!(cat, "help-merge")),
        ("git-setup", tr!(cat, "help-git-setup")),
        ("recover", tr!(cat, "help-recover")),
        ("sync", tr!(cat, "help-sync")),
        ("completions", tr!(cat, "help-completions")),
        ("man", tr!(cat, "help-man")),
        ("export", tr!(cat, "help-export")),
        ("import", tr!(cat, "help-import")),
        ("person", tr!(cat, "help-person")),
        ("remind", tr!(cat, "help-remind")),
    ] {
        cmd = sub(cmd, name, about);
    }
    let after = |cmd: clap::Command, name: &str, text: String| {
        cmd.mut_subcommand(name, |s| s.after_help(text))
    };
    cmd = after(cmd, "set", tr!(cat, "help-set-after"));
    cmd = after(cmd, "add", tr!(cat, "help-add-after"));
    cmd = after(cmd, "resolve", tr!(cat, "help-resolve-after"));
    cmd = after(cmd, "diff", tr!(cat, "help-diff-after"));
    cmd = after(cmd, "sync", tr!(cat, "help-sync-after"));
    cmd = after(cmd, "init", tr!(cat, "help-init-after"));
    cmd = after(cmd, "committee", tr!(cat, "help-committee-after"));
    cmd = after(cmd, "check", tr!(cat, "help-check-after"));
    cmd
}

/// Prints the completion script for `shell`.
pub(super) fn completions(shell: clap_complete::Shell, lang: Lang) {
    let mut cmd = command(lang);
    clap_complete::generate(shell, &mut cmd, "followup", &mut std::io::stdout());
}

/// Arguments of `followup man`.
#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// Write followup.1 and one page per subcommand (followup-init.1, …) in
    /// this directory, instead of printing followup.1.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<std::path::PathBuf>,
}

/// The command line as the manual pages show it: built, without clap's
/// `help` subcommand (so that every page the main page names exists).
fn man_command(lang: Lang) -> clap::Command {
    let mut cmd = command(lang).disable_help_subcommand(true);
    cmd.build();
    cmd
}

/// Prints the manual page (roff), or writes every page into `--dir`.
pub(super) fn man(args: ManArgs, lang: Lang) -> Printed {
    let cat = catalog(lang);
    let cmd = man_command(lang);
    let Some(dir) = args.dir else {
        let mut out = Vec::new();
        clap_mangen::Man::new(cmd)
            .render(&mut out)
            .map_err(|e| Failure::system(e.to_string()))?;
        use std::io::Write;
        return std::io::stdout()
            .write_all(&out)
            .map_err(|e| Failure::system(e.to_string()));
    };
    let fail = |e: std::io::Error| {
        Failure::system(format!("{}: {}", super::shown(&dir), cat.io_error(&e)))
    };
    std::fs::create_dir_all(&dir).map_err(fail)?;
    let mut written = Vec::new();
    write_pages(&cmd, &dir, &mut written).map_err(fail)?;
    for p in &written {
        println!("{}", super::shown(p));
    }
    eprintln!(
        "followup: {}",
        tr!(
            cat,
            "cli-man-written",
            n = written.len(),
            dir = super::shown(&dir)
        )
    );
    Ok(())
}

/// Writes the page of `cmd` and of each of its subcommands, recursively.
fn write_pages(
    cmd: &clap::Command,
    dir: &std::path::Path,
    written: &mut Vec<std::path::PathBuf>,
) -> std::io::Result<()> {
    written.push(clap_mangen::Man::new(cmd.clone()).generate_to(dir)?);
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        write_pages(sub, dir, written)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<OsString> {
        a.iter().map(OsString::from).collect()
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

    #[test]
    fn every_language_builds_a_valid_command_line() {
        for lang in Lang::ALL {
            command(lang).debug_assert();
        }
    }
}
