//! Terminal and document injection: a ledger whose every text field carries
//! escape sequences, control characters, bidi overrides and Markdown / CSV
//! payloads. No command and no dashboard screen lets one through raw; the
//! visible forms (`\e`) show instead; reports keep their structure; JSON
//! stays valid and the file keeps the original characters.

mod common;
use common::app::TestApp;
use common::tui::{draw, key, press, today};
use common::*;
use followup::app::{Action, App, update};
use followup::ledger::parse_ledger;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::Output;

/// Sets the terminal title (OSC 0), ended by BEL.
const OSC: &str = "\x1b]0;pwned\x07";
/// Clears the screen.
const CLEAR: &str = "\x1b[2J";
/// BEL, backspace, a bare CR, a one-byte CSI (U+009B), a right-to-left
/// override and a left-to-right isolate.
const MIX: &str = "\x07\x08\r\u{9b}31m\u{202e}\u{2066}";

fn title_a() -> String {
    format!("=HYPERLINK(\"http://evil.example\",\"click\") {OSC}")
}

fn note_a() -> String {
    format!("# Heading\n- item\n```\n<img src=x onerror=alert(1)>\n[x](javascript:alert(1)){MIX}")
}

/// The hostile ledger: committee, meeting, review, ids, titles, owners,
/// workstreams, tags, notes and an unknown field (a party's name must be
/// one clean line: `check` refuses a hostile one, tests/parties.rs).
fn hostile() -> Value {
    json!({
        "format": "followup/1",
        "committee": {
            "name": format!("Comité{OSC}{CLEAR}"),
            "parties": ["INADEM (Mexico)", "SMBA (Korea)"]
        },
        "meetings": [
            { "id": "JC1", "date": "2026-11-01", "title": format!("Meeting{OSC}"), "place": "Seoul\u{2066}" }
        ],
        "reviews": [
            { "date": "2026-11-16", "attendees": [format!("x{OSC}")], "summary": format!("line1\n# h{MIX}") }
        ],
        "items": [
            {
                "id": "JC1-01",
                "title": title_a(),
                "workstream": format!("ops{CLEAR}"),
                "status": "open",
                "owners": ["\u{202e}ABMS", "@SUM(1+1)"],
                "due": "2026-11-20",
                "meeting": "JC1",
                "opened": "2026-11-01",
                "tags": [format!("t{MIX}")],
                "notes": [ { "date": "2026-11-20", "author": format!("eve{OSC}"), "text": note_a() } ],
                format!("x-note{CLEAR}"): format!("\u{2066}val{OSC}")
            },
            {
                "id": "JC1-02",
                "title": format!("# Heading{MIX}"),
                "workstream": format!("ops{CLEAR}"),
                "status": "blocked",
                "owners": ["INADEM"],
                "due": "2026-11-25",
                "meeting": "JC1"
            },
            {
                "id": "JC1-03",
                "title": "- item <img src=x onerror=alert(1)> ```",
                "workstream": "+cmd|' /C calc'!A0",
                "status": "in-progress",
                "owners": ["-2+3"]
            }
        ]
    })
}

/// Writes the hostile ledger to `ledger.json` in the sandbox.
fn write_hostile(sb: &Sandbox) -> PathBuf {
    let path = sb.path("ledger.json");
    std::fs::write(&path, serde_json::to_string_pretty(&hostile()).unwrap()).unwrap();
    path
}

/// Whether `c` must never reach a terminal raw.
fn forbidden(c: char) -> bool {
    matches!(c, '\0'..='\x08' | '\x0b'..='\x0c' | '\x0e'..='\x1f' | '\x7f'..='\u{9f}')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}')
}

/// Asserts that `bytes` hold no escape, BEL, backspace, bare CR, C1 control
/// or bidi control; `what` names the output.
fn assert_clean(bytes: &[u8], what: &str) {
    let text = String::from_utf8(bytes.to_vec()).unwrap_or_else(|e| panic!("{what}: {e}"));
    if let Some((i, c)) = text.char_indices().find(|&(_, c)| forbidden(c)) {
        panic!("{what}: {c:?} at byte {i}:\n{text}");
    }
    for (i, _) in text.match_indices('\r') {
        assert!(text[i + 1..].starts_with('\n'), "{what}: bare CR at {i}");
    }
}

