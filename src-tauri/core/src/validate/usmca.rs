//! USMCA preference: a claim needs a complete certification of origin (nine data elements) and an
//! origin criterion on every line.

use chrono::Months;

use super::check::{blank, code_in};
use super::{sources as src, Findings};
use crate::declaration::{Contact, Declaration};
use crate::reference::Reference;

pub(super) fn check(d: &Declaration, r: &Reference, f: &mut Findings) {
    if !d.regime.usmca_claimed {
        return;
    }
    let Some(c) = &d.usmca else {
        f.error(
            "usmca.no_certification",
            "usmca",
            "USMCA preference is claimed but there is no certification of origin",
            "Se solicita trato preferencial T-MEC pero no hay certificación de origen",
            src::USMCA,
        );
        return;
    };
    code_in(
        f,
        &r.codes().certifier_roles,
        &c.certifier_role,
        "usmca.certifierRole",
        "the certifier's role (importer, exporter or producer)",
        "el carácter del certificador (importador, exportador o productor)",
        true,
        src::USMCA,
    );
    contact(f, &c.certifier, "usmca.certifier", true, "certifier", "certificador");
    contact(f, &c.exporter, "usmca.exporter", false, "exporter", "exportador");
    contact(f, &c.producer, "usmca.producer", false, "producer", "productor");
    contact(f, &c.importer, "usmca.importer", false, "importer", "importador");
    match (c.blanket_from, c.blanket_to) {
        (Some(from), Some(to)) => {
            if to < from {
                f.error(
                    "usmca.blanket_reversed",
                    "usmca.blanketTo",
                    "The blanket period ends before it starts",
                    "El periodo general termina antes de empezar",
                    src::USMCA,
                );
            } else if from.checked_add_months(Months::new(12)).is_some_and(|limit| to >= limit) {
                f.error(
                    "usmca.blanket_too_long",
                    "usmca.blanketTo",
                    "A blanket period may cover at most 12 months",
                    "Un periodo general puede cubrir como máximo 12 meses",
                    src::USMCA,
                );
            }
        }
        (Some(_), None) | (None, Some(_)) => f.error(
            "usmca.blanket_incomplete",
            "usmca.blanketTo",
            "A blanket period needs both its first and last day",
            "Un periodo general necesita su primer y último día",
            src::USMCA,
        ),
        (None, None) => {}
    }
    if blank(&c.signed_by) {
        f.missing("usmca.signedBy", "the authorized signature", "la firma autorizada", src::USMCA);
    }
    if c.signed_on.is_none() {
        f.missing("usmca.signedOn", "the date of the certification", "la fecha de la certificación", src::USMCA);
    }
    for (i, line) in d.lines.iter().enumerate() {
        if blank(&line.origin_criterion) {
            f.missing(
                format!("lines[{i}].originCriterion"),
                "the USMCA origin criterion (A–D) of this line",
                "el criterio de origen T-MEC (A–D) de esta partida",
                src::USMCA,
            );
        }
        let origin = line.country_of_origin.trim();
        // An unknown code is reported by the line rules; only a real foreign country is worth this.
        // A good produced outside the USMCA territory cannot originate in it (Article 4.2), and
        // the preference (SPI "S") is for goods of Canada or Mexico.
        if r.country(origin).is_some() && !matches!(origin, "US" | "MX" | "CA") {
            f.error(
                "usmca.origin_outside",
                format!("lines[{i}].countryOfOrigin"),
                format!("Country of origin {origin} is outside the USMCA territory: this line cannot claim the USMCA preference; file it at the general rate or correct its origin"),
                format!("El país de origen {origin} está fuera del territorio T-MEC: esta partida no puede solicitar el trato preferencial; declárela con la tasa general o corrija su origen"),
                src::USMCA_ORIGIN,
            );
        }
    }
}

fn contact(f: &mut Findings, c: &Contact, path: &str, full: bool, en: &str, es: &str) {
    if blank(&c.name) {
        f.missing(
            format!("{path}.name"),
            &format!("the {en}'s name (or \"Various\")"),
            &format!("el nombre del {es} (o \"Varios\")"),
            src::USMCA,
        );
    }
    if full {
        for (field, value, fen, fes) in [
            ("title", &c.title, "title", "cargo"),
            ("phone", &c.phone, "telephone", "teléfono"),
            ("email", &c.email, "e-mail", "correo electrónico"),
        ] {
            if blank(value) {
                f.missing(format!("{path}.{field}"), &format!("the {en}'s {fen}"), &format!("el {fes} del {es}"), src::USMCA);
            }
        }
        if blank(&c.address.street) {
            f.missing(format!("{path}.address.street"), &format!("the {en}'s address"), &format!("el domicilio del {es}"), src::USMCA);
        }
    }
}
