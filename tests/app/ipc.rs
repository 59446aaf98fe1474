//! The IPC contract on Tauri's mock runtime: the same wiring as the real app, real SQLite files,
//! and the exact JSON each command returns — including the error shape the UI branches on.

use std::path::Path;

use chrono::{DateTime, TimeZone, Utc};
use cruce_app::state::{AppPaths, Clock};
use cruce_app::{app, AppConfig};
use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, mock_context, noop_assets, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::WebviewWindow;

struct FixedClock(DateTime<Utc>);

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        self.0
    }
}

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 16, 0, 0).unwrap()
}

/// A running app on the mock runtime, with its data in `dir`.
fn start(dir: &Path) -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let config = AppConfig { paths: AppPaths::in_folder(dir.to_owned()), clock: Box::new(FixedClock(t0())) };
    let app = app(mock_builder(), config).build(mock_context(noop_assets())).expect("app builds");
    let window = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("window");
    (app, window)
}

/// Invokes `cmd` as the webview would and returns the JSON result or the JSON error.
fn call(window: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    let request = InvokeRequest {
        cmd: cmd.into(),
        callback: CallbackFn(0),
        error: CallbackFn(1),
        url: "tauri://localhost".parse().unwrap(),
        body: InvokeBody::Json(args),
        headers: Default::default(),
        invoke_key: INVOKE_KEY.to_string(),
    };
    get_ipc_response(window, request).map(|body| body.deserialize::<Value>().expect("JSON body"))
}

fn header(reference: &str) -> Value {
    json!({
        "reference": reference,
        "direction": "northbound",
        "portOfEntry": "2506",
        "plannedCrossing": { "local": "2026-11-25T07:15:00", "zone": "America/Los_Angeles" }
    })
}

#[test]
fn first_start_creates_the_database_with_one_demo_draft() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    assert!(dir.path().join("cruce.db").is_file());
    let list = call(&w, "list_drafts", json!({})).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 1, "exactly the demo draft: {list:?}");
    assert_eq!(list[0]["isDemo"], true);
    assert!(list[0]["reference"].as_str().unwrap().starts_with("DEMO"));
    assert_eq!(list[0]["updatedAt"], "2026-11-23T16:00:00Z", "timestamps come from the injected clock");
}

#[test]
fn create_get_update_list_delete_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());

    let created = call(&w, "create_draft", json!({ "header": header("  OTAY-7 ") })).unwrap();
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(created["declaration"]["reference"], "OTAY-7", "trimmed by the core rules");
    assert_eq!(created["declaration"]["transport"]["usPort"], "2506");
    assert_eq!(
        created["declaration"]["transport"]["estimatedArrival"],
        json!({"local": "2026-11-25T07:15:00", "zone": "America/Los_Angeles"})
    );
    assert_eq!(
        (created["isDemo"].clone(), created["revision"].clone(), created["status"].clone()),
        (json!(false), json!(1), json!("draft"))
    );

    let fetched = call(&w, "get_draft", json!({ "id": id })).unwrap();
    assert_eq!(fetched, created);

    let mut changed = header("OTAY-7B");
    changed["direction"] = json!("southbound");
    changed["plannedCrossing"] = Value::Null;
    let updated = call(&w, "update_draft_header", json!({ "id": id, "header": changed, "expectedRevision": 1 })).unwrap();
    assert_eq!(updated["declaration"]["direction"], "southbound");
    assert_eq!(updated["declaration"]["transport"]["estimatedArrival"], Value::Null);
    assert_eq!(updated["revision"], 2);

    let list = call(&w, "list_drafts", json!({})).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 2);

    assert_eq!(call(&w, "delete_draft", json!({ "id": id })).unwrap(), Value::Null);
    assert_eq!(call(&w, "list_drafts", json!({})).unwrap().as_array().unwrap().len(), 1);

    let back = call(&w, "undelete_draft", json!({ "id": id })).unwrap();
    assert_eq!((back["declaration"]["reference"].clone(), back["revision"].clone()), (json!("OTAY-7B"), json!(2)));
    let page = call(&w, "search_drafts", json!({ "query": { "text": "OTAY", "sort": "reference" } })).unwrap();
    assert_eq!((page["total"].clone(), page["totalExact"].clone()), (json!(1), json!(true)));

    let copy = call(&w, "duplicate_draft", json!({ "id": id, "reference": "OTAY-8" })).unwrap();
    assert_ne!(copy["id"], back["id"]);
    assert_eq!((copy["declaration"]["reference"].clone(), copy["revision"].clone()), (json!("OTAY-8"), json!(1)));
    assert_eq!(copy["declaration"]["transport"]["usPort"], "2506", "the shipment's data carries over");
}

