//! Writing a CI file into the repository: every folder on its way a real
//! folder (made when missing, never a link), the file itself new or a
//! regular file, written atomically, and a different file replaced only
//! when asked.

use super::CiError;
use crate::ledger::{
    Error, IoStep, open_regular, replace_file_atomically, write_new_file_atomically,
};
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest CI file compared (a larger one is simply different).
const MAX_CI_BYTES: u64 = 1 << 20;

/// Whether a different file already there is replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replace {
    /// Keep it, and say so (the default).
    Never,
    /// Replace it (`--force`).
    Different,
}

/// What writing the file did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// The file is new.
    Created,
    /// The same file was there: nothing changed.
    Unchanged,
    /// A different file was replaced (`--force`).
    Replaced,
}

/// Writes `text` as `rel` (a host's [`super::Host::file`]) under the work
/// tree `root`.
pub fn write(root: &Path, rel: &str, text: &str, replace: Replace) -> Result<Written, CiError> {
    let target = root.join(rel);
    let dir = real_folders(root, rel)?;
    let name = target
        .file_name()
        .expect("a host's file has a name")
        .to_string_lossy()
        .into_owned();
    let meta = match std::fs::symlink_metadata(&target) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            write_new_file_atomically(&dir, &name, text.as_bytes()).map_err(CiError::File)?;
            return Ok(Written::Created);
        }
        Err(e) => return Err(CiError::File(Error::io(&target, IoStep::Read, e))),
        Ok(m) => m,
    };
    if meta.file_type().is_symlink() {
        return Err(CiError::File(Error::Symlink { path: target }));
    }
    if same_text(&target, text)? {
        return Ok(Written::Unchanged);
    }
    match replace {
        Replace::Never => Err(CiError::Differs { path: target }),
        Replace::Different => {
            replace_file_atomically(&dir, &name, text.as_bytes()).map_err(CiError::File)?;
            Ok(Written::Replaced)
        }
    }
}

/// The folder of `rel` under `root`, each folder on the way made when
/// missing and refused when it is a link or not a folder.
fn real_folders(root: &Path, rel: &str) -> Result<PathBuf, CiError> {
    let mut dir = root.to_owned();
    let folders: Vec<&str> = rel.split('/').collect();
    for part in &folders[..folders.len() - 1] {
        dir.push(part);
        if let Err(e) = std::fs::create_dir(&dir)
            && e.kind() != std::io::ErrorKind::AlreadyExists
        {
            return Err(CiError::File(Error::io(&dir, IoStep::CreateDir, e)));
        }
        let meta = std::fs::symlink_metadata(&dir)
            .map_err(|e| CiError::File(Error::io(&dir, IoStep::CreateDir, e)))?;
        if meta.file_type().is_symlink() {
            return Err(CiError::File(Error::Symlink { path: dir }));
        }
        if !meta.is_dir() {
            return Err(CiError::File(Error::NotRegular { path: dir }));
        }
    }
    Ok(dir)
}

/// True when the regular file at `path` holds exactly `text`.
fn same_text(path: &Path, text: &str) -> Result<bool, CiError> {
    let Some(file) = open_regular(path, path, u64::MAX).map_err(CiError::File)? else {
        return Ok(false);
    };
    let mut now = Vec::new();
    file.take(MAX_CI_BYTES + 1)
        .read_to_end(&mut now)
        .map_err(|e| CiError::File(Error::io(path, IoStep::Read, e)))?;
    Ok(now == text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    const REL: &str = ".github/workflows/followup.yml";

    #[test]
    fn a_new_file_then_the_same_then_a_different_one() {
        let root = tempfile::tempdir().unwrap();
        let w = |text: &str, replace| write(root.path(), REL, text, replace);
        assert_eq!(w("a\n", Replace::Never).unwrap(), Written::Created);
        assert_eq!(w("a\n", Replace::Never).unwrap(), Written::Unchanged);
        let e = w("b\n", Replace::Never).unwrap_err();
        assert!(matches!(e, CiError::Differs { .. }), "{e:?}");
        assert_eq!(
            std::fs::read_to_string(root.path().join(REL)).unwrap(),
            "a\n"
        );
        assert_eq!(w("b\n", Replace::Different).unwrap(), Written::Replaced);
        assert_eq!(
            std::fs::read_to_string(root.path().join(REL)).unwrap(),
            "b\n"
        );
        let left: Vec<_> = std::fs::read_dir(root.path().join(".github/workflows"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left, ["followup.yml"], "no temp file is left behind");
    }

    #[test]
    fn links_on_the_way_or_at_the_file_are_refused() {
        let root = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path(), root.path().join(".github")).unwrap();
        let e = write(root.path(), REL, "a\n", Replace::Different).unwrap_err();
        assert!(matches!(e, CiError::File(Error::Symlink { .. })), "{e:?}");
        assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);

        let root = tempfile::tempdir().unwrap();
        let target = outside.path().join("victim");
        std::fs::write(&target, "mine\n").unwrap();
        std::os::unix::fs::symlink(&target, root.path().join(".gitlab-ci.yml")).unwrap();
        let e = write(root.path(), ".gitlab-ci.yml", "a\n", Replace::Different).unwrap_err();
        assert!(matches!(e, CiError::File(Error::Symlink { .. })), "{e:?}");
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "mine\n");
    }
}
