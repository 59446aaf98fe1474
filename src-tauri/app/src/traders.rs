//! The trusted-trader registry: searching, opening and saving companies, drivers and equipment
//! (each save a revision), evidence files, the carrier's CSV import (a preview, then all valid
//! rows or nothing), the alerts of what falls due, and a declaration's FAST eligibility. The
//! registry reaches the rules inside the workspace's `Reference`, rebuilt after every change.

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use cruce_core::reference::Reference;
use cruce_core::trader::alerts::{alerts, Alert};
use cruce_core::trader::eligibility::FastEligibility;
use cruce_core::trader::state::{fast_card_state, membership_state, CardState, MembershipState};
use cruce_core::trader::{CompanyRole, Evidence, Registry, SearchPage, Stored, TraderKind, TraderRecord};
use cruce_core::trader_entry::check::{check_record, RecordProblem};
use cruce_core::trader_entry::csv::{preview, ImportKind, ImportPreview};
use cruce_core::validate::fast_eligibility_of;
use cruce_store::{Store, TraderRevision};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::files::{file_name, hex_sha256, read_limited};
use crate::{Error, Workspace};

/// The largest evidence file kept (a scanned certificate is a few MB).
pub const MAX_EVIDENCE_BYTES: u64 = 25 * 1024 * 1024;

/// Rows in a page of a registry list when the caller does not say.
pub const DEFAULT_TRADER_PAGE: usize = 50;

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct TraderQuery {
    pub text: String,
    pub kind: Option<TraderKind>,
    pub include_archived: bool,
    #[ts(type = "number")]
    pub offset: usize,
    /// 0 for [`DEFAULT_TRADER_PAGE`].
    #[ts(type = "number")]
    pub limit: usize,
    /// Companies holding this role only (the carriers a driver can drive for).
    pub role: Option<CompanyRole>,
}

/// A record as its screen shows it: what is stored, and what it is today.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TraderDetail {
    pub stored: Stored<TraderRecord>,
    /// Each membership's standing and due dates today, in the order of the record's memberships.
    pub memberships: Vec<MembershipState>,
    /// A driver's FAST card today.
    pub card: Option<CardState>,
    #[ts(type = "string")]
    pub today: NaiveDate,
}

/// One revision in a record's history.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TraderRevisionInfo {
    pub revision: u32,
    #[ts(type = "string")]
    pub saved_at: DateTime<Utc>,
    pub saved_by: String,
    pub record: TraderRecord,
}

impl From<TraderRevision> for TraderRevisionInfo {
    fn from(r: TraderRevision) -> Self {
        Self { revision: r.revision, saved_at: r.saved_at, saved_by: r.saved_by, record: r.record }
    }
}

/// A preview of a carrier's file, with the file's hash so that accepting imports exactly the
/// file previewed.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TraderImportPreview {
    pub preview: ImportPreview,
    pub sha256: String,
    pub file: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TraderImportOutcome {
    #[ts(type = "number")]
    pub stored: usize,
    #[ts(type = "number")]
    pub skipped: usize,
}

/// The registry as the store holds it.
pub(crate) fn load_registry(store: &Store) -> Result<Registry, Error> {
    let t = store.traders()?;
    for (id, e) in &t.unreadable {
        tracing::error!(id, error = %crate::chain(e), "a registry record cannot be read; it is left out of the rules");
    }
    Ok(Registry::new(t.companies, t.drivers, t.equipment))
}

/// The registry with one record put in (a new one added, a stored one replaced).
fn with_record(registry: &Registry, saved: &Stored<TraderRecord>) -> Registry {
    let mut companies = registry.companies().to_vec();
    let mut drivers = registry.drivers().to_vec();
    let mut equipment = registry.equipment().to_vec();
    fn put<T>(list: &mut Vec<Stored<T>>, s: &Stored<TraderRecord>, record: T) {
        let item = Stored { id: s.id.clone(), revision: s.revision, updated_at: s.updated_at, updated_by: s.updated_by.clone(), record };
        match list.iter_mut().find(|x| x.id == s.id) {
            Some(x) => *x = item,
            None => list.push(item),
        }
    }
    match &saved.record {
        TraderRecord::Company(c) => put(&mut companies, saved, c.clone()),
        TraderRecord::Driver(d) => put(&mut drivers, saved, d.clone()),
        TraderRecord::Equipment(e) => put(&mut equipment, saved, e.clone()),
    }
    Registry::new(companies, drivers, equipment)
}

impl Workspace {
    /// The calendar day the registry is judged on: today where the computer is.
    pub fn today(&self) -> NaiveDate {
        self.now().with_timezone(&chrono::Local).date_naive()
    }

    /// The registry the rules use.
    pub fn registry(&self) -> &Registry {
        self.reference().registry()
    }

