//! The focus view (`z`) in the real binary, in a real terminal (tmux):
//! through the review's agenda with every review key, then from the table
//! at the smallest size in Spanish; what it did is read back from the file.
//! Without tmux it skips (and fails under CI).

mod common;

use common::{Sandbox, Tmux, Tool, require};
use followup::base::dates::parse_date;
use followup::ledger::{Item, Status, parse_ledger};
use std::path::{Path, PathBuf};

/// `followup` on a copy of the Korea–Mexico fixture, in a terminal of
/// `size` in the locale `lang`; the shell says `EXITED:code` when it ends.
fn start(sb: &Sandbox, size: (u16, u16), lang: &str) -> (Tmux, PathBuf) {
    let ledger = sb.fixture("korea-mexico-sme.json");
    let term = sb.followup_in_tmux(size, (lang, &[]), &[ledger.to_str().unwrap()]);
    (term, ledger)
}

fn item(ledger: &Path, id: &str) -> Item {
    let l = parse_ledger(&std::fs::read(ledger).unwrap()).unwrap();
    l.item(id).cloned().unwrap()
}

/// The big letters are on screen (a full block drawn by the big-text widget).
fn big(screen: &str) -> bool {
    screen.contains("████")
}

#[test]
fn every_review_key_in_the_focus_view_of_the_real_dashboard() {
    if !require(Tool::Tmux) {
        return;
    }
    let sb = Sandbox::new();
    let (term, ledger) = start(&sb, (120, 40), "C.UTF-8");
    term.wait_for("Korea–Mexico");
    term.send_keys(&["r"]);
    term.wait_for("REVIEW");
    term.send_keys(&["z"]);
    let s = term.wait_until("the focus view", |s| big(s) && s.contains("Last note"));
    assert!(s.contains("item 1 of 10"), "{s}");
    assert!(!s.contains("Workstream"), "the agenda is hidden:\n{s}");
    term.send_keys(&["n"]);
    // The section in the header, and the item (a frame is drawn in parts).
    term.wait_until("the second item", |s| {
        s.contains("item 2 of 10")
            && s.contains("Overdue (2 of 3)")
            && s.contains("INADEM, Kia Motors México")
    });

    // c: the note box over the focus view; the note becomes the last one shown.
    term.send_keys(&["c"]);
    term.wait_for("Note on JC2-03");
    term.text("Certificates sent on Friday");
    term.send_keys(&["Enter"]);
    let s = term.wait_for("▌ Certificates sent on Friday");
    assert!(big(&s), "back in the focus view:\n{s}");
    // d: the deadline prompt, any date form.
    term.send_keys(&["d"]);
    term.wait_for("Deadline of JC2-03");
    term.text("+2w");
    term.send_keys(&["Enter"]);
    term.wait_for("2026-12-07 (in 2w)");
    term.wait_for("3 times: 2026-06-30 → 2026-09-30 → 2026-11-16 → 2026-12-07");
    // s: any status in one step.
    term.send_keys(&["s"]);
    term.wait_for("Status of JC2-03");
    term.send_keys(&["b"]);
    term.wait_for("⊘ blocked");
    // x: done, still shown; u: undone.
    term.send_keys(&["x"]);
    term.wait_until("done", |s| s.contains("● done") || s.contains("●? done"));
    term.send_keys(&["u"]);
    term.wait_until("undone, on the same item", |s| {
        s.contains("status       ⊘ blocked") && s.contains("item 2 of 10")
    });
    // z: the agenda again, on the same item.
    term.send_keys(&["z"]);
    term.wait_until("the agenda on the same item", |s| {
        s.contains("Owners") && !big(s) && s.contains("item 2 of 10")
    });
    term.send_keys(&["q"]);
    term.wait_for("EXITED:0");

    let jc203 = item(&ledger, "JC2-03");
    let last = jc203.notes.last().unwrap();
    assert_eq!(last.text, "Certificates sent on Friday");
    assert_eq!(jc203.due, parse_date("2026-12-07").ok());
    assert_eq!(jc203.status, Status::Blocked, "x was undone");
}

#[test]
fn the_focus_view_from_the_table_at_80x24_in_spanish() {
    if !require(Tool::Tmux) {
        return;
    }
    let sb = Sandbox::new();
    let (term, ledger) = start(&sb, (80, 24), "es_MX.UTF-8");
    term.wait_for("guardado");
    term.send_keys(&["z"]);
    let s = term.wait_until("the focus view", |s| {
        s.contains("acuerdo 1 de 18 en la tabla") && s.contains("Última nota")
    });
    let lines: Vec<&str> = s.lines().collect();
    assert!(big(&s), "{s}");
    assert!(lines[0].contains("guardado"), "the header is whole:\n{s}");
    assert!(
        lines[23].contains("q salir") && lines[23].contains("z atrás"),
        "the footer is whole:\n{s}"
    );
    for part in ["estado", "plazo", "responsables", "Última nota"] {
        assert!(s.contains(part), "`{part}` fits at 80×24:\n{s}");
    }
    term.send_keys(&["n"]);
    term.wait_for("acuerdo 2 de 18 en la tabla");
    term.send_keys(&["x"]);
    term.wait_until("concluido", |s| s.contains("● concluido"));
    term.send_keys(&["u"]);
    term.wait_for("◐ en curso");
    term.send_keys(&["Escape"]);
    term.wait_for("Responsable ");
    term.send_keys(&["q"]);
    term.wait_for("EXITED:0");
    assert_eq!(item(&ledger, "JC2-03").status, Status::InProgress);
}
