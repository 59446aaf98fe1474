//! Each line against the tariff schedules in force on the crossing date, when the database holds
//! them: the HTS number and the fracción + NICO exist and are in force, the quantities are in the
//! schedules' units (two U.S. quantities where the HTS asks for two), and goods a chapter 99
//! provision covers are filed with one of its numbers. Without schedules these checks are not
//! run (the editor says so once, with a way to import them); the format checks still are.

use chrono::NaiveDate;

use super::check::blank;
use super::flow::Flow;
use super::{sources as src, Findings};
use crate::catalog::units::hts_unit_codes;
use crate::declaration::{Declaration, Line};
use crate::ids::{AdditionalHts, Fraccion, HtsNumber, Nico};
use crate::reference::Reference;
use crate::tariff::chapter99::{Provision, PROVISIONS};
use crate::tariff::hts::dotted;
use crate::tariff::{FraccionCatalog, HtsSchedule, Statistical};

pub(super) fn check(d: &Declaration, r: &Reference, flow: Flow, f: &mut Findings) {
    let date = d.transport.estimated_arrival.as_ref().map(|a| a.local.date());
    let hts = r.schedules().hts(date);
    let fracciones = r.schedules().fracciones(date);
    // The chapter 99 provisions in force on the crossing date, found once for every line.
    let provisions: Vec<&Provision> = match date {
        Some(day) if flow.us_import() => PROVISIONS.iter().filter(|x| x.applies_on(day)).collect(),
        _ => Vec::new(),
    };
    for (i, line) in d.lines.iter().enumerate() {
        let number = HtsNumber::parse(&line.hts).ok();
        let p = || format!("lines[{i}]");
        if let (Some(s), Some(number)) = (hts, &number) {
            us_line(s, number, line, flow, &p(), f);
        }
        if let (Some(c), Ok(fr), Ok(nico)) = (fracciones, Fraccion::parse(&line.fraccion), Nico::parse(&line.nico)) {
            mx_line(c, &fr, &nico, line, date, &p(), f);
        }
        if let (Some(day), Some(number)) = (date, &number) {
            if flow.us_import() {
                chapter_99(hts, &provisions, day, number, line, &p(), f);
            }
        }
    }
}

fn edition(s: &HtsSchedule) -> String {
    s.info.edition.clone()
}

fn us_line(s: &HtsSchedule, number: &HtsNumber, l: &Line, flow: Flow, p: &str, f: &mut Findings) {
    let units = match s.statistical(number.digits()) {
        Statistical::Line { units, .. } => units,
        Statistical::OtherSuffix { parent, suffixes } => {
            let list = suffixes.join(", ");
            let printed = dotted(&parent.number);
            f.error(
                "hts.not_statistical",
                format!("{p}.hts"),
                format!("{number} is not a statistical line of {}: {printed} has the suffixes {list}", edition(s)),
                format!("{number} no es una fracción estadística de la {}: {printed} tiene los sufijos {list}", edition(s)),
                src::HTS_SCHEDULE,
            );
            return;
        }
        Statistical::Missing => {
            f.error(
                "hts.not_in_schedule",
                format!("{p}.hts"),
                format!("{number} is not in {}, the edition in force for this crossing; if a later revision added it, import that revision", edition(s)),
                format!("{number} no está en la {}, la edición vigente para este cruce; si una revisión posterior la agregó, importe esa revisión", edition(s)),
                src::HTS_SCHEDULE,
            );
            return;
        }
    };
    // The EEI reports Schedule B units, which may differ from the HTS's: only the entry is held to them.
    if !flow.us_import() {
        return;
    }
    // A unit text Cruce does not know holds the line to nothing.
    if units.units.iter().any(|u| hts_unit_codes(u).is_none()) {
        return;
    }
    let first: &[&str] = units.units.first().and_then(|u| hts_unit_codes(u)).unwrap_or(&["X"]);
    let unit = l.us_unit.trim();
    if !unit.is_empty() && !first.iter().any(|c| c.eq_ignore_ascii_case(unit)) {
        let want = first.join(" or ");
        let unit = unit.to_uppercase();
        f.error(
            "hts.unit_not_schedule",
            format!("{p}.usUnit"),
            format!("{number} is reported in {want}, not {unit} ({})", edition(s)),
            format!("{number} se declara en {want}, no en {unit} ({})", edition(s)),
            src::HTS_SCHEDULE,
        );
    }
    let unit2 = l.us_unit2.trim();
    match units.units.get(1).and_then(|u| hts_unit_codes(u)).filter(|u| *u != ["X"]) {
        Some(second) => {
            let want = second.join(" or ");
            if unit2.is_empty() || l.us_quantity2.is_none() {
                f.error(
                    "hts.second_unit_missing",
                    format!("{p}.usQuantity2"),
                    format!("{number} reports a second quantity, in {want}: enter it"),
                    format!("{number} declara una segunda cantidad, en {want}: captúrela"),
                    src::HTS_SCHEDULE,
                );
            } else if !second.iter().any(|c| c.eq_ignore_ascii_case(unit2)) {
                let unit2 = unit2.to_uppercase();
                f.error(
                    "hts.unit_not_schedule",
                    format!("{p}.usUnit2"),
                    format!("The second quantity of {number} is in {want}, not {unit2}"),
                    format!("La segunda cantidad de {number} es en {want}, no en {unit2}"),
                    src::HTS_SCHEDULE,
                );
            }
        }
        None if !unit2.is_empty() || l.us_quantity2.is_some() => f.warning(
            "hts.second_unit_extra",
            format!("{p}.usUnit2"),
            format!("{number} reports one quantity only; the second one will not be filed"),
            format!("{number} declara una sola cantidad; la segunda no se transmitirá"),
            src::HTS_SCHEDULE,
        ),
        None => {}
    }
}

