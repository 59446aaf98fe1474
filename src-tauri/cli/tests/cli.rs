//! The built `cruce-cli` binary run as a user would run it, against real database files.

use std::path::Path;
use std::process::{Command, Output};

use chrono::{TimeZone, Utc};
use cruce_core::demo::demo_header;
use cruce_store::Store;

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cruce-cli")).args(args).output().expect("cruce-cli runs")
}

fn seeded_db(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("cruce.db");
    let mut store = Store::open(&path).unwrap();
    store.seed_demo_draft(&demo_header(), Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap()).unwrap();
    path
}

#[test]
fn version_prints_the_package_version() {
    let out = cli(&["--version"]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), format!("cruce-cli {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn drafts_list_json_is_an_array_of_summaries() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded_db(dir.path());
    let out = cli(&["drafts", "list", "--db", db.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = list.as_array().expect("a JSON array");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["isDemo"], true);
    assert_eq!(list[0]["portOfEntry"], "2304");
    assert_eq!(list[0]["direction"], "northbound");
    assert_eq!(list[0]["plannedCrossing"]["zone"], "America/Chicago");
}

#[test]
fn drafts_list_prints_a_table_for_people() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded_db(dir.path());
    let out = cli(&["drafts", "list", "--db", db.to_str().unwrap()]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("ID"), "{text}");
    assert!(text.contains("DEMO") && text.contains("[demo]") && text.contains("2304"), "{text}");
}

#[test]
fn a_missing_database_is_an_error_and_is_not_created() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("nope.db");
    let out = cli(&["drafts", "list", "--db", db.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no database at") && err.contains("nope.db"), "{err}");
    assert!(!db.exists());
}

#[test]
fn a_file_that_is_not_a_database_is_an_error_naming_the_cause() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("notes.db");
    std::fs::write(&db, "not sqlite".repeat(100)).unwrap();
    let out = cli(&["drafts", "list", "--db", db.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("cannot open the database") && err.contains("not a database"), "{err}");
    assert!(out.stdout.is_empty(), "no partial JSON on stdout");
}

#[test]
fn a_missing_argument_is_a_usage_error() {
    let out = cli(&["drafts", "list"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("--db"));
}
