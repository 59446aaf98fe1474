//! Full-text search with filters and paging.

use chrono::NaiveDate;
use cruce_core::DraftQuery;
use cruce_core::{Direction, DraftSort, DraftStatus};
use cruce_store::{Store, COUNT_LIMIT};

use super::{at, declaration, ANA};

fn store() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let mut a = declaration("LRD-001");
    a.parties.driver.name = "Óscar Zúñiga Peña".into();
    store.create_draft(&a, ANA, at(0)).unwrap();
    let mut b = cruce_core::sample::southbound_resin();
    b.reference = "OTM-002".into();
    b.parties.us_importer.name = "Gulf Coast Polymers Inc.".into();
    b.parties.driver.name = "José Luis Ramírez Treviño".into();
    store.create_draft(&b, ANA, at(1)).unwrap();
    let mut c = declaration("LRD-003");
    c.lines[0].description = "Alternadores remanufacturados".into();
    c.transport.estimated_arrival.as_mut().unwrap().local = NaiveDate::from_ymd_opt(2026, 12, 20).unwrap().and_hms_opt(8, 0, 0).unwrap();
    let id = store.create_draft(&c, ANA, at(2)).unwrap().id;
    store.set_status(&id, DraftStatus::Ready, ANA, at(3)).unwrap();
    store
}

fn refs(store: &Store, q: DraftQuery) -> Vec<String> {
    store.search_drafts(&DraftQuery { limit: 50, ..q }).unwrap().items.into_iter().map(|d| d.reference).collect()
}

#[test]
fn search_is_accent_insensitive_and_covers_parties_identifiers_descriptions_and_codes() {
    let s = store();
    let text = |t: &str| refs(&s, DraftQuery { text: t.into(), ..Default::default() });
    assert_eq!(text("zuniga"), ["LRD-001"], "zuniga finds Zúñiga");
    assert_eq!(text("ZÚÑIGA pena"), ["LRD-001"]);
    assert_eq!(text("ramirez"), ["LRD-003", "OTM-002"], "ramirez finds the driver Ramírez of the other two");
    assert_eq!(text("alternadores"), ["LRD-003"]);
    assert_eq!(text("ANO930714KP2"), ["LRD-003", "LRD-001"], "RFC");
    assert_eq!(text("PPA080523QWA"), ["OTM-002"], "RFC of the southbound importer");
    assert_eq!(text("3901.20"), ["OTM-002"], "HTS with its dots");
    assert_eq!(text("8708.30.99"), ["LRD-003", "LRD-001"], "fracción");
    assert_eq!(text("Gulf Coast"), ["LRD-003", "OTM-002", "LRD-001"], "importer name");
    assert_eq!(text("OTM"), ["OTM-002"]);
    assert!(text("no-such-thing").is_empty());
    assert_eq!(text("\"; DROP TABLE draft; --"), Vec::<String>::new(), "query text is data, never SQL");
}

#[test]
fn filters_combine_and_pages_count_the_whole_result() {
    let s = store();
    assert_eq!(refs(&s, DraftQuery { status: Some(DraftStatus::Ready), ..Default::default() }), ["LRD-003"]);
    assert_eq!(refs(&s, DraftQuery { direction: Some(Direction::Southbound), ..Default::default() }), ["OTM-002"]);
    assert_eq!(refs(&s, DraftQuery { port: Some("2304".into()), ..Default::default() }), ["LRD-003", "LRD-001"]);
    let december = |from: u32, to: u32| DraftQuery {
        crossing_from: NaiveDate::from_ymd_opt(2026, 12, from),
        crossing_to: NaiveDate::from_ymd_opt(2026, 12, to),
        ..Default::default()
    };
    assert_eq!(refs(&s, december(15, 31)), ["LRD-003"]);
    assert_eq!(refs(&s, december(1, 1)), ["LRD-001"], "the end day is included");
    let page = s.search_drafts(&DraftQuery { limit: 2, offset: 2, ..Default::default() }).unwrap();
    assert_eq!((page.total, page.items.len()), (3, 1));
    assert_eq!(page.items[0].reference, "LRD-001");
}

#[test]
fn search_still_finds_the_right_drafts_after_vacuum_renumbers_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cruce.db");
    let mut store = Store::open(&path).unwrap();
    let first = store.create_draft(&declaration("FIRST-A"), ANA, at(0)).unwrap();
    store.create_draft(&declaration("SECOND-B"), ANA, at(1)).unwrap();
    store.delete_draft(&first.id, ANA, at(2)).unwrap();
    let third = store.create_draft(&declaration("THIRD-C"), ANA, at(3)).unwrap();
    drop(store);
    rusqlite::Connection::open(&path).unwrap().execute_batch("VACUUM;").unwrap();
    let mut store = Store::open(&path).unwrap();
    let mut edited = third.declaration.clone();
    edited.reference = "THIRD-EDITED".into();
    store.save_draft(&third.id, &edited, 1, ANA, at(4)).unwrap();
    let text = |t: &str| refs(&store, DraftQuery { text: t.into(), ..Default::default() });
    assert_eq!(text("SECOND"), ["SECOND-B"]);
    assert_eq!(text("THIRD-EDITED"), ["THIRD-EDITED"]);
    assert!(text("THIRD-C").is_empty(), "the old text was replaced, not left behind");
    assert!(text("FIRST").is_empty(), "a deleted draft is not found");
}

