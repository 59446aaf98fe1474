//! Drafts as revisions: create, save, conflict, history, compare, restore, delete.

use cruce_core::declaration::RevisionNote;
use cruce_core::demo::demo_declaration;
use cruce_core::DraftStatus;
use cruce_store::{Store, StoreError};

use super::{at, declaration, t0, ANA, LUIS};

#[test]
fn every_save_is_a_new_revision_with_author_time_and_summary() {
    let mut store = Store::open_in_memory().unwrap();
    let d = store.create_draft(&declaration("A"), ANA, t0()).unwrap();
    assert_eq!((d.revision, d.status, d.is_demo), (1, DraftStatus::Draft, false));

    let mut next = d.declaration.clone();
    next.lines[2].hts = "8708.30.5020".into();
    next.transport.seals.push("MX4471903".into());
    let saved = store.save_draft(&d.id, &next, 1, LUIS, at(5)).unwrap();
    assert_eq!((saved.revision, saved.updated_at), (2, at(5)));
    let stored = store.get_draft(&d.id).unwrap();
    assert_eq!(stored.created_at, t0(), "creation time is kept");
    assert_eq!((stored.revision, stored.updated_at), (2, at(5)));
    assert_eq!(stored.declaration, next);

    let history = store.history(&d.id).unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!((history[0].revision, history[0].author.as_str(), history[0].saved_at), (2, LUIS, at(5)));
    assert_eq!(
        history[0].note,
        RevisionNote::Changed { paths: vec!["transport.seals[1]".into(), "lines[2].hts".into()], more: 0 },
        "in document order"
    );
    assert_eq!(history[1].note, RevisionNote::Created);
    assert_eq!((history[1].revision, history[1].author.as_str()), (1, ANA));
}

#[test]
fn saving_an_unchanged_declaration_writes_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let d = store.create_draft(&declaration("A"), ANA, t0()).unwrap();
    let again = store.save_draft(&d.id, &d.declaration, 1, ANA, at(1)).unwrap();
    assert_eq!((again.revision, again.updated_at), (1, t0()));
    assert_eq!(store.history(&d.id).unwrap().len(), 1);
}

#[test]
fn two_editors_of_one_draft_get_a_conflict_never_a_silent_overwrite() {
    let mut store = Store::open_in_memory().unwrap();
    let d = store.create_draft(&declaration("A"), ANA, t0()).unwrap();
    let mut first = d.declaration.clone();
    first.reference = "A-by-ana".into();
    let mut second = d.declaration.clone();
    second.reference = "A-by-luis".into();
    store.save_draft(&d.id, &first, 1, ANA, at(1)).unwrap();
    let err = store.save_draft(&d.id, &second, 1, LUIS, at(2)).unwrap_err();
    assert!(matches!(err, StoreError::Conflict { expected: 1, current: 2, .. }), "{err:?}");
    assert_eq!(store.get_draft(&d.id).unwrap().declaration.reference, "A-by-ana", "the first save stands");
    assert_eq!(store.history(&d.id).unwrap().len(), 2, "the refused save wrote nothing");
}

#[test]
fn two_revisions_compare_field_by_field_and_an_old_one_restores_as_a_new_revision() {
    let mut store = Store::open_in_memory().unwrap();
    let d = store.create_draft(&declaration("A"), ANA, t0()).unwrap();
    let mut v2 = d.declaration.clone();
    v2.reference = "B".into();
    v2.lines.pop();
    store.save_draft(&d.id, &v2, 1, ANA, at(1)).unwrap();

    let changes = store.compare_revisions(&d.id, 1, 2).unwrap();
    assert_eq!(changes[0].path, "reference");
    assert_eq!((changes[0].before.as_deref(), changes[0].after.as_deref()), (Some("A"), Some("B")));
    assert!(changes.iter().any(|c| c.path == "lines[2].description" && c.after.is_none()));

    let restored = store.restore_revision(&d.id, 1, 2, LUIS, at(2)).unwrap();
    assert_eq!(restored.revision, 3);
    assert_eq!(restored.declaration, d.declaration);
    let history = store.history(&d.id).unwrap();
    assert_eq!(history.iter().map(|h| h.revision).collect::<Vec<_>>(), [3, 2, 1], "nothing was overwritten");
    assert_eq!(history[0].note, RevisionNote::Restored { revision: 1 });
    assert!(matches!(store.restore_revision(&d.id, 9, 3, ANA, at(3)), Err(StoreError::RevisionNotFound { revision: 9, .. })));
    assert!(matches!(store.restore_revision(&d.id, 1, 2, ANA, at(3)), Err(StoreError::Conflict { .. })));
}

