//! Tariff schedule speed with the published files (`CRUCE_SHARED_DATA`, by default
//! `../shared/data` beside the repository). Budgets: validating a 1,000-line declaration with
//! schedule lookups < 2 ms; a lookup from the grid < 5 ms.
//! Run: `cargo bench -p cruce-core --bench schedules`.

#[path = "../tests/published/mod.rs"]
mod published;

use std::sync::Arc;

use chrono::NaiveDate;
use cruce_core::reference::Reference;
use cruce_core::tariff::{sat_csv, usitc_csv, FraccionCatalog, HtsSchedule, ScheduleKind, Schedules};
use cruce_core::{duties, sample, validate};
use published::{fracciones, hts, info, read};

fn main() {
    divan::main();
}

fn reference() -> Reference {
    Reference::builtin().with_schedules(Schedules::new(vec![Arc::new(hts())], vec![Arc::new(fracciones())], None))
}

/// Reading the USITC export (35,722 rows) and building its lookups.
#[divan::bench(sample_count = 10)]
fn read_and_index_the_hts(bencher: divan::Bencher) {
    let text = read(published::HTS);
    bencher.bench(|| {
        let lines = usitc_csv::parse(divan::black_box(&text)).unwrap();
        HtsSchedule::new(info(ScheduleKind::HtsUsitc, "bench", lines.len()), lines).lines().len()
    });
}

#[divan::bench(sample_count = 10)]
fn read_and_index_the_fracciones(bencher: divan::Bencher) {
    let text = read(published::FRACCIONES);
    bencher.bench(|| {
        let lines = sat_csv::parse_fracciones(divan::black_box(&text)).unwrap();
        FraccionCatalog::new(info(ScheduleKind::SatFracciones, "bench", lines.len()), lines).lines().len()
    });
}

#[divan::bench(args = ["brake lin", "tequila", "steel", "8708.30", "99"])]
fn look_up_the_hts(bencher: divan::Bencher, query: &str) {
    let s = hts();
    bencher.bench(|| s.search(divan::black_box(query), 30).len());
}

#[divan::bench(args = ["frenos de disco", "acero", "8708.30"])]
fn look_up_the_fracciones(bencher: divan::Bencher, query: &str) {
    let c = fracciones();
    let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    bencher.bench(|| c.search(divan::black_box(query), day, 30).len());
}

/// The budget: 1,000 lines, each looked up in both schedules.
#[divan::bench(args = [1000])]
fn validate_with_the_schedules(bencher: divan::Bencher, lines: usize) {
    let d = sample::northbound_with_lines(lines);
    let r = reference();
    assert!(validate::validate(&d, &r).is_empty(), "the sample is clean against the schedules");
    bencher.bench(|| validate::validate(divan::black_box(&d), &r));
}

#[divan::bench(args = [1000])]
fn us_duties_with_the_schedule(bencher: divan::Bencher, lines: usize) {
    let d = sample::northbound_with_lines(lines);
    let r = reference();
    bencher.bench(|| duties::us_duties(divan::black_box(&d), &r).duty);
}
