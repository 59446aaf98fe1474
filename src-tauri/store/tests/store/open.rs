//! Opening files: creation, WAL, refusal of unusable or newer databases.

use cruce_store::{Store, StoreError, SCHEMA_VERSION};

#[test]
fn a_new_file_is_migrated_from_empty_to_the_current_schema_in_wal_mode() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/folder/cruce.db");
    let store = Store::open(&path).unwrap();
    assert!(path.is_file(), "the folder and file are created on first use");
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal", "WAL survives a crash mid-write and lets the CLI read beside the app");
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'draft_search_%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        tables,
        [
            "audit_log",
            "crossing",
            "crossing_declaration",
            "crossing_event",
            "crossing_revision",
            "database_fact",
            "draft",
            "draft_revision",
            "draft_search",
            "evidence_file",
            "fraccion_line",
            "hts_line",
            "list_entry",
            "list_version",
            "party_use",
            "patente",
            "preference",
            "schedule_version",
            "screened_party",
            "screening_decision",
            "screening_hit",
            "screening_run",
            "trader",
            "trader_revision",
            "wait_fetch",
            "wait_reading",
        ]
    );
}

#[test]
fn a_database_from_a_newer_cruce_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cruce.db");
    drop(Store::open(&path).unwrap());
    let future = SCHEMA_VERSION + 7;
    rusqlite::Connection::open(&path).unwrap().pragma_update(None, "user_version", future).unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::SchemaTooNew { found, supported } if found == future && supported == SCHEMA_VERSION), "{err:?}");
    assert!(err.to_string().contains("newer"), "the message says why: {err}");
    assert_eq!(std::fs::read(&path).unwrap(), before, "a refused file is not written to");
}

#[test]
fn a_file_that_is_not_a_database_is_reported_and_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cruce.db");
    let garbage = b"this is a spreadsheet, not a database\n".repeat(200);
    std::fs::write(&path, &garbage).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::Unreadable { .. }), "{err:?}");
    assert_eq!(std::fs::read(&path).unwrap(), garbage, "the user's file is intact");
}

#[test]
fn a_truncated_database_is_reported_and_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cruce.db");
    {
        let mut store = Store::open(&path).unwrap();
        for i in 0..20 {
            store.create_draft(&super::declaration(&format!("T-{i}")), super::ANA, super::at(i)).unwrap();
        }
    }
    let bytes = std::fs::read(&path).unwrap();
    let cut = &bytes[..bytes.len() / 3];
    std::fs::write(&path, cut).unwrap();
    match Store::open(&path).and_then(|s| s.list_drafts().map(|_| s)) {
        Err(StoreError::Unreadable { .. } | StoreError::Sqlite(_)) => {}
        other => panic!("a damaged file must be reported, got {other:?}"),
    }
    assert_eq!(std::fs::read(&path).unwrap(), cut);
}

#[test]
fn a_folder_in_place_of_the_file_is_reported_as_unreadable() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(Store::open(dir.path()).unwrap_err(), StoreError::Unreadable { .. }));
}

#[test]
fn open_existing_does_not_create_a_missing_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("typo.db");
    assert!(matches!(Store::open_existing(&path), Err(StoreError::Missing { .. })));
    assert!(!path.exists());
}

#[test]
fn the_language_preference_is_unset_until_chosen_then_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cruce.db");
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.language().unwrap(), None);
    store.set_language(cruce_core::Language::Spanish).unwrap();
    drop(store);
    assert_eq!(Store::open(&path).unwrap().language().unwrap(), Some(cruce_core::Language::Spanish));
}
