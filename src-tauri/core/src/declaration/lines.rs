//! One line of goods, classified and measured for both sides.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Line {
    pub description: String,
    /// U.S. HTS, 10 digits.
    pub hts: String,
    /// Mexican fracción arancelaria, 8 digits.
    pub fraccion: String,
    /// NICO, 2 digits.
    pub nico: String,
    /// Quantity in the HTS unit of quantity.
    #[ts(type = "string | null")]
    pub us_quantity: Option<Decimal>,
    /// ACE unit code, e.g. "NO", "KG".
    pub us_unit: String,
    /// Quantity in the commercial unit (UMC), 3 decimals.
    #[ts(type = "string | null")]
    pub mx_quantity: Option<Decimal>,
    /// UMC, Apéndice 7 (two digits).
    pub mx_unit: String,
    /// Quantity in the tariff unit (UMT) of the fracción, 5 decimals.
    #[ts(type = "string | null")]
    pub mx_tariff_quantity: Option<Decimal>,
    pub mx_tariff_unit: String,
    #[ts(type = "string | null")]
    pub gross_kg: Option<Decimal>,
    #[ts(type = "string | null")]
    pub net_kg: Option<Decimal>,
    /// Packages at the lowest external packaging unit ("200 cartons", not "10 pallets").
    pub packages: Option<u32>,
    pub package_kind: String,
    /// Number of the invoice this line belongs to.
    pub invoice_number: String,
    /// Value in the invoice currency.
    #[ts(type = "string | null")]
    pub value: Option<Decimal>,
    #[ts(type = "string | null")]
    pub value_usd: Option<Decimal>,
    /// ISO 3166-1 alpha-2.
    pub country_of_origin: String,
    /// USMCA origin criterion A–D, when preference is claimed.
    pub origin_criterion: String,
    /// MID of this line's manufacturer, when not the declaration's manufacturer.
    pub manufacturer_mid: String,
}
