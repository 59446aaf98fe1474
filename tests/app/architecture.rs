//! Checks that keep the architecture honest: the dependency rule, the security baseline and the
//! accuracy of ARCHITECTURE.md.

use std::path::Path;
use std::process::Command;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Crates the domain core must never reach, directly or through another crate: the core stays
/// free of UI, storage and network so its rules run anywhere and test in milliseconds.
const FORBIDDEN_IN_CORE: &[&str] = &["tauri", "rusqlite", "reqwest", "libsqlite3-sys", "hyper", "wry"];

/// Every package a crate depends on for its normal build, direct or not, by name.
fn normal_tree(package: &str) -> Vec<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["tree", "-p", package, "-e", "normal", "--prefix", "none", "--offline"])
        .current_dir(repo())
        .output()
        .expect("cargo tree runs");
    assert!(out.status.success(), "cargo tree -p {package} failed: {}", String::from_utf8_lossy(&out.stderr));
    let tree = String::from_utf8(out.stdout).unwrap();
    let names: Vec<String> = tree.lines().filter_map(|l| l.split_whitespace().next()).map(str::to_owned).collect();
    assert!(names.first().map(String::as_str) == Some(package) && names.len() > 3, "the tree of {package} was read: {tree}");
    names
}

#[test]
fn cruce_core_depends_on_no_tauri_sqlite_or_network_crate() {
    let names = normal_tree("cruce-core");
    for forbidden in FORBIDDEN_IN_CORE {
        assert!(!names.iter().any(|n| n == forbidden), "cruce-core depends on {forbidden}");
    }
}

#[test]
fn nothing_but_the_shell_depends_on_tauri() {
    for package in ["cruce-core", "cruce-store", "cruce-app", "cruce-cli"] {
        let names = normal_tree(package);
        assert!(!names.iter().any(|n| n == "tauri" || n.starts_with("tauri-") || n == "wry"), "{package} depends on Tauri");
    }
    assert!(normal_tree("cruce").iter().any(|n| n == "tauri"), "the check can see a Tauri dependency");
}

/// The layer of each workspace crate, lowest first. A crate may depend only on crates of lower
/// layers, and adapters not on each other (see ARCHITECTURE.md, "The dependency rule").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Layer {
    Core,
    Adapter,
    Application,
    FrontEnd,
}

fn layer(package: &str) -> Layer {
    match package {
        "cruce-core" => Layer::Core,
        "cruce-app" => Layer::Application,
        "cruce" | "cruce-cli" | "cruce-e2e" => Layer::FrontEnd,
        // Every other crate of the workspace is an adapter: store, and the network, report and
        // screening crates as they arrive.
        _ => Layer::Adapter,
    }
}

#[test]
fn each_crate_depends_only_on_lower_layers_and_adapters_not_on_each_other() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--no-deps", "--offline"])
        .current_dir(repo())
        .output()
        .expect("cargo metadata runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let members: Vec<&serde_json::Value> = meta["packages"].as_array().unwrap().iter().collect();
    let ours: Vec<&str> = members.iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert!(ours.contains(&"cruce-app") && ours.contains(&"cruce-store"), "{ours:?}");
    let mut checked = 0;
    for p in &members {
        let name = p["name"].as_str().unwrap();
        for dep in p["dependencies"].as_array().unwrap() {
            let dep_name = dep["name"].as_str().unwrap();
            // Normal dependencies only: a test may use any crate to set up its case.
            if !ours.contains(&dep_name) || !dep["kind"].is_null() {
                continue;
            }
            checked += 1;
            let (from, to) = (layer(name), layer(dep_name));
            assert!(to < from, "{name} ({from:?}) depends on {dep_name} ({to:?}): a crate may use only lower layers");
        }
    }
    assert!(checked >= 6, "only {checked} workspace dependencies were seen");
}

