//! The store against real SQLite files in a temporary folder.

use chrono::{DateTime, Duration, TimeZone, Utc};
use cruce_core::demo::demo_header;
use cruce_core::{Direction, DraftHeader, HeaderInput, Language};
use cruce_store::{Store, StoreError, SCHEMA_VERSION};

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 15, 0, 0).unwrap()
}

fn header(reference: &str) -> DraftHeader {
    DraftHeader::try_from(HeaderInput {
        reference: reference.into(),
        direction: Direction::Southbound,
        port_of_entry: Some("2506".into()),
        planned_crossing: None,
    })
    .unwrap()
}

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
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(tables, ["database_fact", "draft", "preference"]);
}

#[test]
fn reopening_a_migrated_file_applies_nothing_and_keeps_the_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cruce.db");
    let id = Store::open(&path).unwrap().create_draft(&header("KEEP-1"), t0()).unwrap().id;
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.get_draft(&id).unwrap().header.reference(), "KEEP-1");
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
    assert!(
        matches!(err, StoreError::SchemaTooNew { found, supported } if found == future && supported == SCHEMA_VERSION),
        "{err:?}"
    );
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
fn a_folder_in_place_of_the_file_is_reported_as_unreadable() {
    let dir = tempfile::tempdir().unwrap();
    let err = Store::open(dir.path()).unwrap_err();
    assert!(matches!(err, StoreError::Unreadable { .. }), "{err:?}");
}

#[test]
fn open_existing_does_not_create_a_missing_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("typo.db");
    assert!(matches!(Store::open_existing(&path), Err(StoreError::Missing { .. })));
    assert!(!path.exists());
}

#[test]
fn drafts_are_created_listed_most_recent_first_updated_and_deleted() {
    let mut store = Store::open_in_memory().unwrap();
    let a = store.create_draft(&header("A"), t0()).unwrap();
    let b = store.create_draft(&header("B"), t0() + Duration::minutes(1)).unwrap();
    assert_eq!(a.created_at, t0());
    assert!(!a.is_demo);

    let order: Vec<String> = store.list_drafts().unwrap().into_iter().map(|d| d.reference).collect();
    assert_eq!(order, ["B", "A"], "newest first");

    let edited = store.update_draft_header(&a.id, &header("A-edited"), t0() + Duration::minutes(2)).unwrap();
    assert_eq!(edited.header.reference(), "A-edited");
    assert_eq!(edited.created_at, t0(), "creation time is kept");
    assert_eq!(edited.updated_at, t0() + Duration::minutes(2));
    let order: Vec<String> = store.list_drafts().unwrap().into_iter().map(|d| d.reference).collect();
    assert_eq!(order, ["A-edited", "B"], "an edit moves the draft to the top");

    store.delete_draft(&b.id).unwrap();
    assert_eq!(store.list_drafts().unwrap().len(), 1);
    assert!(matches!(store.get_draft(&b.id), Err(StoreError::DraftNotFound { .. })));
}

#[test]
fn editing_or_deleting_a_deleted_or_unknown_draft_is_not_found() {
    let mut store = Store::open_in_memory().unwrap();
    let gone = store.create_draft(&header("GONE"), t0()).unwrap();
    store.delete_draft(&gone.id).unwrap();
    for id in [gone.id.as_str(), "no-such-id"] {
        assert!(matches!(store.update_draft_header(id, &header("X"), t0()), Err(StoreError::DraftNotFound { .. })));
        assert!(matches!(store.delete_draft(id), Err(StoreError::DraftNotFound { .. })));
        assert!(matches!(store.get_draft(id), Err(StoreError::DraftNotFound { .. })));
    }
    assert!(store.list_drafts().unwrap().is_empty(), "a failed update wrote nothing");
}

#[test]
fn the_planned_crossing_round_trips_with_its_zone() {
    let mut store = Store::open_in_memory().unwrap();
    let demo = demo_header();
    let saved = store.create_draft(&demo, t0()).unwrap();
    assert_eq!(saved.header, demo);
    let crossing = saved.header.planned_crossing().unwrap();
    assert_eq!(crossing.zone, "America/Chicago");
    assert_eq!(crossing.instant().unwrap().to_rfc3339(), "2026-12-01T09:30:00-06:00");
}

#[test]
fn the_demo_draft_is_created_once_and_stays_deleted() {
    let mut store = Store::open_in_memory().unwrap();
    assert!(store.seed_demo_draft(&demo_header(), t0()).unwrap());
    assert!(!store.seed_demo_draft(&demo_header(), t0()).unwrap(), "second start adds nothing");
    let drafts = store.list_drafts().unwrap();
    assert_eq!(drafts.len(), 1);
    assert!(drafts[0].is_demo);

    store.delete_draft(&drafts[0].id).unwrap();
    assert!(!store.seed_demo_draft(&demo_header(), t0()).unwrap());
    assert!(store.list_drafts().unwrap().is_empty(), "a deleted demo does not come back");
}

#[test]
fn a_row_edited_outside_cruce_is_reported_not_shown() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cruce.db");
    let id = Store::open(&path).unwrap().create_draft(&header("OK"), t0()).unwrap().id;
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute("UPDATE draft SET port_code = '9999' WHERE id = ?1", [&id])
        .unwrap();
    let store = Store::open(&path).unwrap();
    let err = store.get_draft(&id).unwrap_err();
    assert!(matches!(&err, StoreError::InvalidRow { reason, .. } if reason.contains("9999")), "{err:?}");
}

#[test]
fn the_language_preference_is_unset_until_chosen_then_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cruce.db");
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.language().unwrap(), None);
    store.set_language(Language::Spanish).unwrap();
    store.set_language(Language::English).unwrap();
    store.set_language(Language::Spanish).unwrap();
    drop(store);
    assert_eq!(Store::open(&path).unwrap().language().unwrap(), Some(Language::Spanish));
}
