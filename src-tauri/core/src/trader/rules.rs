//! The programs' date rules as data: each period with its legal source and the day it took
//! effect, so a rule that changes (Mexico shortened the IVA/IEPS terms in 2023) is a new row and
//! records granted under the old one keep their old term.

use chrono::{Months, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use super::Program;

/// A length of time as a program states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "unit", content = "count", rename_all = "camelCase")]
pub enum Period {
    Days(u32),
    Years(u32),
}

impl Period {
    /// `day` plus the period. A year added to 29 February falls on 28 February: the earlier
    /// reading, so Cruce never tells a user they have a day they do not have.
    pub fn after(self, day: NaiveDate) -> NaiveDate {
        match self {
            Self::Days(n) => day + chrono::Days::new(u64::from(n)),
            Self::Years(n) => day.checked_add_months(Months::new(12 * n)).unwrap_or(NaiveDate::MAX),
        }
    }

    /// The last day of a term of this length that begins on `start`: a 1-year term from
    /// 2025-04-01 ends on 2026-03-31, and one from 29 February ends on 28 February (the day before
    /// the anniversary, which is 1 March when there is no 29th).
    pub fn last_day_from(self, start: NaiveDate) -> NaiveDate {
        use chrono::Datelike;
        let next = match self {
            Self::Days(n) => start + chrono::Days::new(u64::from(n)),
            Self::Years(n) => {
                let year = start.year() + n as i32;
                NaiveDate::from_ymd_opt(year, start.month(), start.day())
                    .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
                    .unwrap_or(NaiveDate::MAX)
            }
        };
        next.pred_opt().unwrap_or(NaiveDate::MIN)
    }

    /// `day` minus the period (clamped like [`Period::after`]).
    pub fn before(self, day: NaiveDate) -> NaiveDate {
        match self {
            Self::Days(n) => day - chrono::Days::new(u64::from(n)),
            Self::Years(n) => day.checked_sub_months(Months::new(12 * n)).unwrap_or(NaiveDate::MIN),
        }
    }
}

/// What a rule measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum RuleKind {
    /// C-TPAT: first validation due after certification.
    CtpatValidation,
    /// C-TPAT: revalidation due after the last validation.
    CtpatRevalidation,
    /// C-TPAT: the security profile is reviewed in the portal every year.
    CtpatAnnualReview,
    /// Mexico: the term of an authorisation, per modality and rubro.
    MxTerm,
    /// Mexico: the renewal notice may be filed only within this period before expiry.
    MxRenewalWindow,
    /// C-TPAT: the annual review may be submitted from this long before the anniversary.
    CtpatReviewWindow,
    /// FAST: a card is valid for this long.
    FastCardTerm,
    /// FAST: renewal may be applied for this long before the card expires.
    FastRenewalWindow,
}

/// One dated rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DateRule {
    pub kind: RuleKind,
    /// The program the rule belongs to; `None` for FAST cards (a driver's, not a company's).
    pub program: Option<Program>,
    /// The rubros it applies to; empty for all.
    #[ts(type = "string[]")]
    pub rubros: &'static [&'static str],
    pub period: Period,
    /// In force for records whose period starts on or after this day.
    #[ts(type = "string")]
    pub effective_from: NaiveDate,
    /// The legal source, as shown next to every date computed from the rule.
    pub source: &'static str,
    /// Whether the source was read in the official text; an unverified rule is labelled so.
    pub verified: bool,
}

const fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, day) {
        Some(x) => x,
        None => panic!("a valid date"),
    }
}

pub const SRC_CTPAT_VALIDATION: &str = "6 U.S.C. 965(a) (SAFE Port Act §215: validation within 1 year of Tier 1 certification)";
pub const SRC_CTPAT_REVALIDATION: &str =
    "6 U.S.C. 969 (SAFE Port Act: revalidation at least once in each 4-year period after the initial validation)";
pub const SRC_CTPAT_ANNUAL_REVIEW: &str =
    "CTPAT partner agreement: annual security profile review on the anniversary date; CTPAT Portal user manual: the review window opens 90 days before it";
