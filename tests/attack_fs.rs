//! Attacks through the file system: symlinks planted in a repository (the lock
//! file, `.gitattributes`, `.git/info/exclude`, `ledger.json`), ledgers that
//! are not regular files or are too large, owner and group of a saved file,
//! and a writer that ignores the lock racing `followup note`.

mod common;
use common::*;
use followup::ledger::{MAX_LEDGER_BYTES, Store, parse_ledger};
use std::os::unix::fs::{MetadataExt, symlink};
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

const VICTIM: &str = "precious data that is not a ledger\n";

/// A sandbox with a victim file outside a git repository `repo/` that holds
/// a copy of the sample ledger as `ledger.json`.
struct Repo {
    sb: Sandbox,
    git: TestRepo,
    root: PathBuf,
    victim: PathBuf,
}

impl Repo {
    fn new() -> Repo {
        let sb = Sandbox::new();
        let git = TestRepo::init(&sb, "repo");
        let root = git.dir().to_owned();
        std::fs::copy(
            fixtures().join("korea-mexico-sme.json"),
            root.join("ledger.json"),
        )
        .unwrap();
        let victim = sb.path("victim.txt");
        std::fs::write(&victim, VICTIM).unwrap();
        Repo {
            sb,
            git,
            root,
            victim,
        }
    }

    fn ledger(&self) -> PathBuf {
        self.root.join("ledger.json")
    }

    /// Commits everything, as the other capital would have pushed it.
    fn commit(&self) {
        self.git.git(&["add", "-A"]);
        self.git
            .git(&["commit", "-q", "-m", "from the other capital"]);
    }

    /// `followup ARGS` run inside the repository (no ledger named).
    fn run(&self, args: &[&str]) -> Output {
        self.sb
            .cmd()
            .current_dir(&self.root)
            .args(args)
            .output()
            .unwrap()
    }

    fn assert_victim_intact(&self) {
        assert_eq!(
            std::fs::read_to_string(&self.victim).unwrap(),
            VICTIM,
            "the file outside the repository was changed"
        );
    }
}

fn is_symlink(p: &Path) -> bool {
    std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink())
}

/// The ledger loads and holds the sample's items, unchanged or with `note`.
fn assert_ledger_loads(path: &Path) -> followup::ledger::Ledger {
    let l = Store::new(path)
        .load()
        .expect("the ledger still loads")
        .ledger;
    assert!(l.item("JC2-08").is_some());
    l
}

