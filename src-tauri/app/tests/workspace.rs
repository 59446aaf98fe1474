//! The use cases on real SQLite files: what the window and the command line both rely on.

use std::path::Path;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, TimeZone, Utc};
use cruce_app::{Clock, Error, Workspace};
use cruce_core::declaration::{Declaration, SCHEMA_VERSION};
use cruce_core::views::LineWindow;
use cruce_core::{sample, Direction, DraftQuery, HeaderInput, PlannedCrossing};
use cruce_store::StoreError;

/// A clock that moves on by a second each time it is read, so every write has its own time.
struct Ticking(Mutex<DateTime<Utc>>);

impl Clock for Ticking {
    fn now(&self) -> DateTime<Utc> {
        let mut t = self.0.lock().unwrap();
        *t += Duration::seconds(1);
        *t
    }
}

fn clock() -> Arc<dyn Clock> {
    Arc::new(Ticking(Mutex::new(Utc.with_ymd_and_hms(2026, 12, 1, 15, 0, 0).unwrap())))
}

fn open(dir: &Path) -> Workspace {
    Workspace::open(&dir.join("cruce.db"), clock(), "ana".into()).expect("the workspace opens")
}

fn header(reference: &str) -> HeaderInput {
    HeaderInput {
        reference: reference.into(),
        direction: Direction::Northbound,
        port_of_entry: Some("2304".into()),
        planned_crossing: Some(PlannedCrossing {
            local: chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap().and_hms_opt(7, 45, 0).unwrap(),
            zone: "America/Chicago".into(),
        }),
    }
}

#[test]
fn a_new_database_holds_the_demo_draft_once_and_the_command_line_never_creates_one() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("typo.db");
    let err = Workspace::open_existing(&missing, clock(), "ana".into()).unwrap_err();
    assert!(matches!(err, Error::Store(StoreError::Missing { .. })), "{err:?}");
    assert!(!missing.exists(), "a mistyped path must not become a new database");

    let ws = open(dir.path());
    let page = ws.search_drafts(DraftQuery::default()).unwrap();
    assert_eq!(page.total, 1);
    assert!(page.items[0].is_demo);
    drop(ws);
    let ws = open(dir.path());
    assert_eq!(ws.search_drafts(DraftQuery::default()).unwrap().total, 1, "the demo is placed once in a database's life");
}

#[test]
fn a_save_returns_the_revision_and_the_findings_of_what_was_saved_not_the_document() {
    let dir = tempfile::tempdir().unwrap();
    let mut ws = open(dir.path());
    let created = ws.create_draft(header("LRD-0001")).unwrap();
    assert_eq!(created.draft.revision, 1);
    assert!(created.findings.iter().any(|f| f.path == "lines"), "an empty declaration is told it needs lines");

    let mut d = sample::northbound_with_lines(3);
    d.reference = "LRD-0001".into();
    let saved = ws.save_draft(&created.draft.id, &d, 1).unwrap();
    assert_eq!(saved.revision, 2);
    assert!(saved.updated_at > created.draft.updated_at);
    assert!(!saved.findings.iter().any(|f| f.path == "lines"), "findings are of the saved declaration: {:?}", saved.findings);

    let again = ws.save_draft(&created.draft.id, &d, 2).unwrap();
    assert_eq!((again.revision, again.updated_at), (2, saved.updated_at), "an unchanged save writes nothing");

    let stale = ws.save_draft(&created.draft.id, &d, 1).unwrap_err();
    assert!(matches!(stale, Error::Store(StoreError::Conflict { expected: 1, current: 2, .. })), "{stale:?}");
}

