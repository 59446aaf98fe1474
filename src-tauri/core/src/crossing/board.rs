//! The dispatcher's board: one row per active crossing, judged at `now`, grouped by port, with
//! the filters a dispatcher narrows it by. FAST eligibility and the current wait are added by the
//! application layer, which holds the registry and the readings.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::record::StoredCrossing;
use super::timeline::{expected_next, Deadline, EventKind, Stage, Timeline};
use crate::declaration::Direction;
use crate::reference::Reference;
use crate::text::fold;

/// How long a released or ended crossing stays on the board.
pub const SHOWN_AFTER_END_HOURS: i64 = 2;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BoardRow {
    pub id: String,
    pub revision: u32,
    pub trip_number: String,
    pub direction: Direction,
    pub us_port: String,
    pub port_name: String,
    pub crossing: String,
    pub crossing_name: String,
    /// The zone its times are shown in.
    pub zone: Option<String>,
    pub carrier: String,
    pub scac: String,
    pub driver: String,
    pub tractor_plate: String,
    pub fast_lane: bool,
    #[ts(type = "string | null")]
    pub arrival: Option<DateTime<Utc>>,
    pub stage: Stage,
    #[ts(type = "string | null")]
    pub stage_since: Option<DateTime<Utc>>,
    pub deadline: Option<Deadline>,
    pub last_event: Option<EventKind>,
    #[ts(type = "string | null")]
    pub last_event_at: Option<DateTime<Utc>>,
    /// Events kept but out of the allowed order.
    #[ts(type = "number")]
    pub flagged: usize,
    pub next: Vec<EventKind>,
    #[ts(type = "number")]
    pub declarations: usize,
    pub used_ucp: bool,
}

pub fn row(s: &StoredCrossing, t: &Timeline, r: &Reference) -> BoardRow {
    let c = &s.crossing;
    let last = t.entries.iter().rev().find(|e| !e.superseded).map(|e| &e.event);
    BoardRow {
        id: s.id.clone(),
        revision: s.revision,
        trip_number: c.trip_number.clone(),
        direction: c.direction,
        us_port: c.us_port.clone(),
        port_name: r.us_port(&c.us_port).map(|p| p.name.to_owned()).unwrap_or_default(),
        crossing: c.crossing.clone(),
        crossing_name: r.crossing(&c.crossing).map(|x| x.name.to_owned()).unwrap_or_default(),
        zone: c.zone(r).map(str::to_owned),
        carrier: c.carrier.name.clone(),
        scac: c.carrier.scac.clone(),
        driver: c.driver.name.clone(),
        tractor_plate: c.tractor.plate.clone(),
        fast_lane: c.fast_lane,
        arrival: c.arrival(),
        stage: t.stage,
        stage_since: t.stage_since,
        deadline: t.deadline.clone(),
        last_event: last.map(|e| e.kind),
        last_event_at: last.map(|e| e.at),
        flagged: t.entries.iter().filter(|e| e.out_of_order).count(),
        next: expected_next(t),
        declarations: c.shipments.len(),
        used_ucp: t.used_ucp,
    }
}

/// What the dispatcher narrows the board to; empty fields do not narrow.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct BoardFilter {
    pub us_port: String,
    /// Words of the carrier's name or its SCAC.
    pub carrier: String,
    pub stage: Option<Stage>,
    /// Words of the trip number, driver or plate.
    pub text: String,
}

impl BoardFilter {
    pub fn matches(&self, row: &BoardRow) -> bool {
        if !self.us_port.trim().is_empty() && row.us_port != self.us_port.trim() {
            return false;
        }
        if self.stage.is_some_and(|s| s != row.stage) {
            return false;
        }
        let words_in = |query: &str, hay: &[&str]| {
            let hay = fold(&hay.join(" "));
            fold(query).split_whitespace().all(|w| hay.contains(w))
        };
        words_in(&self.carrier, &[&row.carrier, &row.scac])
            && words_in(&self.text, &[&row.trip_number, &row.driver, &row.tractor_plate, &row.crossing_name])
    }
}

/// The urgency order within a port: a missed or near deadline first, then holds, then by arrival.
pub fn urgency(row: &BoardRow) -> (u8, Option<DateTime<Utc>>) {
    use super::timeline::DeadlineState as D;
    let rank = match (row.deadline.as_ref().map(|d| d.state), row.stage) {
        (Some(D::Missed), _) => 0,
        (_, Stage::Held) => 1,
        (Some(D::Near), _) => 2,
        (_, Stage::Released | Stage::Done) => 4,
        _ => 3,
    };
    (rank, row.arrival)
}
