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
    /// The U.S. export (southbound): Electronic Export Information filed in AES, or why none is.
    pub us_export: UsExport,
    /// Clave de pedimento (Apéndice 2), e.g. "A1".
    pub clave_pedimento: String,
    /// Régimen (Apéndice 16), e.g. "EXD".
    pub regimen: String,
    /// Once validated: 15 digits.
    pub pedimento_number: String,
    /// Aduana-sección where the pedimento is cleared (Anexo 22 campo 31), when it is not the
    /// border aduana the truck crosses at (`transport.aduana`, campo 8): an export cleared in
    /// Monterrey (520) that leaves through Nuevo Laredo (240). Empty: cleared at the border.
    pub clearance_aduana: String,
    /// Whether USMCA (T-MEC) preferential treatment is claimed on the import: the U.S. entry
    /// northbound, the pedimento southbound.
    pub usmca_claimed: bool,
}

/// The Electronic Export Information of a U.S. export (15 CFR Part 30), as far as the broker
/// records it: the ITN AES returned, or the exemption that applies.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct UsExport {
    /// Internal Transaction Number: "X" + acceptance date (YYYYMMDD) + 6 digits.
    pub itn: String,
    /// The exemption legend when no EEI is filed, e.g. "NOEEI 30.37(a)".
    pub exemption: String,
    /// A licence (or another case of 15 CFR 30.2(a)(1)(iv)) applies: EEI is due whatever the value.
    pub licence_required: bool,
}
