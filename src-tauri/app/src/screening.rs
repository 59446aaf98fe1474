//! Watchlist screening: importing the lists (a picked file or the publisher's download), the
//! parties of a declaration screened on save and before filing, the registry's companies and
//! drivers, a batch of names, the review queue and its decisions. Every screening and decision
//! is recorded with the list versions it ran against, in the audit log.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use cruce_core::screening::diff::ListDiff;
use cruce_core::screening::index::IndexedList;
use cruce_core::screening::lists::{read, ListFile, MAX_LIST_BYTES};
use cruce_core::screening::party::parties_of;
use cruce_core::screening::review::{Decision, ListVersion, PartyHistory, ReviewItem, ReviewOutcome};
use cruce_core::screening::{Hit, ListEntry, ListKind, ParsedList, Query, ScreenedParty, ScreeningIndex, Thresholds};
use cruce_core::sheet::{self, Columns};
use cruce_core::validate::{validate, Finding};
use cruce_store::ScreeningRecord;
use serde::Serialize;
use ts_rs::TS;

use crate::files::{file_name, hex_sha256, read_limited};
use crate::{Error, Workspace};

/// Hits kept per party (best first).
const HITS_PER_PARTY: usize = 10;

/// The lists in use and what is missing.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListsOverview {
    /// Every version, newest first.
    pub versions: Vec<ListVersion>,
    /// Kinds never imported (screened against nothing: said, never silent).
    pub missing: Vec<ListKind>,
    pub thresholds: Thresholds,
}

/// What an import did: the version, what changed, and the re-screen of every known party.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListImport {
    pub version: ListVersion,
    pub rescreen: Rescreen,
}

/// A re-screen of many parties: how many, and only what is new for the review.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Rescreen {
    pub parties: u32,
    pub hits: u32,
    pub new_hits: u32,
}

/// The entries behind a version's changes (the first 200 of each kind).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListChanges {
    pub version: ListVersion,
    pub added: Vec<ChangedEntry>,
    pub removed: Vec<ChangedEntry>,
    pub changed: Vec<ChangedEntry>,
    pub counts: cruce_core::screening::review::ListDiffCounts,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChangedEntry {
    pub entry: String,
    pub name: String,
    pub programs: Vec<String>,
}

/// One party of a declaration and its current hits.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PartyScreening {
    pub party: ScreenedParty,
    pub items: Vec<ReviewItem>,
}

/// A declaration's screening as its panel shows it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DraftScreening {
    pub parties: Vec<PartyScreening>,
    pub lists: Vec<ListVersion>,
    pub missing: Vec<ListKind>,
    pub new_hits: u32,
    /// The saved revision's findings with the decisions as they are now: a true match decided a
    /// moment ago is already its blocking error.
    pub findings: Vec<Finding>,
}

/// One name screened (the command line's `screen --name`, the batch's lines).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NameResult {
    pub id: String,
    pub name: String,
    pub hits: Vec<Hit>,
}

const BATCH_COLUMNS: Columns = &[
    ("id", &["id", "código", "clave"]),
    ("name", &["name", "nombre", "razón social"]),
    ("rfc", &["rfc", "tax id", "ein"]),
    ("country", &["country", "país", "pais"]),
];

/// The digest a decision is tied to: SHA-256 of the entry as Cruce reads it.
fn digest(e: &ListEntry) -> String {
    hex_sha256(serde_json::to_string(e).expect("a list entry serializes").as_bytes())
}

impl Workspace {
    /// Reads the files of one list and stores them as its next version; then every known party
    /// is screened again and only what is new reaches the review. Nothing is stored when a file
    /// is refused.
    pub fn import_list_files(&mut self, kind: ListKind, paths: &[PathBuf]) -> Result<ListImport, Error> {
        let files: Vec<(String, Vec<u8>)> =
            paths.iter().map(|p| Ok((file_name(p), read_limited(p, MAX_LIST_BYTES as u64)?))).collect::<Result<_, Error>>()?;
        let source = files.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join(", ");
        self.import_list_bytes(kind, &files, &source)
    }

