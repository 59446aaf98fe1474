//! The U.S. view. Northbound: the entry summary by block of CBP Form 7501 (the 2024 form, OMB
//! 1651-0022, which added blocks 21–24 for the metals' origin) and the ACE e-Manifest shipment.
//! Southbound: the data of the U.S. export (Electronic Export Information, 15 CFR 30.6).

use rust_decimal::Decimal;

use super::eei::{export_header, export_lines};
use super::emanifest::manifest;
use super::format::{fixed, named, quantity, sum_all, us_date, whole};
use super::{GovernmentView, LineWindow, SectionBuilder, SourcePath, ViewSection};
use crate::declaration::{Declaration, Direction};
use crate::duties::{us_duties, NotComputed, UsDuties};
use crate::ids::{AdditionalHts, EntryNumber, HtsNumber};
use crate::reference::Reference;

/// CBP mode of transportation code for truck (7501 block 9; Census/CBP MOT codes).
const MOT_TRUCK: &str = "30";

/// What CBP sees of `d`, with the lines in `window`.
pub fn us_view(d: &Declaration, r: &Reference, window: LineWindow) -> GovernmentView {
    let lines = window.range(d.lines.len());
    let (first_line, line_count) = (lines.start as u32, d.lines.len() as u32);
    match d.direction {
        Direction::Northbound => {
            let duties = us_duties(d, r);
            GovernmentView {
                title_en: "CBP: entry summary (Form 7501) and truck e-Manifest".into(),
                title_es: "CBP: resumen de entry (Forma 7501) y e-Manifest de camión".into(),
                head: vec![entry_header(d, r)],
                lines: entry_lines(d, &duties, lines),
                tail: vec![entry_totals(d, &duties), manifest(d, r)],
                first_line,
                line_count,
            }
        }
        Direction::Southbound => GovernmentView {
            title_en: "U.S. export: Electronic Export Information".into(),
            title_es: "Exportación de EE. UU.: Electronic Export Information (EEI)".into(),
            head: vec![export_header(d, r)],
            lines: export_lines(d, lines),
            tail: Vec::new(),
            first_line,
            line_count,
        },
    }
}

pub(super) fn port(r: &Reference, code: &str) -> String {
    match r.us_port(code.trim()) {
        Some(p) => format!("{} {}, {}", p.code, p.name, p.state),
        None => code.trim().to_owned(),
    }
}

pub(super) fn hts_display(raw: &str) -> String {
    HtsNumber::parse(raw).map(|h| h.to_string()).unwrap_or_else(|_| raw.trim().to_owned())
}

pub(super) fn arrival_date(d: &Declaration) -> Option<chrono::NaiveDate> {
    d.transport.estimated_arrival.as_ref().map(|a| a.local.date())
}

/// "Name (SCAC)", or whichever of the two is known.
pub(super) fn carrier(name: &str, scac: &str) -> String {
    match (name.trim(), scac.trim().to_uppercase()) {
        (name, scac) if scac.is_empty() => name.to_owned(),
        ("", scac) => scac,
        (name, scac) => format!("{name} ({scac})"),
    }
}

/// The one value every line gives (blanks aside), "MULTI" when they differ, empty when none does:
/// one pass, no sorting (a header field of a 1,000-line entry).
fn common<'a>(values: impl Iterator<Item = &'a str>) -> String {
    let mut seen: Option<&str> = None;
    for v in values.map(str::trim).filter(|v| !v.is_empty()) {
        match seen {
            None => seen = Some(v),
            Some(s) if s != v => return "MULTI".to_owned(),
            Some(_) => {}
        }
    }
    seen.unwrap_or_default().to_owned()
}