#[test]
fn sorts_by_creation_last_save_reference_and_crossing() {
    let mut s = store();
    let sorted = |s: &Store, sort| refs(s, DraftQuery { sort, ..Default::default() });
    assert_eq!(sorted(&s, DraftSort::Newest), ["LRD-003", "OTM-002", "LRD-001"]);
    assert_eq!(sorted(&s, DraftSort::Reference), ["LRD-001", "LRD-003", "OTM-002"]);
    let crossing = sorted(&s, DraftSort::Crossing);
    let pos = |r: &str| crossing.iter().position(|x| x == r).unwrap();
    assert!(pos("LRD-001") < pos("LRD-003"), "1 December before 20 December: {crossing:?}");
    let first = s.search_drafts(&DraftQuery { text: "LRD-001".into(), limit: 1, ..Default::default() }).unwrap().items[0].clone();
    let mut d = s.get_draft(&first.id).unwrap().declaration;
    d.parties.exporter.name = "Saved last".into();
    s.save_draft(&first.id, &d, first.revision, ANA, at(9)).unwrap();
    assert_eq!(sorted(&s, DraftSort::RecentlyUpdated)[0], "LRD-001");
    assert_eq!(sorted(&s, DraftSort::Newest)[0], "LRD-003", "a save does not move a draft in the default order");
    let text_sorted = |sort| refs(&s, DraftQuery { text: "Gulf".into(), sort, ..Default::default() });
    assert_eq!(text_sorted(DraftSort::Reference), ["LRD-001", "LRD-003", "OTM-002"], "a text search honours the sort too");
    assert_eq!(text_sorted(DraftSort::RecentlyUpdated)[0], "LRD-001");
}

#[test]
fn a_text_search_counts_up_to_the_limit_and_says_the_total_is_a_floor() {
    let mut s = Store::open_in_memory().unwrap();
    for i in 0..=COUNT_LIMIT {
        s.create_draft(&cruce_core::declaration::Declaration::new(&format!("BULK-{i:05}"), Direction::Northbound), ANA, at(0)).unwrap();
    }
    let page = s.search_drafts(&DraftQuery { text: "BULK".into(), limit: 10, ..Default::default() }).unwrap();
    assert_eq!((page.total, page.total_exact, page.items.len()), (COUNT_LIMIT, false, 10));
    assert_eq!(page.items[0].reference, format!("BULK-{COUNT_LIMIT:05}"), "newest first");
    let exact = s.search_drafts(&DraftQuery { text: "BULK-0000".into(), ..Default::default() }).unwrap();
    assert_eq!((exact.total, exact.total_exact), (10, true));
    let listed = s.search_drafts(&DraftQuery::default()).unwrap();
    assert_eq!((listed.total, listed.total_exact), (COUNT_LIMIT + 1, true), "the list without text counts exactly");
}

#[test]
fn every_order_runs_backwards_and_drafts_without_a_crossing_stay_last() {
    let mut s = store();
    let mut undated = declaration("NLD-004");
    undated.transport.estimated_arrival = None;
    s.create_draft(&undated, ANA, at(4)).unwrap();
    let order = |sort, reversed, text: &str| refs(&s, DraftQuery { sort, reversed, text: text.into(), ..Default::default() });
    for text in ["", "ramirez"] {
        for sort in [DraftSort::Newest, DraftSort::RecentlyUpdated, DraftSort::Reference] {
            let mut forward = order(sort, false, text);
            assert_eq!(forward.len(), if text.is_empty() { 4 } else { 3 }, "{sort:?} {text:?}");
            forward.reverse();
            assert_eq!(order(sort, true, text), forward, "{sort:?} backwards, text {text:?}");
        }
    }
    assert_eq!(order(DraftSort::Reference, true, ""), ["OTM-002", "NLD-004", "LRD-003", "LRD-001"]);
    let forward = order(DraftSort::Crossing, false, "");
    let backward = order(DraftSort::Crossing, true, "");
    assert_eq!(forward.last().map(String::as_str), Some("NLD-004"), "no crossing: last: {forward:?}");
    assert_eq!(backward.last().map(String::as_str), Some("NLD-004"), "no crossing: last backwards too: {backward:?}");
    let dated: Vec<_> = forward[..3].iter().rev().cloned().collect();
    assert_eq!(backward[..3], dated[..], "dated drafts latest first");
    assert!(backward.iter().position(|r| r == "LRD-003") < backward.iter().position(|r| r == "LRD-001"), "20 December before 1 December");
}
