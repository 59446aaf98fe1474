//! The trusted-trader registry at a large carrier's and broker's scale: 10,000 companies, 50,000
//! drivers and 20,000 pieces of equipment. Budgets: a search page under 10 ms; the FAST checks
//! adding under 50 µs to a declaration's validation.
//! Run: `cargo bench -p cruce-core --bench trader`.

use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use cruce_core::reference::Reference;
use cruce_core::trader::*;
use cruce_core::{sample, validate};

fn main() {
    divan::main();
}

const FIRST: &[&str] = &["José", "Luis", "María", "Juan", "Ana", "Carlos", "Rosa", "Jorge", "Lucía", "Miguel", "Elena", "Raúl"];
const LAST: &[&str] =
    &["Ramírez", "Treviño", "González", "Garza", "Hernández", "López", "Martínez", "Salinas", "Cantú", "Villarreal", "Peña", "Ortiz"];
const WORDS: &[&str] = &[
    "Transportes",
    "Logística",
    "Autopartes",
    "Maquiladora",
    "Fletes",
    "Industrias",
    "Aceros",
    "Plásticos",
    "Gulf",
    "Border",
    "Express",
    "Norte",
];

fn stored<T>(id: String, record: T) -> Stored<T> {
    let at: DateTime<Utc> = "2026-01-05T15:00:00Z".parse().unwrap();
    Stored { id, revision: 1, updated_at: at, updated_by: "bench".into(), record }
}

/// A registry of the given size, with the sample declaration's own parties among it.
fn registry(companies: usize, drivers: usize, equipment: usize) -> Registry {
    let base = sample::trusted_registry();
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let mut cs: Vec<Stored<Company>> = base.companies().to_vec();
    for i in 0..companies {
        let name = format!("{} {} {} S.A. de C.V. {i}", WORDS[i % 12], WORDS[(i / 12) % 12], LAST[(i / 144) % 12]);
        let mut c = Company { name, roles: vec![CompanyRole::Carrier], country: "MX".into(), ..Company::default() };
        c.ids.scac = format!("{}{}", (b'A' + (i % 26) as u8) as char, format!("{:03}", i % 1000).replace('0', "X"));
        c.ids.rfc = format!("TNM{:06}K{:02}", i, i % 100);
        c.memberships.push(Membership {
            id: "m1".into(),
            program: Program::Ctpat,
            rubro: "mexican-highway-carrier".into(),
            tier: None,
            account: String::new(),
            certified_on: Some(day(2022, 1 + (i % 12) as u32, 1 + (i % 28) as u32)),
            validated_on: Some(day(2023, 6, 1)),
            reviewed_on: Some(day(2026, 1, 15)),
            expires_on: None,
            renewal_filed_on: None,
            status_changes: Vec::new(),
            evidence: Vec::new(),
            entered_by: "bench".into(),
            entered_at: None,
        });
        cs.push(stored(format!("c{i}"), c));
    }
    let mut ds: Vec<Stored<Driver>> = base.drivers().to_vec();
    for i in 0..drivers {
        let name = format!("{} {} {} {}", FIRST[i % 12], LAST[(i / 12) % 12], LAST[(i / 144) % 12], i);
        let card =
            FastCard { passid: format!("{:011}", 10_000_000_000u64 + i as u64), expires_on: Some(day(2027, 1 + (i % 12) as u32, 15)) };
        ds.push(stored(
            format!("d{i}"),
            Driver { name, carrier_id: format!("c{}", i % companies.max(1)), fast_card: Some(card), ..Driver::default() },
        ));
    }
    let mut es = Vec::new();
    for i in 0..equipment {
        let e = Equipment {
            kind: if i % 2 == 0 { EquipmentKind::Tractor } else { EquipmentKind::Trailer },
            number: format!("U{i:05}"),
            carrier_id: format!("c{}", i % companies.max(1)),
            plate: format!("{:03}AB{}", i % 1000, i % 10),
            plate_state: "NLE".into(),
            plate_country: "MX".into(),
            ..Equipment::default()
        };
        es.push(stored(format!("e{i}"), e));
    }
    Registry::new(cs, ds, es)
}

fn large() -> Registry {
    registry(10_000, 50_000, 20_000)
}

/// One page (50 rows) of a search, as the registry screens and the editor's picker ask for it.
#[divan::bench(args = ["", "transportes", "ramirez trevino", "10000012345", "TNM000123", "no such name"])]
fn search_page(bencher: divan::Bencher, query: &str) {
    let r = large();
    bencher.bench(|| r.search(divan::black_box(query), None, false, 0, 50).total);
}

/// The same, limited to one kind (the Drivers tab).
#[divan::bench(args = ["jose", "ramirez"])]
fn search_drivers_page(bencher: divan::Bencher, query: &str) {
    let r = large();
    bencher.bench(|| r.search(divan::black_box(query), Some(TraderKind::Driver), false, 0, 50).total);
}

/// Building the registry's indexes from its records: at start, and after every save or import.
#[divan::bench(sample_count = 10)]
fn build_registry(bencher: divan::Bencher) {
    let base = large();
    let (c, d, e) = (base.companies().to_vec(), base.drivers().to_vec(), base.equipment().to_vec());
    bencher.with_inputs(|| (c.clone(), d.clone(), e.clone())).bench_values(|(c, d, e)| Registry::new(c, d, e).is_empty());
}

/// Validation of the sample declaration with the FAST lane claimed, with and without the large
/// registry: the difference is what the trusted-trade rules cost.
#[divan::bench(args = ["without registry", "with registry"])]
fn validate_fast_claim(bencher: divan::Bencher, case: &str) {
    let mut d = sample::northbound_auto_parts();
    d.trusted.fast_lane = case == "with registry";
    let r = if case == "with registry" { Reference::builtin().with_registry(Arc::new(large())) } else { Reference::builtin() };
    bencher.bench(|| validate::validate(divan::black_box(&d), &r).len());
}

/// The eligibility alone (the editor's panel).
#[divan::bench]
fn fast_eligibility(bencher: divan::Bencher) {
    let mut d = sample::northbound_auto_parts();
    d.trusted.fast_lane = true;
    let r = Reference::builtin().with_registry(Arc::new(large()));
    bencher.bench(|| validate::fast_eligibility_of(divan::black_box(&d), &r).qualifies);
}

/// The dashboard's alerts over the whole registry.
#[divan::bench(sample_count = 20)]
fn alerts_within_90_days(bencher: divan::Bencher) {
    let r = large();
    let rules = rules::TraderRules::default();
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    bencher.bench(|| alerts::alerts(&r, &rules, divan::black_box(today), 90).len());
}
