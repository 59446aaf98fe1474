//! The IPC contract on Tauri's mock runtime: the same wiring as the real app, real SQLite files,
//! and the exact JSON each command returns — including the error shape the UI branches on.

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, TimeZone, Utc};
use cruce_app::Clock;
use cruce_shell::state::AppPaths;
use cruce_shell::{app, AppConfig};
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

/// A running app on the mock runtime, with its data in `dir`; the USITC is unreachable.
pub(crate) fn start(dir: &Path) -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    start_with(dir, "http://127.0.0.1:9")
}

/// A running app that fetches the HTS from `usitc`.
pub(crate) fn start_with(dir: &Path, usitc: &str) -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let config = AppConfig {
        paths: AppPaths::in_folder(dir.to_owned()),
        clock: Arc::new(FixedClock(t0())),
        usitc: usitc.to_owned(),
        bwt: format!("{usitc}/api/bwtnew"),
    };
    let app = app(mock_builder(), config).build(mock_context(noop_assets())).expect("app builds");
    let window = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("window");
    (app, window)
}

/// Invokes `cmd` as the webview would and returns the JSON result or the JSON error.
pub(crate) fn call(window: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
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

/// Every live draft's reference, through the list the UI shows.
fn references(w: &WebviewWindow<MockRuntime>) -> Vec<String> {
    let page = call(w, "search_drafts", json!({ "query": {} })).unwrap();
    page["items"].as_array().unwrap().iter().map(|d| d["reference"].as_str().unwrap().to_owned()).collect()
}

#[test]
fn first_start_creates_the_database_with_one_demo_draft() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    assert!(dir.path().join("cruce.db").is_file());
    let page = call(&w, "search_drafts", json!({ "query": {} })).unwrap();
    let list = page["items"].as_array().unwrap();
    assert_eq!((list.len(), page["total"].clone(), page["totalExact"].clone()), (1, json!(1), json!(true)), "exactly the demo: {page}");
    assert_eq!(list[0]["isDemo"], true);
    assert!(list[0]["reference"].as_str().unwrap().starts_with("DEMO"));
    assert_eq!(list[0]["updatedAt"], "2026-11-23T16:00:00Z", "timestamps come from the injected clock");
}

#[test]
fn create_open_save_duplicate_delete_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());

    let created = call(&w, "create_draft", json!({ "header": header("  OTAY-7 ") })).unwrap();
    let draft = &created["draft"];
    let id = draft["id"].as_str().unwrap().to_owned();
    assert_eq!(draft["declaration"]["reference"], "OTAY-7", "trimmed by the core rules");
    assert_eq!(draft["declaration"]["transport"]["usPort"], "2506");
    assert_eq!(
        draft["declaration"]["transport"]["estimatedArrival"],
        json!({"local": "2026-11-25T07:15:00", "zone": "America/Los_Angeles"})
    );
    assert_eq!((draft["isDemo"].clone(), draft["revision"].clone(), draft["status"].clone()), (json!(false), json!(1), json!("draft")));
    assert!(created["findings"].as_array().unwrap().iter().any(|f| f["path"] == "lines"), "a new draft comes with its findings");

    let opened = call(&w, "get_draft", json!({ "id": id })).unwrap();
    assert_eq!(opened, created);

    // A save answers with the revision, its time and the findings: not the document again.
    let mut declaration = draft["declaration"].clone();
    declaration["reference"] = json!("OTAY-7B");
    declaration["direction"] = json!("southbound");
    let saved = call(&w, "save_draft", json!({ "id": id, "declaration": declaration, "expectedRevision": 1 })).unwrap();
    assert_eq!(saved.as_object().unwrap().keys().collect::<Vec<_>>(), ["revision", "updatedAt", "findings"], "{saved}");
    assert_eq!(saved["revision"], 2);
    assert!(saved["findings"].as_array().unwrap().iter().any(|f| f["path"] == "lines"));

    assert_eq!(references(&w).len(), 2);
    assert_eq!(call(&w, "delete_draft", json!({ "id": id })).unwrap(), Value::Null);
    assert_eq!(references(&w).len(), 1);

    let back = call(&w, "undelete_draft", json!({ "id": id })).unwrap();
    assert_eq!(
        (back["reference"].clone(), back["revision"].clone(), back["direction"].clone()),
        (json!("OTAY-7B"), json!(2), json!("southbound"))
    );
    let page = call(&w, "search_drafts", json!({ "query": { "text": "OTAY", "sort": "reference" } })).unwrap();
    assert_eq!((page["total"].clone(), page["totalExact"].clone()), (json!(1), json!(true)));

    let copy = call(&w, "duplicate_draft", json!({ "id": id, "reference": "OTAY-8" })).unwrap();
    assert_ne!(copy["id"], back["id"]);
    assert_eq!((copy["reference"].clone(), copy["revision"].clone()), (json!("OTAY-8"), json!(1)));
    let copied = call(&w, "get_draft", json!({ "id": copy["id"] })).unwrap();
    assert_eq!(copied["draft"]["declaration"]["transport"]["usPort"], "2506", "the shipment's data carries over");
}

