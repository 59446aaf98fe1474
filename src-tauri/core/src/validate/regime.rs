//! Regime: the U.S. entry (northbound) or the U.S. export's EEI (southbound); the Mexican clave,
//! operation and régimen checked together against Apéndice 2; the pedimento number against the
//! aduana of clearance, the broker and the year of the crossing.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::check::{blank, code_in};
use super::flow::Flow;
use super::{sources as src, Findings};
use crate::catalog::Operation;
use crate::declaration::Declaration;
use crate::ids::{EntryNumber, HtsNumber, PedimentoNumber};
use crate::reference::Reference;

/// 19 CFR 143.21(a): informal entry for shipments valued up to $2,500 (the $250 ceiling for
/// chapter 99 subchapter III/IV goods has been suspended since 2025-04-30, 90 FR 17608).
pub(crate) const INFORMAL_ENTRY_LIMIT_USD: Decimal = dec!(2500);
/// 15 CFR 30.37(a): no EEI for a Schedule B number valued $2,500 or less (unless licensed).
pub(crate) const EEI_EXEMPT_UP_TO_USD: Decimal = dec!(2500);

pub(super) fn check(d: &Declaration, reference: &Reference, flow: Flow, f: &mut Findings) {
    if flow.us_export() {
        us_export(d, f);
    } else {
        us_entry(d, reference, f);
    }
    clave_and_regimen(d, reference, flow, f);
    clearance_aduana(d, reference, f);
    pedimento_number(d, reference, f);
}

fn us_entry(d: &Declaration, reference: &Reference, f: &mut Findings) {
    let r = &d.regime;
    let entry_type = r.us_entry_type.trim();
    if entry_type == "86" {
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
            &reference.codes().us_entry_types,
            &r.us_entry_type,
            "regime.usEntryType",
            "the CBP entry type",
            "el tipo de entry de CBP",
            true,
            src::FORM_7501,
        );
    }
    if matches!(entry_type, "11" | "12") {
        let value: Decimal = d.lines.iter().filter_map(|l| l.value_usd).sum();
        if value > INFORMAL_ENTRY_LIMIT_USD {
            f.error(
                "entry_type.informal_over_limit",
                "regime.usEntryType",
                format!("An informal entry (type {entry_type}) covers shipments up to 2,500.00 USD; this one is {} USD: file a formal entry (01)", super::totals::amount(value)),
                format!("Un entry informal (tipo {entry_type}) cubre embarques de hasta 2,500.00 USD; este suma {} USD: presente un entry formal (01)", super::totals::amount(value)),
                src::INFORMAL_ENTRY,
            );
        }
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
}

/// Electronic Export Information: required over $2,500 per Schedule B (HTS) number, or whenever a
/// licence applies (15 CFR 30.2(a)(1)(iv), 30.37(a)); otherwise the exemption legend says why none
/// was filed.
fn us_export(d: &Declaration, f: &mut Findings) {
    let e = &d.regime.us_export;
    let mut by_number: BTreeMap<String, Decimal> = BTreeMap::new();
    for l in &d.lines {
        if let (Ok(h), Some(v)) = (HtsNumber::parse(&l.hts), l.value_usd) {
            *by_number.entry(h.to_string()).or_default() += v;
        }
    }
    let over: Vec<(&String, &Decimal)> = by_number.iter().filter(|(_, v)| **v > EEI_EXEMPT_UP_TO_USD).collect();
    let required = e.licence_required || !over.is_empty();
    let why_en = match over.first() {
        _ if e.licence_required => "a licence applies".to_owned(),
        Some((n, v)) => format!("Schedule B/HTS {n} is valued at {} USD, over 2,500.00", super::totals::amount(**v)),
        None => String::new(),
    };
    let why_es = match over.first() {
        _ if e.licence_required => "aplica una licencia".to_owned(),
        Some((n, v)) => format!("la Schedule B/HTS {n} vale {} USD, más de 2,500.00", super::totals::amount(**v)),
        None => String::new(),
    };
    let itn = e.itn.trim().to_uppercase();
    if itn.is_empty() {
        if required {
            f.error(
                "eei.itn_required",
                "regime.usExport.itn",
                format!("EEI must be filed in AES and its ITN recorded: {why_en}"),
                format!("La EEI debe transmitirse en AES y registrarse su ITN: {why_es}"),
                src::EEI,
            );
        } else if blank(&e.exemption) {
            f.warning(
                "eei.exemption_missing",
                "regime.usExport.exemption",
                "No EEI is needed (every Schedule B number is 2,500.00 USD or less): state the exemption, \"NOEEI 30.37(a)\", for the carrier",
                "No se requiere EEI (cada Schedule B vale 2,500.00 USD o menos): indique la exención, \"NOEEI 30.37(a)\", para el transportista",
                src::EEI,
            );
        }
    } else {
        match itn_date(&itn) {
            None => f.error(
                "eei.itn_format",
                "regime.usExport.itn",
                "An ITN is X followed by the date AES accepted the EEI (YYYYMMDD) and 6 digits, e.g. X20261201123456",
                "Un ITN es X seguida de la fecha en que AES aceptó la EEI (AAAAMMDD) y 6 dígitos, p. ej. X20261201123456",
                src::ITN,
            ),
            Some(accepted) => {
                if let Some(crossing) = d.transport.estimated_arrival.as_ref().map(|a| a.local.date()) {
                    if accepted > crossing {
                        f.error(
                            "eei.itn_after_export",
                            "regime.usExport.itn",
                            format!("The ITN was issued on {accepted}, after the export on {crossing}: a truck export's EEI is filed before the truck reaches the border"),
                            format!("El ITN se emitió el {accepted}, después de la exportación del {crossing}: la EEI de una exportación por camión se transmite antes de que llegue a la frontera"),
                            src::EEI_TIMING,
                        );
                    }
                }
            }
        }
    }
    if required && !blank(&e.exemption) && itn.is_empty() {
        f.error(
            "eei.exemption_does_not_apply",
            "regime.usExport.exemption",
            format!("The exemption {:?} does not apply: {why_en}", e.exemption.trim()),
            format!("La exención {:?} no aplica: {why_es}", e.exemption.trim()),
            src::EEI,
        );
    } else if !blank(&e.exemption) && !e.exemption.trim().to_uppercase().starts_with("NOEEI 30.") {
        f.warning(
            "eei.exemption_format",
            "regime.usExport.exemption",
            "An EEI exemption legend is written \"NOEEI\" and the section of 15 CFR Part 30 that applies, e.g. \"NOEEI 30.37(a)\"",
            "La leyenda de exención de EEI se escribe \"NOEEI\" y la sección aplicable de 15 CFR Parte 30, p. ej. \"NOEEI 30.37(a)\"",
            src::EEI,
        );
    }
}

