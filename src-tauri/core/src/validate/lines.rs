//! Each line: classification on both sides, quantities in each side's units, weights, packages,
//! value and origin.

use rust_decimal::Decimal;

use super::check::{blank, code_in, country};
use super::flow::Flow;
use super::{sources as src, Findings};
use crate::catalog::units::mx_to_us_factor;
use crate::declaration::{Declaration, Line};
use crate::ids::{AdditionalHts, Fraccion, HtsNumber, Mid, Nico};
use crate::reference::Reference;

pub(super) fn check(d: &Declaration, r: &Reference, flow: Flow, f: &mut Findings) {
    if d.lines.is_empty() {
        f.missing("lines", "at least one line of goods", "al menos una partida de mercancía", src::FORM_7501);
    }
    for (i, line) in d.lines.iter().enumerate() {
        let p = format!("lines[{i}]");
        let hts = check_line(d, r, line, &p, f);
        if flow.us_import() {
            us_import_line(r, line, hts.as_ref(), &p, f);
        }
    }
}

/// The line's own checks; returns its HTS number when it is well formed.
fn check_line(d: &Declaration, r: &Reference, l: &Line, p: &str, f: &mut Findings) -> Option<HtsNumber> {
    let codes = r.codes();
    if blank(&l.description) {
        f.missing(
            format!("{p}.description"),
            "a precise description of the goods",
            "una descripción precisa de la mercancía",
            src::EMANIFEST,
        );
    }
    let hts = HtsNumber::parse(&l.hts).map_err(|e| f.id("hts", format!("{p}.hts"), &e, src::HTS)).ok();
    let fraccion = Fraccion::parse(&l.fraccion).map_err(|e| f.id("fraccion", format!("{p}.fraccion"), &e, src::LIGIE)).ok();
    if let Err(e) = Nico::parse(&l.nico) {
        f.id("nico", format!("{p}.nico"), &e, src::LIGIE);
    }
    if let (Some(h), Some(fr)) = (&hts, &fraccion) {
        if h.hs6() != fr.hs6() {
            f.warning(
                "classification.hs6_differs",
                format!("{p}.fraccion"),
                format!("The first six digits differ: HTS {} vs fracción {}; both sides share the HS subheading, so one of them is probably wrong", h.hs6(), fr.hs6()),
                format!("Los primeros seis dígitos no coinciden: HTS {} y fracción {}; ambos lados comparten la subpartida del SA, por lo que probablemente una está mal", h.hs6(), fr.hs6()),
                src::CONSISTENCY,
            );
        }
    }

    code_in(
        f,
        &codes.us_units,
        &l.us_unit,
        &format!("{p}.usUnit"),
        "the U.S. unit of quantity",
        "la unidad de medida de EE. UU.",
        true,
        src::UNITS,
    );
    code_in(
        f,
        &codes.mx_units,
        &l.mx_unit,
        &format!("{p}.mxUnit"),
        "the commercial unit (UMC)",
        "la unidad de medida comercial (UMC)",
        true,
        src::UNITS,
    );
    code_in(
        f,
        &codes.mx_units,
        &l.mx_tariff_unit,
        &format!("{p}.mxTariffUnit"),
        "the tariff unit (UMT)",
        "la unidad de medida de tarifa (UMT)",
        true,
        src::UNITS,
    );
    quantity(f, l.us_quantity, &format!("{p}.usQuantity"), l.us_unit.trim() != "X", "the U.S. quantity", "la cantidad para EE. UU.");
    quantity(
        f,
        l.mx_quantity,
        &format!("{p}.mxQuantity"),
        true,
        "the quantity in the commercial unit",
        "la cantidad en la unidad comercial",
    );
    quantity(
        f,
        l.mx_tariff_quantity,
        &format!("{p}.mxTariffQuantity"),
        true,
        "the quantity in the tariff unit",
        "la cantidad en la unidad de tarifa",
    );
    precision(f, l.mx_quantity, 3, &format!("{p}.mxQuantity"));
    precision(f, l.mx_tariff_quantity, 5, &format!("{p}.mxTariffQuantity"));
    if let (Some(us), Some(mx), Some(factor)) =
        (l.us_quantity, l.mx_tariff_quantity, mx_to_us_factor(l.mx_tariff_unit.trim(), l.us_unit.trim()))
    {
        let converted = mx * factor;
        // Each side rounds its own quantity; allow half a unit of the coarser rounding (0.001).
        if (converted - us).abs() > Decimal::new(5, 3).max(converted.abs() * Decimal::new(1, 4)) {
            f.warning(
                "quantity.sides_disagree",
                format!("{p}.usQuantity"),
                format!(
                    "{mx} {} is {} {} in U.S. units, but the U.S. quantity is {us}",
                    l.mx_tariff_unit.trim(),
                    converted.normalize(),
                    l.us_unit.trim()
                ),
                format!(
                    "{mx} {} equivale a {} {} en unidades de EE. UU., pero la cantidad para EE. UU. es {us}",
                    l.mx_tariff_unit.trim(),
                    converted.normalize(),
                    l.us_unit.trim()
                ),
                src::UNITS,
            );
        }
    }

    let gross_ok = positive(f, l.gross_kg, &format!("{p}.grossKg"), "the gross weight (kg)", "el peso bruto (kg)");
    let net_ok = positive(f, l.net_kg, &format!("{p}.netKg"), "the net weight (kg)", "el peso neto (kg)");
    if let (true, true, Some(g), Some(n)) = (gross_ok, net_ok, l.gross_kg, l.net_kg) {
        if n > g {
            f.error(
                "weight.net_above_gross",
                format!("{p}.netKg"),
                format!("The net weight {n} kg is above the gross weight {g} kg"),
                format!("El peso neto {n} kg es mayor que el peso bruto {g} kg"),
                src::CONSISTENCY,
            );
        }
    }
    match l.packages {
        None | Some(0) => f.missing(
            format!("{p}.packages"),
            "the number of packages (lowest external packaging unit)",
            "el número de bultos (unidad de empaque exterior más pequeña)",
            src::EMANIFEST,
        ),
        Some(_) => {}
    }
    if blank(&l.package_kind) {
        f.missing(
            format!("{p}.packageKind"),
            "the kind of package (cartons, drums, …)",
            "el tipo de bulto (cajas, tambores, …)",
            src::EMANIFEST,
        );
    }

    let invoice = l.invoice_number.trim();
    if invoice.is_empty() {
        f.missing(format!("{p}.invoiceNumber"), "the invoice this line belongs to", "la factura de esta partida", src::FORM_7501);
    } else if !d.commercial.invoices.iter().any(|inv| inv.number.trim() == invoice) {
        f.error(
            "line.unknown_invoice",
            format!("{p}.invoiceNumber"),
            format!("There is no invoice {invoice} on this declaration"),
            format!("No hay una factura {invoice} en esta declaración"),
            src::CONSISTENCY,
        );
    }
    positive(f, l.value, &format!("{p}.value"), "the value in the invoice currency", "el valor en la moneda de la factura");
    positive(f, l.value_usd, &format!("{p}.valueUsd"), "the value in U.S. dollars", "el valor en dólares");
    precision(f, l.value_usd, 2, &format!("{p}.valueUsd"));
    country(f, r, &l.country_of_origin, &format!("{p}.countryOfOrigin"), true);
    code_in(
        f,
        &codes.origin_criteria,
        &l.origin_criterion,
        &format!("{p}.originCriterion"),
        "the USMCA origin criterion (A–D)",
        "el criterio de origen T-MEC (A–D)",
        false,
        src::USMCA,
    );
    if let Some(rate) = l.igi_rate {
        if rate < Decimal::ZERO || rate > Decimal::ONE_HUNDRED {
            f.error(
                "igi_rate.out_of_range",
                format!("{p}.igiRate"),
                format!("The IGI rate is a percentage from 0 to 100; {rate} is not"),
                format!("La tasa del IGI es un porcentaje de 0 a 100; {rate} no lo es"),
                src::LIGIE,
            );
        }
    }
    hts
}

