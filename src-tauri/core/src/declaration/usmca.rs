//! USMCA certification of origin: the nine minimum data elements of Article 5.2 / Annex 5-A.
//! Elements 6 (description and HS subheading) and 7 (origin criterion) are taken per line.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Address;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Contact {
    pub name: String,
    pub title: String,
    pub address: Address,
    pub phone: String,
    pub email: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct UsmcaCertification {
    /// 1. importer, exporter or producer.
    pub certifier_role: String,
    /// 2. certifier.
    pub certifier: Contact,
    /// 3. exporter (name may be "Various").
    pub exporter: Contact,
    /// 4. producer (name may be "Various" or "Available upon request").
    pub producer: Contact,
    /// 5. importer.
    pub importer: Contact,
    /// 8. blanket period, up to 12 months, when the certification covers several shipments.
    #[ts(type = "string | null")]
    pub blanket_from: Option<NaiveDate>,
    #[ts(type = "string | null")]
    pub blanket_to: Option<NaiveDate>,
    /// 9. authorized signature and date, with the certification statement.
    pub signed_by: String,
    #[ts(type = "string | null")]
    pub signed_on: Option<NaiveDate>,
}