#[test]
fn a_deleted_draft_leaves_lists_but_keeps_its_records() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cruce.db");
    let mut store = Store::open(&path).unwrap();
    let a = store.create_draft(&declaration("A"), ANA, t0()).unwrap();
    let b = store.create_draft(&declaration("B"), ANA, at(1)).unwrap();
    let order: Vec<String> = store.list_drafts().unwrap().into_iter().map(|d| d.reference).collect();
    assert_eq!(order, ["B", "A"], "most recently changed first");

    store.delete_draft(&b.id, LUIS, at(2)).unwrap();
    assert_eq!(store.list_drafts().unwrap().len(), 1);
    for result in [store.get_draft(&b.id).map(|_| ()), store.delete_draft(&b.id, ANA, at(3))] {
        assert!(matches!(result, Err(StoreError::DraftNotFound { .. })));
    }
    assert!(matches!(store.save_draft(&b.id, &b.declaration, 1, ANA, at(3)), Err(StoreError::DraftNotFound { .. })));
    let conn = rusqlite::Connection::open(&path).unwrap();
    let kept: i64 = conn.query_row("SELECT count(*) FROM draft_revision WHERE draft_id = ?1", [&b.id], |r| r.get(0)).unwrap();
    assert_eq!(kept, 1, "revisions are records and stay");
    let _ = a;
}

#[test]
fn a_deleted_draft_can_be_brought_back_listed_and_searchable() {
    let mut store = Store::open_in_memory().unwrap();
    let d = store.create_draft(&declaration("UNDO-ME"), ANA, t0()).unwrap();
    let find = |s: &Store| s.search_drafts(&cruce_core::DraftQuery { text: "UNDO-ME".into(), ..Default::default() }).unwrap().total;
    store.delete_draft(&d.id, ANA, at(1)).unwrap();
    assert_eq!(find(&store), 0);
    let back = store.undelete_draft(&d.id, ANA, at(2)).unwrap();
    assert_eq!((back.revision, back.declaration.reference.as_str()), (1, "UNDO-ME"));
    assert_eq!(find(&store), 1, "searchable again");
    assert_eq!(store.list_drafts().unwrap().len(), 1);
    assert!(matches!(store.undelete_draft(&d.id, ANA, at(3)), Err(StoreError::DraftNotFound { .. })), "not deleted");
    assert!(store.audit_entries(10).unwrap().iter().any(|e| e.action == "draft.undeleted"));
}

#[test]
fn revisions_cannot_be_changed_even_with_sql() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cruce.db");
    let id = Store::open(&path).unwrap().create_draft(&declaration("A"), ANA, t0()).unwrap().id;
    let conn = rusqlite::Connection::open(&path).unwrap();
    let err = conn.execute("UPDATE draft_revision SET author = 'mallory' WHERE draft_id = ?1", [&id]).unwrap_err();
    assert!(err.to_string().contains("never changed"), "{err}");
    assert!(conn.execute("DELETE FROM draft_revision", []).is_err());
}

#[test]
fn the_demo_draft_is_created_once_and_stays_deleted() {
    let mut store = Store::open_in_memory().unwrap();
    assert!(store.seed_demo_draft(&demo_declaration(), t0()).unwrap());
    assert!(!store.seed_demo_draft(&demo_declaration(), t0()).unwrap(), "second start adds nothing");
    let drafts = store.list_drafts().unwrap();
    assert_eq!(drafts.len(), 1);
    assert!(drafts[0].is_demo && drafts[0].line_count == 3);
    store.delete_draft(&drafts[0].id, ANA, t0()).unwrap();
    assert!(!store.seed_demo_draft(&demo_declaration(), t0()).unwrap());
    assert!(store.list_drafts().unwrap().is_empty(), "a deleted demo does not come back");
}

#[test]
fn status_changes_are_kept_and_audited() {
    let mut store = Store::open_in_memory().unwrap();
    let d = store.create_draft(&declaration("A"), ANA, t0()).unwrap();
    store.set_status(&d.id, DraftStatus::Ready, ANA, at(1)).unwrap();
    assert_eq!(store.get_draft(&d.id).unwrap().status, DraftStatus::Ready);
    assert_eq!(store.audit_entries(1).unwrap()[0].action, "draft.status");
}
