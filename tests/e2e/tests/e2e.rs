//! The broker's first session, end to end in the real window: create a draft, edit it, switch to
//! Spanish, quit, start again on the same data, and find everything as it was left.

use cruce_e2e::{testid, Driver, CTRL, ENTER, RELEASE, TAB};

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
    app.wait_until("the new draft is saved", || async { app.attr(&testid("save-state"), "data-state").await.as_deref() == Some("saved") })
        .await;
    assert_eq!(app.value(&testid("field-zone")).await, "America/Chicago", "Laredo's zone was filled in");

    // --- Edit a field: it saves itself shortly after typing stops ----------------------------
    app.type_into(&testid("field-reference"), "-B").await;
    app.wait_for_text(&testid("editor-title"), "E2E-LRD-0001-B").await;
    app.wait_until("the edit is autosaved", || async { app.attr(&testid("save-state"), "data-state").await.as_deref() == Some("saved") })
        .await;
    app.screenshot("02-editor-en").await;

    // --- A bad value is refused with a message at the field, and is not saved ----------------
    app.type_into(&testid("field-time"), "9").await; // "07:459"
    app.wait_for_text(&testid("error-crossing"), "HH:MM").await;
    app.wait_until("the draft says the bad value is not saved", || async {
        app.attr(&testid("save-state"), "data-state").await.as_deref() == Some("invalid")
    })
    .await;

    // --- Spanish -----------------------------------------------------------------------------
    app.click_sticky(&testid("lang-es")).await;
    app.wait_for_text(&testid("editor-title"), "Declaración E2E-LRD-0001-B").await;
    app.wait_for_text(&testid("error-crossing"), "HH:MM en formato de 24 horas").await;
    app.wait_for_text(&testid("save-state"), "Sin guardar").await;
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
    app.wait_for_text(&testid("nav-declarations"), "Declaraciones").await;
    assert_eq!(app.attr(&testid("nav-declarations"), "aria-current").await.as_deref(), Some("page"), "the area in use is marked");
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
    app.find(&testid("restore-from-backup")).await;
    app.screenshot("05-database-error-en").await;
    app.click_sticky(&testid("lang-es")).await;
    app.wait_for_text(&testid("database-error"), "no ha modificado este archivo").await;
    app.screenshot("05-database-error-es").await;
    app.quit().await;
    drop(driver);
    assert_eq!(std::fs::read(data_dir.join("cruce.db")).unwrap(), garbage);
}

