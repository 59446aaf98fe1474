//! Whether a shipment qualifies for the FAST lane on its crossing day, link by link.
//!
//! FAST needs every link of the chain certified: the highway carrier, the importer and, on the
//! southern border, the manufacturer must be C-TPAT members in good standing, and the driver must
//! hold a FAST card in force (CBP FAST program page; FAST Reference Guide). Each party is found in
//! the registry by the record it was picked from, else by the identifier the declaration files
//! (SCAC, importer number, MID, PASSID).

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::rules::{TraderRules, CTPAT_CARRIER_ROLES, SRC_FAST_LANE};
use super::state::{fast_card_state, membership_state, Standing};
use super::{Company, CompanyRole, Program, Registry, Stored};
use crate::declaration::{Declaration, Direction, RegistryLink};
use crate::text::capitalize as capital;

/// One link of the FAST chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum FastLink {
    Carrier,
    Importer,
    Manufacturer,
    Driver,
}

/// How a link stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum LinkOutcome {
    /// The registry shows it qualifies on the crossing day.
    Qualifies,
    /// The registry shows it does not (no C-TPAT membership, suspended, revoked, card expired).
    Fails,
    /// The registry cannot say: the party is not in it, or the crossing day is not known.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LinkCheck {
    pub link: FastLink,
    pub outcome: LinkOutcome,
    /// The registry record it was judged on.
    pub record_id: Option<String>,
    pub record_name: String,
    /// The record changed since it was picked for this declaration.
    pub changed_since_pick: bool,
    /// The declaration field the link is about.
    pub path: String,
    pub message_en: String,
    pub message_es: String,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FastEligibility {
    /// FAST concerns the U.S. entry: northbound only.
    pub applies: bool,
    pub claimed: bool,
    /// The crossing day at the U.S. port, when the declaration has a planned arrival.
    #[ts(type = "string | null")]
    pub day: Option<NaiveDate>,
    pub qualifies: bool,
    pub links: Vec<LinkCheck>,
}

/// The planned arrival as a calendar day at the U.S. port, whose IANA zone is `port_zone`: the
/// instant in the port's zone (a dispatcher may type the time in another zone), else the date as
/// typed.
pub fn crossing_day(d: &Declaration, port_zone: Option<&str>) -> Option<NaiveDate> {
    let arrival = d.transport.estimated_arrival.as_ref()?;
    match (arrival.instant(), port_zone.and_then(|z| z.parse::<chrono_tz::Tz>().ok())) {
        (Ok(instant), Some(tz)) => Some(instant.with_timezone(&tz).date_naive()),
        _ => Some(arrival.local.date()),
    }
}

fn resolve<'a, T>(
    link: Option<&RegistryLink>,
    by_id: impl Fn(&str) -> Option<&'a Stored<T>>,
    by_ident: impl Fn() -> Option<&'a Stored<T>>,
) -> (Option<&'a Stored<T>>, bool) {
    if let Some(l) = link.filter(|l| !l.id.is_empty()) {
        if let Some(s) = by_id(&l.id) {
            return (Some(s), s.revision != l.revision);
        }
    }
    (by_ident(), false)
}

/// The best C-TPAT standing of a company for a link on `day`: a membership of the role the link
/// needs (or with no role given, on a company that has the role).
fn ctpat_standing(c: &Company, link: FastLink, rules: &TraderRules, day: NaiveDate) -> Option<Standing> {
    let (roles, company_role): (&[&str], CompanyRole) = match link {
        FastLink::Carrier => (CTPAT_CARRIER_ROLES, CompanyRole::Carrier),
        FastLink::Importer => (&["importer"], CompanyRole::Importer),
        FastLink::Manufacturer => (&["mexican-manufacturer"], CompanyRole::Manufacturer),
        FastLink::Driver => return None,
    };
    let rank = |s: Standing| match s {
        Standing::Active => 0,
        Standing::Suspended => 1,
        Standing::Expired => 2,
        Standing::NotYetValid => 3,
        Standing::Revoked => 4,
    };
    c.memberships
        .iter()
        .filter(|m| m.program == Program::Ctpat)
        .filter(|m| {
            let rubro = m.rubro.trim();
            roles.iter().any(|r| r.eq_ignore_ascii_case(rubro)) || (rubro.is_empty() && c.roles.contains(&company_role))
        })
        .map(|m| membership_state(m, rules, day).standing)
        .min_by_key(|s| rank(*s))
}

