//! Writes a synthetic ledger of N items to standard output, for trying the
//! dashboard and the CLI at scale: `cargo run --release --example generate -- 100000 > big.json`

fn main() {
    let n = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let l = followup::synthetic::ledger(n, followup::synthetic::demo_today());
    print!("{}", followup::ledger::canonical_json(&l));
}
