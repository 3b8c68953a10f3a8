//! `list` and `list --all` in a real terminal of 80 columns (tmux), in
//! Korean and Spanish, whose deadlines ("2026-11-10 (13일 지연) ↻1", "(2
//! semanas de atraso)") and wide characters made every row wrap: each row
//! now holds on one line, the committee's name cut, ids never. Without tmux
//! it skips (and fails under CI).

mod common;

use common::portfolio::Desk;
use common::{Sandbox, Tool, require, stderr, stdout};
use serde_json::Value;

/// What `followup ARGS` shows in a terminal `cols` wide (50 rows) in the
/// locale `lang`.
fn screen(sb: &Sandbox, cols: u16, lang: &str, args: &[&str]) -> String {
    let term = sb.followup_in_tmux((cols, 50), (lang, &[]), args);
    term.wait_for("EXITED:0")
}

/// The items `followup ARGS --json` lists, in order: (committee, id).
fn listed(sb: &Sandbox, args: &[&str]) -> Vec<(String, String)> {
    let mut all = args.to_vec();
    all.push("--json");
    let o = sb.run(&all);
    assert!(o.status.success(), "{}", stderr(&o));
    let items: Vec<Value> = serde_json::from_str(&stdout(&o)).unwrap();
    items
        .iter()
        .map(|i| {
            let committee = i["committee"].as_str().unwrap_or_default();
            (committee.to_owned(), i["id"].as_str().unwrap().to_owned())
        })
        .collect()
}

/// Asserts the screen holds the table's head whole on its first line,
/// then one line per item of `items` (its committee's name, cut to the
/// column, and its id), none wrapped onto the next.
fn assert_one_line_each(screen: &str, title_head: &str, items: &[(String, String)]) {
    let lines: Vec<&str> = screen.lines().collect();
    assert!(
        lines[0].trim_end().ends_with(title_head),
        "the head whole:\n{screen}"
    );
    for (n, (committee, id)) in items.iter().enumerate() {
        let line = lines[n + 1];
        let cells: Vec<&str> = line.split("  ").filter(|c| !c.is_empty()).collect();
        if !committee.is_empty() {
            let shown = cells[0].trim().trim_end_matches('…');
            assert!(
                committee.starts_with(shown) && !shown.is_empty(),
                "row {n} begins with {committee}:\n{screen}"
            );
            assert!(
                shown.chars().count() <= 10,
                "the committee column is narrow: {line}"
            );
        }
        assert!(
            cells.iter().any(|c| c.trim() == id),
            "row {n} is {id}, on one line:\n{screen}"
        );
    }
}

#[test]
fn list_all_fits_80_columns_in_korean_and_spanish() {
    if !require(Tool::Tmux) {
        return;
    }
    let sb = Sandbox::new();
    Desk::new(&sb, "");
    // The overdue items: the widest deadlines.
    let args = ["list", "--all", "--overdue"];
    let items = listed(&sb, &args);
    assert!(items.len() > 15, "{}", items.len());
    assert!(items.iter().any(|(c, _)| c == "korea-mexico"));
    let ko = screen(&sb, 80, "ko_KR.UTF-8", &args);
    assert_one_line_each(&ko, "과제명", &items);
    assert!(ko.contains("korea-mex…  JC2-03"), "{ko}");
    let es = screen(&sb, 80, "es_MX.UTF-8", &args);
    assert_one_line_each(&es, "TÍTULO", &items);
    // The deadline keeps its date (and how many times it moved) when the
    // distance to it does not fit.
    assert!(es.contains("2026-11-16 ↻2"), "{es}");
    assert!(!es.contains("de atraso"), "{es}");
}

#[test]
fn list_fits_80_columns_in_korean_and_spanish() {
    if !require(Tool::Tmux) {
        return;
    }
    let sb = Sandbox::new();
    let ledger = sb.fixture("korea-mexico-sme.json");
    let f = ledger.to_str().unwrap();
    let args = ["-f", f, "list"];
    let items = listed(&sb, &args);
    for (lang, title) in [("ko_KR.UTF-8", "과제명"), ("es_MX.UTF-8", "TÍTULO")] {
        let shown = screen(&sb, 80, lang, &args);
        assert_one_line_each(&shown, title, &items);
    }
    // At 120 columns, room enough: the deadline says how far off it is.
    let wide = screen(&sb, 120, "ko_KR.UTF-8", &args);
    assert!(wide.contains("2026-11-16 (7일 지연) ↻2"), "{wide}");
}
