//! The real binary in a real terminal (tmux): it draws, navigates, searches,
//! quits, and leaves the terminal as it found it. Each test runs in a private
//! tmux server; without tmux it skips (and fails under CI).

mod common;

use common::{Sandbox, Tmux, Tool, require};
use followup::base::dates::format_date;
use followup::ledger::parse_ledger;
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const BIN: &str = env!("CARGO_BIN_EXE_followup");

/// A dashboard in a private tmux terminal; killed when dropped, pass or fail.
struct Session {
    term: Tmux,
    sb: Sandbox,
}

impl Drop for Session {
    fn drop(&mut self) {
        // Kill our own dashboard first (by its pid), so that no test leaves
        // a process behind, pass or fail; then the tmux server goes.
        if let Ok(pid) = std::fs::read_to_string(self.sb.path("pid")) {
            let pid = pid.trim();
            // Only if that pid is still our binary (pids are reused).
            let ours = std::fs::read(format!("/proc/{pid}/cmdline"))
                .is_ok_and(|c| String::from_utf8_lossy(&c).contains(BIN));
            if ours {
                let _ = Command::new("kill").args(["-9", pid]).status();
            }
        }
    }
}

/// True while the process runs; an exited process waiting to be reaped (a
/// zombie, state `Z`) counts as gone.
fn alive(pid: &str) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        // The state follows the command name, which is in parentheses.
        stat.rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().next())
            .is_some_and(|state| state != "Z" && state != "X")
    })
}

/// A config with autosave off in the sandbox.
fn manual_config(sb: &Sandbox) {
    std::fs::write(sb.path("config.toml"), "autosave = false\n").unwrap();
}

/// Copies a fixture into the sandbox as `ledger.json`.
fn copy_as_ledger(sb: &Sandbox, fixture: &str) -> PathBuf {
    let ledger = sb.path("ledger.json");
    std::fs::copy(common::fixtures().join(fixture), &ledger).unwrap();
    ledger
}

/// The environment of the dashboard and of the CLI beside it: the
/// sandbox's, as the user `e2e`, with the state dir in the sandbox too.
fn session_env(sb: &Sandbox) -> Vec<(&'static str, OsString)> {
    let mut env: Vec<_> = sb.env().into_iter().filter(|(k, _)| *k != "USER").collect();
    env.push(("USER", "e2e".into()));
    env.push(("XDG_STATE_HOME", sb.path("state").into()));
    env
}

fn sh_quote(p: &Path) -> String {
    format!("'{}'", p.display().to_string().replace('\'', r"'\''"))
}

impl Session {
    /// Starts `followup` on a copy of a fixture in a 120×40 tmux window.
    fn start(fixture: &str) -> Session {
        let sb = Sandbox::new();
        let ledger = copy_as_ledger(&sb, &format!("{fixture}.json"));
        Session::launch(sb, &ledger)
    }

    /// Starts `followup` on an existing ledger file (another session's, of
    /// the same user: the state directory, where recovery files are
    /// recorded as the user's own, is shared).
    fn start_on(ledger: &Path) -> Session {
        let sb = Sandbox::new();
        let state = ledger.parent().unwrap().join("state");
        std::fs::create_dir_all(&state).unwrap();
        std::os::unix::fs::symlink(&state, sb.path("state")).unwrap();
        Session::launch(sb, ledger)
    }

    /// Like [`Session::start`], in the locale `lang` (`es_MX.UTF-8`).
    fn start_in(fixture: &str, lang: &str) -> Session {
        let sb = Sandbox::new();
        let ledger = copy_as_ledger(&sb, &format!("{fixture}.json"));
        Session::launch_in(sb, &ledger, lang)
    }

    /// Like [`Session::start`], with autosave off in the config (to look
    /// at unsaved edits).
    fn start_manual(fixture: &str) -> Session {
        let sb = Sandbox::new();
        manual_config(&sb);
        let ledger = copy_as_ledger(&sb, &format!("{fixture}.json"));
        Session::launch(sb, &ledger)
    }

    fn launch(sb: Sandbox, ledger: &Path) -> Session {
        Session::launch_in(sb, ledger, "C.UTF-8")
    }

    /// Starts `followup` on `ledger` in the locale `lang`, in the sandbox's
    /// environment and nothing else of the caller's.
    fn launch_in(sb: Sandbox, ledger: &Path, lang: &str) -> Session {
        let arg = sh_quote(ledger);
        Session::launch_with(sb, &arg, lang)
    }

    /// Starts `followup` as a new user does: no ledger named, none found
    /// (run in the sandbox, outside any repository), in the locale `lang`.
    fn launch_bare(lang: &str) -> Session {
        Session::launch_with(Sandbox::new(), "", lang)
    }

