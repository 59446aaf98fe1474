//! CBP's Border Wait Times: fetched from the address set in preferences (CBP's public API by
//! default), kept in the store so the last readings show offline with their age, and drawn as the
//! last day per crossing. How often to ask, and how to back off when CBP does not answer, is
//! [`next_delay`]'s; the front end's timer calls [`fetch_wait_times`] and
//! [`Workspace::store_wait_times`].

use std::collections::HashMap;
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use cruce_core::crossing::wait_times::{parse, CommercialWait, LaneReading};
use serde::Serialize;
use ts_rs::TS;

use crate::{Error, Workspace};

/// How often CBP is asked when it answers: its commercial readings change about hourly.
pub const POLL_INTERVAL: StdDuration = StdDuration::from_secs(10 * 60);
/// The first wait after a failure; doubled after each further one, up to [`MAX_BACKOFF`].
pub const FIRST_BACKOFF: StdDuration = StdDuration::from_secs(60);
pub const MAX_BACKOFF: StdDuration = StdDuration::from_secs(60 * 60);
/// How long one request may take, connecting included.
pub const FETCH_TIMEOUT: StdDuration = StdDuration::from_secs(20);
/// A reading older than this is shown as stale.
pub const STALE_AFTER_MINUTES: i64 = 120;

/// The wait before the next fetch after `failures` failures in a row (0: the last one worked),
/// spread by ±20% with `jitter` in `[0, 1)` so that many copies of Cruce do not ask CBP in step.
pub fn next_delay(failures: u32, jitter: f64) -> StdDuration {
    let base = if failures == 0 {
        POLL_INTERVAL
    } else {
        FIRST_BACKOFF.saturating_mul(2u32.saturating_pow(failures.saturating_sub(1).min(16))).min(MAX_BACKOFF)
    };
    let jitter = if jitter.is_finite() { jitter.clamp(0.0, 1.0) } else { 0.5 };
    base.mul_f64(0.8 + 0.4 * jitter)
}

/// CBP's current commercial readings at `url`. An answer listing no crossing at all is a failure
/// (the last readings stay current), not a border without trucks.
pub async fn fetch_wait_times(client: &cruce_remote::reqwest::Client, url: &str) -> Result<Vec<CommercialWait>, Error> {
    fetch_wait_times_within(client, url, FETCH_TIMEOUT).await
}

/// [`fetch_wait_times`] with its own limit on the request.
pub async fn fetch_wait_times_within(
    client: &cruce_remote::reqwest::Client,
    url: &str,
    timeout: StdDuration,
) -> Result<Vec<CommercialWait>, Error> {
    let download = cruce_remote::fetch_wait_times(client, url, timeout).await?;
    let text = String::from_utf8_lossy(&download.bytes);
    let readings = parse(&text).map_err(|error| Error::WaitTimes { url: url.to_owned(), error })?;
    if readings.is_empty() {
        return Err(Error::WaitTimesEmpty { url: url.to_owned() });
    }
    Ok(readings)
}

/// The newest reading of one crossing as the board and the chart show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WaitNow {
    pub port_number: String,
    pub port_name: String,
    pub crossing_name: String,
    pub standard: LaneReading,
    pub fast: LaneReading,
    /// CBP's update instant (or when it was fetched, without one).
    #[ts(type = "string")]
    pub observed_at: DateTime<Utc>,
    #[ts(type = "number")]
    pub age_seconds: i64,
    pub stale: bool,
    /// The crossing was in the latest answer (CBP sometimes drops one).
    pub in_latest: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FetchInfo {
    #[ts(type = "string")]
    pub at: DateTime<Utc>,
    pub url: String,
    pub ok: bool,
    pub error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WaitTimes {
    pub readings: Vec<WaitNow>,
    pub last_try: Option<FetchInfo>,
    pub last_success: Option<FetchInfo>,
    /// Where they are fetched from.
    pub url: String,
    #[ts(type = "string")]
    pub now: DateTime<Utc>,
}

/// One point of the chart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WaitPoint {
    #[ts(type = "string")]
    pub at: DateTime<Utc>,
    pub standard: Option<u32>,
    pub fast: Option<u32>,
}

