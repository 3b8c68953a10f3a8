//! The shape of the source tree, checked: dependencies point one way (no
//! import circle between files, none between top-level modules, each
//! top-level module only above what it uses), the library below the edges
//! knows no terminal and no words, and no room is too big to hold in mind
//! (files, functions, `main.rs`).
//!
//! The source is read as text: comments, strings and `#[cfg(test)]` modules
//! are blanked out, then every `use` tree and every `crate::`/`super::` path
//! is resolved to the file that defines it (through the re-exports of a
//! folder's `mod.rs`, so that a façade is not a circle).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// Each top-level module and its floor: a module may use only modules on
/// lower floors (so two on one floor never use each other).
const FLOORS: &[(&str, u8)] = &[
    ("base", 0),
    ("ledger", 1),
    ("config", 2),
    ("git", 2),
    ("query", 2),
    ("synthetic", 2),
    ("ops", 3),
    ("portfolio", 3),
    ("sync", 4),
    ("i18n", 5),
    ("app", 6),
    ("view", 6),
    ("report", 7),
    ("ui", 7),
    ("outreach", 8),
    ("interchange", 8),
    ("cli", 9),
    ("dashboard", 10),
    ("main", 11),
];

/// Pairs that the floors would allow but the design forbids: the dashboard's
/// state speaks no language (words are chosen at the edges).
const NEVER: &[(&str, &str)] = &[("app", "i18n"), ("app", "view")];

/// Modules that never draw on a terminal.
const NO_TERMINAL: &[&str] = &[
    "base",
    "ledger",
    "config",
    "git",
    "query",
    "ops",
    "portfolio",
    "sync",
    "i18n",
    "view",
];

const MAX_FILE_LINES: usize = 600;
const MAX_MAIN_LINES: usize = 60;
const MAX_FN_LINES: usize = 100;

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `src/`, by path relative to `src/`.
fn files() -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![src()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let rel = p
                    .strip_prefix(src())
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.insert(rel, std::fs::read_to_string(&p).unwrap());
            }
        }
    }
    out
}

/// The module path of a file: `ledger/mod.rs` → `["ledger"]`.
fn module_of(rel: &str) -> Vec<String> {
    let mut segs: Vec<String> = rel
        .trim_end_matches(".rs")
        .split('/')
        .map(String::from)
        .collect();
    if segs.last().is_some_and(|s| s == "mod" || s == "lib") {
        segs.pop();
    }
    segs
}