    /// Starts `followup ARGS` (quoted for the shell) in the sandbox (never
    /// in a repository that may hold a ledger.json), in the locale `lang`.
    fn launch_with(sb: Sandbox, args: &str, lang: &str) -> Session {
        let mut env = session_env(&sb);
        env.push(("LANG", lang.into()));
        let inner = format!(
            "cd {} || exit 99; echo $$ > {}; exec {} {args}",
            sh_quote(sb.dir.path()),
            sh_quote(&sb.path("pid")),
            sh_quote(Path::new(BIN)),
        );
        let cmd = format!(
            "sh -c {}; echo EXITED:$?; sleep 120",
            sh_quote(Path::new(&inner))
        );
        let env: Vec<(&str, &OsStr)> = env.iter().map(|(k, v)| (*k, v.as_os_str())).collect();
        let term = Tmux::start((120, 40), &env, &cmd);
        Session { term, sb }
    }

    fn screen(&self) -> String {
        self.term.screen()
    }

    fn send_keys(&self, keys: &[&str]) {
        self.term.send_keys(keys);
    }

    fn text(&self, s: &str) {
        self.term.text(s);
    }

    /// Waits until the screen shows `text`; fails with the screen otherwise.
    fn wait_for(&self, text: &str) -> String {
        self.term.wait_for(text)
    }

    /// Waits until the screen passes `ok`; fails with the screen otherwise.
    fn wait_until(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        self.term.wait_until(what, ok)
    }

    fn pane_flag(&self, flag: &str) -> String {
        self.term.flag(flag)
    }

    /// Checks the dashboard exited and left the alternate screen, raw mode and mouse reporting.
    fn assert_restored(&self, screen: &str) {
        assert!(
            !screen.contains("Korea–Mexico"),
            "the dashboard is gone from the normal screen:\n{screen}"
        );
        assert_eq!(
            self.pane_flag("alternate_on"),
            "0",
            "left the alternate screen"
        );
        assert_eq!(
            self.pane_flag("mouse_any_flag"),
            "0",
            "mouse reporting is off"
        );
        assert_eq!(
            self.pane_flag("mouse_button_flag"),
            "0",
            "mouse reporting is off"
        );
    }

    fn pid(&self) -> String {
        std::fs::read_to_string(self.sb.path("pid"))
            .unwrap()
            .trim()
            .to_owned()
    }

    fn ledger(&self) -> PathBuf {
        self.sb.path("ledger.json")
    }

    /// `followup` beside the dashboard, in the same environment.
    fn followup(&self) -> Command {
        let mut c = Command::new(BIN);
        c.current_dir(self.sb.dir.path())
            .env_clear()
            .envs(session_env(&self.sb));
        c
    }

    /// Runs the CLI on this session's ledger.
    fn cli(&self, args: &[&str]) -> Output {
        self.followup()
            .arg("-f")
            .arg(self.ledger())
            .args(args)
            .output()
            .unwrap()
    }
}

#[test]
fn navigate_search_and_quit() {
    if !require(Tool::Tmux) {
        return;
    }
    let s = Session::start("korea-mexico-sme");
    // The whole first frame (a capture may catch it half-written). The
    // committee's name is cut to leave room for the capitals' clocks.
    let screen = s.wait_until("the first frame", |x| {
        x.contains(" Korea–Mexic") && x.contains(" JC3-04 ─")
    });
    assert!(screen.contains("▲ 3 overdue"), "{screen}");
    assert!(
        screen.contains("JC3-04 Circulate and sign the minutes"),
        "{screen}"
    );
    assert!(screen.contains("2026-11-13 10d late ↻1"), "{screen}");
    assert_eq!(s.pane_flag("alternate_on"), "1");
    assert_eq!(
        s.pane_flag("mouse_any_flag"),
        "1",
        "mouse reporting is on while running"
    );

    s.send_keys(&["j", "j"]);
    s.wait_for(" JC2-09 ─");
    s.send_keys(&["G"]);
    s.wait_for(" JC2-07 ─");
    s.send_keys(&["g"]);
    s.wait_for(" JC3-04 ─");

    s.send_keys(&["/"]);
    s.text("kia");
    s.wait_for("/kia█");
    s.send_keys(&["Enter"]);
    let screen = s.wait_for("matches · n/N");
    assert!(
        screen.contains(" JC2-03 ─"),
        "the first match is selected:\n{screen}"
    );
    s.send_keys(&["n"]);
    s.wait_for(" JC3-02 ─");

    s.send_keys(&["t"]);
    s.wait_for("Jan 2027");
    s.send_keys(&["t", "?"]);
    s.wait_for("go to the bottom");
    s.send_keys(&["Escape"]);
    s.wait_until("the help to close", |s| !s.contains("go to the bottom"));

    s.send_keys(&["q"]);
    let screen = s.wait_for("EXITED:0");
    s.assert_restored(&screen);
    assert!(s.ledger().exists());
}

#[test]
fn small_terminal_then_resize() {
    if !require(Tool::Tmux) {
        return;
    }
    let s = Session::start("korea-celac-eclac");
    s.wait_for("Korea–CELAC");
    s.term.resize(70, 20);
    s.wait_for("Terminal too small");
    s.term.resize(80, 24);
    let screen = s.wait_for("Korea–CELAC");
    assert!(!screen.contains("too small"), "{screen}");
    s.send_keys(&["q"]);
    let screen = s.wait_for("EXITED:0");
    s.assert_restored(&screen);
}

