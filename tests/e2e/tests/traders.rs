//! The compliance officer's registry and the broker's FAST check, end to end in the real window:
//! a C-TPAT carrier and importer and a driver whose FAST card expires in 20 days are entered, the
//! alert shows; they are picked on a declaration, FAST eligibility is shown link by link, and the
//! finding appears when the crossing date moves past the card's expiry; after a restart
//! everything is there.

use chrono::{Days, Local};
use cruce_e2e::testid;

fn tempfile_dir(name: &str) -> std::path::PathBuf {
    let dir = cruce_e2e::screenshot_dir().join("runs").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Waits until the open record says it was saved at `revision`.
async fn saved(app: &cruce_e2e::App, revision: u32) {
    app.wait_for_text(&testid("trader-revision"), &format!("Revision {revision},")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fast_chain_is_registered_picked_checked_and_kept() {
    let run_dir = tempfile_dir("traders");
    let data_dir = run_dir.join("data");
    // The app judges on today's date where it runs: the card expires 20 days from now.
    let today = Local::now().date_naive();
    let card_expires = today + Days::new(20);
    let crossing_ok = today + Days::new(5);
    let crossing_late = today + Days::new(25);

    let driver = cruce_e2e::Driver::start(&data_dir);
    let app = driver.launch_app().await;
    app.find(&testid("draft-list")).await;
    app.click_sticky(&testid("nav-traders")).await;
    app.find(&testid("traders-area")).await;
    app.find(&testid("alerts-none")).await;

    // --- The carrier, C-TPAT as a Mexican highway carrier -------------------------------------
    app.click(&testid("tab-company")).await;
    app.click(&testid("new-trader")).await;
    app.type_into(&testid("tf-name"), "Transportes del Norte de Monterrey S.A. de C.V.").await;
    app.click(&testid("role-carrier")).await;
    app.type_into(&testid("tf-ids-scac"), "TRN").await;
    // A SCAC of three letters is refused at its field; nothing is stored.
    app.click(&testid("trader-save")).await;
    app.wait_for_text(&testid("trader-problems"), "Not saved").await;
    app.find("[data-testid=problem][data-path=\"ids.scac\"]").await;
    app.type_into(&testid("tf-ids-scac"), "M").await;
    app.click(&testid("add-membership")).await;
    app.select_label(&testid("membership-rubro"), "Mexican highway carrier").await;
    app.type_into(&testid("tf-memberships-0--certifiedOn"), "2023-03-14").await;
    app.type_into(&testid("tf-memberships-0--validatedOn"), "2024-02-20").await;
    app.click(&testid("trader-save")).await;
    saved(&app, 1).await;
    assert_eq!(app.attr(&testid("membership-standing"), "data-standing").await.as_deref(), Some("active"));
    app.wait_for_text(&testid("membership-due"), "Revalidation due").await;
    app.screenshot("30-traders-company-en").await;

    // --- The importer, C-TPAT Tier II -----------------------------------------------------------
    app.click(&testid("new-trader")).await;
    app.type_into(&testid("tf-name"), "Gulf Coast Auto Supply LLC").await;
    app.click(&testid("role-importer")).await;
    app.type_into(&testid("tf-ids-importerNumber"), "12-345678900").await;
    app.click(&testid("add-membership")).await;
    app.select_label(&testid("membership-rubro"), "Importer").await;
    app.select_label(&testid("membership-tier"), "II").await;
    app.type_into(&testid("tf-memberships-0--certifiedOn"), "2022-05-02").await;
    app.type_into(&testid("tf-memberships-0--validatedOn"), "2023-01-18").await;
    app.click(&testid("trader-save")).await;
    saved(&app, 1).await;
    app.wait_for_text(&testid("trader-count"), "2 of 2").await;

    // --- The driver, whose FAST card expires in 20 days ----------------------------------------
    app.click(&testid("tab-driver")).await;
    app.click(&testid("new-trader")).await;
    app.type_into(&testid("tf-name"), "José Luis Ramírez Treviño").await;
    app.select_label(&testid("tf-carrierId"), "Transportes del Norte de Monterrey S.A. de C.V.").await;
    app.type_into(&testid("tf-nationality"), "MX").await;
    app.type_into(&testid("tf-fastCard-passid"), "42900012345").await;
    app.type_into(&testid("tf-fastCard-expiresOn"), &card_expires.to_string()).await;
    app.click(&testid("trader-save")).await;
    saved(&app, 1).await;
    assert_eq!(app.attr(&testid("card-standing"), "data-standing").await.as_deref(), Some("active"));
    app.screenshot("31-traders-driver-en").await;

    // --- A tractor of the carrier -----------------------------------------------------------------
    app.click(&testid("tab-equipment")).await;
    app.click(&testid("new-trader")).await;
    app.type_into(&testid("tf-number"), "T-114").await;
    app.select_label(&testid("tf-carrierId"), "Transportes del Norte de Monterrey S.A. de C.V.").await;
    app.type_into(&testid("tf-plate"), "93AB7K").await;
    app.type_into(&testid("tf-plateState"), "NLE").await;
    app.type_into(&testid("tf-plateCountry"), "MX").await;
    app.type_into(&testid("tf-vin"), "1M8GDM9AXKP042788").await;
    app.click(&testid("trader-save")).await;
    saved(&app, 1).await;
    app.screenshot("37-traders-equipment-en").await;
    app.click(&testid("open-import")).await;
    app.find(&testid("import-panel")).await;
    app.select_label(&testid("import-carrier"), "Transportes del Norte de Monterrey S.A. de C.V.").await;
    app.screenshot("38-traders-import-en").await;

    // --- The alert ------------------------------------------------------------------------------
    app.click(&testid("tab-alerts")).await;
    app.wait_for_text(&testid("alerts-board"), "in 20 days").await;
    app.wait_for_text(&testid("alerts-board"), "FAST card expires").await;
    let alert = app.find("[data-testid=alert][data-band=\"30\"]").await.text().await.unwrap();
    assert!(alert.contains("José Luis Ramírez Treviño") && alert.contains("renew"), "{alert:?}");
    app.screenshot("32-traders-alerts-en").await;
    app.click_sticky(&testid("lang-es")).await;
    app.wait_for_text(&testid("alerts-board"), "en 20 días").await;
    app.wait_for_text(&testid("alerts-board"), "Vence la tarjeta FAST").await;
    app.screenshot("32-traders-alerts-es").await;
    app.click(&testid("tab-company")).await;
    app.type_into(&testid("traders-search"), "TRNM").await;
    app.wait_for_text(&testid("trader-count"), "1 de 1").await;
    app.click(&testid("trader-row")).await;
    app.wait_for_text(&testid("trader-panel"), "Transportes del Norte").await;
    app.wait_until("the standing is shown", || async {
        app.attr(&testid("membership-standing"), "data-standing").await.as_deref() == Some("active")
    })
    .await;
    app.screenshot("30-traders-company-es").await;
    app.click(&testid("tab-driver")).await;
    app.click(&testid("trader-row")).await;
    app.wait_for_text(&testid("trader-panel"), "José Luis").await;
    app.wait_until("the card is shown", || async {
        app.attr(&testid("card-standing"), "data-standing").await.as_deref() == Some("active")
    })
    .await;
    app.screenshot("31-traders-driver-es").await;
    app.click(&testid("tab-equipment")).await;
    app.click(&testid("trader-row")).await;
    app.wait_for_text(&testid("trader-panel"), "T-114").await;
    app.screenshot("37-traders-equipment-es").await;
    app.click(&testid("open-import")).await;
    app.wait_for_text(&testid("import-panel"), "Importar del archivo de un transportista").await;
    app.screenshot("38-traders-import-es").await;
    app.click_sticky(&testid("lang-en")).await;

    // --- Picked on the demo declaration ---------------------------------------------------------
    app.click_sticky(&testid("nav-declarations")).await;
    app.click(&format!("{} {}", testid("draft-row"), testid("draft-reference"))).await;
    app.find(&testid("field-date")).await;
    app.replace_text(&testid("field-date"), &crossing_ok.to_string()).await;
    app.wait_saved().await;
    app.click_sticky(&testid("show-trusted")).await;
    app.find(&testid("trusted-panel")).await;
    app.click(&testid("fast-lane")).await;
    for (role, words) in [("carrier", "TRNM"), ("importer", "gulf coast"), ("driver", "ramirez"), ("truck", "93-AB-7K")] {
        app.click(&testid(&format!("pick-{role}"))).await;
        app.type_into(&testid("pick-search"), words).await;
        app.wait_until(&format!("the {role} is found"), || async { app.find_all(&testid("pick-hit")).await.len() == 1 }).await;
        app.keys(cruce_e2e::ENTER).await;
        app.find(&testid(&format!("picked-{role}"))).await;
    }
    app.wait_saved().await;
    app.wait_until("the carrier qualifies", || async { outcome2(&app, "carrier").await.as_deref() == Some("qualifies") }).await;
    assert_eq!(outcome2(&app, "importer").await.as_deref(), Some("qualifies"));
    assert_eq!(outcome2(&app, "driver").await.as_deref(), Some("qualifies"));
    assert_eq!(outcome2(&app, "manufacturer").await.as_deref(), Some("unknown"), "the manufacturer is not in the registry");
    app.wait_for_text(&testid("fast-verdict"), "Does not qualify for FAST").await;
    app.screenshot("33-trusted-panel-en").await;

    // --- The crossing moves past the card's expiry ------------------------------------------------
    app.replace_text(&testid("field-date"), &crossing_late.to_string()).await;
    app.wait_saved().await;
    app.wait_until("the driver no longer qualifies", || async { outcome2(&app, "driver").await.as_deref() == Some("fails") }).await;
    app.wait_for_text("[data-testid=fast-link][data-link=driver]", &format!("expired on {card_expires}")).await;
    app.screenshot("34-trusted-card-expired-en").await;
    app.click_sticky(&testid("show-findings")).await;
    app.find("[data-testid=finding][data-code=\"fast.card_not_valid\"]").await;
    app.find("[data-testid=finding][data-code=\"fast.link_unconfirmed\"]").await;
    assert!(
        app.find_all("[data-testid=finding][data-code=required]").await.is_empty(),
        "picking a company with no address on file keeps the address the declaration has"
    );
    app.screenshot("35-findings-fast-en").await;
    app.click_sticky(&testid("lang-es")).await;
    app.wait_for_text("[data-testid=finding][data-code=\"fast.card_not_valid\"]", "Se indica el carril FAST").await;
    app.click_sticky(&testid("show-trusted")).await;
    app.wait_for_text(&testid("fast-verdict"), "No califica para FAST").await;
    app.screenshot("34-trusted-card-expired-es").await;
    app.quit().await;
    drop(driver);

    // --- After a restart everything is there -------------------------------------------------------
    let driver = cruce_e2e::Driver::start(&data_dir);
    let app = driver.launch_app().await;
    // The area in use is remembered; the start-up notice says what falls due.
    app.wait_for_text(&testid("due-notice"), "vencen en 30 días").await;
    app.screenshot("36-due-notice-es").await;
    app.click(&format!("{} {}", testid("draft-row"), testid("draft-reference"))).await;
    app.click_sticky(&testid("show-trusted")).await;
    assert_eq!(app.find(&testid("fast-lane")).await.prop("checked").await.unwrap().as_deref(), Some("true"));
    app.find(&testid("picked-carrier")).await;
    app.find(&testid("picked-truck")).await;
    app.wait_until("the driver still fails", || async { outcome2(&app, "driver").await.as_deref() == Some("fails") }).await;
    app.click(&testid("due-open")).await;
    app.find(&testid("alerts-board")).await;
    app.click(&testid("tab-company")).await;
    app.wait_for_text(&testid("trader-count"), "2 de 2").await;
    // Search by an identifier, without separators, from the keyboard.
    app.type_into(&testid("traders-search"), "12345678900").await;
    app.wait_for_text(&testid("trader-count"), "1 de 1").await;
    app.keys(cruce_e2e::ENTER).await;
    app.wait_for_text(&testid("trader-panel"), "Gulf Coast Auto Supply LLC").await;
    app.quit().await;
    drop(driver);
}

async fn outcome2(app: &cruce_e2e::App, link: &str) -> Option<String> {
    app.attr(&format!("[data-testid=fast-link][data-link={link}]"), "data-outcome").await
}