/// Asserts that both streams of a run are clean, and returns stdout.
fn clean_run(out: &Output, what: &str) -> String {
    assert_clean(&out.stdout, &format!("{what} (stdout)"));
    assert_clean(&out.stderr, &format!("{what} (stderr)"));
    stdout(out)
}

fn run_ok(sb: &Sandbox, ledger: &Path, args: &[&str]) -> String {
    let mut all = vec!["-f", ledger.to_str().unwrap()];
    all.extend(args);
    let out = sb.run(&all);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    clean_run(&out, &format!("{args:?}"))
}

#[test]
fn list_show_check_and_textconv_show_hostile_text_visibly() {
    let sb = Sandbox::new();
    let path = write_hostile(&sb);
    let list = run_ok(&sb, &path, &["list"]);
    assert!(list.contains(r"ops\e[2J"), "{list}");
    assert!(list.contains(r"\u{202e}ABMS"), "{list}");
    assert!(list.contains("JC1-02"), "{list}");
    assert!(
        list.contains(r"# Heading\a\b\r\u{9b}31m\u{202e}\u{2066}"),
        "{list}"
    );
    // Every row is still one line: header, three items.
    assert_eq!(list.lines().count(), 4, "{list}");

    let show = run_ok(&sb, &path, &["show", "JC1-01"]);
    for shown in [
        r"\e]0;pwned\a",
        r"x-note\e[2J",
        r"\u{2066}val\e]0;pwned\a",
        r"Meeting\e]0;pwned\a, Seoul\u{2066}",
        r"eve\e]0;pwned\a",
        r"[x](javascript:alert(1))\a\b\r\u{9b}31m",
        r"t\a\b\r",
    ] {
        assert!(show.contains(shown), "`{shown}` not in:\n{show}");
    }
    run_ok(&sb, &path, &["show", "JC1-02"]);

    let check = run_ok(&sb, &path, &["check"]);
    assert!(check.contains("3 items"), "{check}");

    let textconv = run_ok(&sb, &path, &["textconv", path.to_str().unwrap()]);
    assert!(
        textconv.contains(r"committee Comité\e]0;pwned\a\e[2J"),
        "{textconv}"
    );
    assert!(textconv.contains("JC1-02 [blocked]"), "{textconv}");
    // Committee, meeting, review, three items: one line each.
    assert_eq!(textconv.lines().count(), 6, "{textconv}");
}

#[test]
fn a_file_that_is_not_a_ledger_is_shown_visibly_by_textconv() {
    let sb = Sandbox::new();
    let path = sb.path("broken.json");
    std::fs::write(&path, format!("not json {OSC}{MIX}\n")).unwrap();
    let out = run_ok(&sb, &path, &["textconv", path.to_str().unwrap()]);
    assert!(out.contains(r"not json \e]0;pwned\a"), "{out}");
}