    /// [`Self::import_list_files`] for bytes already in hand (a download).
    pub fn import_list_bytes(&mut self, kind: ListKind, files: &[(String, Vec<u8>)], source: &str) -> Result<ListImport, Error> {
        let given: Vec<ListFile> = files.iter().map(|(n, b)| ListFile { name: n, bytes: b }).collect();
        let parsed: ParsedList = read(kind, &given).map_err(|error| Error::List { list: kind.code().to_owned(), error })?;
        let mut all = Vec::new();
        for (_, b) in files {
            all.extend_from_slice(hex_sha256(b).as_bytes());
        }
        let sha256 = if files.len() == 1 { hex_sha256(&files[0].1) } else { hex_sha256(&all) };
        let digests: Vec<String> = parsed.entries.iter().map(digest).collect();
        let (version, _) = self.store.import_list(&parsed, &digests, source, &sha256, &self.author()?, self.now())?;
        tracing::info!(list = kind.code(), version = version.id, entries = version.entries, "imported a list");
        self.screening_index = std::cell::OnceCell::new();
        let rescreen = self.rescreen_all()?;
        Ok(ListImport { version, rescreen })
    }

    /// Downloads a list from its publisher (or `url`) and imports it.
    pub async fn download_list(
        client: &cruce_remote::reqwest::Client,
        kind: ListKind,
        url: Option<&str>,
        progress: impl FnMut(u64, Option<u64>),
    ) -> Result<(String, Vec<u8>), Error> {
        let url = url.or(kind.publisher_url()).ok_or_else(|| Error::ListNoPublisher { list: kind.code().to_owned() })?;
        let d = cruce_remote::get_with_progress(client, url, MAX_LIST_BYTES, progress).await?;
        if d.bytes.is_empty() {
            return Err(Error::List {
                list: kind.code().to_owned(),
                error: cruce_core::screening::ListError::Empty { file: url.to_owned() },
            });
        }
        let name = url.rsplit('/').next().filter(|n| !n.is_empty()).unwrap_or(url).to_owned();
        Ok((name, d.bytes))
    }

    pub fn lists(&self) -> Result<ListsOverview, Error> {
        let versions = self.store.list_versions()?;
        let missing = ListKind::ALL.into_iter().filter(|k| !versions.iter().any(|v| v.kind == *k)).collect();
        Ok(ListsOverview { versions, missing, thresholds: self.thresholds() })
    }

    pub fn list_changes(&self, version: i64) -> Result<ListChanges, Error> {
        let v = self.store.list_version(version)?;
        let d: ListDiff = self.store.list_changes(version)?;
        let previous = self.store.list_versions()?.into_iter().find(|o| o.kind == v.kind && o.id < version).map(|o| o.id);
        let entries = |ids: &[String], from: Option<i64>| -> Result<Vec<ChangedEntry>, Error> {
            let Some(from) = from else { return Ok(vec![]) };
            ids.iter()
                .take(200)
                .map(|id| {
                    let e = self.store.list_entry(from, id)?;
                    Ok(ChangedEntry {
                        entry: id.clone(),
                        name: e.as_ref().map(|e| e.primary_name().to_owned()).unwrap_or_default(),
                        programs: e.map(|e| e.programs).unwrap_or_default(),
                    })
                })
                .collect()
        };
        Ok(ListChanges {
            counts: (&d).into(),
            added: entries(&d.added, Some(version))?,
            removed: entries(&d.removed, previous)?,
            changed: entries(&d.changed, Some(version))?,
            version: v,
        })
    }

    /// The thresholds in use: the user's, else the measured defaults.
    pub fn thresholds(&self) -> Thresholds {
        self.store.screening_thresholds().ok().flatten().and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default()
    }