fn entry_header(d: &Declaration, r: &Reference) -> ViewSection {
    let p = &d.parties;
    let regime = &d.regime;
    let entry =
        EntryNumber::parse(&regime.us_entry_number).map(|e| e.to_string()).unwrap_or_else(|_| regime.us_entry_number.trim().to_owned());
    let metal = |get: fn(&crate::declaration::MetalOrigin) -> &str| common(d.lines.iter().map(|l| get(&l.metal)));
    SectionBuilder::new("Entry summary — header", "Resumen de entry — encabezado")
        .field("7501 block 1", "Filer code / entry number", "Código de filer / número de entry", entry, &["regime.usEntryNumber"])
        .field("7501 block 2", "Entry type", "Tipo de entry", regime.us_entry_type.trim(), &["regime.usEntryType"])
        .field("7501 block 6", "Port code", "Código de puerto", port(r, &d.transport.us_port), &["transport.usPort"])
        .field(
            "7501 block 8",
            "Importing carrier",
            "Transportista",
            carrier(&p.carrier.name, &p.carrier.scac),
            &["parties.carrier.name", "parties.carrier.scac"],
        )
        .field("7501 block 9", "Mode of transport", "Medio de transporte", MOT_TRUCK, &[])
        .field(
            "7501 block 10",
            "Country of origin",
            "País de origen",
            common(d.lines.iter().map(|l| l.country_of_origin.as_str())),
            &["lines[*].countryOfOrigin"],
        )
        .field("7501 block 11", "Import date", "Fecha de importación", us_date(arrival_date(d)), &["transport.estimatedArrival"])
        .field(
            "7501 block 12",
            "B/L or AWB number (SCN)",
            "Conocimiento de embarque (SCN)",
            d.transport.shipment_control_number.trim().to_uppercase(),
            &["transport.shipmentControlNumber"],
        )
        .field(
            "7501 block 13",
            "Manufacturer ID",
            "Identificación del fabricante (MID)",
            p.manufacturer.mid.trim().to_uppercase(),
            &["parties.manufacturer.mid"],
        )
        .field("7501 block 14", "Exporting country", "País exportador", "MX", &["direction"])
        .field("7501 block 15", "Export date", "Fecha de exportación", us_date(arrival_date(d)), &["transport.estimatedArrival"])
        .field(
            "7501 block 19",
            "Foreign port of lading",
            "Lugar de carga en el extranjero",
            d.transport.place_of_loading.trim(),
            &["transport.placeOfLoading"],
        )
        .field(
            "7501 block 20",
            "U.S. port of unlading",
            "Puerto de descarga en EE. UU.",
            port(r, &d.transport.us_port),
            &["transport.usPort"],
        )
        .field(
            "7501 block 21",
            "Country of melt and pour",
            "País de fundición y vaciado",
            metal(|m| &m.melt_pour),
            &["lines[*].metal.meltPour"],
        )
        .field(
            "7501 block 22",
            "Primary country of smelt",
            "País de fundición primaria",
            metal(|m| &m.primary_smelt),
            &["lines[*].metal.primarySmelt"],
        )
        .field(
            "7501 block 23",
            "Secondary country of smelt",
            "País de fundición secundaria",
            metal(|m| &m.secondary_smelt),
            &["lines[*].metal.secondarySmelt"],
        )
        .field("7501 block 24", "Country of cast", "País de colado", metal(|m| &m.cast), &["lines[*].metal.cast"])
        .field(
            "7501 block 27",
            "Importer number",
            "Número de importador",
            p.us_importer.importer_number.trim(),
            &["parties.usImporter.importerNumber"],
        )
        .field("7501 block 28", "Reference number", "Número de referencia", d.reference.trim(), &["reference"])
        .field(
            "7501 block 29",
            "Ultimate consignee",
            "Destinatario final",
            named(&p.ultimate_consignee.name, &p.ultimate_consignee.address),
            &["parties.ultimateConsignee"],
        )
        .field(
            "7501 block 30",
            "Importer of record",
            "Importador registrado",
            named(&p.us_importer.name, &p.us_importer.address),
            &["parties.usImporter"],
        )
        .build()
}

