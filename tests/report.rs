//! The minutes as Markdown, CSV and JSON: each language's Markdown checked
//! whole, `--lang` over the user's own language, translated CSV headers over
//! canonical values, and JSON the same in every language.

mod common;
mod report_support;
use common::*;
use report_support::History;

fn minutes(sb: &Sandbox, args: &[&str]) -> String {
    let path = sb.path("korea-mexico-sme.json");
    if !path.exists() {
        sb.fixture("korea-mexico-sme.json");
    }
    let mut all = vec!["-f", path.to_str().unwrap(), "report"];
    all.extend(args);
    let out = sb.run(&all);
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn markdown_minutes_of_the_korea_mexico_ledger() {
    insta::assert_snapshot!(minutes(&Sandbox::new(), &[]));
}

#[test]
fn markdown_minutes_in_spanish() {
    insta::assert_snapshot!(minutes(&Sandbox::new(), &["--lang", "es"]));
}

#[test]
fn markdown_minutes_in_korean() {
    insta::assert_snapshot!(minutes(&Sandbox::new(), &["--lang", "ko"]));
}

#[test]
fn markdown_minutes_with_git_history_in_each_language() {
    let h = History::with_two_weeks_of_work();
    let en = h.ok(&["report", "--since", "2026-11-10"]);
    assert!(en.contains("  - status: in progress → done\n"), "{en}");
    assert!(
        en.contains("  - due: November 16, 2026 → December 15, 2026 (29 days later)\n"),
        "{en}"
    );
    assert!(!en.contains("no git history"), "{en}");
    let es = h.ok(&["--lang", "es", "report", "--since", "2026-11-10"]);
    assert!(es.contains("  - estado: en curso → concluido\n"), "{es}");
    assert!(
        es.contains(
            "  - plazo: 16 de noviembre de 2026 → 15 de diciembre de 2026 (29 días después)\n"
        ),
        "{es}"
    );
    let ko = h.ok(&["--lang", "ko", "report", "--since", "2026-11-10"]);
    assert!(ko.contains("  - 상태: 진행 중 → 완료\n"), "{ko}");
    assert!(
        ko.contains("  - 기한: 2026년 11월 16일 → 2026년 12월 15일(29일 연기)\n"),
        "{ko}"
    );
    // Before the first commit: changes are counted from it, and the minutes say so.
    let early = h.ok(&["report", "--since", "2026-11-01"]);
    assert!(
        early
            .contains("_Changes are counted from the ledger's first commit, on November 5, 2026._"),
        "{early}"
    );
}

#[test]
fn lang_beats_the_users_language() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let run = |extra: &[&str]| {
        let mut c = sb.cmd();
        c.env("LANG", "es_MX.UTF-8")
            .args(["-f", path.to_str().unwrap(), "report"])
            .args(extra);
        stdout(&c.output().unwrap())
    };
    assert!(
        run(&[]).starts_with("# Minuta de seguimiento de acuerdos: Comisión Mixta Corea–México"),
        "the user's language by default"
    );
    let ko = run(&["--lang", "ko"]);
    assert!(
        ko.starts_with("# 한·멕시코 중소기업 발전 공동위원회")
            && ko
                .lines()
                .next()
                .unwrap()
                .ends_with(" 후속 조치 점검 회의록"),
        "{ko}"
    );
    assert!(run(&["--lang", "en"]).starts_with("# Follow-up report: "));
}

