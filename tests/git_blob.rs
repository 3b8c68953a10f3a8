//! The ledger as a revision holds it (`Repo::show`; streamed, from a
//! `git cat-file --batch` started before it is asked, `FileHistory::batch`):
//! one batch per blob, asked for one name, its id and size read before the blob; a
//! name the revision does not hold as a file is said so.

mod common;
use common::*;
use followup::git::{FileHistory, GitError, Repo};
use std::io::Read;

#[test]
fn a_blob_reads_as_committed_and_what_the_revision_lacks_is_said() {
    let sb = Sandbox::new();
    let r = TestRepo::init(&sb, "repo");
    r.commit_sample_ledger();
    let bytes = std::fs::read(r.path("ledger.json")).expect("the ledger");
    let repo = Repo::containing(&r.path("ledger.json")).expect("a repository");
    assert_eq!(repo.show("HEAD", "ledger.json").expect("the blob"), bytes);
    // Streamed: the size first, then the bytes; `finish` reads the rest.
    let history = FileHistory::of(&r.path("ledger.json")).expect("the file");
    let batch = history.batch().expect("git starts");
    let asked = batch.blob_stream("HEAD", history.path());
    let mut stream = asked.expect("git answers").expect("a stream");
    assert_eq!(stream.size(), bytes.len() as u64);
    // Named as git names the file's text there (its blob id).
    let id = r.git(&["rev-parse", "HEAD:ledger.json"]);
    assert_eq!(stream.name(), id.trim());
    let mut half = vec![0; bytes.len() / 2];
    stream.read_exact(&mut half).expect("half of it");
    assert_eq!(half, bytes[..half.len()]);
    assert!(stream.finish().expect("git ends"), "the whole blob came");
    for (rev, rel) in [
        ("HEAD", "missing.json"),
        // The top tree, not a file.
        ("HEAD", ""),
        ("HEAD~1", "ledger.json"),
        // Words of git's own answers, as a name.
        ("HEAD", "x blob 12"),
        ("HEAD", "ledger.json missing"),
        // A second name on a line of its own is never asked for.
        ("HEAD", "nothing\nHEAD:ledger.json"),
    ] {
        let shown = repo.show(rev, rel);
        assert!(
            matches!(shown, Err(GitError::NotAtRevision { .. })),
            "{rev}:{rel}: {shown:?}"
        );
    }
}