#[test]
fn only_the_ipc_module_of_the_ui_imports_tauri() {
    let mut offenders = Vec::new();
    let mut seen = 0;
    let mut stack = vec![repo().join("ui/src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if !path.ends_with("lib/ipc") {
                    stack.push(path);
                }
                continue;
            }
            if !matches!(path.extension().and_then(|e| e.to_str()), Some("ts" | "svelte" | "js")) {
                continue;
            }
            seen += 1;
            let text = std::fs::read_to_string(&path).unwrap();
            // Tests mock IPC through @tauri-apps/api/mocks; that is the test harness, not a call.
            let imports_tauri = text.lines().any(|l| l.contains("@tauri-apps/") && !l.contains("@tauri-apps/api/mocks"));
            if imports_tauri {
                offenders.push(path.strip_prefix(repo()).unwrap().display().to_string());
            }
        }
    }
    assert!(seen > 20, "only {seen} UI files were read");
    assert!(offenders.is_empty(), "only ui/src/lib/ipc/ may import @tauri-apps/*: {offenders:?}");
}

/// The modules of a crate's `src/` that each module names through `crate::`, leaving out test
/// code (a test may reach anywhere).
fn module_graph(src: &Path) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    let mut graph: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> = Default::default();
    let mut stack = vec![src.to_owned()];
    let mut files = Vec::new();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    for file in files {
        let rel = file.strip_prefix(src).unwrap();
        let top = rel.components().next().unwrap().as_os_str().to_string_lossy().trim_end_matches(".rs").to_owned();
        if top == "lib" || top == "main" {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap();
        let edges = graph.entry(top.clone()).or_default();
        for part in code.split("crate::").skip(1) {
            let name: String = part.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if !name.is_empty() && name != top && src.join(format!("{name}.rs")).exists() || src.join(&name).is_dir() && name != top {
                edges.insert(name);
            }
        }
    }
    graph
}

fn find_cycle(graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut std::collections::BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            return Some(path[at..].iter().cloned().chain([node.to_owned()]).collect());
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = Default::default();
    graph.keys().find_map(|start| visit(start, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_modules_of_the_core_the_store_and_the_application_import_no_circle() {
    for krate in ["src-tauri/core/src", "src-tauri/store/src", "src-tauri/app/src"] {
        let graph = module_graph(&repo().join(krate));
        assert!(graph.values().map(|e| e.len()).sum::<usize>() >= 5, "{krate}: the imports were read: {graph:?}");
        assert_eq!(find_cycle(&graph), None, "{krate} has an import circle");
    }
}

#[test]
fn the_circle_finder_finds_a_circle() {
    let graph = [("a", vec!["b"]), ("b", vec!["c"]), ("c", vec!["a"])]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.into_iter().map(str::to_owned).collect()))
        .collect();
    assert_eq!(find_cycle(&graph), Some(vec!["a".into(), "b".into(), "c".into(), "a".into()]));
}

#[test]
fn every_path_named_in_architecture_md_exists() {
    let text = std::fs::read_to_string(repo().join("ARCHITECTURE.md")).unwrap();
    let mut checked = 0;
    for span in text.split('`').skip(1).step_by(2) {
        let looks_like_path = !span.contains(' ')
            && (span.contains('/') || span.ends_with(".rs") || span.ends_with(".json") || span.ends_with(".md"))
            && !span.contains("::")
            && !span.starts_with("http")
            && !span.starts_with('@')
            && !span.contains('*')
            // Build output, not source: named in prose but created by a run.
            && !span.starts_with("target/");
        if !looks_like_path {
            continue;
        }
        let path = span.trim_end_matches('/');
        assert!(repo().join(path).exists(), "ARCHITECTURE.md names `{span}`, which does not exist");
        checked += 1;
    }
    assert!(checked >= 15, "only {checked} paths found: is ARCHITECTURE.md still a code map?");
}

#[test]
fn the_security_baseline_holds_in_tauri_conf_json() {
    let conf: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(repo().join("tauri.conf.json")).unwrap()).unwrap();
    let app = &conf["app"];
    assert_eq!(app["withGlobalTauri"], false, "no window.__TAURI__ for injected scripts to use");
    assert_eq!(app["security"]["freezePrototype"], true);
    let csp = app["security"]["csp"].as_object().expect("CSP as a directive map");
    assert_eq!(csp["default-src"], "'self'");
    for (directive, value) in csp {
        let value = value.as_str().unwrap();
        assert!(!value.contains("unsafe-eval"), "{directive} allows eval");
        assert!(!value.contains("unsafe-inline") || directive == "style-src", "{directive} allows inline code");
        for source in value.split_whitespace() {
            let remote = source.starts_with("http") && source != "http://ipc.localhost";
            assert!(!remote && source != "*" && source != "https:", "{directive} allows remote content: {source}");
        }
    }
    assert!(conf["build"].get("devUrl").is_none(), "devUrl lives in tauri.dev.conf.json only");
}