#[test]
fn a_stale_save_is_a_conflict_and_history_restores_as_a_new_revision() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    let draft = call(&w, "create_draft", json!({ "header": header("HIST-1") })).unwrap();
    let id = draft["id"].clone();
    let mut declaration = draft["declaration"].clone();
    declaration["reference"] = json!("HIST-2");
    let saved = call(&w, "save_draft", json!({ "id": id, "declaration": declaration, "expectedRevision": 1 })).unwrap();
    assert_eq!(saved["revision"], 2);

    declaration["reference"] = json!("HIST-3");
    let err = call(&w, "save_draft", json!({ "id": id, "declaration": declaration, "expectedRevision": 1 })).unwrap_err();
    assert_eq!(err["code"], "conflict");

    let history = call(&w, "get_history", json!({ "id": id })).unwrap();
    assert_eq!(history.as_array().unwrap().iter().map(|r| r["revision"].as_u64().unwrap()).collect::<Vec<_>>(), [2, 1]);
    assert_eq!(history[0]["note"], json!({ "kind": "changed", "paths": ["reference"], "more": 0 }));
    assert_eq!(history[1]["note"], json!({ "kind": "created" }));
    let changes = call(&w, "compare_revisions", json!({ "id": id, "from": 1, "to": 2 })).unwrap();
    assert_eq!(changes, json!([{ "path": "reference", "before": "HIST-1", "after": "HIST-2" }]));
    let restored = call(&w, "restore_revision", json!({ "id": id, "revision": 1, "expectedRevision": 2 })).unwrap();
    assert_eq!((restored["revision"].clone(), restored["declaration"]["reference"].clone()), (json!(3), json!("HIST-1")));

    let page = call(&w, "search_drafts", json!({ "query": { "text": "hist", "limit": 10 } })).unwrap();
    assert_eq!(page["total"], 1);
    assert_eq!(page["items"][0]["reference"], "HIST-1");
}

#[test]
fn a_backup_restores_even_when_the_database_cannot_be_opened() {
    let dir = tempfile::tempdir().unwrap();
    let backup = dir.path().join("backup.cruce");
    {
        let (_app, w) = start(&dir.path().join("a"));
        call(&w, "create_draft", json!({ "header": header("SAVED") })).unwrap();
        call(&w, "backup_database", json!({ "path": backup })).unwrap();
        let err = call(&w, "backup_database", json!({ "path": backup })).unwrap_err();
        assert_eq!(err["code"], "backup_target_exists");
    }
    let broken = dir.path().join("b");
    std::fs::create_dir_all(&broken).unwrap();
    std::fs::write(broken.join("cruce.db"), b"damaged".repeat(100)).unwrap();
    let (_app, w) = start(&broken);
    assert_eq!(call(&w, "list_drafts", json!({})).unwrap_err()["code"], "database_unreadable");
    let err = call(&w, "restore_database", json!({ "path": broken.join("cruce.db") })).unwrap_err();
    assert_eq!(err["code"], "database_unreadable", "a damaged file is not a backup: {err}");
    call(&w, "restore_database", json!({ "path": backup })).unwrap();
    let refs: Vec<String> = call(&w, "list_drafts", json!({}))
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["reference"].as_str().unwrap().to_owned())
        .collect();
    assert!(refs.contains(&"SAVED".to_owned()), "{refs:?}");
    assert!(
        std::fs::read_dir(&broken).unwrap().any(|e| e.unwrap().file_name().to_string_lossy().contains("before-restore")),
        "the damaged file is kept"
    );
}

#[test]
fn an_unknown_id_is_draft_not_found_for_every_command_that_takes_one() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    for (cmd, args) in [
        ("get_draft", json!({ "id": "nope" })),
        ("delete_draft", json!({ "id": "nope" })),
        ("update_draft_header", json!({ "id": "nope", "header": header("X"), "expectedRevision": 1 })),
        ("undelete_draft", json!({ "id": "nope" })),
        ("duplicate_draft", json!({ "id": "nope", "reference": "X" })),
    ] {
        assert_eq!(call(&w, cmd, args).unwrap_err()["code"], "draft_not_found", "{cmd}");
    }
}