#[test]
fn a_stale_save_is_a_conflict_and_history_restores_as_a_new_revision() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    let draft = call(&w, "create_draft", json!({ "header": header("HIST-1") })).unwrap()["draft"].clone();
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
    assert_eq!((restored["draft"]["revision"].clone(), restored["draft"]["declaration"]["reference"].clone()), (json!(3), json!("HIST-1")));
    assert!(restored["findings"].is_array(), "a restored draft comes with its findings");

    let page = call(&w, "search_drafts", json!({ "query": { "text": "hist", "limit": 10 } })).unwrap();
    assert_eq!(page["total"], 1);
    assert_eq!(page["items"][0]["reference"], "HIST-1");
}

#[test]
fn a_conflicting_edit_is_kept_as_one_new_draft() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    let draft = call(&w, "create_draft", json!({ "header": header("MINE-1") })).unwrap()["draft"].clone();
    let mut mine = draft["declaration"].clone();
    mine["parties"]["exporter"]["name"] = json!("Frenos del Norte");
    let copy = call(&w, "keep_as_copy", json!({ "declaration": mine, "reference": "MINE-1 (your version)" })).unwrap();
    assert_eq!((copy["reference"].clone(), copy["revision"].clone()), (json!("MINE-1 (your version)"), json!(1)));
    let kept = call(&w, "get_draft", json!({ "id": copy["id"] })).unwrap();
    assert_eq!(kept["draft"]["declaration"]["parties"]["exporter"]["name"], "Frenos del Norte");
    assert_eq!(call(&w, "get_draft", json!({ "id": draft["id"] })).unwrap()["draft"]["revision"], 1, "the original is untouched");
    let err = call(&w, "keep_as_copy", json!({ "declaration": mine, "reference": "  " })).unwrap_err();
    assert_eq!(err["code"], "reference_required");
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
    assert_eq!(call(&w, "search_drafts", json!({ "query": {} })).unwrap_err()["code"], "database_unreadable");
    let err = call(&w, "restore_database", json!({ "path": broken.join("cruce.db") })).unwrap_err();
    assert_eq!(err["code"], "database_unreadable", "a damaged file is not a backup: {err}");
    call(&w, "restore_database", json!({ "path": backup })).unwrap();
    let refs = references(&w);
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
    let declaration = serde_json::to_value(cruce_core::sample::northbound_auto_parts()).unwrap();
    for (cmd, args) in [
        ("get_draft", json!({ "id": "nope" })),
        ("delete_draft", json!({ "id": "nope" })),
        ("save_draft", json!({ "id": "nope", "declaration": declaration, "expectedRevision": 1 })),
        ("undelete_draft", json!({ "id": "nope" })),
        ("duplicate_draft", json!({ "id": "nope", "reference": "X" })),
        ("set_draft_status", json!({ "id": "nope", "status": "ready" })),
        ("get_history", json!({ "id": "nope" })),
        ("get_draft_views", json!({ "id": "nope", "revision": 1, "window": { "first": 0, "count": 50 } })),
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
    assert_eq!(references(&w).len(), 1, "only the demo");
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
    for (cmd, args) in [("search_drafts", json!({ "query": {} })), ("get_preferences", json!({})), ("list_us_ports", json!({}))] {
        assert_eq!(call(&w, cmd, args).unwrap_err()["code"], "database_unreadable", "{cmd}");
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
    let err = call(&w, "search_drafts", json!({ "query": {} })).unwrap_err();
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
fn the_language_and_the_area_in_use_are_stored_and_returned() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    let prefs = call(&w, "get_preferences", json!({})).unwrap();
    assert_eq!((prefs["language"].clone(), prefs["authorName"].clone(), prefs["area"].clone()), (Value::Null, Value::Null, Value::Null));
    assert!(prefs["systemUser"].is_string());
    call(&w, "set_language", json!({ "language": "es" })).unwrap();
    call(&w, "set_area", json!({ "area": "declarations" })).unwrap();
    let prefs = call(&w, "get_preferences", json!({})).unwrap();
    assert_eq!((prefs["language"].clone(), prefs["area"].clone()), (json!("es"), json!("declarations")));
    assert_eq!(call(&w, "set_area", json!({ "area": "<script>" })).unwrap_err()["code"], "internal");
}

#[test]
fn a_name_set_in_preferences_is_the_author_of_later_revisions() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    let draft = call(&w, "create_draft", json!({ "header": header("AUTH-1") })).unwrap()["draft"].clone();
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
fn findings_and_both_views_of_a_saved_revision_over_ipc() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    let id = call(&w, "create_draft", json!({ "header": header("VIEWS-1") })).unwrap()["draft"]["id"].clone();
    let mut declaration = serde_json::to_value(cruce_core::sample::northbound_auto_parts()).unwrap();
    let saved = call(&w, "save_draft", json!({ "id": id, "declaration": declaration, "expectedRevision": 1 })).unwrap();
    assert_eq!(saved["findings"], json!([]));

    declaration["lines"][0]["hts"] = json!("8708");
    let saved = call(&w, "save_draft", json!({ "id": id, "declaration": declaration, "expectedRevision": 2 })).unwrap();
    let findings = &saved["findings"];
    assert_eq!(findings[0]["code"], "hts.length");
    assert_eq!(findings[0]["path"], "lines[0].hts");
    assert_eq!(findings[0]["severity"], "error");
    assert!(findings[0]["messageEs"].as_str().unwrap().contains("fracción HTS"));

    let views = call(&w, "get_draft_views", json!({ "id": id, "revision": 3, "window": { "first": 1, "count": 1 } })).unwrap();
    assert_eq!(views["revision"], 3);
    let (us, mx) = (&views["us"], &views["mexican"]);
    assert_eq!(us["head"][0]["fields"][0]["reference"], "7501 block 1");
    assert_eq!(mx["head"][0]["fields"][0]["value"], "26  24  3210  6000123");
    assert_eq!(mx["head"][0]["fields"][0]["source"], json!(["regime.pedimentoNumber"]));
    assert_eq!((us["lineCount"].clone(), us["firstLine"].clone(), us["lines"].as_array().unwrap().len()), (json!(3), json!(1), 1));
    assert_eq!(us["lines"][0]["fields"][0]["source"][0], "lines[1]", "a line's values point at that line");
    let earlier = call(&w, "get_draft_views", json!({ "id": id, "revision": 2, "window": { "first": 0, "count": 50 } })).unwrap();
    assert_eq!(earlier["us"]["lines"][0]["fields"][2]["value"], "9903.94.06 / 8708.30.5040", "revision 2 had the full HTS number");
    let err = call(&w, "get_draft_views", json!({ "id": id, "revision": 9, "window": { "first": 0, "count": 50 } })).unwrap_err();
    assert_eq!(err["code"], "revision_not_found");
}

