//! The registry's records as the user keeps them: a company with its identifiers and program
//! memberships, a driver, a piece of equipment. Each is stored as a whole document per revision.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::declaration::Address;

/// What a company is to the shipments it appears on. One company may be several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum CompanyRole {
    Importer,
    Exporter,
    Manufacturer,
    Carrier,
    Broker,
    Consignee,
}

impl CompanyRole {
    pub const ALL: [CompanyRole; 6] = [Self::Importer, Self::Exporter, Self::Manufacturer, Self::Carrier, Self::Broker, Self::Consignee];
}

/// The identifiers each government knows the company by; empty when it has none.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct CompanyIds {
    /// Mexico's RFC (12 characters for a company, 13 for a person).
    pub rfc: String,
    /// CBP importer number (EIN with its suffix, or a CBP-assigned number).
    pub importer_number: String,
    /// Manufacturer ID (19 CFR Part 102 Appendix).
    pub mid: String,
    /// Standard Carrier Alpha Code.
    pub scac: String,
    /// Código Alfanumérico Armonizado del Transportista (SAT).
    pub caat: String,
    /// CBP filer code of a U.S. broker.
    pub filer_code: String,
    /// Patente of a Mexican customs broker.
    pub patente: String,
}

/// A company of the registry.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct Company {
    pub name: String,
    pub roles: Vec<CompanyRole>,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub address: Address,
    pub ids: CompanyIds,
    pub memberships: Vec<Membership>,
    pub notes: String,
    /// Kept for the record and the declarations that name it, no longer offered.
    pub archived: bool,
}

/// A trusted-trader program a company can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Program {
    /// CBP's Customs Trade Partnership Against Terrorism.
    Ctpat,
    /// Registro en el Esquema de Certificación de Empresas, modalidad IVA e IEPS (rubros A, AA, AAA).
    MxIvaIeps,
    /// The same registry, modalidad Operador Económico Autorizado.
    MxOea,
    /// The same registry, modalidad Socio Comercial Certificado.
    MxScc,
    /// The C-TPAT–Mexico mutual recognition arrangement: the company's consent to share its status.
    Mra,
}

impl Program {
    pub const ALL: [Program; 5] = [Self::Ctpat, Self::MxIvaIeps, Self::MxOea, Self::MxScc, Self::Mra];

    pub fn code(self) -> &'static str {
        match self {
            Self::Ctpat => "ctpat",
            Self::MxIvaIeps => "mx-iva-ieps",
            Self::MxOea => "mx-oea",
            Self::MxScc => "mx-scc",
            Self::Mra => "mra",
        }
    }

    pub fn name(self, spanish: bool) -> &'static str {
        match (self, spanish) {
            (Self::Ctpat, _) => "C-TPAT",
            (Self::MxIvaIeps, false) => "Mexico IVA/IEPS certification",
            (Self::MxIvaIeps, true) => "Certificación en materia de IVA e IEPS",
            (Self::MxOea, false) => "Mexico Authorized Economic Operator (OEA)",
            (Self::MxOea, true) => "Operador Económico Autorizado (OEA)",
            (Self::MxScc, false) => "Mexico Certified Business Partner (SCC)",
            (Self::MxScc, true) => "Socio Comercial Certificado (SCC)",
            (Self::Mra, false) => "C-TPAT–Mexico mutual recognition",
            (Self::Mra, true) => "Reconocimiento mutuo C-TPAT–México",
        }
    }
}

/// C-TPAT tiers (importers): I certified, II validated, III validated with best practices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
pub enum Tier {
    I,
    II,
    III,
}

/// A change of a membership's status on a day, as the program notified it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum StatusChangeKind {
    /// Benefits withdrawn until reinstated.
    Suspended,
    /// Benefits restored after a suspension.
    Reinstated,
    /// Removed from the program (C-TPAT "removed", Mexico "cancelación"): over until a new
    /// certification.
    Revoked,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StatusChange {
    pub kind: StatusChangeKind,
    #[ts(type = "string")]
    pub on: NaiveDate,
    #[serde(default)]
    pub note: String,
}

