//! A desk of several committees in the dashboard (`followup --all`): the
//! portfolio of the five fixture committees, each in its own repository;
//! an edit made there lands in its committee's file and nowhere else; a
//! command-line write into one ledger is taken in; search, filters and
//! grouping reach across committees; the switcher goes to one committee's
//! dashboard and back; a committee that cannot be read is listed with why;
//! and the real binary in a terminal, in Spanish and Korean.

mod common;

use common::desk_app::TestDesk;
use common::portfolio::{COMMITTEES, Desk as DeskRepos};
use common::{Sandbox, Tmux, Tool, require, stderr};
use followup::app::Scope;
use followup::app::desk::Place;
use followup::dashboard::{Ending, Flow};
use followup::i18n::Lang;
use followup::ledger::{Status, Store};
use std::collections::BTreeSet;

fn desk(lang: Lang) -> (Sandbox, DeskRepos, TestDesk) {
    let sb = Sandbox::new();
    let repos = DeskRepos::new(&sb, "");
    let desk = TestDesk::open(&sb, &repos, lang);
    (sb, repos, desk)
}

/// Every committee's ledger file, as bytes, in the desk's order.
fn files(repos: &DeskRepos) -> Vec<Vec<u8>> {
    let read = |(name, _): &(&str, &str)| std::fs::read(repos.repo(name).path("ledger.json"));
    COMMITTEES.iter().map(|c| read(c).unwrap()).collect()
}

#[test]
fn the_portfolio_holds_every_committees_items_with_the_counts_summed() {
    let (_sb, _repos, t) = desk(Lang::En);
    let d = &t.desk;
    let names: Vec<&str> = d.seats.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        ["apec", "celac", "korea-mexico", "partnership", "sela"]
    );
    assert_eq!(d.place, Place::Portfolio);
    let items: usize = d.seats.iter().map(|s| s.app.doc.ledger().items.len()).sum();
    assert_eq!(d.portfolio.doc.ledger().items.len(), items);
    assert_eq!(
        d.portfolio.view.rows.len(),
        items,
        "nothing filtered at first"
    );
    let stats = &d.portfolio.index.stats;
    let sum = |f: fn(&followup::app::Stats) -> usize| -> usize {
        d.seats.iter().map(|s| f(&s.app.index.stats)).sum()
    };
    assert_eq!(stats.overdue, sum(|s| s.overdue));
    assert!(
        stats.overdue >= 10,
        "the fixtures are late in several committees"
    );
    assert_eq!(stats.due_soon, sum(|s| s.due_soon));
    for n in 0..5 {
        let by = d.seats.iter().map(|s| s.app.index.stats.by_status[n]);
        assert_eq!(stats.by_status[n], by.sum::<usize>());
    }
    let screen = t.screen();
    assert!(screen.contains("All committees"), "{screen}");
    assert!(screen.contains("5 committees"), "{screen}");
    assert!(
        screen.contains("Committee"),
        "the committee column:\n{screen}"
    );
    let first = screen.lines().nth(6).unwrap();
    assert!(
        COMMITTEES.iter().any(|(name, _)| first.contains(name)),
        "each row names its committee: {first}"
    );
}

#[test]
fn an_edit_in_the_portfolio_lands_in_its_committees_file_and_nowhere_else() {
    let (_sb, repos, mut t) = desk(Lang::En);
    let before = files(&repos);
    t.type_keys("/EC-07<Enter>");
    let p = &t.desk.portfolio;
    let selected = &p.doc.ledger().items[p.table_item().unwrap()];
    assert_eq!(
        (selected.id.as_str(), selected.workstream.as_str()),
        ("EC-07", "sela")
    );
    assert_eq!(selected.status, Status::Blocked);
    t.type_keys("si");
    let after = files(&repos);
    let sela = COMMITTEES.iter().position(|(n, _)| *n == "sela").unwrap();
    for (n, (name, _)) in COMMITTEES.iter().enumerate() {
        if n != sela {
            assert_eq!(before[n], after[n], "{name}'s ledger is untouched");
        }
    }
    assert_ne!(before[sela], after[sela], "saved at once (autosave)");
    let on_disk = Store::new(repos.repo("sela").path("ledger.json"))
        .load()
        .unwrap();
    let item = on_disk
        .ledger
        .items
        .iter()
        .find(|i| i.id == "EC-07")
        .unwrap();
    assert_eq!(item.status, Status::InProgress);
    assert!(t.desk.is_saved());
    // The portfolio shows the edit; undo goes back through the same file.
    let p = &t.desk.portfolio;
    assert_eq!(
        p.doc.ledger().items[p.table_item().unwrap()].status,
        Status::InProgress
    );
    t.type_keys("u");
    assert_eq!(files(&repos)[sela].len(), before[sela].len());
    let on_disk = Store::new(repos.repo("sela").path("ledger.json"))
        .load()
        .unwrap();
    let item = on_disk
        .ledger
        .items
        .iter()
        .find(|i| i.id == "EC-07")
        .unwrap();
    assert_eq!(item.status, Status::Blocked);
}

