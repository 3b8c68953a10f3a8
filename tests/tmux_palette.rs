//! The command palette and the user's keys in a real terminal (tmux), in
//! Spanish: `:` opens it, an accented word finds the action, its key is the
//! user's, Enter runs it, `#JC2-03` goes to the item, and the user's quit
//! key quits. Without tmux it skips (and fails under CI).

mod common;

use common::{Sandbox, Tool, require};

#[test]
fn the_palette_finds_runs_and_goes_to_an_item_with_the_users_keys_in_spanish() {
    if !require(Tool::Tmux) {
        return;
    }
    let sb = Sandbox::new();
    let ledger = sb.fixture("korea-mexico-sme.json");
    let config = "[keys]\nquit = \"Q\"\nstatus = [\"s\", \"F2\"]\n";
    std::fs::write(sb.path("config.toml"), config).unwrap();
    let term = sb.followup_in_tmux((120, 40), ("es_MX.UTF-8", &[]), &[ledger.to_str().unwrap()]);
    term.wait_for("JC3-04");
    term.send_keys(&[":"]);
    term.wait_for("Comandos");
    term.text("éstado");
    let screen = term.wait_for("cambiar el estado");
    let row = screen
        .lines()
        .find(|l| l.contains("cambiar el estado"))
        .unwrap();
    assert!(row.contains("s F2 │"), "the user's keys beside it: {row}");
    term.send_keys(&["Enter"]);
    term.wait_for("Estado de JC3-04");
    term.send_keys(&["Escape"]);
    term.wait_until("the picker closed", |s| !s.contains("Estado de JC3-04"));
    term.send_keys(&["C-p"]);
    term.wait_for("Comandos");
    term.text("#JC2-03");
    term.wait_for("#JC2-03 │");
    term.send_keys(&["Enter"]);
    term.wait_until("JC2-03 in the detail pane", |s| {
        s.lines().any(|l| l.starts_with(" JC2-03 ─"))
    });
    // `q` quits no more: `Q` does.
    term.send_keys(&["q"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(!term.screen().contains("EXITED"));
    term.send_keys(&["Q"]);
    term.wait_for("EXITED:0");
}
