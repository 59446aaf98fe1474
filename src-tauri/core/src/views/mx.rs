//! The Mexican view: the pedimento as Anexo 22's instructivo de llenado numbers it — the header
//! (campos 1–33), the foreign supplier or buyer, invoices, transport, seals and partidas (campos
//! 1–15) — with amounts in the units and currency the pedimento uses (pesos in whole units,
//! dollars with 2 decimals, the rate with 5). The operation (IMP, EXP, TRA) follows the clave.

use rust_decimal::Decimal;

use super::format::{address, fixed, mx_date, quantity, sum_all, whole};
use super::{GovernmentView, LineWindow, SectionBuilder, SourcePath, ViewSection};
use crate::catalog::pedimento_currency_code;
use crate::declaration::Declaration;
use crate::duties::mx::{commercial_values, customs_values, exchange_rate as rate, incrementables_usd};
use crate::duties::{mx_liquidation, Contribution, Liquidation};
use crate::ids::{Fraccion, PedimentoNumber};
use crate::reference::Reference;
use crate::validate::flow::Flow;

/// Apéndice 3: road transport.
const CARRETERO: &str = "7";

/// What SAT/ANAM sees of `d`, with the partidas in `window`.
pub fn mexican_view(d: &Declaration, r: &Reference, window: LineWindow) -> GovernmentView {
    let lines = window.range(d.lines.len());
    let flow = Flow::of(d, r);
    let liquidation = mx_liquidation(d, r);
    GovernmentView {
        title_en: "SAT/ANAM: pedimento (Anexo 22)".into(),
        title_es: "SAT/ANAM: pedimento (Anexo 22)".into(),
        head: vec![header(d, r), party(d, flow), invoices(d), transport(d, r)],
        first_line: lines.start as u32,
        line_count: d.lines.len() as u32,
        lines: partidas(d, r, flow, &liquidation, lines),
        tail: vec![cuadro(&liquidation)],
    }
}

fn alpha3(r: &Reference, alpha2: &str) -> String {
    r.country(alpha2.trim()).map(|c| c.alpha3.to_owned()).unwrap_or_else(|| alpha2.trim().to_owned())
}