    fn replace_registry(&mut self, registry: Registry) {
        let reference: Reference = (**self.reference()).clone().with_registry(Arc::new(registry));
        self.set_reference(Arc::new(reference));
    }

    /// One page of registry records whose name or identifiers contain every word of the query.
    pub fn search_traders(&self, query: &TraderQuery) -> SearchPage {
        let limit = if query.limit == 0 { DEFAULT_TRADER_PAGE } else { query.limit.min(500) };
        self.registry().search_role(&query.text, query.kind, query.role, query.include_archived, query.offset, limit)
    }

    /// A record with its standing today.
    pub fn get_trader(&self, id: &str) -> Result<TraderDetail, Error> {
        let stored = self.store.trader(id)?;
        Ok(self.detail(stored))
    }

    fn detail(&self, stored: Stored<TraderRecord>) -> TraderDetail {
        let today = self.today();
        let rules = self.reference().trader_rules();
        let (memberships, card) = match &stored.record {
            TraderRecord::Company(c) => (c.memberships.iter().map(|m| membership_state(m, rules, today)).collect(), None),
            TraderRecord::Driver(d) => (Vec::new(), d.fast_card.as_ref().map(|c| fast_card_state(c, rules, today))),
            TraderRecord::Equipment(_) => (Vec::new(), None),
        };
        TraderDetail { stored, memberships, card, today }
    }

    /// Problems of `record` beyond its own fields: the carrier a driver or a piece of equipment
    /// belongs to must be a carrier of the registry.
    fn registry_problems(&self, record: &TraderRecord) -> Vec<RecordProblem> {
        let carrier_id = match record {
            TraderRecord::Driver(d) => &d.carrier_id,
            TraderRecord::Equipment(e) => &e.carrier_id,
            TraderRecord::Company(_) => return Vec::new(),
        };
        if carrier_id.trim().is_empty() {
            // The record's own check asks for it by name.
            return Vec::new();
        }
        match self.registry().company(carrier_id) {
            Some(c) if c.record.roles.contains(&CompanyRole::Carrier) && !c.record.archived => Vec::new(),
            _ => vec![RecordProblem {
                path: "carrierId".into(),
                code: "carrier.unknown".into(),
                message_en: "Choose a carrier of the registry".into(),
                message_es: "Elija un transportista del registro".into(),
            }],
        }
    }

    /// Saves a record: new when `id` is `None`, else the next revision of `id` if it is still at
    /// `expected_revision`. A record with problems is refused with all of them, nothing written.
    /// Memberships new or changed in this save are attested by the author, now.
    pub fn save_trader(&mut self, id: Option<&str>, expected_revision: u32, mut record: TraderRecord) -> Result<TraderDetail, Error> {
        let mut problems = check_record(&record, self.reference());
        problems.extend(self.registry_problems(&record));
        if !problems.is_empty() {
            return Err(Error::TraderInvalid { problems });
        }
        let author = self.author()?;
        let now = self.now();
        if let TraderRecord::Company(c) = &mut record {
            // Judged against the stored revision, not the registry in memory: another process (the
            // command line) may have saved since it was read.
            let before: Vec<cruce_core::trader::Membership> = match id.map(|id| self.store.trader(id)).transpose()? {
                Some(Stored { record: TraderRecord::Company(c), .. }) => c.memberships,
                _ => Vec::new(),
            };
            for (i, m) in c.memberships.iter_mut().enumerate() {
                if m.id.trim().is_empty() {
                    m.id = format!("m{}-{i}", now.timestamp_micros());
                }
                // Who attested a membership is the store's to say, never the caller's: an unchanged
                // one keeps its attestation, a new or changed one is the author's, now.
                match before.iter().find(|b| b.id == m.id && attested_same(b, m)) {
                    Some(b) => {
                        m.entered_by = b.entered_by.clone();
                        m.entered_at = b.entered_at;
                    }
                    None => {
                        m.entered_by = author.clone();
                        m.entered_at = Some(now);
                    }
                }
            }
        }
        let saved = self.store.save_trader(id, expected_revision, &record, &author, now)?;
        // The registry in memory is brought up to date with this record; when it did not hold the
        // revision this save followed, something else wrote meanwhile and it is read again whole.
        let in_step = match id {
            None => true,
            Some(id) => self.registry_revision(id) == Some(expected_revision),
        };
        let registry = if in_step { with_record(self.registry(), &saved) } else { load_registry(&self.store)? };
        self.replace_registry(registry);
        Ok(self.detail(saved))
    }

    fn registry_revision(&self, id: &str) -> Option<u32> {
        let r = self.registry();
        r.company(id).map(|s| s.revision).or_else(|| r.driver(id).map(|s| s.revision)).or_else(|| r.equipment_item(id).map(|s| s.revision))
    }