#[test]
fn views_are_served_for_a_revision_from_the_store_a_page_of_lines_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut ws = open(dir.path());
    let id = ws.create_draft(header("LRD-0002")).unwrap().draft.id;
    let mut d = sample::northbound_with_lines(120);
    d.reference = "LRD-0002".into();
    ws.save_draft(&id, &d, 1).unwrap();

    let views = ws.draft_views(&id, 2, LineWindow { first: 100, count: 50 }).unwrap();
    assert_eq!(views.revision, 2);
    for view in [&views.us, &views.mexican] {
        assert_eq!((view.line_count, view.first_line, view.lines.len()), (120, 100, 20), "{}", view.title_en);
        assert!(!view.head.is_empty());
    }
    // A line section's values point at that line's fields, so the UI can jump to them.
    let sources: Vec<String> = views.us.lines[0].fields.iter().flat_map(|f| f.source.iter().map(ToString::to_string)).collect();
    assert!(sources.iter().any(|s| s == "lines[100].hts"), "{sources:?}");

    let first = ws.draft_views(&id, 1, LineWindow::default()).unwrap();
    assert_eq!(first.us.line_count, 0, "revision 1 is the empty declaration it was");
    let err = ws.draft_views(&id, 9, LineWindow::default()).unwrap_err();
    assert!(matches!(err, Error::Store(StoreError::RevisionNotFound { revision: 9, .. })), "{err:?}");
}

#[test]
fn a_conflicting_edit_kept_as_a_copy_is_one_new_draft_and_the_original_is_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let mut ws = open(dir.path());
    let id = ws.create_draft(header("OTAY-7")).unwrap().draft.id;
    let mut mine: Declaration = ws.open_draft(&id).unwrap().draft.declaration;
    mine.parties.exporter.name = "Frenos del Norte".into();

    let copy = ws.keep_as_copy(&mine, "  OTAY-7 (your version) ").unwrap();
    assert_eq!(copy.reference, "OTAY-7 (your version)");
    assert_eq!(copy.revision, 1, "one revision, not a create and a save");
    let kept = ws.open_draft(&copy.id).unwrap().draft.declaration;
    assert_eq!(kept.parties.exporter.name, "Frenos del Norte");
    let original = ws.open_draft(&id).unwrap().draft;
    assert_eq!((original.revision, original.declaration.parties.exporter.name.as_str()), (1, ""));

    let err = ws.keep_as_copy(&mine, "   ").unwrap_err();
    assert!(matches!(err, Error::Header(cruce_core::HeaderError::ReferenceRequired)), "{err:?}");
}

#[test]
fn the_author_is_the_name_in_preferences_else_the_os_user() {
    let dir = tempfile::tempdir().unwrap();
    let mut ws = open(dir.path());
    assert_eq!(ws.author().unwrap(), "ana");
    ws.set_author_name("  Ana Ramírez ").unwrap();
    assert_eq!(ws.author().unwrap(), "Ana Ramírez");
    let id = ws.create_draft(header("LRD-0003")).unwrap().draft.id;
    assert_eq!(ws.history(&id).unwrap()[0].author, "Ana Ramírez");
    assert!(matches!(ws.set_author_name("A\u{7}B"), Err(Error::AuthorName(_))));
    ws.set_author_name("").unwrap();
    assert_eq!(ws.author().unwrap(), "ana", "an empty name goes back to the OS user");
}

#[test]
fn the_area_in_use_is_remembered_and_only_a_short_word_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut ws = open(dir.path());
    assert_eq!(ws.preferences().unwrap().area, None);
    ws.set_area("declarations").unwrap();
    for bad in ["", "Declarations", "a b", "x".repeat(33).as_str(), "-x", "déclarations"] {
        assert!(matches!(ws.set_area(bad), Err(Error::UnknownArea { .. })), "{bad:?}");
    }
    drop(ws);
    assert_eq!(open(dir.path()).preferences().unwrap().area.as_deref(), Some("declarations"));
}

