//! The Markdown minutes for a fixture, outside git (notes only), checked whole.

mod common;
use common::*;

#[test]
fn markdown_minutes_of_the_korea_mexico_ledger() {
    let sb = Sandbox::new();
    let path = sb.fixture("korea-mexico-sme.json");
    let out = sb.run(&["-f", path.to_str().unwrap(), "report"]);
    assert!(out.status.success(), "{}", stderr(&out));
    insta::assert_snapshot!(stdout(&out));
}