#[test]
fn a_committed_lock_symlink_is_refused_and_its_target_untouched() {
    let r = Repo::new();
    let lock = r.root.join(".ledger.json.lock");
    symlink(&r.victim, &lock).unwrap();
    // A dangling one, to a file followup must not create.
    let planted = r.sb.path("created-by-followup");
    r.commit();
    let before = std::fs::read(r.ledger()).unwrap();
    for args in [
        &["note", "JC2-08", "from Seoul"][..],
        &["set", "JC2-08", "status=done"],
        &["fmt"],
    ] {
        let out = r.run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains(".ledger.json.lock: is a symbolic link; refused"),
            "{err}"
        );
        r.assert_victim_intact();
        assert!(is_symlink(&lock), "the planted link itself is left alone");
    }
    assert_eq!(std::fs::read(r.ledger()).unwrap(), before);

    std::fs::remove_file(&lock).unwrap();
    symlink(&planted, &lock).unwrap();
    let out = r.run(&["note", "JC2-08", "from Seoul"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(!planted.exists(), "nothing created through a dangling link");
    assert!(is_symlink(&lock));

    // Once the link is gone, writing works and the ledger reads back.
    std::fs::remove_file(&lock).unwrap();
    let out = r.run(&["note", "JC2-08", "from Seoul"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let l = assert_ledger_loads(&r.ledger());
    assert!(
        l.item("JC2-08")
            .unwrap()
            .notes
            .iter()
            .any(|n| n.text == "from Seoul")
    );
    assert!(!lock.exists(), "the lock file is removed on release");
}

#[test]
fn a_stale_lock_file_is_replaced_not_written_into() {
    let r = Repo::new();
    let lock = r.root.join(".ledger.json.lock");
    // A regular lock file left behind (committed, or a crashed holder),
    // hard-linked to a file elsewhere: taking the lock must not write into it.
    std::fs::hard_link(&r.victim, &lock).unwrap();
    let out = r.run(&["note", "JC2-08", "after a crash"]);
    assert!(out.status.success(), "{}", stderr(&out));
    r.assert_victim_intact();
    assert!(!lock.exists());
    assert_ledger_loads(&r.ledger());
}

#[test]
fn the_library_lock_refuses_a_symlinked_lock_file() {
    // The dashboard takes its lock through `Store::lock`, as here.
    let r = Repo::new();
    symlink(&r.victim, r.root.join(".ledger.json.lock")).unwrap();
    let store = Store::new(r.ledger());
    let err = store
        .lock(followup::dashboard::LOCK_PURPOSE, Duration::ZERO)
        .unwrap_err();
    assert!(
        matches!(err, followup::ledger::Error::Symlink { .. }),
        "{err:?}"
    );
    r.assert_victim_intact();
}

/// The dashboard in tmux on a repository with a committed lock symlink: it
/// opens read-only, says why, and quits without touching the link's target.
#[test]
fn beside_a_lock_symlink_the_dashboard_opens_refuses_the_save_and_keeps_the_edits() {
    if !require(Tool::Tmux) {
        return;
    }
    let r = Repo::new();
    symlink(&r.victim, r.root.join(".ledger.json.lock")).unwrap();
    r.commit();
    let q = |p: &Path| format!("'{}'", p.display().to_string().replace('\'', r"'\''"));
    let done = r.sb.path("exit-code");
    let inner = format!(
        "cd {} && env -i PATH=\"$PATH\" TERM=xterm-256color HOME={} FOLLOWUP_CONFIG={} FOLLOWUP_TODAY={TODAY} {}; echo $? > {}; sleep 60",
        q(&r.root),
        q(&r.sb.path("home")),
        q(&r.sb.path("config.toml")),
        q(Path::new(env!("CARGO_BIN_EXE_followup"))),
        q(&done),
    );
    let term = Tmux::start((140, 40), &[], &format!("sh -c {}", q(Path::new(&inner))));
    let wait = |what: &str, ok: &dyn Fn(&str) -> bool| term.wait_until(what, ok);
    let s = wait("the dashboard", &|s| s.contains("✔ saved"));
    assert!(
        !s.contains("read-only"),
        "editable: the lock is taken only to save\n{s}"
    );
    // An edit, saved at once (autosave): the lock file is a symlink, so
    // the save is refused and the edit stays, unsaved.
    term.send_keys(&["x"]);
    let s = wait("the refused save", &|s| s.contains("symbolic link"));
    assert!(s.contains("● unsaved"), "the edit is kept:\n{s}");
    r.assert_victim_intact();
    assert_ledger_loads(&r.ledger());
    term.send_keys(&["q"]);
    wait("the quit prompt", &|s| s.contains("Unsaved edits"));
    term.send_keys(&["d"]);
    let start = Instant::now();
    while !done.exists() {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the dashboard did not quit:\n{}",
            term.screen()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    r.assert_victim_intact();
    assert!(is_symlink(&r.root.join(".ledger.json.lock")));
    assert_ledger_loads(&r.ledger());
}

#[test]
fn git_setup_refuses_a_symlinked_gitattributes() {
    let r = Repo::new();
    symlink(&r.victim, r.root.join(".gitattributes")).unwrap();
    r.commit();
    let out = r.run(&["git-setup"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(".gitattributes: is a symbolic link; refused"),
        "{}",
        stderr(&out)
    );
    r.assert_victim_intact();
}

#[test]
fn git_setup_refuses_a_symlinked_info_exclude() {
    let r = Repo::new();
    let exclude = r.root.join(".git/info/exclude");
    let _ = std::fs::remove_file(&exclude);
    std::fs::create_dir_all(exclude.parent().unwrap()).unwrap();
    symlink(&r.victim, &exclude).unwrap();
    let out = r.run(&["git-setup"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("exclude: is a symbolic link; refused"),
        "{}",
        stderr(&out)
    );
    r.assert_victim_intact();
    // With a real file, it is set up, appended to and not rewritten.
    std::fs::remove_file(&exclude).unwrap();
    std::fs::write(&exclude, "# mine").unwrap();
    let out = r.run(&["git-setup"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&exclude).unwrap();
    assert!(text.starts_with("# mine\n.ledger.json.lock\n"), "{text}");
    assert!(
        std::fs::read_to_string(r.root.join(".gitattributes"))
            .unwrap()
            .contains("ledger.json merge=followup diff=followup")
    );
}

#[test]
fn a_repository_ledger_leading_outside_is_refused() {
    let r = Repo::new();
    let outside = r.sb.path("outside.json");
    std::fs::rename(r.ledger(), &outside).unwrap();
    let before = std::fs::read(&outside).unwrap();
    symlink(&outside, r.ledger()).unwrap();
    r.commit();
    for args in [&["list"][..], &["note", "JC2-08", "x"]] {
        let out = r.run(args);
        assert_ne!(out.status.code(), Some(0));
        let err = stderr(&out);
        assert!(
            err.contains("ledger.json: leads outside the repository"),
            "{args:?}: {err}"
        );
    }
    assert_eq!(std::fs::read(&outside).unwrap(), before);
    // Named by the user, the same file is theirs to use.
    let out = r.run(&["-f", outside.to_str().unwrap(), "note", "JC2-08", "named"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_ledger_loads(&outside);
}

#[test]
fn a_repository_ledger_under_a_symlinked_directory_leading_outside_is_refused() {
    let r = Repo::new();
    let away = r.sb.path("away");
    std::fs::create_dir(&away).unwrap();
    std::fs::rename(r.ledger(), away.join("ledger.json")).unwrap();
    symlink(&away, r.root.join("data")).unwrap();
    symlink("data/ledger.json", r.ledger()).unwrap();
    let out = r.run(&["list"]);
    assert_ne!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("leads outside the repository"),
        "{}",
        stderr(&out)
    );
    // A link that stays inside the repository is followed.
    std::fs::remove_file(r.root.join("data")).unwrap();
    std::fs::rename(&away, r.root.join("data")).unwrap();
    let out = r.run(&["note", "JC2-08", "inside"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(is_symlink(&r.ledger()));
    assert_ledger_loads(&r.root.join("data/ledger.json"));
}

/// Runs `followup ARGS` with a 10 s limit; panics if it had to be killed.
fn run_within_limit(sb: &Sandbox, args: &[&str]) -> Output {
    let mut child = sb
        .cmd()
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("followup {args:?} hung and was killed");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// Every command on `path` fails at once with `message`, and no lock file
/// appears beside it.
fn assert_refused(sb: &Sandbox, path: &Path, message: &str) {
    let p = path.to_str().unwrap();
    for args in [
        &["-f", p, "list"][..],
        &["-f", p, "note", "JC2-08", "x"],
        &["-f", p, "fmt"],
        &["-f", p, "init"],
        &[p],
    ] {
        let out = run_within_limit(sb, args);
        assert_ne!(out.status.code(), Some(0), "{args:?}");
        let err = stderr(&out);
        assert!(err.contains(message), "{args:?}: {err}");
        assert!(err.contains(p), "{args:?} names the file: {err}");
    }
    let real = std::fs::canonicalize(path).unwrap();
    let lock = followup::ledger::lock_path(&real);
    assert!(!lock.exists(), "{} created", lock.display());
}

#[test]
fn a_fifo_is_refused_at_once() {
    let sb = Sandbox::new();
    let fifo = sb.path("ledger.json");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    assert_refused(&sb, &fifo, "is not a regular file; refused");
}

#[test]
fn devices_are_refused() {
    let sb = Sandbox::new();
    for dev in ["/dev/zero", "/dev/full", "/dev/null"] {
        if Path::new(dev).exists() {
            assert_refused(&sb, Path::new(dev), "is not a regular file; refused");
            // Also when reached through a symlink.
            let link = sb.path("ledger.json");
            let _ = std::fs::remove_file(&link);
            symlink(dev, &link).unwrap();
            assert_refused(&sb, &link, "is not a regular file; refused");
        }
    }
}

#[test]
fn a_directory_is_refused() {
    let sb = Sandbox::new();
    let dir = sb.path("ledger.json");
    std::fs::create_dir(&dir).unwrap();
    assert_refused(&sb, &dir, "is a directory");
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let sb = Sandbox::new();
    let big = sb.path("ledger.json");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(MAX_LEDGER_BYTES + 1).unwrap(); // sparse: no disk space used
    assert_refused(&sb, &big, "larger than 1073741824 bytes; refused");
    // Exactly the limit passes the size check (the lock is taken).
    f.set_len(MAX_LEDGER_BYTES).unwrap();
    let lock = Store::new(&big).lock("test", Duration::ZERO);
    assert!(lock.is_ok(), "{lock:?}");
}

#[test]
fn saves_keep_owner_and_group() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc::geteuid() } == 0;
    let (uid, gid) = if root {
        (65534, 65534) // nobody, nogroup
    } else {
        // A supplementary group of ours other than the file's: a member may set it.
        let now = std::fs::metadata(&path).unwrap().gid();
        let mut groups = vec![0 as libc::gid_t; 256];
        // SAFETY: the buffer holds 256 entries.
        let n = unsafe { libc::getgroups(256, groups.as_mut_ptr()) };
        match groups[..n.max(0) as usize].iter().find(|&&g| g != now) {
            Some(&g) => (std::fs::metadata(&path).unwrap().uid(), g),
            None => {
                eprintln!(
                    "skipped: not root and in no second group, so no owner or group can be given to the file"
                );
                return;
            }
        }
    };
    std::os::unix::fs::chown(&path, Some(uid), Some(gid)).unwrap();
    let out = sb.run(&["-f", path.to_str().unwrap(), "note", "JC2-08", "owned"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let meta = std::fs::metadata(&path).unwrap();
    assert_eq!((meta.uid(), meta.gid()), (uid, gid));
    assert_ledger_loads(&path);
}

#[test]
fn the_stale_temp_sweep_leaves_links_and_other_files_alone() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let victim = sb.path("victim.txt");
    std::fs::write(&victim, VICTIM).unwrap();
    let link = sb.path(".korea-mexico-sme.json.evil.tmp");
    symlink(&victim, &link).unwrap();
    let dir = sb.path(".korea-mexico-sme.json.dir.tmp");
    std::fs::create_dir(&dir).unwrap();
    let stale = sb.path(".korea-mexico-sme.json.AbC123.tmp");
    std::fs::write(&stale, "left by a killed writer").unwrap();
    let out = sb.run(&["-f", path.to_str().unwrap(), "note", "JC2-08", "sweep"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        is_symlink(&link) && dir.is_dir(),
        "only regular files swept"
    );
    assert!(!stale.exists(), "a stale temp file is swept");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), VICTIM);
    assert_ledger_loads(&path);
}

#[test]
fn a_new_ledger_never_replaces_what_appeared_at_its_name() {
    let sb = Sandbox::new();
    // A dangling symlink where `init` is to create the ledger: not followed,
    // not replaced.
    let planted = sb.path("planted.json");
    let path = sb.path("new.json");
    symlink(&planted, &path).unwrap();
    let out = sb.run(&["init", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
    assert!(!planted.exists() && is_symlink(&path));
    // The library function behind it refuses the same, leaving no temp file.
    let err =
        followup::ledger::write_new_file_atomically(sb.dir.path(), "new.json", b"{}").unwrap_err();
    assert!(
        matches!(err, followup::ledger::Error::Exists { .. }),
        "{err:?}"
    );
    assert!(!planted.exists());
    let names: Vec<String> = std::fs::read_dir(sb.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
    // A free name is written, readable and complete.
    followup::ledger::write_new_file_atomically(sb.dir.path(), "fresh.json", b"{}\n").unwrap();
    assert_eq!(std::fs::read(sb.path("fresh.json")).unwrap(), b"{}\n");
}

/// The counter the racer keeps in the ledger's unknown field `x_counter`.
fn counter(text: &str) -> u64 {
    let at = text.find("\"x_counter\": ").expect("x_counter kept") + 13;
    text[at..]
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// A writer that ignores the lock (as git checkout, editors and sync clients
/// do) replaces the ledger by rename 200 times, each time writing its own
/// counter, while `followup note` runs again and again. followup must never
/// overwrite a version it did not read: every time the racer reads the file
/// (once no followup is between its two swaps), it finds the counter it wrote
/// last (followup carries it over when it read it, and would put back an
/// older one if it overwrote the racer's write unread); and every
/// `followup note` succeeds (it reloads and retries).
#[test]
fn a_lock_ignoring_writer_never_loses_a_write_to_followup() {
    let sb = Sandbox::new();
    let path = sb.path("ledger.json");
    let text = std::fs::read_to_string(fixtures().join("korea-mexico-sme.json")).unwrap();
    let mut l = parse_ledger(text.as_bytes()).unwrap();
    l.extra.insert("x_counter".into(), serde_json::json!(0));
    std::fs::write(&path, followup::ledger::canonical_json(&l)).unwrap();
    const N: u64 = 200;
    // How long the latest `followup note` took, in µs: the racer paces itself
    // by it (a loaded machine slows both), not a limit anything is held to.
    let pace = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(20_000));
    let racer = {
        let path = path.clone();
        let tmp = sb.path("racer.tmp");
        let pace = pace.clone();
        std::thread::spawn(move || {
            let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
            let mut lost = Vec::new();
            let mut last = 0;
            for i in 1..=N {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                // Pauses of one to two `followup note` runs: longer than its
                // load-to-save, so its retries succeed, and short enough to
                // land in its saves again and again.
                let d = pace.load(std::sync::atomic::Ordering::Relaxed).max(20_000);
                std::thread::sleep(Duration::from_micros(d + seed % d));
                let mut text = std::fs::read_to_string(&path).unwrap();
                let mut seen = counter(&text);
                if seen != last {
                    // followup's version is visible for an instant before it
                    // checks what it displaced and, if need be, swaps back.
                    // Wait under the lock until that followup is done, then
                    // look again: a write of ours still missing is lost.
                    let lock = Store::new(&path)
                        .lock("racer", Duration::from_secs(60))
                        .unwrap();
                    text = std::fs::read_to_string(&path).unwrap();
                    seen = counter(&text);
                    drop(lock);
                    if seen != last {
                        lost.push((last, seen));
                    }
                }
                let next = text.replacen(
                    &format!("\"x_counter\": {seen}"),
                    &format!("\"x_counter\": {i}"),
                    1,
                );
                // As an editor saves: write, sync, rename over.
                let mut f = std::fs::File::create(&tmp).unwrap();
                std::io::Write::write_all(&mut f, next.as_bytes()).unwrap();
                f.sync_all().unwrap();
                std::fs::rename(&tmp, &path).unwrap();
                last = i;
            }
            lost
        })
    };
    let mut notes = 0;
    while !racer.is_finished() {
        let started = Instant::now();
        let out = sb.run(&[
            "-f",
            path.to_str().unwrap(),
            "note",
            "JC2-08",
            &format!("race {notes}"),
        ]);
        assert!(out.status.success(), "note {notes}: {}", stderr(&out));
        let took = started.elapsed().as_micros() as u64;
        pace.store(took, std::sync::atomic::Ordering::Relaxed);
        notes += 1;
    }
    let lost = racer.join().unwrap();
    assert!(notes > 5, "the two writers overlapped ({notes} notes)");
    assert!(
        lost.is_empty(),
        "followup overwrote {} of the racer's writes unread (wrote, then found): {lost:?}",
        lost.len()
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(counter(&text), N, "the racer's last write is in place");
    assert_ledger_loads(&path);
}

/// Every file followup reads from the user is a regular file of a bounded
/// size: `textconv` (git hands it any committed ledger) and the config, as
/// the ledger and the import already are. A device or a FIFO is refused at
/// once, never read until memory runs out nor waited on.
#[test]
fn textconv_and_the_config_refuse_devices_and_fifos_at_once() {
    let sb = Sandbox::new();
    let start = std::time::Instant::now();
    let out = sb.run(&["textconv", "/dev/zero"]);
    assert_ne!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("/dev/zero"), "{}", stderr(&out));
    let fifo = sb.path("config.fifo");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path for the call's duration.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    for config in [fifo.as_path(), std::path::Path::new("/dev/zero")] {
        let out = sb
            .cmd()
            .env("FOLLOWUP_CONFIG", config)
            .arg("list")
            .output()
            .unwrap();
        assert_ne!(out.status.code(), Some(0), "{config:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains(config.to_str().unwrap()),
            "{config:?}: {}",
            stderr(&out)
        );
    }
    assert!(
        start.elapsed() < std::time::Duration::from_secs(10),
        "refused at once, not read: {:?}",
        start.elapsed()
    );
}
