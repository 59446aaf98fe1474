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