fn header(d: &Declaration, reference: &Reference) -> ViewSection {
    let r = &d.regime;
    let flow = Flow::of(d, reference);
    let number = PedimentoNumber::parse(&r.pedimento_number).map(|p| p.printed()).unwrap_or_else(|_| r.pedimento_number.trim().to_owned());
    let section = |code: &str| reference.section(code).map(|s| format!("{code} {}", s.name)).unwrap_or_else(|| code.to_owned());
    let aduana = d.transport.aduana.trim();
    let clearance = if r.clearance_aduana.trim().is_empty() { aduana } else { r.clearance_aduana.trim() };
    let mp = &d.parties.mexican_party;
    let import = flow.mx_import();
    let usd = sum_all(d.lines.iter().map(|l| l.value_usd));
    // Campo 12 is the dollar equivalent of the valor en aduana: an import adds the incrementables.
    let usd_customs = if import { usd.map(|v| v + incrementables_usd(d)) } else { usd };
    let date = d.transport.estimated_arrival.as_ref().map(|a| a.local.date());
    let (date_en, date_es) = if import { ("Entry", "Entrada") } else { ("Presentation", "Presentación") };
    let mut s = SectionBuilder::new("Pedimento — header", "Pedimento — encabezado")
        .field("Anexo 22 campo 1", "Pedimento number", "Número de pedimento", number, &["regime.pedimentoNumber"])
        .field("Anexo 22 campo 2", "Type of operation", "Tipo de operación", flow.operation.code(), &["direction", "regime.clavePedimento"])
        .field(
            "Anexo 22 campo 3",
            "Clave de pedimento",
            "Clave de pedimento",
            r.clave_pedimento.trim().to_uppercase(),
            &["regime.clavePedimento"],
        )
        .field("Anexo 22 campo 4", "Régimen", "Régimen", r.regimen.trim().to_uppercase(), &["regime.regimen"])
        .field(
            "Anexo 22 campo 6",
            "Exchange rate (MXN per USD)",
            "Tipo de cambio",
            fixed(rate(d), 5),
            &["commercial.exchangeRate.mxnPerUsd"],
        )
        .field(
            "Anexo 22 campo 7",
            "Gross weight (kg)",
            "Peso bruto (kg)",
            fixed(sum_all(d.lines.iter().map(|l| l.gross_kg)), 3),
            &["lines[*].grossKg"],
        )
        .field("Anexo 22 campo 8", "Aduana of entry/exit", "Aduana de entrada/salida", section(aduana), &["transport.aduana"])
        .field(
            "Anexo 22 campos 9–11",
            "Means of transport (entry-exit / arrival / departure)",
            "Medios de transporte (entrada-salida / arribo / salida)",
            format!("{CARRETERO} / {CARRETERO} / {CARRETERO}"),
            &[],
        )
        .field(
            "Anexo 22 campo 12",
            "Value in dollars",
            "Valor en dólares",
            fixed(usd_customs, 2),
            &["lines[*].valueUsd", "commercial.charges"],
        )
        .field(
            "Anexo 22 campo 13",
            "Customs value (MXN)",
            "Valor en aduana",
            whole(sum_all(customs_values(d, import).into_iter())),
            &["lines[*].valueUsd", "commercial.exchangeRate.mxnPerUsd", "commercial.charges"],
        )
        .field(
            "Anexo 22 campo 14",
            "Price paid / commercial value (MXN)",
            "Precio pagado / valor comercial",
            whole(sum_all(commercial_values(d).into_iter())),
            &["lines[*].valueUsd", "commercial.exchangeRate.mxnPerUsd"],
        )
        .field(
            "Anexo 22 campo 15",
            "RFC of the importer/exporter",
            "RFC del importador/exportador",
            mp.rfc.trim().to_uppercase(),
            &["parties.mexicanParty.rfc"],
        )
        .field("Anexo 22 campo 16", "CURP", "CURP", mp.curp.trim().to_uppercase(), &["parties.mexicanParty.curp"])
        .field("Anexo 22 campo 17", "Name", "Nombre, denominación o razón social", mp.name.trim(), &["parties.mexicanParty.name"])
        .field("Anexo 22 campo 18", "Address", "Domicilio", address(&mp.address), &["parties.mexicanParty.address"]);
    if import {
        let c = &d.commercial.charges;
        let mxn = |v: Option<Decimal>| whole(v.zip(rate(d)).map(|(v, r)| v * r));
        s = s
            .field(
                "Anexo 22 campo 20",
                "Insurance (MXN)",
                "Seguros",
                mxn(c.insurance_usd),
                &["commercial.charges.insuranceUsd", "commercial.exchangeRate.mxnPerUsd"],
            )
            .field(
                "Anexo 22 campo 21",
                "Freight (MXN)",
                "Fletes",
                mxn(c.freight_usd),
                &["commercial.charges.freightUsd", "commercial.exchangeRate.mxnPerUsd"],
            )
            .field(
                "Anexo 22 campo 23",
                "Other incrementables (MXN)",
                "Otros incrementables",
                mxn(c.other_usd),
                &["commercial.charges.otherUsd", "commercial.exchangeRate.mxnPerUsd"],
            );
    }
    s.field(
        "Anexo 22 campo 31",
        "Aduana-sección of clearance",
        "Sección aduanera de despacho",
        section(clearance),
        &["regime.clearanceAduana", "transport.aduana"],
    )
    .field_at(
        "Anexo 22 campo 33",
        format!("Date ({date_en})"),
        format!("Fecha ({date_es})"),
        mx_date(date),
        [SourcePath::Field("transport.estimatedArrival")],
    )
    .field(
        "Anexo 22 agente, campo 8",
        "Customs broker patente",
        "Patente del agente aduanal",
        d.parties.mexican_broker.patente.trim(),
        &["parties.mexicanBroker.patente"],
    )
    .build()
}

