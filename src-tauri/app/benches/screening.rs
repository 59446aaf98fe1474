//! Screening at the size of the real lists: OFAC's SDN with aliases, addresses and comments,
//! the non-SDN lists, the CSL sample, BIS's Denied Persons and SAT's 69-B list (about 37,000
//! names with aliases), imported into a new database as a user would. Prints the import time of
//! SDN, one name's screening (median and 99th percentile over 2,000 names: list names with one
//! typo, reordered names and names on no list) and a batch of 10,000; writes the names and the
//! queries to `target/bench-data/` for the peer comparison (`benches/screening_peer.py`).
//! Run: `cargo bench -p cruce-app --bench screening` (or `src-tauri/app/benches/screening.sh`
//! for both, the peer installed from PyPI into `target/tools/`).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use cruce_app::{SystemClock, Workspace};
use cruce_core::screening::{ListKind, Query};

fn shared() -> PathBuf {
    std::env::var_os("CRUCE_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1]
}

fn main() {
    let d = shared();
    let sdn: Vec<PathBuf> =
        ["sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"].iter().map(|f| d.join("ofac-watchman/ofac-sdn-2021-07").join(f)).collect();
    let cons: Vec<PathBuf> = ["cons_prim.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv"]
        .iter()
        .map(|f| d.join("ofac-watchman/ofac-consolidated-nonsdn").join(f))
        .collect();
    let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-data");
    std::fs::create_dir_all(&out).unwrap();

    let mut sdn_times = Vec::new();
    let mut ws = None;
    for _ in 0..3 {
        let dir = tempfile::tempdir().unwrap();
        let mut w = Workspace::create(&dir.path().join("bench.db"), Arc::new(SystemClock), "bench".into()).unwrap();
        let t = Instant::now();
        w.import_list_files(ListKind::OfacSdn, &sdn).unwrap();
        sdn_times.push(t.elapsed().as_secs_f64());
        ws = Some((w, dir));
    }
    sdn_times.sort_by(f64::total_cmp);
    println!(
        "import SDN with aliases, addresses and comments (8,976 entries, 23,327 names), parse + store + index check: median {:.2} s",
        sdn_times[1]
    );
    let (mut ws, _dir) = ws.unwrap();
    ws.import_list_files(ListKind::OfacCons, &cons).unwrap();
    ws.import_list_files(ListKind::Csl, &[d.join("ofac-watchman/trade-gov-csl/consolidated-sample-2025-06.csv")]).unwrap();
    ws.import_list_files(ListKind::BisDpl, &[d.join("ofac-watchman/bis-dpl/dpl-2022-09.txt")]).unwrap();
    let t = Instant::now();
    ws.import_list_files(ListKind::Sat69b, &[d.join("sat-69b/Listado_Completo_69-B.csv")]).unwrap();
    println!("import SAT 69-B (12,604 entries): {:.2} s", t.elapsed().as_secs_f64());
    let lists = ws.lists().unwrap();
    let names: u32 = lists.versions.iter().filter(|v| v.in_use).map(|v| v.names).sum();
    println!("lists in use: {} names", names);

    // The first screening builds the index from the database.
    let t = Instant::now();
    ws.screen_queries(&[Query { name: "warm up".into(), ..Default::default() }]).unwrap();
    println!("index built from the database: {:.0} ms", t.elapsed().as_secs_f64() * 1e3);

    // The choices the peer sees: every name of every list in use.
    let mut choices = Vec::new();
    let store = cruce_store::Store::open_existing(&_dir.path().join("bench.db")).unwrap();
    for v in store.lists_in_use().unwrap() {
        for (e, _) in store.list_entries(v.id).unwrap() {
            for n in e.names {
                choices.push(n.name);
            }
        }
    }
    // Queries: list names with one letter changed, reordered, and names on no list.
    let given = ["JOSE", "MARIA", "JUAN", "LUIS", "CARLOS", "ANA", "MIGUEL", "ROSA", "JOHN", "DAVID"];
    let surnames =
        ["HERNANDEZ", "GARCIA", "MARTINEZ", "LOPEZ", "GONZALEZ", "PEREZ", "SMITH", "JOHNSON", "RAMIREZ", "TORRES", "FLORES", "RUIZ"];
    let mut queries: Vec<String> = Vec::new();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    while queries.len() < 2000 {
        let r = next();
        let q = match r % 3 {
            0 => {
                let mut c: Vec<char> = choices[(r / 3) as usize % choices.len()].chars().collect();
                if c.len() > 4 {
                    let at = 1 + (r as usize / 7) % (c.len() - 2);
                    c[at] = 'E';
                }
                c.into_iter().collect()
            }
            1 => {
                let n = &choices[(r / 3) as usize % choices.len()];
                match n.split_once(", ") {
                    Some((last, first)) => format!("{first} {last}"),
                    None => n.to_lowercase(),
                }
            }
            _ => format!("{} {} {}", given[(r / 3) as usize % 10], surnames[(r / 31) as usize % 12], surnames[(r / 377) as usize % 12]),
        };
        queries.push(q);
    }
    std::fs::write(out.join("screening-choices.txt"), choices.join("\n")).unwrap();
    std::fs::write(out.join("screening-queries.txt"), queries.join("\n")).unwrap();

    let mut times = Vec::with_capacity(queries.len());
    let mut hits = 0;
    for q in &queries {
        let query = [Query { name: q.clone(), ..Default::default() }];
        let t = Instant::now();
        let r = ws.screen_queries(&query).unwrap();
        times.push(t.elapsed().as_secs_f64() * 1e3);
        hits += r[0].len();
    }
    times.sort_by(f64::total_cmp);
    println!(
        "one name against {} names: median {:.3} ms, p99 {:.3} ms, max {:.3} ms ({} queries, {} hits)",
        choices.len(),
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        times[times.len() - 1],
        queries.len(),
        hits
    );
    let batch: Vec<Query> = (0..10_000).map(|i| Query { name: queries[i % queries.len()].clone(), ..Default::default() }).collect();
    let t = Instant::now();
    let r = ws.screen_queries(&batch).unwrap();
    println!("a batch of 10,000 names: {:.2} s ({} hits)", t.elapsed().as_secs_f64(), r.iter().map(Vec::len).sum::<usize>());
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("batch.csv");
    let mut text = String::from("id,name,country\n");
    for (i, q) in batch.iter().enumerate() {
        text.push_str(&format!("{i},\"{}\",MX\n", q.name.replace('"', "")));
    }
    std::fs::write(&csv, text).unwrap();
    let t = Instant::now();
    let lines = ws.screen_batch_file(&csv).unwrap();
    println!(
        "the same batch as a CSV, screened and recorded (audit, review queue): {:.2} s ({} lines)",
        t.elapsed().as_secs_f64(),
        lines.len()
    );
}
