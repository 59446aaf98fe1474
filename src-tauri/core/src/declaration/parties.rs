//! The people and companies on a declaration, each with the identifiers its role requires.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Address {
    pub street: String,
    pub city: String,
    /// State, province or Mexican entidad federativa.
    pub state: String,
    pub postal_code: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
}

/// A party identified by name and address only (shipper, ultimate consignee).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Party {
    pub name: String,
    pub address: Address,
}

/// U.S. importer of record with its CBP importer number.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct UsImporter {
    pub name: String,
    pub address: Address,
    /// EIN + suffix, SSN or CBP-assigned number.
    pub importer_number: String,
}

/// The Mexican exporter (northbound) or importer (southbound).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct MexicanParty {
    pub name: String,
    pub address: Address,
    pub rfc: String,
    /// Only for individuals; may be empty.
    pub curp: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Manufacturer {
    pub name: String,
    pub address: Address,
    /// Manufacturer identification code (MID).
    pub mid: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct UsBroker {
    pub name: String,
    /// 3-character CBP filer code.
    pub filer_code: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct MexicanBroker {
    pub name: String,
    /// 4-digit patente aduanal.
    pub patente: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Carrier {
    pub name: String,
    pub address: Address,
    pub scac: String,
    /// Mexican CAAT (código alfanumérico armonizado del transportista), where known.
    pub caat: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Driver {
    pub name: String,
    /// FAST commercial driver card number (PASSID), if the driver holds one.
    pub fast_card: String,
    /// ACE ID issued by CBP for the crew profile, if no FAST card.
    pub ace_id: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Parties {
    /// Exporter / shipper.
    pub exporter: Party,
    pub us_importer: UsImporter,
    pub ultimate_consignee: Party,
    pub mexican_party: MexicanParty,
    pub manufacturer: Manufacturer,
    pub us_broker: UsBroker,
    pub mexican_broker: MexicanBroker,
    pub carrier: Carrier,
    pub driver: Driver,
}
