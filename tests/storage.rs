//! Storage that never loses data: atomic saves under kill -9, the single-writer
//! lock between processes, the lost-update guard, symlinks and permissions.

mod common;
use common::*;
use followup::ledger::{
    Error, Item, Ledger, Loaded, Store, WriteLock, canonical_json, parse_ledger,
};
use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, Instant};

/// A ledger of `n` generated items with notes, about 500 bytes per item.
fn big_ledger(n: usize) -> Ledger {
    let text = std::fs::read(fixtures().join("korea-mexico-sme.json")).unwrap();
    let mut l = parse_ledger(&text).unwrap();
    let template = l.items[0].clone();
    l.items = (0..n)
        .map(|i| Item {
            id: format!("G-{i:05}"),
            ..template.clone()
        })
        .collect();
    l
}

#[test]
fn fixtures_round_trip_byte_for_byte() {
    for entry in std::fs::read_dir(fixtures()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let bytes = std::fs::read(&path).unwrap();
            let l = parse_ledger(&bytes).unwrap();
            assert_eq!(
                canonical_json(&l).as_bytes(),
                bytes.as_slice(),
                "{}",
                path.display()
            );
        }
    }
}

/// The ledger of `store` loaded, then changed on disk by someone else (another
/// program, `git pull`: `ours` replaced by `theirs` once), and saved with a
/// change of ours: refused with `ChangedOnDisk`, their version untouched.
/// What was loaded, the lock and the error.
fn refused_over_theirs(store: &Store, ours: &str, theirs: &str) -> (Loaded, WriteLock, Error) {
    let mut loaded = store.load().unwrap();
    let text = std::fs::read_to_string(store.path())
        .unwrap()
        .replacen(ours, theirs, 1);
    std::fs::write(store.path(), &text).unwrap();
    loaded.ledger.items[0].title = "ours".into();
    let lock = store.lock("test", Duration::ZERO).unwrap();
    let err = store
        .save(&lock, &loaded.ledger, Some(loaded.fingerprint))
        .unwrap_err();
    assert!(matches!(err, Error::ChangedOnDisk { .. }), "{err:?}");
    assert_eq!(
        std::fs::read_to_string(store.path()).unwrap(),
        text,
        "their version is untouched"
    );
    (loaded, lock, err)
}

#[test]
fn lost_update_guard_refuses_to_overwrite_a_changed_file() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let store = Store::new(&path);
    let (loaded, lock, err) =
        refused_over_theirs(&store, "Post an SMBA liaison", "Post a SMBA liaison");
    let en = followup::i18n::catalog(followup::i18n::Lang::En);
    assert!(
        en.ledger_error(&err)
            .contains("changed on disk since it was loaded"),
        "{err:?}"
    );
    // After a reload the save goes through.
    let fresh = store.load().unwrap();
    assert!(
        store
            .save(&lock, &loaded.ledger, Some(fresh.fingerprint))
            .is_ok()
    );
}