#[test]
fn a_prompt_of_a_committee_opens_over_the_portfolio_and_takes_the_keys() {
    let (_sb, repos, mut t) = desk(Lang::En);
    t.type_keys("/JC3-04<Enter>c");
    assert_eq!(t.desk.scope(), Scope::Note, "the note box of korea-mexico");
    assert!(t.screen().contains("Note on JC3-04"), "{}", t.screen());
    t.type_keys("Called Seoul<Enter>");
    assert_eq!(
        t.desk.scope(),
        Scope::Table,
        "closed: the portfolio's keys again"
    );
    let on_disk = Store::new(repos.repo("korea-mexico").path("ledger.json"))
        .load()
        .unwrap();
    let item = on_disk
        .ledger
        .items
        .iter()
        .find(|i| i.id == "JC3-04")
        .unwrap();
    let last = item.notes.last().unwrap();
    assert_eq!(
        (last.text.as_str(), last.author.as_str()),
        ("Called Seoul", "tester")
    );
}

#[test]
fn quitting_asks_each_committee_with_unsaved_edits_in_turn() {
    let sb = Sandbox::new();
    let repos = DeskRepos::new(&sb, "");
    let mut t = TestDesk::open_with(&sb, Lang::En, |c| c.autosave = false);
    let before = files(&repos);
    t.type_keys("/EC-07<Enter>x<Esc>/JC3-04<Enter>x");
    assert!(!t.desk.is_saved());
    assert!(
        t.screen().contains("unsaved"),
        "the portfolio's header:\n{}",
        t.screen()
    );
    assert_eq!(
        t.type_keys("q"),
        Flow::Go,
        "two committees have edits to save"
    );
    assert_eq!(t.desk.scope(), Scope::QuitPrompt);
    // korea-mexico asks first: saved, then sela asks: its edit let go.
    assert_eq!(t.type_keys("s"), Flow::Go);
    assert_eq!(t.desk.scope(), Scope::QuitPrompt);
    assert_eq!(t.type_keys("d"), Flow::Quit(Ending::Plain));
    let after = files(&repos);
    let korea_mexico = Store::new(repos.repo("korea-mexico").path("ledger.json")).load();
    let item = korea_mexico
        .unwrap()
        .ledger
        .items
        .into_iter()
        .find(|i| i.id == "JC3-04");
    assert_eq!(item.unwrap().status, Status::Done);
    for (n, (name, _)) in COMMITTEES.iter().enumerate() {
        if *name != "korea-mexico" {
            assert_eq!(before[n], after[n], "{name}'s ledger is untouched");
        }
    }
}