pub const SRC_MX_TERM_2023: &str =
    "RGCE 7.1.6 as amended by the 4th RM-RGCE 2023 (DOF 2023-10-30): rubros A, AA and AAA granted or renewed for 1 year";
pub const SRC_MX_TERM_BEFORE_2023: &str = "RGCE 7.1.6 before the 4th RM-RGCE 2023: rubro A 1 year, AA 2 years, AAA 3 years";
pub const SRC_MX_RENEWAL: &str =
    "RGCE 7.2.3 (aviso único de renovación, ficha 61/LA, within the 30 days before expiry; some readings say 30 business days; filed late, it is treated as not filed)";
pub const SRC_MX_OEA_TERM: &str =
    "RGCE 7.1.6 (OEA and SCC: commonly cited as 2 years; not verified — enter the expiry the resolution states)";
pub const SRC_FAST_TERM: &str = "CBP FAST renewal page: a renewed membership runs 5 years and ends on the member's birthday";
pub const SRC_FAST_RENEWAL: &str = "CBP FAST renewal page: members may renew up to one year before the card expires";
pub const SRC_FAST_LANE: &str = "CBP FAST program page: every link of the supply chain, manufacturer, carrier, importer, and the driver's FAST card; FAST Reference Guide: C-TPAT manufacturer on the southern border";

/// The rules built into this version of Cruce.
pub const BUILTIN: &[DateRule] = &[
    DateRule {
        kind: RuleKind::CtpatValidation,
        program: Some(Program::Ctpat),
        rubros: &[],
        period: Period::Years(1),
        effective_from: d(2006, 10, 13),
        source: SRC_CTPAT_VALIDATION,
        verified: true,
    },
    DateRule {
        kind: RuleKind::CtpatRevalidation,
        program: Some(Program::Ctpat),
        rubros: &[],
        period: Period::Years(4),
        effective_from: d(2006, 10, 13),
        source: SRC_CTPAT_REVALIDATION,
        verified: true,
    },
    DateRule {
        kind: RuleKind::CtpatAnnualReview,
        program: Some(Program::Ctpat),
        rubros: &[],
        period: Period::Years(1),
        effective_from: d(2006, 10, 13),
        source: SRC_CTPAT_ANNUAL_REVIEW,
        verified: false,
    },
    DateRule {
        kind: RuleKind::CtpatReviewWindow,
        program: Some(Program::Ctpat),
        rubros: &[],
        period: Period::Days(90),
        effective_from: d(2006, 10, 13),
        source: SRC_CTPAT_ANNUAL_REVIEW,
        verified: false,
    },
    DateRule {
        kind: RuleKind::MxTerm,
        program: Some(Program::MxIvaIeps),
        rubros: &["A"],
        period: Period::Years(1),
        effective_from: d(2016, 1, 1),
        source: SRC_MX_TERM_BEFORE_2023,
        verified: false,
    },
    DateRule {
        kind: RuleKind::MxTerm,
        program: Some(Program::MxIvaIeps),
        rubros: &["AA"],
        period: Period::Years(2),
        effective_from: d(2016, 1, 1),
        source: SRC_MX_TERM_BEFORE_2023,
        verified: false,
    },
    DateRule {
        kind: RuleKind::MxTerm,
        program: Some(Program::MxIvaIeps),
        rubros: &["AAA"],
        period: Period::Years(3),
        effective_from: d(2016, 1, 1),
        source: SRC_MX_TERM_BEFORE_2023,
        verified: false,
    },
    DateRule {
        kind: RuleKind::MxTerm,
        program: Some(Program::MxIvaIeps),
        rubros: &["A", "AA", "AAA"],
        period: Period::Years(1),
        effective_from: d(2023, 10, 31),
        source: SRC_MX_TERM_2023,
        verified: false,
    },
    DateRule {
        kind: RuleKind::MxTerm,
        program: Some(Program::MxOea),
        rubros: &[],
        period: Period::Years(2),
        effective_from: d(2016, 1, 1),
        source: SRC_MX_OEA_TERM,
        verified: false,
    },
    DateRule {
        kind: RuleKind::MxTerm,
        program: Some(Program::MxScc),
        rubros: &[],
        period: Period::Years(2),
        effective_from: d(2016, 1, 1),
        source: SRC_MX_OEA_TERM,
        verified: false,
    },
    DateRule {
        kind: RuleKind::MxRenewalWindow,
        program: None,
        rubros: &[],
        period: Period::Days(30),
        effective_from: d(2016, 1, 1),
        source: SRC_MX_RENEWAL,
        verified: false,
    },
    DateRule {
        kind: RuleKind::FastCardTerm,
        program: None,
        rubros: &[],
        period: Period::Years(5),
        effective_from: d(2002, 1, 1),
        source: SRC_FAST_TERM,
        verified: false,
    },
    DateRule {
        kind: RuleKind::FastRenewalWindow,
        program: None,
        rubros: &[],
        period: Period::Years(1),
        effective_from: d(2002, 1, 1),
        source: SRC_FAST_RENEWAL,
        verified: true,
    },
];

