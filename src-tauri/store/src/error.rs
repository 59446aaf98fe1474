//! What can go wrong in the store, named for what a caller can act on.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file does not exist and the caller asked not to create it.
    #[error("no database at {path}")]
    Missing { path: PathBuf },
    #[error("cannot create the folder {path}")]
    CreateFolder {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The file exists but SQLite cannot open or read it (not a database, damaged, no permission).
    #[error("cannot open the database at {path}")]
    Unreadable {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    /// The database was written by a newer Cruce; this binary must not touch it.
    #[error("the database has schema version {found}, newer than the {supported} this version of Cruce understands")]
    SchemaTooNew { found: i64, supported: i64 },
    #[error("applying migration {version} failed")]
    Migration {
        version: i64,
        #[source]
        source: rusqlite::Error,
    },
    #[error("no draft with id {id:?}")]
    DraftNotFound { id: String },
    #[error("draft {id:?} has no revision {revision}")]
    RevisionNotFound { id: String, revision: u32 },
    /// Someone saved the draft since this editor loaded it; nothing was written.
    #[error("draft {id:?} was saved by someone else: you edited revision {expected}, the current one is {current}")]
    Conflict { id: String, expected: u32, current: u32 },
    #[error("the document cannot be imported")]
    Document(#[from] cruce_core::declaration::DocumentError),
    #[error("{path} already exists; choose a new file for the backup")]
    BackupTargetExists { path: PathBuf },
    #[error("{path} failed the integrity check: {report}")]
    IntegrityCheckFailed { path: PathBuf, report: String },
    #[error("{path} is a SQLite database but not a Cruce database")]
    NotACruceDatabase { path: PathBuf },
    #[error("cannot move or replace {path}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The same file was imported before; nothing was written.
    #[error("this {kind} file was imported before, as {edition:?}")]
    ScheduleAlreadyImported { kind: String, edition: String },
    #[error("no registry record with id {id:?}")]
    TraderNotFound { id: String },
    /// Someone saved the record since it was loaded; nothing was written.
    #[error("registry record {id:?} was saved by someone else: you edited revision {expected}, the current one is {current}")]
    TraderConflict { id: String, expected: u32, current: u32 },
    #[error("no evidence file with SHA-256 {sha256}")]
    EvidenceNotFound { sha256: String },
    #[error("no list version {id}")]
    ListVersionNotFound { id: i64 },
    #[error("no hit of party {party:?} on {list} entry {entry:?} to decide")]
    HitNotFound { party: String, list: String, entry: String },
    #[error("a decision needs a reason")]
    ReasonRequired,
    #[error("no screened party {key:?}")]
    PartyNotFound { key: String },
    #[error("no crossing with id {id:?}")]
    CrossingNotFound { id: String },
    /// Someone saved the crossing since it was loaded; nothing was written.
    #[error("crossing {id:?} was saved by someone else: you edited revision {expected}, the current one is {current}")]
    CrossingConflict { id: String, expected: u32, current: u32 },
    /// A declaration travels in one crossing at a time; nothing was written.
    #[error("declaration {draft_id:?} is already in crossing {trip_number} ({crossing_id})")]
    DeclarationInCrossing { draft_id: String, crossing_id: String, trip_number: String },
    #[error("trip number {trip_number} is already crossing {crossing_id}'s")]
    TripNumberTaken { trip_number: String, crossing_id: String },
    /// A correction names an event the crossing does not have; nothing was written.
    #[error("crossing {crossing_id:?} has no event {event_id:?}")]
    EventNotFound { crossing_id: String, event_id: String },
    /// The event was corrected already; correct the correction instead. Nothing was written.
    #[error("event {event_id:?} was corrected already, by {by:?}: correct that one instead")]
    EventAlreadyCorrected { event_id: String, by: String },
    /// A row that this binary's rules reject: written by hand or by a bug, never by this store.
    #[error("stored draft {id:?} is invalid: {reason}")]
    InvalidRow { id: String, reason: String },
    #[error("database query failed")]
    Sqlite(#[from] rusqlite::Error),
}
