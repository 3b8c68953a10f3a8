//! A desk's portfolio for tests: the five committees of `fixtures/`, each in
//! its own git repository under `desk/` in the sandbox, and a `config.toml`
//! listing them with `[[portfolio]] folder = …`.

use super::repo::{GIT_DATE, TestRepo};
use super::sandbox::{Sandbox, fixtures};

/// The five fixture committees: (repository name, fixture file).
pub const COMMITTEES: &[(&str, &str)] = &[
    ("apec", "apec-supply-chains-2025.json"),
    ("celac", "korea-celac-eclac.json"),
    ("korea-mexico", "korea-mexico-sme-directory.json"),
    ("partnership", "partnership-plus-week-2025.json"),
    ("sela", "sela-export-consortiums.json"),
];

/// The portfolio's repositories, in name order (the order `--all` lists them).
pub struct Desk {
    pub repos: Vec<TestRepo>,
}

impl Desk {
    /// Five repositories under `desk/`, each with its fixture committed as
    /// `ledger.json`, and `config.toml` naming the folder (plus `extra`
    /// lines of configuration).
    pub fn new(sb: &Sandbox, extra: &str) -> Desk {
        let repos = COMMITTEES
            .iter()
            .map(|(name, fixture)| {
                let repo = TestRepo::init(sb, &format!("desk/{name}"));
                std::fs::copy(fixtures().join(fixture), repo.path("ledger.json"))
                    .expect("copy the fixture");
                repo.git(&["add", "ledger.json"]);
                repo.commit(GIT_DATE, "ledger");
                repo
            })
            .collect();
        let config = format!(
            "{extra}\n[[portfolio]]\nfolder = {:?}\n",
            sb.path("desk").to_str().expect("a UTF-8 path")
        );
        std::fs::write(sb.path("config.toml"), config).expect("config.toml");
        Desk { repos }
    }

    /// The repository named `name` (`"apec"`, `"korea-mexico"`, …).
    pub fn repo(&self, name: &str) -> &TestRepo {
        let i = COMMITTEES
            .iter()
            .position(|(n, _)| *n == name)
            .expect("a committee of the desk");
        &self.repos[i]
    }
}
