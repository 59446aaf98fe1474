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

#[test]
fn cruce_core_depends_on_no_tauri_sqlite_or_network_crate() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["tree", "-p", "cruce-core", "-e", "normal", "--prefix", "none", "--offline"])
        .current_dir(repo())
        .output()
        .expect("cargo tree runs");
    assert!(out.status.success(), "cargo tree failed: {}", String::from_utf8_lossy(&out.stderr));
    let tree = String::from_utf8(out.stdout).unwrap();
    let names: Vec<&str> = tree.lines().filter_map(|l| l.split_whitespace().next()).collect();
    assert!(names.contains(&"cruce-core") && names.len() > 3, "the tree was read: {tree}");
    for forbidden in FORBIDDEN_IN_CORE {
        assert!(!names.contains(forbidden), "cruce-core depends on {forbidden}:\n{tree}");
    }
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
    let quoted = format!("'{}'", cruce_app::close_guard::CLOSE_REQUESTED);
    assert!(ipc.contains(&quoted), "ui/src/lib/ipc/index.ts must name the event {quoted}");
}
