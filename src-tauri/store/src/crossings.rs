//! Crossings and their timelines. A crossing is kept as whole revisions (as drafts are); its
//! events are appended and never changed or removed; after every change the row's summary columns
//! (stage, finish, month, border time, UCP, secondary, ending) are recomputed from the whole
//! timeline by the caller's `judge`, in the same transaction, so the board and the figures read
//! columns and never replay events.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use cruce_core::crossing::events_csv::trip_key;
use cruce_core::crossing::figures::{CrossingFacts, Ending};
use cruce_core::crossing::record::{Crossing, StoredCrossing};
use cruce_core::crossing::timeline::{Event, Stage};
use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};

use crate::audit::{append, AuditAction};
use crate::rows::{instant, timestamp};
use crate::{Store, StoreError};

/// What the caller computes from a crossing and all its events (the store knows no rules).
pub type Judge<'a> = &'a dyn Fn(&Crossing, &[Event]) -> CrossingFacts;

/// A crossing with its events in the order recorded.
#[derive(Debug, Clone, PartialEq)]
pub struct CrossingWithEvents {
    pub stored: StoredCrossing,
    pub events: Vec<Event>,
}

fn stage_of(id: &str, code: &str) -> Result<Stage, StoreError> {
    Stage::from_code(code).ok_or_else(|| StoreError::InvalidRow { id: id.to_owned(), reason: format!("unknown stage {code:?}") })
}

fn record_json(c: &Crossing) -> String {
    serde_json::to_string(c).expect("a crossing always serializes")
}

fn record_of(id: &str, text: &str) -> Result<Crossing, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::InvalidRow { id: id.to_owned(), reason: format!("crossing: {e}") })
}

fn event_of(id: &str, text: &str) -> Result<Event, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::InvalidRow { id: id.to_owned(), reason: format!("crossing event: {e}") })
}

/// Refuses a declaration already carried by another crossing, and a trip number another
/// crossing has.
fn check_claims(tx: &Transaction<'_>, id: Option<&str>, c: &Crossing) -> Result<(), StoreError> {
    let key = trip_key(&c.trip_number);
    let taken: Option<String> = tx.query_row("SELECT id FROM crossing WHERE trip_key = ?1", [&key], |r| r.get(0)).optional()?;
    if let Some(other) = taken.filter(|other| Some(other.as_str()) != id) {
        return Err(StoreError::TripNumberTaken { trip_number: c.trip_number.clone(), crossing_id: other });
    }
    for draft in c.draft_ids() {
        let exists: bool = tx.query_row("SELECT count(*) FROM draft WHERE id = ?1", [draft], |r| r.get::<_, i64>(0))? > 0;
        if !exists {
            return Err(StoreError::DraftNotFound { id: draft.to_owned() });
        }
        let held: Option<(String, String)> = tx
            .query_row(
                "SELECT c.id, c.document FROM crossing_declaration d JOIN crossing c ON c.id = d.crossing_id WHERE d.draft_id = ?1",
                [draft],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        if let Some((other, document)) = held.filter(|(other, _)| Some(other.as_str()) != id) {
            let trip_number = record_of(&other, &document).map(|c| c.trip_number).unwrap_or_default();
            return Err(StoreError::DeclarationInCrossing { draft_id: draft.to_owned(), crossing_id: other, trip_number });
        }
    }
    Ok(())
}

fn write_facts(tx: &Transaction<'_>, id: &str, f: &CrossingFacts) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE crossing SET stage = ?2, finished_at = ?3, month = ?4, border_seconds = ?5, used_ucp = ?6, secondary = ?7,
                mx_red = ?8, ending = ?9 WHERE id = ?1",
        params![
            id,
            f.stage.code(),
            f.finished_at.map(timestamp),
            f.month,
            f.border_seconds,
            f.used_ucp,
            f.secondary,
            f.mx_red,
            f.ending.code()
        ],
    )?;
    Ok(())
}

fn events_in(tx: &rusqlite::Connection, id: &str) -> Result<Vec<Event>, StoreError> {
    let mut stmt = tx.prepare_cached("SELECT id, document FROM crossing_event WHERE crossing_id = ?1 ORDER BY seq")?;
    let rows = stmt.query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (event_id, document) = row?;
        out.push(event_of(&event_id, &document)?);
    }
    Ok(out)
}

