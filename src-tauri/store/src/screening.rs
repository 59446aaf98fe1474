//! Screenings, the hits they raised and the review's decisions. A hit is remembered per party
//! and list entry with the entry's digest: a decision holds for the entry as it was, so a later
//! screening raises the hit again only when the entry changed, and a new entry is always new.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use cruce_core::screening::party::{Confirmed, Verdicts};
use cruce_core::screening::review::{Decision, PartyHistory, ReviewItem, ReviewOutcome, ScreeningRun};
use cruce_core::screening::{Hit, ListKind, ScreenedParty};
use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};

use crate::audit::{append, AuditAction};
use crate::rows::{instant, timestamp};
use crate::{Store, StoreError};

/// One party's screening to record: where it was met and what it raised.
#[derive(Debug, Clone, Copy)]
pub struct ScreeningRecord<'a> {
    pub party: &'a ScreenedParty,
    /// "draft:<id>", "company:<id>", "driver:<id>", "batch:<file>", "name".
    pub context: &'a str,
    pub hits: &'a [Hit],
}

/// Where a party was met: context, role and the field of its name.
pub type PartyUse = (String, String, String);

/// A stored party row: name, country, identifiers (JSON) and its first use (role, path).
type PartyRow = (String, String, String, Option<(String, String)>);

/// What a recorded screening raised that the review has not seen.
#[derive(Debug, Clone, PartialEq)]
pub struct Screening {
    pub party_key: String,
    pub new_hits: Vec<Hit>,
}

fn upsert_party(tx: &Transaction<'_>, p: &ScreenedParty, context: &str, now: &str) -> Result<(), StoreError> {
    let ids = serde_json::to_string(&p.ids).expect("identifiers serialize");
    tx.execute(
        "INSERT INTO screened_party (key, name, country, ids, first_seen, last_screened) VALUES (?1, ?2, ?3, ?4, ?5, ?5) \
         ON CONFLICT (key) DO UPDATE SET name = excluded.name, country = excluded.country, last_screened = excluded.last_screened",
        params![p.key, p.name, p.country, ids, now],
    )?;
    // A role of a draft (or a registry record) names one party at a time: the one typed last.
    // A batch or names typed hold many parties under one role.
    if !matches!(p.role.as_str(), "batch" | "name") {
        tx.execute("DELETE FROM party_use WHERE context = ?1 AND role = ?2 AND party_key <> ?3", params![context, p.role, p.key])?;
    }
    tx.execute(
        "INSERT OR IGNORE INTO party_use (party_key, context, role, path) VALUES (?1, ?2, ?3, ?4)",
        params![p.key, context, p.role, p.path],
    )?;
    Ok(())
}

fn read_decision(r: &rusqlite::Row<'_>) -> rusqlite::Result<Result<Decision, StoreError>> {
    let id: i64 = r.get(0)?;
    let list: String = r.get(2)?;
    let outcome: String = r.get(7)?;
    let at: String = r.get(10)?;
    Ok((|| {
        let bad = |reason: String| StoreError::InvalidRow { id: format!("decision {id}"), reason };
        Ok(Decision {
            id,
            party_key: r.get(1)?,
            list: ListKind::from_code(&list).ok_or_else(|| bad(format!("unknown list {list:?}")))?,
            entry: r.get(3)?,
            digest: r.get(4)?,
            version: r.get(5)?,
            score: r.get(6)?,
            outcome: ReviewOutcome::from_code(&outcome).ok_or_else(|| bad(format!("unknown outcome {outcome:?}")))?,
            reason: r.get(8)?,
            decided_by: r.get(9)?,
            decided_at: instant(&id.to_string(), &at)?,
        })
    })())
}

const DECISION_COLUMNS: &str = "id, party_key, list, entry_id, digest, version_id, score, outcome, reason, decided_by, decided_at";

