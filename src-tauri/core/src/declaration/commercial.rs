//! Invoices, the exchange rate and the charges on top of the goods' price.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Invoice {
    pub number: String,
    #[ts(type = "string | null")]
    pub date: Option<NaiveDate>,
    /// ISO 4217 (MXN, not the pedimento's MXP).
    pub currency: String,
    pub incoterm: String,
    /// Invoice total in its currency, as printed on the invoice.
    #[ts(type = "string | null")]
    pub total: Option<Decimal>,
    /// U.S. dollars per unit of `currency` (Banxico's equivalence factor); 1 for USD. Needed only
    /// for currencies other than USD and MXN.
    #[ts(type = "string | null")]
    pub usd_per_unit: Option<Decimal>,
    /// Folio fiscal of the CFDI with Comercio Exterior.
    pub cfdi_uuid: String,
    pub cove: String,
    /// Freight, insurance and other charges the invoice bills on top of the goods, in its
    /// currency: the total is the lines plus these.
    pub charges: InvoiceCharges,
}

/// Charges printed on an invoice besides the goods, in the invoice's currency.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct InvoiceCharges {
    #[ts(type = "string | null")]
    pub freight: Option<Decimal>,
    #[ts(type = "string | null")]
    pub insurance: Option<Decimal>,
    #[ts(type = "string | null")]
    pub other: Option<Decimal>,
}

impl InvoiceCharges {
    /// The charges together; none given is zero.
    pub fn total(&self) -> Decimal {
        self.freight.unwrap_or_default() + self.insurance.unwrap_or_default() + self.other.unwrap_or_default()
    }
}

/// The rate that turns dollars into pesos on the pedimento (field 6, 5 decimals).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct ExchangeRate {
    #[ts(type = "string | null")]
    pub mxn_per_usd: Option<Decimal>,
    #[ts(type = "string | null")]
    pub date: Option<NaiveDate>,
    /// Where the rate comes from, e.g. "DOF FIX".
    pub source: String,
}

/// Charges paid apart from the invoices, up to the border, in U.S. dollars (incrementables on the
/// Mexican side, Ley Aduanera art. 65; the "CHGS" column of CBP 7501 block 36).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Charges {
    #[ts(type = "string | null")]
    pub freight_usd: Option<Decimal>,
    #[ts(type = "string | null")]
    pub insurance_usd: Option<Decimal>,
    #[ts(type = "string | null")]
    pub other_usd: Option<Decimal>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Commercial {
    pub invoices: Vec<Invoice>,
    pub exchange_rate: ExchangeRate,
    pub charges: Charges,
}