/// What only the U.S. entry needs of a line: the manufacturer (MID), the chapter 99 numbers filed
/// with it, and where the steel was melted and poured or the aluminum smelted and cast.
fn us_import_line(r: &Reference, l: &Line, hts: Option<&HtsNumber>, p: &str, f: &mut Findings) {
    if !blank(&l.manufacturer_mid) {
        if let Err(e) = Mid::parse(&l.manufacturer_mid, r) {
            f.id("mid", format!("{p}.manufacturerMid"), &e, src::MID);
        }
    }
    let mut seen: Vec<String> = Vec::new();
    for (k, raw) in l.additional_hts.iter().enumerate() {
        let path = format!("{p}.additionalHts[{k}]");
        match AdditionalHts::parse(raw) {
            Err(e) => f.id("additional_hts", path, &e, src::CHAPTER_99),
            Ok(h) => {
                let n = h.to_string();
                if seen.contains(&n) {
                    f.error(
                        "additional_hts.duplicate",
                        path,
                        format!("{n} is listed twice on this line"),
                        format!("{n} aparece dos veces en esta partida"),
                        src::CHAPTER_99,
                    );
                }
                seen.push(n);
            }
        }
    }
    if let Some(hts) = hts {
        metal_origin(r, l, hts, &seen, p, f);
    }
}