    /// Every revision of a record, newest first.
    pub fn trader_history(&self, id: &str) -> Result<Vec<TraderRevisionInfo>, Error> {
        Ok(self.store.trader_history(id)?.into_iter().map(Into::into).collect())
    }

    /// Keeps the file at `path` as evidence and returns what a membership records of it.
    pub fn add_evidence_file(&mut self, path: &Path) -> Result<Evidence, Error> {
        let bytes = read_limited(path, MAX_EVIDENCE_BYTES)?;
        let author = self.author()?;
        Ok(self.store.add_evidence(&file_name(path), &bytes, &author, self.now())?)
    }

    /// Writes a kept evidence file out to `target` (to open or send it).
    pub fn export_evidence(&self, sha256: &str, target: &Path) -> Result<(), Error> {
        let (_, bytes) = self.store.evidence(sha256)?;
        std::fs::write(target, bytes).map_err(|source| Error::Write { path: target.to_owned(), source })
    }

    /// Reads a carrier's file of drivers or equipment into a preview; nothing is written.
    pub fn preview_trader_import(&self, path: &Path, kind: ImportKind, carrier_id: &str) -> Result<TraderImportPreview, Error> {
        let bytes = read_limited(path, cruce_core::trader_entry::csv::MAX_IMPORT_BYTES as u64)?;
        let carrier = TraderRecord::Driver(cruce_core::trader::Driver { carrier_id: carrier_id.to_owned(), ..Default::default() });
        let blank = carrier_id.trim().is_empty().then(|| RecordProblem {
            path: "carrierId".into(),
            code: "carrier.unknown".into(),
            message_en: "Choose the carrier the rows belong to".into(),
            message_es: "Elija el transportista al que pertenecen las filas".into(),
        });
        if let Some(problem) = blank.into_iter().chain(self.registry_problems(&carrier)).next() {
            return Err(Error::TraderInvalid { problems: vec![problem] });
        }
        let preview = preview(&bytes, kind, carrier_id, self.registry(), self.reference())
            .map_err(|error| Error::TraderImport { file: file_name(path), error })?;
        Ok(TraderImportPreview { preview, sha256: hex_sha256(&bytes), file: file_name(path) })
    }

    /// Stores the rows of a previewed file, in one transaction: the file must be the one
    /// previewed (its SHA-256), and every row without problems is stored; with
    /// `skip_rows_with_problems` false, one row with a problem refuses the whole file.
    pub fn import_traders(
        &mut self,
        path: &Path,
        kind: ImportKind,
        carrier_id: &str,
        sha256: &str,
        skip_rows_with_problems: bool,
    ) -> Result<TraderImportOutcome, Error> {
        let previewed = self.preview_trader_import(path, kind, carrier_id)?;
        if previewed.sha256 != sha256 {
            return Err(Error::ImportFileChanged { file: previewed.file });
        }
        let rows = &previewed.preview.rows;
        let bad = rows.iter().filter(|r| !r.problems.is_empty()).count();
        if bad > 0 && !skip_rows_with_problems {
            return Err(Error::ImportHasProblems { file: previewed.file, rows: bad });
        }
        let records: Vec<TraderRecord> = rows.iter().filter(|r| r.problems.is_empty()).map(|r| r.record.clone()).collect();
        if records.is_empty() {
            return Err(Error::ImportHasProblems { file: previewed.file, rows: bad });
        }
        let author = self.author()?;
        let stored = self.store.import_traders(&records, &previewed.file, &author, self.now())?;
        let registry = load_registry(&self.store)?;
        self.replace_registry(registry);
        Ok(TraderImportOutcome { stored: stored.len(), skipped: bad })
    }

    /// What falls due within `within_days` of `on` (today by default), and everything overdue.
    pub fn trader_alerts(&self, within_days: i64, on: Option<NaiveDate>) -> Vec<Alert> {
        alerts(self.registry(), self.reference().trader_rules(), on.unwrap_or_else(|| self.today()), within_days)
    }

    /// Whether the declaration of a saved revision qualifies for the FAST lane, link by link.
    pub fn draft_fast_eligibility(&self, id: &str, revision: u32) -> Result<FastEligibility, Error> {
        let reference = Arc::clone(self.reference());
        Ok(self.store.read_revision(id, revision, |d| fast_eligibility_of(d, &reference))?)
    }
}

/// The same attested facts (who entered them aside).
fn attested_same(a: &cruce_core::trader::Membership, b: &cruce_core::trader::Membership) -> bool {
    let strip = |m: &cruce_core::trader::Membership| {
        let mut m = m.clone();
        m.entered_by.clear();
        m.entered_at = None;
        m
    };
    strip(a) == strip(b)
}