#[test]
fn a_command_line_write_into_one_ledger_is_taken_in_while_the_portfolio_is_open() {
    let (sb, repos, mut t) = desk(Lang::En);
    let ledger = repos.repo("partnership").path("ledger.json");
    let out = sb
        .cmd()
        .args([
            "-f",
            ledger.to_str().unwrap(),
            "set",
            "PPW-02",
            "status=done",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let done = |d: &followup::app::desk::Desk| {
        let items = &d.portfolio.doc.ledger().items;
        items
            .iter()
            .any(|i| i.id == "PPW-02" && i.status == Status::Done)
    };
    t.hear_until(done);
    assert!(done(&t.desk), "the portfolio took the change in");
    let seat = &t.desk.seats[3].app;
    assert_eq!(t.desk.seats[3].name, "partnership");
    assert!(seat.is_saved(), "taken in as the file is, nothing to save");
}

#[test]
fn search_filters_and_grouping_reach_across_committees() {
    let (_sb, _repos, mut t) = desk(Lang::En);
    t.type_keys("/kotra<Enter>");
    let p = &t.desk.portfolio;
    let matched: BTreeSet<&str> = (p.view.search.matches.iter())
        .map(|r| match p.view.rows[r] {
            followup::app::ViewRow::Item(i) => p.doc.ledger().items[i].workstream.as_str(),
            _ => unreachable!(),
        })
        .collect();
    assert!(
        matched.len() >= 2,
        "KOTRA owns items in several: {matched:?}"
    );
    t.type_keys("<Esc><Esc>");
    // The committee is a filter: f, w (by committee), the fifth is sela.
    t.type_keys("fw");
    assert!(t.screen().contains("Committee"), "{}", t.screen());
    t.type_keys("jjjjj<Enter>");
    let rows = t.rows();
    assert_eq!(rows.len(), 10);
    assert!(rows.iter().all(|(c, _)| c == "sela"), "{rows:?}");
    assert!(t.screen().contains("committee sela"), "{}", t.screen());
    // Overdue across every committee: as many as the counts say.
    t.type_keys("fcfd");
    let rows = t.rows();
    assert_eq!(rows.len(), t.desk.portfolio.index.stats.overdue);
    let committees: BTreeSet<&str> = rows.iter().map(|(c, _)| c.as_str()).collect();
    assert!(committees.len() >= 3, "{committees:?}");
    // Grouped by committee: a heading each.
    t.type_keys("fcw");
    let groups = t.desk.portfolio.view.rows.iter();
    let groups = groups.filter(|r| matches!(r, followup::app::ViewRow::Group(_)));
    assert_eq!(groups.count(), 5);
}

#[test]
fn the_switcher_opens_one_committees_dashboard_and_goes_back() {
    let (_sb, _repos, mut t) = desk(Lang::En);
    t.type_keys("P");
    assert_eq!(t.desk.scope(), Scope::Switcher);
    assert!(t.screen().contains("Open one committee"), "{}", t.screen());
    t.type_keys("m");
    assert_eq!(
        t.desk.place,
        Place::Portfolio,
        "Enter opens, not the letter"
    );
    t.type_keys("<Enter>");
    assert_eq!(t.desk.place, Place::Committee(2), "a word of korea-mexico");
    let screen = t.screen();
    assert!(screen.contains("korea-mexico/ledger.json"), "{screen}");
    assert!(
        screen.contains("Workstream"),
        "its own dashboard:\n{screen}"
    );
    // Back with the same key, on the item selected there.
    t.type_keys("jjP");
    assert_eq!(t.desk.place, Place::Portfolio);
    let id = |t: &TestDesk| {
        let p = &t.desk.portfolio;
        p.doc.ledger().items[p.table_item().unwrap()].id.clone()
    };
    let there = t.desk.seats[2].app.selected_item().unwrap();
    assert_eq!(id(&t), t.desk.seats[2].app.doc.ledger().items[there].id);
    // A few letters of a name; Esc back from the committee.
    t.type_keys("Pcel<Enter>");
    assert_eq!(t.desk.place, Place::Committee(1));
    t.type_keys("<Esc>");
    assert_eq!(t.desk.place, Place::Portfolio);
    // Letters several hold: the first, or the one moved to, opens.
    t.type_keys("Pe<Down><Enter>");
    assert_eq!(t.desk.place, Place::Committee(1), "apec, then celac");
    t.type_keys("PP<Esc>");
    assert_eq!(
        (t.desk.scope(), t.desk.place),
        (Scope::Table, Place::Portfolio)
    );
    assert_eq!(t.type_keys("q"), Flow::Quit(Ending::Plain));
}

#[test]
fn a_committee_that_cannot_be_read_is_listed_with_why_and_the_rest_open() {
    let sb = Sandbox::new();
    let repos = DeskRepos::new(&sb, "");
    let broken = repos.repo("sela").path("ledger.json");
    let mut text = std::fs::read_to_string(&broken).unwrap();
    text.insert_str(text.find("\"items\"").unwrap(), "\"oops\" ");
    std::fs::write(&broken, text).unwrap();
    let t = TestDesk::open(&sb, &repos, Lang::Es);
    assert_eq!(t.desk.seats.len(), 4);
    assert_eq!(t.desk.unreadable.len(), 1);
    let screen = t.screen();
    let line = screen
        .lines()
        .find(|l| l.contains("no se puede leer sela"))
        .unwrap();
    assert!(
        line.contains("sela/ledger.json:") && line.contains("JSON"),
        "{line}"
    );
    assert!(screen.contains("5 Comisiones, 1 ilegible"), "{screen}");
}

#[test]
fn all_without_a_portfolio_says_so_in_one_line() {
    let sb = Sandbox::new();
    std::fs::write(sb.path("config.toml"), "").unwrap();
    let out = sb
        .cmd()
        .arg("--all")
        .env("LANG", "es_MX.UTF-8")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let said = stderr(&out);
    assert_eq!(said.lines().count(), 1, "{said}");
    assert!(
        said.contains("--all") && said.contains("[[portfolio]]") && said.contains("Comisiones"),
        "{said}"
    );
}

/// `followup --all` in a private tmux terminal of `size`, speaking `lang`.
fn real_desk(sb: &Sandbox, size: (u16, u16), lang: &str) -> Tmux {
    let state = [("XDG_STATE_HOME", sb.path("state").into())];
    sb.followup_in_tmux(size, (lang, &state), &["--all"])
}

#[test]
fn the_real_binary_opens_the_portfolio_in_spanish_and_korean() {
    if !require(Tool::Tmux) {
        return;
    }
    let sb = Sandbox::new();
    let repos = DeskRepos::new(&sb, "");
    let term = real_desk(&sb, (120, 40), "es_MX.UTF-8");
    let screen = term.wait_for("Todas las Comisiones");
    assert!(
        screen.contains("Comisión") && screen.contains("korea-mexico"),
        "{screen}"
    );
    // An edit from the portfolio, then the switcher and back.
    term.send_keys(&["/", "P", "P", "W", "-", "0", "2", "Enter", "s"]);
    term.wait_for("Estado de PPW-02");
    term.send_keys(&["x"]);
    term.wait_for("PPW-02: pendiente → concluido");
    let on_disk = Store::new(repos.repo("partnership").path("ledger.json")).load();
    let item = on_disk
        .unwrap()
        .ledger
        .items
        .into_iter()
        .find(|i| i.id == "PPW-02");
    assert_eq!(item.unwrap().status, Status::Done);
    // Escape read alone: with the next key in the same read, the terminal
    // would hand the two over as Alt-P (a loaded machine reads late).
    term.send_keys(&["Escape"]);
    term.wait_until("the message cleared", |s| {
        !s.contains("pendiente → concluido")
    });
    term.send_keys(&["P", "a", "Enter"]);
    term.wait_for("Seguimiento de la Integración");
    term.send_keys(&["P"]);
    term.wait_for("Todas las Comisiones");
    term.send_keys(&["q"]);
    term.wait_for("EXITED:0");
    term.close();

    let term = real_desk(&sb, (80, 24), "ko_KR.UTF-8");
    let screen = term.wait_for("위원회 5곳");
    assert!(
        screen.contains("위원회") && screen.contains("apec"),
        "{screen}"
    );
    term.send_keys(&["P"]);
    term.wait_for("위원회 열기");
    term.send_keys(&["s", "e", "Enter"]);
    let screen = term.wait_for("sela/ledger.json");
    assert!(
        !screen.contains("위원회 5곳"),
        "sela's own dashboard:\n{screen}"
    );
    term.send_keys(&["Escape"]);
    term.wait_for("위원회 5곳");
    term.send_keys(&["q"]);
    term.wait_for("EXITED:0");
}

#[test]
fn a_key_from_a_committees_dashboard_opens_the_portfolio() {
    if !require(Tool::Tmux) {
        return;
    }
    // The binary on one ledger of the portfolio: its committee's dashboard on the desk.
    let sb = Sandbox::new();
    let repos = DeskRepos::new(&sb, "");
    let ledger = repos.repo("apec").path("ledger.json");
    let term = sb.followup_in_tmux((120, 40), ("en_US.UTF-8", &[]), &[ledger.to_str().unwrap()]);
    term.wait_for("Supply-Chain Integration");
    term.send_keys(&["P"]);
    term.wait_for("All committees");
    term.send_keys(&["q"]);
    term.wait_for("EXITED:0");
}

/// The status of item `id` in committee `name`'s file.
fn status_on_disk(repos: &DeskRepos, name: &str, id: &str) -> Status {
    let on_disk = Store::new(repos.repo(name).path("ledger.json"))
        .load()
        .unwrap();
    on_disk
        .ledger
        .items
        .iter()
        .find(|i| i.id == id)
        .unwrap()
        .status
}

#[test]
fn a_palette_jump_in_the_portfolio_moves_the_selection_the_edits_follow() {
    let (_sb, repos, mut t) = desk(Lang::En);
    let selected = |t: &TestDesk| {
        let p = &t.desk.portfolio;
        let item = &p.doc.ledger().items[p.table_item().unwrap()];
        (item.workstream.clone(), item.id.clone())
    };
    t.type_keys("/2B-02<Enter><Esc>");
    assert_eq!(selected(&t), ("celac".into(), "2B-02".into()));
    // Within the same committee: the table and the edit go to the jumped-to item.
    t.type_keys(":1F-12<Enter>");
    assert_eq!(selected(&t), ("celac".into(), "1F-12".into()));
    t.type_keys("si");
    assert_eq!(status_on_disk(&repos, "celac", "1F-12"), Status::InProgress);
    assert_eq!(status_on_disk(&repos, "celac", "2B-02"), Status::Blocked);
    // Into another committee: the palette finds every committee's items.
    t.type_keys(":EC-07<Enter>");
    assert_eq!(selected(&t), ("sela".into(), "EC-07".into()));
    t.type_keys("si");
    assert_eq!(status_on_disk(&repos, "sela", "EC-07"), Status::InProgress);
    // An action chosen in the palette acts on the selected item's committee.
    t.type_keys(":#2B-02<Enter>");
    assert_eq!(selected(&t), ("celac".into(), "2B-02".into()));
    t.type_keys(":status<Enter>i");
    assert_eq!(status_on_disk(&repos, "celac", "2B-02"), Status::InProgress);
    assert_eq!(t.desk.place, Place::Portfolio);
}

#[test]
fn y_on_the_portfolio_syncs_every_committee_and_sums_them_up() {
    let sb = Sandbox::new();
    let repos = DeskRepos::new(&sb, "");
    for (repo, (name, _)) in repos.repos.iter().zip(COMMITTEES) {
        let hub = common::TestRepo::bare(&sb, &format!("hubs/{name}.git"));
        repo.git(&["config", "user.name", "Desk officer"]);
        repo.git(&["config", "user.email", "desk@example.org"]);
        repo.git(&["remote", "add", "origin", hub.dir().to_str().unwrap()]);
        repo.git(&["push", "-q", "-u", "origin", "main"]);
    }
    let gone = sb.path("gone.git");
    repos
        .repo("apec")
        .git(&["remote", "set-url", "origin", gone.to_str().unwrap()]);
    let sela = repos.repo("sela").path("ledger.json");
    let o = sb.run(&[
        "-f",
        sela.to_str().unwrap(),
        "set",
        "EC-07",
        "status=in-progress",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut t = TestDesk::open(&sb, &repos, Lang::En);
    t.type_keys("y");
    let summed = |d: &followup::app::desk::Desk| {
        matches!(
            d.portfolio.session.status.as_ref().map(|s| &s.msg),
            Some(followup::app::Msg::SyncedAll(_))
        )
    };
    t.hear_until(summed);
    let status = t.desk.portfolio.session.status.clone().expect("a status");
    let followup::app::Msg::SyncedAll(ended) = &status.msg else {
        panic!("every committee synced: {status:?}");
    };
    let names: Vec<&str> = ended.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["apec", "celac", "korea-mexico", "partnership", "sela"]
    );
    assert!(status.error, "apec failed");
    let screen = t.screen();
    assert!(
        screen.contains("5 committees: 1 synced, 3 up to date, 1 failed (apec: offline"),
        "{screen}"
    );
    let hub_log = std::process::Command::new("git")
        .args([
            "--git-dir",
            sb.path("hubs/sela.git").to_str().unwrap(),
            "log",
            "--oneline",
        ])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&hub_log.stdout).lines().count(),
        2,
        "sela's edit pushed"
    );
}

#[test]
fn the_summary_counts_the_committees_it_has_no_room_for_as_committees() {
    let (_sb, _repos, mut t) = desk(Lang::En);
    t.deliver(followup::app::Action::Resize(80, 24));
    let screen = t.screen();
    assert!(screen.contains("more committee"), "{screen}");
    assert!(!screen.contains("more workstream"), "{screen}");
}

#[test]
fn the_switcher_keeps_its_columns_for_a_name_with_control_characters() {
    let sb = Sandbox::new();
    let repos = DeskRepos::new(&sb, "");
    let odd = common::TestRepo::init(&sb, "desk/ap\u{7}ec\u{1b}x");
    std::fs::copy(
        repos.repo("apec").path("ledger.json"),
        odd.path("ledger.json"),
    )
    .unwrap();
    let mut t = TestDesk::open(&sb, &repos, Lang::En);
    t.type_keys("P");
    let screen = t.screen();
    let committee = "Mexico–Korea Supply";
    let column = |line: &str| {
        let at = line.find(committee).expect("the committee's name");
        line[..at].chars().count()
    };
    let lines: Vec<&str> = screen.lines().filter(|l| l.contains(committee)).collect();
    assert!(lines.len() >= 2, "apec and its odd twin:\n{screen}");
    let columns: BTreeSet<usize> = lines.iter().map(|l| column(l)).collect();
    assert_eq!(columns.len(), 1, "one column:\n{screen}");
}
