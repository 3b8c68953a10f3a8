//! `followup man`: the manual pages, from the localized command line, with
//! the section titles clap_mangen writes in English said in the user's
//! language.

use super::localize::{HelpSubcommand, localized};
use crate::cli::{Failure, Printed, shown};
use crate::i18n::{Catalog, Lang, catalog};
use crate::tr;
use std::path::{Path, PathBuf};

/// Arguments of `followup man`.
#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// Write followup.1 and one page per subcommand (followup-init.1, …) in
    /// this directory, instead of printing followup.1.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// The command line as the manual pages show it: built, without the `help`
/// subcommand (so that every page the main page names exists).
fn man_command(cat: &Catalog) -> clap::Command {
    let mut cmd = localized(cat, HelpSubcommand::LeftOut);
    cmd.build();
    cmd
}

/// Prints the manual page (roff), or writes every page into `--dir`.
pub(in crate::cli) fn man(args: ManArgs, lang: Lang) -> Printed {
    let cat = catalog(lang);
    let cmd = man_command(cat);
    let Some(dir) = args.dir else {
        let page = page(&cmd, cat).map_err(|e| Failure::system(cat.io_error(&e)))?;
        use std::io::Write;
        return std::io::stdout()
            .write_all(&page)
            .map_err(|e| Failure::system(cat.io_error(&e)));
    };
    let fail =
        |e: std::io::Error| Failure::system(format!("{}: {}", shown(&dir), cat.io_error(&e)));
    std::fs::create_dir_all(&dir).map_err(fail)?;
    let mut written = Vec::new();
    write_pages(&cmd, cat, &dir, &mut written).map_err(fail)?;
    for p in &written {
        println!("{}", shown(p));
    }
    eprintln!(
        "followup: {}",
        tr!(cat, "cli-man-written", n = written.len(), dir = shown(&dir))
    );
    Ok(())
}

/// The page of `cmd` in roff, its section titles in the language of `cat`.
fn page(cmd: &clap::Command, cat: &Catalog) -> std::io::Result<Vec<u8>> {
    let mut roff = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut roff)?;
    let roff = String::from_utf8_lossy(&roff);
    let mut out = String::with_capacity(roff.len());
    for line in roff.split_inclusive('\n') {
        match line.trim_end().strip_prefix(".SH ") {
            Some(title) => {
                let title = section(title.trim_matches('"'), cat).to_uppercase();
                match title.contains(' ') {
                    true => out.push_str(&format!(".SH \"{title}\"\n")),
                    false => out.push_str(&format!(".SH {title}\n")),
                }
            }
            None => out.push_str(line),
        }
    }
    Ok(out.into_bytes())
}

/// A section title clap_mangen writes: its own (in English) said in the
/// language of `cat`; the ones it takes from the command (the headings of
/// options and commands) are already in it.
fn section(title: &str, cat: &Catalog) -> String {
    match title {
        "NAME" => tr!(cat, "help-man-name"),
        "SYNOPSIS" => tr!(cat, "help-man-synopsis"),
        "DESCRIPTION" => tr!(cat, "help-man-description"),
        "OPTIONS" => tr!(cat, "help-heading-options"),
        "EXTRA" => tr!(cat, "help-man-extra"),
        "VERSION" => tr!(cat, "help-man-version"),
        "AUTHORS" => tr!(cat, "help-man-authors"),
        other => other.to_owned(),
    }
}

/// Writes the page of `cmd` and of each of its subcommands, recursively.
fn write_pages(
    cmd: &clap::Command,
    cat: &Catalog,
    dir: &Path,
    written: &mut Vec<PathBuf>,
) -> std::io::Result<()> {
    let path = dir.join(clap_mangen::Man::new(cmd.clone()).get_filename());
    std::fs::write(&path, page(cmd, cat)?)?;
    written.push(path);
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        write_pages(sub, cat, dir, written)?;
    }
    Ok(())
}
