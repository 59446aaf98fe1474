//! The trusted-trader registry's use cases on real SQLite files: records saved and refused, the
//! carrier's CSV import from preview to accept, alerts, a declaration's FAST eligibility and its
//! findings following the registry, and everything found again after reopening.

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use cruce_app::traders::TraderQuery;
use cruce_app::{Clock, Error, Workspace};
use cruce_core::sample;
use cruce_core::trader::eligibility::{FastLink, LinkOutcome};
use cruce_core::trader::*;
use cruce_core::trader_entry::csv::ImportKind;

struct Fixed(DateTime<Utc>);

impl Clock for Fixed {
    fn now(&self) -> DateTime<Utc> {
        self.0
    }
}

fn open(dir: &Path) -> Workspace {
    let clock = Arc::new(Fixed(Utc.with_ymd_and_hms(2026, 12, 1, 18, 0, 0).unwrap()));
    Workspace::open(&dir.join("cruce.db"), clock, "ana".into()).expect("the workspace opens")
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The sample registry's companies saved through the workspace; returns (carrier, importer,
/// manufacturer) ids.
fn save_companies(ws: &mut Workspace) -> (String, String, String) {
    let registry = sample::trusted_registry();
    let mut ids = Vec::new();
    for c in registry.companies() {
        let mut record = c.record.clone();
        for m in &mut record.memberships {
            m.id.clear();
            m.entered_by.clear();
            m.entered_at = None;
        }
        ids.push(ws.save_trader(None, 0, TraderRecord::Company(record)).unwrap().stored.id);
    }
    (ids[0].clone(), ids[1].clone(), ids[2].clone())
}

fn driver(carrier: &str, expires: &str) -> TraderRecord {
    let mut d = sample::trusted_registry().drivers()[0].record.clone();
    d.carrier_id = carrier.into();
    d.fast_card.as_mut().unwrap().expires_on = Some(day(expires));
    TraderRecord::Driver(d)
}

#[test]
fn memberships_are_attested_by_the_author_when_entered_or_changed() {
    let dir = tempfile::tempdir().unwrap();
    let mut ws = open(dir.path());
    let (carrier, _, _) = save_companies(&mut ws);
    let detail = ws.get_trader(&carrier).unwrap();
    let TraderRecord::Company(c) = &detail.stored.record else { panic!("a company") };
    let m = &c.memberships[0];
    assert!(!m.id.is_empty(), "a membership gets an id");
    assert_eq!(m.entered_by, "ana");
    assert_eq!(m.entered_at, Some(Utc.with_ymd_and_hms(2026, 12, 1, 18, 0, 0).unwrap()));
    assert_eq!(detail.memberships.len(), 1, "its standing today comes with it");
    assert_eq!(detail.memberships[0].standing, state::Standing::Active);

    let mut unchanged = c.clone();
    unchanged.notes = "only the notes".into();
    unchanged.memberships[0].entered_by = "someone else".into();
    let saved = ws.save_trader(Some(&carrier), 1, TraderRecord::Company(unchanged)).unwrap();
    let TraderRecord::Company(after) = &saved.stored.record else { panic!() };
    assert_eq!(after.memberships[0].entered_by, "ana", "an unchanged membership keeps who attested it");
    assert_eq!(ws.trader_history(&carrier).unwrap().len(), 2);
}

#[test]
fn a_record_with_problems_is_refused_whole() {
    let dir = tempfile::tempdir().unwrap();
    let mut ws = open(dir.path());
    let err = ws.save_trader(None, 0, TraderRecord::Company(Company::default())).unwrap_err();
    let Error::TraderInvalid { problems } = err else { panic!("{err:?}") };
    assert!(problems.iter().any(|p| p.path == "name"));
    let err = ws.save_trader(None, 0, driver("no-such-carrier", "2027-01-01")).unwrap_err();
    assert!(matches!(&err, Error::TraderInvalid { problems } if problems[0].code == "carrier.unknown"), "{err:?}");
    assert_eq!(ws.search_traders(&TraderQuery::default()).total, 0, "nothing written");
}

#[test]
fn fast_eligibility_and_findings_follow_the_registry_and_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let (draft, revision);
    {
        let mut ws = open(dir.path());
        let (carrier, _, _) = save_companies(&mut ws);
        // The crossing of the sample is 2026-12-01 at Laredo; a card valid 20 more days.
        ws.save_trader(None, 0, driver(&carrier, "2026-12-21")).unwrap();
        let mut d = sample::northbound_auto_parts();
        d.trusted.fast_lane = true;
        let created = ws.create_draft(cruce_core::HeaderInput {
            reference: "FAST-1".into(),
            direction: cruce_core::Direction::Northbound,
            port_of_entry: Some("2304".into()),
            planned_crossing: d.transport.estimated_arrival.clone(),
        });
        let created = created.unwrap();
        d.reference = "FAST-1".into();
        let saved = ws.save_draft(&created.draft.id, &d, created.draft.revision).unwrap();
        assert!(saved.findings.is_empty(), "every link qualifies: {:#?}", saved.findings);
        let e = ws.draft_fast_eligibility(&created.draft.id, saved.revision).unwrap();
        assert!(e.qualifies, "{:#?}", e.links);

        let alerts = ws.trader_alerts(30, None);
        assert!(alerts.iter().any(|a| a.subject_name.starts_with("José Luis") && a.days_left == 20), "{alerts:#?}");

        // The crossing moves past the card's expiry.
        d.transport.estimated_arrival.as_mut().unwrap().local = day("2026-12-22").and_hms_opt(8, 0, 0).unwrap();
        let later = ws.save_draft(&created.draft.id, &d, saved.revision).unwrap();
        assert!(later.findings.iter().any(|f| f.code == "fast.card_not_valid"), "{:#?}", later.findings);
        draft = created.draft.id;
        revision = later.revision;
    }
    let ws = open(dir.path());
    assert_eq!(ws.search_traders(&TraderQuery { kind: Some(TraderKind::Company), ..Default::default() }).total, 3);
    let e = ws.draft_fast_eligibility(&draft, revision).unwrap();
    let link = e.links.iter().find(|l| l.link == FastLink::Driver).unwrap();
    assert_eq!(link.outcome, LinkOutcome::Fails, "after reopening, the registry still judges the card");
    assert!(ws.open_draft(&draft).unwrap().findings.iter().any(|f| f.code == "fast.card_not_valid"));
}