#[test]
fn a_malformed_declaration_is_invalid_document_naming_the_field_and_nothing_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    let id = call(&w, "create_draft", json!({ "header": header("BAD-DOC") })).unwrap()["draft"]["id"].clone();
    let mut declaration = serde_json::to_value(cruce_core::sample::northbound_auto_parts()).unwrap();
    declaration["commercial"]["exchangeRate"]["mxnPerUsd"] = json!("eighteen");
    let err = call(&w, "save_draft", json!({ "id": id, "declaration": declaration, "expectedRevision": 1 })).unwrap_err();
    assert_eq!(err["code"], "invalid_document");
    assert!(err["message"].as_str().unwrap().starts_with("commercial.exchangeRate.mxnPerUsd"), "{err}");
    let err = call(&w, "keep_as_copy", json!({ "declaration": { "reference": "x" }, "reference": "X" })).unwrap_err();
    assert_eq!(err["code"], "invalid_document");
    assert_eq!(call(&w, "get_history", json!({ "id": id })).unwrap().as_array().unwrap().len(), 1, "nothing was saved");
}

#[test]
fn editing_a_deleted_draft_is_draft_not_found() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    let created = call(&w, "create_draft", json!({ "header": header("GONE") })).unwrap()["draft"].clone();
    let id = created["id"].clone();
    call(&w, "delete_draft", json!({ "id": id })).unwrap();

    let err = call(&w, "save_draft", json!({ "id": id, "declaration": created["declaration"], "expectedRevision": 1 })).unwrap_err();
    assert_eq!(err["code"], "draft_not_found");
    assert!(err["message"].as_str().unwrap().contains(id.as_str().unwrap()), "{err}");
    assert_eq!(err.as_object().unwrap().len(), 2, "the wire error is exactly {{code, message}}: {err}");
}