#[test]
fn an_error_quoting_a_hostile_value_is_shown_visibly() {
    let sb = Sandbox::new();
    let mut l = hostile();
    l["items"][1]["status"] = json!(format!("fin{CLEAR}ished{MIX}"));
    let path = sb.path("ledger.json");
    std::fs::write(&path, serde_json::to_string_pretty(&l).unwrap()).unwrap();
    for args in [vec!["check"], vec!["list"], vec!["report"]] {
        let mut all = vec!["-f", path.to_str().unwrap()];
        all.extend(&args);
        let out = sb.run(&all);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        clean_run(&out, &format!("{args:?}"));
        let err = stderr(&out);
        assert!(err.contains(r"fin\e[2Jished\a\b\r\u{9b}31m"), "{err}");
        assert!(err.contains("items[1].status"), "{err}");
    }
    // An unknown id given on the command line is quoted visibly too.
    let good = write_hostile(&sb);
    let out = sb.run(&["-f", good.to_str().unwrap(), "show", "JC9\x1b[2J"]);
    assert_eq!(out.status.code(), Some(1));
    clean_run(&out, "show of an unknown id");
    assert!(
        stderr(&out).contains(r"no item `JC9\e[2J`"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn markdown_report_keeps_its_structure() {
    let sb = Sandbox::new();
    let path = write_hostile(&sb);
    let md = run_ok(&sb, &path, &["report", "--since", "2026-11-01"]);
    insta::assert_snapshot!(md);
    // The only headings, list items and blocks are the report's own.
    for line in md.lines() {
        let t = line.trim_start();
        if t.starts_with('#') {
            assert!(
                ["# Follow-up report: ", "## ", "### "]
                    .iter()
                    .any(|h| line.starts_with(h)),
                "a heading from the ledger: {line}\n{md}"
            );
        }
        for opener in ["<", "```", "~~~", ">", "|", "[", "=", "+"] {
            assert!(!t.starts_with(opener), "`{opener}` opens a line: {line}");
        }
        if t.starts_with("- ") {
            assert!(
                t.starts_with("- **") || t.starts_with("- note ") || t.starts_with("- November "),
                "a list item from the ledger: {line}"
            );
        }
    }
    for escaped in [
        r"\# Heading",
        r"\<img src=x onerror=alert(1)\>",
        r"\[x\](javascript:alert(1))",
        r"\`\`\`",
        r"Comité\\e\]0;pwned\\a",
    ] {
        assert!(md.contains(escaped), "`{escaped}` not in:\n{md}");
    }
    // The note keeps its lines, as hard breaks inside its list item.
    assert!(
        md.contains("  - note November 20, 2026 eve\\\\e\\]0;pwned\\\\a: \\# Heading\\\n    \\- item\\\n    \\`\\`\\`\\\n"),
        "{md}"
    );
}

#[test]
fn csv_report_cells_cannot_become_formulas() {
    let sb = Sandbox::new();
    let path = write_hostile(&sb);
    let text = run_ok(&sb, &path, &["report", "--format", "csv"]);
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    for row in &rows {
        for cell in row {
            let number = cell.parse::<f64>().is_ok();
            assert!(
                number || !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a formula: {cell:?}"
            );
        }
    }
    assert_eq!(
        &rows[0][1],
        r#"'=HYPERLINK("http://evil.example","click") \e]0;pwned\a"#
    );
    assert_eq!(&rows[0][4], r"\u{202e}ABMS; @SUM(1+1)");
    assert_eq!(&rows[2][2], "'+cmd|' /C calc'!A0");
    assert_eq!(&rows[2][4], "'-2+3");
}

#[test]
fn json_outputs_stay_valid_with_the_original_characters() {
    let sb = Sandbox::new();
    let path = write_hostile(&sb);
    let out = sb.run(&["-f", path.to_str().unwrap(), "list", "--json"]);
    assert!(out.status.success());
    // Control characters are escaped by JSON itself; bidi ones are kept as
    // they are (JSON is for programs, not terminals).
    assert!(!out.stdout.contains(&0x1b));
    let items: Value = serde_json::from_slice(&out.stdout).unwrap();
    let titles: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["title"].as_str().unwrap())
        .collect();
    assert!(titles.contains(&title_a().as_str()), "{titles:?}");
    let out = sb.run(&["-f", path.to_str().unwrap(), "show", "JC1-01", "--json"]);
    let item: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(item["owners"][0], "\u{202e}ABMS");
    assert_eq!(item["notes"][0]["text"], note_a());
    let out = sb.run(&["-f", path.to_str().unwrap(), "report", "--format", "json"]);
    assert!(out.status.success());
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["committee"], format!("Comité{OSC}{CLEAR}"));
}

#[test]
fn edits_keep_hostile_text_byte_for_byte() {
    let sb = Sandbox::new();
    let path = write_hostile(&sb);
    let said = run_ok(&sb, &path, &["set", "JC1-01", "status=done"]);
    assert!(said.contains("JC1-01"), "{said}");
    let said = run_ok(&sb, &path, &["note", "JC1-01", &format!("more{OSC}")]);
    assert!(!said.is_empty());
    let said = run_ok(&sb, &path, &["set", "JC1-02", "status=done"]);
    assert!(said.contains("JC1-02"), "{said}");
    let bytes = std::fs::read(&path).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    // The canonical file holds the JSON escape of each original character.
    assert!(text.contains(&serde_json::to_string(&title_a()).unwrap()));
    let l = parse_ledger(&bytes).unwrap();
    let a = l.item("JC1-01").unwrap();
    assert_eq!(a.title, title_a());
    assert_eq!(a.owners, ["\u{202e}ABMS", "@SUM(1+1)"]);
    assert_eq!(a.notes[0].text, note_a());
    assert_eq!(a.notes[1].text, format!("more{OSC}"));
    assert_eq!(a.workstream, format!("ops{CLEAR}"));
    assert!(l.item("JC1-02").is_some());
    assert_eq!(l.committee.name, format!("Comité{OSC}{CLEAR}"));
}

#[test]
fn diff_in_git_shows_hostile_changes_visibly() {
    let sb = Sandbox::new();
    let repo = TestRepo::init(&sb, "repo");
    let dir = repo.dir().to_owned();
    let path = dir.join("ledger.json");
    std::fs::write(&path, serde_json::to_string_pretty(&hostile()).unwrap()).unwrap();
    repo.git(&["add", "."]);
    repo.git(&["commit", "-qm", "hostile"]);
    let mut l = hostile();
    l["items"][0]["status"] = json!("done");
    l["items"][0]["owners"] = json!([format!("K{OSC}")]);
    l["items"][0]["notes"][0]["text"] = json!(format!("changed{MIX}"));
    l["items"][1]["title"] = json!(format!("new{CLEAR}\n+ JC9-99  forged"));
    l["items"][2]["owners"] = json!(["a\n- JC9-98  forged"]);
    l["items"].as_array_mut().unwrap().push(json!({
        "id": "JC1-04",
        "title": format!("added\u{202e}{CLEAR}"),
        "status": "open",
        "owners": [format!("o{MIX}")]
    }));
    std::fs::write(&path, serde_json::to_string_pretty(&l).unwrap()).unwrap();
    let out = sb
        .cmd()
        .current_dir(&dir)
        .args(["-f", path.to_str().unwrap(), "diff"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let diff = clean_run(&out, "diff");
    for shown in [
        r"owners: +K\e]0;pwned\a",
        r"+ JC1-04  added\u{202e}\e[2J",
        r"new\e[2J\n+ JC9-99  forged",
        r"owners: +a\n- JC9-98  forged",
    ] {
        assert!(diff.contains(shown), "`{shown}` not in:\n{diff}");
    }
    // A line break in a value cannot forge a line of the diff.
    assert!(
        !diff
            .lines()
            .any(|l| l.trim_start().starts_with(['+', '-']) && l.contains("JC9-9")),
        "{diff}"
    );
}

/// A file beside the ledger whose name only looks like a recovery (a name
/// followup never writes, carrying escapes) is never shown nor merged.
#[test]
fn recovery_file_names_followup_did_not_write_are_ignored() {
    let sb = Sandbox::new();
    let path = write_hostile(&sb);
    let name = format!(".ledger.json.recovered-{CLEAR}\u{202e}.json");
    std::fs::write(sb.path(&name), "{}").unwrap();
    assert_eq!(
        followup::dashboard::recovery_notice(&path, Some(&sb.state())),
        None
    );
    let out = sb.run(&["-f", path.to_str().unwrap(), "recover"]);
    clean_run(&out, "recover");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(sb.path(&name).exists(), "left alone");
}

// The dashboard.

/// Every cell of the screen as text, asserting none holds a forbidden character.
fn screen(app: &App, what: &str) -> String {
    let t = draw(app);
    let buf = t.backend().buffer();
    let mut text = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let sym = buf[(x, y)].symbol();
            assert!(
                !sym.contains(|c: char| forbidden(c) || c == '\r' || c == '\n' || c == '\t'),
                "{what}: {sym:?} at {x},{y}"
            );
            text.push_str(sym);
        }
        text.push('\n');
    }
    text
}

fn hostile_app() -> App {
    let ledger = parse_ledger(hostile().to_string().as_bytes()).unwrap();
    let label = format!("/tmp/evil{CLEAR}/ledger\u{202e}.json");
    TestApp::new()
        .ledger(ledger)
        .label(&label)
        .today(today())
        .size(140, 40)
        .build()
}

#[test]
fn the_dashboard_never_draws_controls_or_bidi_characters() {
    let mut app = hostile_app();
    // The table, the header and the detail pane of the selected item.
    let s = screen(&app, "table");
    for shown in [
        r"Comité\e]0;pwned\a\e[2J",
        r"ledger\u{202e}.json",
        r"ops\e[2J",
    ] {
        assert!(s.contains(shown), "`{shown}` not in:\n{s}");
    }
    // Each item in the detail pane, focused and scrolled through.
    let mut seen = String::new();
    for _ in 0..3 {
        press(&mut app, key("<Enter>"));
        for _ in 0..20 {
            seen.push_str(&screen(&app, "detail"));
            press(&mut app, key("j"));
        }
        press(&mut app, key("<Tab>"));
        press(&mut app, key("j"));
    }
    for shown in [
        r"x-note\e[2J",
        r"\u{2066}val\e]0;pwned\a",
        r"eve\e]0;pwned\a",
        // The word wrap takes the bare CR for a space.
        r"[x](javascript:alert(1))\a\b \u{9b}31m\u{202e}\u{2066}",
        "JC1-02",
    ] {
        assert!(seen.contains(shown), "`{shown}` not in the detail pane");
    }
    // The timeline.
    let mut app = hostile_app();
    press(&mut app, key("t"));
    let s = screen(&app, "timeline");
    assert!(s.contains(r"ops\e[2J"), "{s}");
    // Review mode, stepping through the agenda.
    let mut app = hostile_app();
    press(&mut app, key("r"));
    let mut seen = String::new();
    for _ in 0..4 {
        seen.push_str(&screen(&app, "review"));
        press(&mut app, key("n"));
    }
    assert!(
        seen.contains(r"Last note · 2026-11-20 · eve\e]0;pwned\a"),
        "{seen}"
    );
    // The edit form, the note box and the delete prompt on the first item.
    let mut app = hostile_app();
    press(&mut app, key("e"));
    let s = screen(&app, "form");
    assert!(s.contains(r"\e]0;pwned\a"), "{s}");
    press(&mut app, key("<Esc>"));
    press(&mut app, key("c"));
    screen(&app, "note box");
    press(&mut app, key("<Esc>"));
    press(&mut app, key("D"));
    screen(&app, "delete prompt");
    // A search for a hostile string, typed or pasted.
    let mut app = hostile_app();
    press(&mut app, key("/"));
    update(&mut app, Action::Paste(format!("ops{CLEAR}")));
    let s = screen(&app, "search");
    assert!(s.contains(r"/ops\e[2J"), "{s}");
    // The owner filter lists hostile owners.
    let mut app = hostile_app();
    press(&mut app, key("f"));
    press(&mut app, key("o"));
    let s = screen(&app, "owner filter");
    assert!(s.contains(r"\u{202e}ABMS"), "{s}");
    // Chosen, it shows in the header and the filter menu.
    // The choices are "(any)", then the owners.
    let at = 1 + app
        .index
        .owners
        .iter()
        .position(|o| o == "\u{202e}ABMS")
        .expect("the owner is listed");
    for _ in 0..at {
        press(&mut app, key("j"));
    }
    press(&mut app, key("<Enter>"));
    let s = screen(&app, "filtered");
    let header = s.lines().next().unwrap();
    assert!(header.contains(r"filter: owner \u{202e}ABMS"), "{header}");
    press(&mut app, key("f"));
    screen(&app, "filter menu");
    // The status line after an edit names the item.
    let mut app = hostile_app();
    press(&mut app, key("j"));
    press(&mut app, key("x"));
    let s = screen(&app, "status line");
    let last = s.lines().last().unwrap();
    assert!(last.contains("JC1-02"), "{last}");
}

/// Ids are one clean line: a file whose id holds an escape sequence is
/// refused, and the refusal names the place without echoing the id raw.
#[test]
fn a_hostile_id_is_refused_and_not_echoed_raw() {
    let sb = Sandbox::new();
    let mut ledger = hostile();
    ledger["items"][1]["id"] = json!("JC1-\x1b[31m02");
    let path = sb.path("ledger.json");
    std::fs::write(&path, serde_json::to_string_pretty(&ledger).unwrap()).unwrap();
    for args in [
        &["check"][..],
        &["list"],
        &["report"],
        &["textconv", "ledger.json"],
    ] {
        let mut all = vec!["-f", path.to_str().unwrap()];
        all.extend(args);
        let out = sb.run(&all);
        clean_run(&out, &format!("{args:?}"));
        if args[0] != "textconv" {
            assert!(!out.status.success(), "{args:?} accepted a hostile id");
            assert!(
                stderr(&out).contains("items[1].id"),
                "{args:?}: {}",
                stderr(&out)
            );
        }
    }
}
