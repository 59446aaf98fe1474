//! Cruce's local store: one SQLite file holding drafts and preferences.
//!
//! Architecture invariant: every write happens in a transaction, and a database written by a newer
//! Cruce (a higher schema version than this binary knows) is refused, never migrated or written.

mod drafts;
mod error;
mod migrations;
mod preferences;
mod store;

pub use error::StoreError;
pub use migrations::SCHEMA_VERSION;
pub use store::Store;
