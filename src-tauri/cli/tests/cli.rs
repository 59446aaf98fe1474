//! The built `cruce-cli` binary run as a user would run it, against real database files.

use std::path::Path;
use std::process::{Command, Output};

use chrono::{TimeZone, Utc};
use cruce_core::demo::demo_declaration;
use cruce_store::Store;

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cruce-cli")).args(args).output().expect("cruce-cli runs")
}

fn seeded_db(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("cruce.db");
    let mut store = Store::open(&path).unwrap();
    store.seed_demo_draft(&demo_declaration(), Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap()).unwrap();
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
    assert_eq!(out.status.code(), Some(3));
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
    assert_eq!(out.status.code(), Some(3));
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

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn validate_a_clean_declaration_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "ok.json", &cruce_core::sample::northbound_auto_parts().to_json());
    let out = cli(&["validate", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(String::from_utf8(out.stdout).unwrap().contains("LRD-2026-0417: 0 errors, 0 warnings, 3 lines"));
}

#[test]
fn validate_reports_every_finding_and_exits_one_on_errors() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = cruce_core::sample::northbound_auto_parts();
    d.lines[1].hts = "8708.30".into();
    d.regime.us_entry_type = "86".into();
    d.transport.seals.clear();
    let file = write(dir.path(), "bad.json", &d.to_json());

    let out = cli(&["validate", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("lines[1].hts") && text.contains("regime.usEntryType") && text.contains("transport.seals"), "{text}");
    assert!(text.contains("2 errors, 1 warnings"), "{text}");

    let es = String::from_utf8(cli(&["--es", "validate", file.to_str().unwrap()]).stdout).unwrap();
    assert!(es.contains("de minimis está suspendido") && es.contains("2 errores, 1 avisos"), "{es}");

    let json = cli(&["validate", file.to_str().unwrap(), "--json"]);
    let findings: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let codes: Vec<&str> = findings.as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["entry_type.de_minimis_suspended", "hts.length", "seals.none"]);
}

