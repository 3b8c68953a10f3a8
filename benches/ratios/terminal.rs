//! The dashboard in a terminal (a private tmux server, 120×40) as a user
//! meets it: the first frame, a keystroke that moves the selection, a typed
//! search character; `less` on a 100,000-line file for the keystroke's floor.
//!
//! A keystroke is timed from the moment tmux is told to press it to the
//! moment tmux has read the program's first output in answer, and the first
//! frame from the moment the session is asked for to the moment tmux has
//! read the output that shows an item, both through a control-mode client
//! ([`Control`]). Polling the screen instead costs a process per look, more
//! than the keystroke itself: under load it measured the polling (50 ms for
//! a move the program answered in 0.7 ms), and it took cores from the load.

use super::tmux::Tmux;
use super::{Bench, Figure, has, line, ms, ratio};
use std::ffi::OsStr;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

/// What the dashboard shows of the table once drawn (every item id).
const AN_ID: &str = "S-0";

/// How long a user takes, after the first frame, to start a search.
const REACHING_FOR_THE_KEY: Duration = Duration::from_millis(800);

/// Keystrokes timed per figure.
const KEYS: usize = 15;

pub fn dashboard(
    bench: &Bench,
    dir: &Path,
    files: &[(usize, PathBuf)],
    checks: &[(usize, Figure)],
) {
    println!();
    if !has("tmux") || !has("less") {
        println!("tmux or less is not installed: the dashboard is not measured");
        return;
    }
    let home = bench.home.as_os_str();
    let env = [
        ("HOME", home),
        ("FOLLOWUP_TODAY", OsStr::new("2026-11-23")),
        ("LANG", OsStr::new("C.UTF-8")),
    ];
    // Timed as the keystrokes are, to the moment tmux read the frame:
    // polling the screen spends a process per look on the two cores the
    // load needs (at 100,000 items it added some 70 ms on 2026-12-04).
    let open = |file: &Path| -> (Duration, Tmux) {
        let command = format!("exec {} {}", bench.bin.display(), file.display());
        let t = Tmux::server();
        let args = Tmux::session((120, 40), &env, &command);
        let start = Instant::now();
        let mut made = Control::session(&t, &args);
        let drawn = made.output_until(|out| out.contains(AN_ID));
        (drawn - start, t)
    };
    let (floor_file, big) = (&files[0].1, &files[2]);
    for ((n, file), (_, check)) in files.iter().skip(1).zip(checks) {
        let (mut floors, mut frames) = (Vec::new(), Vec::new());
        for _ in 0..bench.runs {
            floors.push(open(floor_file).0);
            frames.push(open(file).0);
        }
        let (floor, frame) = (middle(floors), middle(frames));
        let above = frame.saturating_sub(floor);
        let what = format!("first frame, {n} items, less 20 items, against check");
        let figure = format!("{} − {}", ms(frame), ms(floor));
        let floor_text = format!("check {}", ms(check.wall));
        line(
            &what,
            &figure,
            &floor_text,
            ratio(above, check.wall),
            "≤ 1.5×",
        );
    }
    let (first_search, next, moves) = keystrokes(bench, &|| open(&big.1).1);
    let less_moves = floors(dir, &env);
    let (mv, less_mv, search) = (middle(moves), middle(less_moves), middle(next));
    let n = big.0;
    let what = format!("keystroke moving the selection, {n} items, against less");
    let floor = format!("less {}", ms(less_mv));
    line(&what, &ms(mv), &floor, ratio(mv, less_mv), "≤ 1.5×");
    let what = format!("typed search character, {n} items, against a move");
    line(
        &what,
        &ms(search),
        &format!("move {}", ms(mv)),
        ratio(search, mv),
        "≤ 2×",
    );
    let what = format!("first search character, {n} items, against the next ones");
    let floor = format!("next {}", ms(search));
    line(
        &what,
        &ms(first_search),
        &floor,
        ratio(first_search, search),
        "≤ 1.1×",
    );
}

/// The first search after startup (once a session: a dashboard is opened
/// for each run, the median taken), then typed search characters and moves
/// in the last session.
fn keystrokes(bench: &Bench, open: &dyn Fn() -> Tmux) -> (Duration, Vec<Duration>, Vec<Duration>) {
    let mut firsts = Vec::new();
    let (mut next, mut moves) = (Vec::new(), Vec::new());
    for run in 0..bench.runs {
        let t = open();
        let mut c = Control::attach(&t);
        std::thread::sleep(REACHING_FOR_THE_KEY);
        c.typed("/");
        firsts.push(c.typed("k"));
        if run + 1 < bench.runs {
            continue;
        }
        for _ in 0..KEYS {
            c.typed("BSpace");
            next.push(c.typed("k"));
        }
        c.typed("Escape");
        moves = (0..KEYS).map(|k| c.typed(["j", "k"][k % 2])).collect();
    }
    (middle(firsts), next, moves)
}

