//! Imported schedules: stored whole as a version with its audit entry, read back exactly, the
//! same file refused a second time with nothing written, and never changed once stored.

use chrono::NaiveDate;
use cruce_core::tariff::{FraccionLine, HtsLine, ScheduleInfo, ScheduleKind};
use cruce_store::{AuditAction, ScheduleLines, Store, StoreError};

use crate::{at, ANA};

fn hts_lines() -> Vec<HtsLine> {
    let l = |number: &str, indent: u8, description: &str, units: &[&str], general: &str| HtsLine {
        number: number.into(),
        indent,
        description: description.into(),
        units: units.iter().map(|u| (*u).to_owned()).collect(),
        general: general.into(),
        special: "Free (A+, S)".into(),
        column2: "15%".into(),
        additional: String::new(),
    };
    vec![
        l("0101", 0, "Live horses:", &[], ""),
        l("", 1, "Horses:", &[], ""),
        l("0101300000", 1, "Asses", &["No."], "6.8%"),
        l("6109100012", 4, "Men's \"quoted\"", &["doz.", "kg"], ""),
    ]
}

fn info(kind: ScheduleKind, lines: usize) -> ScheduleInfo {
    ScheduleInfo {
        kind,
        edition: "HTS 2026 Revision 3".into(),
        effective_from: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        source: "hts.csv".into(),
        lines: lines as u32,
    }
}

#[test]
fn an_import_is_stored_whole_and_read_back_exactly() {
    let mut s = Store::open_in_memory().unwrap();
    let lines = hts_lines();
    let v = s.import_schedule(&info(ScheduleKind::HtsUsitc, lines.len()), ScheduleLines::Hts(&lines), "abc123", ANA, at(0)).unwrap();
    assert_eq!((v.info.lines, v.imported_by.as_str(), v.imported_at), (4, ANA, at(0)));
    assert_eq!(s.hts_lines(v.id).unwrap(), lines);
    let listed = s.schedule_versions().unwrap();
    assert_eq!(listed, std::slice::from_ref(&v));
    let fr = vec![
        FraccionLine {
            code: "0901219900".into(),
            text: "Los demás".into(),
            valid_from: NaiveDate::from_ymd_opt(2024, 1, 18).unwrap(),
            valid_to: NaiveDate::from_ymd_opt(2024, 3, 22),
            unit: "01".into(),
        },
        FraccionLine {
            code: "0101210100".into(),
            text: "Reproductores".into(),
            valid_from: NaiveDate::from_ymd_opt(2024, 1, 18).unwrap(),
            valid_to: None,
            unit: "07".into(),
        },
    ];
    let f = s.import_schedule(&info(ScheduleKind::SatFracciones, 2), ScheduleLines::Fracciones(&fr), "def456", ANA, at(1)).unwrap();
    let mut sorted = fr.clone();
    sorted.sort_by(|a, b| a.code.cmp(&b.code));
    assert_eq!(s.fraccion_lines(f.id).unwrap(), sorted);
    let p = s
        .import_schedule(
            &info(ScheduleKind::SatPatentes, 1),
            ScheduleLines::Patentes(&[("3210".into(), NaiveDate::from_ymd_opt(2001, 5, 18).unwrap())]),
            "0f0f",
            ANA,
            at(2),
        )
        .unwrap();
    assert_eq!(s.patentes(p.id).unwrap(), [("3210".to_owned(), NaiveDate::from_ymd_opt(2001, 5, 18).unwrap())]);
    // Each import is in the audit log, and the chain holds.
    let report = s.verify_audit_log().unwrap();
    assert_eq!((report.entries, report.first_broken), (3, None));
    let actions: Vec<String> = s.audit_entries(10).unwrap().into_iter().map(|e| e.action).collect();
    assert!(actions.iter().all(|a| a == AuditAction::ScheduleImported.as_str()), "{actions:?}");
}

#[test]
fn the_same_file_is_imported_once_and_a_second_try_writes_nothing() {
    let mut s = Store::open_in_memory().unwrap();
    let lines = hts_lines();
    s.import_schedule(&info(ScheduleKind::HtsUsitc, 4), ScheduleLines::Hts(&lines), "same", ANA, at(0)).unwrap();
    let again = s.import_schedule(&info(ScheduleKind::HtsUsitc, 4), ScheduleLines::Hts(&lines), "same", ANA, at(1)).unwrap_err();
    assert!(matches!(again, StoreError::ScheduleAlreadyImported { ref edition, .. } if edition == "HTS 2026 Revision 3"), "{again:?}");
    assert_eq!(s.schedule_versions().unwrap().len(), 1);
    assert_eq!(s.verify_audit_log().unwrap().entries, 1, "no audit entry for the refused import");
}

#[test]
fn a_stored_schedule_cannot_be_changed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cruce.db");
    let mut s = Store::open(&path).unwrap();
    let lines = hts_lines();
    s.import_schedule(&info(ScheduleKind::HtsUsitc, 4), ScheduleLines::Hts(&lines), "x", ANA, at(0)).unwrap();
    drop(s);
    let conn = rusqlite::Connection::open(&path).unwrap();
    for sql in ["UPDATE hts_line SET general = 'Free'", "UPDATE schedule_version SET edition = 'forged'"] {
        let err = conn.execute(sql, []).unwrap_err();
        assert!(err.to_string().contains("never changed"), "{sql}: {err}");
    }
}
