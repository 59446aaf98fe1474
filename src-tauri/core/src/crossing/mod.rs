//! Crossings: one truck crossing once (`record`), its timeline and deadlines (`timeline`), the
//! dispatcher's board (`board`), the clearance figures (`figures`), events brought over from a
//! spreadsheet (`events_csv`), and CBP's published wait times at the commercial crossings
//! (`wait_times`).

pub mod board;
pub mod events_csv;
pub mod figures;
pub mod record;
pub mod timeline;
pub mod wait_times;
