//! The processes a test started: tauri-driver, the WebKitWebDriver it runs and the app that one
//! launches. Read from /proc, so a test can close a window of its own app and wait for all of
//! them to be gone before the next start (an app still shutting down must not meet the next one).

use std::time::{Duration, Instant};

/// Every process started, directly or not, by `root` (read from /proc).
pub fn descendants(root: u32) -> Vec<u32> {
    let parents: Vec<(u32, u32)> = std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let pid: u32 = e.file_name().to_str()?.parse().ok()?;
            let stat = std::fs::read_to_string(e.path().join("stat")).ok()?;
            // "pid (comm) state ppid ...": comm may hold spaces, so read after the last ')'.
            let ppid = stat.rsplit_once(')')?.1.split_whitespace().nth(1)?.parse().ok()?;
            Some((pid, ppid))
        })
        .collect();
    let mut found = vec![root];
    let mut i = 0;
    while i < found.len() {
        let parent = found[i];
        found.extend(parents.iter().filter(|(_, pp)| *pp == parent).map(|(p, _)| *p));
        i += 1;
    }
    found
}

/// Whether `pid` still runs (a zombie waiting for its parent has finished running).
pub fn running(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => stat.rsplit_once(')').and_then(|(_, rest)| rest.split_whitespace().next()) != Some("Z"),
        Err(_) => false,
    }
}

/// Waits up to `patience` for every one of `pids` to end; then sends SIGKILL to those left.
/// Returns how many had to be killed.
pub fn wait_gone(pids: &[u32], patience: Duration) -> usize {
    let deadline = Instant::now() + patience;
    while Instant::now() < deadline {
        if !pids.iter().any(|&p| running(p)) {
            return 0;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let left: Vec<u32> = pids.iter().copied().filter(|&p| running(p)).collect();
    for pid in &left {
        let _ = std::process::Command::new("kill").args(["-KILL", &pid.to_string()]).status();
    }
    left.len()
}