/// The source with comments, string and char literals blanked (newlines
/// kept, so line numbers stay true).
fn blank(src: &str) -> String {
    let b: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    let keep_lines = |s: &[char], out: &mut String| {
        for &c in s {
            out.push(if c == '\n' { '\n' } else { ' ' });
        }
    };
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            let end = b[i..]
                .iter()
                .position(|&c| c == '\n')
                .map_or(b.len(), |p| i + p);
            keep_lines(&b[i..end], &mut out);
            i = end;
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            let mut j = i;
            while j < b.len() {
                if b[j] == '/' && b.get(j + 1) == Some(&'*') {
                    depth += 1;
                    j += 2;
                } else if b[j] == '*' && b.get(j + 1) == Some(&'/') {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    j += 1;
                }
            }
            keep_lines(&b[i..j.min(b.len())], &mut out);
            i = j;
        } else if (c == 'r' || c == 'b')
            && !b
                .get(i.wrapping_sub(1))
                .is_some_and(|p| p.is_alphanumeric() || *p == '_')
            && raw_string_start(&b, i).is_some()
        {
            let (hashes, open) = raw_string_start(&b, i).unwrap();
            let mut j = open + 1;
            loop {
                if j >= b.len() {
                    break;
                }
                if b[j] == '"' && (0..hashes).all(|k| b.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.push('"');
            keep_lines(&b[i + 1..j.saturating_sub(1)], &mut out);
            out.push('"');
            i = j;
        } else if c == '"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != '"' {
                if b[j] == '\\' {
                    j += 1;
                }
                j += 1;
            }
            out.push('"');
            keep_lines(&b[i + 1..j.min(b.len())], &mut out);
            out.push('"');
            i = j + 1;
        } else if c == '\'' {
            // A char literal ('x', '\n', '\u{..}') or a lifetime ('a).
            let end = if next == Some('\\') {
                b[i + 2..]
                    .iter()
                    .position(|&c| c == '\'')
                    .map(|p| i + 2 + p)
            } else if b.get(i + 2) == Some(&'\'') {
                Some(i + 2)
            } else {
                None
            };
            match end {
                Some(e) => {
                    out.push_str("' '");
                    i = e + 1;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// At `r"`, `r#"`, `br"`…: how many `#` and where the opening quote is.
fn raw_string_start(b: &[char], i: usize) -> Option<(usize, usize)> {
    let mut j = i;
    if b[j] == 'b' {
        j += 1;
    }
    if b.get(j) != Some(&'r') {
        return None;
    }
    j += 1;
    let mut hashes = 0;
    while b.get(j) == Some(&'#') {
        hashes += 1;
        j += 1;
    }
    (b.get(j) == Some(&'"')).then_some((hashes, j))
}

/// The source without its `#[cfg(test)]` items (blanked, lines kept).
fn without_tests(blanked: &str) -> String {
    let mut out = blanked.to_owned();
    let mut from = 0;
    while let Some(p) = out[from..].find("#[cfg(test)]") {
        let start = from + p;
        let Some(open) = out[start..].find(['{', ';']).map(|o| start + o) else {
            break;
        };
        let end = if out.as_bytes()[open] == b';' {
            open + 1
        } else {
            block_end(&out, open)
        };
        let blank: String = out[start..end]
            .chars()
            .map(|c| if c == '\n' { '\n' } else { ' ' })
            .collect();
        out.replace_range(start..end, &blank);
        from = start + blank.len();
    }
    out
}

/// The index just past the `}` matching the `{` at `open`.
fn block_end(s: &str, open: usize) -> usize {
    let mut depth = 0;
    for (i, c) in s[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return open + i + 1;
                }
            }
            _ => {}
        }
    }
    s.len()
}

/// The paths a `use` tree names, each with the name it is bound to:
/// `a::{b, c::d as e}` → (`a::b`, `b`), (`a::c::d`, `e`).
fn expand(tree: &str) -> Vec<(String, String)> {
    let words: Vec<&str> = tree.split_whitespace().collect();
    let tree = words.join(" ").replace(" as ", "@").replace(' ', "");
    let Some(open) = tree.find('{') else {
        let (path, alias) = match tree.split_once('@') {
            Some((p, a)) => (p.to_owned(), a.to_owned()),
            None => (
                tree.clone(),
                tree.rsplit("::").next().unwrap_or("").to_owned(),
            ),
        };
        return vec![(path, alias)];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.len() - 1];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| {
            expand(p).into_iter().map(move |(path, alias)| {
                let whole = prefix.trim_end_matches("::");
                if path == "self" {
                    let alias = if alias == "self" {
                        whole.rsplit("::").next().unwrap_or("").to_owned()
                    } else {
                        alias
                    };
                    (whole.to_owned(), alias)
                } else {
                    (format!("{prefix}{path}"), alias)
                }
            })
        })
        .collect()
}

/// One reference from a file: the absolute path it names, and whether it
/// is a `pub use` (a re-export).
struct Ref {
    path: Vec<String>,
    /// The name it is bound to (the last segment, or its `as` alias).
    name: String,
    reexport: bool,
}

