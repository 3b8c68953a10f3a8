//! A desk's portfolio: the committees' ledgers named by `[[portfolio]]` in
//! `config.toml`, each in its own file and repository. Nothing is copied
//! between them; this module only says which ledgers they are.

use crate::config::PortfolioEntry;
use std::path::{Path, PathBuf};

/// One committee of the portfolio.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    /// Its name in the portfolio: the entry's `name`, else the name of the
    /// folder holding its ledger (or the file's stem when the ledger is not
    /// called `ledger.json`). Unique within a portfolio.
    pub name: String,
    /// The ledger file.
    pub ledger: PathBuf,
}

/// Why the portfolio cannot be listed; worded in `i18n`.
#[derive(Debug)]
pub enum PortfolioError {
    /// Entry `index` (from 1, in file order) has both `path` and `folder`,
    /// or neither.
    Entry { index: usize },
    /// A `folder` entry's folder cannot be read.
    Folder {
        path: PathBuf,
        cause: std::io::Error,
    },
    /// Two members have the same name (give one a `name`).
    SameName { name: String },
    /// Members `first` and `second` are one ledger file, `path` (named by
    /// two entries, through a link, or by a folder and a path).
    SameLedger {
        first: String,
        second: String,
        path: PathBuf,
    },
    /// The config has no `[[portfolio]]`.
    Empty,
}

/// The portfolio's members, in the config's order (a folder's repositories
/// sorted by name), with paths taken as [`crate::config::config_relative`]
/// takes them. A `path` naming a folder means its `ledger.json`.
pub fn members(entries: &[PortfolioEntry]) -> Result<Vec<Member>, PortfolioError> {
    let mut out: Vec<Member> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        match (&e.path, &e.folder) {
            (Some(path), None) => {
                let path = crate::config::config_relative(path);
                let ledger = if path.is_dir() {
                    path.join("ledger.json")
                } else {
                    path
                };
                let name = e.name.clone().unwrap_or_else(|| name_of(&ledger));
                out.push(Member { name, ledger });
            }
            (None, Some(folder)) => out.extend(scan(&crate::config::config_relative(folder))?),
            _ => return Err(PortfolioError::Entry { index: i + 1 }),
        }
    }
    if out.is_empty() && entries.is_empty() {
        return Err(PortfolioError::Empty);
    }
    same_ledger(&out)?;
    for (i, m) in out.iter().enumerate() {
        if out[..i].iter().any(|o| o.name == m.name) {
            return Err(PortfolioError::SameName {
                name: m.name.clone(),
            });
        }
    }
    Ok(out)
}

/// Refuses two members whose ledgers resolve to one file (compared as
/// [`std::fs::canonicalize`] gives them, when it can).
fn same_ledger(out: &[Member]) -> Result<(), PortfolioError> {
    let real: Vec<Option<PathBuf>> = (out.iter())
        .map(|m| std::fs::canonicalize(&m.ledger).ok())
        .collect();
    for (i, r) in real.iter().enumerate() {
        let Some(r) = r else { continue };
        if let Some(j) = real[..i].iter().position(|o| o.as_ref() == Some(r)) {
            return Err(PortfolioError::SameLedger {
                first: out[j].name.clone(),
                second: out[i].name.clone(),
                path: out[i].ledger.clone(),
            });
        }
    }
    Ok(())
}

/// The repositories directly inside `folder` that hold a `ledger.json`;
/// one whose `ledger.json` leads out of it is kept, for its load to refuse
/// it (see [`crate::config::ensure_inside_repository`]) and say why.
fn scan(folder: &Path) -> Result<Vec<Member>, PortfolioError> {
    let err = |cause| PortfolioError::Folder {
        path: folder.to_owned(),
        cause,
    };
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(folder)
        .map_err(err)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|d| d.join(".git").exists())
        .collect();
    dirs.sort();
    Ok(dirs
        .into_iter()
        .filter_map(|d| {
            let ledger = match crate::config::repository_ledger(&d) {
                Ok(ledger) => ledger?,
                Err(crate::ledger::Error::OutsideRepository { path, .. }) => path,
                Err(_) => return None,
            };
            Some(Member {
                name: name_of(&ledger),
                ledger,
            })
        })
        .collect())
}