/// Steel and aluminum the Section 232 duties cover are reported with the country where the steel
/// was melted and poured, or the aluminum smelted and cast (ACE line data; CBP Form 7501 blocks
/// 21–24). Steel of chapter 72 and aluminum of headings 7601 and 7604–7609, or any line filed with
/// a Section 232 steel or aluminum number, must carry them; other articles of chapters 73 and 76
/// often do (derivatives).
fn metal_origin(r: &Reference, l: &Line, hts: &HtsNumber, chapter_99: &[String], p: &str, f: &mut Findings) {
    let heading = hts.heading();
    let steel_232 = chapter_99.iter().any(|n| n.starts_with("9903.80") || n.starts_with("9903.81"));
    let alu_232 = chapter_99.iter().any(|n| n.starts_with("9903.85"));
    let steel = if hts.chapter() == "72" || steel_232 {
        Some(true)
    } else if hts.chapter() == "73" {
        Some(false)
    } else {
        None
    };
    let alu = if matches!(heading, "7601" | "7604" | "7605" | "7606" | "7607" | "7608" | "7609") || alu_232 {
        Some(true)
    } else if hts.chapter() == "76" {
        Some(false)
    } else {
        None
    };
    let m = &l.metal;
    for (value, field) in
        [(&m.melt_pour, "meltPour"), (&m.primary_smelt, "primarySmelt"), (&m.secondary_smelt, "secondarySmelt"), (&m.cast, "cast")]
    {
        if !blank(value) {
            country(f, r, value, &format!("{p}.metal.{field}"), false);
        }
    }
    if let Some(required) = steel {
        if blank(&m.melt_pour) {
            let (en, es) = (
                format!("Enter the country where the steel of HTS {hts} was melted and poured"),
                format!("Capture el país donde se fundió y vació el acero de la HTS {hts}"),
            );
            if required {
                f.error("metal.melt_pour_missing", format!("{p}.metal.meltPour"), en, es, src::METAL_ORIGIN);
            } else {
                f.warning("metal.melt_pour_missing", format!("{p}.metal.meltPour"), en, es, src::METAL_ORIGIN);
            }
        }
    }
    if let Some(required) = alu {
        for (value, field, en, es) in [
            (
                &m.primary_smelt,
                "primarySmelt",
                "the country where the aluminum was first smelted",
                "el país donde se fundió primero el aluminio",
            ),
            (
                &m.cast,
                "cast",
                "the country where the aluminum was most recently cast",
                "el país donde se coló más recientemente el aluminio",
            ),
        ] {
            if blank(value) {
                let (en, es) = (format!("Enter {en} (HTS {hts})"), format!("Capture {es} (HTS {hts})"));
                if required {
                    f.error("metal.smelt_cast_missing", format!("{p}.metal.{field}"), en, es, src::METAL_ORIGIN);
                } else {
                    f.warning("metal.smelt_cast_missing", format!("{p}.metal.{field}"), en, es, src::METAL_ORIGIN);
                }
            }
        }
    }
}

fn quantity(f: &mut Findings, q: Option<Decimal>, path: &str, required: bool, en: &str, es: &str) {
    match q {
        None if required => f.missing(path, en, es, src::UNITS),
        Some(v) if v <= Decimal::ZERO => f.error(
            "quantity.not_positive",
            path,
            format!("{} must be greater than zero", super::finding::capitalize(en)),
            format!("{} debe ser mayor que cero", super::finding::capitalize(es)),
            src::UNITS,
        ),
        _ => {}
    }
}

/// Present and above zero; reports and returns false otherwise.
fn positive(f: &mut Findings, v: Option<Decimal>, path: &str, en: &str, es: &str) -> bool {
    match v {
        None => {
            f.missing(path, en, es, src::FORM_7501);
            false
        }
        Some(x) if x <= Decimal::ZERO => {
            f.error(
                "amount.not_positive",
                path,
                format!("{} must be greater than zero", super::finding::capitalize(en)),
                format!("{} debe ser mayor que cero", super::finding::capitalize(es)),
                src::FORM_7501,
            );
            false
        }
        Some(_) => true,
    }
}

/// The pedimento's fields have fixed decimals (D 14,2 for USD values, D 15,3 for UMC quantities,
/// D 18,5 for UMT quantities); more would be cut off silently.
fn precision(f: &mut Findings, v: Option<Decimal>, places: u32, path: &str) {
    if let Some(x) = v {
        if x.normalize().scale() > places {
            f.error(
                "amount.too_precise",
                path,
                format!("At most {places} decimals are carried to the pedimento; {x} has more"),
                format!("El pedimento admite como máximo {places} decimales; {x} tiene más"),
                src::PEDIMENTO,
            );
        }
    }
}
