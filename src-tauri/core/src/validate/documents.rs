//! Documents other agencies issue for the goods: each linked one is of a known kind and carries
//! its number; food entering the United States has its FDA prior notice, confirmed in time; plant
//! products have their phytosanitary certificate.
//!
//! Which goods need which document is decided by each agency per product, not by the tariff
//! chapter alone, so a chapter that usually needs a document gives a warning when it is missing;
//! a document that is recorded but wrong (unknown kind, no number, confirmed too late) is an error.

use chrono::Duration;

use super::check::blank;
use super::flow::Flow;
use super::{sources as src, Findings};
use crate::declaration::Declaration;
use crate::reference::Reference;

/// HTS chapters of food for people or animals (FDA prior notice, 21 CFR 1.276: "food" as the
/// Federal Food, Drug, and Cosmetic Act defines it): live animals, animal and vegetable products,
/// fats, prepared foods and beverages, animal feed.
const FOOD_CHAPTERS: std::ops::RangeInclusive<u8> = 1..=23;

/// HTS chapters of fresh plant products: live plants and cut flowers (06), vegetables (07), fruit
/// and nuts (08), cereals (10), seeds and plants (12), vegetable materials (14).
const PLANT_CHAPTERS: [u8; 6] = [6, 7, 8, 10, 12, 14];

/// 21 CFR 1.279(a)(1) and (b): by road, confirmed at least 2 hours and at most 5 days before
/// arrival.
const PRIOR_NOTICE_LEAD: (i64, i64) = (2, 5 * 24);

pub(super) fn check(d: &Declaration, r: &Reference, flow: Flow, f: &mut Findings) {
    for (i, doc) in d.documents.iter().enumerate() {
        let path = format!("documents[{i}]");
        let kind = doc.kind.trim();
        if kind.is_empty() {
            f.missing(format!("{path}.kind"), "the kind of document", "el tipo de documento", src::CONSISTENCY);
        } else if !r.codes().document_kinds.iter().any(|c| c.code == kind) {
            f.error(
                "document.unknown_kind",
                format!("{path}.kind"),
                format!("{kind:?} is not a kind of document Cruce knows"),
                format!("{kind:?} no es un tipo de documento que Cruce conozca"),
                src::CONSISTENCY,
            );
        }
        if blank(&doc.number) {
            f.missing(format!("{path}.number"), "the document's number", "el número del documento", src::CONSISTENCY);
        } else if d.documents.iter().take(i).any(|o| o.kind.trim() == kind && o.number.trim() == doc.number.trim()) {
            f.warning(
                "document.duplicate",
                format!("{path}.number"),
                format!("Document {} is listed twice", doc.number.trim()),
                format!("El documento {} aparece dos veces", doc.number.trim()),
                src::CONSISTENCY,
            );
        }
    }
    let chapters: Vec<(usize, u8)> = d.lines.iter().enumerate().filter_map(|(i, l)| chapter_of(&l.hts).map(|c| (i, c))).collect();
    let has = |kind: &str| d.documents.iter().any(|doc| doc.kind.trim() == kind);
    if flow.us_import() {
        if let Some((i, c)) = chapters.iter().find(|(_, c)| FOOD_CHAPTERS.contains(c)) {
            if !has("fda_prior_notice") {
                f.warning(
                    "document.prior_notice_missing",
                    "documents",
                    format!("Line {} (HTS chapter {c:02}) is probably food: FDA must confirm its prior notice before the truck arrives; link the confirmation number", i + 1),
                    format!("La partida {} (capítulo {c:02} de la HTS) probablemente es alimento: la FDA debe confirmar su aviso previo antes de que llegue el camión; vincule el número de confirmación", i + 1),
                    src::FDA_PRIOR_NOTICE,
                );
            }
        }
        prior_notice_timing(d, f);
        if let Some((i, c)) = chapters.iter().find(|(_, c)| PLANT_CHAPTERS.contains(c)) {
            if !has("foreign_phyto") {
                f.warning(
                    "document.phyto_missing",
                    "documents",
                    format!("Line {} (HTS chapter {c:02}) is a plant product: most need Mexico's phytosanitary certificate (or ePhyto) to enter the United States; link it", i + 1),
                    format!("La partida {} (capítulo {c:02} de la HTS) es un producto vegetal: la mayoría requiere el certificado fitosanitario de México (o ePhyto) para entrar a EE. UU.; vincúlelo", i + 1),
                    src::PHYTO,
                );
            }
        }
    } else if let Some((i, c)) = chapters.iter().find(|(_, c)| PLANT_CHAPTERS.contains(c)) {
        if !has("usda_phyto") && !has("senasica_import") {
            f.warning(
                "document.phyto_missing",
                "documents",
                format!("Line {} (HTS chapter {c:02}) is a plant product: Mexico's requirements sheet usually asks for the USDA phytosanitary certificate, and SENASICA issues the import certificate; link them", i + 1),
                format!("La partida {} (capítulo {c:02} de la HTS) es un producto vegetal: la hoja de requisitos de México suele pedir el certificado fitosanitario del USDA, y SENASICA emite el certificado de importación; vincúlelos", i + 1),
                src::EXPORT_PHYTO,
            );
        }
    }
}

/// The HTS chapter a number starts with (its format is the line rules' concern).
fn chapter_of(hts: &str) -> Option<u8> {
    let b = hts.trim().as_bytes();
    (b.len() >= 2 && b[0].is_ascii_digit() && b[1].is_ascii_digit()).then(|| (b[0] - b'0') * 10 + (b[1] - b'0'))
}

/// A prior notice confirmed less than 2 hours, or more than 5 days, before the planned arrival is
/// refused (21 CFR 1.279).
fn prior_notice_timing(d: &Declaration, f: &mut Findings) {
    let Some(arrival) = d.transport.estimated_arrival.as_ref().and_then(|a| a.instant().ok()) else {
        return;
    };
    for (i, doc) in d.documents.iter().enumerate() {
        if doc.kind.trim() != "fda_prior_notice" {
            continue;
        }
        let Some(confirmed) = doc.issued.as_ref().and_then(|c| c.instant().ok()) else {
            continue;
        };
        let lead = arrival.signed_duration_since(confirmed);
        let path = format!("documents[{i}].issued");
        if lead < Duration::hours(PRIOR_NOTICE_LEAD.0) {
            let minutes = lead.num_minutes();
            f.error(
                "document.prior_notice_late",
                path,
                format!("The prior notice is confirmed {minutes} minutes before the planned arrival; by road FDA needs it at least 2 hours before"),
                format!("El aviso previo se confirma {minutes} minutos antes de la llegada prevista; por carretera la FDA lo requiere al menos 2 horas antes"),
                src::FDA_PRIOR_NOTICE,
            );
        } else if lead > Duration::hours(PRIOR_NOTICE_LEAD.1) {
            let hours = lead.num_hours();
            f.error(
                "document.prior_notice_early",
                path,
                format!("The prior notice is confirmed {hours} hours before the planned arrival; FDA accepts it at most 5 days (120 hours) before"),
                format!("El aviso previo se confirma {hours} horas antes de la llegada prevista; la FDA lo acepta como máximo 5 días (120 horas) antes"),
                src::FDA_PRIOR_NOTICE,
            );
        }
    }
}
