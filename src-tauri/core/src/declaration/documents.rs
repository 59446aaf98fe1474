//! Documents other agencies issue for the goods, linked to the declaration by their number: the
//! FDA prior notice, phytosanitary certificates (USDA/APHIS, SENASICA), SENASICA's import
//! certificate.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::crossing_time::PlannedCrossing;

/// One document, as the broker records it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct LinkedDocument {
    /// What it is: a code of the document kinds (`fda_prior_notice`, `usda_phyto`, …).
    pub kind: String,
    /// The number the issuing agency gave it (confirmation, certificate or permit number).
    pub number: String,
    /// When it was confirmed or issued, local time with its zone (an FDA prior notice must be
    /// confirmed at least two hours before the truck arrives).
    pub issued: Option<PlannedCrossing>,
}
