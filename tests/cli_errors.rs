//! Every bad input gets one line naming the file, line and column (and the JSON
//! path and item where it helps), a non-zero exit, and no write.

mod common;
use common::*;
use followup::ledger::ParseProblem;

fn assert_rejected(name: &str, line: usize, needle: &str) {
    let sb = Sandbox::new();
    let path = sb.fixture(&format!("broken/{name}"));
    let before = std::fs::read(&path).unwrap();
    for args in [
        vec!["check", path.to_str().unwrap()],
        vec!["fmt", path.to_str().unwrap()],
        vec!["-f", path.to_str().unwrap(), "set", "JC2-01", "status=done"],
        vec!["-f", path.to_str().unwrap(), "note", "JC2-01", "hello"],
    ] {
        let out = sb.run(&args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{name} {args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "one line: {err}");
        let prefix = format!("followup: {}:{line}:", path.display());
        assert!(
            err.starts_with(&prefix),
            "{name}: expected `{prefix}` in {err}"
        );
        assert!(err.contains(needle), "{name}: expected `{needle}` in {err}");
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "{name}: file untouched"
        );
    }
}

#[test]
fn malformed_json() {
    assert_rejected("malformed.json", 51, "invalid JSON: expected `,` or `}`");
}

#[test]
fn wrong_format() {
    assert_rejected("wrong-format.json", 2, "unsupported format `followup/9`");
}

#[test]
fn unknown_status() {
    assert_rejected(
        "unknown-status.json",
        52,
        "items[1].status (item JC2-02): unknown status `finished`",
    );
}

#[test]
fn impossible_date() {
    assert_rejected(
        "impossible-date.json",
        28,
        "items[0].due (item JC2-01): impossible date `2026-02-30`",
    );
}

#[test]
fn duplicate_id() {
    assert_rejected(
        "duplicate-id.json",
        64,
        "items[2].id: duplicate id `JC2-02`",
    );
}

#[test]
fn unknown_meeting() {
    assert_rejected(
        "unknown-meeting.json",
        77,
        "items[2].meeting (item JC2-03): meeting `JC9` is not in `meetings`",
    );
}

#[test]
fn empty_title() {
    assert_rejected(
        "empty-title.json",
        50,
        "items[1].title (item JC2-02): the title is empty",
    );
}

#[test]
fn missing_title() {
    assert_rejected(
        "missing-title.json",
        61,
        "items[1] (item JC2-02): missing field `title`",
    );
}

#[test]
fn missing_file_is_an_io_error() {
    let sb = Sandbox::new();
    let path = sb.path("nope.json");
    let out = sb.run(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out).trim(),
        format!(
            "followup: {p}: cannot read: no such file (create it with `followup init {p}`)",
            p = path.display()
        )
    );
    assert!(!path.exists(), "an explicit missing path is never created");
}

#[test]
fn a_mistyped_command_is_not_taken_for_a_file() {
    let sb = Sandbox::new();
    let out = sb.run(&["lsit"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out).trim(),
        "followup: `lsit` is neither a command nor a file (see `followup --help`)\n  did you mean `list`?"
    );
}

#[test]
fn a_byte_order_mark_is_named() {
    let sb = Sandbox::new();
    let path = sb.path("bom.json");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(std::fs::read(fixtures().join("korea-mexico-sme.json")).unwrap());
    std::fs::write(&path, &bytes).unwrap();
    let out = sb.run(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(":1:1: the file starts with a byte-order mark (BOM)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn directory_is_refused() {
    let sb = Sandbox::new();
    let out = sb.run(&["check", sb.dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("is a directory, not a ledger file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn unreadable_file_is_an_io_error() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Root reads anything; then use a file no one can read.
    let path = if std::fs::read(&path).is_ok() {
        "/proc/self/mem".into()
    } else {
        path
    };
    let out = sb.run(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!("{}: cannot read: ", path.display())),
        "{}",
        stderr(&out)
    );
}

#[test]
fn read_only_file_is_not_saved() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&path).unwrap();
    let out = sb.run(&["-f", path.to_str().unwrap(), "set", "JC2-01", "status=done"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("the file is read-only; nothing was written"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn usage_errors_exit_1() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let p = path.to_str().unwrap();
    for (args, needle) in [
        (
            vec!["-f", p, "set", "JC2-01", "status=someday"],
            "unknown status `someday`",
        ),
        (
            vec!["-f", p, "set", "JC2-01", "due=2026-02-30"],
            "impossible date `2026-02-30`",
        ),
        (
            vec!["-f", p, "set", "JC2-01", "colour=red"],
            "unknown field `colour`",
        ),
        (
            vec!["-f", p, "set", "NOPE", "status=done"],
            "no item `NOPE`",
        ),
        (
            vec!["-f", p, "set", "JC2-01", "meeting=JC9"],
            "there is no meeting `JC9`",
        ),
        (vec!["-f", p, "add", "--title", " "], "the title is empty"),
        (
            vec!["-f", p, "add", "--title", "x", "--id", "JC2-01"],
            "an item `JC2-01` already exists",
        ),
        (
            vec!["-f", p, "list", "--status", "someday"],
            "unknown status",
        ),
        (vec!["list", "--bogus"], "unexpected argument"),
    ] {
        let before = std::fs::read(&path).unwrap();
        let out = sb.run(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(needle), "{args:?}: {}", stderr(&out));
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "{args:?}: file untouched"
        );
    }
}

#[test]
fn bad_today_and_bad_config_are_reported() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .env("FOLLOWUP_TODAY", "2026-13-01")
        .args(["list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("FOLLOWUP_TODAY: impossible date `2026-13-01`"),
        "{}",
        stderr(&out)
    );
    std::fs::write(sb.path("config.toml"), "author = \"x\"\nautosave = maybe\n").unwrap();
    let out = sb.run(&["list"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{}:2:", sb.path("config.toml").display())),
        "{err}"
    );
}

/// JSONTestSuite: every document gets an answer (no panic, no hang) and never a write.
#[test]
fn json_test_suite_never_panics_or_writes() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/JSONTestSuite/test_parsing");
    let entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e} (the JSONTestSuite files ship in tests/data)",
                dir.display()
            )
        })
        .map(|e| e.unwrap().path())
        .collect();
    assert!(entries.len() > 300, "found {} files", entries.len());
    for path in &entries {
        let bytes = std::fs::read(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy();
        match followup::ledger::parse_ledger(&bytes) {
            Ok(_) => panic!("{name}: is not a ledger but was accepted"),
            Err(e) => {
                assert!(e.line >= 1 && e.column >= 1, "{name}: {e:?}");
                if name.starts_with("n_") {
                    assert!(
                        matches!(
                            e.problem,
                            ParseProblem::Json(_) | ParseProblem::NotUtf8 | ParseProblem::Bom
                        ),
                        "{name}: a malformed document must be reported as such: {e:?}"
                    );
                }
            }
        }
    }
    // Through the binary too, on a sample (process start-up dominates): nothing written.
    let sb = Sandbox::new();
    for path in entries.iter().step_by(10) {
        let copy = sb.path("doc.json");
        std::fs::copy(path, &copy).unwrap();
        let before = std::fs::read(&copy).unwrap();
        let out = sb.run(&["fmt", copy.to_str().unwrap()]);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{}: {}",
            path.display(),
            stderr(&out)
        );
        assert_eq!(std::fs::read(&copy).unwrap(), before);
    }
}
