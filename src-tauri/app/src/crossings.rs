//! Crossings: made from the declarations a truck carries, their timelines (events recorded one at
//! a time or imported from a spreadsheet, previewed first), the dispatcher's board with each
//! truck's FAST eligibility and the current wait at its crossing, and the clearance figures.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use chrono::{DateTime, Duration, Utc};
use cruce_core::crossing::board::{row, urgency, BoardFilter, BoardRow, SHOWN_AFTER_END_HOURS};
use cruce_core::crossing::events_csv::{preview as preview_events, trip_key, trips_named, EventsPreview, TripTarget};
use cruce_core::crossing::figures::{clearance_figures, facts, figures_csv, CrossingFacts, FigureRow};
use cruce_core::crossing::record::{check, fast_declaration, from_declarations, Crossing, CrossingProblem, Shipment, StoredCrossing};
use cruce_core::crossing::timeline::{timeline, Event, EventKind, ExamKind, Outcome, Timeline};
use cruce_core::reference::Reference;
use cruce_core::trader::eligibility::{fast_eligibility, LinkCheck, LinkOutcome};
use cruce_core::{Direction, Language};
use cruce_store::CrossingWithEvents;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::files::{file_name, hex_sha256, read_limited};
use crate::wait_times::WaitNow;
use crate::{Error, Workspace};

/// How far ahead of the computer's clock an event may be dated (clocks differ a little).
pub const FUTURE_TOLERANCE_MINUTES: i64 = 10;