/// Charges (freight, insurance, other) prorated to each line by its dollar value.
fn prorated_charges(d: &Declaration) -> Vec<Option<Decimal>> {
    let c = &d.commercial.charges;
    let charges = c.freight_usd.unwrap_or_default() + c.insurance_usd.unwrap_or_default() + c.other_usd.unwrap_or_default();
    let total = sum_all(d.lines.iter().map(|l| l.value_usd));
    d.lines
        .iter()
        .map(|l| match (l.value_usd, total) {
            (Some(v), Some(t)) if t > Decimal::ZERO => Some(charges * v / t),
            _ => None,
        })
        .collect()
}

/// A duty as block 38 shows it (dollars and cents), or why it is not shown.
fn duty_text(duty: &Result<Decimal, NotComputed>) -> String {
    match duty {
        Ok(x) => format!("{x:.2}"),
        Err(_) => String::new(),
    }
}

fn entry_lines(d: &Declaration, duties: &UsDuties, window: std::ops::Range<usize>) -> Vec<ViewSection> {
    let chgs = prorated_charges(d);
    window
        .map(|i| {
            let l = &d.lines[i];
            let n = i as u32;
            let p = |field: &'static str| [SourcePath::Line(n, field)];
            // The special program indicator stands in the line column, right before the number
            // the rate is based on: "S" for USMCA (HTSUS General Note 11).
            let spi = if d.regime.usmca_claimed && !l.origin_criterion.trim().is_empty() { " S" } else { "" };
            // Chapter 99 numbers stack above the commodity number, which is reported last.
            let mut numbers: Vec<String> = l
                .additional_hts
                .iter()
                .map(|h| AdditionalHts::parse(h).map(|h| h.to_string()).unwrap_or_else(|_| h.trim().to_owned()))
                .collect();
            numbers.push(hts_display(&l.hts));
            let mut b = SectionBuilder::with_capacity(format!("Line {}", i + 1), format!("Línea {}", i + 1), 10)
                .field_at(
                    "7501 block 31",
                    "Line number and SPI",
                    "Número de línea e indicador de programa (SPI)",
                    format!("{:03}{spi}", i + 1),
                    [SourcePath::Line(n, ""), SourcePath::Field("regime.usmcaClaimed")],
                )
                .field_at("7501 block 32", "Description", "Descripción", l.description.trim(), p("description"))
                .field_at(
                    "7501 block 33A",
                    "HTSUS number(s)",
                    "Fracción(es) HTSUS",
                    numbers.join(" / "),
                    [SourcePath::Line(n, "additionalHts"), SourcePath::Line(n, "hts")],
                )
                .field_at("7501 block 34A", "Gross weight (kg)", "Peso bruto (kg)", whole(l.gross_kg), p("grossKg"))
                .field_at(
                    "7501 block 34B",
                    "Manifest quantity",
                    "Cantidad manifestada",
                    l.packages.map(|n| format!("{n} {}", l.package_kind.trim())).unwrap_or_default(),
                    [SourcePath::Line(n, "packages"), SourcePath::Line(n, "packageKind")],
                )
                .field_at(
                    "7501 block 35",
                    "Net quantity in HTSUS units",
                    "Cantidad neta en unidades HTSUS",
                    quantity(fixed(l.us_quantity, 0), &l.us_unit),
                    [SourcePath::Line(n, "usQuantity"), SourcePath::Line(n, "usUnit")],
                )
                .field_at("7501 block 36A", "Entered value (USD)", "Valor declarado (USD)", whole(l.value_usd), p("valueUsd"))
                .field_at(
                    "7501 block 36B",
                    "Charges (CHGS, USD)",
                    "Cargos (CHGS, USD)",
                    whole(chgs[i]),
                    [SourcePath::Field("commercial.charges"), SourcePath::Line(n, "valueUsd")],
                );
            let duty = &duties.lines[i];
            // Chapter 99 rates and duties stack above the line's own, as their numbers do in 33A.
            let mut rates: Vec<String> =
                duty.additional.iter().map(|a| if a.1.is_empty() { "—".to_owned() } else { a.1.clone() }).collect();
            rates.push(duty.rate.clone());
            let mut amounts: Vec<String> = duty.additional.iter().map(|a| duty_text(&a.2)).collect();
            amounts.push(duty_text(&duty.duty));
            let rates = if duty.rate.is_empty() { String::new() } else { rates.join(" / ") };
            let amounts = if amounts.iter().all(String::is_empty) { String::new() } else { amounts.join(" / ") };
            b = b
                .field_at(
                    "7501 block 37A",
                    "HTSUS rate",
                    "Tasa HTSUS",
                    rates,
                    [SourcePath::Line(n, "hts"), SourcePath::Line(n, "additionalHts")],
                )
                .field_at(
                    "7501 block 38",
                    "Duty (USD)",
                    "Arancel (USD)",
                    amounts,
                    [SourcePath::Line(n, "hts"), SourcePath::Line(n, "valueUsd"), SourcePath::Line(n, "usQuantity")],
                );
            let m = &l.metal;
            if !(m.melt_pour.trim().is_empty() && m.primary_smelt.trim().is_empty() && m.cast.trim().is_empty()) {
                let part =
                    |label: &str, v: &str| if v.trim().is_empty() { None } else { Some(format!("{label} {}", v.trim().to_uppercase())) };
                let text = [
                    part("melt/pour", &m.melt_pour),
                    part("smelt", &m.primary_smelt),
                    part("2nd smelt", &m.secondary_smelt),
                    part("cast", &m.cast),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ");
                b = b.field_at("7501 blocks 21–24", "Metal origin of this line", "Origen del metal de esta línea", text, p("metal"));
            }
            b.build()
        })
        .collect()
}

fn entry_totals(d: &Declaration, duties: &UsDuties) -> ViewSection {
    let mpf_label_en = if duties.mpf_of_the_year {
        format!("Other fee summary: 499 merchandise processing fee ({}%, FY{})", duties.mpf_rates.percent, duties.mpf_rates.fiscal_year)
    } else {
        format!(
            "Other fee summary: 499 merchandise processing fee (FY{} figures; the crossing's year is not in Cruce)",
            duties.mpf_rates.fiscal_year
        )
    };
    let mpf_label_es = if duties.mpf_of_the_year {
        format!(
            "Resumen de otras cuotas: 499 cuota de procesamiento de mercancía ({}%, año fiscal {})",
            duties.mpf_rates.percent, duties.mpf_rates.fiscal_year
        )
    } else {
        format!("Resumen de otras cuotas: 499 cuota de procesamiento de mercancía (cifras del año fiscal {}; el año del cruce no está en Cruce)", duties.mpf_rates.fiscal_year)
    };
    let money = |v: Option<Decimal>| v.map(|x| format!("{x:.2}")).unwrap_or_default();
    let total = duties.duty.zip(duties.mpf).map(|(a, b)| a + b);
    SectionBuilder::new("Entry summary — totals", "Resumen de entry — totales")
        .field(
            "7501 block 39",
            "Total entered value (USD)",
            "Valor declarado total (USD)",
            whole(sum_all(d.lines.iter().map(|l| l.value_usd))),
            &["lines[*].valueUsd"],
        )
        .field_at(
            "7501 other fee summary",
            mpf_label_en,
            mpf_label_es,
            money(duties.mpf),
            [SourcePath::Field("lines[*].valueUsd"), SourcePath::Field("regime.usmcaClaimed")],
        )
        .field("7501 block 41", "Duty (USD)", "Arancel (USD)", money(duties.duty), &["lines[*].hts", "lines[*].valueUsd"])
        .field(
            "7501 block 42",
            "Tax (USD; excise taxes not computed)",
            "Impuesto (USD; impuestos especiales no calculados)",
            money(Some(Decimal::ZERO)),
            &[],
        )
        .field("7501 block 43", "Other (USD)", "Otros (USD)", money(duties.mpf), &["lines[*].valueUsd"])
        .field("7501 block 44", "Total (USD)", "Total (USD)", money(total), &["lines[*].hts", "lines[*].valueUsd"])
        .build()
}