#[test]
fn csv_headers_follow_the_language_and_values_stay_canonical() {
    let sb = Sandbox::new();
    let en = minutes(&sb, &["--format", "csv"]);
    let es = minutes(&sb, &["--format", "csv", "--lang", "es"]);
    let ko = minutes(&sb, &["--format", "csv", "--lang", "ko"]);
    let head = |s: &str| s.lines().next().unwrap().to_owned();
    assert_eq!(
        head(&en),
        "id,title,workstream,status,owners,due,vs_deadline,deadline_changes,meeting,updated,changes,new_notes"
    );
    // The glossary's column names, as the exported spreadsheet heads them:
    // ID (never Núm./번호, which the import reads as a log's own numbering).
    assert!(
        head(&es).starts_with(
            "ID,Título,Eje de trabajo,Estado,Responsables,Plazo,Frente al plazo,\
             Reprogramaciones del plazo,Reunión,"
        ),
        "{es}"
    );
    assert!(
        head(&ko).starts_with("ID,과제명,분야,상태,담당,기한,기한 대비,기한 변경 횟수,회의,"),
        "{ko}"
    );
    let rows = |s: &str| {
        let mut r = csv::Reader::from_reader(s.as_bytes());
        r.records().map(Result::unwrap).collect::<Vec<_>>()
    };
    let (en, es, ko) = (rows(&en), rows(&es), rows(&ko));
    assert_eq!(en.len(), 18);
    for ((e, s), k) in en.iter().zip(&es).zip(&ko) {
        // Ids, statuses, dates and counts as the file writes them; the
        // committee's texts (title, workstream, meeting) in each language.
        for col in [0, 3, 4, 5, 7, 9] {
            assert_eq!(e.get(col), s.get(col), "column {col}");
            assert_eq!(e.get(col), k.get(col), "column {col}");
        }
    }
    let title = |rows: &[csv::StringRecord]| {
        let r = rows.iter().find(|r| &r[0] == "JC3-04").unwrap();
        r[1].to_owned()
    };
    assert_eq!(
        title(&en),
        "Circulate and sign the minutes of the 2026 session"
    );
    assert_eq!(title(&es), "Circular y firmar la minuta de la sesión 2026");
    assert_eq!(title(&ko), "2026년 회의 회의록 회람 및 서명");
    let jc304 = |rows: &[csv::StringRecord]| {
        let r = rows.iter().find(|r| &r[0] == "JC3-04").unwrap();
        (r[3].to_owned(), r[6].to_owned())
    };
    assert_eq!(jc304(&en), ("in-progress".into(), "10d late".into()));
    assert_eq!(
        jc304(&es),
        ("in-progress".into(), "10 días de atraso".into())
    );
    assert_eq!(jc304(&ko), ("in-progress".into(), "10일 지연".into()));
}

#[test]
fn json_is_the_same_in_every_language() {
    let h = History::with_two_weeks_of_work();
    let en = h.ok(&["report", "--format", "json", "--since", "2026-11-10"]);
    for lang in ["es", "ko"] {
        let other = h.ok(&[
            "--lang",
            lang,
            "report",
            "--format",
            "json",
            "--since",
            "2026-11-10",
        ]);
        assert_eq!(en, other, "{lang}");
    }
    let v: serde_json::Value = serde_json::from_str(&en).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "committee",
            "since",
            "today",
            "window_days",
            "history",
            "items"
        ]
    );
    let jc304 = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "JC3-04")
        .unwrap();
    assert_eq!(jc304["status"], "done");
    assert_eq!(jc304["changes"][0], "status: in-progress → done");
}