/// A broker's working session: a declaration with three lines typed from the keyboard, the
/// validation findings it raises, one followed to its field and fixed, an earlier revision
/// restored, and all of it found again after a restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_declaration_typed_from_the_keyboard_is_validated_fixed_restored_and_kept() {
    let run_dir = tempfile_dir("workspace");
    let data_dir = run_dir.join("data");
    let driver = Driver::start(&data_dir);
    let app = driver.launch_app().await;
    app.find(&testid("draft-list")).await;

    // The name recorded on revisions, set once from the Database menu.
    app.click(&testid("database-menu")).await;
    app.click(&testid("menu-author")).await;
    app.type_into(&testid("author-name"), "Ana Ramírez").await;
    app.click(&testid("author-save")).await;
    app.wait_for_text(&testid("app-notice"), "recorded as Ana Ramírez").await;

    app.click(&testid("new-draft")).await;
    app.type_into(&testid("field-reference"), "E2E-KBD-0003").await;
    app.find(&testid("field-port")).await.select_by_value("2304").await.expect("choose Laredo");
    app.click(&testid("save")).await;
    app.find(&testid("tab-parties")).await;
    app.wait_saved().await;

    // Parties: a Mexican exporter with an RFC whose check digit is wrong.
    app.click_sticky(&testid("tab-parties")).await;
    app.type_into(&testid("field-parties.exporter.name"), "<b>Frenos</b> del Norte <script>window.hacked = 1</script>").await;
    app.type_into(&testid("field-parties.mexicanParty.name"), "Frenos del Norte SA de CV").await;
    app.type_into(&testid("field-parties.mexicanParty.rfc"), "FNO930714KP3").await;
    app.wait_saved().await;
    app.screenshot("06-parties-en").await;

    // Invoice.
    app.click_sticky(&testid("tab-commercial")).await;
    app.click(&testid("add-commercial.invoices")).await;
    app.type_into(&testid("field-commercial.invoices[0].number"), "INV-77").await;
    app.type_into(&testid("field-commercial.invoices[0].total"), "300.00").await;
    app.wait_saved().await;

    // Three lines from the keyboard: Tab across, Ctrl+Enter for the next line.
    app.click_sticky(&testid("tab-lines")).await;
    app.click(&testid("add-line")).await;
    app.wait_until("the first line has the cursor", || async { app.focused_path().await.as_deref() == Some("lines[0].description") }).await;
    let line = |d: &str, hts: &str, fraccion: &str| format!("{d}{TAB}{hts}{TAB}{fraccion}{TAB}00");
    app.keys(&line("Brake pads", "8708305090", "87083099")).await;
    app.keys(&format!("{CTRL}{ENTER}{RELEASE}")).await;
    app.keys(&line("Brake rotors", "8708.30", "87083099")).await; // an HTS too short
    app.keys(&format!("{CTRL}{ENTER}{RELEASE}")).await;
    app.keys(&line("Brake shoes", "8708305040", "87083099")).await;
    for (row, value) in ["100", "120.5", "79.50"].iter().enumerate() {
        app.type_in_cell(&format!("lines[{row}].value"), value).await;
    }
    app.wait_for_text(&testid("total-value"), "300.00").await;
    app.wait_for_text(&testid("invoice-totals"), "lines 300.00 of 300.00 USD").await;
    app.wait_saved().await;
    assert_eq!(app.cell_text("lines[2].description").await, "Brake shoes");
    assert_eq!(app.cell_text("lines[1].invoiceNumber").await, "INV-77", "new lines take the only invoice");
    app.screenshot("07-lines-en").await;

    // The findings: blocking errors are counted; the bad HTS is one, and it takes us to its cell.
    app.wait_until("validation has run on the saved lines", || async {
        !app.find_all("[data-testid=finding][data-path=\"lines[1].hts\"]").await.is_empty()
    })
    .await;
    let errors: u32 = app.attr(&testid("error-count"), "data-errors").await.unwrap().parse().unwrap();
    assert!(errors >= 2, "the RFC and the HTS at least: {errors}");
    app.click("[data-testid=finding][data-path=\"lines[1].hts\"]").await;
    app.wait_until("the HTS cell of line 2 has the cursor", || async { app.focused_path().await.as_deref() == Some("lines[1].hts") }).await;
    app.keys("8708305020").await; // following a finding selects the cell's text
    assert_eq!(app.cell_text("lines[1].hts").await, "8708305020");
    app.wait_saved().await;
    app.wait_until("the HTS finding is gone", || async {
        app.find_all("[data-testid=finding][data-path=\"lines[1].hts\"]").await.is_empty()
    })
    .await;
    app.click("[data-testid=finding][data-path=\"parties.mexicanParty.rfc\"]").await;
    app.wait_until("the RFC field has the cursor", || async { app.focused_path().await.as_deref() == Some("parties.mexicanParty.rfc") })
        .await;
    app.screenshot("08-finding-followed-en").await;

    // Spanish and back.
    app.click_sticky(&testid("lang-es")).await;
    app.wait_for_text(&testid("tab-lines"), "Partidas (3)").await;
    app.click_sticky(&testid("tab-lines")).await;
    app.wait_for_text(&testid("line-totals"), "Totales").await;
    app.screenshot("09-lines-es").await;
    app.click_sticky(&testid("lang-en")).await;
    app.wait_for_text(&testid("tab-lines"), "Lines (3)").await;

    // History: restore the revision before the lines were added (the one with the invoice only).
    app.click_sticky(&testid("show-history")).await;
    app.find(&testid("history-panel")).await;
    app.wait_for_text(&testid("history-panel"), "Ana Ramírez").await;
    let revisions = app.find_all("[data-testid^=revision-]").await.len();
    assert!(revisions >= 5, "every autosave is a revision: {revisions}");
    // The revision just before the first one that added lines.
    let before_lines = app
        .client
        .execute(
            "const rs = [...document.querySelectorAll('[data-testid^=revision-]')]\
               .map(b => [Number(b.dataset.testid.slice(9)), b.textContent]);\
             const first = Math.min(...rs.filter(([, s]) => s.includes('Line ')).map(([n]) => n));\
             return 'revision-' + (first - 1);",
            vec![],
        )
        .await
        .unwrap();
    let with_invoice = before_lines.as_str().expect("a revision before the lines").to_owned();
    app.click(&testid(&with_invoice)).await;
    app.find(&testid("revision-compare")).await;
    app.wait_for_text(&testid("revision-compare"), "Line 1 · Description").await;
    app.wait_for_text(&testid("revision-compare"), "none").await; // no lines then, said in words
    assert!(!app.text(&testid("revision-compare")).await.contains("[]"), "no raw empty list");
    app.screenshot("10-history-en").await;
    app.click(&testid("restore-revision")).await;
    app.wait_for_text(&testid("tab-lines"), "Lines (0)").await;
    app.wait_saved().await;
    app.wait_for_text(&testid("history-panel"), "Restored revision").await;
    app.click_sticky(&testid("lang-es")).await;
    app.wait_for_text(&testid("history-panel"), "Historial").await;
    app.screenshot("11-history-es").await;

    // Both governments' views side by side; a value takes us to the field it comes from.
    app.click_sticky(&testid("tab-views")).await;
    app.wait_for_text(&testid("mx-view"), "Anexo 22 campo 1").await;
    app.screenshot("12-views-es").await;
    app.click_sticky(&testid("lang-en")).await;
    app.wait_for_text(&testid("us-view"), "CBP").await;
    app.screenshot("13-views-en").await;
    app.click("[data-testid=view-value][data-source=\"parties.mexicanParty.rfc\"]").await;
    app.wait_until("the RFC field has the cursor", || async { app.focused_path().await.as_deref() == Some("parties.mexicanParty.rfc") })
        .await;
    assert_eq!(app.value(&testid("field-parties.exporter.name")).await, "<b>Frenos</b> del Norte <script>window.hacked = 1</script>");
    let hacked = app
        .client
        .execute("return window.hacked === undefined && document.querySelectorAll('b, script:not([src])').length;", vec![])
        .await
        .unwrap();
    assert_eq!(hacked, serde_json::json!(0), "typed markup is text: nothing ran, no element was made");
    app.click_sticky(&testid("lang-es")).await;
    app.wait_for_text(&testid("tab-parties"), "Partes").await;
    app.screenshot("14-parties-es").await;
    app.click_sticky(&testid("lang-en")).await;

    // The list: search, duplicate, delete with undo.
    app.click_sticky(&testid("back-to-list")).await;
    app.type_into(&testid("list-search"), "frenos").await;
    app.wait_for_text(&testid("draft-count"), "1 declaration").await;
    assert!(app.text(&testid("draft-row")).await.contains("E2E-KBD-0003"), "found by the exporter's name");
    app.click(&format!("{} {}", testid("draft-row"), testid("duplicate"))).await;
    app.wait_for_text(&testid("editor-title"), "Copy of E2E-KBD-0003").await;
    app.click_sticky(&testid("back-to-list")).await;
    app.wait_for_text(&testid("draft-count"), "2 declarations").await; // the search is kept
    app.screenshot("15-list-search-en").await;
    let first = app.find_all(&testid("draft-row")).await;
    assert!(first[0].text().await.unwrap().contains("Copy of E2E-KBD-0003"), "newest first");
    // Keyboard: focus the first row, Delete deletes it, Undo brings it back.
    app.click(&format!("{} {}", testid("draft-row"), testid("draft-reference"))).await;
    app.wait_for_text(&testid("editor-title"), "Copy of").await;
    app.click_sticky(&testid("back-to-list")).await;
    app.wait_for_text(&testid("draft-count"), "2 declarations").await;
    app.client.execute("document.querySelector('[data-testid=draft-row]').focus(); return true;", vec![]).await.unwrap();
    app.keys("\u{E017}").await; // Delete
    app.wait_for_text(&testid("undo-delete"), "Copy of E2E-KBD-0003").await;
    app.wait_for_text(&testid("draft-count"), "1 declaration").await;
    app.click_sticky(&testid("lang-es")).await;
    app.wait_for_text(&testid("undo-delete"), "Se eliminó").await;
    app.wait_for_text(&testid("app-notice"), "a nombre de Ana Ramírez").await; // notices follow the language
    app.screenshot("16-list-undo-es").await;
    app.click(&testid("undo")).await;
    app.wait_for_text(&testid("draft-count"), "2 declaraciones").await;
    app.click_sticky(&testid("lang-en")).await;
    // A column header orders the list; a second click runs the order backwards.
    let first_reference = || async { app.find_all(&testid("draft-reference")).await[0].text().await.unwrap() };
    app.click_sticky(&testid("sort-reference")).await;
    app.wait_until("the list is ordered A to Z", || async { first_reference().await == "Copy of E2E-KBD-0003" }).await;
    app.click_sticky(&testid("sort-reference")).await;
    app.wait_until("the list is ordered Z to A", || async { first_reference().await == "E2E-KBD-0003" }).await;
    assert_eq!(app.attr(&testid("sort-reference"), "data-direction").await.as_deref(), Some("descending"));
    assert_eq!(app.value(&testid("list-sort")).await, "reference-reversed");
    app.screenshot("16b-list-reversed-en").await;
    app.quit().await;
    drop(driver);

    // Restart: the restored content is what is stored.
    let driver = Driver::start(&data_dir);
    let app = driver.launch_app().await;
    app.click(&format!("{} {}", testid("draft-row"), testid("draft-reference"))).await;
    app.wait_for_text(&testid("editor-title"), "E2E-KBD-0003").await;
    app.wait_for_text(&testid("tab-lines"), "Lines (0)").await;
    app.click_sticky(&testid("tab-commercial")).await;
    assert_eq!(app.value(&testid("field-commercial.invoices[0].number")).await, "INV-77");
    app.click_sticky(&testid("tab-parties")).await;
    assert_eq!(app.value(&testid("field-parties.mexicanParty.rfc")).await, "FNO930714KP3");
    app.quit().await;
    drop(driver);
}

