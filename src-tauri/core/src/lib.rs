//! Cruce's domain: the declaration a broker captures once, the catalogs it is checked against and
//! the rules that decide whether it can be filed.
//!
//! Architecture invariant: this crate performs no I/O of any kind. It does not read the clock,
//! touch files, open databases or talk to the network; callers pass instants and data in. That
//! keeps every rule deterministic and testable with plain values.

pub mod author;
pub mod catalog;
pub mod crossing;
pub mod crossing_time;
pub mod declaration;
pub mod demo;
pub mod draft;
pub mod draft_list;
pub mod duties;
pub mod header;
pub mod ids;
pub mod language;
pub mod reference;
pub mod sample;
pub mod screening;
pub mod sheet;
pub mod tariff;
pub mod text;
pub mod trader;
pub mod trader_entry;
pub mod validate;
pub mod views;

pub use author::{author_name, AuthorNameError};
pub use crossing_time::{CrossingTimeError, PlannedCrossing};
pub use declaration::Direction;
pub use draft::{Draft, DraftSort, DraftStatus, DraftSummary, RevisionInfo};
pub use draft_list::{DraftPage, DraftQuery};
pub use header::{DraftHeader, HeaderError, HeaderInput};
pub use language::Language;
