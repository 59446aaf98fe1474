//! Cruce's use cases, one file per capability: everything the window and the command line do,
//! written once over the domain (`cruce-core`) and the adapters (`cruce-store`, `cruce-remote`, later the
//! report crate).
//!
//! Architecture invariants: this crate knows nothing of Tauri or of the terminal; it holds no SQL
//! (the store names its operations); the front ends call one function here per command and add
//! only decoding, threading and presentation. Reference data reaches the rules as a value built
//! here ([`Workspace::reference`]).

mod clock;
pub mod crossings;
pub mod database;
pub mod declarations;
pub mod drafts;
mod error;
mod files;
pub mod history;
pub mod identifiers;
pub mod preferences;
pub mod schedules;
pub mod screening;
pub mod traders;
pub mod transfer;
pub mod wait_times;
mod workspace;

pub use clock::{Clock, SystemClock};
pub use error::{chain, Error};
pub use workspace::{os_user, Workspace};
