//! Under which procedure each government clears the goods.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Regime {
    /// CBP entry type (7501 block 2), e.g. "01".
    pub us_entry_type: String,
    /// Assigned by the U.S. broker: filer code, sequence, check digit.
    pub us_entry_number: String,
    /// Clave de pedimento (Apéndice 2), e.g. "A1".
    pub clave_pedimento: String,
    /// Régimen (Apéndice 16), e.g. "EXD".
    pub regimen: String,
    /// Once validated: 15 digits.
    pub pedimento_number: String,
    /// Whether USMCA preferential treatment is claimed on the U.S. entry.
    pub usmca_claimed: bool,
}