/// A crossing's FAST eligibility on the board: every declaration it carries must qualify.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CrossingFast {
    /// Northbound only.
    pub applies: bool,
    pub qualifies: bool,
    /// The links that do not qualify or cannot be confirmed, each once.
    pub problems: Vec<LinkCheck>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BoardEntry {
    pub row: BoardRow,
    pub fast: CrossingFast,
    pub wait: Option<WaitNow>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PortGroup {
    pub us_port: String,
    pub port_name: String,
    pub entries: Vec<BoardEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Board {
    pub groups: Vec<PortGroup>,
    /// Crossings on the board before the filter.
    #[ts(type = "number")]
    pub total: usize,
    #[ts(type = "number")]
    pub shown: usize,
    #[ts(type = "string")]
    pub now: DateTime<Utc>,
}

/// A carried declaration as the crossing's page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CarriedDeclaration {
    pub draft_id: String,
    pub reference: String,
    /// The revision the crossing's copy was taken from, and the draft's current one.
    pub attached_revision: u32,
    pub current_revision: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CrossingDetail {
    pub stored: StoredCrossing,
    pub timeline: Timeline,
    pub facts: CrossingFacts,
    pub zone: Option<String>,
    pub fast: CrossingFast,
    pub declarations: Vec<CarriedDeclaration>,
    pub wait: Option<WaitNow>,
    #[ts(type = "string")]
    pub now: DateTime<Utc>,
}

/// An event as the dispatcher records it; who and (by default) when are the workspace's.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EventInput {
    pub kind: EventKind,
    /// When it happened; now when not given.
    #[serde(default)]
    #[ts(type = "string | null")]
    pub at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub cbp: Option<Outcome>,
    #[serde(default)]
    pub mx: Option<Outcome>,
    #[serde(default)]
    pub exam: Option<ExamKind>,
    /// The event this one corrects.
    #[serde(default)]
    pub corrects: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EventsImportPreview {
    pub preview: EventsPreview,
    pub sha256: String,
    pub file: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EventsImportOutcome {
    #[ts(type = "number")]
    pub stored: usize,
    #[ts(type = "number")]
    pub skipped: usize,
}

fn problem(path: &str, code: &str, en: &str, es: &str) -> CrossingProblem {
    CrossingProblem { path: path.to_owned(), code: code.to_owned(), message_en: en.to_owned(), message_es: es.to_owned() }
}

/// What a crossing's events come to, at `now`. The e-Manifest deadline is the truck's entering
/// the United States (northbound only); it is 30 minutes only for a FAST-lane truck that
/// qualifies (`fast_ok`), an hour otherwise (19 CFR 123.92(a)).
fn judge_with(r: &Reference, c: &Crossing, events: &[Event], now: DateTime<Utc>, fast_ok: bool) -> (Timeline, CrossingFacts) {
    let arrival = if c.direction == Direction::Northbound { c.arrival() } else { None };
    let t = timeline(events, arrival, c.fast_lane && fast_ok, now);
    let f = facts(&t, c.zone(r));
    (t, f)
}

/// [`judge_with`] for the facts kept with a crossing (which do not depend on the deadline).
fn judge(r: &Reference, c: &Crossing, events: &[Event], now: DateTime<Utc>) -> (Timeline, CrossingFacts) {
    judge_with(r, c, events, now, false)
}

/// FAST eligibility of a crossing from its shipments' copies.
fn crossing_fast(r: &Reference, c: &Crossing) -> CrossingFast {
    let zone = c.zone(r);
    let empty;
    let shipments: Vec<&Shipment> = if c.shipments.is_empty() {
        empty = Shipment::of("", 0, &cruce_core::declaration::Declaration::new(&c.trip_number, c.direction));
        vec![&empty]
    } else {
        c.shipments.iter().collect()
    };
    let mut out = CrossingFast { applies: false, qualifies: true, problems: Vec::new() };
    let mut seen = HashSet::new();
    for s in shipments {
        let e = fast_eligibility(&fast_declaration(c, s), r.registry(), r.trader_rules(), zone);
        out.applies |= e.applies;
        out.qualifies &= e.qualifies;
        for l in e.links.into_iter().filter(|l| l.outcome != LinkOutcome::Qualifies) {
            if seen.insert((format!("{:?}", l.link), l.record_id.clone(), l.record_name.clone())) {
                out.problems.push(l);
            }
        }
    }
    out.qualifies &= out.applies;
    out
}

impl Workspace {
    fn judge_fn(&self) -> impl Fn(&Crossing, &[Event]) -> CrossingFacts + 'static {
        let now = self.now();
        let reference = std::sync::Arc::clone(self.reference());
        move |c: &Crossing, events: &[Event]| judge(&reference, c, events, now).1
    }

    /// The copies of the declarations `draft_ids` at their current revisions.
    fn shipments(&self, draft_ids: &[String]) -> Result<Vec<(String, u32, cruce_core::declaration::Declaration)>, Error> {
        draft_ids
            .iter()
            .map(|id| {
                let d = self.store.get_draft(id)?;
                Ok((d.id, d.revision, d.declaration))
            })
            .collect()
    }

    /// A crossing made from the saved declarations `draft_ids` (not stored: the dispatcher looks
    /// at it and saves it). Declarations that disagree on the truck are refused with each
    /// disagreement.
    pub fn crossing_from_drafts(&self, draft_ids: &[String]) -> Result<Crossing, Error> {
        let loaded = self.shipments(draft_ids)?;
        let refs: Vec<(&str, u32, &cruce_core::declaration::Declaration)> =
            loaded.iter().map(|(id, rev, d)| (id.as_str(), *rev, d)).collect();
        from_declarations(&refs).map_err(|problems| Error::CrossingInvalid { problems })
    }

    /// The crossing with its shipments' copies taken again from the declarations it names (the
    /// caller names them; what is copied is the store's).
    fn with_fresh_shipments(&self, mut c: Crossing) -> Result<Crossing, Error> {
        let ids: Vec<String> = c.shipments.iter().map(|s| s.draft_id.clone()).collect();
        c.shipments = self.shipments(&ids)?.iter().map(|(id, rev, d)| Shipment::of(id, *rev, d)).collect();
        Ok(c)
    }

    fn checked_crossing(&self, c: Crossing) -> Result<Crossing, Error> {
        let mut c = self.with_fresh_shipments(c)?;
        c.trip_number = c.trip_number.trim().to_owned();
        c.us_port = c.us_port.trim().to_owned();
        c.crossing = c.crossing.trim().to_owned();
        let problems = check(&c, self.reference());
        if !problems.is_empty() {
            return Err(Error::CrossingInvalid { problems });
        }
        Ok(c)
    }

    /// Stores a new crossing; every problem at once, nothing written, if it has any.
    pub fn create_crossing(&mut self, c: Crossing) -> Result<CrossingDetail, Error> {
        let c = self.checked_crossing(c)?;
        let (_, f) = judge(self.reference(), &c, &[], self.now());
        let author = self.author()?;
        let stored = self.store.create_crossing(&c, &f, &author, self.now())?;
        self.get_crossing(&stored.id)
    }

    /// Saves the next revision of a crossing if nobody saved it since `expected_revision`.
    pub fn save_crossing(&mut self, id: &str, expected_revision: u32, c: Crossing) -> Result<CrossingDetail, Error> {
        let c = self.checked_crossing(c)?;
        let author = self.author()?;
        let now = self.now();
        let judge = self.judge_fn();
        let saved = self.store.save_crossing(id, expected_revision, &c, &judge, &author, now)?;
        self.get_crossing(&saved.id)
    }

    /// A crossing with its timeline judged now, its FAST eligibility, its declarations and the
    /// current wait at its crossing.
    pub fn get_crossing(&self, id: &str) -> Result<CrossingDetail, Error> {
        let CrossingWithEvents { stored, events } = self.store.crossing(id)?;
        let now = self.now();
        let r = self.reference();
        // Judged on the declarations as they are now, not on the copies.
        let fresh = self.with_fresh_shipments(stored.crossing.clone()).unwrap_or_else(|_| stored.crossing.clone());
        let fast = crossing_fast(r, &fresh);
        let (timeline, facts) = judge_with(r, &stored.crossing, &events, now, fast.qualifies);
        let waits = self.current_waits()?;
        let mut declarations = Vec::new();
        for s in &stored.crossing.shipments {
            let current = match self.store.get_draft(&s.draft_id) {
                Ok(d) => Some(d.revision),
                Err(cruce_store::StoreError::DraftNotFound { .. }) => None,
                Err(e) => return Err(e.into()),
            };
            declarations.push(CarriedDeclaration {
                draft_id: s.draft_id.clone(),
                reference: s.reference.clone(),
                attached_revision: s.revision,
                current_revision: current,
            });
        }
        Ok(CrossingDetail {
            zone: stored.crossing.zone(r).map(str::to_owned),
            fast,
            wait: waits.get(&stored.crossing.crossing).cloned(),
            timeline,
            facts,
            declarations,
            stored,
            now,
        })
    }

    fn event_of(&self, c: &Crossing, input: EventInput, recorded_by: &str) -> Result<Event, Error> {
        let now = self.now();
        let at = input.at.unwrap_or(now);
        let mut problems = Vec::new();
        if at > now + Duration::minutes(FUTURE_TOLERANCE_MINUTES) {
            problems.push(problem(
                "at",
                "event.in_future",
                "An event is recorded when it has happened: this time is still to come",
                "Un evento se registra cuando ya ocurrió: esta hora todavía no llega",
            ));
        }
        if !problems.is_empty() {
            return Err(Error::CrossingInvalid { problems });
        }
        Ok(Event {
            id: String::new(),
            kind: input.kind,
            at,
            zone: c.zone(self.reference()).unwrap_or("UTC").to_owned(),
            recorded_by: recorded_by.to_owned(),
            note: input.note.trim().to_owned(),
            cbp: input.cbp,
            mx: input.mx,
            exam: input.exam,
            corrects: input.corrects.filter(|c| !c.trim().is_empty()),
        })
    }

    /// Records one event (now, unless it says when) by the author.
    pub fn record_event(&mut self, id: &str, input: EventInput) -> Result<CrossingDetail, Error> {
        let stored = self.store.crossing(id)?.stored;
        let author = self.author()?;
        let event = self.event_of(&stored.crossing, input, &author)?;
        let now = self.now();
        let judge = self.judge_fn();
        self.store.add_crossing_events(id, &[event], &judge, &author, now)?;
        self.get_crossing(id)
    }

    /// The board: crossings at the border, or released or ended within the last
    /// [`SHOWN_AFTER_END_HOURS`], that pass `filter`; grouped by port, the most urgent first.
    pub fn board(&self, filter: &BoardFilter) -> Result<Board, Error> {
        let now = self.now();
        let cutoff = now - Duration::hours(SHOWN_AFTER_END_HOURS);
        let r = self.reference();
        let crossings = self.store.board_crossings(cutoff)?;
        let current = self.store.board_draft_revisions(cutoff)?;
        let waits = self.current_waits()?;
        let total = crossings.len();
        let mut groups: Vec<PortGroup> = Vec::new();
        let mut shown = 0;
        for CrossingWithEvents { stored, events } in crossings {
            // A copy taken from an older revision than the draft's is taken again.
            let stale = stored.crossing.shipments.iter().any(|s| current.get(&s.draft_id).is_some_and(|rev| *rev != s.revision));
            let fast = if stale {
                crossing_fast(r, &self.with_fresh_shipments(stored.crossing.clone()).unwrap_or_else(|_| stored.crossing.clone()))
            } else {
                crossing_fast(r, &stored.crossing)
            };
            let (t, _) = judge_with(r, &stored.crossing, &events, now, fast.qualifies);
            let board_row = row(&stored, &t, r);
            if !filter.matches(&board_row) {
                continue;
            }
            shown += 1;
            let entry = BoardEntry { wait: waits.get(&stored.crossing.crossing).cloned(), row: board_row, fast };
            match groups.iter_mut().find(|g| g.us_port == entry.row.us_port) {
                Some(g) => g.entries.push(entry),
                None => groups.push(PortGroup {
                    us_port: entry.row.us_port.clone(),
                    port_name: entry.row.port_name.clone(),
                    entries: vec![entry],
                }),
            }
        }
        groups.sort_by(|a, b| a.port_name.cmp(&b.port_name).then_with(|| a.us_port.cmp(&b.us_port)));
        for g in &mut groups {
            g.entries.sort_by(|a, b| urgency(&a.row).cmp(&urgency(&b.row)).then_with(|| a.row.trip_number.cmp(&b.row.trip_number)));
        }
        Ok(Board { groups, total, shown, now })
    }

    /// Reads a dispatcher's file of events into a preview; nothing is written.
    pub fn preview_event_import(&self, path: &Path) -> Result<EventsImportPreview, Error> {
        let bytes = read_limited(path, cruce_core::crossing::events_csv::MAX_EVENTS_BYTES as u64)?;
        let author = self.author()?;
        // The trips the file names, read from the store (a first pass over the file).
        let keys = trips_named(&bytes);
        let r = self.reference();
        let trips: HashMap<String, TripTarget> = self
            .store
            .crossings_by_trip(&keys)?
            .into_iter()
            .map(|c| {
                (
                    trip_key(&c.stored.crossing.trip_number),
                    TripTarget {
                        crossing_id: c.stored.id.clone(),
                        zone: c.stored.crossing.zone(r).map(str::to_owned),
                        existing: c.events.iter().map(|e| (e.kind, e.at)).collect(),
                    },
                )
            })
            .collect();
        let mut preview = preview_events(&bytes, &trips, &author).map_err(|error| Error::EventImport { file: file_name(path), error })?;
        // As when recording one: an event is imported once it has happened.
        let latest = self.now() + Duration::minutes(FUTURE_TOLERANCE_MINUTES);
        for row in &mut preview.rows {
            if row.event.as_ref().is_some_and(|e| e.at > latest) {
                row.problems.push(problem(
                    "at",
                    "event.in_future",
                    "An event is recorded when it has happened: this time is still to come",
                    "Un evento se registra cuando ya ocurrió: esta hora todavía no llega",
                ));
            }
        }
        Ok(EventsImportPreview { preview, sha256: hex_sha256(&bytes), file: file_name(path) })
    }

    /// Stores the events of a previewed file (the same bytes: its SHA-256), all in one
    /// transaction; with `skip_rows_with_problems` false one bad row refuses the whole file.
    pub fn import_events(&mut self, path: &Path, sha256: &str, skip_rows_with_problems: bool) -> Result<EventsImportOutcome, Error> {
        let previewed = self.preview_event_import(path)?;
        if previewed.sha256 != sha256 {
            return Err(Error::ImportFileChanged { file: previewed.file });
        }
        let rows = &previewed.preview.rows;
        let bad = rows.iter().filter(|r| !r.problems.is_empty()).count();
        if bad > 0 && !skip_rows_with_problems || bad == rows.len() {
            return Err(Error::ImportHasProblems { file: previewed.file, rows: bad });
        }
        let mut batches: Vec<(String, Vec<Event>)> = Vec::new();
        for r in rows.iter().filter(|r| r.problems.is_empty()) {
            let (Some(id), Some(e)) = (&r.crossing_id, &r.event) else { continue };
            match batches.iter_mut().find(|(b, _)| b == id) {
                Some((_, list)) => list.push(e.clone()),
                None => batches.push((id.clone(), vec![e.clone()])),
            }
        }
        let author = self.author()?;
        let now = self.now();
        let judge = self.judge_fn();
        let stored = self.store.import_crossing_events(&batches, &judge, &previewed.file, &author, now)?;
        Ok(EventsImportOutcome { stored, skipped: bad })
    }

    /// The clearance figures of the months `from..=to` ("2026-01").
    pub fn clearance_figures(&self, from: &str, to: &str) -> Result<Vec<FigureRow>, Error> {
        let facts = self.store.crossing_facts(from, to)?;
        Ok(clearance_figures(facts.iter().map(|(port, f)| (port.as_str(), f))))
    }

    /// The figures as CSV in `language`, written to `target`.
    pub fn export_figures(&self, from: &str, to: &str, language: Language, target: &Path) -> Result<(), Error> {
        let csv = figures_csv(&self.clearance_figures(from, to)?, language);
        std::fs::write(target, csv).map_err(|source| Error::Write { path: target.to_owned(), source })
    }

    /// The id of the crossing named by its id or its trip number.
    pub fn find_crossing(&self, id_or_trip: &str) -> Result<String, Error> {
        if let Some(c) = self.store.crossings_by_trip(&[trip_key(id_or_trip)])?.into_iter().next() {
            return Ok(c.stored.id);
        }
        Ok(self.store.crossing(id_or_trip.trim())?.stored.id)
    }

    /// The crossing carrying a draft, if one does: its id and trip number.
    pub fn crossing_of_draft(&self, draft_id: &str) -> Result<Option<(String, String)>, Error> {
        Ok(self.store.crossing_of_draft(draft_id)?)
    }
}
