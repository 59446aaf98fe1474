//! Backup and restore.

use cruce_store::{Store, StoreError};

use super::{at, declaration, t0, ANA};

#[test]
fn a_backup_restores_to_the_same_drafts_and_keeps_the_replaced_file() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("cruce.db");
    let backup = dir.path().join("backup.cruce");
    let mut store = Store::open(&live).unwrap();
    store.create_draft(&declaration("IN-BACKUP"), ANA, t0()).unwrap();
    store.backup_to(&backup, ANA, at(1)).unwrap();
    store.create_draft(&declaration("AFTER-BACKUP"), ANA, at(2)).unwrap();
    drop(store);

    assert_eq!(Store::check_backup(&backup).unwrap().drafts, 1);
    let kept = Store::restore_from(&backup, &live, at(3)).unwrap().expect("the replaced file is kept");
    let restored = Store::open(&live).unwrap();
    let refs: Vec<String> = restored.list_drafts().unwrap().into_iter().map(|d| d.reference).collect();
    assert_eq!(refs, ["IN-BACKUP"]);
    assert_eq!(restored.verify_audit_log().unwrap().first_broken, None);
    assert_eq!(restored.audit_entries(1).unwrap()[0].action, "database.restored");
    assert_eq!(Store::open(&kept).unwrap().list_drafts().unwrap().len(), 2, "nothing is lost by a restore");
}

#[test]
fn a_backup_never_overwrites_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("exists.cruce");
    std::fs::write(&target, "keep me").unwrap();
    let mut store = Store::open_in_memory().unwrap();
    assert!(matches!(store.backup_to(&target, ANA, t0()), Err(StoreError::BackupTargetExists { .. })));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
}

#[test]
fn restore_refuses_damaged_foreign_or_missing_files_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("cruce.db");
    Store::open(&live).unwrap().create_draft(&declaration("LIVE"), ANA, t0()).unwrap();
    let before = std::fs::read(&live).unwrap();

    let garbage = dir.path().join("garbage.cruce");
    std::fs::write(&garbage, b"not a database".repeat(100)).unwrap();
    let foreign = dir.path().join("foreign.sqlite");
    rusqlite::Connection::open(&foreign).unwrap().execute_batch("CREATE TABLE t (x);").unwrap();
    let missing = dir.path().join("missing.cruce");
    for (file, check) in [
        (&garbage, (|e: &StoreError| matches!(e, StoreError::Unreadable { .. })) as fn(&StoreError) -> bool),
        (&foreign, |e| matches!(e, StoreError::NotACruceDatabase { .. })),
        (&missing, |e| matches!(e, StoreError::Missing { .. })),
    ] {
        let err = Store::restore_from(file, &live, at(1)).unwrap_err();
        assert!(check(&err), "{}: {err:?}", file.display());
    }
    assert_eq!(std::fs::read(&live).unwrap(), before, "the live database is untouched");
}