#[test]
fn capabilities_grant_no_plugin_or_core_permission_we_do_not_use() {
    let dir = repo().join("src-tauri/capabilities");
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let cap: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap()).unwrap();
        files += 1;
        assert_eq!(cap["windows"], serde_json::json!(["main"]), "capabilities are per window");
        assert!(cap.get("remote").is_none(), "no remote URL may call commands");
        let permissions = cap["permissions"].as_array().unwrap();
        // Cruce's own commands need no permission entry; anything listed must be justified here:
        // the close request (listen/unlisten) and closing after saving (destroy), and the native
        // dialogs that pick a backup file (open/save). The dialogs only return a path; reading
        // and writing it is done by Cruce's own backup and restore commands.
        let expected =
            ["core:event:allow-listen", "core:event:allow-unlisten", "core:window:allow-destroy", "dialog:allow-open", "dialog:allow-save"];
        assert_eq!(permissions, &expected.map(serde_json::Value::from).to_vec(), "unexpected permissions");
    }
    assert_eq!(files, 1);
}

#[test]
fn the_ui_listens_for_the_close_request_the_shell_sends() {
    let ipc = std::fs::read_to_string(repo().join("ui/src/lib/ipc/index.ts")).unwrap();
    let quoted = format!("'{}'", cruce_shell::close_guard::CLOSE_REQUESTED);
    assert!(ipc.contains(&quoted), "ui/src/lib/ipc/index.ts must name the event {quoted}");
}

/// Every package of a build with the features it is compiled with, one line each.
fn features(args: &[&str]) -> std::collections::BTreeSet<String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["tree", "--prefix", "none", "--offline", "-f", "{p} [{f}]"])
        .args(args)
        .current_dir(repo())
        .output()
        .expect("cargo tree runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().map(|l| l.replace(" (*)", "").replace(" (proc-macro)", "")).collect()
}

/// `.ci/launch` builds the app with `cargo build -p cruce`; `.ci/test` builds it with every test of
/// the workspace. When a dependency is compiled with other features in one than in the other,
/// each command rebuilds tauri and its GTK stack after the other (3½ minutes on two cores).
#[test]
fn the_app_build_and_the_test_build_compile_the_same_dependencies() {
    let app = features(&["-p", "cruce", "-e", "normal,build"]);
    let test = features(&["--workspace", "--exclude", "cruce-e2e", "-e", "normal,build,dev"]);
    assert!(app.len() > 200 && app.iter().any(|l| l.starts_with("tauri ")), "the app's tree was read ({} lines)", app.len());
    let drifted: Vec<&String> = app.iter().filter(|line| !test.contains(*line)).collect();
    assert!(
        drifted.is_empty(),
        "compiled with other features in the test build (name the features in the app's [dependencies]): {drifted:#?}"
    );
}

/// The README's rule table lists every finding code the rules can give (its source next to it):
/// a rule added without its row fails here.
#[test]
fn every_finding_code_is_in_the_readme_rule_table() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let dir = repo().join("src-tauri/core/src/validate");
    let mut codes = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for call in ["f.error(", "f.warning("] {
            for (at, _) in text.match_indices(call) {
                let rest = text[at + call.len()..].trim_start();
                if let Some(literal) = rest.strip_prefix('"') {
                    codes.push(literal.split('"').next().unwrap().to_owned());
                }
            }
        }
        for (at, _) in text.match_indices("f.id(") {
            if let Some(literal) = text[at + 5..].trim_start().strip_prefix('"') {
                codes.push(format!("{}.*", literal.split('"').next().unwrap()));
            }
        }
    }
    assert!(codes.len() > 80, "the rules were read ({} codes)", codes.len());
    let missing: Vec<&String> = codes.iter().filter(|c| !readme.contains(&format!("`{c}`"))).collect();
    assert!(missing.is_empty(), "README.md's rule table lacks {missing:?}");
}
