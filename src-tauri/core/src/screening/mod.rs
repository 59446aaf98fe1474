//! Screening the parties of a shipment against the U.S. and Mexican lists: the lists as Cruce
//! reads them ([`lists`]: OFAC's SDN and consolidated non-SDN files, trade.gov's Consolidated
//! Screening List, BIS's Denied Persons List, SAT's Article 69-B list and a company's own list),
//! names as they are compared ([`names`]), the candidate index and the score that explains itself
//! ([`index`], [`score`]) with the evidence beside the name ([`evidence`]), what changed between
//! two versions of a list ([`diff`]) and the parties of a declaration as they are screened
//! ([`party`]).
//!
//! Sources: OFAC, "SDN and Consolidated List data specification" (dat_spec.txt, 2023-09-25);
//! ITA, Consolidated Screening List data model; BIS, Denied Persons List; CFF art. 69-B and SAT's
//! "Relación de contribuyentes incumplidos" (domain brief, part D).

pub mod diff;
pub mod evidence;
pub mod index;
pub mod lists;
pub mod names;
pub mod party;
pub mod review;
pub mod score;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use index::{Hit, Query, ScreeningIndex, Thresholds};
pub use lists::{ListError, ParsedList};
pub use party::{party_key, ScreenedParty};

/// Which list an entry comes from; the code is what the command line and stored rows use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
pub enum ListKind {
    #[serde(rename = "ofac-sdn")]
    OfacSdn,
    #[serde(rename = "ofac-cons")]
    OfacCons,
    #[serde(rename = "csl")]
    Csl,
    #[serde(rename = "bis-dpl")]
    BisDpl,
    #[serde(rename = "sat-69b")]
    Sat69b,
    #[serde(rename = "own")]
    Own,
}

impl ListKind {
    pub const ALL: [ListKind; 6] = [Self::OfacSdn, Self::OfacCons, Self::Csl, Self::BisDpl, Self::Sat69b, Self::Own];

    pub fn code(self) -> &'static str {
        match self {
            Self::OfacSdn => "ofac-sdn",
            Self::OfacCons => "ofac-cons",
            Self::Csl => "csl",
            Self::BisDpl => "bis-dpl",
            Self::Sat69b => "sat-69b",
            Self::Own => "own",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code.trim())
    }

    pub fn name_en(self) -> &'static str {
        match self {
            Self::OfacSdn => "OFAC Specially Designated Nationals (SDN)",
            Self::OfacCons => "OFAC consolidated non-SDN lists",
            Self::Csl => "Consolidated Screening List (trade.gov)",
            Self::BisDpl => "BIS Denied Persons List",
            Self::Sat69b => "SAT Article 69-B list",
            Self::Own => "Own list",
        }
    }

    pub fn name_es(self) -> &'static str {
        match self {
            Self::OfacSdn => "Lista SDN de OFAC",
            Self::OfacCons => "Listas consolidadas no SDN de OFAC",
            Self::Csl => "Lista Consolidada de Revisión (trade.gov)",
            Self::BisDpl => "Lista de Personas Denegadas de BIS",
            Self::Sat69b => "Lista del artículo 69-B del SAT",
            Self::Own => "Lista propia",
        }
    }

    /// The publisher's address for a download, where there is one file to fetch.
    pub fn publisher_url(self) -> Option<&'static str> {
        match self {
            Self::OfacSdn => Some("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV"),
            Self::OfacCons => Some("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_PRIM.CSV"),
            Self::Csl => Some("https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.json"),
            Self::BisDpl => Some("https://www.bis.doc.gov/dpl/dpl.txt"),
            Self::Sat69b => Some("http://omawww.sat.gob.mx/cifras_sat/Documents/Listado_Completo_69-B.csv"),
            Self::Own => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum EntryType {
    Individual,
    Entity,
    Vessel,
    Aircraft,
}

/// How a list writes a name of its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum NameKind {
    /// The entry's own name.
    Primary,
    /// "also known as", "formerly known as", "now known as" (OFAC's alt.csv, CSL's alt_names).
    Aka,
    Fka,
    Nka,
    /// A nickname written in the remarks ("a.k.a. 'El Mayo'"); OFAC calls these weak aliases.
    Weak,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListName {
    pub name: String,
    pub kind: NameKind,
}

/// The kinds of identifier matched exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum IdKind {
    Rfc,
    Curp,
    Passport,
    Ein,
    NationalId,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListId {
    pub kind: IdKind,
    /// As the list labels it ("R.F.C.", "Passport", "C.U.R.P.").
    pub label: String,
    pub number: String,
    /// As the list writes it (a country name for OFAC, ISO-2 for the CSL); may be empty.
    pub country: String,
}

/// One entry of a list, as screening compares it. What a list does not say is empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListEntry {
    /// The list's own identifier: OFAC's ent_num, the RFC for 69-B, the CSL's id, the DPL's name.
    pub id: String,
    pub entry_type: EntryType,
    /// The first is the primary name.
    pub names: Vec<ListName>,
    /// Programs or the list's part ("SDNTK", "ILLICIT-DRUGS-EO14059", "Entity List (EL)").
    pub programs: Vec<String>,
    pub ids: Vec<ListId>,
    /// ISO 3166-1 alpha-2 codes of the entry's addresses, nationalities and citizenships.
    pub countries: Vec<String>,
    pub addresses: Vec<String>,
    /// As written ("28 Jun 1973", "1962", "circa 1960").
    pub dates_of_birth: Vec<String>,
    /// 69-B: the taxpayer's situation (Definitivo, Presunto, Desvirtuado, Sentencia Favorable).
    pub status: String,
    pub remarks: String,
}

impl ListEntry {
    pub fn primary_name(&self) -> &str {
        self.names.first().map(|n| n.name.as_str()).unwrap_or("")
    }

    /// A 69-B entry SAT has cleared (desvirtuado, sentencia favorable): shown, never a risk.
    pub fn cleared(&self) -> bool {
        let s = crate::text::fold(&self.status);
        s.trim() == "desvirtuado" || s.trim() == "sentencia favorable"
    }

    /// Years of birth the entry states (every four-digit year in its dates of birth).
    pub fn birth_years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self
            .dates_of_birth
            .iter()
            .flat_map(|d| {
                d.split(|c: char| !c.is_ascii_digit()).filter(|p| p.len() == 4).filter_map(|p| p.parse().ok()).collect::<Vec<_>>()
            })
            .filter(|y| (1850..=2100).contains(y))
            .collect();
        years.sort_unstable();
        years.dedup();
        years
    }
}