/// `less -S` moving a line of a 100,000-line file, the keystroke's floor;
/// and, said as it is, the terminal's own round trip (a key echoed by the
/// terminal to `cat`), which every keystroke here pays.
fn floors(dir: &Path, env: &[(&str, &OsStr)]) -> Vec<Duration> {
    let lines = dir.join("lines-100000.txt");
    let text: String = (1..=100_000)
        .map(|i| format!("line {i} of a long file\n"))
        .collect();
    std::fs::write(&lines, text).unwrap();
    let less = Tmux::start((120, 40), env, &format!("exec less -S {}", lines.display()));
    wait(&less, |s| s.contains("line 1 "));
    let mut c = Control::attach(&less);
    let moves = (0..KEYS).map(|_| c.typed("j")).collect();
    drop((c, less));
    let cat = Tmux::start((120, 40), env, "exec cat");
    let mut c = Control::attach(&cat);
    let echo = middle((0..KEYS).map(|_| c.typed("x")).collect());
    println!(
        "(the terminal's own round trip, a key echoed to cat: {})",
        ms(echo)
    );
    moves
}

/// How long a pane must write nothing before the next key is pressed.
const QUIET: Duration = Duration::from_millis(40);

/// A control-mode client attached to the session: keys go in as commands,
/// and each line it prints comes back with the moment it was read.
struct Control {
    client: Child,
    input: Option<ChildStdin>,
    lines: Receiver<(Instant, String)>,
}

impl Control {
    /// Attaches to `t`'s session, the window kept at its own size.
    fn attach(t: &Tmux) -> Control {
        t.run(&["set-option", "-g", "window-size", "manual"]);
        Control::spawn(t.control())
    }

    /// Makes `t`'s session (`new-session` with `args`) as a control-mode
    /// client of it, which sees the program's first output.
    fn session(t: &Tmux, args: &[String]) -> Control {
        let mut all = vec!["-C", "new-session"];
        all.extend(args.iter().map(String::as_str));
        Control::spawn(t.command(&all))
    }

    /// Starts the control-mode client `tmux`, its lines read as they come.
    fn spawn(mut tmux: std::process::Command) -> Control {
        let mut client = tmux
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("tmux -C");
        let input = client.stdin.take();
        let out = BufReader::new(client.stdout.take().expect("piped"));
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in out.split(b'\n') {
                let Ok(line) = line else { return };
                let text = String::from_utf8_lossy(&line).into_owned();
                if tx.send((Instant::now(), text)).is_err() {
                    return;
                }
            }
        });
        Control {
            client,
            input,
            lines,
        }
    }

    /// When tmux read the first line of the pane's output that passes `ok`;
    /// after ten seconds without it, a panic that shows what else tmux said
    /// (an `%exit` and its reason, when the session could not start).
    fn output_until(&mut self, ok: impl Fn(&str) -> bool) -> Instant {
        let until = Instant::now() + Duration::from_secs(10);
        let mut said = Vec::new();
        loop {
            let left = until.saturating_duration_since(Instant::now());
            let Ok((at, line)) = self.lines.recv_timeout(left) else {
                panic!("no such output within ten seconds; tmux said {said:?}");
            };
            match line.strip_prefix("%output ") {
                Some(out) if ok(out) => return at,
                Some(_) => {}
                None => said.push(line),
            }
        }
    }

    /// Once the pane is quiet, presses `key` (by tmux's name): how long
    /// until tmux read the first output that answered it.
    fn typed(&mut self, key: &str) -> Duration {
        while self.lines.recv_timeout(QUIET).is_ok() {}
        let input = self.input.as_mut().expect("attached");
        let start = Instant::now();
        writeln!(input, "send-keys -t test {key}").expect("tmux takes the key");
        loop {
            let (at, line) = self
                .lines
                .recv_timeout(Duration::from_secs(10))
                .unwrap_or_else(|_| panic!("no answer to {key}"));
            if line.starts_with("%output ") {
                return at - start;
            }
        }
    }
}

impl Drop for Control {
    /// Detaches (the client ends when its input closes).
    fn drop(&mut self) {
        drop(self.input.take());
        let _ = self.client.wait();
    }
}

/// Polls the screen until `ok` holds (at most ten seconds).
fn wait(t: &Tmux, ok: impl Fn(&str) -> bool) {
    let start = Instant::now();
    while !ok(&t.screen()) {
        assert!(start.elapsed() < Duration::from_secs(10), "{}", t.screen());
    }
}

fn middle(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}
