//! What users enter into the trusted-trader registry, checked before it is stored: a record
//! (`check`) and a carrier's CSV list of drivers or equipment (`csv`). Apart from `trader`
//! because both check identifiers and countries against the `Reference`, which holds the
//! registry: `trader` itself never reads the reference.

pub mod check;
pub mod csv;