fn stored_of(id: String, revision: u32, document: &str, updated_at: &str, updated_by: String) -> Result<StoredCrossing, StoreError> {
    Ok(StoredCrossing { crossing: record_of(&id, document)?, updated_at: instant(&id, updated_at)?, updated_by, revision, id })
}

fn read_one(conn: &rusqlite::Connection, id: &str) -> Result<StoredCrossing, StoreError> {
    let row: Option<(u32, String, String, String)> = conn
        .query_row("SELECT revision, document, updated_at, updated_by FROM crossing WHERE id = ?1", [id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .optional()?;
    let Some((revision, document, updated_at, updated_by)) = row else { return Err(StoreError::CrossingNotFound { id: id.to_owned() }) };
    stored_of(id.to_owned(), revision, &document, &updated_at, updated_by)
}

/// Appends `events` to crossing `id` inside `tx` (ids given to those without one), and
/// recomputes its summary. Returns the events as stored.
fn append_events(tx: &Transaction<'_>, id: &str, events: &[Event], judge: Judge<'_>, now: DateTime<Utc>) -> Result<Vec<Event>, StoreError> {
    let stored = read_one(tx, id)?;
    let mut all = events_in(tx, id)?;
    let mut seq: i64 = tx.query_row("SELECT coalesce(max(seq), 0) FROM crossing_event WHERE crossing_id = ?1", [id], |r| r.get(0))?;
    let mut added = Vec::with_capacity(events.len());
    for e in events {
        let mut e = e.clone();
        if e.id.trim().is_empty() {
            e.id = uuid::Uuid::now_v7().to_string();
        }
        if let Some(target) = e.corrects.as_deref() {
            if !all.iter().chain(added.iter()).any(|x: &Event| x.id == target) {
                return Err(StoreError::EventNotFound { crossing_id: id.to_owned(), event_id: target.to_owned() });
            }
            // One correction per event: a second would leave two live versions of it; the
            // correction itself is what to correct.
            if let Some(by) = all.iter().chain(added.iter()).find(|x: &&Event| x.corrects.as_deref() == Some(target)) {
                return Err(StoreError::EventAlreadyCorrected { event_id: target.to_owned(), by: by.id.clone() });
            }
        }
        seq += 1;
        tx.execute(
            "INSERT INTO crossing_event (id, crossing_id, seq, at, document, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![e.id, id, seq, timestamp(e.at), serde_json::to_string(&e).expect("an event always serializes"), timestamp(now)],
        )?;
        added.push(e);
    }
    all.extend(added.iter().cloned());
    write_facts(tx, id, &judge(&stored.crossing, &all))?;
    Ok(added)
}

/// Inserts a new crossing at revision 1 inside `tx`, after [`check_claims`].
fn insert_crossing(
    tx: &Transaction<'_>,
    c: &Crossing,
    facts: &CrossingFacts,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<StoredCrossing, StoreError> {
    check_claims(tx, None, c)?;
    let id = uuid::Uuid::now_v7().to_string();
    let document = record_json(c);
    tx.execute(
        "INSERT INTO crossing (id, trip_key, us_port, revision, document, stage, used_ucp, secondary, mx_red, ending,
                                   created_at, updated_at, updated_by)
             VALUES (?1, ?2, ?3, 1, ?4, 'planned', 0, 0, 0, 'pending', ?5, ?5, ?6)",
        params![id, trip_key(&c.trip_number), c.us_port, document, timestamp(now), actor],
    )?;
    write_facts(tx, &id, facts)?;
    tx.execute(
        "INSERT INTO crossing_revision (crossing_id, revision, document, saved_at, saved_by) VALUES (?1, 1, ?2, ?3, ?4)",
        params![id, document, timestamp(now), actor],
    )?;
    for draft in c.draft_ids() {
        tx.execute("INSERT INTO crossing_declaration (draft_id, crossing_id) VALUES (?1, ?2)", params![draft, id])?;
    }
    Ok(StoredCrossing { id, revision: 1, updated_at: now, updated_by: actor.to_owned(), crossing: c.clone() })
}

impl Store {
    /// Stores a new crossing at revision 1 with `facts` (what its empty timeline comes to).
    /// Refused, nothing written, when a declaration it carries is in another crossing or its trip
    /// number is another crossing's.
    pub fn create_crossing(
        &mut self,
        c: &Crossing,
        facts: &CrossingFacts,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<StoredCrossing, StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let stored = insert_crossing(&tx, c, facts, actor, now)?;
        let id = stored.id.clone();
        append(&tx, now, actor, AuditAction::CrossingCreated, &id, &format!("trip {} at {}", c.trip_number, c.us_port))?;
        tx.commit()?;
        Ok(stored)
    }

    /// Stores many new crossings from one source (a carrier's trips brought over), all in one
    /// transaction with one audit entry: all of them or, on any failure, none.
    pub fn create_crossings(
        &mut self,
        crossings: &[(Crossing, CrossingFacts)],
        source: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<StoredCrossing>, StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut out = Vec::with_capacity(crossings.len());
        for (c, facts) in crossings {
            out.push(insert_crossing(&tx, c, facts, actor, now)?);
        }
        append(&tx, now, actor, AuditAction::CrossingCreated, source, &format!("{} crossings", crossings.len()))?;
        tx.commit()?;
        Ok(out)
    }

    /// Saves the next revision of crossing `id` if it is still at `expected` (else
    /// [`StoreError::CrossingConflict`], nothing written), with the summary `judge` gives.
    pub fn save_crossing(
        &mut self,
        id: &str,
        expected: u32,
        c: &Crossing,
        judge: Judge<'_>,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<StoredCrossing, StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current = read_one(&tx, id)?;
        if current.revision != expected {
            return Err(StoreError::CrossingConflict { id: id.to_owned(), expected, current: current.revision });
        }
        check_claims(&tx, Some(id), c)?;
        let revision = expected + 1;
        let document = record_json(c);
        tx.execute(
            "UPDATE crossing SET trip_key = ?2, us_port = ?3, revision = ?4, document = ?5, updated_at = ?6, updated_by = ?7 WHERE id = ?1",
            params![id, trip_key(&c.trip_number), c.us_port, revision, document, timestamp(now), actor],
        )?;
        tx.execute(
            "INSERT INTO crossing_revision (crossing_id, revision, document, saved_at, saved_by) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, revision, document, timestamp(now), actor],
        )?;
        tx.execute("DELETE FROM crossing_declaration WHERE crossing_id = ?1", [id])?;
        for draft in c.draft_ids() {
            tx.execute("INSERT INTO crossing_declaration (draft_id, crossing_id) VALUES (?1, ?2)", params![draft, id])?;
        }
        let events = events_in(&tx, id)?;
        write_facts(&tx, id, &judge(c, &events))?;
        append(&tx, now, actor, AuditAction::CrossingSaved, id, &format!("trip {} revision {revision}", c.trip_number))?;
        tx.commit()?;
        Ok(StoredCrossing { id: id.to_owned(), revision, updated_at: now, updated_by: actor.to_owned(), crossing: c.clone() })
    }

    /// Records events of one crossing, with one audit entry; a correction must name an event of
    /// the same crossing.
    pub fn add_crossing_events(
        &mut self,
        id: &str,
        events: &[Event],
        judge: Judge<'_>,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<Event>, StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let added = append_events(&tx, id, events, judge, now)?;
        let kinds: Vec<&str> = added.iter().map(|e| e.kind.code()).collect();
        append(&tx, now, actor, AuditAction::CrossingEvents, id, &kinds.join(", "))?;
        tx.commit()?;
        Ok(added)
    }

    /// Records the events of an imported file (`(crossing id, events)`), all in one transaction
    /// with one audit entry: all of them or, on any failure, none.
    pub fn import_crossing_events(
        &mut self,
        batches: &[(String, Vec<Event>)],
        judge: Judge<'_>,
        source: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<usize, StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut n = 0;
        for (id, events) in batches {
            n += append_events(&tx, id, events, judge, now)?.len();
        }
        append(&tx, now, actor, AuditAction::CrossingEventsImported, source, &format!("{n} events"))?;
        tx.commit()?;
        Ok(n)
    }

    /// One crossing with its events.
    pub fn crossing(&self, id: &str) -> Result<CrossingWithEvents, StoreError> {
        Ok(CrossingWithEvents { stored: read_one(&self.conn, id)?, events: events_in(&self.conn, id)? })
    }

    /// The crossings with these trip keys, with their events (for an import's preview).
    pub fn crossings_by_trip(&self, keys: &[String]) -> Result<Vec<CrossingWithEvents>, StoreError> {
        let mut stmt = self.conn.prepare_cached("SELECT id FROM crossing WHERE trip_key = ?1")?;
        let mut out = Vec::new();
        for key in keys {
            if let Some(id) = stmt.query_row([key], |r| r.get::<_, String>(0)).optional()? {
                out.push(self.crossing(&id)?);
            }
        }
        Ok(out)
    }

    /// The crossings on the board: at the border, or ended after `ended_after`; each with its
    /// events. Two queries whatever their number.
    pub fn board_crossings(&self, ended_after: DateTime<Utc>) -> Result<Vec<CrossingWithEvents>, StoreError> {
        let cutoff = timestamp(ended_after);
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, revision, document, updated_at, updated_by FROM crossing
             WHERE finished_at IS NULL OR finished_at > ?1",
        )?;
        let mut rows = stmt.query([&cutoff])?;
        let mut out: Vec<CrossingWithEvents> = Vec::new();
        let mut at: HashMap<String, usize> = HashMap::new();
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            let document: String = r.get(2)?;
            let updated_at: String = r.get(3)?;
            at.insert(id.clone(), out.len());
            out.push(CrossingWithEvents { stored: stored_of(id, r.get(1)?, &document, &updated_at, r.get(4)?)?, events: Vec::new() });
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.crossing_id, e.id, e.document FROM crossing_event e
             WHERE e.crossing_id IN (SELECT id FROM crossing WHERE finished_at IS NULL OR finished_at > ?1)
             ORDER BY e.crossing_id, e.seq",
        )?;
        let mut rows = stmt.query([&cutoff])?;
        while let Some(r) = rows.next()? {
            let crossing_id: String = r.get(0)?;
            let event_id: String = r.get(1)?;
            let document: String = r.get(2)?;
            if let Some(i) = at.get(&crossing_id) {
                out[*i].events.push(event_of(&event_id, &document)?);
            }
        }
        Ok(out)
    }

    /// The current revision of every draft carried by a crossing on the board (to see which
    /// shipment copies are stale).
    pub fn board_draft_revisions(&self, ended_after: DateTime<Utc>) -> Result<HashMap<String, u32>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.id, d.revision FROM crossing_declaration cd JOIN draft d ON d.id = cd.draft_id
             JOIN crossing c ON c.id = cd.crossing_id WHERE c.finished_at IS NULL OR c.finished_at > ?1",
        )?;
        let rows = stmt.query_map([timestamp(ended_after)], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The crossing carrying draft `draft_id`, if one does: its id and trip number.
    pub fn crossing_of_draft(&self, draft_id: &str) -> Result<Option<(String, String)>, StoreError> {
        let row: Option<(String, String)> = self
            .conn
            .query_row(
                "SELECT c.id, c.document FROM crossing_declaration d JOIN crossing c ON c.id = d.crossing_id WHERE d.draft_id = ?1",
                [draft_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        row.map(|(id, document)| record_of(&id, &document).map(|c| (id, c.trip_number))).transpose()
    }

    /// The summary of every crossing that reached the border in the months `from..=to`
    /// ("2026-01"), with its U.S. port: what the clearance figures are computed from.
    pub fn crossing_facts(&self, from: &str, to: &str) -> Result<Vec<(String, CrossingFacts)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            // rowid, not id: the covering index holds rowid, so the rows themselves are never read.
            "SELECT rowid, us_port, stage, finished_at, month, border_seconds, used_ucp, secondary, mx_red, ending
             FROM crossing WHERE month >= ?1 AND month <= ?2",
        )?;
        let mut rows = stmt.query([from, to])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let id = format!("crossing row {}", r.get::<_, i64>(0)?);
            let stage: String = r.get(2)?;
            let finished: Option<String> = r.get(3)?;
            let ending: String = r.get(9)?;
            out.push((
                r.get(1)?,
                CrossingFacts {
                    stage: stage_of(&id, &stage)?,
                    finished_at: finished.map(|f| instant(&id, &f)).transpose()?,
                    month: r.get(4)?,
                    border_seconds: r.get(5)?,
                    used_ucp: r.get(6)?,
                    secondary: r.get(7)?,
                    mx_red: r.get(8)?,
                    ending: Ending::from_code(&ending)
                        .ok_or_else(|| StoreError::InvalidRow { id: id.clone(), reason: format!("unknown ending {ending:?}") })?,
                },
            ));
        }
        Ok(out)
    }
}
