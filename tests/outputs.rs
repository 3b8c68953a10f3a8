//! Where commands write: `-o -` is standard output, and `followup man --dir`
//! writes every page the main page refers to.

mod common;

use common::{Sandbox, stderr, stdout};

#[test]
fn dash_as_the_output_file_is_standard_output() {
    let sb = Sandbox::new();
    let ledger = sb.fixture("korea-mexico-sme.json");
    let l = ledger.to_str().unwrap();
    for (format, start) in [("csv", "ID,"), ("ics", "BEGIN:VCALENDAR")] {
        let out = sb.run(&["-f", l, "export", "--format", format, "-o", "-"]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(
            stdout(&out)
                .trim_start_matches('\u{feff}')
                .starts_with(start),
            "{format}: {}",
            stdout(&out)
        );
        assert!(!sb.path("-").exists(), "{format}: no file named `-`");
    }
    let out = sb.run(&["-f", l, "export", "--format", "xlsx", "--output", "-"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.starts_with(b"PK"), "a workbook on stdout");
    assert!(!sb.path("-").exists());
}

#[test]
fn man_writes_a_page_for_every_subcommand_and_refers_to_no_other() {
    let sb = Sandbox::new();
    let dir = sb.path("man");
    let out = sb.run(&["man", "--dir", dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let main = std::fs::read_to_string(dir.join("followup.1")).unwrap();
    let help = stdout(&sb.run(&["--help"]));
    let mut named = 0;
    let plain = main.replace("\\-", "-");
    for word in plain.split(|c: char| c.is_whitespace() || c == '\\') {
        if let Some(page) = word
            .strip_suffix("(1)")
            .filter(|w| w.starts_with("followup-"))
        {
            assert!(
                dir.join(format!("{page}.1")).exists(),
                "followup.1 names {page}(1), which was not written"
            );
            named += 1;
        }
    }
    assert!(
        named >= 20,
        "followup.1 names the subcommands' pages: {named}"
    );
    for sub in ["init", "sync", "recover", "export", "remind", "git-setup"] {
        let page = dir.join(format!("followup-{sub}.1"));
        let text = std::fs::read_to_string(&page).unwrap_or_else(|_| panic!("{}", page.display()));
        assert!(text.contains(".TH followup-"), "{text}");
        assert!(help.contains(sub));
    }
    assert!(!dir.join("followup-help.1").exists());
    assert!(
        !plain.contains("followup-help(1)"),
        "no page for clap's help"
    );
    // Printed, the main page is the same as the one written.
    let printed = sb.run(&["man"]);
    assert_eq!(stdout(&printed), main);
}