    pub fn set_thresholds(&mut self, t: Thresholds) -> Result<(), Error> {
        if !(0.5..=1.0).contains(&t.review) || !(t.review..=1.0).contains(&t.strong) {
            return Err(Error::ScreeningThresholds { review: t.review, strong: t.strong });
        }
        self.store.set_screening_thresholds(&serde_json::to_string(&t).expect("thresholds serialize"))?;
        Ok(())
    }

    /// The index over the lists in use, built on first use. With no list at all screening is
    /// refused: it never runs silently against nothing.
    fn index(&self) -> Result<(Arc<ScreeningIndex>, Vec<String>), Error> {
        let in_use = self.store.lists_in_use()?;
        if in_use.is_empty() {
            return Err(Error::ScreeningNoLists);
        }
        let versions: Vec<String> = in_use.iter().map(|v| format!("{} {}", v.kind.code(), v.id)).collect();
        if let Some(ix) = self.screening_index.get() {
            return Ok((ix.clone(), versions));
        }
        let mut lists = Vec::with_capacity(in_use.len());
        for v in &in_use {
            lists.push(IndexedList { kind: v.kind, version: v.id, entries: self.store.list_entries(v.id)? });
        }
        let ix = Arc::new(ScreeningIndex::build(lists));
        let _ = self.screening_index.set(ix.clone());
        Ok((ix, versions))
    }

    fn screen_and_record(&mut self, parties: &[(ScreenedParty, String)]) -> Result<(Vec<Vec<Hit>>, Rescreen), Error> {
        let (ix, versions) = self.index()?;
        let t = self.thresholds();
        let hits: Vec<Vec<Hit>> = parties.iter().map(|(p, _)| ix.screen(&p.query(), &t, HITS_PER_PARTY)).collect();
        let records: Vec<ScreeningRecord> =
            parties.iter().zip(&hits).map(|((p, context), h)| ScreeningRecord { party: p, context: context.as_str(), hits: h }).collect();
        let done = self.store.record_screenings(&records, &versions, &self.author()?, self.now())?;
        self.refresh_verdicts();
        let summary = Rescreen {
            parties: parties.len() as u32,
            hits: hits.iter().map(|h| h.len() as u32).sum(),
            new_hits: done.iter().map(|s| s.new_hits.len() as u32).sum(),
        };
        Ok((hits, summary))
    }

    /// Screens one name typed (or given on the command line) and records it.
    pub fn screen_name(&mut self, name: &str, country: &str, ids: &[&str]) -> Result<NameResult, Error> {
        let party = ScreenedParty::new("name", "", name, country, ids);
        let (mut hits, _) = self.screen_and_record(&[(party, "name".into())])?;
        Ok(NameResult { id: String::new(), name: name.to_owned(), hits: hits.remove(0) })
    }

    /// Screens every party of a draft as saved, records it, and returns the draft's hits.
    pub fn screen_draft(&mut self, id: &str) -> Result<DraftScreening, Error> {
        let draft = self.store.get_draft(id)?;
        let context = format!("draft:{id}");
        let parties: Vec<(ScreenedParty, String)> = parties_of(&draft.declaration).into_iter().map(|p| (p, context.clone())).collect();
        let (_, summary) = self.screen_and_record(&parties)?;
        self.draft_screening(id, summary.new_hits)
    }

    /// A draft's parties and hits as last screened (no new screening).
    pub fn draft_screening(&self, id: &str, new_hits: u32) -> Result<DraftScreening, Error> {
        let draft = self.store.get_draft(id)?;
        let keys: Vec<String> = parties_of(&draft.declaration).into_iter().map(|p| p.key).collect();
        let parties = self
            .store
            .context_hits(&format!("draft:{id}"))?
            .into_iter()
            .filter(|(p, _)| keys.contains(&p.key))
            .map(|(party, items)| PartyScreening { party, items })
            .collect();
        let lists = self.store.lists_in_use()?;
        let missing = ListKind::ALL.into_iter().filter(|k| *k != ListKind::Own && !lists.iter().any(|v| v.kind == *k)).collect();
        let findings = validate(&draft.declaration, self.reference());
        Ok(DraftScreening { parties, lists, missing, new_hits, findings })
    }

