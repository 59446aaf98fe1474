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
    /// Chapter 99 numbers reported with this line (additional duties: Section 232, 301, 122…),
    /// in the order CBP asks for them; the line's own HTS number is reported last.
    pub additional_hts: Vec<String>,
    /// Mexican fracción arancelaria, 8 digits.
    pub fraccion: String,
    /// NICO, 2 digits.
    pub nico: String,
    /// Quantity in the HTS unit of quantity.
    #[ts(type = "string | null")]
    pub us_quantity: Option<Decimal>,
    /// ACE unit code, e.g. "NO", "KG".
    pub us_unit: String,
    /// The second quantity, for HTS lines that report two units (e.g. "No." and "kg").
    #[ts(type = "string | null")]
    pub us_quantity2: Option<Decimal>,
    pub us_unit2: String,
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
    /// Where the metal of a steel or aluminium article comes from (CBP Form 7501 blocks 21–24).
    pub metal: MetalOrigin,
    /// IGI (impuesto general de importación) rate in percent, as the broker gives it from the
    /// TIGIE (or the preferential rate); used for the Mexican cuadro de liquidación.
    #[ts(type = "string | null")]
    pub igi_rate: Option<Decimal>,
}

/// Countries of the metal in a steel or aluminium article, ISO 3166-1 alpha-2 (CBP Form 7501,
/// 2024: block 21 melt and pour, 22 primary smelt, 23 secondary smelt, 24 cast).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct MetalOrigin {
    /// Steel: where it was first melted and poured.
    pub melt_pour: String,
    /// Aluminium: the largest primary smelt.
    pub primary_smelt: String,
    /// Aluminium: the second largest primary smelt, if any.
    pub secondary_smelt: String,
    /// Aluminium: where it was most recently cast.
    pub cast: String,
}