/// The folder's name for `…/name/ledger.json`, else the file's stem.
fn name_of(ledger: &Path) -> String {
    let named_ledger = ledger.file_name().is_some_and(|f| f == "ledger.json");
    let part = if named_ledger {
        ledger.parent().and_then(Path::file_name)
    } else {
        ledger.file_stem()
    };
    part.map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|| ledger.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(path: Option<&str>, folder: Option<&str>, name: Option<&str>) -> PortfolioEntry {
        PortfolioEntry {
            path: path.map(PathBuf::from),
            folder: folder.map(PathBuf::from),
            name: name.map(str::to_owned),
        }
    }

    fn repo(dir: &Path, name: &str) -> PathBuf {
        let r = dir.join(name);
        std::fs::create_dir_all(r.join(".git")).unwrap();
        std::fs::write(r.join("ledger.json"), "{}").unwrap();
        r
    }

    #[test]
    fn a_folder_gives_its_repositories_with_a_ledger_in_name_order() {
        let tmp = tempfile::tempdir().unwrap();
        repo(tmp.path(), "sela");
        repo(tmp.path(), "apec");
        std::fs::create_dir_all(tmp.path().join("notes/.git")).unwrap();
        std::fs::create_dir_all(tmp.path().join("plain")).unwrap();
        std::fs::write(tmp.path().join("plain/ledger.json"), "{}").unwrap();
        let folder = tmp.path().to_str().unwrap();
        let got = members(&[entry(None, Some(folder), None)]).unwrap();
        let names: Vec<_> = got.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["apec", "sela"]);
        assert_eq!(got[0].ledger, tmp.path().join("apec/ledger.json"));
    }

    #[test]
    fn a_path_is_a_file_or_a_folder_holding_ledger_json_and_keeps_its_name() {
        let tmp = tempfile::tempdir().unwrap();
        let r = repo(tmp.path(), "korea-mexico");
        let file = tmp.path().join("celac.json");
        std::fs::write(&file, "{}").unwrap();
        let got = members(&[
            entry(r.to_str(), None, Some("SME")),
            entry(file.to_str(), None, None),
        ])
        .unwrap();
        assert_eq!(got[0].name, "SME");
        assert_eq!(got[0].ledger, r.join("ledger.json"));
        assert_eq!(got[1].name, "celac");
    }

    #[test]
    fn an_entry_needs_exactly_one_of_path_and_folder_and_names_are_unique() {
        let e = members(&[entry(Some("a"), None, None), entry(None, None, None)]);
        assert!(matches!(e, Err(PortfolioError::Entry { index: 2 })));
        let e = members(&[entry(Some("a"), Some("b"), None)]);
        assert!(matches!(e, Err(PortfolioError::Entry { index: 1 })));
        let e = members(&[
            entry(Some("x/a.json"), None, None),
            entry(Some("y/a.json"), None, None),
        ]);
        assert!(matches!(e, Err(PortfolioError::SameName { name }) if name == "a"));
        assert!(matches!(members(&[]), Err(PortfolioError::Empty)));
    }

    #[test]
    fn one_ledger_named_twice_is_refused_however_it_is_named() {
        let tmp = tempfile::tempdir().unwrap();
        let r = repo(tmp.path(), "apec");
        let folder = tmp.path().to_str().unwrap();
        let dotted = tmp.path().join("apec/../apec/");
        let file = r.join("ledger.json");
        let linked = tmp.path().join("elsewhere");
        std::fs::create_dir(&linked).unwrap();
        std::os::unix::fs::symlink(&r, linked.join("apec2")).unwrap();
        let twice = [
            [
                entry(r.to_str(), None, None),
                entry(file.to_str(), None, Some("b")),
            ],
            [
                entry(None, Some(folder), None),
                entry(dotted.to_str(), None, Some("b")),
            ],
            [
                entry(file.to_str(), None, None),
                entry(linked.join("apec2").to_str(), None, None),
            ],
        ];
        for entries in twice {
            let e = members(&entries);
            assert!(
                matches!(&e, Err(PortfolioError::SameLedger { first, second, .. })
                    if first == "apec" && second != "apec"),
                "{e:?}"
            );
        }
    }
}