/// A file that proves what the record says (the certification letter, the portal's status
/// page, the SAT oficio), kept by its SHA-256 in the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Evidence {
    pub file_name: String,
    pub sha256: String,
    #[ts(type = "number")]
    pub size: u64,
}

/// One program held by a company, as attested by whoever entered it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Membership {
    /// Stable within the company, so a change or an alert can name it.
    pub id: String,
    pub program: Program,
    /// C-TPAT: the business entity type (see `rules::CTPAT_ROLES`); Mexico: the rubro.
    #[serde(default)]
    pub rubro: String,
    /// C-TPAT importers only.
    #[serde(default)]
    pub tier: Option<Tier>,
    /// The program's number for the company: C-TPAT account number, SAT oficio or folio.
    #[serde(default)]
    pub account: String,
    /// C-TPAT: date of certification; Mexico: first day of the authorisation in force; MRA: the
    /// date consent was given.
    #[ts(type = "string | null")]
    #[serde(default)]
    pub certified_on: Option<NaiveDate>,
    /// C-TPAT: the last (re)validation visit.
    #[ts(type = "string | null")]
    #[serde(default)]
    pub validated_on: Option<NaiveDate>,
    /// C-TPAT: the last annual review of the security profile submitted in the portal.
    #[ts(type = "string | null")]
    #[serde(default)]
    pub reviewed_on: Option<NaiveDate>,
    /// Mexico: the last day of the authorisation as the resolution states it; empty to take the
    /// term of the rule in force on `certified_on`.
    #[ts(type = "string | null")]
    #[serde(default)]
    pub expires_on: Option<NaiveDate>,
    /// Mexico: the day the renewal notice (aviso único de renovación) was filed.
    #[ts(type = "string | null")]
    #[serde(default)]
    pub renewal_filed_on: Option<NaiveDate>,
    #[serde(default)]
    pub status_changes: Vec<StatusChange>,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// Who attested this membership, and when.
    #[serde(default)]
    pub entered_by: String,
    #[ts(type = "string | null")]
    #[serde(default)]
    pub entered_at: Option<DateTime<Utc>>,
}

/// A FAST commercial driver card.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct FastCard {
    /// The PASSID printed on the back of the card (9 digits).
    pub passid: String,
    #[ts(type = "string | null")]
    pub expires_on: Option<NaiveDate>,
}

/// A driver of a carrier. (`RegistryDriver` in TypeScript, apart from the declaration's driver.)
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
#[ts(rename = "RegistryDriver")]
pub struct Driver {
    pub name: String,
    /// ISO 3166-1 alpha-2.
    pub nationality: String,
    /// The registry id of the carrier the driver drives for.
    pub carrier_id: String,
    pub fast_card: Option<FastCard>,
    /// ACE ID, when the driver has no FAST card.
    pub ace_id: String,
    pub licence_number: String,
    /// Issuing state or country of the licence (e.g. "TX", "MX-NLE").
    pub licence_issuer: String,
    #[ts(type = "string | null")]
    pub licence_expires_on: Option<NaiveDate>,
    pub archived: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum EquipmentKind {
    #[default]
    Tractor,
    Trailer,
}

/// A tractor or trailer of a carrier.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct Equipment {
    pub kind: EquipmentKind,
    /// The carrier's unit number.
    pub number: String,
    pub carrier_id: String,
    pub plate: String,
    /// State or province of the plate ("TX", "NLE").
    pub plate_state: String,
    /// ISO 3166-1 alpha-2 of the plate.
    pub plate_country: String,
    pub vin: String,
    /// The CBP transponder (decal) number or the ACE conveyance ID.
    pub transponder: String,
    pub archived: bool,
}

/// Any registry record, as the store keeps it. Records are moved a few at a time (a save, a page),
/// so the size of the largest variant costs nothing worth an indirection.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "record", rename_all = "camelCase")]
pub enum TraderRecord {
    Company(Company),
    Driver(Driver),
    Equipment(Equipment),
}

/// A registry record with its identity and revision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Stored<T> {
    pub id: String,
    pub revision: u32,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
    pub updated_by: String,
    pub record: T,
}
