//! The published schedules (HTS 2026 Revision 3, SAT's fracciones and patentes), read in place from
//! the shared data folder: `CRUCE_SHARED_DATA`, by default `../shared/data` beside the repository.
//! Shared by the test files and benchmarks that need them; each uses what it needs.
#![allow(dead_code)]

use std::path::PathBuf;

use chrono::NaiveDate;
use cruce_core::tariff::{sat_csv, usitc_csv, FraccionCatalog, HtsSchedule, PatenteCatalog, ScheduleInfo, ScheduleKind};

pub const HTS: &str = "hts-usitc/hts_2026_revision_3_csv.csv";
pub const FRACCIONES: &str = "sat-catalogs/phpcfdi-csv/cce_20_fracciones_arancelarias.csv";
pub const PATENTES: &str = "sat-catalogs/phpcfdi-csv/cfdi_40_patentes_aduanales.csv";

pub fn shared_data() -> PathBuf {
    let dir = std::env::var_os("CRUCE_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    assert!(dir.is_dir(), "the shared data folder {} is missing: set CRUCE_SHARED_DATA", dir.display());
    dir
}

/// A file of the shared data folder.
pub fn read(path: &str) -> String {
    let p = shared_data().join(path);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// What a test says of a schedule it builds: in force from 2026-01-01.
pub fn info(kind: ScheduleKind, edition: &str, lines: usize) -> ScheduleInfo {
    ScheduleInfo {
        kind,
        edition: edition.into(),
        effective_from: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        source: "shared data".into(),
        lines: lines as u32,
    }
}

pub fn hts() -> HtsSchedule {
    let lines = usitc_csv::parse(&read(HTS)).expect("the USITC export parses");
    HtsSchedule::new(info(ScheduleKind::HtsUsitc, "HTS 2026 Revision 3", lines.len()), lines)
}

pub fn fracciones() -> FraccionCatalog {
    let lines = sat_csv::parse_fracciones(&read(FRACCIONES)).expect("SAT's fracciones parse");
    FraccionCatalog::new(info(ScheduleKind::SatFracciones, "c_FraccionArancelaria", lines.len()), lines)
}

pub fn patentes() -> PatenteCatalog {
    let lines = sat_csv::parse_patentes(&read(PATENTES)).expect("SAT's patentes parse");
    PatenteCatalog::new(info(ScheduleKind::SatPatentes, "c_PatenteAduanal", lines.len()), lines)
}