fn info(f: cruce_store::WaitFetch) -> FetchInfo {
    FetchInfo { at: f.at, url: f.url, ok: f.ok, error: f.error }
}

impl Workspace {
    /// Where wait times are fetched from: the address set in preferences, else `default`.
    pub fn wait_times_url(&self, default: &str) -> Result<String, Error> {
        Ok(self.store.wait_times_url()?.unwrap_or_else(|| default.to_owned()))
    }

    /// Sets the address (http or https); empty goes back to the default.
    pub fn set_wait_times_url(&mut self, url: &str) -> Result<(), Error> {
        let url = url.trim();
        if url.is_empty() {
            return Ok(self.store.set_wait_times_url(None)?);
        }
        let ok = cruce_remote::reqwest::Url::parse(url).is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some());
        if !ok {
            return Err(Error::WaitTimesUrl { url: url.to_owned() });
        }
        Ok(self.store.set_wait_times_url(Some(url))?)
    }

    /// Keeps what a fetch from `url` gave: its readings (returning how many were new), or why it
    /// failed (noted, then returned).
    pub fn store_wait_times(&mut self, url: &str, result: Result<Vec<CommercialWait>, Error>) -> Result<usize, Error> {
        let now = self.now();
        match result {
            Ok(readings) => Ok(self.store.store_wait_readings(now, url, &readings)?),
            Err(e) => {
                self.store.note_wait_fetch_failed(now, url, &crate::chain(&e))?;
                Err(e)
            }
        }
    }

    /// The newest reading of each crossing, keyed by its BWT number (the board and a crossing's
    /// page: no fetch bookkeeping, no address).
    pub(crate) fn current_waits(&self) -> Result<HashMap<String, WaitNow>, Error> {
        let (_, last_success) = self.store.wait_fetches()?;
        Ok(self.readings_now(last_success.as_ref())?.into_iter().map(|w| (w.port_number.clone(), w)).collect())
    }

    /// The newest readings, with their age, and how the last fetches went.
    pub fn wait_times(&self, default_url: &str) -> Result<WaitTimes, Error> {
        let (last_try, last_success) = self.store.wait_fetches()?;
        Ok(WaitTimes {
            readings: self.readings_now(last_success.as_ref())?,
            last_try: last_try.map(info),
            last_success: last_success.map(info),
            url: self.wait_times_url(default_url)?,
            now: self.now(),
        })
    }

    /// The readings last seen, aged now; `in_latest` against the last answer that worked.
    fn readings_now(&self, last_success: Option<&cruce_store::WaitFetch>) -> Result<Vec<WaitNow>, Error> {
        let now = self.now();
        let latest_ports: Option<&Vec<String>> = last_success.map(|f| &f.ports);
        Ok(self
            .store
            .latest_wait_readings()?
            .into_iter()
            .map(|s| {
                let age_seconds = (now - s.observed_at).num_seconds().max(0);
                WaitNow {
                    in_latest: latest_ports.is_some_and(|p| p.contains(&s.reading.port_number)),
                    stale: age_seconds > STALE_AFTER_MINUTES * 60,
                    port_number: s.reading.port_number,
                    port_name: s.reading.port_name,
                    crossing_name: s.reading.crossing_name,
                    standard: s.reading.standard,
                    fast: s.reading.fast,
                    observed_at: s.observed_at,
                    age_seconds,
                }
            })
            .collect())
    }

    /// The readings of crossing `port_number` over the last `hours`, oldest first.
    pub fn wait_history(&self, port_number: &str, hours: i64) -> Result<Vec<WaitPoint>, Error> {
        let since = self.now() - Duration::hours(hours.clamp(1, 24 * 31));
        Ok(self
            .store
            .wait_history(port_number, since)?
            .into_iter()
            .map(|s| WaitPoint { at: s.observed_at, standard: s.reading.standard.minutes(), fast: s.reading.fast.minutes() })
            .collect())
    }
}