impl Store {
    /// Records the screenings of `records` against the lists `versions` ("ofac-sdn 3"), in one
    /// transaction with one audit entry, and returns what each raised that is new.
    pub fn record_screenings(
        &mut self,
        records: &[ScreeningRecord<'_>],
        versions: &[String],
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<Screening>, StoreError> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let at = timestamp(now);
        let versions_json = serde_json::to_string(versions).expect("versions serialize");
        let mut out = Vec::with_capacity(records.len());
        let mut raised = 0;
        for rec in records {
            upsert_party(&tx, rec.party, rec.context, &at)?;
            let mut new_hits = Vec::new();
            tx.execute("UPDATE screening_hit SET current = 0 WHERE party_key = ?1", [&rec.party.key])?;
            for h in rec.hits {
                let before: Option<(String, String, String)> = tx
                    .query_row(
                        "SELECT digest, first_raised, raised_at FROM screening_hit WHERE party_key = ?1 AND list = ?2 AND entry_id = ?3",
                        params![rec.party.key, h.list.code(), h.entry],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                    )
                    .optional()?;
                let (first, raised_at, new) = match before {
                    Some((digest, first, raised_at)) if digest == h.digest => (first, raised_at, false),
                    Some((_, first, _)) => (first, at.clone(), true),
                    None => (at.clone(), at.clone(), true),
                };
                if new {
                    new_hits.push(h.clone());
                }
                let body = serde_json::to_string(h).expect("a hit serializes");
                tx.execute(
                    "INSERT INTO screening_hit (party_key, list, entry_id, digest, version_id, score, cleared, hit, first_raised, raised_at, last_seen, current) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 1) \
                     ON CONFLICT (party_key, list, entry_id) DO UPDATE SET digest = excluded.digest, version_id = excluded.version_id, \
                     score = excluded.score, cleared = excluded.cleared, hit = excluded.hit, raised_at = excluded.raised_at, last_seen = excluded.last_seen, current = 1",
                    params![rec.party.key, h.list.code(), h.entry, h.digest, h.version, h.score, h.cleared, body, first, raised_at, at],
                )?;
            }
            raised += new_hits.len();
            tx.execute(
                "INSERT INTO screening_run (party_key, at, by, context, versions, hits, new_hits) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![rec.party.key, at, actor, rec.context, versions_json, rec.hits.len() as i64, new_hits.len() as i64],
            )?;
            out.push(Screening { party_key: rec.party.key.clone(), new_hits });
        }
        let hits: usize = records.iter().map(|r| r.hits.len()).sum();
        let subject = match records {
            [one] => one.party.name.clone(),
            _ => format!("{} parties", records.len()),
        };
        append(
            &tx,
            now,
            actor,
            AuditAction::PartiesScreened,
            &subject,
            &format!("{} screened against {}: {hits} hits, {raised} new", records.len(), versions.join(", ")),
        )?;
        tx.commit()?;
        Ok(out)
    }

    /// Decides the current hit of `party_key` on `list`'s `entry`: a reason is required.
    #[allow(clippy::too_many_arguments)]
    pub fn decide(
        &mut self,
        party_key: &str,
        list: ListKind,
        entry: &str,
        outcome: ReviewOutcome,
        reason: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<Decision, StoreError> {
        if reason.trim().is_empty() {
            return Err(StoreError::ReasonRequired);
        }
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let hit: Option<(String, i64, f64, String)> = tx
            .query_row(
                "SELECT h.digest, h.version_id, h.score, p.name FROM screening_hit h JOIN screened_party p ON p.key = h.party_key \
                 WHERE h.party_key = ?1 AND h.list = ?2 AND h.entry_id = ?3",
                params![party_key, list.code(), entry],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        let Some((digest, version, score, name)) = hit else {
            return Err(StoreError::HitNotFound { party: party_key.to_owned(), list: list.code().to_owned(), entry: entry.to_owned() });
        };
        tx.execute(
            "INSERT INTO screening_decision (party_key, list, entry_id, digest, version_id, score, outcome, reason, decided_by, decided_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![party_key, list.code(), entry, digest, version, score, outcome.code(), reason.trim(), actor, timestamp(now)],
        )?;
        let id = tx.last_insert_rowid();
        append(
            &tx,
            now,
            actor,
            AuditAction::ScreeningDecided,
            &format!("{name} / {} {entry}", list.code()),
            &format!("{} (score {score:.3}, entry digest {digest}, version {version}): {}", outcome.code(), reason.trim()),
        )?;
        let d = tx.query_row(&format!("SELECT {DECISION_COLUMNS} FROM screening_decision WHERE id = ?1"), [id], read_decision)??;
        tx.commit()?;
        Ok(d)
    }

    fn party(&self, key: &str) -> Result<Option<ScreenedParty>, StoreError> {
        let row: Option<PartyRow> = self
            .conn
            .query_row(
                "SELECT p.name, p.country, p.ids, (SELECT role || char(31) || path FROM party_use u WHERE u.party_key = p.key LIMIT 1) \
                 FROM screened_party p WHERE p.key = ?1",
                [key],
                |r| {
                    let use_: Option<String> = r.get(3)?;
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        use_.and_then(|u| u.split_once('\u{1f}').map(|(a, b)| (a.to_owned(), b.to_owned()))),
                    ))
                },
            )
            .optional()?;
        Ok(row.map(|(name, country, ids, use_)| {
            let (role, path) = use_.unwrap_or_default();
            ScreenedParty { role, path, name, country, ids: serde_json::from_str(&ids).unwrap_or_default(), key: key.to_owned() }
        }))
    }

    fn decisions_of(&self, key: &str) -> Result<Vec<Decision>, StoreError> {
        let mut stmt = self.conn.prepare(&format!("SELECT {DECISION_COLUMNS} FROM screening_decision WHERE party_key = ?1 ORDER BY id"))?;
        let rows = stmt.query_map([key], read_decision)?;
        rows.map(|r| r?).collect()
    }

    /// Hits as the review sees them; `filter` is the SQL condition on `h`.
    fn review_items(&self, filter: &str, key: Option<&str>) -> Result<Vec<ReviewItem>, StoreError> {
        let sql = format!(
            "SELECT h.party_key, h.hit, h.first_raised, h.raised_at FROM screening_hit h WHERE {filter} {} ORDER BY h.raised_at DESC, h.score DESC",
            if key.is_some() { "AND h.party_key = ?1" } else { "" }
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let map =
            |r: &rusqlite::Row<'_>| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?));
        let rows: Vec<(String, String, String, String)> = match key {
            Some(k) => stmt.query_map([k], map)?.collect::<Result<_, _>>()?,
            None => stmt.query_map([], map)?.collect::<Result<_, _>>()?,
        };
        let mut parties: HashMap<String, (ScreenedParty, Vec<Decision>, Vec<String>)> = HashMap::new();
        let mut out = Vec::with_capacity(rows.len());
        for (party_key, body, first, raised) in rows {
            let hit: Hit =
                serde_json::from_str(&body).map_err(|e| StoreError::InvalidRow { id: party_key.clone(), reason: format!("hit: {e}") })?;
            if !parties.contains_key(&party_key) {
                let party = self.party(&party_key)?.ok_or_else(|| StoreError::PartyNotFound { key: party_key.clone() })?;
                let mut stmt = self.conn.prepare("SELECT context FROM party_use WHERE party_key = ?1 ORDER BY context")?;
                let uses: Vec<String> = stmt.query_map([&party_key], |r| r.get(0))?.collect::<Result<_, _>>()?;
                parties.insert(party_key.clone(), (party, self.decisions_of(&party_key)?, uses));
            }
            let (party, decisions, uses) = &parties[&party_key];
            let decision = decisions.iter().rev().find(|d| d.list == hit.list && d.entry == hit.entry).cloned();
            let decided = decision.as_ref().is_some_and(|d| d.digest == hit.digest && d.outcome != ReviewOutcome::Escalated);
            out.push(ReviewItem {
                party: party.clone(),
                first_raised: instant(&party_key, &first)?,
                raised_at: instant(&party_key, &raised)?,
                hit,
                decision,
                decided,
                uses: uses.clone(),
            });
        }
        Ok(out)
    }

    /// Potential matches to decide: raised by each party's latest screening, not a 69-B taxpayer
    /// SAT cleared, and with no decision on the entry as it is now (escalated ones stay).
    pub fn review_queue(&self) -> Result<Vec<ReviewItem>, StoreError> {
        Ok(self.review_items("h.current = 1 AND h.cleared = 0", None)?.into_iter().filter(|i| !i.decided).collect())
    }

    /// The current hits of one party, decided or not.
    pub fn party_hits(&self, key: &str) -> Result<Vec<ReviewItem>, StoreError> {
        self.review_items("h.current = 1", Some(key))
    }

    pub fn party_history(&self, key: &str) -> Result<PartyHistory, StoreError> {
        let party = self.party(key)?.ok_or_else(|| StoreError::PartyNotFound { key: key.to_owned() })?;
        let mut stmt = self.conn.prepare(
            "SELECT at, by, context, versions, hits, new_hits FROM screening_run WHERE party_key = ?1 ORDER BY id DESC LIMIT 200",
        )?;
        let rows: Vec<(String, String, String, String, u32, u32)> =
            stmt.query_map([key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))?.collect::<Result<_, _>>()?;
        let runs = rows
            .into_iter()
            .map(|(at, by, context, versions, hits, new_hits)| {
                Ok(ScreeningRun {
                    at: instant(key, &at)?,
                    by,
                    context,
                    versions: serde_json::from_str(&versions).unwrap_or_default(),
                    hits,
                    new_hits,
                })
            })
            .collect::<Result<_, StoreError>>()?;
        Ok(PartyHistory { party, runs, hits: self.review_items("1 = 1", Some(key))?, decisions: self.decisions_of(key)? })
    }

    /// Every party ever screened with the places it was met, for a re-screen.
    pub fn screened_parties(&self) -> Result<Vec<(ScreenedParty, Vec<PartyUse>)>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT key, name, country, ids FROM screened_party ORDER BY key")?;
        let parties: Vec<(String, String, String, String)> =
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?.collect::<Result<_, _>>()?;
        let mut uses: HashMap<String, Vec<PartyUse>> = HashMap::new();
        let mut stmt = self.conn.prepare("SELECT party_key, context, role, path FROM party_use")?;
        for r in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))? {
            let (k, c, role, path) = r?;
            uses.entry(k).or_default().push((c, role, path));
        }
        Ok(parties
            .into_iter()
            .map(|(key, name, country, ids)| {
                let u = uses.remove(&key).unwrap_or_default();
                let (role, path) = u.first().map(|(_, r, p)| (r.clone(), p.clone())).unwrap_or_default();
                (ScreenedParty { role, path, name, country, ids: serde_json::from_str(&ids).unwrap_or_default(), key }, u)
            })
            .collect())
    }

    /// The parties met in `context` (a draft's roles), with their current hits.
    pub fn context_hits(&self, context: &str) -> Result<Vec<(ScreenedParty, Vec<ReviewItem>)>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT party_key, role, path FROM party_use WHERE context = ?1 ORDER BY role")?;
        let rows: Vec<(String, String, String)> =
            stmt.query_map([context], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<Result<_, _>>()?;
        let mut out = Vec::new();
        for (key, role, path) in rows {
            let Some(mut party) = self.party(&key)? else { continue };
            party.role = role;
            party.path = path;
            out.push((party, self.party_hits(&key)?));
        }
        Ok(out)
    }

    /// What the rules hold declarations to: confirmed matches and open potential matches.
    pub fn verdicts(&self) -> Result<Verdicts, StoreError> {
        let mut v = Verdicts::default();
        for item in self.review_items("h.current = 1", None)? {
            match &item.decision {
                Some(d) if d.outcome == ReviewOutcome::TrueMatch => {
                    v.confirmed.entry(item.party.key.clone()).or_default().push(Confirmed {
                        list: item.hit.list,
                        entry: item.hit.entry.clone(),
                        entry_name: item.hit.primary_name.clone(),
                        programs: item.hit.programs.clone(),
                        decided_by: d.decided_by.clone(),
                    })
                }
                _ if !item.decided && !item.hit.cleared => *v.open.entry(item.party.key.clone()).or_default() += 1,
                _ => {}
            }
        }
        Ok(v)
    }
}