/// The foreign party: the supplier of an import, the buyer of an export.
fn party(d: &Declaration, flow: Flow) -> ViewSection {
    let p = &d.parties;
    let (title_en, title_es, name, addr, id, path) = if flow.mx_import() {
        ("Supplier", "Proveedor", &p.exporter.name, &p.exporter.address, &p.us_importer.importer_number, "parties.exporter")
    } else {
        ("Buyer", "Comprador", &p.us_importer.name, &p.us_importer.address, &p.us_importer.importer_number, "parties.usImporter")
    };
    SectionBuilder::new(title_en, title_es)
        .field("Anexo 22 proveedor/comprador", "Tax ID", "Identificación fiscal", id.trim(), &["parties.usImporter.importerNumber"])
        .field_at("Anexo 22 proveedor/comprador", "Name", "Nombre, denominación o razón social", name.trim(), [SourcePath::Field(path)])
        .field_at("Anexo 22 proveedor/comprador", "Address", "Domicilio", address(addr), [SourcePath::Field(path)])
        .build()
}

fn invoices(d: &Declaration) -> ViewSection {
    let mut s = SectionBuilder::new("Invoices (record 505)", "Facturas (registro 505)");
    for (i, inv) in d.commercial.invoices.iter().enumerate() {
        let usd = sum_all(d.lines.iter().filter(|l| l.invoice_number.trim() == inv.number.trim()).map(|l| l.value_usd));
        let value = format!(
            "{} · {} · {} · {} {} · USD {}",
            inv.number.trim(),
            mx_date(inv.date),
            inv.incoterm.trim(),
            pedimento_currency_code(inv.currency.trim()),
            fixed(inv.total, 2),
            fixed(usd, 2),
        );
        let acuse = if inv.cove.trim().is_empty() { inv.cfdi_uuid.trim().to_uppercase() } else { inv.cove.trim().to_uppercase() };
        s = s
            .field_at(
                "Registro 505",
                format!("Invoice {}", i + 1),
                format!("Factura {}", i + 1),
                value,
                [SourcePath::Owned(format!("commercial.invoices[{i}]"))],
            )
            .field_at(
                "Registro 505 campo 4",
                "Value acknowledgement (COVE) or CFDI",
                "Acuse de valor (COVE) o CFDI",
                acuse,
                [
                    SourcePath::Owned(format!("commercial.invoices[{i}].cove")),
                    SourcePath::Owned(format!("commercial.invoices[{i}].cfdiUuid")),
                ],
            );
    }
    s.build()
}

fn transport(d: &Declaration, r: &Reference) -> ViewSection {
    let t = &d.transport;
    SectionBuilder::new("Transport and seals", "Transporte y candados")
        .field(
            "Anexo 22 bloque 6",
            "Vehicle identification",
            "Identificación del transporte",
            format!("{} {}", t.truck.plate.trim(), t.truck.plate_country.trim()),
            &["transport.truck.plate", "transport.truck.plateCountry"],
        )
        .field(
            "Anexo 22 bloque 6",
            "Country of the vehicle",
            "País del transporte",
            alpha3(r, &t.truck.plate_country),
            &["transport.truck.plateCountry"],
        )
        .field(
            "Anexo 22 bloque 6",
            "Carrier",
            "Transportista",
            format!("{} (CAAT {})", d.parties.carrier.name.trim(), d.parties.carrier.caat.trim()),
            &["parties.carrier.name", "parties.carrier.caat"],
        )
        .field(
            "Anexo 22 bloque 9",
            "Trailers",
            "Remolques",
            t.trailers.iter().map(|x| x.number.trim().to_owned()).collect::<Vec<_>>().join(", "),
            &["transport.trailers"],
        )
        .field(
            "Anexo 22 bloque 7",
            "Seals",
            "Candados",
            t.seals.iter().map(|s| s.trim()).collect::<Vec<_>>().join(", "),
            &["transport.seals"],
        )
        .build()
}

