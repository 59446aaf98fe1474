//! Checks a registry record before it is stored: what is required, identifiers in their official
//! formats, membership dates that make sense together. Every problem at once, with its field.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use crate::ids;
use crate::reference::Reference;
use crate::trader::rules::rubros;
use crate::trader::{Company, Driver, Equipment, Membership, Program, StatusChangeKind, Tier, TraderRecord};

/// One thing wrong with a record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecordProblem {
    /// The field, e.g. `ids.scac` or `memberships[1].expiresOn`.
    pub path: String,
    pub code: String,
    pub message_en: String,
    pub message_es: String,
}

#[derive(Default)]
struct Problems(Vec<RecordProblem>);

impl Problems {
    fn push(&mut self, path: impl Into<String>, code: &str, en: impl Into<String>, es: impl Into<String>) {
        self.0.push(RecordProblem { path: path.into(), code: code.to_owned(), message_en: en.into(), message_es: es.into() });
    }

    fn required(&mut self, path: impl Into<String>, en: &str, es: &str) {
        self.push(path, "required", format!("Enter {en}"), format!("Capture {es}"));
    }

    fn id(&mut self, path: &str, kind: &str, value: &str, r: &Reference) {
        if value.trim().is_empty() {
            return;
        }
        if let Some(c) = ids::check(kind, value, r).filter(|c| !c.valid) {
            self.push(
                path,
                &format!("{kind}.{}", c.code.unwrap_or_default()),
                c.message_en.unwrap_or_default(),
                c.message_es.unwrap_or_default(),
            );
        }
    }

    fn country(&mut self, path: &str, value: &str, r: &Reference) {
        let v = value.trim();
        if !v.is_empty() && r.country(&v.to_uppercase()).is_none() {
            self.push(
                path,
                "country.unknown",
                format!("{v:?} is not an ISO 3166-1 alpha-2 country code"),
                format!("{v:?} no es una clave de país ISO 3166-1 alfa-2"),
            );
        }
    }
}

/// Every problem of `record`; empty when it may be stored.
pub fn check_record(record: &TraderRecord, r: &Reference) -> Vec<RecordProblem> {
    let mut p = Problems::default();
    match record {
        TraderRecord::Company(c) => company(c, r, &mut p),
        TraderRecord::Driver(d) => driver(d, r, &mut p),
        TraderRecord::Equipment(e) => equipment(e, r, &mut p),
    }
    p.0
}

fn company(c: &Company, r: &Reference, p: &mut Problems) {
    if c.name.trim().is_empty() {
        p.required("name", "the company name", "el nombre de la empresa");
    }
    if c.roles.is_empty() {
        p.required("roles", "at least one role (importer, carrier, …)", "al menos una función (importador, transportista, …)");
    }
    p.country("country", &c.country, r);
    let ids = &c.ids;
    p.id("ids.rfc", "rfc", &ids.rfc, r);
    p.id("ids.importerNumber", "importer-number", &ids.importer_number, r);
    p.id("ids.mid", "mid", &ids.mid, r);
    p.id("ids.scac", "scac", &ids.scac, r);
    p.id("ids.filerCode", "filer-code", &ids.filer_code, r);
    p.id("ids.patente", "patente", &ids.patente, r);
    let caat = ids.caat.trim();
    if !caat.is_empty() && (caat.len() != 4 || !caat.chars().all(|ch| ch.is_ascii_alphanumeric())) {
        p.push(
            "ids.caat",
            "caat.format",
            format!("{caat:?} is not a CAAT: 4 letters and digits assigned by SAT"),
            format!("{caat:?} no es un CAAT: 4 letras y dígitos asignados por el SAT"),
        );
    }
    for (i, m) in c.memberships.iter().enumerate() {
        membership(m, &format!("memberships[{i}]"), p);
    }
}