    /// The registry's companies (with their RFC) and drivers, screened.
    pub fn screen_registry(&mut self) -> Result<Rescreen, Error> {
        let t = self.store.traders()?;
        let mut parties = Vec::new();
        for c in &t.companies {
            let r = &c.record;
            let ein: String = r.ids.importer_number.chars().filter(|c| c.is_ascii_alphanumeric()).take(9).collect();
            parties.push((ScreenedParty::new("company", "", &r.name, &r.country, &[&r.ids.rfc, &ein]), format!("company:{}", c.id)));
        }
        for d in &t.drivers {
            parties.push((ScreenedParty::new("driver", "", &d.record.name, &d.record.nationality, &[]), format!("driver:{}", d.id)));
        }
        if parties.is_empty() {
            return Ok(Rescreen { parties: 0, hits: 0, new_hits: 0 });
        }
        Ok(self.screen_and_record(&parties)?.1)
    }

    /// Every party ever screened, and the registry, against the lists in use: after an import.
    pub fn rescreen_all(&mut self) -> Result<Rescreen, Error> {
        let known = self.store.screened_parties()?;
        let parties: Vec<(ScreenedParty, String)> = known
            .into_iter()
            .filter_map(|(p, uses)| {
                let context = uses.first().map(|(c, _, _)| c.clone())?;
                Some((p, context))
            })
            .collect();
        let mut total =
            if parties.is_empty() { Rescreen { parties: 0, hits: 0, new_hits: 0 } } else { self.screen_and_record(&parties)?.1 };
        let registry = self.screen_registry()?;
        total.parties += registry.parties;
        total.hits += registry.hits;
        total.new_hits += registry.new_hits;
        Ok(total)
    }

    /// A CSV of names (header with `name` and optional `id`, `rfc`, `country`), each screened.
    pub fn screen_batch_file(&mut self, path: &Path) -> Result<Vec<NameResult>, Error> {
        let bytes = read_limited(path, 64 * 1024 * 1024)?;
        let file = file_name(path);
        let s = sheet::read(&bytes, bytes.len().max(1), BATCH_COLUMNS, &["name"])
            .map_err(|error| Error::Batch { file: file.clone(), error })?;
        let context = format!("batch:{file}");
        let mut ids = Vec::new();
        let mut parties = Vec::new();
        for (line, row) in &s.rows {
            let id = match s.get(row, "id") {
                "" => line.to_string(),
                id => id.to_owned(),
            };
            parties
                .push((ScreenedParty::new("batch", "", s.get(row, "name"), s.get(row, "country"), &[s.get(row, "rfc")]), context.clone()));
            ids.push(id);
        }
        let (hits, _) = self.screen_and_record(&parties)?;
        Ok(ids.into_iter().zip(parties).zip(hits).map(|((id, (p, _)), hits)| NameResult { id, name: p.name, hits }).collect())
    }

    /// Screens names without recording them (the benchmark's and the evaluation's path).
    pub fn screen_queries(&self, queries: &[Query]) -> Result<Vec<Vec<Hit>>, Error> {
        let (ix, _) = self.index()?;
        let t = self.thresholds();
        Ok(queries.iter().map(|q| ix.screen(q, &t, HITS_PER_PARTY)).collect())
    }

    pub fn review_queue(&self) -> Result<Vec<ReviewItem>, Error> {
        Ok(self.store.review_queue()?)
    }

    /// Decides a hit; a true match blocks every declaration naming the party.
    pub fn decide(
        &mut self,
        party_key: &str,
        list: ListKind,
        entry: &str,
        outcome: ReviewOutcome,
        reason: &str,
    ) -> Result<Decision, Error> {
        let d = self.store.decide(party_key, list, entry, outcome, reason, &self.author()?, self.now())?;
        self.refresh_verdicts();
        Ok(d)
    }

    pub fn party_history(&self, key: &str) -> Result<PartyHistory, Error> {
        Ok(self.store.party_history(key)?)
    }
}