/// An edit typed just before the window is closed is saved, not lost: the close waits for it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn closing_the_window_right_after_typing_keeps_the_edit() {
    let run_dir = tempfile_dir("close");
    let data_dir = run_dir.join("data");
    let driver = Driver::start(&data_dir);
    let app = driver.launch_app().await;
    app.click(&format!("{} {}", testid("draft-row"), testid("draft-reference"))).await;
    app.find(&testid("field-reference")).await;
    app.wait_saved().await;
    app.type_into(&testid("field-reference"), "-CLOSED").await;
    assert_eq!(app.attr(&testid("save-state"), "data-state").await.as_deref(), Some("pending"), "not saved yet");
    app.close_window().await;
    drop(driver);

    let driver = Driver::start(&data_dir);
    let app = driver.launch_app().await;
    app.wait_for_text(&testid("draft-row"), "-CLOSED").await;
    app.quit().await;
    drop(driver);
}

/// Someone else saves the draft open in the editor; the user's edit then conflicts. Leaving the
/// editor keeps both: theirs stays as it was, the user's becomes a new draft, and a notice says so.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_edit_in_conflict_is_kept_as_a_copy_when_leaving_the_editor() {
    use cruce_store::Store;

    let run_dir = tempfile_dir("conflict");
    let data_dir = run_dir.join("data");
    let driver = Driver::start(&data_dir);
    let app = driver.launch_app().await;
    let id = app.attr(&testid("draft-row"), "data-id").await.expect("the demo draft has an id");
    app.click(&format!("{} {}", testid("draft-row"), testid("draft-reference"))).await;
    app.find(&testid("field-reference")).await;
    app.wait_saved().await;
    let reference = app.value(&testid("field-reference")).await;

    // The other writer: a second connection to the same database file saves a new revision.
    let mut other = Store::open_existing(&data_dir.join("cruce.db")).expect("a second writer opens the database");
    let theirs = other.get_draft(&id).expect("the draft is there");
    let mut changed = theirs.declaration.clone();
    changed.parties.carrier.name = "Changed by a colleague".into();
    other.save_draft(&id, &changed, theirs.revision, "colleague", chrono::Utc::now()).expect("their save");

    app.type_into(&testid("field-reference"), "-MINE").await;
    app.wait_until("the user's save meets the other revision", || async {
        app.attr(&testid("save-state"), "data-state").await.as_deref() == Some("conflict")
    })
    .await;
    app.find(&testid("conflict-reload")).await;
    app.screenshot("19-conflict-en").await;

    app.click(&testid("back-to-list")).await;
    let copy = format!("{reference}-MINE (your version)");
    app.wait_for_text(&testid("app-notice"), &copy).await;
    let notice = app.text(&testid("app-notice")).await;
    assert!(notice.contains(&format!("Someone else saved {reference} while")), "the notice names their draft as listed: {notice:?}");
    app.wait_for_text(&testid("draft-count"), "2 declarations").await;
    let listed: Vec<String> = {
        let mut texts = Vec::new();
        for row in app.find_all(&testid("draft-reference")).await {
            texts.push(row.text().await.unwrap());
        }
        texts
    };
    assert!(listed.contains(&copy) && listed.contains(&reference), "both versions are listed: {listed:?}");
    app.screenshot("20-conflict-kept-en").await;

    // What is stored: their revision untouched, the user's edit in the copy.
    let stored = other.get_draft(&id).unwrap();
    assert_eq!(
        (stored.revision, stored.declaration.reference.as_str()),
        (theirs.revision + 1, reference.as_str()),
        "theirs is not overwritten"
    );
    assert_eq!(stored.declaration.parties.carrier.name, "Changed by a colleague");
    let kept = other.list_drafts().unwrap().into_iter().find(|d| d.reference == copy).expect("the copy is stored");
    let kept = other.get_draft(&kept.id).unwrap();
    assert_eq!(
        kept.declaration.parties.carrier.name, theirs.declaration.parties.carrier.name,
        "the copy is the user's version, not theirs"
    );
    assert_eq!(kept.declaration.lines.len(), theirs.declaration.lines.len(), "with all its lines");
    app.quit().await;
    drop(driver);
}