fn membership(m: &Membership, at: &str, p: &mut Problems) {
    let rubro = m.rubro.trim();
    if let Some(list) = rubros(m.program) {
        if rubro.is_empty() {
            if m.program != Program::Ctpat {
                p.required(format!("{at}.rubro"), "the rubro", "el rubro");
            }
        } else if !list.iter().any(|x| x.eq_ignore_ascii_case(rubro)) {
            p.push(
                format!("{at}.rubro"),
                "membership.rubro",
                format!("{rubro:?} is not a rubro of {}; one of {}", m.program.name(false), list.join(", ")),
                format!("{rubro:?} no es un rubro de {}; uno de {}", m.program.name(true), list.join(", ")),
            );
        }
    }
    let Some(start) = m.certified_on else {
        p.required(format!("{at}.certifiedOn"), "the date of certification or authorisation", "la fecha de certificación o autorización");
        return;
    };
    let before = |d: Option<NaiveDate>| d.is_some_and(|d| d < start);
    for (field, value, en, es) in [
        ("validatedOn", m.validated_on, "the validation", "la validación"),
        ("reviewedOn", m.reviewed_on, "the annual review", "la revisión anual"),
        ("expiresOn", m.expires_on, "the expiry", "el vencimiento"),
        ("renewalFiledOn", m.renewal_filed_on, "the renewal notice", "el aviso de renovación"),
    ] {
        if before(value) {
            p.push(
                format!("{at}.{field}"),
                "membership.date_order",
                format!("The date of {en} is before the date of certification ({start})"),
                format!("La fecha de {es} es anterior a la de certificación ({start})"),
            );
        }
    }
    if m.tier.is_some_and(|t| t >= Tier::II) && m.validated_on.is_none() {
        p.push(
            format!("{at}.validatedOn"),
            "membership.tier_needs_validation",
            "Tiers II and III follow a validation: enter its date",
            "Los niveles II y III siguen a una validación: capture su fecha",
        );
    }
    if m.tier.is_some() && m.program != Program::Ctpat {
        p.push(format!("{at}.tier"), "membership.tier_program", "Only C-TPAT has tiers", "Solo C-TPAT tiene niveles");
    }
    let mut changes: Vec<_> = m.status_changes.iter().enumerate().collect();
    changes.sort_by_key(|(_, c)| c.on);
    let mut suspended = false;
    for (i, c) in changes {
        if c.on < start {
            p.push(
                format!("{at}.statusChanges[{i}].on"),
                "membership.date_order",
                format!("A status change on {} is before the date of certification ({start})", c.on),
                format!("Un cambio de estatus del {} es anterior a la fecha de certificación ({start})", c.on),
            );
        }
        match c.kind {
            StatusChangeKind::Suspended => suspended = true,
            StatusChangeKind::Reinstated if !suspended => p.push(
                format!("{at}.statusChanges[{i}].kind"),
                "membership.reinstated_not_suspended",
                format!("A reinstatement on {} follows no suspension", c.on),
                format!("Una reactivación del {} no sigue a ninguna suspensión", c.on),
            ),
            StatusChangeKind::Reinstated => suspended = false,
            StatusChangeKind::Revoked => {}
        }
    }
    for (i, e) in m.evidence.iter().enumerate() {
        if e.sha256.len() != 64 || !e.sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            p.push(
                format!("{at}.evidence[{i}]"),
                "evidence.hash",
                "The evidence file's SHA-256 is not 64 hexadecimal digits",
                "El SHA-256 del archivo de evidencia no tiene 64 dígitos hexadecimales",
            );
        }
    }
}

/// A FAST PASSID: digits only (CBP prints it on the back of the card; its length is not
/// published, so only the characters are checked).
pub fn passid_problem(passid: &str) -> Option<(String, String)> {
    let v = passid.trim();
    if v.is_empty() || v.chars().all(|c| c.is_ascii_digit()) {
        None
    } else {
        Some((
            format!("{v:?} is not a FAST PASSID: the number on the back of the card is digits only"),
            format!("{v:?} no es un PASSID de FAST: el número al reverso de la tarjeta es solo de dígitos"),
        ))
    }
}

fn driver(d: &Driver, r: &Reference, p: &mut Problems) {
    if d.name.trim().is_empty() {
        p.required("name", "the driver's name", "el nombre del operador");
    }
    if d.carrier_id.trim().is_empty() {
        p.required("carrierId", "the carrier the driver drives for", "el transportista para el que maneja");
    }
    p.country("nationality", &d.nationality, r);
    if let Some(card) = &d.fast_card {
        if let Some((en, es)) = passid_problem(&card.passid) {
            p.push("fastCard.passid", "fast.passid", en, es);
        }
        if card.passid.trim().is_empty() {
            p.required("fastCard.passid", "the PASSID of the FAST card", "el PASSID de la tarjeta FAST");
        }
        if card.expires_on.is_none() {
            p.required("fastCard.expiresOn", "the FAST card's expiry date", "la fecha de vencimiento de la tarjeta FAST");
        }
    }
}

fn equipment(e: &Equipment, r: &Reference, p: &mut Problems) {
    if e.number.trim().is_empty() && e.plate.trim().is_empty() {
        p.required("number", "the unit number or the plate", "el número económico o la placa");
    }
    if e.carrier_id.trim().is_empty() {
        p.required("carrierId", "the carrier it belongs to", "el transportista al que pertenece");
    }
    p.country("plateCountry", &e.plate_country, r);
    p.id("vin", "vin", &e.vin, r);
}
