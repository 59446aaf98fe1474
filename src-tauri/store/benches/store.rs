//! Store speed on a realistic database: 100,000 declarations of 20 lines each (generated once into
//! `target/bench-data/`, reused afterwards). Budgets: saving a 1,000-line declaration < 10 ms; a
//! search page < 30 ms; the first page of the list < 50 ms.
//! Run: `cargo bench -p cruce-store --bench store` (generation takes several minutes the first time).

use std::path::PathBuf;

use chrono::{TimeZone, Utc};
use cruce_core::declaration::Declaration;
use cruce_core::sample;
use cruce_core::DraftQuery;
use cruce_core::DraftSort;
use cruce_store::Store;

const DRAFTS: usize = 100_000;
const LINES: usize = 20;

const IMPORTERS: [&str; 8] = [
    "Gulf Coast Brake Supply LLC",
    "Río Grande Produce Co",
    "Sonora Copper Works",
    "Frontera Appliances Inc",
    "Bajío Auto Components",
    "Laredo Steel Distributors",
    "Pacífico Medical Devices",
    "Chihuahua Harness Systems",
];
const GOODS: [&str; 8] = [
    "Disc brake pads",
    "Fresh avocados Hass",
    "Copper cathodes",
    "Refrigerator compressors",
    "Wiring harnesses",
    "Steel coils, cold rolled",
    "Surgical gloves, nitrile",
    "Alternators, remanufactured",
];

fn generated(i: usize) -> Declaration {
    let mut d = sample::northbound_with_lines(LINES);
    d.reference = format!("LRD-2026-{i:06}");
    d.parties.us_importer.name = format!("{} #{}", IMPORTERS[i % IMPORTERS.len()], i % 997);
    d.parties.driver.name = format!("Operador {} Ramírez", i % 5000);
    for (n, line) in d.lines.iter_mut().enumerate() {
        line.description = format!("{} lot {}-{}", GOODS[(i + n) % GOODS.len()], i, n);
    }
    d
}

fn database() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-data");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("store-{DRAFTS}x{LINES}.db"));
    let done = path.with_extension("complete");
    if done.exists() {
        return path;
    }
    // Generation takes long: an interrupted run continues where it stopped.
    let mut store = Store::open(&path).unwrap();
    let have = store.search_drafts(&DraftQuery { limit: 1, ..Default::default() }).unwrap().total as usize;
    let t0 = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    let started = std::time::Instant::now();
    for i in have..DRAFTS {
        store.create_draft(&generated(i), "bench", t0 + chrono::Duration::seconds(i as i64)).unwrap();
        if i % 10_000 == 9_999 {
            eprintln!("generated {} drafts in {:.0} s", i + 1, started.elapsed().as_secs_f64());
        }
    }
    std::fs::write(&done, "").unwrap();
    eprintln!("database: {:.0} MB", std::fs::metadata(&path).unwrap().len() as f64 / 1e6);
    path
}

fn main() {
    let _ = database();
    divan::main();
}

#[divan::bench(sample_count = 50)]
fn save_a_1000_line_declaration(bencher: divan::Bencher) {
    let mut store = Store::open(&database()).unwrap();
    let big = sample::northbound_with_lines(1000);
    let id = store.create_draft(&big, "bench", Utc::now()).unwrap().id;
    let mut revision = 1;
    let mut flip = false;
    bencher.bench_local(|| {
        let mut next = big.clone();
        flip = !flip;
        next.lines[500].description = if flip { "changed".into() } else { "changed again".into() };
        revision = store.save_draft(&id, &next, revision, "bench", Utc::now()).unwrap().revision;
    });
}

/// Every save a cache miss: two drafts saved in turn, so each save reads and parses the stored
/// revision first (what the first save after opening a draft costs).
#[divan::bench(sample_count = 50)]
fn save_a_1000_line_declaration_cold(bencher: divan::Bencher) {
    let mut store = Store::open(&database()).unwrap();
    let big = sample::northbound_with_lines(1000);
    let ids = [store.create_draft(&big, "bench", Utc::now()).unwrap().id, store.create_draft(&big, "bench", Utc::now()).unwrap().id];
    let mut revisions = [1, 1];
    let mut turn = 0;
    bencher.bench_local(|| {
        turn = 1 - turn;
        let mut next = big.clone();
        next.lines[500].description = format!("changed {}", revisions[turn]);
        revisions[turn] = store.save_draft(&ids[turn], &next, revisions[turn], "bench", Utc::now()).unwrap().revision;
    });
}

#[divan::bench(args = ["ramirez", "avocados", "LRD-2026-0999", "copper 8708"])]
fn search_page(bencher: divan::Bencher, text: &str) {
    let store = Store::open(&database()).unwrap();
    let q = DraftQuery { text: text.into(), limit: 50, ..Default::default() };
    bencher.bench_local(|| store.search_drafts(&q).unwrap().total);
}

#[divan::bench]
fn search_page_filtered(bencher: divan::Bencher) {
    let store = Store::open(&database()).unwrap();
    let q = DraftQuery {
        text: "gloves".into(),
        port: Some("2304".into()),
        status: Some(cruce_core::DraftStatus::Draft),
        limit: 50,
        offset: 100,
        ..Default::default()
    };
    bencher.bench_local(|| store.search_drafts(&q).unwrap().total);
}

/// A word found in every draft, in an order the full-text index does not give: every match is
/// collected and sorted (the slow path, measured so that it is known).
#[divan::bench(sample_count = 20, args = [DraftSort::RecentlyUpdated, DraftSort::Reference])]
fn search_page_sorted(bencher: divan::Bencher, sort: DraftSort) {
    let store = Store::open(&database()).unwrap();
    let q = DraftQuery { text: "ramirez".into(), sort, limit: 50, ..Default::default() };
    bencher.bench_local(|| store.search_drafts(&q).unwrap().total);
}

/// The list without text in each order (read from an index).
#[divan::bench(args = [DraftSort::Newest, DraftSort::RecentlyUpdated, DraftSort::Reference, DraftSort::Crossing])]
fn list_page_sorted(bencher: divan::Bencher, sort: DraftSort) {
    let store = Store::open(&database()).unwrap();
    let q = DraftQuery { sort, limit: 100, offset: 200, ..Default::default() };
    bencher.bench_local(|| store.search_drafts(&q).unwrap().items.len());
}

/// The same, each order run backwards (a click on the column header in use).
#[divan::bench(args = [DraftSort::Newest, DraftSort::RecentlyUpdated, DraftSort::Reference, DraftSort::Crossing])]
fn list_page_reversed(bencher: divan::Bencher, sort: DraftSort) {
    let store = Store::open(&database()).unwrap();
    let q = DraftQuery { sort, reversed: true, limit: 100, offset: 200, ..Default::default() };
    bencher.bench_local(|| store.search_drafts(&q).unwrap().items.len());
}

/// What the app shows on start: open the file and read the first page of the list.
#[divan::bench(sample_count = 30)]
fn open_and_first_list_page(bencher: divan::Bencher) {
    let path = database();
    bencher.bench_local(|| {
        let store = Store::open(&path).unwrap();
        store.search_drafts(&DraftQuery { limit: 100, ..Default::default() }).unwrap().items.len()
    });
}