#[test]
fn a_carriers_file_is_previewed_then_imported_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut ws = open(dir.path());
    let (carrier, importer, _) = save_companies(&mut ws);
    let file = dir.path().join("drivers.csv");
    std::fs::write(&file, "name,passid,fast_expires\nAna Ruiz,429000111,2027-05-31\nBeto Sanz,429000111,2027-05-31\n").unwrap();

    let preview = ws.preview_trader_import(&file, ImportKind::Drivers, &carrier).unwrap();
    assert_eq!((preview.preview.rows.len(), preview.preview.accepted()), (2, 1));
    assert_eq!(
        ws.search_traders(&TraderQuery { kind: Some(TraderKind::Driver), ..Default::default() }).total,
        0,
        "a preview writes nothing"
    );

    let refused = ws.import_traders(&file, ImportKind::Drivers, &carrier, &preview.sha256, false).unwrap_err();
    assert!(matches!(refused, Error::ImportHasProblems { rows: 1, .. }), "{refused:?}");
    std::fs::write(&file, "name,passid,fast_expires\nAna Ruiz,429000111,2027-05-31\n").unwrap();
    let changed = ws.import_traders(&file, ImportKind::Drivers, &carrier, &preview.sha256, true).unwrap_err();
    assert!(matches!(changed, Error::ImportFileChanged { .. }), "the file accepted is the file previewed");
    let again = ws.preview_trader_import(&file, ImportKind::Drivers, &carrier).unwrap();
    let outcome = ws.import_traders(&file, ImportKind::Drivers, &carrier, &again.sha256, false).unwrap();
    assert_eq!((outcome.stored, outcome.skipped), (1, 0));
    let found = ws.search_traders(&TraderQuery { text: "ruiz".into(), ..Default::default() });
    assert_eq!(found.total, 1, "the registry the rules use has the new driver");

    let not_a_carrier = ws.preview_trader_import(&file, ImportKind::Drivers, &importer).unwrap_err();
    assert!(matches!(not_a_carrier, Error::TraderInvalid { .. }));
    let huge = dir.path().join("huge.csv");
    std::fs::File::create(&huge).unwrap().set_len(50 * 1024 * 1024).unwrap();
    let err = ws.preview_trader_import(&huge, ImportKind::Drivers, &carrier).unwrap_err();
    assert!(matches!(err, Error::FileTooLarge { size, .. } if size == 50 * 1024 * 1024), "{err:?}");
    std::fs::write(&file, "nombre completo\nx\n").unwrap();
    let err = ws.preview_trader_import(&file, ImportKind::Drivers, &carrier).unwrap_err();
    assert!(matches!(err, Error::TraderImport { .. }), "{err:?}");
}

#[test]
fn evidence_is_kept_and_written_back_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let mut ws = open(dir.path());
    let file = dir.path().join("ctpat-status.pdf");
    std::fs::write(&file, b"%PDF-1.7 status page").unwrap();
    let evidence = ws.add_evidence_file(&file).unwrap();
    assert_eq!((evidence.file_name.as_str(), evidence.size), ("ctpat-status.pdf", 20));
    let out = dir.path().join("out.pdf");
    ws.export_evidence(&evidence.sha256, &out).unwrap();
    assert_eq!(std::fs::read(out).unwrap(), b"%PDF-1.7 status page");
    assert!(matches!(ws.add_evidence_file(&dir.path().join("missing.pdf")), Err(Error::Read { .. })));
}