#[test]
fn each_invalid_header_field_has_its_own_code_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    let cases = [
        (json!({"reference": " "}), "reference_required"),
        (json!({"reference": "x".repeat(61)}), "reference_too_long"),
        (json!({"reference": "A\nB"}), "reference_control_characters"),
        (json!({"portOfEntry": "0901"}), "unknown_port"),
        (json!({"plannedCrossing": {"local": "2026-11-25T07:15:00", "zone": "Mars/Olympus"}}), "unknown_time_zone"),
        (json!({"plannedCrossing": {"local": "2026-03-08T02:30:00", "zone": "America/Chicago"}}), "crossing_time_skipped"),
    ];
    for (patch, code) in cases {
        let mut h = header("OK");
        for (k, v) in patch.as_object().unwrap() {
            h[k] = v.clone();
        }
        let err = call(&w, "create_draft", json!({ "header": h })).unwrap_err();
        assert_eq!(err["code"], code, "{err}");
    }
    assert_eq!(call(&w, "list_drafts", json!({})).unwrap().as_array().unwrap().len(), 1, "only the demo");
}

#[test]
fn a_database_that_cannot_be_opened_reports_a_code_on_every_data_command() {
    let dir = tempfile::tempdir().unwrap();
    let garbage = b"definitely not SQLite".repeat(100);
    std::fs::write(dir.path().join("cruce.db"), &garbage).unwrap();
    let (_app, w) = start(dir.path());

    let info = call(&w, "get_app_info", json!({})).unwrap();
    assert_eq!(info["databaseError"]["code"], "database_unreadable", "{info}");
    assert!(info["databasePath"].as_str().unwrap().ends_with("cruce.db"));
    for cmd in ["list_drafts", "get_preferences"] {
        assert_eq!(call(&w, cmd, json!({})).unwrap_err()["code"], "database_unreadable", "{cmd}");
    }
    assert_eq!(std::fs::read(dir.path().join("cruce.db")).unwrap(), garbage, "the file is not overwritten");
}

#[test]
fn a_database_from_a_newer_version_is_database_too_new() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cruce.db");
    drop(cruce_store::Store::open(&path).unwrap());
    rusqlite_user_version(&path, cruce_store::SCHEMA_VERSION + 1);
    let (_app, w) = start(dir.path());
    let err = call(&w, "list_drafts", json!({})).unwrap_err();
    assert_eq!(err["code"], "database_too_new");
    assert!(err["message"].as_str().unwrap().contains("newer"), "{err}");
}

fn rusqlite_user_version(path: &Path, version: i64) {
    // The store has no API to fake a future schema, on purpose; write the header field directly.
    let mut bytes = std::fs::read(path).unwrap();
    // SQLite keeps user_version as a big-endian u32 at byte offset 60 of the file header.
    bytes[60..64].copy_from_slice(&(version as u32).to_be_bytes());
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn the_language_preference_is_stored_and_returned() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    let prefs = call(&w, "get_preferences", json!({})).unwrap();
    assert_eq!((prefs["language"].clone(), prefs["authorName"].clone()), (Value::Null, Value::Null));
    assert!(prefs["systemUser"].is_string());
    call(&w, "set_language", json!({ "language": "es" })).unwrap();
    assert_eq!(call(&w, "get_preferences", json!({})).unwrap()["language"], "es");
}

#[test]
fn a_name_set_in_preferences_is_the_author_of_later_revisions() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    let draft = call(&w, "create_draft", json!({ "header": header("AUTH-1") })).unwrap();
    let system_user = call(&w, "get_preferences", json!({})).unwrap()["systemUser"].clone();

    assert_eq!(call(&w, "set_author_name", json!({ "name": "  Ana Ramírez  " })).unwrap(), Value::Null);
    assert_eq!(call(&w, "get_preferences", json!({})).unwrap()["authorName"], "Ana Ramírez");
    let mut declaration = draft["declaration"].clone();
    declaration["reference"] = json!("AUTH-2");
    call(&w, "save_draft", json!({ "id": draft["id"], "declaration": declaration, "expectedRevision": 1 })).unwrap();
    let history = call(&w, "get_history", json!({ "id": draft["id"] })).unwrap();
    assert_eq!((history[0]["author"].clone(), history[1]["author"].clone()), (json!("Ana Ramírez"), system_user.clone()));

    for bad in ["x".repeat(81), "Ana\nRamírez".to_owned()] {
        let err = call(&w, "set_author_name", json!({ "name": bad })).unwrap_err();
        assert_eq!(err["code"], "author_name_invalid", "{bad:?}");
    }
    assert_eq!(call(&w, "get_preferences", json!({})).unwrap()["authorName"], "Ana Ramírez", "a refused name changes nothing");
    call(&w, "set_author_name", json!({ "name": "" })).unwrap();
    assert_eq!(call(&w, "get_preferences", json!({})).unwrap()["authorName"], Value::Null, "empty goes back to the OS user");
}