/// A resize before any key is seen, whenever it comes: as the dashboard
/// starts, and once it has settled (crossterm hears of a resize only once
/// its reader is made, which a key or a thread's word used to make).
#[test]
fn a_resize_before_any_key_is_seen() {
    if !require(Tool::Tmux) {
        return;
    }
    for settle in [Duration::ZERO, Duration::from_millis(800)] {
        let s = Session::start("korea-celac-eclac");
        if !settle.is_zero() {
            s.wait_for("Korea–CELAC");
            std::thread::sleep(settle);
        }
        s.term.resize(70, 20);
        s.wait_for("Terminal too small");
        s.term.resize(80, 24);
        s.wait_for("Korea–CELAC");
    }
}

/// The CPU time `pid` has taken, in clock ticks (user and system).
fn cpu_ticks(pid: &str) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // The fields after the command name, which is in parentheses.
    let (_, rest) = stat.rsplit_once(')').unwrap();
    let fields: Vec<&str> = rest.split_whitespace().collect();
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

/// A dashboard with nothing to do sleeps until a key, a tick or a thread
/// wakes it: a loop that kept looking at the terminal would take a core.
#[test]
fn an_idle_dashboard_takes_almost_no_cpu() {
    if !require(Tool::Tmux) {
        return;
    }
    let s = Session::start("korea-mexico-sme");
    s.wait_for("Korea–Mexic");
    s.send_keys(&["j"]);
    // The work done while no key waits (search texts, drawing ahead) ends.
    std::thread::sleep(Duration::from_millis(1500));
    let pid = s.pid();
    let before = cpu_ticks(&pid);
    std::thread::sleep(Duration::from_secs(2));
    let spent = cpu_ticks(&pid) - before;
    // 100 ticks a second: a core kept busy for the 2 s takes about 200.
    assert!(
        spent < 40,
        "{spent} clock ticks of CPU in 2 s with nothing to do"
    );
}

#[test]
fn sigterm_restores_the_terminal() {
    if !require(Tool::Tmux) {
        return;
    }
    let s = Session::start("korea-mexico-sme");
    s.wait_for("Korea–Mexic");
    let kill = Command::new("kill")
        .args(["-TERM", &s.pid()])
        .status()
        .unwrap();
    assert!(kill.success());
    let screen = s.wait_for("EXITED:1");
    s.assert_restored(&screen);
    assert!(screen.contains("EXITED:143"), "128 + SIGTERM:\n{screen}");
}

#[test]
fn sighup_exits_with_129() {
    if !require(Tool::Tmux) {
        return;
    }
    let s = Session::start("korea-mexico-sme");
    s.wait_for("Korea–Mexic");
    let kill = Command::new("kill")
        .args(["-HUP", &s.pid()])
        .status()
        .unwrap();
    assert!(kill.success());
    let screen = s.wait_for("EXITED:1");
    s.assert_restored(&screen);
    assert!(screen.contains("EXITED:129"), "128 + SIGHUP:\n{screen}");
}

#[test]
fn a_broken_ledger_fails_before_the_screen_is_taken() {
    // A sandboxed HOME, config and data: the user's own config plays no part.
    let sandbox = common::Sandbox::new();
    let broken = common::fixtures().join("broken/malformed.json");
    let out = sandbox.cmd().arg(&broken).output().unwrap();
    let cli = sandbox
        .cmd()
        .arg("--ledger")
        .arg(&broken)
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "nothing drawn");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("malformed.json:51:7"), "{err}");
    assert_eq!(out.stderr, cli.stderr, "the same message as the CLI");
}

