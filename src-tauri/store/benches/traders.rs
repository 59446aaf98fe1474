//! The registry in the store at scale: 10,000 companies, 50,000 drivers and 20,000 pieces of
//! equipment stored in one import, then read back whole, as the app does when it first needs the
//! registry. Run: `cargo bench -p cruce-store --bench traders`.

use chrono::{NaiveDate, TimeZone, Utc};
use cruce_core::trader::{Company, CompanyRole, Driver, Equipment, FastCard, TraderRecord};
use cruce_store::Store;

fn main() {
    divan::main();
}

fn records() -> Vec<TraderRecord> {
    let mut out = Vec::with_capacity(80_000);
    for i in 0..10_000 {
        let mut c = Company { name: format!("Transportes {i} S.A. de C.V."), roles: vec![CompanyRole::Carrier], ..Company::default() };
        c.ids.scac = format!("T{:03}", i % 1000);
        out.push(TraderRecord::Company(c));
    }
    for i in 0..50_000u64 {
        let card = FastCard { passid: format!("{}", 10_000_000_000 + i), expires_on: NaiveDate::from_ymd_opt(2027, 5, 31) };
        out.push(TraderRecord::Driver(Driver {
            name: format!("José Ramírez {i}"),
            carrier_id: "c".into(),
            fast_card: Some(card),
            ..Driver::default()
        }));
    }
    for i in 0..20_000 {
        out.push(TraderRecord::Equipment(Equipment {
            number: format!("U{i}"),
            plate: format!("{i:06}"),
            carrier_id: "c".into(),
            ..Equipment::default()
        }));
    }
    out
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn import_80_000_records(bencher: divan::Bencher) {
    let records = records();
    let tmp = tempfile::tempdir().unwrap();
    let mut n = 0;
    bencher.bench_local(|| {
        n += 1;
        let mut store = Store::open(&tmp.path().join(format!("t-{n}.db"))).unwrap();
        store.import_traders(&records, "fleet.csv", "bench", Utc.with_ymd_and_hms(2026, 12, 1, 12, 0, 0).unwrap()).unwrap().len()
    });
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn read_80_000_records(bencher: divan::Bencher) {
    let tmp = tempfile::tempdir().unwrap();
    let mut store = Store::open(&tmp.path().join("t.db")).unwrap();
    store.import_traders(&records(), "fleet.csv", "bench", Utc.with_ymd_and_hms(2026, 12, 1, 12, 0, 0).unwrap()).unwrap();
    bencher.bench_local(|| {
        let t = store.traders().unwrap();
        t.companies.len() + t.drivers.len() + t.equipment.len()
    });
}