/// The C-TPAT business entity types Cruce offers (CBP's enrolment categories on this border).
pub const CTPAT_ROLES: &[&str] = &[
    "importer",
    "exporter",
    "us-highway-carrier",
    "mexican-highway-carrier",
    "mexican-long-haul-carrier",
    "mexican-manufacturer",
    "customs-broker",
    "third-party-logistics",
    "consolidator",
];

/// The C-TPAT roles that are a highway carrier, for the FAST carrier link.
pub const CTPAT_CARRIER_ROLES: &[&str] = &["us-highway-carrier", "mexican-highway-carrier", "mexican-long-haul-carrier"];

/// The rubros of each Mexican modality (RGCE Title 7).
pub const MX_IVA_IEPS_RUBROS: &[&str] = &["A", "AA", "AAA"];
pub const MX_OEA_RUBROS: &[&str] =
    &["importador-exportador", "controladora", "aeronaves", "textil", "recinto-fiscalizado-estrategico", "sector-automotriz"];
pub const MX_SCC_RUBROS: &[&str] = &[
    "autotransportista-terrestre",
    "agente-aduanal",
    "agencia-aduanal",
    "transportista-ferroviario",
    "parque-industrial",
    "recinto-fiscalizado",
    "mensajeria-paqueteria",
];

/// The rubros a program takes, or `None` when it takes none.
pub fn rubros(program: Program) -> Option<&'static [&'static str]> {
    match program {
        Program::Ctpat => Some(CTPAT_ROLES),
        Program::MxIvaIeps => Some(MX_IVA_IEPS_RUBROS),
        Program::MxOea => Some(MX_OEA_RUBROS),
        Program::MxScc => Some(MX_SCC_RUBROS),
        Program::Mra => None,
    }
}

/// The rule set the registry is judged by, passed in like every other reference list.
#[derive(Debug, Clone)]
pub struct TraderRules {
    rules: std::borrow::Cow<'static, [DateRule]>,
}

impl Default for TraderRules {
    fn default() -> Self {
        Self { rules: std::borrow::Cow::Borrowed(BUILTIN) }
    }
}

impl TraderRules {
    pub fn new(rules: Vec<DateRule>) -> Self {
        Self { rules: std::borrow::Cow::Owned(rules) }
    }

    pub fn all(&self) -> &[DateRule] {
        &self.rules
    }

    /// The rule of `kind` for `program` and `rubro` in force for a period starting on `start`: the
    /// latest one that took effect on or before it.
    pub fn find(&self, kind: RuleKind, program: Option<Program>, rubro: &str, start: NaiveDate) -> Option<&DateRule> {
        self.rules
            .iter()
            .filter(|r| r.kind == kind && (r.program.is_none() || r.program == program))
            .filter(|r| r.rubros.is_empty() || r.rubros.iter().any(|x| x.eq_ignore_ascii_case(rubro.trim())))
            .filter(|r| r.effective_from <= start)
            .max_by_key(|r| r.effective_from)
    }
}
