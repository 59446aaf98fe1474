//! The declaration against the trusted-trader registry: a FAST lane claimed with a link of the
//! chain that does not qualify on the crossing day, and parties whose filed identifiers differ
//! from the registry record they were picked from.

use super::flow::Flow;
use super::{sources as src, Findings};
use crate::declaration::Declaration;
use crate::reference::Reference;
use crate::text::capitalize as capital;
use crate::trader::eligibility::{fast_eligibility, FastLink, LinkOutcome};
use crate::trader::registry_id_key as key;

/// The FAST eligibility of `d` against the registry and rules of `r`, judged on the crossing day
/// at the declaration's U.S. port.
pub fn fast_eligibility_of(d: &Declaration, r: &Reference) -> crate::trader::eligibility::FastEligibility {
    fast_eligibility(d, r.registry(), r.trader_rules(), r.us_port(d.transport.us_port.trim()).map(|p| p.time_zone))
}

pub(super) fn check(d: &Declaration, r: &Reference, flow: Flow, f: &mut Findings) {
    let registry = r.registry();
    if !d.trusted.fast_lane && registry.is_empty() {
        return;
    }
    // With FAST claimed the program checks are made on the picked record, so a filed identifier
    // that is not that record's blocks filing; otherwise it is a warning (the registry is kept by
    // hand and may be the one that is out of date).
    picked_identifiers(d, r, d.trusted.fast_lane && flow.us_import(), f);
    if !d.trusted.fast_lane {
        return;
    }
    if !flow.us_import() {
        f.warning(
            "fast.not_us_entry",
            "trusted.fastLane",
            "The FAST lane is claimed, but FAST concerns entry into the United States and this truck goes south",
            "Se indica el carril FAST, pero FAST es para la entrada a Estados Unidos y este camión va al sur",
            src::FAST_LANE,
        );
        return;
    }
    let eligibility = fast_eligibility_of(d, r);
    for link in &eligibility.links {
        match (link.outcome, link.link) {
            (LinkOutcome::Qualifies, _) => {}
            (LinkOutcome::Fails, FastLink::Driver) => f.error(
                "fast.card_not_valid",
                link.path.clone(),
                format!("FAST lane claimed: {}", link.message_en),
                format!("Se indica el carril FAST: {}", link.message_es),
                &link.source,
            ),
            (LinkOutcome::Fails, _) => f.error(
                "fast.link_not_certified",
                link.path.clone(),
                format!("FAST lane claimed: {}", link.message_en),
                format!("Se indica el carril FAST: {}", link.message_es),
                &link.source,
            ),
            (LinkOutcome::Unknown, _) => f.warning(
                "fast.link_unconfirmed",
                link.path.clone(),
                format!("FAST lane claimed: {}", link.message_en),
                format!("Se indica el carril FAST: {}", link.message_es),
                &link.source,
            ),
        }
    }
}

/// A party picked from the registry files the registry's identifier; a difference means one of
/// the two is wrong, and the program checks were made on the registry's company.
fn picked_identifiers(d: &Declaration, r: &Reference, blocking: bool, f: &mut Findings) {
    let registry = r.registry();
    let t = &d.trusted;
    let p = &d.parties;
    type Pick = fn(&crate::trader::CompanyIds) -> &String;
    let companies: [(_, _, _, Pick, _, _, _, _); 3] = [
        (t.carrier.as_ref(), "parties.carrier.scac", &p.carrier.scac, |i| &i.scac, "SCAC", "el SCAC", "the carrier", "el transportista"),
        (
            t.importer.as_ref(),
            "parties.usImporter.importerNumber",
            &p.us_importer.importer_number,
            |i| &i.importer_number,
            "importer number",
            "el número de importador",
            "the importer",
            "el importador",
        ),
        (
            t.manufacturer.as_ref(),
            "parties.manufacturer.mid",
            &p.manufacturer.mid,
            |i| &i.mid,
            "MID",
            "el MID",
            "the manufacturer",
            "el fabricante",
        ),
    ];
    for (link, path, filed, pick, label, label_es, what_en, what_es) in companies {
        let Some(link) = link.filter(|l| !l.id.is_empty()) else { continue };
        let Some(company) = registry.company(&link.id) else {
            f.warning(
                "registry.link_unknown",
                path,
                format!("{} was picked from a registry record this database does not have", capital(what_en)),
                format!("{} se eligió de un registro que esta base de datos no tiene", capital(what_es)),
                src::CONSISTENCY,
            );
            continue;
        };
        let registered = pick(&company.record.ids);
        if !key(registered).is_empty() && !key(filed).is_empty() && key(registered) != key(filed) {
            let en = format!(
                "The {label} {:?} differs from {:?}, the one the registry has for {} ({})",
                filed.trim(),
                registered.trim(),
                company.record.name,
                what_en
            );
            let es = format!(
                "{} {:?} difiere de {:?}, el que el registro tiene para {} ({})",
                capital(label_es),
                filed.trim(),
                registered.trim(),
                company.record.name,
                what_es
            );
            if blocking {
                f.error("registry.id_mismatch", path, en, es, src::CONSISTENCY);
            } else {
                f.warning("registry.id_mismatch", path, en, es, src::CONSISTENCY);
            }
        }
    }
    if let Some(link) = t.driver.as_ref().filter(|l| !l.id.is_empty()) {
        match registry.driver(&link.id) {
            None => f.warning(
                "registry.link_unknown",
                "parties.driver.name",
                "The driver was picked from a registry record this database does not have",
                "El operador se eligió de un registro que esta base de datos no tiene",
                src::CONSISTENCY,
            ),
            Some(driver) => {
                let registered = driver.record.fast_card.as_ref().map(|c| c.passid.as_str()).unwrap_or("");
                let filed = &p.driver.fast_card;
                if !key(registered).is_empty() && !key(filed).is_empty() && key(registered) != key(filed) {
                    let en = format!(
                        "The FAST card {:?} differs from {:?}, the one the registry has for {}",
                        filed.trim(),
                        registered.trim(),
                        driver.record.name
                    );
                    let es = format!(
                        "La tarjeta FAST {:?} difiere de {:?}, la que el registro tiene para {}",
                        filed.trim(),
                        registered.trim(),
                        driver.record.name
                    );
                    if blocking {
                        f.error("registry.id_mismatch", "parties.driver.fastCard", en, es, src::CONSISTENCY);
                    } else {
                        f.warning("registry.id_mismatch", "parties.driver.fastCard", en, es, src::CONSISTENCY);
                    }
                }
            }
        }
    }
}
