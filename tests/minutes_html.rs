//! The Korean HTML minutes: a short period's course is drawn day by day (or
//! said to be too short), every table has headers and fixed column widths,
//! and deadline cells do not repeat their column's header.

mod common;

use common::{Sandbox, TestRepo, stderr, stdout};

/// A repository whose ledger was committed on 2026-11-16 and changed on the 19th.
fn repo(sb: &Sandbox) -> TestRepo {
    let repo = TestRepo::init(sb, "repo");
    std::fs::copy(
        common::fixtures().join("korea-mexico-sme.json"),
        repo.path("ledger.json"),
    )
    .unwrap();
    repo.git(&["add", "ledger.json"]);
    repo.commit("2026-11-16T10:00:00", "ledger");
    let out = sb
        .cmd()
        .current_dir(repo.dir())
        .args(["set", "JC2-01", "status=done"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    repo.commit("2026-11-19T10:00:00", "done");
    repo
}

fn minutes(sb: &Sandbox, dir: &std::path::Path, since: &str) -> String {
    let out = sb
        .cmd()
        .current_dir(dir)
        .args([
            "--lang", "ko", "report", "--format", "html", "--since", since,
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn a_short_period_is_drawn_day_by_day() {
    let sb = Sandbox::new();
    let repo = repo(&sb);
    let html = minutes(&sb, repo.dir(), "2026-11-16");
    assert!(html.contains("일별 미완료 과제"), "the caption says days");
    assert!(
        !html.contains("주별 미완료 과제"),
        "no week-by-week caption"
    );
    let dots = html.matches("class=\"dot\"").count();
    assert_eq!(dots, 8, "a point a day from the 16th to the 23rd");
    // A period that starts today: too little history, said in words.
    let html = minutes(&sb, repo.dir(), "2026-11-23");
    assert_eq!(html.matches("class=\"dot\"").count(), 0);
    assert!(
        html.contains("아직 추이를 그릴 만큼 이력이 없습니다"),
        "{html}"
    );
}

#[test]
fn every_table_has_headers_fixed_widths_and_bare_deadlines() {
    let sb = Sandbox::new();
    let repo = repo(&sb);
    let html = minutes(&sb, repo.dir(), "2026-11-16");
    let tables: Vec<&str> = html.split("<table").skip(1).collect();
    assert!(tables.len() >= 5, "{}", tables.len());
    for t in &tables {
        let t = &t[..t.find("</table>").unwrap()];
        assert!(t.contains("<colgroup>"), "fixed widths: {t}");
        assert!(t.contains("<thead>"), "headers: {t}");
    }
    let reviews = tables
        .iter()
        .find(|t| t.starts_with(" class=\"reviews\""))
        .expect("a reviews table");
    for h in ["일자", "참석자", "요약"] {
        assert!(reviews.contains(&format!("<th>{h}</th>")), "{reviews}");
    }
    for cell in html.split("<td class=\"when\">").skip(1) {
        let cell = &cell[..cell.find("</td>").unwrap()];
        assert!(
            !cell.contains("기한"),
            "the column says deadline already: {cell}"
        );
    }
    assert!(html.contains("table-layout: fixed"));
    assert!(
        html.contains("word-break: keep-all"),
        "Hangul words stay whole"
    );
    for t in &tables {
        let t = &t[..t.find("</table>").unwrap()];
        let heads = cells(t, "<th");
        for row in t.split("<tr>").skip(2) {
            let row = cells(row, "<td");
            assert_eq!(row.len(), heads.len(), "a header per column: {t}");
            for (cell, head) in row.iter().zip(&heads) {
                assert!(
                    !cell.starts_with(head.as_str()),
                    "`{cell}` repeats its column's header `{head}`"
                );
            }
        }
    }
}

/// The text of each `tag` cell of `html`, tags removed.
fn cells(html: &str, tag: &str) -> Vec<String> {
    html.split(tag)
        .skip(1)
        .filter(|c| c.starts_with(['>', ' ']))
        .map(|c| {
            let c = &c[c.find('>').unwrap() + 1..];
            let c = &c[..c.find(&format!("</{}", &tag[1..])).unwrap_or(c.len())];
            let mut text = String::new();
            let mut inside = false;
            for ch in c.chars() {
                match ch {
                    '<' => inside = true,
                    '>' => inside = false,
                    _ if !inside => text.push(ch),
                    _ => {}
                }
            }
            text.trim().to_owned()
        })
        .collect()
}
