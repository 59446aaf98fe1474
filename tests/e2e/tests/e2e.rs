//! The broker's first session, end to end in the real window: create a draft, edit it, switch to
//! Spanish, quit, start again on the same data, and find everything as it was left.

use cruce_e2e::{testid, Driver};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_survives_a_restart_and_the_language_is_remembered() {
    let run_dir = tempfile_dir("restart");
    let data_dir = run_dir.join("data");

    // --- First start: a new database with the demo draft ------------------------------------
    let driver = Driver::start(&data_dir);
    let app = driver.launch_app().await;
    app.find(&testid("draft-list")).await;
    app.wait_for_text(&testid("draft-count"), "1 declaration").await;
    let demo = app.text(&testid("draft-row")).await;
    assert!(demo.contains("DEMO") && demo.contains("Demo"), "the demo draft is labelled: {demo:?}");
    assert!(data_dir.join("cruce.db").is_file(), "the database is in the data folder");
    app.screenshot("01-list-en").await;

    // --- Create a draft from the keyboard and mouse -----------------------------------------
    app.click(&testid("new-draft")).await;
    app.type_into(&testid("field-reference"), "E2E-LRD-0001").await;
    app.click(&testid("direction-northbound")).await;
    app.find(&testid("field-port")).await.select_by_value("2304").await.expect("choose Laredo");
    app.type_into(&testid("field-date"), "2026-12-02").await;
    app.type_into(&testid("field-time"), "07:45").await;
    app.click(&testid("save")).await;
    app.wait_until("the new draft is saved", || async {
        app.attr(&testid("save-state"), "data-state").await.as_deref() == Some("saved")
    })
    .await;
    assert_eq!(app.value(&testid("field-zone")).await, "America/Chicago", "Laredo's zone was filled in");

    // --- Edit a field and save ---------------------------------------------------------------
    app.type_into(&testid("field-reference"), "-B").await;
    app.wait_until("the edit shows as unsaved", || async {
        app.attr(&testid("save-state"), "data-state").await.as_deref() == Some("unsaved")
    })
    .await;
    app.click(&testid("save")).await;
    app.wait_for_text(&testid("editor-title"), "E2E-LRD-0001-B").await;
    app.wait_until("the edit is saved", || async {
        app.attr(&testid("save-state"), "data-state").await.as_deref() == Some("saved")
    })
    .await;
    app.screenshot("02-editor-en").await;

    // --- A bad value is refused with a message at the field, and nothing is saved -------------
    app.type_into(&testid("field-time"), "9").await; // "07:459"
    app.click(&testid("save")).await;
    app.wait_for_text(&testid("error-crossing"), "HH:MM").await;

    // --- Spanish -----------------------------------------------------------------------------
    app.click(&testid("lang-es")).await;
    app.wait_for_text(&testid("editor-title"), "Declaración E2E-LRD-0001-B").await;
    app.wait_for_text(&testid("error-crossing"), "HH:MM en formato de 24 horas").await;
    app.wait_for_text(&testid("save-state"), "Cambios sin guardar").await;
    app.screenshot("03-editor-es").await;
    app.click(&testid("back-to-list")).await;
    app.wait_for_text(&testid("draft-count"), "2 declaraciones").await;
    app.screenshot("04-list-es").await;
    app.quit().await;
    drop(driver);

    // --- Second start on the same data ----------------------------------------------------
    let driver = Driver::start(&data_dir);
    let app = driver.launch_app().await;
    app.wait_for_text(&testid("draft-count"), "2 declaraciones").await; // Spanish remembered
    let rows = app.find_all(&testid("draft-row")).await;
    let first = rows[0].text().await.unwrap();
    assert!(first.contains("E2E-LRD-0001-B"), "the edited draft is listed first: {first:?}");
    assert!(first.contains("2304 Laredo"), "with its port: {first:?}");
    // WebKitWebDriver cannot click a <tr> itself; click the reference inside it, as a user would.
    app.click(&format!("{} {}", testid("draft-row"), testid("draft-reference"))).await;
    app.wait_for_text(&testid("editor-title"), "E2E-LRD-0001-B").await;
    assert_eq!(app.value(&testid("field-reference")).await, "E2E-LRD-0001-B");
    assert_eq!(app.value(&testid("field-port")).await, "2304");
    assert_eq!(app.value(&testid("field-date")).await, "2026-12-02");
    assert_eq!(app.value(&testid("field-time")).await, "07:45", "the refused edit was not saved");
    app.quit().await;
    drop(driver);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_that_cannot_be_opened_is_explained_not_overwritten() {
    let run_dir = tempfile_dir("unreadable");
    let data_dir = run_dir.join("data");
    std::fs::create_dir_all(&data_dir).unwrap();
    let garbage = b"this is not a SQLite database".repeat(64);
    std::fs::write(data_dir.join("cruce.db"), &garbage).unwrap();

    let driver = Driver::start(&data_dir);
    let app = driver.launch_app().await;
    app.find(&testid("database-error")).await;
    assert_eq!(app.attr(&testid("database-error"), "data-code").await.as_deref(), Some("database_unreadable"));
    app.wait_for_text(&testid("database-error"), "has not changed this file").await;
    app.click(&testid("lang-es")).await;
    app.wait_for_text(&testid("database-error"), "no ha modificado este archivo").await;
    app.screenshot("05-database-error-es").await;
    app.quit().await;
    drop(driver);
    assert_eq!(std::fs::read(data_dir.join("cruce.db")).unwrap(), garbage);
}

/// A fresh folder for one test under target/e2e/runs, removed first if an earlier run left it.
fn tempfile_dir(name: &str) -> std::path::PathBuf {
    let dir = cruce_e2e::screenshot_dir().join("runs").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