#[test]
fn edit_a_status_add_a_note_save_quit_and_read_it_back_with_the_cli() {
    if !require(Tool::Tmux) {
        return;
    }
    let s = Session::start_manual("korea-mexico-sme");
    s.wait_for("Korea–Mexic");
    assert!(s.screen().contains("✔ saved"));
    // JC3-04 is selected (the most overdue): in-progress → blocked.
    s.send_keys(&["s", "b"]);
    s.wait_for("JC3-04: in progress → blocked");
    s.wait_for("● unsaved");
    s.send_keys(&["c"]);
    s.wait_for("Note on JC3-04");
    s.text("Minutes signed by both sides");
    s.send_keys(&["Enter"]);
    s.wait_for("JC3-04: note added");
    s.send_keys(&["C-s"]);
    s.wait_for("✔ saved");
    s.send_keys(&["q"]);
    let screen = s.wait_for("EXITED:0");
    s.assert_restored(&screen);
    let out = s.cli(&["show", "JC3-04", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["status"], "blocked");
    assert_eq!(v["updated"], "2026-11-23");
    let note = v["notes"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(note["text"], "Minutes signed by both sides");
    assert_eq!(note["date"], "2026-11-23");
    assert_eq!(note["author"], "e2e");
}

#[test]
fn x_then_j_then_x_marks_two_different_items_done() {
    if !require(Tool::Tmux) {
        return;
    }
    let s = Session::start_manual("korea-mexico-sme");
    s.wait_until("the first frame", |x| x.contains(" JC3-04 ─"));
    let done_before: Vec<String> = parse_ledger(&std::fs::read(s.ledger()).unwrap())
        .unwrap()
        .items
        .iter()
        .filter(|i| i.status == followup::ledger::Status::Done)
        .map(|i| i.id.clone())
        .collect();
    // Done sorts last: JC3-04 goes down, the cursor stays on the first row,
    // on the item that came there; the status line says where JC3-04 went.
    s.send_keys(&["x"]);
    let screen = s.wait_for("JC3-04: in progress → done — moved to row");
    assert!(!screen.contains(" JC3-04 ─"), "{screen}");
    s.send_keys(&["j"]);
    s.wait_for(" JC2-09 ─");
    s.send_keys(&["x"]);
    s.wait_for("JC2-09: ");
    s.send_keys(&["C-s"]);
    s.wait_for("✔ saved");
    s.send_keys(&["q"]);
    s.wait_for("EXITED:0");
    let l = parse_ledger(&std::fs::read(s.ledger()).unwrap()).unwrap();
    let mut newly: Vec<&str> = l
        .items
        .iter()
        .filter(|i| i.status == followup::ledger::Status::Done && !done_before.contains(&i.id))
        .map(|i| i.id.as_str())
        .collect();
    newly.sort_unstable();
    assert_eq!(newly, ["JC2-09", "JC3-04"], "two different items done");
}

#[test]
fn a_first_start_says_on_the_status_line_that_it_made_a_sample_ledger() {
    if !require(Tool::Tmux) {
        return;
    }
    for (lang, said) in [
        ("C.UTF-8", "created a sample ledger at "),
        (
            "es_MX.UTF-8",
            "se creó un registro de acuerdos de ejemplo en ",
        ),
        ("ko_KR.UTF-8", "예시 관리대장을 만들었습니다"),
    ] {
        let s = Session::launch_bare(lang);
        // On the dashboard itself, while it runs (the line printed before
        // the dashboard takes the screen is not on it).
        // The status line wraps above the footer: read the words across rows.
        let flat = |x: &str| x.split_whitespace().collect::<Vec<_>>().join(" ");
        let screen = s.wait_until(said, |x| {
            flat(x).contains(&flat(said)) && x.contains(" JC3-04 ─")
        });
        assert_eq!(s.pane_flag("alternate_on"), "1", "{screen}");
        assert!(screen.contains("ledger.json"), "{screen}");
        let sample = s.sb.home().join(".local/share/followup/ledger.json");
        assert!(sample.exists(), "{}", sample.display());
        s.send_keys(&["q"]);
        s.wait_for("EXITED:0");
    }
    // A ledger that is there is not announced.
    let s = Session::start("korea-mexico-sme");
    let screen = s.wait_for(" JC3-04 ─");
    assert!(!screen.contains("sample"), "{screen}");
}

#[test]
fn quitting_with_unsaved_edits_asks_first() {
    if !require(Tool::Tmux) {
        return;
    }
    let s = Session::start_manual("korea-mexico-sme");
    s.wait_for("Korea–Mexic");
    let before = std::fs::read(s.ledger()).unwrap();
    s.send_keys(&["x", "q"]);
    s.wait_for("Unsaved edits");
    s.send_keys(&["Escape"]);
    s.wait_until("the prompt to close", |x| !x.contains("Unsaved edits"));
    s.send_keys(&["q", "d"]);
    s.wait_for("EXITED:0");
    assert_eq!(std::fs::read(s.ledger()).unwrap(), before, "discarded");
}

/// Waits until the ledger at `path` loads and passes `ok`; fails with its
/// content otherwise.
fn wait_for_file(path: &Path, what: &str, ok: impl Fn(&followup::ledger::Ledger) -> bool) {
    let start = Instant::now();
    loop {
        let text = std::fs::read(path).unwrap_or_default();
        if let Ok(l) = followup::ledger::parse_ledger(&text)
            && ok(&l)
        {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "timed out waiting for {what} in the file:\n{}",
            String::from_utf8_lossy(&text)
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Selects the item `id` with the search (`/id`, Enter).
fn select(s: &Session, id: &str) {
    s.send_keys(&["/"]);
    s.text(id);
    s.send_keys(&["Enter"]);
}

#[test]
fn cli_writes_beside_an_open_dashboard_succeed_and_appear_on_its_screen() {
    if !require(Tool::Tmux) {
        return;
    }
    let s = Session::start("korea-mexico-sme");
    s.wait_for("Korea–Mexic");
    let out = s.cli(&["set", "JC2-11", "status=done"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    s.wait_for("reloaded: 1 item changed on disk");
    let out = s.cli(&["note", "JC2-05", "llamada con SMBA el lunes"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The note is at the end of the item's detail: focus it, go to its
    // end (again, until the reload has come: it puts the detail back at
    // its top).
    select(&s, "JC2-05");
    s.send_keys(&["Tab"]);
    s.wait_until("the CLI's note", |x| {
        s.send_keys(&["G"]);
        x.contains("llamada con SMBA el lunes")
    });
    s.send_keys(&["q"]);
    s.wait_for("EXITED:0");
}

#[test]
fn two_dashboards_and_the_cli_edit_one_ledger_and_nothing_is_lost() {
    if !require(Tool::Tmux) {
        return;
    }
    use followup::ledger::Status;
    let first = Session::start("korea-mexico-sme");
    first.wait_for("Korea–Mexic");
    let second = Session::start_on(&first.ledger());
    let screen = second.wait_for("Korea–Mexic");
    assert!(!screen.contains("read-only"), "{screen}");
    let path = first.ledger();
    // Autosave (the default) saves each edit as it is made.
    select(&first, "JC2-11");
    first.send_keys(&["x"]);
    wait_for_file(&path, "the first dashboard's edit", |l| {
        l.item("JC2-11").unwrap().status == Status::Done
    });
    select(&second, "JC3-04");
    second.send_keys(&["x"]);
    let out = first.cli(&["set", "JC2-05", "status=blocked"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = first.cli(&["note", "JC2-08", "from the command line"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    select(&first, "JC2-08");
    first.send_keys(&["x"]);
    wait_for_file(&path, "every edit", |l| {
        l.item("JC2-11").unwrap().status == Status::Done
            && l.item("JC3-04").unwrap().status == Status::Done
            && l.item("JC2-05").unwrap().status == Status::Blocked
            && l.item("JC2-08").unwrap().status == Status::Done
            && l.item("JC2-08")
                .unwrap()
                .notes
                .iter()
                .any(|n| n.text == "from the command line")
    });
    for s in [&first, &second] {
        s.wait_until("the file's content on both screens", |x| {
            x.contains("✔ saved") && !x.contains("● unsaved")
        });
        s.send_keys(&["q"]);
        s.wait_for("EXITED:0");
    }
    let l = followup::ledger::parse_ledger(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(l.item("JC2-11").unwrap().status, Status::Done, "first");
    assert_eq!(l.item("JC3-04").unwrap().status, Status::Done, "second");
    assert_eq!(l.item("JC2-05").unwrap().status, Status::Blocked, "the CLI");
    assert!(
        l.item("JC2-08")
            .unwrap()
            .notes
            .iter()
            .any(|n| n.text == "from the command line"),
        "the CLI's note"
    );
    assert_eq!(
        l.item("JC2-08").unwrap().status,
        Status::Done,
        "first, on the same item"
    );
}

#[test]
fn killed_during_saves_the_ledger_is_a_saved_version() {
    if !require(Tool::Tmux) {
        return;
    }
    use followup::ledger::{Status, canonical_json, parse_ledger};
    let original = parse_ledger(&std::fs::read("fixtures/korea-mexico-sme.json").unwrap()).unwrap();
    // Every version the edits below can save: JC3-04 with some status, updated today.
    let mut versions = vec![canonical_json(&original)];
    for st in Status::ALL {
        let mut l = original.clone();
        let it = l.item_mut("JC3-04").unwrap();
        it.status = st;
        it.updated = Some(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap());
        versions.push(canonical_json(&l));
    }
    for round in 0..6u64 {
        let s = Session::start("korea-mexico-sme");
        s.wait_for("Korea–Mexic");
        let mut burst = Vec::new();
        for _ in 0..40 {
            burst.extend(["s", "C-s"]);
        }
        let jitter = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .subsec_nanos() as u64
            % 40;
        s.send_keys(&burst);
        std::thread::sleep(Duration::from_millis(20 + round * 35 + jitter));
        let kill = Command::new("kill")
            .args(["-9", &s.pid()])
            .status()
            .unwrap();
        assert!(kill.success());
        s.wait_for("EXITED:1");
        let text = std::fs::read_to_string(s.ledger()).unwrap();
        parse_ledger(text.as_bytes()).expect("the ledger is valid after kill -9");
        assert!(
            versions.contains(&text),
            "round {round}: the file is not one of the saved versions:\n{text}"
        );
    }
}

#[test]
fn closing_the_terminal_ends_the_dashboard_and_keeps_unsaved_edits() {
    if !require(Tool::Tmux) {
        return;
    }
    let s = Session::start_manual("korea-mexico-sme");
    s.wait_for("Korea–Mexic");
    let before = std::fs::read(s.ledger()).unwrap();
    // JC3-04 is selected: mark it done, do not save.
    s.send_keys(&["x"]);
    s.wait_for("● unsaved");
    let pid = s.pid();
    // Closing the terminal: tmux hangs up on the dashboard (SIGHUP).
    s.term.close();
    let start = Instant::now();
    while alive(&pid) {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "the dashboard (pid {pid}) is still running 5 s after its terminal closed"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(
        std::fs::read(s.ledger()).unwrap(),
        before,
        "the ledger is unchanged"
    );
    let recovered: Vec<PathBuf> = std::fs::read_dir(s.sb.dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(".ledger.json.recovered-")
        })
        .collect();
    assert_eq!(recovered.len(), 1, "one recovery file: {recovered:?}");
    let l = followup::ledger::parse_ledger(&std::fs::read(&recovered[0]).unwrap())
        .expect("the recovery file is a ledger");
    assert_eq!(
        l.item("JC3-04").unwrap().status,
        followup::ledger::Status::Done
    );
    // The next dashboard on this ledger says edits were recovered, and on
    // quitting, where they are and the command (with the absolute path) that
    // merges them in.
    let again = Session::start_on(&s.ledger());
    again.wait_for("recovered edits of a closed session: merge steps on quit");
    again.send_keys(&["q"]);
    let screen = again.wait_for("EXITED:0");
    let dir = s.sb.dir.path().display().to_string();
    // (The command is longer than the window: join the wrapped lines.)
    let joined = screen.replace('\n', "");
    assert!(
        joined.contains(&format!("are in {dir}/.ledger.json.recovered-")),
        "{screen}"
    );
    assert!(
        joined.contains(&format!("followup recover -f {dir}/ledger.json")),
        "{screen}"
    );
}

#[test]
fn a_short_review_from_the_agenda_to_the_recorded_minutes() {
    if !require(Tool::Tmux) {
        return;
    }
    let s = Session::start("korea-mexico-sme");
    s.wait_for("Korea–Mexic");
    s.send_keys(&["r"]);
    s.wait_for("item 1 of 10");
    s.wait_for("Last note · 2026-11-09");
    s.send_keys(&["n", "n"]);
    let screen = s.wait_for("item 3 of 10");
    assert!(screen.contains("JC2-09 · Join the OECD study"), "{screen}");
    s.send_keys(&["x"]);
    s.wait_for("JC2-09: blocked → done");
    s.send_keys(&["R"]);
    s.wait_for("Record the review");
    s.send_keys(&["Tab"]);
    s.text("OECD study closed");
    s.send_keys(&["Enter"]);
    s.wait_for("review of 2026-11-23 recorded (INADEM, SMBA) and saved");
    s.wait_for("✔ saved");
    s.send_keys(&["q"]);
    let screen = s.wait_for("EXITED:0");
    s.assert_restored(&screen);
    let out = s.cli(&["show", "JC2-09", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["status"], "done");
    let file: serde_json::Value =
        serde_json::from_slice(&std::fs::read(s.ledger()).unwrap()).unwrap();
    let last = file["reviews"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["date"], "2026-11-23");
    assert_eq!(last["attendees"], serde_json::json!(["INADEM", "SMBA"]));
    assert_eq!(last["summary"], "OECD study closed");
}

/// Writes a synthetic ledger of `n` items into a fresh temp dir.
fn synthetic_ledger(n: usize) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger.json");
    let l = followup::synthetic::ledger(n, followup::synthetic::demo_today());
    std::fs::write(&ledger, followup::ledger::canonical_json(&l)).unwrap();
    (dir, ledger)
}

#[test]
fn a_burst_of_3000_keys_is_read_whole_and_in_order() {
    if !require(Tool::Tmux) {
        return;
    }
    use followup::app::{Action, update};
    use followup::ledger::{Status, parse_ledger};
    let (_keep, ledger) = synthetic_ledger(5000);
    let before = parse_ledger(&std::fs::read(&ledger).unwrap()).unwrap();
    // Where 3,000 `j`s lead, worked out on the same state the dashboard keeps.
    let mut app = common::app::TestApp::new()
        .ledger(before.clone())
        .label("l")
        .today(followup::synthetic::demo_today())
        .build();
    for _ in 0..3000 {
        update(&mut app, Action::Move(1));
    }
    let expected = app.doc.ledger().items[app.selected_item().unwrap()]
        .id
        .clone();
    assert_ne!(before.item(&expected).unwrap().status, Status::Done);
    let s = Session::start_on(&ledger);
    s.wait_for("✔ saved");
    // One write of 3,000 bytes to the terminal, then `x` on its own.
    s.text(&"j".repeat(3000));
    s.send_keys(&["x"]);
    // Every key is read before the last: however long a debug build on a
    // busy machine takes over 3,000 of them, it is their order that counts.
    let marked = format!("{expected}: ");
    (s.term).wait_within(Duration::from_secs(90), &marked, |x| x.contains(&marked));
    s.send_keys(&["C-s"]);
    s.wait_for("✔ saved");
    s.send_keys(&["q"]);
    s.wait_for("EXITED:0");
    let after = parse_ledger(&std::fs::read(&ledger).unwrap()).unwrap();
    let done: Vec<&str> = after
        .items
        .iter()
        .zip(&before.items)
        .filter(|(a, b)| a.status != b.status)
        .map(|(a, _)| a.id.as_str())
        .collect();
    assert_eq!(
        done,
        [expected.as_str()],
        "only the item at row 3000 is done"
    );
}

impl Session {
    /// Starts an interactive bash (job control on) in a 120×40 tmux window,
    /// and runs `followup LEDGER` in it, followed by `echo EXITED:$?`.
    fn in_shell(sb: Sandbox, ledger: &Path) -> Session {
        std::fs::create_dir_all(sb.path("state")).unwrap();
        // These sessions look at unsaved edits kept on a signal.
        manual_config(&sb);
        let term = Tmux::start(
            (120, 40),
            &[("PS1", OsStr::new("$ ")), ("LANG", OsStr::new("C.UTF-8"))],
            "exec bash --norc --noprofile -i",
        );
        let s = Session { term, sb };
        s.wait_until("the prompt", |x| x.trim_end().ends_with('$'));
        s.text(&format!(
            "{} {}; echo EXITED:$?",
            s.env_line(),
            sh_quote(ledger)
        ));
        s.send_keys(&["Enter"]);
        s.wait_for("✔ saved");
        // The dashboard is the shell's child; its pid is for Drop and the tests.
        let shell = s.pane_flag("pane_pid");
        let pid = std::fs::read_dir("/proc")
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .find(|p| {
                std::fs::read_to_string(format!("/proc/{p}/stat")).is_ok_and(|st| {
                    st.rsplit_once(')')
                        .and_then(|(_, rest)| rest.split_whitespace().nth(1))
                        == Some(shell.as_str())
                })
            })
            .expect("the dashboard's process");
        std::fs::write(s.sb.path("pid"), &pid).unwrap();
        s
    }

    /// `env … followup`: the session's environment as a shell command line.
    fn env_line(&self) -> String {
        let pairs: Vec<String> = session_env(&self.sb)
            .iter()
            .map(|(k, v)| format!("{k}={}", sh_quote(Path::new(v))))
            .collect();
        format!("env {} {}", pairs.join(" "), sh_quote(Path::new(BIN)))
    }

    /// The dashboard's process state in /proc (`T` when stopped).
    fn state(&self) -> String {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.pid())).unwrap();
        let (_, rest) = stat.rsplit_once(')').unwrap();
        rest.split_whitespace().next().unwrap().to_owned()
    }

    /// Waits until the dashboard's process is stopped (`true`) or not.
    fn wait_stopped(&self, stopped: bool) {
        let start = Instant::now();
        while (self.state() == "T") != stopped {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "the process state is {}; the screen:\n{}",
                self.state(),
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn kill(&self, signal: &str) {
        let kill = Command::new("kill")
            .args([signal, &self.pid()])
            .status()
            .unwrap();
        assert!(kill.success());
    }
}

#[test]
fn ctrl_z_suspends_to_the_shell_and_fg_brings_the_dashboard_back() {
    if !require(Tool::Tmux) {
        return;
    }
    let sb = Sandbox::new();
    let ledger = copy_as_ledger(&sb, "korea-mexico-sme.json");
    let s = Session::in_shell(sb, &ledger);
    s.send_keys(&["j"]);
    s.wait_for(" JC2-03 ─");
    s.send_keys(&["C-z"]);
    let screen = s.wait_for("Stopped");
    s.wait_stopped(true);
    s.assert_restored(&screen);
    s.text("fg");
    s.send_keys(&["Enter"]);
    // Redrawn whole, with the same selection.
    s.wait_for("Korea–Mexic");
    s.wait_for(" JC2-03 ─");
    s.wait_stopped(false);
    assert_eq!(s.pane_flag("alternate_on"), "1");
    assert_eq!(s.pane_flag("mouse_any_flag"), "1");
    // It reads keys again (raw mode is back: no Enter needed).
    s.send_keys(&["j"]);
    s.wait_for(" JC2-09 ─");
    // A SIGTSTP from outside does the same.
    s.kill("-TSTP");
    s.wait_stopped(true);
    let screen = s.wait_for("Stopped");
    s.assert_restored(&screen);
    s.text("fg");
    s.send_keys(&["Enter"]);
    s.wait_for("Korea–Mexic");
    s.wait_stopped(false);
    // And a SIGCONT from outside, while it runs, redraws and carries on.
    s.kill("-CONT");
    s.send_keys(&["q"]);
    let pid = s.pid();
    let start = Instant::now();
    while alive(&pid) {
        assert!(start.elapsed() < Duration::from_secs(10), "still running");
        std::thread::sleep(Duration::from_millis(50));
    }
    // (Bash went on to `echo EXITED` when the job first stopped.)
    let screen = s.wait_until("the prompt", |x| x.trim_end().ends_with('$'));
    s.assert_restored(&screen);
}

/// A 256 KiB tmpfs (room for the sample ledger, about 37 KB, and its copy
/// while saving, until it is filled up), unmounted when dropped; `None`
/// (with a message) when it cannot be mounted (not root, or no `mount`).
struct Tmpfs(tempfile::TempDir);

impl Tmpfs {
    fn mount() -> Option<Tmpfs> {
        let dir = tempfile::tempdir().unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=256k", "tmpfs"])
            .arg(dir.path())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            eprintln!("SKIPPED: cannot mount a small tmpfs (needs root and `mount`)");
            return None;
        }
        Some(Tmpfs(dir))
    }

    /// Fills it up: a file that takes every free block.
    fn fill(&self) {
        use std::io::Write;
        let mut f = std::fs::File::create(self.0.path().join("fill")).unwrap();
        while f.write_all(&[b'x'; 1024]).is_ok() {}
        let _ = f.sync_all();
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.0.path()).status();
    }
}

#[test]
fn a_full_disk_sends_the_unsaved_edits_to_the_state_dir_and_recover_merges_them() {
    if !require(Tool::Tmux) {
        return;
    }
    let Some(fs) = Tmpfs::mount() else { return };
    let ledger = fs.0.path().join("ledger.json");
    std::fs::copy("fixtures/korea-mexico-sme.json", &ledger).unwrap();
    let s = Session::in_shell(Sandbox::new(), &ledger);
    let before = std::fs::read(&ledger).unwrap();
    // JC3-04 is selected: mark it done; then the disk fills up.
    s.send_keys(&["x"]);
    s.wait_for("● unsaved");
    fs.fill();
    s.kill("-TERM");
    let screen = s.wait_for("EXITED:1");
    assert!(screen.contains("EXITED:143"), "{screen}");
    let joined = screen.replace('\n', "");
    assert!(
        joined.contains("could not be written beside the ledger"),
        "{screen}"
    );
    let state = s.sb.path("state/followup/recovery");
    assert!(
        joined.contains(&format!("they are in {}/ledger.json-", state.display())),
        "says where:\n{screen}"
    );
    assert!(
        joined.contains(&format!("followup recover -f {}", ledger.display())),
        "{screen}"
    );
    assert_eq!(
        std::fs::read(&ledger).unwrap(),
        before,
        "the ledger is untouched"
    );
    let mut left: Vec<String> = std::fs::read_dir(fs.0.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["fill", "ledger.json"], "no partial recovery file");
    assert_eq!(
        std::fs::read_dir(&state).unwrap().count(),
        2,
        "edits and base"
    );
    // Space again: `followup recover` merges them in and removes them.
    std::fs::remove_file(fs.0.path().join("fill")).unwrap();
    let recover = || {
        s.followup()
            .arg("-f")
            .arg(&ledger)
            .args(["recover", "--yes"])
            .output()
            .unwrap()
    };
    let out = recover();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("merged the edits kept at"));
    let l = followup::ledger::parse_ledger(&std::fs::read(&ledger).unwrap()).unwrap();
    assert_eq!(
        l.item("JC3-04").unwrap().status,
        followup::ledger::Status::Done
    );
    assert_eq!(
        std::fs::read_dir(&state).unwrap().count(),
        0,
        "removed once merged"
    );
    let again = recover();
    assert!(again.status.success());
    assert!(String::from_utf8_lossy(&again.stdout).contains("no unsaved edits to recover"));
}

/// `d` with autosave (the default): one prompt, the weekday before Enter,
/// the file changed at once with the old deadline kept, and the bottom line
/// saying how often the deadline moved, in `lang`.
fn d_moves_a_deadline_and_saves(lang: &str, said: &[&str]) {
    let s = Session::start_in("korea-mexico-sme", lang);
    s.wait_for(" JC3-04 ─");
    s.text("/JC2-11");
    s.send_keys(&["Enter"]);
    s.wait_for(" JC2-11 ─");
    s.send_keys(&["d"]);
    s.text("+2w");
    s.wait_for(said[0]);
    s.send_keys(&["Enter"]);
    for text in &said[1..] {
        s.wait_for(text);
    }
    let l = parse_ledger(&std::fs::read(s.ledger()).unwrap()).unwrap();
    let it = l.item("JC2-11").unwrap();
    assert_eq!(it.due.map(format_date).as_deref(), Some("2026-12-07"));
    let kept: Vec<String> = it.due_history.iter().map(|d| format_date(*d)).collect();
    assert_eq!(kept, ["2026-11-25"], "the old deadline is kept");
    s.send_keys(&["q"]);
    let screen = s.wait_for("EXITED:0");
    s.assert_restored(&screen);
}

#[test]
fn d_moves_a_deadline_with_autosave_in_english() {
    if !require(Tool::Tmux) {
        return;
    }
    d_moves_a_deadline_and_saves(
        "C.UTF-8",
        &[
            "→ Mon 2026-12-07 (in 2w)",
            "JC2-11: due 2026-12-07 (postponed; moved once, first agreed 2026-11-25)",
            "✔ saved",
        ],
    );
}

#[test]
fn d_moves_a_deadline_with_autosave_in_spanish() {
    if !require(Tool::Tmux) {
        return;
    }
    d_moves_a_deadline_and_saves(
        "es_MX.UTF-8",
        &[
            "→ lun 2026-12-07 (en 2 semanas)",
            "JC2-11: plazo al 2026-12-07 (pospuesto; reprogramado una vez",
            "✔ guardado",
        ],
    );
}