pub(crate) fn shared_data(path: &str) -> std::path::PathBuf {
    let dir = std::env::var_os("CRUCE_SHARED_DATA")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    let file = dir.join(path);
    assert!(file.is_file(), "{} is missing: set CRUCE_SHARED_DATA to the shared data folder", file.display());
    file
}

#[test]
fn schedules_are_imported_listed_searched_and_used_by_the_rules() {
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start(dir.path());
    assert_eq!(call(&w, "list_schedules", json!({})).unwrap(), json!([]));
    assert_eq!(
        call(&w, "search_tariff", json!({ "side": "us", "query": "tequila", "date": null })).unwrap(),
        json!([]),
        "nothing to search yet"
    );

    let hts = shared_data("hts-usitc/hts_2026_revision_3_csv.csv");
    let v = call(&w, "import_schedule", json!({ "kind": "hts-usitc", "path": hts, "options": { "edition": null, "effectiveFrom": null } }))
        .unwrap();
    assert_eq!(
        v["info"],
        json!({ "kind": "hts-usitc", "edition": "HTS 2026 Revision 3", "effectiveFrom": "2026-01-01", "source": "hts_2026_revision_3_csv.csv", "lines": 35722 })
    );
    assert_eq!(v["importedAt"], "2026-11-23T16:00:00Z");
    let fr = shared_data("sat-catalogs/phpcfdi-csv/cce_20_fracciones_arancelarias.csv");
    call(
        &w,
        "import_schedule",
        json!({ "kind": "sat-fracciones", "path": fr, "options": { "edition": "SAT 2026-08-06", "effectiveFrom": null } }),
    )
    .unwrap();
    assert_eq!(call(&w, "list_schedules", json!({})).unwrap().as_array().unwrap().len(), 2);

    let hits = call(&w, "search_tariff", json!({ "side": "us", "query": "tequila", "date": "2026-12-01" })).unwrap();
    let tequila = hits.as_array().unwrap().iter().find(|h| h["number"] == "2208.90.5000").expect("tequila is found by its word");
    assert_eq!((tequila["units"].clone(), tequila["rate"].clone()), (json!(["PFL"]), json!("Free")));
    let hits = call(&w, "search_tariff", json!({ "side": "mx", "query": "8708.30.99", "date": "2026-12-01" })).unwrap();
    assert_eq!(hits[0]["number"], "8708.30.99");
    assert_eq!((hits[0]["nico"].clone(), hits[0]["units"].clone()), (json!("01"), json!(["06"])));

    // The rules now hold each line to the schedules.
    let created = call(&w, "create_draft", json!({ "header": header("SCHED-1") })).unwrap();
    let id = created["draft"]["id"].as_str().unwrap().to_owned();
    let mut d = serde_json::to_value(cruce_core::sample::northbound_auto_parts()).unwrap();
    d["lines"][0]["hts"] = json!("8708.99.9999");
    let saved = call(&w, "save_draft", json!({ "id": id, "declaration": d, "expectedRevision": 1 })).unwrap();
    assert!(saved["findings"].as_array().unwrap().iter().any(|f| f["code"] == "hts.not_in_schedule"), "{}", saved["findings"]);

    // The same file again, a file that is not the schedule, a file that is gone.
    let again =
        call(&w, "import_schedule", json!({ "kind": "hts-usitc", "path": hts, "options": { "edition": null, "effectiveFrom": null } }))
            .unwrap_err();
    assert_eq!(again["code"], "schedule_already_imported");
    let wrong =
        call(&w, "import_schedule", json!({ "kind": "hts-usitc", "path": fr, "options": { "edition": null, "effectiveFrom": null } }))
            .unwrap_err();
    assert_eq!(wrong["code"], "schedule_invalid");
    assert!(wrong["message"].as_str().unwrap().contains("is not a USITC HTS export"), "{wrong}");
    let gone = call(
        &w,
        "import_schedule",
        json!({ "kind": "sat-patentes", "path": dir.path().join("nope.csv"), "options": { "edition": null, "effectiveFrom": null } }),
    )
    .unwrap_err();
    assert_eq!(gone["code"], "file_unreadable");
    assert_eq!(call(&w, "list_schedules", json!({})).unwrap().as_array().unwrap().len(), 2, "nothing was added by the refused imports");
}

