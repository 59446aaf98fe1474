//! Bytes crossing IPC per autosave of a 1,000-line declaration: what the editor sends and receives
//! for one save, and for the views panel when it is open. Printed (and written to
//! `target/figures/ipc-bytes.txt`) for the README; bytes are deterministic, so the bounds are
//! asserted.

use std::path::Path;

use serde_json::{json, Value};
use tauri::test::MockRuntime;
use tauri::WebviewWindow;

use crate::ipc::start;

/// Invokes `cmd` and returns the bytes sent (the JSON arguments), the bytes received (the JSON
/// answer) and the answer.
fn call(w: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> (usize, usize, Value) {
    let up = serde_json::to_string(&args).unwrap().len();
    let answer = crate::ipc::call(w, cmd, args).unwrap_or_else(|e| panic!("{cmd}: {e:?}"));
    (up, serde_json::to_string(&answer).unwrap().len(), answer)
}

#[test]
fn an_autosave_of_a_1000_line_declaration_sends_the_document_once_and_receives_no_document() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    let header = json!({ "reference": "BIG", "direction": "northbound", "portOfEntry": "2304", "plannedCrossing": null });
    let id = call(&w, "create_draft", json!({ "header": header })).2["draft"]["id"].clone();
    let mut declaration = serde_json::to_value(cruce_core::sample::northbound_with_lines(1000)).unwrap();
    let revision = call(&w, "save_draft", json!({ "id": id, "declaration": declaration, "expectedRevision": 1 })).2["revision"].clone();
    declaration["lines"][500]["description"] = json!("CHANGED");
    let document = serde_json::to_string(&declaration).unwrap().len();

    let (save_up, save_down, saved) = call(&w, "save_draft", json!({ "id": id, "declaration": declaration, "expectedRevision": revision }));
    let window = json!({ "first": 0, "count": 50 });
    let (views_up, views_down, views) = call(&w, "get_draft_views", json!({ "id": id, "revision": saved["revision"], "window": window }));
    assert_eq!(views["us"]["lines"].as_array().unwrap().len(), 50);

    let text = format!(
        "per autosave of a 1,000-line declaration (document {document} B):\n\
         save_draft: up {save_up} B, down {save_down} B\n\
         get_draft_views (views tab open, first 50 lines): up {views_up} B, down {views_down} B\n\
         total up {} B, down {} B\n",
        save_up + views_up,
        save_down + views_down,
    );
    println!("{text}");
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/figures");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("ipc-bytes.txt"), &text).unwrap();

    assert!(save_up < document + 200, "the document goes up once: {save_up} of {document}");
    assert!(save_down < 1024, "a save of a clean declaration answers revision, time and findings only: {save_down} B");
    assert!(views_up < 200, "the views are asked for by id and revision: {views_up} B");
    assert!(views_down < 300_000, "a page of 50 lines of both views (the whole views were 3.5 MB): {views_down} B");
}
