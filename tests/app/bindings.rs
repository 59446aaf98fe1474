//! The committed TypeScript bindings equal what the Rust types generate now.

use std::path::Path;

const BINDINGS: &str = "ui/src/lib/ipc/bindings.ts";

#[test]
fn committed_typescript_bindings_match_the_rust_types() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(BINDINGS);
    let generated = cruce_shell::bindings::typescript();
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != generated {
        // Regenerate so the developer only has to review and commit; still fail, because a run
        // that passes must mean the committed file was already right (CI checks a fresh clone).
        std::fs::write(&path, &generated).expect("write bindings.ts");
        panic!("{BINDINGS} was out of date with the Rust types; it has been regenerated — review and commit it");
    }
}

#[test]
fn every_registered_command_has_a_typed_wrapper() {
    let generated = cruce_shell::bindings::typescript();
    assert!(generated.contains("invoke<"), "wrappers exist");
    for name in cruce_shell::commands::NAMES {
        assert!(generated.contains(&format!("(\"{name}\"")), "{name} has no wrapper in the bindings");
    }
}

/// The editor offers the linked-document kinds the rules know, no more and no fewer: a kind only
/// the UI knew would be refused as unknown on every save.
#[test]
fn the_editor_offers_exactly_the_document_kinds_of_the_core_catalog() {
    let sections = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/editor/sections.ts")).unwrap();
    let line = sections.lines().find(|l| l.starts_with("export const DOCUMENT_KINDS")).expect("DOCUMENT_KINDS is declared on one line");
    let ui: Vec<&str> = line.split('\'').skip(1).step_by(2).collect();
    let reference = cruce_core::reference::Reference::builtin();
    let core: Vec<&str> = reference.codes().document_kinds.iter().map(|c| c.code).collect();
    assert_eq!(ui, core);
}
