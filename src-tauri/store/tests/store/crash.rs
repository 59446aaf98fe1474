//! Crash safety: a child process saves revisions in a loop and is killed with SIGKILL at random
//! moments, over and over. After every kill the database must open, pass `PRAGMA
//! integrity_check`, and hold every save the child had reported as committed.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use cruce_store::Store;

use super::{declaration, t0};

const CHILD_ENV: &str = "CRUCE_CRASH_CHILD_DB";
const KILLS: u32 = 200;

/// Saves revision after revision of one draft, printing `committed N` after each commit returns.
/// In the crash test it runs in a child process until killed; run directly it saves 25
/// revisions and checks that each one is there.
#[test]
fn save_loop() {
    let child_db = std::env::var_os(CHILD_ENV);
    let dir = tempfile::tempdir().unwrap();
    let path = child_db.as_deref().map(Path::new).map(Path::to_owned).unwrap_or_else(|| dir.path().join("loop.db"));
    let mut store = Store::open(&path).unwrap();
    let id = match store.list_drafts().unwrap().first() {
        Some(d) => d.id.clone(),
        None => store.create_draft(&declaration("CRASH-0"), "crash", t0()).unwrap().id,
    };
    let rounds = if child_db.is_some() { u32::MAX } else { 25 };
    for _ in 0..rounds {
        let draft = store.get_draft(&id).unwrap();
        let mut next = draft.declaration.clone();
        next.reference = format!("CRASH-{}", draft.revision + 1);
        next.lines[0].description = format!("revision {} of the crash test", draft.revision + 1);
        let saved = store.save_draft(&id, &next, draft.revision, "crash", t0()).unwrap();
        println!("committed {}", saved.revision);
    }
    assert_eq!(store.history(&id).unwrap().len(), 26);
}

/// A small deterministic generator, so a failing run can be repeated with its seed.
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn killed_mid_save_two_hundred_times_nothing_committed_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.db");
    let mut seed = std::env::var("CRUCE_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64 | 1);
    println!("seed {seed}");
    let started = Instant::now();
    let mut reported_max = 0u32;
    let mut kills_mid_stream = 0;
    for round in 0..KILLS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["crash::save_loop", "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &db)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(n) = line.strip_prefix("committed ").and_then(|n| n.parse::<u32>().ok()) {
                    let _ = tx.send(n);
                }
            }
        });
        // Let it get going (opening and migrating takes a few ms), then kill at a random moment.
        std::thread::sleep(Duration::from_micros(2_000 + next(&mut seed) % 30_000));
        child.kill().unwrap(); // SIGKILL on Unix: no destructor, no flush, no checkpoint.
        child.wait().unwrap();
        reader.join().unwrap();
        let reported: Vec<u32> = rx.try_iter().collect();
        if let Some(&last) = reported.last() {
            reported_max = reported_max.max(last);
            kills_mid_stream += 1;
        }

        let conn = rusqlite::Connection::open(&db).unwrap();
        let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(check, "ok", "round {round} (seed {seed})");
        drop(conn);
        let store = Store::open(&db).unwrap_or_else(|e| panic!("round {round}: the database must open: {e}"));
        if reported_max > 0 {
            let id = store.list_drafts().unwrap()[0].id.clone();
            let draft = store.get_draft(&id).unwrap();
            assert!(draft.revision >= reported_max, "round {round}: revision {} < reported {reported_max} (seed {seed})", draft.revision);
            let history = store.history(&id).unwrap();
            assert_eq!(history.len() as u32, draft.revision, "round {round}: every revision from 1 is there");
            let expected = if draft.revision == 1 { "CRASH-0".to_owned() } else { format!("CRASH-{}", draft.revision) };
            assert_eq!(draft.declaration.reference, expected, "round {round}: the current revision's document is whole");
        }
        assert_eq!(store.verify_audit_log().unwrap().first_broken, None, "round {round}: the audit chain holds");
    }
    println!(
        "crash test: {KILLS} SIGKILLs ({kills_mid_stream} after at least one reported commit), {reported_max} revisions committed and all present, integrity ok every time, {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(kills_mid_stream >= KILLS / 2, "most kills must land while saving, not before the first save ({kills_mid_stream})");
}