/// The paths a file refers to, made absolute from the crate root.
fn refs(module: &[String], code: &str, crate_names: &[&str]) -> Vec<Ref> {
    let mut out = Vec::new();
    let absolute = |p: &str| -> Option<Vec<String>> {
        let mut segs: Vec<&str> = p.split("::").filter(|s| !s.is_empty()).collect();
        if segs.is_empty() {
            return None;
        }
        let mut base: Vec<String> = if crate_names.contains(&segs[0]) {
            segs.remove(0);
            Vec::new()
        } else if segs[0] == "super" {
            let mut m = module.to_vec();
            while segs.first() == Some(&"super") {
                segs.remove(0);
                m.pop();
            }
            m
        } else if segs[0] == "self" {
            segs.remove(0);
            module.to_vec()
        } else {
            return None;
        };
        base.extend(segs.into_iter().map(String::from));
        Some(base)
    };
    // `use` trees.
    let mut rest = code;
    while let Some(p) = find_word(rest, "use") {
        let before = &rest[..p];
        let reexport = before.trim_end().ends_with("pub") || before.trim_end().ends_with(')');
        let stmt_end = rest[p..].find(';').map_or(rest.len(), |e| p + e);
        let tree = &rest[p + 3..stmt_end];
        for (path, name) in expand(tree) {
            // A relative `use child::X` in a folder module.
            let path = match path.split("::").next() {
                Some(first)
                    if !["crate", "super", "self"].contains(&first)
                        && !crate_names.contains(&first) =>
                {
                    format!("self::{path}")
                }
                _ => path,
            };
            if let Some(abs) = absolute(&path) {
                out.push(Ref {
                    path: abs,
                    name,
                    reexport,
                });
            }
        }
        rest = &rest[stmt_end.min(rest.len())..];
    }
    // Paths written out in the code.
    for name in crate_names.iter().chain(&["super"]) {
        let needle = format!("{name}::");
        let mut from = 0;
        while let Some(p) = code[from..].find(&needle) {
            let at = from + p;
            from = at + needle.len();
            if code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let end = code[at..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .map_or(code.len(), |e| at + e);
            // `super::{…}`: a use tree, read above.
            if code[at..end].ends_with("::") {
                continue;
            }
            if let Some(abs) = absolute(&code[at..end]) {
                out.push(Ref {
                    name: abs.last().cloned().unwrap_or_default(),
                    path: abs,
                    reexport: false,
                });
            }
        }
    }
    out
}

/// The byte position of `word` standing alone (a keyword) in `s`.
fn find_word(s: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = s[from..].find(word) {
        let at = from + p;
        let before = s[..at].chars().next_back();
        let after = s[at + word.len()..].chars().next();
        let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        if !ident(before) && !ident(after) {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

struct Tree {
    /// File (relative to `src/`) → blanked code without tests.
    code: BTreeMap<String, String>,
    /// Module path → file.
    file_of: HashMap<Vec<String>, String>,
    /// For a folder module: a re-exported name → the path it comes from.
    reexports: HashMap<Vec<String>, HashMap<String, Vec<String>>>,
}

impl Tree {
    fn read() -> Tree {
        let mut code = BTreeMap::new();
        let mut file_of = HashMap::new();
        for (rel, text) in files() {
            file_of.insert(module_of(&rel), rel.clone());
            code.insert(
                rel,
                without_tests(&blank(&text)).replace("$crate::", "crate::"),
            );
        }
        let mut tree = Tree {
            code,
            file_of,
            reexports: HashMap::new(),
        };
        for (rel, code) in &tree.code {
            let module = module_of(rel);
            let mut names = HashMap::new();
            for r in refs(&module, code, &["crate"]) {
                if r.reexport {
                    names.insert(r.name.clone(), r.path.clone());
                }
            }
            tree.reexports.insert(module, names);
        }
        tree
    }

    /// The file that defines what `path` names.
    fn resolve(&self, path: &[String], depth: usize) -> Option<String> {
        let mut n = path.len();
        while n > 0 && !self.file_of.contains_key(&path[..n]) {
            n -= 1;
        }
        let module = path[..n].to_vec();
        if let Some(name) = path.get(n)
            && depth < 8
            && let Some(target) = self.reexports.get(&module).and_then(|m| m.get(name))
            && target.as_slice() != path
        {
            return self.resolve(target, depth + 1);
        }
        self.file_of.get(&module).cloned()
    }

    /// Every file → the files it uses (re-exports of its own children and
    /// `mod` declarations are not uses).
    fn edges(&self) -> BTreeMap<String, BTreeSet<String>> {
        let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        // A macro is used where it is called and lives where it is defined.
        let mut macros = HashMap::new();
        for (rel, code) in &self.code {
            let mut from = 0;
            while let Some(p) = find_word(&code[from..], "macro_rules") {
                let at = from + p + "macro_rules".len();
                from = at;
                let name: String = code[at..]
                    .trim_start_matches(|c: char| c == '!' || c.is_whitespace())
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                macros.insert(name, rel.clone());
            }
        }
        for (rel, code) in &self.code {
            for (name, home) in &macros {
                let called = code.match_indices(&format!("{name}!")).any(|(at, _)| {
                    !code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_')
                });
                if called && home != rel {
                    out.entry(rel.clone()).or_default().insert(home.clone());
                }
            }
        }
        for (rel, code) in &self.code {
            let module = module_of(rel);
            let names: &[&str] = if rel == "main.rs" {
                &["crate", "followup"]
            } else {
                &["crate"]
            };
            let set = out.entry(rel.clone()).or_default();
            for r in refs(&module, code, names) {
                let own_child = r.path.len() > module.len() && r.path.starts_with(&module);
                if r.reexport && own_child {
                    continue;
                }
                if let Some(target) = self.resolve(&r.path, 0)
                    && target != *rel
                    && target != "lib.rs"
                {
                    set.insert(target);
                }
            }
        }
        out
    }
}

/// The top-level module a file belongs to.
fn top(rel: &str) -> String {
    rel.split('/')
        .next()
        .unwrap()
        .trim_end_matches(".rs")
        .to_owned()
}

/// Strongly connected groups of more than one node (Tarjan).
fn circles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct S<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: HashMap<&'a str, usize>,
        low: HashMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on: BTreeSet<&'a str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut S<'a>, v: &'a str) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on.insert(v);
        if let Some(next) = s.edges.get(v) {
            for w in next {
                let w = w.as_str();
                if !s.index.contains_key(w) {
                    visit(s, w);
                    let l = s.low[w].min(s.low[v]);
                    s.low.insert(v, l);
                } else if s.on.contains(w) {
                    let l = s.index[w].min(s.low[v]);
                    s.low.insert(v, l);
                }
            }
        }
        if s.low[v] == s.index[v] {
            let mut group = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on.remove(w);
                group.push(w.to_owned());
                if w == v {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                s.out.push(group);
            }
        }
    }
    let mut s = S {
        edges,
        index: HashMap::new(),
        low: HashMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in edges.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.out
}

#[test]
fn no_import_circle_between_files() {
    let edges = Tree::read().edges();
    let found = circles(&edges);
    let shown: Vec<String> = found
        .iter()
        .map(|group| {
            let ties: Vec<String> = group
                .iter()
                .flat_map(|a| {
                    edges[a]
                        .iter()
                        .filter(|b| group.contains(b))
                        .map(move |b| format!("  {a} -> {b}"))
                })
                .collect();
            format!("{}:\n{}", group.join(", "), ties.join("\n"))
        })
        .collect();
    assert!(
        found.is_empty(),
        "files that import each other:\n{}",
        shown.join("\n")
    );
}

#[test]
fn top_level_modules_use_only_the_floors_below_them() {
    let floors: HashMap<&str, u8> = FLOORS.iter().copied().collect();
    let mut wrong = BTreeSet::new();
    for (file, uses) in Tree::read().edges() {
        let from = top(&file);
        if from == "lib" {
            continue;
        }
        let Some(&f) = floors.get(from.as_str()) else {
            wrong.insert(format!(
                "{file}: the module `{from}` has no floor in FLOORS"
            ));
            continue;
        };
        for used in uses {
            let to = top(&used);
            if to == from {
                continue;
            }
            let t = floors.get(to.as_str()).copied().unwrap_or(u8::MAX);
            if t >= f || NEVER.contains(&(from.as_str(), to.as_str())) {
                wrong.insert(format!("{file} -> {used} ({from} may not use {to})"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "arrows that run the wrong way:\n{}",
        wrong.into_iter().collect::<Vec<_>>().join("\n")
    );
}

/// Modules that build no sentence: their errors and outcomes are typed and
/// worded in `i18n`.
const NO_WORDS: &[&str] = &[
    "base",
    "ledger",
    "config",
    "git",
    "query",
    "ops",
    "portfolio",
    "sync",
];

#[test]
fn the_library_below_i18n_builds_no_sentence() {
    let mut wrong = Vec::new();
    for (rel, code) in &Tree::read().code {
        if !NO_WORDS.contains(&top(rel).as_str()) {
            continue;
        }
        for (what, why) in [
            (
                "#[error(",
                "an English error message (derive it without words)",
            ),
            ("catalog(", "the catalog (words are chosen in i18n)"),
            ("tr!(", "the catalog (words are chosen in i18n)"),
        ] {
            let called = code
                .match_indices(what)
                .any(|(at, _)| !code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_'));
            if called {
                wrong.push(format!("{rel}: {why}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_import_is_one_the_reader_can_see() {
    // Forms that would hide an arrow from this test are not used.
    let mut wrong = Vec::new();
    for (rel, code) in &Tree::read().code {
        for (form, why) in [
            ("#[path", "`#[path]` modules"),
            ("extern crate", "`extern crate` aliases"),
            ("::*;", "glob imports (name what is used)"),
        ] {
            let uses = code.matches(form).count();
            let of_parent = if form == "::*;" {
                code.matches("super::*;").count()
            } else {
                0
            };
            if uses > of_parent {
                wrong.push(format!("{rel}: {why}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_library_below_the_edges_never_touches_the_terminal() {
    let mut wrong = Vec::new();
    for (rel, code) in &Tree::read().code {
        if NO_TERMINAL.contains(&top(rel).as_str()) {
            for krate in ["ratatui", "crossterm"] {
                if find_word(code, krate).is_some() {
                    wrong.push(format!("{rel} uses {krate}"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_room_is_small_enough_to_hold_in_mind() {
    let mut wrong = Vec::new();
    for (rel, text) in files() {
        let lines = text.lines().count();
        if lines > MAX_FILE_LINES {
            wrong.push(format!("{rel}: {lines} lines (at most {MAX_FILE_LINES})"));
        }
        if rel == "main.rs" && lines >= MAX_MAIN_LINES {
            wrong.push(format!("main.rs: {lines} lines (under {MAX_MAIN_LINES})"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_function_is_longer_than_a_screenful_or_two() {
    let mut wrong = Vec::new();
    for (rel, code) in &Tree::read().code {
        let mut from = 0;
        while let Some(p) = find_word(&code[from..], "fn") {
            let at = from + p;
            from = at + 2;
            let name: String = code[at + 2..]
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            // The body: the first `{` before any `;` (a declaration has none).
            let Some(open) = code[at..].find(['{', ';']).map(|o| at + o) else {
                continue;
            };
            if code.as_bytes()[open] == b';' || name.is_empty() {
                continue;
            }
            let end = block_end(code, open);
            let first = code[..at].lines().count();
            let last = code[..end].lines().count();
            if last - first + 1 > MAX_FN_LINES {
                wrong.push(format!(
                    "{rel}:{first}: fn {name} has {} lines",
                    last - first + 1
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "functions over {MAX_FN_LINES} lines:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_reader_sees_what_it_should() {
    // The reader itself: a circle it cannot see would let circles through.
    let code = without_tests(&blank(
        "use super::{a::B, c};\n// use crate::x;\nlet s = \"crate::y\";\n#[cfg(test)]\nmod tests { use crate::z; }\nfn f() { crate::w::g(); }\n",
    ));
    let found: Vec<String> = refs(&["m".into(), "n".into()], &code, &["crate"])
        .into_iter()
        .map(|r| r.path.join("::"))
        .collect();
    assert_eq!(found, ["m::a::B", "m::c", "w::g"]);
    // `as` inside a name is not an alias; an alias names the re-export.
    let pair = |p: &str, n: &str| (p.to_owned(), n.to_owned());
    assert_eq!(
        expand("crate::{dashboard::start::run, base as b}"),
        [
            pair("crate::dashboard::start::run", "run"),
            pair("crate::base", "b")
        ]
    );
    assert_eq!(expand("x::f as g"), [pair("x::f", "g")]);
    assert_eq!(
        expand("a::{self, c as d}"),
        [pair("a", "a"), pair("a::c", "d")]
    );
    let mut edges = BTreeMap::new();
    edges.insert("a".to_owned(), BTreeSet::from(["b".to_owned()]));
    edges.insert("b".to_owned(), BTreeSet::from(["a".to_owned()]));
    edges.insert("c".to_owned(), BTreeSet::from(["a".to_owned()]));
    assert_eq!(circles(&edges), vec![vec!["a".to_owned(), "b".to_owned()]]);
}
