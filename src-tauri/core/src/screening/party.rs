//! The parties of a declaration as they are screened, the key a decision is remembered by, and
//! the verdicts the rules hold a declaration to.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::index::Query;
use super::names::{normal_id, normalize};
use super::ListKind;
use crate::declaration::Declaration;

/// One party to screen: where it is on the declaration (or in the registry) and what is known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScreenedParty {
    /// "exporter", "usImporter", … for a declaration; "company" or "driver" for the registry.
    pub role: String,
    /// The field of the name (`parties.exporter.name`).
    pub path: String,
    pub name: String,
    pub country: String,
    pub ids: Vec<String>,
    /// [`party_key`] of the above.
    pub key: String,
}

impl ScreenedParty {
    pub fn new(role: &str, path: &str, name: &str, country: &str, ids: &[&str]) -> Self {
        let ids: Vec<String> = ids.iter().map(|i| i.trim()).filter(|i| !i.is_empty()).map(str::to_owned).collect();
        let key = party_key(name, &ids);
        ScreenedParty {
            role: role.into(),
            path: path.into(),
            name: name.trim().into(),
            country: country.trim().to_ascii_uppercase(),
            ids,
            key,
        }
    }

    pub fn query(&self) -> Query {
        Query { name: self.name.clone(), country: self.country.clone(), ids: self.ids.clone(), birth_year: None }
    }
}

/// Who a party is for screening: its name's words in order of the alphabet (so "LOPEZ, Juan"
/// and "Juan López" are one party) and its identifiers. A decision is remembered for this key.
pub fn party_key(name: &str, ids: &[String]) -> String {
    let mut words = normalize(name).tokens;
    words.sort();
    let mut ids: Vec<String> = ids.iter().map(|i| normal_id(i)).filter(|i| !i.is_empty()).collect();
    ids.sort();
    ids.dedup();
    format!("{}|{}", words.join(" "), ids.join(","))
}

/// Every named party of a declaration, with the identifiers and country the declaration gives.
pub fn parties_of(d: &Declaration) -> Vec<ScreenedParty> {
    let p = &d.parties;
    let ein = |n: &str| -> String {
        // The importer number is an EIN (NN-NNNNNNN, with a two-digit suffix) or another number.
        n.chars().filter(|c| c.is_ascii_alphanumeric()).take(9).collect()
    };
    let parties = [
        ScreenedParty::new("exporter", "parties.exporter.name", &p.exporter.name, &p.exporter.address.country, &[]),
        ScreenedParty::new(
            "usImporter",
            "parties.usImporter.name",
            &p.us_importer.name,
            &p.us_importer.address.country,
            &[&ein(&p.us_importer.importer_number)],
        ),
        ScreenedParty::new(
            "ultimateConsignee",
            "parties.ultimateConsignee.name",
            &p.ultimate_consignee.name,
            &p.ultimate_consignee.address.country,
            &[],
        ),
        ScreenedParty::new(
            "mexicanParty",
            "parties.mexicanParty.name",
            &p.mexican_party.name,
            &p.mexican_party.address.country,
            &[&p.mexican_party.rfc, &p.mexican_party.curp],
        ),
        ScreenedParty::new("manufacturer", "parties.manufacturer.name", &p.manufacturer.name, &p.manufacturer.address.country, &[]),
        ScreenedParty::new("usBroker", "parties.usBroker.name", &p.us_broker.name, "US", &[]),
        ScreenedParty::new("mexicanBroker", "parties.mexicanBroker.name", &p.mexican_broker.name, "MX", &[]),
        ScreenedParty::new("carrier", "parties.carrier.name", &p.carrier.name, &p.carrier.address.country, &[]),
        ScreenedParty::new("driver", "parties.driver.name", &p.driver.name, "", &[]),
    ];
    parties.into_iter().filter(|p| !normalize(&p.name).is_empty()).collect()
}

/// A confirmed match: a decision that the party is the list's entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Confirmed {
    pub list: ListKind,
    pub entry: String,
    pub entry_name: String,
    pub programs: Vec<String>,
    pub decided_by: String,
}

/// What the review has decided and left open, by party key: the rules read this.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Verdicts {
    pub confirmed: HashMap<String, Vec<Confirmed>>,
    /// Potential matches not yet decided, or escalated, by party key.
    pub open: HashMap<String, usize>,
}

impl Verdicts {
    pub fn is_empty(&self) -> bool {
        self.confirmed.is_empty() && self.open.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_party_however_its_name_is_written() {
        assert_eq!(party_key("LOPEZ, Juan", &[]), party_key("Juan López", &[]));
        assert_eq!(
            party_key("Transportes Fénix, S.A. de C.V.", &["TFE-010101-AB1".into()]),
            party_key("TRANSPORTES FENIX SA DE CV", &["TFE010101AB1".into()])
        );
        assert_ne!(party_key("Juan López", &["X1234".into()]), party_key("Juan López", &[]));
    }

    #[test]
    fn the_parties_of_a_sample_declaration() {
        let d = crate::sample::flows().into_iter().next().unwrap().1;
        let parties = parties_of(&d);
        assert!(parties.len() >= 5, "{parties:?}");
        assert!(parties.iter().any(|p| p.role == "mexicanParty" && !p.ids.is_empty()));
    }
}