#[test]
fn a_cli_write_waits_briefly_then_names_the_lock_holder() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let before = std::fs::read(&path).unwrap();
    let store = Store::new(&path);
    let lock = store.lock("followup dashboard", Duration::ZERO).unwrap();
    let start = Instant::now();
    let out = sb.run(&["-f", path.to_str().unwrap(), "set", "JC2-01", "status=done"]);
    let waited = start.elapsed();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    let holder = format!(
        "locked by followup dashboard (process {} on ",
        std::process::id()
    );
    assert!(err.contains(&holder), "{err}");
    // The holder is worded in the user's language, like the rest.
    let out = sb
        .cmd()
        .env("LANG", "es_MX.UTF-8")
        .args(["-f", path.to_str().unwrap(), "set", "JC2-01", "status=done"])
        .output()
        .unwrap();
    let err = stderr(&out);
    let holder = format!(
        "en uso por followup dashboard (proceso {} en ",
        std::process::id()
    );
    assert!(err.contains(&holder), "{err}");
    assert!(waited >= Duration::from_millis(1800), "waited {waited:?}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // Read-only commands do not need the lock.
    assert!(
        sb.run(&["-f", path.to_str().unwrap(), "list"])
            .status
            .success()
    );
    drop(lock);
    assert!(
        !followup::ledger::lock_path(&path).exists(),
        "the lock file is removed on release"
    );
    let out = sb.run(&["-f", path.to_str().unwrap(), "set", "JC2-01", "status=done"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn concurrent_cli_writers_lose_nothing() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let handles: Vec<_> = (0..8)
        .map(|i| {
            sb.cmd()
                .args([
                    "-f",
                    path.to_str().unwrap(),
                    "note",
                    "JC2-08",
                    &format!("parallel {i}"),
                ])
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut h in handles {
        assert!(h.wait().unwrap().success());
    }
    let l = Store::new(&path).load().unwrap().ledger;
    let notes = &l.item("JC2-08").unwrap().notes;
    for i in 0..8 {
        assert!(
            notes.iter().any(|n| n.text == format!("parallel {i}")),
            "note {i} lost"
        );
    }
}

#[test]
fn saves_write_through_symlinks_and_keep_permissions() {
    let sb = Sandbox::new();
    let real = sb.fixture("korea-mexico-sme.json");
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
    let link = sb.path("link.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let out = sb.run(&["-f", link.to_str().unwrap(), "set", "JC2-01", "status=done"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "still a link"
    );
    assert!(
        std::fs::read_to_string(&real)
            .unwrap()
            .contains("\"status\": \"done\"")
    );
    assert_eq!(
        std::fs::metadata(&real).unwrap().permissions().mode() & 0o777,
        0o640
    );
}

/// A tiny deterministic generator, so a failing run can be repeated from its seed.
struct XorShift(u64);
impl XorShift {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

#[test]
fn kill_9_during_saves_leaves_the_old_or_the_new_version() {
    let sb = Sandbox::new();
    let path = sb.path("ledger.json");
    std::fs::write(&path, canonical_json(&big_ledger(3000))).unwrap();
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    let mut rng = XorShift(seed);
    // How long one save takes here; kills land anywhere from the start to
    // well past the end, so both outcomes occur even on a loaded machine.
    let t = Instant::now();
    assert!(
        sb.run(&[
            "-f",
            path.to_str().unwrap(),
            "set",
            "G-00000",
            "title=warm-up"
        ])
        .status
        .success()
    );
    let span = (t.elapsed().as_micros() as u64).max(1000);
    let (mut old_seen, mut new_seen) = (0, 0);
    for round in 0..40 {
        let before = std::fs::read(&path).unwrap();
        let title = format!("round {round}");
        let mut child = sb
            .cmd()
            .args([
                "-f",
                path.to_str().unwrap(),
                "set",
                "G-01500",
                &format!("title={title}"),
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(rng.next(3 * span)));
        let _ = child.kill();
        let _ = child.wait();
        let after = std::fs::read(&path).unwrap();
        if after == before {
            old_seen += 1;
            continue;
        }
        let l = parse_ledger(&after)
            .unwrap_or_else(|e| panic!("seed {seed} round {round}: broken file: {e:?}"));
        assert_eq!(
            l.item("G-01500").unwrap().title,
            title,
            "seed {seed} round {round}"
        );
        assert_eq!(canonical_json(&l).as_bytes(), after.as_slice());
        new_seen += 1;
    }
    assert!(
        old_seen > 0 && new_seen > 0,
        "seed {seed}: kills should land both before and after the rename ({old_seen} old, {new_seen} new)"
    );
    // A later save sweeps temp files left by killed writers.
    assert!(
        sb.run(&[
            "-f",
            path.to_str().unwrap(),
            "set",
            "G-00001",
            "status=open" // a real change (the template item is done), so it saves
        ])
        .status
        .success()
    );
    let leftovers: Vec<_> = std::fs::read_dir(sb.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp") || n.ends_with(".lock"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// A ledger large enough to be read in halves (over 512 KB) is edited from
/// the command line as a small one: the item changed and nothing else, an
/// edit that changes nothing writes nothing, a file changed by another
/// program meanwhile is not overwritten, and parallel writers lose nothing.
#[test]
fn a_large_ledger_is_edited_from_the_command_line_as_a_small_one() {
    let sb = Sandbox::new();
    let path = sb.path("large.json");
    let l = big_ledger(1500);
    std::fs::write(&path, canonical_json(&l)).unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() > 512 * 1024);
    let file = path.to_str().unwrap();
    let out = sb.run(&["-f", file, "set", "G-00700", "status=blocked"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let after = assert_loads(&path);
    assert_eq!(after.items.len(), l.items.len());
    for (was, now) in l.items.iter().zip(&after.items) {
        if now.id == "G-00700" {
            assert_eq!(now.status, followup::ledger::Status::Blocked);
        } else {
            assert_eq!(was, now);
        }
    }
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        canonical_json(&after)
    );
    // The same change again changes nothing: the file is not written.
    let inode =
        |p: &std::path::Path| std::os::unix::fs::MetadataExt::ino(&std::fs::metadata(p).unwrap());
    let before = (inode(&path), std::fs::read(&path).unwrap());
    let out = sb.run(&["-f", file, "set", "G-00700", "status=blocked"]);
    assert!(stdout(&out).contains("nothing changed"), "{}", stdout(&out));
    assert_eq!((inode(&path), std::fs::read(&path).unwrap()), before);
    // Loaded (in halves), then changed by another program: not overwritten.
    let store = Store::new(&path);
    drop(refused_over_theirs(&store, "\"G-01400\"", "\"G-01400-X\""));
    // Writers in parallel each wait for the lock and lose nothing.
    let writers: Vec<_> = (0..4)
        .map(|i| {
            sb.cmd()
                .args(["-f", file, "note", "G-00003", &format!("parallel {i}")])
                .stdout(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut w in writers {
        assert!(w.wait().unwrap().success());
    }
    let l = assert_loads(&path);
    let notes = &l.item("G-00003").unwrap().notes;
    for i in 0..4 {
        assert!(
            notes.iter().any(|n| n.text == format!("parallel {i}")),
            "note {i} lost"
        );
    }
    assert!(l.item("G-01400-X").is_some(), "their change kept");
}