#[test]
fn validate_a_malformed_document_exits_three_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let text = cruce_core::sample::northbound_auto_parts().to_json().replace("\"18.25430\"", "\"abc\"");
    let file = write(dir.path(), "broken.json", &text);
    let out = cli(&["validate", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("is not a valid declaration document") && err.contains("commercial.exchangeRate.mxnPerUsd"), "{err}");
    let missing = cli(&["validate", dir.path().join("nope.json").to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(3));
}

#[test]
fn check_identifiers_one_at_a_time() {
    let ok = cli(&["check", "entry-number", "abc12345676"]);
    assert_eq!(ok.status.code(), Some(0));
    assert_eq!(String::from_utf8(ok.stdout).unwrap(), "valid: ABC-1234567-6\n");

    let bad = cli(&["check", "entry-number", "ABC-1234567-5"]);
    assert_eq!(bad.status.code(), Some(1));
    assert_eq!(String::from_utf8(bad.stdout).unwrap(), "invalid: the check digit of the CBP entry number should be 6, not 5\n");

    let es = cli(&["--es", "check", "curp", "BOXW310820HNERXN08"]);
    assert!(String::from_utf8(es.stdout).unwrap().starts_with("no válido: el dígito verificador de la CURP debería ser 9"));

    let warn = cli(&["check", "rfc", "VACE460910SX6", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&warn.stdout).unwrap();
    assert_eq!((v["valid"].as_bool(), v["warningsEn"].as_array().map(Vec::len)), (Some(true), Some(1)));

    let unknown = cli(&["check", "passport", "X"]);
    assert_eq!(unknown.status.code(), Some(2), "clap lists the kinds");
    assert!(String::from_utf8(unknown.stderr).unwrap().contains("entry-number"));
}

#[test]
fn export_import_backup_restore_and_audit_verify() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded_db(dir.path());
    let db_s = db.to_str().unwrap();
    let list: serde_json::Value = serde_json::from_slice(&cli(&["drafts", "list", "--db", db_s, "--json"]).stdout).unwrap();
    let id = list[0]["id"].as_str().unwrap().to_owned();

    let exported = dir.path().join("demo.json");
    assert!(cli(&["drafts", "export", "--db", db_s, &id, "--out", exported.to_str().unwrap()]).status.success());
    let imported = cli(&["drafts", "import", "--db", db_s, exported.to_str().unwrap()]);
    assert!(imported.status.success(), "{}", String::from_utf8_lossy(&imported.stderr));
    let new_id = String::from_utf8(imported.stdout).unwrap().trim().to_owned();
    assert_ne!(new_id, id);
    let stdout_export = cli(&["drafts", "export", "--db", db_s, &new_id]).stdout;
    assert_eq!(String::from_utf8(stdout_export).unwrap().trim(), std::fs::read_to_string(&exported).unwrap().trim(), "same document");

    let bad = write(dir.path(), "bad.json", "{\"schemaVersion\": 1, \"reference\": 5}");
    let refused = cli(&["drafts", "import", "--db", db_s, bad.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(3));
    assert!(String::from_utf8(refused.stderr).unwrap().contains("reference: invalid type"));

    let backup = dir.path().join("backup.cruce");
    assert!(cli(&["backup", "--db", db_s, "--to", backup.to_str().unwrap()]).status.success());
    assert_eq!(cli(&["backup", "--db", db_s, "--to", backup.to_str().unwrap()]).status.code(), Some(3), "never overwrites");
    let verify = cli(&["audit", "verify", "--db", db_s]);
    assert_eq!(verify.status.code(), Some(0));
    assert!(String::from_utf8(verify.stdout).unwrap().starts_with("audit log intact: 3 entries"));

    let restored = cli(&["restore", "--db", db_s, "--from", backup.to_str().unwrap()]);
    assert!(restored.status.success(), "{}", String::from_utf8_lossy(&restored.stderr));
    assert!(String::from_utf8(restored.stdout).unwrap().contains("restored 2 drafts"));

    // A tamperer drops the append-only trigger and edits the first entry.
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute_batch("DROP TRIGGER audit_log_append_only_update; UPDATE audit_log SET actor = 'mallory' WHERE seq = 1;")
        .unwrap();
    let broken = cli(&["audit", "verify", "--db", db_s]);
    assert_eq!(broken.status.code(), Some(1));
    assert!(String::from_utf8(broken.stdout).unwrap().contains("broken at entry 1"));
}

fn shared_data(path: &str) -> std::path::PathBuf {
    let dir = std::env::var_os("CRUCE_SHARED_DATA")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    let file = dir.join(path);
    assert!(file.is_file(), "{} is missing: set CRUCE_SHARED_DATA to the shared data folder", file.display());
    file
}

#[test]
fn init_creates_an_empty_database_and_refuses_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.db");
    let out = cli(&["init", "--db", db.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let listed = cli(&["drafts", "list", "--db", db.to_str().unwrap(), "--json"]);
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&listed.stdout).unwrap(),
        serde_json::json!([]),
        "no demo draft in an initialised database"
    );
    let again = cli(&["init", "--db", db.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(3));
    assert!(String::from_utf8(again.stderr).unwrap().contains("already exists"));
}

#[test]
fn schedules_are_imported_once_listed_and_used_by_validate() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cruce.db");
    let db = db.to_str().unwrap();
    assert!(cli(&["init", "--db", db]).status.success());
    let hts = shared_data("hts-usitc/hts_2026_revision_3_csv.csv");
    let out = cli(&["reference", "import", "--db", db, "--kind", "hts-usitc", hts.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (v["info"]["edition"].as_str(), v["info"]["lines"].as_u64(), v["info"]["effectiveFrom"].as_str()),
        (Some("HTS 2026 Revision 3"), Some(35_722), Some("2026-01-01"))
    );
    let fr = shared_data("sat-catalogs/phpcfdi-csv/cce_20_fracciones_arancelarias.csv");
    let out =
        cli(&["reference", "import", "--db", db, "--kind", "sat-fracciones", fr.to_str().unwrap(), "--edition", "SAT 10.14.20260806"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    // The same file a second time writes nothing.
    let again = cli(&["reference", "import", "--db", db, "--kind", "hts-usitc", hts.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(3));
    assert!(String::from_utf8(again.stderr).unwrap().contains("imported before, as \"HTS 2026 Revision 3\""));
    let list = String::from_utf8(cli(&["reference", "list", "--db", db]).stdout).unwrap();
    assert!(list.contains("HTS 2026 Revision 3") && list.contains("SAT 10.14.20260806") && list.lines().count() == 2, "{list}");

    // A declaration whose HTS number the schedule does not have: an error only with --db.
    let mut d = cruce_core::sample::northbound_auto_parts();
    d.lines[0].hts = "8708.99.9999".into();
    let file = write(dir.path(), "d.json", &d.to_json());
    let without = cli(&["validate", file.to_str().unwrap(), "--json"]);
    assert_eq!(without.status.code(), Some(0), "formats only: {}", String::from_utf8_lossy(&without.stdout));
    let with = cli(&["validate", "--db", db, file.to_str().unwrap(), "--json"]);
    assert_eq!(with.status.code(), Some(1));
    let findings: serde_json::Value = serde_json::from_slice(&with.stdout).unwrap();
    assert!(findings.as_array().unwrap().iter().any(|f| f["code"] == "hts.not_in_schedule" && f["path"] == "lines[0].hts"), "{findings}");
}

#[test]
fn a_file_that_is_not_the_schedule_is_refused_naming_the_row() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cruce.db");
    let db = db.to_str().unwrap();
    assert!(cli(&["init", "--db", db]).status.success());
    let fr = shared_data("sat-catalogs/phpcfdi-csv/cce_20_fracciones_arancelarias.csv");
    let wrong_kind = cli(&["reference", "import", "--db", db, "--kind", "hts-usitc", fr.to_str().unwrap()]);
    assert_eq!(wrong_kind.status.code(), Some(3));
    assert!(String::from_utf8(wrong_kind.stderr).unwrap().contains("is not a USITC HTS export"));
    let broken = write(dir.path(), "broken.csv", "fraccion,texto,vigencia_desde,vigencia_hasta,unidad\r\n0101210100,Reproductores,2024-01-18,,07\r\n0101290200,Otro,18/01/2024,,06\r\n");
    let out = cli(&["reference", "import", "--db", db, "--kind", "sat-fracciones", broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("broken.csv cannot be imported: row 3: vigencia_desde \"18/01/2024\" is not a date"), "{err}");
    let binary = dir.path().join("binary.csv");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    let out = cli(&["reference", "import", "--db", db, "--kind", "sat-patentes", binary.to_str().unwrap()]);
    assert!(String::from_utf8(out.stderr).unwrap().contains("is not text (UTF-8)"));
    assert_eq!(
        String::from_utf8(cli(&["reference", "list", "--db", db]).stdout).unwrap().trim(),
        "no schedules imported",
        "nothing half-written"
    );
}

#[test]
fn traders_save_import_list_and_expiring() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cruce.db");
    let db_s = db.to_str().unwrap();
    assert!(cli(&["init", "--db", db_s]).status.success());
    let mut carrier = cruce_core::sample::trusted_registry().companies()[0].record.clone();
    carrier.memberships[0].id.clear();
    let record = dir.path().join("carrier.json");
    std::fs::write(&record, serde_json::to_string(&cruce_core::trader::TraderRecord::Company(carrier)).unwrap()).unwrap();
    let saved = cli(&["traders", "save", "--db", db_s, record.to_str().unwrap(), "--json"]);
    assert!(saved.status.success(), "{}", String::from_utf8_lossy(&saved.stderr));
    let saved: serde_json::Value = serde_json::from_slice(&saved.stdout).unwrap();
    let carrier_id = saved["stored"]["id"].as_str().unwrap().to_owned();

    let csv = dir.path().join("drivers.csv");
    std::fs::write(&csv, "name,passid,fast_expires\nAna Ruiz,429000111,2027-01-10\nBeto Sanz,429000222,10/01/2027\n").unwrap();
    let refused = cli(&["traders", "import", "--db", db_s, "--kind", "drivers", "--carrier", &carrier_id, csv.to_str().unwrap(), "--es"]);
    assert_eq!(refused.status.code(), Some(1), "rows with problems: exit 1");
    let text = String::from_utf8(refused.stdout).unwrap();
    assert!(text.contains("line 3") && text.contains("AAAA-MM-DD") && text.contains("nothing was imported"), "{text}");
    let listed = cli(&["traders", "list", "--db", db_s, "--kind", "driver", "--json"]);
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&listed.stdout).unwrap()["total"], 0, "nothing written");

    let imported =
        cli(&["traders", "import", "--db", db_s, "--kind", "drivers", "--carrier", &carrier_id, csv.to_str().unwrap(), "--skip-invalid"]);
    assert!(imported.status.success());
    assert_eq!(String::from_utf8(imported.stdout).unwrap().trim(), "imported 1 rows, left out 1");

    let expiring = cli(&["traders", "expiring", "--db", db_s, "--within", "30d", "--on", "2026-12-21", "--json"]);
    assert!(expiring.status.success(), "{}", String::from_utf8_lossy(&expiring.stderr));
    let alerts: serde_json::Value = serde_json::from_slice(&expiring.stdout).unwrap();
    let alerts = alerts.as_array().unwrap();
    assert!(alerts.iter().any(|a| a["subjectName"] == "Ana Ruiz" && a["daysLeft"] == 20 && a["band"] == 30), "{alerts:#?}");
    let none = cli(&["traders", "expiring", "--db", db_s, "--within", "7d", "--on", "2026-12-21"]);
    assert!(!String::from_utf8(none.stdout).unwrap().contains("Ana Ruiz"), "not within 7 days");
    let bad = cli(&["traders", "expiring", "--db", db_s, "--within", "soon"]);
    assert_eq!(bad.status.code(), Some(2), "a period that is not one is a usage error");

    let shown = cli(&["traders", "show", "--db", db_s, &carrier_id]);
    assert!(String::from_utf8(shown.stdout).unwrap().contains("Transportes del Norte"));
}

/// The demo draft made into a crossing; returns the database and the trip number.
fn db_with_crossing(dir: &Path) -> (std::path::PathBuf, String) {
    let db = seeded_db(dir);
    let mut ws = cruce_app::Workspace::open_existing(&db, std::sync::Arc::new(cruce_app::SystemClock), "ana".into()).unwrap();
    let draft = ws.list_drafts().unwrap().remove(0);
    let mut c = ws.crossing_from_drafts(&[draft.id]).unwrap();
    if c.trip_number.is_empty() {
        c.trip_number = "DEMO1".into();
    }
    let trip = c.trip_number.clone();
    ws.create_crossing(c).unwrap();
    (db, trip)
}

#[test]
fn crossings_from_the_command_line_list_show_record_and_import() {
    let dir = tempfile::tempdir().unwrap();
    let (db, trip) = db_with_crossing(dir.path());
    let db = db.to_str().unwrap();
    let out = cli(&["crossings", "list", "--db", db, "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let board: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(board["total"], 1);
    assert_eq!(board["groups"][0]["entries"][0]["row"]["tripNumber"], trip.as_str());

    let out = cli(&["crossings", "add-event", "--db", db, &trip, "mx-selection-green", "--note", "verde"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("mx-selection-green"));
    let out = cli(&["--es", "crossings", "add-event", "--db", db, &trip, "arrived-us-booth", "--at", "2099-01-01T10:00:00-06:00"]);
    assert_eq!(out.status.code(), Some(1), "an event still to come");
    assert!(String::from_utf8_lossy(&out.stdout).contains("todavía no llega"));
    let out = cli(&["crossings", "add-event", "--db", db, &trip, "ucp-joint-inspection", "--cbp", "released", "--mx", "released"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(cli(&["crossings", "add-event", "--db", db, &trip, "landed"]).status.code(), Some(1));
    assert_eq!(cli(&["crossings", "show", "--db", db, "NO-SUCH-TRIP"]).status.code(), Some(3));

    let csv = write(
        dir.path(),
        "events.csv",
        &format!("trip,event,at\n{trip},released,2020-01-01T10:00:00-06:00\nNOPE,released,2020-01-01 10:00\n"),
    );
    let out = cli(&["crossings", "import", "--db", db, csv.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "a row with a problem: nothing imported");
    assert!(String::from_utf8_lossy(&out.stdout).contains("line 3"));
    let out = cli(&["crossings", "import", "--db", db, csv.to_str().unwrap(), "--skip-invalid"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("imported 1 events, left out 1"));

    let out = cli(&["crossings", "show", "--db", db, &trip, "--json"]);
    let detail: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let kinds: Vec<&str> = detail["timeline"]["entries"].as_array().unwrap().iter().map(|e| e["event"]["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["released", "mxSelectionGreen", "ucpJointInspection"], "in the order they happened");
    assert_eq!(detail["timeline"]["entries"][0]["outOfOrder"], true, "a release before the border: kept, flagged");
}

#[test]
fn wait_times_are_fetched_from_the_address_given_and_a_failure_exits_three() {
    use std::io::{Read, Write};
    let sample = std::fs::read(
        std::env::var_os("CRUCE_SHARED_DATA")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
            .join("cbp-bwt/wsdot-currentBorderCrossings.json"),
    )
    .unwrap();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            let mut buf = [0u8; 2048];
            let n = s.read(&mut buf).unwrap_or(0);
            let answer = if String::from_utf8_lossy(&buf[..n]).starts_with("GET /bwt ") {
                let mut r = format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", sample.len()).into_bytes();
                r.extend_from_slice(&sample);
                r
            } else {
                b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec()
            };
            let _ = s.write_all(&answer);
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let db = seeded_db(dir.path());
    let url = format!("http://{addr}/bwt");
    let out = cli(&["waittimes", "fetch", "--url", &url, "--db", db.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let readings: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(readings.as_array().unwrap().len(), 24);
    let out = cli(&["waittimes", "fetch", "--url", &url]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("CBP's estimates"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("230404"));
    let out = cli(&["waittimes", "fetch", "--url", &format!("http://{addr}/down"), "--db", db.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("500"), "{}", String::from_utf8_lossy(&out.stderr));
    let ws = cruce_app::Workspace::open_existing(&db, std::sync::Arc::new(cruce_app::SystemClock), "ana".into()).unwrap();
    let w = ws.wait_times(&url).unwrap();
    assert_eq!(w.readings.len(), 24, "kept");
    assert!(w.last_try.is_some_and(|t| !t.ok), "the failure noted");
}

#[test]
fn lists_are_imported_and_shown_and_names_screened_one_or_a_batch_as_json_lines() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded_db(dir.path());
    let db = db.to_str().unwrap();
    let sdn = ["sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"].map(|f| shared_data(&format!("ofac-watchman/ofac-sdn-2021-07/{f}")));
    let mut args = vec!["lists", "import", "--db", db, "--kind", "ofac-sdn"];
    let paths: Vec<String> = sdn.iter().map(|p| p.to_str().unwrap().to_owned()).collect();
    args.extend(paths.iter().map(String::as_str));
    let out = cli(&args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("8976 entries"), "{}", String::from_utf8_lossy(&out.stdout));
    let sat = shared_data("sat-69b/Listado_Completo_69-B.csv");
    assert!(cli(&["lists", "import", "--db", db, "--kind", "sat-69b", sat.to_str().unwrap()]).status.success());
    // A list given as another kind is refused; nothing changes.
    let bad = cli(&["lists", "import", "--db", db, "--kind", "bis-dpl", sat.to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("has no column \"Name\""), "{}", String::from_utf8_lossy(&bad.stderr));
    let shown: serde_json::Value = serde_json::from_slice(&cli(&["lists", "show", "--db", db, "--json"]).stdout).unwrap();
    assert_eq!(shown["versions"].as_array().unwrap().len(), 2);
    assert!(shown["missing"].as_array().unwrap().iter().any(|k| k == "bis-dpl"));

    let one = cli(&["screen", "--db", db, "--name", "Ismael Sambada Garcia", "--country", "MX", "--json"]);
    assert_eq!(one.status.code(), Some(1), "a match exits 1");
    let line: serde_json::Value = serde_json::from_slice(&one.stdout).unwrap();
    let hit = &line["hits"][0];
    assert_eq!((hit["list"].as_str(), hit["entry"].as_str()), (Some("ofac-sdn"), Some("7226")));
    assert!(hit["score"].as_f64().unwrap() > 0.82 && hit["score"].as_f64().unwrap() <= 1.0);
    assert!(hit["explanation"]["words"].as_array().unwrap().iter().any(|w| w["query"] == "sambada" && w["list"] == "zambada"));

    let batch = dir.path().join("names.csv");
    std::fs::write(
        &batch,
        "id,name,rfc,country\nc1,Panadería La Espiga,,MX\nc2,Cliente,CNU130416UJ3,MX\nc3,\"ZAMBADA GARCIA, Ismael\",,MX\n",
    )
    .unwrap();
    let out = cli(&["screen", "--db", db, "--batch", batch.to_str().unwrap(), "--json"]);
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.iter().map(|l| l["id"].as_str().unwrap()).collect::<Vec<_>>(), ["c1", "c2", "c3"]);
    assert_eq!(lines[0]["hits"].as_array().unwrap().len(), 0);
    // CONSORCIO NUJOMA's RFC is on 69-B and in the remarks of an SDN entry: both, by identifier.
    let by_rfc: Vec<(&str, f64)> =
        lines[1]["hits"].as_array().unwrap().iter().map(|h| (h["list"].as_str().unwrap(), h["score"].as_f64().unwrap())).collect();
    assert!(by_rfc.contains(&("sat-69b", 1.0)) && by_rfc.contains(&("ofac-sdn", 1.0)), "{by_rfc:?}");
    assert_eq!(lines[2]["hits"][0]["entry"], "7226");
    let text = cli(&["screen", "--db", db, "--name", "Panadería La Espiga"]);
    assert_eq!(text.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&text.stdout).contains("no matches"));
}