/// The acceptance date an ITN carries: "X" + YYYYMMDD + 6 digits (15 characters).
pub(crate) fn itn_date(itn: &str) -> Option<NaiveDate> {
    let b = itn.as_bytes();
    if b.len() != 15 || b[0] != b'X' || !b[1..].iter().all(u8::is_ascii_digit) {
        return None;
    }
    NaiveDate::parse_from_str(&itn[1..9], "%Y%m%d").ok()
}

/// The clave's Apéndice 2 group and description fix the operation it is declared with; the
/// régimen for that operation comes from the clave table.
fn clave_and_regimen(d: &Declaration, reference: &Reference, flow: Flow, f: &mut Findings) {
    let r = &d.regime;
    let codes = reference.codes();
    code_in(f, &codes.regimenes, &r.regimen, "regime.regimen", "the régimen", "el régimen", true, src::REGIMENES);
    let clave_code = r.clave_pedimento.trim().to_uppercase();
    let Some(clave) = (if clave_code.is_empty() {
        f.missing("regime.clavePedimento", "the clave de pedimento", "la clave de pedimento", src::CLAVES);
        None
    } else {
        let c = reference.clave_pedimento(&clave_code);
        if c.is_none() {
            f.error(
                "catalog.unknown_code",
                "regime.clavePedimento",
                format!("{clave_code:?} is not a clave de pedimento (Apéndice 2)"),
                format!("{clave_code:?} no es una clave de pedimento (Apéndice 2)"),
                src::CLAVES,
            );
        }
        c
    }) else {
        return;
    };
    let op = flow.operation;
    if !clave.allows(op) {
        let (en, es) = match d.direction {
            crate::declaration::Direction::Northbound => {
                ("a northbound crossing is a Mexican export or return", "un cruce rumbo norte es una exportación o un retorno mexicano")
            }
            crate::declaration::Direction::Southbound => {
                ("a southbound crossing is a Mexican import", "un cruce rumbo sur es una importación mexicana")
            }
        };
        f.error(
            "clave.wrong_operation",
            "regime.clavePedimento",
            format!("Clave {} ({}) is not declared with {}: {en}", clave.code, clave.description, op_name_en(op)),
            format!("La clave {} ({}) no se declara como {}: {es}", clave.code, clave.description, op_name_es(op)),
            src::CLAVES,
        );
        return;
    }
    let regimen = r.regimen.trim().to_uppercase();
    let expected: Vec<&str> = clave.regimenes(op).collect();
    if regimen.is_empty() || expected.is_empty() || expected.contains(&regimen.as_str()) {
        return;
    }
    if !codes.regimenes.iter().any(|c| c.code == regimen) {
        return; // reported above as an unknown code
    }
    let list = expected.join(", ");
    let (en, es) = (
        format!("Clave {} is declared with régimen {list} for {}, not {regimen}", clave.code, op_name_en(op)),
        format!("La clave {} se declara con el régimen {list} en {}, no {regimen}", clave.code, op_name_es(op)),
    );
    if clave.regimen_is_fixed() {
        f.error("regimen.not_for_clave", "regime.regimen", en, es, src::CLAVES);
    } else {
        f.warning("regimen.not_for_clave", "regime.regimen", en, es, src::CLAVES_REGIMEN);
    }
}