#[test]
fn a_restore_replaces_the_file_keeps_the_old_one_and_reopens() {
    let dir = tempfile::tempdir().unwrap();
    let mut ws = open(dir.path());
    ws.create_draft(header("BEFORE-BACKUP")).unwrap();
    let backup = dir.path().join("backup.db");
    ws.backup_to(&backup).unwrap();
    assert!(matches!(ws.backup_to(&backup), Err(Error::Store(StoreError::BackupTargetExists { .. }))), "never overwrites");
    ws.create_draft(header("AFTER-BACKUP")).unwrap();
    drop(ws);

    let restored = cruce_app::database::restore_database(&dir.path().join("cruce.db"), &backup, Utc::now()).unwrap();
    assert_eq!(restored.drafts, 2, "the demo and the draft made before the backup");
    assert!(restored.kept.as_deref().is_some_and(Path::exists));
    let ws = open(dir.path());
    let refs: Vec<String> = ws.search_drafts(DraftQuery::default()).unwrap().items.into_iter().map(|d| d.reference).collect();
    assert!(refs.contains(&"BEFORE-BACKUP".to_owned()) && !refs.contains(&"AFTER-BACKUP".to_owned()), "{refs:?}");
    assert_eq!(ws.verify_audit_log().unwrap().first_broken, None);
}

#[test]
fn a_malformed_declaration_file_is_refused_with_its_path_and_nothing_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let mut ws = open(dir.path());
    let file = dir.path().join("bad.json");
    std::fs::write(&file, r#"{"schemaVersion": 1, "reference": "X", "direction": "sideways"}"#).unwrap();
    let err = ws.import_file(&file).unwrap_err();
    assert!(matches!(&err, Error::DocumentFile { path, .. } if path == &file), "{err:?}");
    assert!(cruce_app::chain(&err).contains("direction"), "the message names the field: {}", cruce_app::chain(&err));
    assert_eq!(ws.search_drafts(DraftQuery::default()).unwrap().total, 1, "only the demo");
    let missing = ws.import_file(&dir.path().join("nope.json")).unwrap_err();
    assert!(matches!(missing, Error::Read { .. }));
}

#[test]
fn an_exported_draft_imports_as_a_new_draft_with_the_same_declaration() {
    let dir = tempfile::tempdir().unwrap();
    let mut ws = open(dir.path());
    let id = ws.create_draft(header("EXP-1")).unwrap().draft.id;
    let mut d = sample::northbound_with_lines(2);
    d.reference = "EXP-1".into();
    ws.save_draft(&id, &d, 1).unwrap();
    let file = dir.path().join("exp.json");
    std::fs::write(&file, ws.export_draft(&id).unwrap()).unwrap();
    let copy = ws.import_file(&file).unwrap();
    assert_ne!(copy.id, id);
    assert_eq!(ws.open_draft(&copy.id).unwrap().draft.declaration, d);
}

#[test]
fn malformed_documents_get_specific_errors_and_store_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut ws = open(dir.path());
    let good = sample::northbound_with_lines(1).to_json();
    let cases: Vec<(String, &str)> = vec![
        ("not json at all".into(), "is not JSON"),
        (good.replacen(&format!("\"schemaVersion\": {SCHEMA_VERSION}"), "\"schemaVersion\": 99", 1), "schema version 99"),
        (good.replacen("\"reference\": \"LRD-2026-0417\"", "\"reference\": 42", 1), "reference: invalid type"),
        ("{\"schemaVersion\": 1}".into(), "missing field `reference`"),
        (format!("{{\"schemaVersion\": 1, \"pad\": \"{}\"}}", "x".repeat(17 * 1024 * 1024)), "at most"),
    ];
    let before = ws.verify_audit_log().unwrap().entries;
    for (i, (text, expected)) in cases.into_iter().enumerate() {
        let file = dir.path().join(format!("bad-{i}.json"));
        std::fs::write(&file, text).unwrap();
        let err = ws.import_file(&file).unwrap_err();
        assert!(cruce_app::chain(&err).contains(expected), "expected {expected:?} in {:?}", cruce_app::chain(&err));
    }
    assert_eq!(ws.search_drafts(DraftQuery::default()).unwrap().total, 1, "only the demo");
    assert_eq!(ws.verify_audit_log().unwrap().entries, before, "no audit entry for a refused import");
}
