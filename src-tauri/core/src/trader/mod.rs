//! The trusted-trader registry: companies and the programs they hold (C-TPAT, Mexico's
//! certification scheme, the C-TPAT–Mexico mutual recognition), carriers' drivers with their
//! FAST cards and their equipment, and what that status changes for a crossing.
//!
//! Records are attested facts as the user entered them (dates, status changes, evidence). What a
//! membership *is* on a given day — active, suspended, expired, due for review — is always
//! computed from those facts and the dated rules in [`rules`], never stored as a flag that goes
//! stale. The registry reaches validation as a value in `Reference` (see [`Registry`]).

pub mod alerts;
pub mod eligibility;
mod model;
mod registry;
pub mod rules;
pub mod state;

pub use model::*;
pub use registry::{fold, id_key as registry_id_key, plate_key, Registry, SearchHit, SearchPage, TraderKind};
