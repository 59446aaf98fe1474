//! Cruce's local store: one SQLite file holding drafts as revisions, the audit log, search,
//! preferences, the imported tariff schedules, the trusted-trader registry, crossings with their timelines and
//! CBP's wait-time readings, watchlist versions and the screening review. Every SQL statement of Cruce lives in this crate; callers use operations named
//! for what they do.
//!
//! Architecture invariants: every write happens in a transaction together with its audit entry;
//! revisions and audit entries are never changed or removed; a database written by a newer Cruce
//! (a higher schema version than this binary knows) or a file that is not a readable database is
//! refused, never migrated or written.

mod audit;
mod backup;
mod crossings;
mod drafts;
mod error;
mod lists;
mod migrations;
mod preferences;
mod revisions;
mod rows;
mod schedules;
mod screening;
mod search;
mod store;
mod traders;
mod wait_times;

pub use audit::{AuditAction, AuditEntry, AuditReport};
pub use backup::BackupInfo;
pub use crossings::{CrossingWithEvents, Judge};
pub use drafts::Saved;
pub use error::StoreError;
pub use lists::StoredEntry;
pub use migrations::SCHEMA_VERSION;
pub use schedules::{ScheduleLines, ScheduleVersion};
pub use screening::{Screening, ScreeningRecord};
pub use search::{COUNT_LIMIT, MAX_PAGE};
pub use store::Store;
pub use traders::{TraderRevision, Traders};
pub use wait_times::{StoredWait, WaitFetch, KEEP_READINGS_DAYS};