/// A contribution on one line of the cuadro: code · rate and its type · forma de pago · amount.
fn contribution_text(c: &Contribution) -> String {
    let amount = c.amount.map(|a| a.to_string()).unwrap_or_else(|| "—".to_owned());
    let rate = if c.rate.is_empty() { "—".to_owned() } else { c.rate.clone() };
    format!("{} {} · {} (T.T. {}) · F.P. {} · {}", c.code, c.abbreviation, rate, c.rate_type, c.payment, amount)
}

/// The cuadro de liquidación (campos 34–42), or why Cruce does not compute it.
fn cuadro(l: &Liquidation) -> ViewSection {
    let mut s = SectionBuilder::new("Cuadro de liquidación", "Cuadro de liquidación");
    match l {
        Liquidation::NotComputed => {
            s = s.field(
                "Anexo 22 campos 34–42",
                "Contributions: Cruce computes them for definitive imports only; this pedimento's DTA (cuota fija), IGI and IVA follow its régimen",
                "Contribuciones: Cruce las calcula solo en importaciones definitivas; el DTA (cuota fija), el IGI y el IVA de este pedimento siguen su régimen",
                "—",
                &["regime.clavePedimento"],
            );
        }
        Liquidation::Computed { pedimento, totals, efectivo, prevalidacion, .. } => {
            for c in pedimento {
                s = s.field_at(
                    "Anexo 22 campos 34–39",
                    format!("{} (pedimento)", c.abbreviation),
                    format!("{} (pedimento)", c.abbreviation),
                    contribution_text(c),
                    [SourcePath::Field("lines[*].valueUsd")],
                );
            }
            for (code, abbr, total) in totals {
                s = s.field_at(
                    "Anexo 22 campo 39",
                    format!("Total {abbr} (code {code}, MXN)"),
                    format!("Total {abbr} (clave {code})"),
                    total.map(|t| t.to_string()).unwrap_or_else(|| "—".to_owned()),
                    [SourcePath::Field("lines[*].igiRate"), SourcePath::Field("lines[*].valueUsd")],
                );
            }
            let (en, es) = if prevalidacion.is_some() {
                ("Efectivo (MXN)", "Efectivo")
            } else {
                (
                    "Efectivo (MXN; without the prevalidación, whose amount for this year is not in Cruce)",
                    "Efectivo (sin la prevalidación, cuyo monto de este año no está en Cruce)",
                )
            };
            let cash = efectivo.or_else(|| if prevalidacion.is_none() { totals.iter().map(|t| t.2).sum() } else { None });
            s = s.field("Anexo 22 campo 40", en, es, cash.map(|t| t.to_string()).unwrap_or_else(|| "—".to_owned()), &["lines[*].igiRate"]);
        }
    }
    s.build()
}