/// A southbound load: the regime section asks for the U.S. export's EEI instead of a U.S. entry;
/// a malformed ITN is refused at its field; a plant product asks for its phytosanitary
/// certificate, which the broker links in the documents section; the views show the proof of
/// filing; and what is stored is what was typed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_southbound_export_is_checked_for_its_eei_and_its_linked_documents() {
    use cruce_store::Store;

    let run_dir = tempfile_dir("southbound");
    let data_dir = run_dir.join("data");
    let driver = Driver::start(&data_dir);
    let app = driver.launch_app().await;
    app.click(&testid("new-draft")).await;
    app.type_into(&testid("field-reference"), "E2E-SB-0042").await;
    app.click(&testid("direction-southbound")).await;
    app.find(&testid("field-port")).await.select_by_value("2304").await.expect("choose Laredo");
    app.type_into(&testid("field-date"), "2026-12-04").await;
    app.type_into(&testid("field-time"), "10:00").await;
    app.click(&testid("save")).await;
    app.find(&testid("tab-regime")).await;
    app.wait_saved().await;

    // The regime: the EEI of the U.S. export, not a U.S. entry; a bad ITN is found at its field.
    app.click_sticky(&testid("tab-regime")).await;
    app.find(&testid("field-regime.usExport.itn")).await;
    assert!(app.find_all(&testid("field-regime.usEntryType")).await.is_empty(), "no U.S. entry going south");
    app.type_into(&testid("field-regime.clavePedimento"), "a1").await;
    app.type_into(&testid("field-regime.regimen"), "imd").await;
    app.type_into(&testid("field-regime.usExport.itn"), "X20261304123456").await;
    app.wait_saved().await;
    app.wait_until("the ITN is found malformed", || async {
        !app.find_all("[data-testid=finding][data-path=\"regime.usExport.itn\"]").await.is_empty()
    })
    .await;
    app.wait_for_text(&testid("findings-panel"), "An ITN is X followed by").await;
    app.screenshot("21-regime-southbound-en").await;
    app.click(&testid("field-regime.usExport.itn")).await;
    // Select all, then type over it (two calls: within one, WebKitWebDriver keeps Ctrl held and
    // the X would cut the selection).
    app.keys(&format!("{CTRL}a{RELEASE}")).await;
    app.keys("X20261203504417").await;
    app.wait_saved().await;
    app.wait_until("the ITN finding is gone", || async {
        app.find_all("[data-testid=finding][data-path=\"regime.usExport.itn\"]").await.is_empty()
    })
    .await;

    // A line of apples: Mexico asks for the USDA phytosanitary certificate.
    app.click_sticky(&testid("tab-lines")).await;
    app.click(&testid("add-line")).await;
    app.wait_until("the first line has the cursor", || async { app.focused_path().await.as_deref() == Some("lines[0].description") }).await;
    app.keys(&format!("Fresh apples, Gala{TAB}0808100065{TAB}08081001{TAB}00")).await;
    app.wait_saved().await;
    app.wait_until("the certificate is asked for", || async {
        !app.find_all("[data-testid=finding][data-path=\"documents\"]").await.is_empty()
    })
    .await;
    app.type_in_cell("lines[0].metal.meltPour", "us").await;
    app.keys(TAB).await;
    app.wait_until("the cursor moved to primary smelt", || async {
        app.focused_path().await.as_deref() == Some("lines[0].metal.primarySmelt")
    })
    .await;
    assert_eq!(app.cell_text("lines[0].metal.meltPour").await, "US", "codes are stored in capitals");
    app.screenshot("22-lines-new-columns-en").await;

    // Following the finding opens the documents section; the broker links the certificate.
    app.click("[data-testid=finding][data-path=\"documents\"]").await;
    app.find(&testid("add-documents")).await;
    app.click(&testid("add-documents")).await;
    app.find(&testid("field-documents[0].kind")).await.select_by_value("usda_phyto").await.expect("choose the USDA certificate");
    app.type_into(&testid("field-documents[0].number"), "ppq577-2026-118834").await;
    app.type_into(&testid("field-documents[0].issued"), "2026-12-03 15:30").await;
    app.wait_saved().await;
    app.wait_until("the certificate finding is gone", || async {
        app.find_all("[data-testid=finding][data-path=\"documents\"]").await.is_empty()
    })
    .await;
    app.screenshot("23-documents-en").await;
    app.click_sticky(&testid("lang-es")).await;
    app.wait_for_text(&testid("tab-documents"), "Documentos").await;
    app.find(&testid("field-documents[0].kind")).await;
    app.wait_for_text("label[for=\"f-documents_0__kind\"]", "Tipo de documento").await;
    app.screenshot("23-documents-es").await;
    app.click_sticky(&testid("tab-regime")).await;
    app.wait_for_text("#panel", "X + fecha + 6 dígitos").await;
    app.screenshot("21-regime-southbound-es").await;

    // The U.S. view shows the EEI with its proof of filing.
    app.click_sticky(&testid("lang-en")).await;
    app.click_sticky(&testid("tab-views")).await;
    app.wait_for_text(&testid("us-view"), "AES X20261203504417").await;
    app.wait_for_text(&testid("mx-view"), "IMP").await;
    app.screenshot("24-views-southbound-en").await;
    app.quit().await;
    drop(driver);

    let store = Store::open_existing(&data_dir.join("cruce.db")).expect("the database opens");
    let listed = store.list_drafts().unwrap().into_iter().find(|d| d.reference == "E2E-SB-0042").expect("the draft is stored");
    let d = store.get_draft(&listed.id).unwrap().declaration;
    assert_eq!(d.regime.us_export.itn, "X20261203504417");
    assert_eq!((d.regime.clave_pedimento.as_str(), d.regime.regimen.as_str()), ("A1", "IMD"));
    assert_eq!(d.lines[0].metal.melt_pour, "US");
    assert_eq!(d.documents.len(), 1);
    assert_eq!((d.documents[0].kind.as_str(), d.documents[0].number.as_str()), ("usda_phyto", "PPQ577-2026-118834"));
    let issued = d.documents[0].issued.as_ref().expect("the time is stored");
    assert_eq!((issued.local.to_string().as_str(), issued.zone.as_str()), ("2026-12-03 15:30:00", "America/Chicago"));
}