fn op_name_en(op: Operation) -> &'static str {
    match op {
        Operation::Import => "an import (IMP)",
        Operation::Export => "an export or return (EXP)",
        Operation::Transit => "a transit (TRA)",
    }
}

fn op_name_es(op: Operation) -> &'static str {
    match op {
        Operation::Import => "importación (IMP)",
        Operation::Export => "exportación o retorno (EXP)",
        Operation::Transit => "tránsito (TRA)",
    }
}

/// An export cleared at an interior aduana (Monterrey, 520) leaves through a border one (Nuevo
/// Laredo, 240): campo 31 differs from campo 8 (Ley Aduanera art. 125).
fn clearance_aduana(d: &Declaration, reference: &Reference, f: &mut Findings) {
    let code = d.regime.clearance_aduana.trim();
    if code.is_empty() || reference.section(code).is_some() {
        return;
    }
    let listed_without_digit = code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit()) && reference.has_unnumbered_sections(&code[..2]);
    if listed_without_digit {
        f.warning(
            "aduana.clearance_unlisted",
            "regime.clearanceAduana",
            format!("Sección {} of aduana {} is not among those Cruce can confirm (Apéndice 1 lists some of this aduana's secciones without their digit): check it", &code[2..], &code[..2]),
            format!("La sección {} de la aduana {} no está entre las que Cruce puede confirmar (el Apéndice 1 lista algunas secciones de esta aduana sin su dígito): verifíquela", &code[2..], &code[..2]),
            src::ADUANAS,
        );
    } else {
        f.error(
            "aduana.clearance_unknown",
            "regime.clearanceAduana",
            format!("{code:?} is not an aduana-sección of Apéndice 1 (3 digits: aduana and sección)"),
            format!("{code:?} no es una aduana-sección del Apéndice 1 (3 dígitos: aduana y sección)"),
            src::ADUANAS,
        );
    }
}

fn pedimento_number(d: &Declaration, reference: &Reference, f: &mut Findings) {
    let r = &d.regime;
    if blank(&r.pedimento_number) {
        return;
    }
    let p = match PedimentoNumber::parse(&r.pedimento_number) {
        Ok(p) => p,
        Err(e) => return f.id("pedimento", "regime.pedimentoNumber", &e, src::PEDIMENTO),
    };
    if reference.aduana(p.aduana()).is_none() {
        f.error(
            "pedimento.unknown_aduana",
            "regime.pedimentoNumber",
            format!("Digits 3–4 of the pedimento ({}) are not an aduana", p.aduana()),
            format!("Los dígitos 3–4 del pedimento ({}) no son una aduana", p.aduana()),
            src::PEDIMENTO,
        );
    }
    // The pedimento carries the aduana where it is cleared: the interior one when given, else the
    // border one the truck crosses at.
    let clearance = d.regime.clearance_aduana.trim();
    let (at, field_en, field_es) = if clearance.is_empty() {
        (d.transport.aduana.trim(), "the shipment crosses at aduana-sección", "el embarque cruza por la aduana-sección")
    } else {
        (clearance, "it is cleared at aduana-sección", "se despacha en la aduana-sección")
    };
    if at.len() == 3 && !at.starts_with(p.aduana()) {
        f.error(
            "pedimento.other_aduana",
            "regime.pedimentoNumber",
            format!("The pedimento is for aduana {}, but {field_en} {at}", p.aduana()),
            format!("El pedimento es de la aduana {}, pero {field_es} {at}", p.aduana()),
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
    if let Some(crossing) = d.transport.estimated_arrival.as_ref().map(|a| a.local.date()) {
        // The first two digits are the year of validation, which comes before the crossing.
        let year = 2000 + p.year().parse::<i32>().unwrap_or_default();
        let crossing_year = crossing.year();
        if year > crossing_year || year < crossing_year - 1 {
            f.error(
                "pedimento.year_vs_crossing",
                "regime.pedimentoNumber",
                format!("The pedimento was validated in {year} (its first two digits), but the truck crosses in {crossing_year}"),
                format!("El pedimento se validó en {year} (sus dos primeros dígitos), pero el camión cruza en {crossing_year}"),
                src::PEDIMENTO,
            );
        } else if year == crossing_year - 1 {
            f.warning(
                "pedimento.year_vs_crossing",
                "regime.pedimentoNumber",
                format!("The pedimento was validated in {year} and the truck crosses in {crossing_year}: right only for a pedimento validated at the end of last year"),
                format!("El pedimento se validó en {year} y el camión cruza en {crossing_year}: correcto solo si se validó a fines del año pasado"),
                src::PEDIMENTO,
            );
        }
    }
}
