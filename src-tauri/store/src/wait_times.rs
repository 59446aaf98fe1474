//! CBP's wait-time readings as fetched, so the last ones show offline with their age and the
//! last day draws as a chart. A reading is keyed by its crossing and CBP's update instant: the
//! same update fetched twice is one reading. Every fetch is noted, failed ones with why, and
//! which crossings the answer held (a crossing missing from the latest answer is shown so).

use chrono::{DateTime, Duration, Utc};
use cruce_core::crossing::wait_times::CommercialWait;
use rusqlite::{params, OptionalExtension};

use crate::rows::{instant, timestamp};
use crate::{Store, StoreError};

/// Readings fetched longer ago than this are removed when new ones are stored.
pub const KEEP_READINGS_DAYS: i64 = 90;

/// One fetch as noted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaitFetch {
    pub at: DateTime<Utc>,
    pub url: String,
    pub ok: bool,
    pub ports: Vec<String>,
    pub error: Option<String>,
}

/// A reading as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredWait {
    pub observed_at: DateTime<Utc>,
    pub fetched_at: DateTime<Utc>,
    pub reading: CommercialWait,
}

fn reading_of(port: &str, text: &str) -> Result<CommercialWait, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::InvalidRow { id: port.to_owned(), reason: format!("wait reading: {e}") })
}

impl Store {
    /// Notes a successful fetch at `at` and stores its readings; returns how many were new.
    pub fn store_wait_readings(&mut self, at: DateTime<Utc>, url: &str, readings: &[CommercialWait]) -> Result<usize, StoreError> {
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut new = 0;
        {
            // The same crossing and update instant is one reading: read again, it is marked as
            // seen now (and takes the answer's content, should a lane have changed under the
            // same time stamp).
            let mut insert = tx.prepare_cached(
                "INSERT INTO wait_reading (port_number, observed_at, fetched_at, standard_minutes, fast_minutes, document)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (port_number, observed_at) DO UPDATE SET fetched_at = excluded.fetched_at,
                     standard_minutes = excluded.standard_minutes, fast_minutes = excluded.fast_minutes, document = excluded.document",
            )?;
            let mut known = tx.prepare_cached("SELECT count(*) FROM wait_reading WHERE port_number = ?1 AND observed_at = ?2")?;
            let mut last = tx.prepare_cached(
                "SELECT observed_at, document FROM wait_reading WHERE port_number = ?1 ORDER BY fetched_at DESC, observed_at DESC LIMIT 1",
            )?;
            for w in readings {
                let document = serde_json::to_string(w).expect("a reading always serializes");
                // Without CBP's update time ("Lanes Closed" on both lanes), a reading the same
                // as the last one kept is the same reading.
                if w.updated_at().is_none() {
                    let previous: Option<(String, String)> = last.query_row([&w.port_number], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
                    if let Some((observed, _)) = previous.filter(|(_, d)| *d == document) {
                        tx.execute(
                            "UPDATE wait_reading SET fetched_at = ?3 WHERE port_number = ?1 AND observed_at = ?2",
                            params![w.port_number, observed, timestamp(at)],
                        )?;
                        continue;
                    }
                }
                let observed = w.updated_at().unwrap_or(at);
                let seen: i64 = known.query_row(params![w.port_number, timestamp(observed)], |r| r.get(0))?;
                new += usize::from(seen == 0);
                insert.execute(params![
                    w.port_number,
                    timestamp(observed),
                    timestamp(at),
                    w.standard.minutes(),
                    w.fast.minutes(),
                    document
                ])?;
            }
        }
        let ports: Vec<&str> = readings.iter().map(|w| w.port_number.as_str()).collect();
        tx.execute(
            "INSERT INTO wait_fetch (at, url, ok, ports, error) VALUES (?1, ?2, 1, ?3, NULL)",
            params![timestamp(at), url, serde_json::to_string(&ports).expect("strings serialize")],
        )?;
        let cutoff = timestamp(at - Duration::days(KEEP_READINGS_DAYS));
        tx.execute("DELETE FROM wait_reading WHERE fetched_at < ?1", [&cutoff])?;
        tx.execute("DELETE FROM wait_fetch WHERE at < ?1", [&cutoff])?;
        tx.commit()?;
        Ok(new)
    }

    /// Notes a fetch that failed, and why.
    pub fn note_wait_fetch_failed(&mut self, at: DateTime<Utc>, url: &str, error: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO wait_fetch (at, url, ok, ports, error) VALUES (?1, ?2, 0, '[]', ?3)",
            params![timestamp(at), url, error],
        )?;
        Ok(())
    }

    /// The last fetch tried and the last one that succeeded.
    pub fn wait_fetches(&self) -> Result<(Option<WaitFetch>, Option<WaitFetch>), StoreError> {
        let read = |sql: &str| -> Result<Option<WaitFetch>, StoreError> {
            let mut stmt = self.conn.prepare_cached(sql)?;
            let mut rows = stmt.query([])?;
            let Some(r) = rows.next()? else { return Ok(None) };
            let at: String = r.get(0)?;
            let ports: String = r.get(3)?;
            Ok(Some(WaitFetch {
                at: instant("wait_fetch", &at)?,
                url: r.get(1)?,
                ok: r.get(2)?,
                ports: serde_json::from_str(&ports)
                    .map_err(|e| StoreError::InvalidRow { id: "wait_fetch".into(), reason: format!("ports: {e}") })?,
                error: r.get(4)?,
            }))
        };
        Ok((
            read("SELECT at, url, ok, ports, error FROM wait_fetch ORDER BY seq DESC LIMIT 1")?,
            read("SELECT at, url, ok, ports, error FROM wait_fetch WHERE ok = 1 ORDER BY seq DESC LIMIT 1")?,
        ))
    }

    /// The reading of every crossing ever read that was last seen in an answer.
    pub fn latest_wait_readings(&self) -> Result<Vec<StoredWait>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            // The reading last seen in an answer (then the newest update): a crossing "Lanes Closed"
            // now shows so, and an update read again stays current.
            "SELECT port_number, observed_at, fetched_at, document FROM (
                 SELECT port_number, observed_at, fetched_at, document,
                        row_number() OVER (PARTITION BY port_number ORDER BY fetched_at DESC, observed_at DESC) AS n
                 FROM wait_reading)
             WHERE n = 1 ORDER BY port_number",
        )?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let port: String = r.get(0)?;
            out.push(StoredWait {
                observed_at: instant(&port, &r.get::<_, String>(1)?)?,
                fetched_at: instant(&port, &r.get::<_, String>(2)?)?,
                reading: reading_of(&port, &r.get::<_, String>(3)?)?,
            });
        }
        Ok(out)
    }

    /// The readings of one crossing observed at or after `since`, oldest first.
    pub fn wait_history(&self, port_number: &str, since: DateTime<Utc>) -> Result<Vec<StoredWait>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT observed_at, fetched_at, document FROM wait_reading WHERE port_number = ?1 AND observed_at >= ?2 ORDER BY observed_at",
        )?;
        let mut rows = stmt.query(params![port_number, timestamp(since)])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            out.push(StoredWait {
                observed_at: instant(port_number, &r.get::<_, String>(0)?)?,
                fetched_at: instant(port_number, &r.get::<_, String>(1)?)?,
                reading: reading_of(port_number, &r.get::<_, String>(2)?)?,
            });
        }
        Ok(out)
    }
}