fn mx_line(c: &FraccionCatalog, fr: &Fraccion, nico: &Nico, l: &Line, date: Option<NaiveDate>, p: &str, f: &mut Findings) {
    let code = || format!("{} {}", fr, nico.digits());
    let on = date.unwrap_or(c.info.effective_from);
    // The NICOs in force, named only when a finding needs them.
    let listed = |en: bool| {
        let in_force: Vec<&str> = c.nicos(fr.digits(), on).iter().map(|n| &n.code[8..]).collect();
        match (in_force.is_empty(), en) {
            (true, _) => String::new(),
            (false, true) => format!("; in force: {}", in_force.join(", ")),
            (false, false) => format!("; vigentes: {}", in_force.join(", ")),
        }
    };
    match c.get(fr.digits(), nico.digits()) {
        None => f.error(
            "fraccion.not_in_catalog",
            format!("{p}.nico"),
            format!("Fracción {fr} NICO {} is not in SAT's catalog{}", nico.digits(), listed(true)),
            format!("La fracción {fr} con NICO {} no está en el catálogo del SAT{}", nico.digits(), listed(false)),
            src::FRACCIONES,
        ),
        Some(line) if !line.in_force_on(on) => {
            let (en, es) = match line.valid_to {
                Some(to) if to < on => (format!("ended on {to}"), format!("dejó de estar vigente el {to}")),
                _ => (format!("takes effect on {}", line.valid_from), format!("entra en vigor el {}", line.valid_from)),
            };
            f.error(
                "fraccion.not_in_force",
                format!("{p}.nico"),
                format!("{} {en}, before the crossing on {on}{}", code(), listed(true)),
                format!("{} {es}, antes del cruce del {on}{}", code(), listed(false)),
                src::FRACCIONES,
            );
        }
        Some(line) => {
            let unit = l.mx_tariff_unit.trim();
            if !unit.is_empty() && unit != line.unit {
                f.error(
                    "fraccion.umt_not_catalog",
                    format!("{p}.mxTariffUnit"),
                    format!("The tariff unit (UMT) of {} is {}, not {unit}", code(), line.unit),
                    format!("La unidad de medida de tarifa (UMT) de {} es {}, no {unit}", code(), line.unit),
                    src::FRACCIONES,
                );
            }
        }
    }
}

/// Goods a chapter 99 provision covers on the crossing date, filed without any of its numbers; and
/// chapter 99 numbers the schedule does not have.
fn chapter_99(
    hts: Option<&HtsSchedule>,
    provisions: &[&Provision],
    date: NaiveDate,
    number: &HtsNumber,
    l: &Line,
    p: &str,
    f: &mut Findings,
) {
    let reported: Vec<String> =
        l.additional_hts.iter().filter_map(|h| AdditionalHts::parse(h).ok()).map(|h| h.digits().to_owned()).collect();
    let origin = l.country_of_origin.trim();
    for provision in provisions.iter().filter(|x| x.covers(number.digits(), origin)) {
        if provision.reported_by(&reported) {
            continue;
        }
        let numbers = provision.numbers.join(", ");
        let (usmca_en, usmca_es) = if provision.numbers_usmca.is_empty() {
            (String::new(), String::new())
        } else {
            let n = provision.numbers_usmca.join(", ");
            (format!(", or {n} for a USMCA-qualifying good"), format!(", o {n} para una mercancía que califica al T-MEC"))
        };
        f.warning(
            "chapter99.missing",
            format!("{p}.additionalHts"),
            format!(
                "{number} may be covered by the {} on {date}: report the chapter 99 number that applies ({numbers}{usmca_en})",
                provision.en
            ),
            format!(
                "La {number} puede estar sujeta al {} el {date}: declare el número del capítulo 99 que corresponda ({numbers}{usmca_es})",
                provision.es
            ),
            provision.source,
        );
    }
    let Some(s) = hts else { return };
    for (k, digits) in reported.iter().enumerate() {
        let known = s.line(digits).is_some() || (digits.len() == 10 && s.line(&digits[..8]).is_some());
        if !known && !blank(digits) {
            let printed = dotted(digits);
            f.warning(
                "additional_hts.not_in_schedule",
                format!("{p}.additionalHts[{k}]"),
                format!("{printed} is not in {}: check it, or import the revision that added it", s.info.edition),
                format!("{printed} no está en la {}: verifíquelo, o importe la revisión que lo agregó", s.info.edition),
                src::HTS_SCHEDULE,
            );
        }
    }
}