#[test]
fn the_port_catalog_lists_codes_names_and_zones() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    let ports = call(&w, "list_us_ports", json!({})).unwrap();
    let laredo = ports.as_array().unwrap().iter().find(|p| p["code"] == "2304").unwrap();
    assert_eq!(laredo, &json!({"code": "2304", "name": "Laredo", "state": "TX", "timeZone": "America/Chicago"}));
}

#[test]
fn validation_and_both_views_over_ipc() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    let mut declaration = serde_json::to_value(cruce_core::sample::northbound_auto_parts()).unwrap();
    assert_eq!(call(&w, "validate_declaration", json!({ "declaration": declaration })).unwrap(), json!([]));

    declaration["lines"][0]["hts"] = json!("8708");
    let findings = call(&w, "validate_declaration", json!({ "declaration": declaration })).unwrap();
    assert_eq!(findings[0]["code"], "hts.length");
    assert_eq!(findings[0]["path"], "lines[0].hts");
    assert_eq!(findings[0]["severity"], "error");
    assert!(findings[0]["messageEs"].as_str().unwrap().contains("fracción HTS"));

    let us = call(&w, "get_us_view", json!({ "declaration": declaration })).unwrap();
    assert_eq!(us["sections"][0]["fields"][0]["reference"], "7501 block 1");
    let mx = call(&w, "get_mexican_view", json!({ "declaration": declaration })).unwrap();
    assert_eq!(mx["sections"][0]["fields"][0]["value"], "26  24  3210  6000123");
    assert_eq!(mx["sections"][0]["fields"][0]["source"], json!(["regime.pedimentoNumber"]));
}

#[test]
fn a_malformed_declaration_is_invalid_document_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    let mut declaration = serde_json::to_value(cruce_core::sample::northbound_auto_parts()).unwrap();
    declaration["commercial"]["exchangeRate"]["mxnPerUsd"] = json!("eighteen");
    let err = call(&w, "validate_declaration", json!({ "declaration": declaration })).unwrap_err();
    assert_eq!(err["code"], "invalid_document");
    assert!(err["message"].as_str().unwrap().starts_with("commercial.exchangeRate.mxnPerUsd"), "{err}");
    let err = call(&w, "get_us_view", json!({ "declaration": { "reference": "x" } })).unwrap_err();
    assert_eq!(err["code"], "invalid_document");
}

#[test]
fn identifiers_are_checked_one_by_one() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    let ok = call(&w, "check_identifier", json!({ "kind": "pedimento", "value": "264032106000123" })).unwrap();
    assert_eq!((ok["valid"].clone(), ok["canonical"].clone()), (json!(true), json!("26  40  3210  6000123")));
    let bad = call(&w, "check_identifier", json!({ "kind": "scac", "value": "MSCU" })).unwrap();
    assert_eq!((bad["valid"].clone(), bad["code"].clone()), (json!(false), json!("invalid")));
    let err = call(&w, "check_identifier", json!({ "kind": "passport", "value": "X" })).unwrap_err();
    assert_eq!(err["code"], "unknown_identifier_kind");
}

#[test]
fn editing_a_deleted_draft_is_draft_not_found() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    let id = call(&w, "create_draft", json!({ "header": header("GONE") })).unwrap()["id"].clone();
    call(&w, "delete_draft", json!({ "id": id })).unwrap();

    let err = call(&w, "update_draft_header", json!({ "id": id, "header": header("X"), "expectedRevision": 1 })).unwrap_err();
    assert_eq!(err["code"], "draft_not_found");
    assert!(err["message"].as_str().unwrap().contains(id.as_str().unwrap()), "{err}");
    assert_eq!(err.as_object().unwrap().len(), 2, "the wire error is exactly {{code, message}}: {err}");
}
