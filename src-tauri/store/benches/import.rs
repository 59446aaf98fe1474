//! Importing the HTS as the app does: read the USITC export, store it as a version in a new
//! database file, read it back and build its lookups. Budget: under 3 s.
//! Run: `cargo bench -p cruce-store --bench import`.

use std::path::PathBuf;

use chrono::{NaiveDate, TimeZone, Utc};
use cruce_core::tariff::{usitc_csv, HtsSchedule, ScheduleInfo, ScheduleKind};
use cruce_store::{ScheduleLines, Store};

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn import_the_hts_into_a_new_database(bencher: divan::Bencher) {
    let dir = std::env::var_os("CRUCE_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    let text =
        std::fs::read_to_string(dir.join("hts-usitc/hts_2026_revision_3_csv.csv")).expect("the shared data folder: set CRUCE_SHARED_DATA");
    let tmp = tempfile::tempdir().unwrap();
    let mut n = 0;
    bencher.bench_local(|| {
        n += 1;
        let mut store = Store::open(&tmp.path().join(format!("import-{n}.db"))).unwrap();
        let lines = usitc_csv::parse(&text).unwrap();
        let info = ScheduleInfo {
            kind: ScheduleKind::HtsUsitc,
            edition: "HTS 2026 Revision 3".into(),
            effective_from: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            source: "hts_2026_revision_3_csv.csv".into(),
            lines: lines.len() as u32,
        };
        let v = store
            .import_schedule(&info, ScheduleLines::Hts(&lines), "sha", "bench", Utc.with_ymd_and_hms(2026, 12, 1, 12, 0, 0).unwrap())
            .unwrap();
        let back = store.hts_lines(v.id).unwrap();
        HtsSchedule::new(v.info, back).lines().len()
    });
}
