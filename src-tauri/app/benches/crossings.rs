//! The dispatcher's board and the clearance figures at scale: 100,000 crossings stored with six
//! events each, 500 of them still at the border (each carrying a declaration), the rest ended
//! over the last year. The database is built once (about a minute) and kept in
//! `target/bench-data/`. Run: `cargo bench -p cruce-app --bench crossings`.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use cruce_app::{Clock, Workspace};
use cruce_core::crossing::board::BoardFilter;
use cruce_core::crossing::figures::facts;
use cruce_core::crossing::record::{from_declarations, Crossing};
use cruce_core::crossing::timeline::{timeline, Event, EventKind, Outcome};
use cruce_store::Store;

fn main() {
    divan::main();
}

struct Fixed(DateTime<Utc>);
impl Clock for Fixed {
    fn now(&self) -> DateTime<Utc> {
        self.0
    }
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 16, 0, 0).unwrap()
}

const TOTAL: usize = 100_000;
const ACTIVE: usize = 500;
const PORTS: [(&str, &str); 5] = [("2304", "230404"), ("2304", "230403"), ("2305", "230502"), ("2506", "250602"), ("2604", "260402")];

fn ev(kind: EventKind, at: DateTime<Utc>) -> Event {
    Event {
        id: String::new(),
        kind,
        at,
        zone: "America/Chicago".into(),
        recorded_by: "bench".into(),
        note: String::new(),
        cbp: (kind == EventKind::UcpJointInspection).then_some(Outcome::Released),
        mx: (kind == EventKind::UcpJointInspection).then_some(Outcome::Released),
        exam: None,
        corrects: None,
    }
}

fn database() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-data");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("crossings-100k.db");
    if path.exists() {
        return path;
    }
    let building = dir.join("crossings-100k.db.building");
    let _ = std::fs::remove_file(&building);
    let mut store = Store::open(&building).unwrap();
    let template = cruce_core::sample::northbound_auto_parts();
    let mut crossings: Vec<(Crossing, cruce_core::crossing::figures::CrossingFacts)> = Vec::with_capacity(TOTAL);
    let mut events: Vec<Vec<Event>> = Vec::with_capacity(TOTAL);
    for i in 0..TOTAL {
        let (port, bridge) = PORTS[i % PORTS.len()];
        let mut c = Crossing { trip_number: format!("TRNM{i:08}"), us_port: port.into(), crossing: bridge.into(), ..Crossing::default() };
        c.carrier.name = format!("Transportes {} S.A. de C.V.", i % 300);
        c.carrier.scac = format!("T{:03}", i % 300);
        c.driver.name = format!("José Ramírez {i}");
        c.tractor.plate = format!("{i:07}");
        let active = i >= TOTAL - ACTIVE;
        let start = if active { now() - Duration::minutes((i % 180) as i64) } else { now() - Duration::minutes(((TOTAL - i) * 5) as i64) };
        c.planned_arrival = Some(cruce_core::PlannedCrossing {
            local: (start + Duration::hours(1)).with_timezone(&chrono::FixedOffset::west_opt(6 * 3600).unwrap()).naive_local(),
            zone: "America/Chicago".into(),
        });
        if active {
            let mut d = template.clone();
            d.reference = format!("NB-{i}");
            let draft = store.create_draft(&d, "bench", now()).unwrap();
            c.shipments = from_declarations(&[(&draft.id, draft.revision, &draft.declaration)]).unwrap().shipments;
        }
        let mut list = vec![ev(EventKind::EmanifestFiled, start), ev(EventKind::MxSelectionGreen, start + Duration::minutes(40))];
        list.push(ev(EventKind::ArrivedUsBooth, start + Duration::minutes(55)));
        if !active || i % 2 == 0 {
            list.push(ev(if i % 3 == 0 { EventKind::UcpJointInspection } else { EventKind::SecondaryExam }, start + Duration::minutes(70)));
        }
        if !active {
            list.push(ev(EventKind::Released, start + Duration::minutes(95 + (i % 60) as i64)));
            list.push(ev(EventKind::Cleared, start + Duration::minutes(110 + (i % 60) as i64)));
        }
        let f = facts(&timeline(&[], c.arrival(), false, now()), Some("America/Chicago"));
        crossings.push((c, f));
        events.push(list);
    }
    let stored = store.create_crossings(&crossings, "bench", "bench", now()).unwrap();
    let batches: Vec<(String, Vec<Event>)> = stored.into_iter().map(|s| s.id).zip(events).collect();
    let judge = |c: &Crossing, e: &[Event]| facts(&timeline(e, c.arrival(), c.fast_lane, now()), Some("America/Chicago"));
    for chunk in batches.chunks(10_000) {
        store.import_crossing_events(chunk, &judge, "bench", "bench", now()).unwrap();
    }
    drop(store);
    std::fs::rename(&building, &path).unwrap();
    let _ = std::fs::remove_file(building.with_extension("building-wal"));
    path
}

fn workspace() -> Workspace {
    Workspace::open_existing(&database(), Arc::new(Fixed(now())), "bench".into()).unwrap()
}

#[divan::bench(sample_count = 20)]
fn board_of_500_active_among_100_000(bencher: divan::Bencher) {
    let ws = workspace();
    let board = ws.board(&BoardFilter::default()).unwrap();
    assert_eq!(board.total, ACTIVE, "the ended ones are not read");
    bencher.bench_local(|| ws.board(&BoardFilter::default()).unwrap().shown);
}

#[divan::bench(sample_count = 20)]
fn board_filtered_by_port(bencher: divan::Bencher) {
    let ws = workspace();
    let filter = BoardFilter { us_port: "2506".into(), ..BoardFilter::default() };
    bencher.bench_local(|| ws.board(&filter).unwrap().shown);
}

#[divan::bench(sample_count = 20)]
fn clearance_figures_over_100_000(bencher: divan::Bencher) {
    let ws = workspace();
    let rows = ws.clearance_figures("2000-01", "2099-12").unwrap();
    assert_eq!(rows.iter().map(|r| r.crossings).sum::<usize>(), TOTAL);
    bencher.bench_local(|| ws.clearance_figures("2000-01", "2099-12").unwrap().len());
}