/// Answers every connection on 127.0.0.1 with what `respond` gives for the request line.
pub(crate) fn serve(respond: impl Fn(&str) -> String + Send + 'static) -> String {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut buf = [0u8; 4096];
            let n = stream.read(&mut buf).unwrap_or(0);
            let line = String::from_utf8_lossy(&buf[..n]).lines().next().unwrap_or_default().to_owned();
            let _ = stream.write_all(respond(&line).as_bytes());
        }
    });
    format!("http://{addr}")
}

pub(crate) fn http(status: &str, body: &str) -> String {
    format!("HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len())
}

#[test]
fn the_hts_is_downloaded_from_the_usitc_and_imported_or_the_failure_is_said() {
    let csv = "HTS Number,Indent,Description,Unit of Quantity,General Rate of Duty,Special Rate of Duty,Column 2 Rate of Duty,Quota Quantity,Additional Duties\r\n\"2208\",\"0\",\"Spirits:\",\"\",\"\",\"\",\"\",\"\",\"\"\r\n\"2208.90.50.00\",\"1\",\"Tequila\",\"[\"\"pf.liters\"\"]\",\"Free\",\"\",\"$1.68/pf. liter\",\"\",\"\"\r\n";
    let usitc = serve(move |line| {
        if line.contains("/reststop/currentRelease") {
            http("200 OK", "2026HTSRev15")
        } else if line.contains("/reststop/exportList") {
            http("200 OK", csv)
        } else {
            http("404 Not Found", "")
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start_with(dir.path(), &usitc);
    let v = call(&w, "download_hts", json!({})).unwrap();
    assert_eq!(
        (v["info"]["edition"].clone(), v["info"]["lines"].clone(), v["info"]["effectiveFrom"].clone()),
        (json!("HTS 2026 Revision 15"), json!(2), json!("2026-01-01"))
    );
    assert!(v["info"]["source"].as_str().unwrap().starts_with(&usitc), "the source names the address");

    let down = serve(|_| http("503 Service Unavailable", ""));
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start_with(dir.path(), &down);
    let err = call(&w, "download_hts", json!({})).unwrap_err();
    assert_eq!(err["code"], "download_failed");
    assert!(err["message"].as_str().unwrap().contains("answered 503"), "{err}");
    let html = serve(|_| http("200 OK", "<html>maintenance</html>"));
    let dir = tempfile::tempdir().unwrap();
    let (_app, w) = start_with(dir.path(), &html);
    assert_eq!(
        call(&w, "download_hts", json!({})).unwrap_err()["code"],
        "schedule_invalid",
        "a page that is not the export stores nothing"
    );
    assert_eq!(call(&w, "list_schedules", json!({})).unwrap(), json!([]));
}
