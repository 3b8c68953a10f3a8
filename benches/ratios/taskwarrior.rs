//! Taskwarrior holding the same items as a ledger (title, status, dates,
//! workstream as project, tags, notes as annotations), for `list --json`
//! against `task export`.

use super::{Bench, has, line, ms, ratio};
use followup::ledger::{Item, Status, parse_ledger};
use serde_json::json;
use std::path::Path;
use std::process::Command;

/// `list --json` against `task export` on the same items.
pub fn taskwarrior(bench: &Bench, dir: &Path, ledger: &Path) {
    println!();
    if !has("task") {
        println!("task (Taskwarrior) is not installed: list --json is not compared");
        return;
    }
    let rc = dir.join("taskrc");
    let data = dir.join("task-data");
    let text = std::fs::read(ledger).unwrap();
    let stamp = format!("{:x}", xxhash_rust::xxh3::xxh3_64(&text));
    let marker = data.join("followup-ledger");
    if std::fs::read_to_string(&marker).ok().as_deref() != Some(stamp.as_str()) {
        let _ = std::fs::remove_dir_all(&data);
        std::fs::create_dir_all(&data).unwrap();
        let settings = format!(
            "data.location={}\nconfirmation=off\nverbose=nothing\nhooks=off\n",
            data.display()
        );
        std::fs::write(&rc, settings).unwrap();
        let l = parse_ledger(&text).unwrap();
        let tasks: Vec<serde_json::Value> = l.items.iter().enumerate().map(as_task).collect();
        let file = dir.join("tasks.json");
        std::fs::write(&file, serde_json::to_vec(&tasks).unwrap()).unwrap();
        println!("(importing {} items into Taskwarrior, once)", tasks.len());
        // What it says of each task imported is not shown.
        let ok = (task(&rc).arg("import").arg(&file))
            .stdout(std::process::Stdio::null())
            .status()
            .unwrap();
        assert!(ok.success(), "task import");
        std::fs::write(&marker, &stamp).unwrap();
    }
    let f = ledger.to_str().unwrap();
    let list = || bench.followup(&["-f", f, "list", "--json"]);
    let export = || {
        let mut c = task(&rc);
        c.arg("export");
        c
    };
    let got = bench.figures(&[&list, &export]);
    let what = "list --json, 10000 items, against task export";
    let floor = format!("task {}", ms(got[1].wall));
    line(
        what,
        &ms(got[0].wall),
        &floor,
        ratio(got[0].wall, got[1].wall),
        "≤ 0.1×",
    );
}

/// `task` reading its settings from `rc` only.
fn task(rc: &Path) -> Command {
    let mut c = Command::new("task");
    c.env("TASKRC", rc).env_remove("TASKDATA");
    c
}

/// An item as Taskwarrior imports it.
fn as_task((n, item): (usize, &Item)) -> serde_json::Value {
    let day = |d: chrono::NaiveDate| d.format("%Y%m%dT120000Z").to_string();
    let entry = item
        .opened
        .map(day)
        .unwrap_or_else(|| "20260101T120000Z".into());
    let status = match item.status {
        Status::Done => "completed",
        Status::Dropped => "deleted",
        _ => "pending",
    };
    let mut t = json!({
        "uuid": format!("00000000-0000-4000-8000-{:012x}", n + 1),
        "description": item.title,
        "status": status,
        "entry": entry,
        "tags": item.tags,
        "annotations": item.notes.iter().map(|note| json!({
            "entry": day(note.date),
            "description": note.text,
        })).collect::<Vec<_>>(),
    });
    if !item.workstream.is_empty() {
        t["project"] = json!(item.workstream);
    }
    if let Some(d) = item.due {
        t["due"] = json!(day(d));
    }
    if item.status.is_closed() {
        t["end"] = json!(item.updated.map(day).unwrap_or(entry));
    }
    t
}
