//! Regime: U.S. entry type and number, Mexican clave, régimen and pedimento number, each
//! consistent with the direction, the brokers and the aduana.

use super::check::{blank, code_in};
use super::{sources as src, Findings};
use crate::declaration::Declaration;
use crate::declaration::Direction;
use crate::ids::{EntryNumber, PedimentoNumber};
use crate::reference::Reference;

pub(super) fn check(d: &Declaration, reference: &Reference, f: &mut Findings) {
    let codes = reference.codes();
    let r = &d.regime;
    if r.us_entry_type.trim() == "86" {
        f.error(
            "entry_type.de_minimis_suspended",
            "regime.usEntryType",
            "Entry type 86 (Section 321) is no longer accepted: de minimis is suspended for all countries since 2025-08-29; file a formal (01) or informal (11) entry",
            "El tipo de entry 86 (Sección 321) ya no se acepta: el de minimis está suspendido para todos los países desde el 2025-08-29; presente un entry formal (01) o informal (11)",
            src::DE_MINIMIS,
        );
    } else {
        code_in(
            f,
            &codes.us_entry_types,
            &r.us_entry_type,
            "regime.usEntryType",
            "CBP entry type",
            "tipo de entry de CBP",
            true,
            src::FORM_7501,
        );
    }
    if !blank(&r.us_entry_number) {
        match EntryNumber::parse(&r.us_entry_number) {
            Ok(n) => {
                let filer = d.parties.us_broker.filer_code.trim().to_uppercase();
                if !filer.is_empty() && n.filer_code() != filer {
                    f.error(
                        "entry_number.other_filer",
                        "regime.usEntryNumber",
                        format!("The entry number starts with filer code {}, but the U.S. broker's filer code is {filer}", n.filer_code()),
                        format!(
                            "El número de entry empieza con el código de filer {}, pero el del agente de EE. UU. es {filer}",
                            n.filer_code()
                        ),
                        src::ENTRY_NUMBER,
                    );
                }
            }
            Err(e) => f.id("entry_number", "regime.usEntryNumber", &e, src::ENTRY_NUMBER),
        }
    }

    let clave = r.clave_pedimento.trim();
    if clave.is_empty() {
        f.missing("regime.clavePedimento", "the clave de pedimento", "la clave de pedimento", src::CLAVES);
    } else if reference.clave_pedimento(clave).is_none() {
        f.error(
            "catalog.unknown_code",
            "regime.clavePedimento",
            format!("{clave:?} is not a clave de pedimento (Apéndice 2)"),
            format!("{clave:?} no es una clave de pedimento (Apéndice 2)"),
            src::CLAVES,
        );
    }
    code_in(f, &codes.regimenes, &r.regimen, "regime.regimen", "régimen", "régimen", true, src::REGIMENES);
    let regimen = r.regimen.trim();
    let (allowed, side_en, side_es): (&[&str], &str, &str) = match d.direction {
        Direction::Northbound => {
            (&codes.export_regimenes, "a northbound crossing is a Mexican export", "un cruce rumbo norte es una exportación mexicana")
        }
        Direction::Southbound => {
            (&codes.import_regimenes, "a southbound crossing is a Mexican import", "un cruce rumbo sur es una importación mexicana")
        }
    };
    if codes.regimenes.iter().any(|c| c.code == regimen) && !allowed.contains(&regimen) {
        f.error(
            "regimen.wrong_direction",
            "regime.regimen",
            format!("Régimen {regimen} does not fit: {side_en} ({})", allowed.join(", ")),
            format!("El régimen {regimen} no corresponde: {side_es} ({})", allowed.join(", ")),
            src::REGIMENES,
        );
    }

    if !blank(&r.pedimento_number) {
        match PedimentoNumber::parse(&r.pedimento_number) {
            Ok(p) => {
                if reference.aduana(p.aduana()).is_none() {
                    f.error(
                        "pedimento.unknown_aduana",
                        "regime.pedimentoNumber",
                        format!("Digits 3–4 of the pedimento ({}) are not an aduana", p.aduana()),
                        format!("Los dígitos 3–4 del pedimento ({}) no son una aduana", p.aduana()),
                        src::PEDIMENTO,
                    );
                }
                let aduana = d.transport.aduana.trim();
                if aduana.len() == 3 && !aduana.starts_with(p.aduana()) {
                    f.error(
                        "pedimento.other_aduana",
                        "regime.pedimentoNumber",
                        format!("The pedimento is for aduana {}, but the shipment crosses at aduana-sección {aduana}", p.aduana()),
                        format!("El pedimento es de la aduana {}, pero el embarque cruza por la aduana-sección {aduana}", p.aduana()),
                        src::PEDIMENTO,
                    );
                }
                let patente = d.parties.mexican_broker.patente.trim();
                if !patente.is_empty() && p.patente() != patente {
                    f.error(
                        "pedimento.other_patente",
                        "regime.pedimentoNumber",
                        format!("The pedimento carries patente {}, but the customs broker's patente is {patente}", p.patente()),
                        format!("El pedimento lleva la patente {}, pero la del agente aduanal es {patente}", p.patente()),
                        src::PEDIMENTO,
                    );
                }
                if !p.year_digit_consistent() {
                    f.warning("pedimento.year_digit", "regime.pedimentoNumber", "The 9th digit is normally the last digit of the validation year (exceptions: consolidated pedimentos begun last year, rectification originals)", "El 9.º dígito normalmente es el último dígito del año de validación (excepciones: consolidados iniciados el año anterior, originales de rectificación)", src::PEDIMENTO);
                }
            }
            Err(e) => f.id("pedimento", "regime.pedimentoNumber", &e, src::PEDIMENTO),
        }
    }
}
