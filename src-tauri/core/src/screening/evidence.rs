//! What beside the name supports or contradicts a hit: the same identifier (which decides), the
//! same RFC but for the homoclave, another RFC, the country, the year of birth, a company named
//! like a person. Weighed for every candidate as numbers; written out in both languages only for
//! the hits shown.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::names::{normal_id, rfc_stem};
use super::{EntryType, IdKind, ListEntry};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum HitEvidenceKind {
    Identifier,
    Country,
    BirthYear,
    EntryType,
}

/// Something beside the name that supports (`effect` > 0) or contradicts (< 0) the match.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HitEvidence {
    pub kind: HitEvidenceKind,
    pub effect: f64,
    pub en: String,
    pub es: String,
}

/// An identifier as compared: without punctuation, and the RFC's stem (no homoclave).
pub type ComparedId = (String, Option<String>);

/// An entry's identifiers as compared, in the entry's order (the index keeps them).
pub fn compared_ids(entry: &ListEntry) -> Vec<ComparedId> {
    entry.ids.iter().map(|i| (normal_id(&i.number), if i.kind == IdKind::Rfc { rfc_stem(&i.number) } else { None })).collect()
}

/// What a party brings beside its name.
#[derive(Debug, Clone, Default)]
pub struct PartyFacts {
    /// Identifiers as compared (four characters or more).
    pub ids: Vec<String>,
    /// RFC stems.
    pub stems: Vec<String>,
    /// ISO alpha-2, upper case, or empty.
    pub country: String,
    pub birth_year: Option<i32>,
    /// The name had a legal form: the party is a company.
    pub company: bool,
}

impl PartyFacts {
    pub fn new(ids: &[String], country: &str, birth_year: Option<i32>, company: bool) -> Self {
        PartyFacts {
            ids: ids.iter().map(|i| normal_id(i)).filter(|i| i.len() >= 4).collect(),
            stems: ids.iter().filter_map(|i| rfc_stem(i)).collect(),
            country: country.trim().to_ascii_uppercase(),
            birth_year,
            company,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Fact {
    /// The entry's identifier at this place is the party's.
    SameId(usize),
    /// The entry's RFC at this place has the party's stem.
    SameStem(usize),
    OtherRfc,
    SameCountry,
    OtherCountry,
    SameBirthYear,
    OtherBirthYear(Vec<i32>),
    CompanyIsPerson,
}

impl Fact {
    fn effect(&self) -> f64 {
        match self {
            Fact::SameId(_) => 1.0,
            Fact::SameStem(_) => 0.95,
            Fact::OtherRfc => -0.25,
            Fact::SameCountry => 0.02,
            Fact::OtherCountry => -0.08,
            Fact::SameBirthYear => 0.03,
            Fact::OtherBirthYear(_) => -0.15,
            Fact::CompanyIsPerson => -0.1,
        }
    }
}

/// The evidence on one entry for one party.
#[derive(Debug, Clone, PartialEq)]
pub struct Weighing {
    facts: Vec<Fact>,
}

impl Weighing {
    /// Weighs what the party and the entry say beside their names.
    pub fn of(entry: &ListEntry, ids: &[ComparedId], party: &PartyFacts) -> Self {
        let mut facts = Vec::new();
        if let Some(at) = ids.iter().position(|(n, _)| party.ids.contains(n)) {
            facts.push(Fact::SameId(at));
        } else if let Some(at) = ids.iter().position(|(_, s)| s.as_ref().is_some_and(|s| party.stems.contains(s))) {
            facts.push(Fact::SameStem(at));
        } else if !party.stems.is_empty() && ids.iter().any(|(_, s)| s.is_some()) {
            facts.push(Fact::OtherRfc);
        }
        if !party.country.is_empty() && !entry.countries.is_empty() {
            facts.push(if entry.countries.contains(&party.country) { Fact::SameCountry } else { Fact::OtherCountry });
        }
        if let Some(year) = party.birth_year {
            let years = entry.birth_years();
            if !years.is_empty() {
                facts.push(if years.iter().any(|y| (y - year).abs() <= 1) { Fact::SameBirthYear } else { Fact::OtherBirthYear(years) });
            }
        }
        if party.company && entry.entry_type == EntryType::Individual {
            facts.push(Fact::CompanyIsPerson);
        }
        Weighing { facts }
    }

    /// The score of a hit whose name scored `name_score`: the name moved by the supporting and
    /// contradicting evidence, and never below what a shared identifier proves.
    pub fn score(&self, name_score: f64) -> f64 {
        let mut floor: f64 = 0.0;
        let mut moved = name_score;
        for f in &self.facts {
            match f {
                Fact::SameId(_) | Fact::SameStem(_) => floor = floor.max(f.effect()),
                _ => moved += f.effect(),
            }
        }
        moved.clamp(0.0, 1.0).max(floor)
    }

    /// The evidence in words.
    pub fn explain(&self, entry: &ListEntry, ids: &[ComparedId], party: &PartyFacts) -> Vec<HitEvidence> {
        let country = &party.country;
        self.facts
            .iter()
            .map(|f| {
                let (kind, en, es) = match f {
                    Fact::SameId(at) => {
                        let (label, n) = (&entry.ids[*at].label, &ids[*at].0);
                        (HitEvidenceKind::Identifier, format!("Same {label} {n} as the list"), format!("Mismo {label} {n} que la lista"))
                    }
                    Fact::SameStem(at) => {
                        let (id, stem) = (&entry.ids[*at], ids[*at].1.as_deref().unwrap_or(""));
                        (
                            HitEvidenceKind::Identifier,
                            format!("{} {} matches the party's RFC except for the homoclave ({stem})", id.label, id.number),
                            format!("El {} {} coincide con el RFC de la parte salvo la homoclave ({stem})", id.label, id.number),
                        )
                    }
                    Fact::OtherRfc => {
                        let listed: Vec<&str> =
                            entry.ids.iter().zip(ids).filter(|(_, (_, s))| s.is_some()).map(|(i, _)| i.number.as_str()).collect();
                        let listed = listed.join(", ");
                        (
                            HitEvidenceKind::Identifier,
                            format!("The list gives another RFC ({listed})"),
                            format!("La lista da otro RFC ({listed})"),
                        )
                    }
                    Fact::SameCountry => {
                        (HitEvidenceKind::Country, format!("Country {country} as on the list"), format!("País {country} como en la lista"))
                    }
                    Fact::OtherCountry => {
                        let listed = entry.countries.join(", ");
                        (
                            HitEvidenceKind::Country,
                            format!("The list gives {listed}, not {country}"),
                            format!("La lista da {listed}, no {country}"),
                        )
                    }
                    Fact::SameBirthYear => {
                        let year = party.birth_year.unwrap_or_default();
                        (HitEvidenceKind::BirthYear, format!("Born {year} as on the list"), format!("Nacido en {year} como en la lista"))
                    }
                    Fact::OtherBirthYear(years) => {
                        let year = party.birth_year.unwrap_or_default();
                        let listed = years.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(", ");
                        (
                            HitEvidenceKind::BirthYear,
                            format!("The list gives birth in {listed}, not {year}"),
                            format!("La lista da nacimiento en {listed}, no {year}"),
                        )
                    }
                    Fact::CompanyIsPerson => (
                        HitEvidenceKind::EntryType,
                        "The party is a company; the entry is a person".to_owned(),
                        "La parte es una empresa; la entrada es una persona".to_owned(),
                    ),
                };
                HitEvidence { kind, effect: f.effect(), en, es }
            })
            .collect()
    }
}