fn standing_words(s: Standing) -> (&'static str, &'static str) {
    match s {
        Standing::Active => ("in good standing", "vigente"),
        Standing::NotYetValid => ("not yet certified", "aún no certificada"),
        Standing::Suspended => ("suspended", "suspendida"),
        Standing::Revoked => ("removed from the program", "dada de baja del programa"),
        Standing::Expired => ("expired", "vencida"),
    }
}

/// The FAST eligibility of `d` against `registry` and `rules`, on the crossing day at the U.S.
/// port whose zone is `port_zone`.
pub fn fast_eligibility(d: &Declaration, registry: &Registry, rules: &TraderRules, port_zone: Option<&str>) -> FastEligibility {
    let applies = d.direction == Direction::Northbound;
    let day = crossing_day(d, port_zone);
    let t = &d.trusted;
    let p = &d.parties;
    let mut links = Vec::with_capacity(4);
    let company_links = [
        (FastLink::Carrier, t.carrier.as_ref(), "parties.carrier.scac", &p.carrier.name, "the carrier", "el transportista"),
        (
            FastLink::Importer,
            t.importer.as_ref(),
            "parties.usImporter.importerNumber",
            &p.us_importer.name,
            "the importer",
            "el importador",
        ),
        (
            FastLink::Manufacturer,
            t.manufacturer.as_ref(),
            "parties.manufacturer.mid",
            &p.manufacturer.name,
            "the manufacturer",
            "el fabricante",
        ),
    ];
    for (link, picked, path, declared_name, what_en, what_es) in company_links {
        let by_ident = || match link {
            FastLink::Carrier => registry.company_by_scac(&p.carrier.scac),
            FastLink::Importer => registry.company_by_importer_number(&p.us_importer.importer_number),
            _ => registry.company_by_mid(&p.manufacturer.mid),
        };
        let (found, changed) = resolve(picked, |id| registry.company(id), by_ident);
        let mut check = LinkCheck {
            link,
            outcome: LinkOutcome::Unknown,
            record_id: found.map(|s| s.id.clone()),
            record_name: found.map(|s| s.record.name.clone()).unwrap_or_else(|| declared_name.trim().to_owned()),
            changed_since_pick: changed,
            path: path.to_owned(),
            message_en: String::new(),
            message_es: String::new(),
            source: SRC_FAST_LANE.to_owned(),
        };
        match (found, day) {
            (None, _) => {
                check.message_en =
                    format!("{} is not in the trusted-trader registry: its C-TPAT status cannot be confirmed", capital(what_en));
                check.message_es = format!(
                    "{} no está en el registro de operadores confiables: no se puede confirmar su estatus C-TPAT",
                    capital(what_es)
                );
            }
            (Some(_), None) => {
                check.message_en = "Enter the planned arrival to judge the C-TPAT status on the crossing day".to_owned();
                check.message_es = "Capture la llegada prevista para juzgar el estatus C-TPAT el día del cruce".to_owned();
            }
            // A company on file without any C-TPAT membership may simply not have had it entered:
            // that cannot be proof it is not certified.
            (Some(c), Some(_)) if !c.record.memberships.iter().any(|m| m.program == Program::Ctpat) => {
                check.message_en = format!(
                    "{} ({}) has no C-TPAT membership in the registry: its status cannot be confirmed",
                    capital(what_en),
                    c.record.name
                );
                check.message_es = format!(
                    "{} ({}) no tiene membresía C-TPAT en el registro: no se puede confirmar su estatus",
                    capital(what_es),
                    c.record.name
                );
            }
            (Some(c), Some(day)) => match ctpat_standing(&c.record, link, rules, day) {
                None => {
                    check.outcome = LinkOutcome::Fails;
                    check.message_en = format!("{} ({}) has no C-TPAT membership for this role", capital(what_en), c.record.name);
                    check.message_es = format!("{} ({}) no tiene membresía C-TPAT para esta función", capital(what_es), c.record.name);
                }
                Some(Standing::Active) => {
                    check.outcome = LinkOutcome::Qualifies;
                    check.message_en = format!("{} ({}) is C-TPAT, in good standing on {day}", capital(what_en), c.record.name);
                    check.message_es = format!("{} ({}) es C-TPAT, vigente el {day}", capital(what_es), c.record.name);
                }
                Some(s) => {
                    let (en, es) = standing_words(s);
                    check.outcome = LinkOutcome::Fails;
                    check.message_en = format!("The C-TPAT membership of {what_en} ({}) is {en} on {day}", c.record.name);
                    check.message_es = format!("La membresía C-TPAT de {what_es} ({}) está {es} el {day}", c.record.name);
                }
            },
        }
        links.push(check);
    }
    // The driver: the record picked, else the PASSID the declaration files.
    let (found, changed) = resolve(t.driver.as_ref(), |id| registry.driver(id), || registry.driver_by_passid(&p.driver.fast_card));
    let mut check = LinkCheck {
        link: FastLink::Driver,
        outcome: LinkOutcome::Unknown,
        record_id: found.map(|s| s.id.clone()),
        record_name: found.map(|s| s.record.name.clone()).unwrap_or_else(|| p.driver.name.trim().to_owned()),
        changed_since_pick: changed,
        path: "parties.driver.fastCard".to_owned(),
        message_en: String::new(),
        message_es: String::new(),
        source: super::rules::SRC_FAST_RENEWAL.to_owned(),
    };
    match (found, found.and_then(|s| s.record.fast_card.as_ref()), day) {
        (None, _, _) => {
            check.message_en = "The driver is not in the registry: the FAST card's expiry cannot be confirmed".to_owned();
            check.message_es = "El operador no está en el registro: no se puede confirmar el vencimiento de su tarjeta FAST".to_owned();
        }
        // The declaration files a card the registry does not have: missing data, not proof.
        (Some(s), None, _) if !p.driver.fast_card.trim().is_empty() => {
            check.message_en = format!("The FAST card filed for {} is not in the registry: its expiry cannot be confirmed", s.record.name);
            check.message_es =
                format!("La tarjeta FAST declarada para {} no está en el registro: no se puede confirmar su vencimiento", s.record.name);
        }
        (Some(s), None, _) => {
            check.outcome = LinkOutcome::Fails;
            check.message_en = format!("The driver ({}) has no FAST card, in the registry or on the declaration", s.record.name);
            check.message_es = format!("El operador ({}) no tiene tarjeta FAST, ni en el registro ni en la declaración", s.record.name);
        }
        (Some(_), Some(_), None) => {
            check.message_en = "Enter the planned arrival to judge the FAST card on the crossing day".to_owned();
            check.message_es = "Capture la llegada prevista para juzgar la tarjeta FAST el día del cruce".to_owned();
        }
        (Some(s), Some(card), Some(day)) => {
            let state = fast_card_state(card, rules, day);
            match (state.standing, card.expires_on) {
                (Standing::Active, Some(exp)) => {
                    check.outcome = LinkOutcome::Qualifies;
                    check.message_en = format!("The driver's FAST card ({}) is valid through {exp}", card.passid.trim());
                    check.message_es = format!("La tarjeta FAST del operador ({}) es válida hasta el {exp}", card.passid.trim());
                }
                (_, Some(exp)) => {
                    check.outcome = LinkOutcome::Fails;
                    check.message_en =
                        format!("The driver's FAST card ({}) expired on {exp}, before the crossing on {day}", card.passid.trim());
                    check.message_es =
                        format!("La tarjeta FAST del operador ({}) venció el {exp}, antes del cruce del {day}", card.passid.trim());
                }
                (_, None) => {
                    check.message_en = format!("The FAST card of {} has no expiry date in the registry", s.record.name);
                    check.message_es = format!("La tarjeta FAST de {} no tiene fecha de vencimiento en el registro", s.record.name);
                }
            }
        }
    }
    links.push(check);
    let qualifies = applies && links.iter().all(|l| l.outcome == LinkOutcome::Qualifies);
    FastEligibility { applies, claimed: t.fast_lane, day, qualifies, links }
}