/// The text a GFM renderer makes of Markdown source: backslash escapes and
/// numeric character references decoded (named ones are not needed here).
fn decoded(md: &str) -> String {
    let mut out = String::new();
    let mut rest = md;
    while let Some(c) = rest.chars().next() {
        let next = rest[c.len_utf8()..].chars().next();
        if c == '\\' && next.is_some_and(|n| n.is_ascii_punctuation()) {
            out.push(next.unwrap());
            rest = &rest[2..];
            continue;
        }
        if let Some(tail) = rest.strip_prefix("&#")
            && let Some((num, after)) = tail.split_once(';')
        {
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => num.parse().ok(),
            };
            if let Some(ch) = code.and_then(char::from_u32) {
                out.push(ch);
                rest = after;
                continue;
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Where GitHub's flavour would make a link of bare text in `md` (its
/// extended autolinks, as cmark-gfm finds them): a URL at an unescaped `:`
/// of `scheme://`, a domain at `www.` after a line start, a space or one of
/// `*_~(`, both met by the inline parser in the source; and an address at
/// an `@` with a local part before it and a dotted domain after it, found in
/// the *decoded* text (cmark-gfm joins neighbouring text first).
fn autolinks(md: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (i, _) in md.match_indices("://") {
        if md[..i].ends_with(|c: char| c.is_ascii_alphabetic()) {
            found.push(md[i.saturating_sub(8)..(i + 12).min(md.len())].to_owned());
        }
    }
    for (i, _) in md.match_indices("www.") {
        if md[..i]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || "*_~(".contains(c))
        {
            found.push(md[i..(i + 16).min(md.len())].to_owned());
        }
    }
    let text = decoded(md);
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let local = |c: &char| c.is_ascii_alphanumeric() || ".+-_".contains(*c);
        if *c != '@' || i == 0 || !local(&chars[i - 1]) {
            continue;
        }
        let domain: String = chars[i + 1..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || "-_.".contains(**c))
            .collect();
        if domain.trim_end_matches('.').contains('.') {
            found.push(format!("{}@{domain}", chars[i - 1]));
        }
    }
    found
}

#[test]
fn bare_urls_and_addresses_in_ledger_text_do_not_become_links() {
    let hostile = "Call https://evil.example/x, www.evil.example or mailto:a@b.example";
    // The check finds each when nothing escapes them, and sees through `\@`.
    assert_eq!(autolinks(hostile).len(), 3, "{:?}", autolinks(hostile));
    assert_eq!(autolinks(r"a\@b.example &#64; c&#64;d.example").len(), 2);

    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let item = &mut v["items"][0];
    item["title"] = serde_json::json!(hostile);
    item["status"] = serde_json::json!("blocked");
    item["owners"] = serde_json::json!(["enlace@inadem.example.org"]);
    let notes = item["notes"].as_array_mut().unwrap();
    notes.push(serde_json::json!({
        "date": TODAY, "author": "x@evil.example",
        "text": "HTTPS://evil.example\nwww.evil.example/a\n(www.evil.example) _a@b.example_"
    }));
    std::fs::write(&path, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
    let out = sb.run(&[
        "-f",
        path.to_str().unwrap(),
        "report",
        "--since",
        "2026-11-01",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let md = stdout(&out);
    assert!(md.contains(r"https\://evil.example/x"), "{md}");
    assert!(md.contains(r"www\.evil.example"), "{md}");
    assert_eq!(autolinks(&md), Vec::<String>::new(), "{md}");
    // Rendered, the text reads as written (the word joiner is invisible).
    let text = decoded(&md).replace('\u{2060}', "");
    assert!(text.contains(hostile), "{text}");
    assert!(text.contains("enlace@inadem.example.org"), "{text}");
}

#[test]
fn a_workstream_is_done_of_its_items_not_dropped_in_the_minutes_as_on_the_dashboard() {
    // E-commerce: JC2-06 open, JC2-07 dropped, JC3-03 in progress; blocked,
    // JC2-06 is reported, and its workstream's heading with it.
    let mut l = common::tui::fixture("korea-mexico-sme");
    l.item_mut("JC2-06").unwrap().status = followup::ledger::Status::Blocked;
    let sb = Sandbox::new();
    let path = sb.path("korea-mexico-sme.json");
    std::fs::write(&path, followup::ledger::canonical_json(&l)).unwrap();
    let md = minutes(&sb, &[]);
    assert!(md.contains("\n## E-commerce (0/2 done)\n"), "{md}");
    let app = common::app::TestApp::new().ledger(l).build();
    let w = (app.index.workstreams.iter())
        .position(|w| w == "E-commerce")
        .unwrap();
    assert_eq!(app.index.stats.progress[w], (0, 2));
}

#[test]
fn a_workstream_whose_items_are_all_dropped_says_so_not_0_of_0() {
    // Kia supplier integration: JC2-03 and JC3-02, both dropped.
    let mut l = common::tui::fixture("korea-mexico-sme");
    for id in ["JC2-03", "JC3-02"] {
        l.item_mut(id).unwrap().status = followup::ledger::Status::Dropped;
    }
    let sb = Sandbox::new();
    let path = sb.path("korea-mexico-sme.json");
    std::fs::write(&path, followup::ledger::canonical_json(&l)).unwrap();
    // The workstream's name is the committee's in each language.
    for (lang, said) in [
        ("en", "(all dropped)"),
        ("es", "(todos cancelados)"),
        ("ko", "(모두 취소)"),
    ] {
        let md = minutes(&sb, &["--lang", lang]);
        let headings: Vec<&str> = md.lines().filter(|l| l.starts_with("## ")).collect();
        let dropped: Vec<&&str> = headings.iter().filter(|h| h.ends_with(said)).collect();
        assert_eq!(dropped.len(), 1, "{lang}: {headings:?}");
        assert!(headings.len() > 2, "{lang}: {headings:?}");
    }
}