/// The shared data folder (`CRUCE_SHARED_DATA`, by default `../shared/data` beside the repository).
fn shared_data(path: &str) -> std::path::PathBuf {
    let dir = std::env::var_os("CRUCE_SHARED_DATA")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| cruce_e2e::repo_root().join("../shared/data"));
    let file = dir.join(path);
    assert!(file.is_file(), "{} is missing: set CRUCE_SHARED_DATA to the shared data folder", file.display());
    file
}

/// Without schedules the editor says so once and leads to Reference data; with the published HTS
/// and SAT catalogs imported, the area lists them, the banner is gone, and F4 on a line's HTS
/// cell looks a number up by its words and writes it with its unit.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schedules_are_asked_for_listed_and_looked_up_from_the_grid() {
    let run_dir = tempfile_dir("schedules");
    let data_dir = run_dir.join("data");
    let driver = Driver::start(&data_dir);
    let app = driver.launch_app().await;
    app.click(&format!("{} {}", testid("draft-row"), testid("draft-reference"))).await;
    app.find(&testid("schedules-missing")).await;
    app.wait_for_text(&testid("schedules-missing"), "checked for their format only").await;
    app.screenshot("25-schedules-missing-en").await;
    app.click(&testid("import-schedules")).await;
    app.find(&testid("reference-area")).await;
    app.wait_for_text(&testid("schedule-none-hts-usitc"), "Not imported yet.").await;
    app.quit().await;
    drop(driver);

    // Imported as the app imports a file the user picks (the native file dialog is the OS's).
    {
        let mut ws =
            cruce_app::Workspace::open(&data_dir.join("cruce.db"), std::sync::Arc::new(cruce_app::SystemClock), "Ana Ramírez".into())
                .unwrap();
        let options = cruce_app::schedules::ImportOptions::default();
        ws.import_schedule_file(
            cruce_core::tariff::ScheduleKind::HtsUsitc,
            &shared_data("hts-usitc/hts_2026_revision_3_csv.csv"),
            &options,
        )
        .unwrap();
        ws.import_schedule_file(
            cruce_core::tariff::ScheduleKind::SatFracciones,
            &shared_data("sat-catalogs/phpcfdi-csv/cce_20_fracciones_arancelarias.csv"),
            &options,
        )
        .unwrap();
    }

    let driver = Driver::start(&data_dir);
    let app = driver.launch_app().await;
    app.wait_for_text(&testid("reference-area"), "HTS 2026 Revision 3").await; // the area in use is remembered
    app.wait_for_text(&testid("schedule-hts-usitc"), "35,722 lines").await;
    app.wait_for_text(&testid("schedule-sat-fracciones"), "11,519 lines").await;
    app.screenshot("26-reference-en").await;
    app.click_sticky(&testid("lang-es")).await;
    app.wait_for_text(&testid("schedule-hts-usitc"), "35,722 líneas").await;
    app.screenshot("26-reference-es").await;
    app.click_sticky(&testid("lang-en")).await;

    app.click_sticky(&testid("nav-declarations")).await;
    app.click(&format!("{} {}", testid("draft-row"), testid("draft-reference"))).await;
    app.find(&testid("tab-lines")).await;
    assert!(app.find_all(&testid("schedules-missing")).await.is_empty(), "with the schedules in, nothing is said");
    app.click_sticky(&testid("tab-lines")).await;
    app.type_in_cell("lines[0].hts", "brake lin").await;
    app.keys("\u{E034}").await; // F4
    app.find(&testid("tariff-lookup")).await;
    app.wait_until("the lookup found the brake linings", || async {
        !app.find_all("[data-testid=lookup-hit][data-number=\"8708.30.5040\"]").await.is_empty()
    })
    .await;
    app.screenshot("27-lookup-en").await;
    // Choose the mounted brake linings with the arrows, then Enter.
    let numbers = app
        .client
        .execute("return [...document.querySelectorAll('[data-testid=lookup-hit]')].map(h => h.dataset.number);", vec![])
        .await
        .unwrap();
    let position = numbers.as_array().unwrap().iter().position(|n| n == "8708.30.5040").unwrap();
    for _ in 0..position {
        app.keys("\u{E015}").await; // ArrowDown
    }
    app.keys(ENTER).await;
    app.wait_until("the lookup closed on the cell", || async { app.focused_path().await.as_deref() == Some("lines[0].hts") }).await;
    assert_eq!(app.cell_text("lines[0].hts").await, "8708.30.5040");
    assert_eq!(app.cell_text("lines[0].usUnit").await, "NO");
    app.wait_saved().await;
    app.quit().await;
    drop(driver);
}

/// A fresh folder for one test under target/e2e/runs, removed first if an earlier run left it.
fn tempfile_dir(name: &str) -> std::path::PathBuf {
    let dir = cruce_e2e::screenshot_dir().join("runs").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