fn partidas(d: &Declaration, r: &Reference, flow: Flow, liquidation: &Liquidation, window: std::ops::Range<usize>) -> Vec<ViewSection> {
    let import = flow.mx_import();
    let commercial = commercial_values(d);
    let customs = customs_values(d, import);
    // Campo 5, Apéndice 11: 1 = transaction value; an export declares its commercial value (0).
    let method = if import { "1" } else { "0" };
    // Campo 10: the seller's country on an import, the buyer's on an export.
    let counterpart =
        if import { alpha3(r, &d.parties.exporter.address.country) } else { alpha3(r, &d.parties.us_importer.address.country) };
    let (cp_path, cp_en, cp_es) = if import {
        ("parties.exporter.address.country", "Country of the seller", "País vendedor")
    } else {
        ("parties.usImporter.address.country", "Country of the buyer", "País comprador")
    };
    window
        .map(|i| {
            let l = &d.lines[i];
            let n = i as u32;
            let p = |field: &'static str| [SourcePath::Line(n, field)];
            let fraccion = Fraccion::parse(&l.fraccion).map(|f| f.digits().to_owned()).unwrap_or_else(|_| l.fraccion.trim().to_owned());
            let unit_price = match (commercial[i], l.mx_quantity) {
                (Some(v), Some(q)) if q > Decimal::ZERO => Some(v / q),
                _ => None,
            };
            let b = SectionBuilder::with_capacity(format!("Partida {}", i + 1), format!("Partida {}", i + 1), 14)
                .field_at("Anexo 22 partida campo 1", "Sequence", "Secuencia", (i + 1).to_string(), [SourcePath::Line(n, "")])
                .field_at("Anexo 22 partida campo 2", "Fracción", "Fracción arancelaria", fraccion, p("fraccion"))
                .field_at("Anexo 22 partida campo 3", "NICO (subdivision)", "Subdivisión (NICO)", l.nico.trim(), p("nico"))
                .field_at("Anexo 22 partida campo 5", "Valuation method", "Método de valoración", method, [SourcePath::Field("direction")])
                .field_at(
                    "Anexo 22 partida campos 6–7",
                    "Commercial unit (UMC) and quantity",
                    "Unidad y cantidad comercial (UMC)",
                    quantity(fixed(l.mx_quantity, 3), &l.mx_unit),
                    [SourcePath::Line(n, "mxQuantity"), SourcePath::Line(n, "mxUnit")],
                )
                .field_at(
                    "Anexo 22 partida campos 8–9",
                    "Tariff unit (UMT) and quantity",
                    "Unidad y cantidad de tarifa (UMT)",
                    quantity(fixed(l.mx_tariff_quantity, 5), &l.mx_tariff_unit),
                    [SourcePath::Line(n, "mxTariffQuantity"), SourcePath::Line(n, "mxTariffUnit")],
                )
                .field_at("Anexo 22 partida campo 10", cp_en, cp_es, counterpart.clone(), [SourcePath::Field(cp_path)]);
            let b = if import {
                b.field_at(
                    "Anexo 22 partida campo 11",
                    "Country of origin",
                    "País de origen",
                    alpha3(r, &l.country_of_origin),
                    p("countryOfOrigin"),
                )
            } else {
                b.field_at(
                    "Anexo 22 partida campo 11",
                    "Country of destination",
                    "País de destino",
                    counterpart.clone(),
                    [SourcePath::Field(cp_path)],
                )
            };
            let b = b.field_at("Anexo 22 partida campo 12", "Description", "Descripción", l.description.trim(), p("description"));
            let b = if import {
                b.field_at(
                    "Anexo 22 partida campo 13",
                    "Customs value (MXN)",
                    "Valor en aduana",
                    whole(customs[i]),
                    [
                        SourcePath::Line(n, "valueUsd"),
                        SourcePath::Field("commercial.exchangeRate.mxnPerUsd"),
                        SourcePath::Field("commercial.charges"),
                    ],
                )
            } else {
                b.field_at("Anexo 22 partida campo 13", "Value in dollars", "Valor en dólares", fixed(l.value_usd, 2), p("valueUsd"))
            };
            let b = b
                .field_at(
                    "Anexo 22 partida campo 14",
                    "Price paid / commercial value (MXN)",
                    "Precio pagado / valor comercial",
                    whole(commercial[i]),
                    [SourcePath::Line(n, "valueUsd"), SourcePath::Field("commercial.exchangeRate.mxnPerUsd")],
                )
                .field_at(
                    "Anexo 22 partida campo 15",
                    "Unit price (MXN)",
                    "Precio unitario",
                    fixed(unit_price, 5),
                    [SourcePath::Line(n, "valueUsd"), SourcePath::Line(n, "mxQuantity")],
                );
            let b = match liquidation {
                Liquidation::Computed { partidas, .. } => {
                    let (_, igi, iva) = &partidas[i];
                    b.field_at(
                        "Anexo 22 partida campos 21–25",
                        "IGI",
                        "IGI",
                        contribution_text(igi),
                        [SourcePath::Line(n, "igiRate"), SourcePath::Line(n, "valueUsd")],
                    )
                    .field_at(
                        "Anexo 22 partida campos 21–25",
                        "IVA",
                        "IVA",
                        contribution_text(iva),
                        [SourcePath::Line(n, "igiRate"), SourcePath::Line(n, "valueUsd")],
                    )
                }
                Liquidation::NotComputed => b,
            };
            b.build()
        })
        .collect()
}
