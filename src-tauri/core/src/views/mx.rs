//! The Mexican view: the pedimento as Anexo 22 lays it out — header, importer/exporter, invoices,
//! transport, seals and partidas — with amounts in the units and currency the pedimento uses
//! (pesos in whole units, dollars with 2 decimals, the rate with 5).

use rust_decimal::Decimal;

use super::format::{address, fixed, mx_date, quantity, sum_all, whole};
use super::{GovernmentView, LineWindow, SectionBuilder, SourcePath, ViewSection};
use crate::catalog::pedimento_currency_code;
use crate::declaration::{Declaration, Direction};
use crate::ids::{Fraccion, PedimentoNumber};
use crate::reference::Reference;

/// Apéndice 3: road transport.
const CARRETERO: &str = "7";

/// What SAT/ANAM sees of `d`, with the partidas in `window`.
pub fn mexican_view(d: &Declaration, r: &Reference, window: LineWindow) -> GovernmentView {
    let lines = window.range(d.lines.len());
    GovernmentView {
        title_en: "SAT/ANAM: pedimento (Anexo 22)".into(),
        title_es: "SAT/ANAM: pedimento (Anexo 22)".into(),
        head: vec![header(d, r), party(d), invoices(d), transport(d, r)],
        first_line: lines.start as u32,
        line_count: d.lines.len() as u32,
        lines: partidas(d, r, lines),
        tail: Vec::new(),
    }
}

fn alpha3(r: &Reference, alpha2: &str) -> String {
    r.country(alpha2.trim()).map(|c| c.alpha3.to_owned()).unwrap_or_else(|| alpha2.trim().to_owned())
}

fn rate(d: &Declaration) -> Option<Decimal> {
    d.commercial.exchange_rate.mxn_per_usd.filter(|r| *r > Decimal::ZERO)
}

/// Incrementables (freight, insurance, other) in pesos; they add to the customs value of imports.
fn incrementables_mxn(d: &Declaration) -> Option<Decimal> {
    let c = &d.commercial.charges;
    let usd = c.freight_usd.unwrap_or_default() + c.insurance_usd.unwrap_or_default() + c.other_usd.unwrap_or_default();
    rate(d).map(|r| usd * r)
}

/// Valor comercial of each line in pesos.
fn commercial_values(d: &Declaration) -> Vec<Option<Decimal>> {
    d.lines.iter().map(|l| Some(l.value_usd? * rate(d)?)).collect()
}

/// Valor en aduana of each line: for imports, the commercial value plus its share of the
/// incrementables (Ley Aduanera Art. 64–65); exports declare the commercial value.
fn customs_values(d: &Declaration) -> Vec<Option<Decimal>> {
    let commercial = commercial_values(d);
    if d.direction == Direction::Northbound {
        return commercial;
    }
    let total = sum_all(commercial.iter().copied());
    let extra = incrementables_mxn(d);
    commercial
        .iter()
        .map(|v| match (v, total, extra) {
            (Some(v), Some(t), Some(x)) if t > Decimal::ZERO => Some(*v + x * *v / t),
            _ => None,
        })
        .collect()
}

fn header(d: &Declaration, reference: &Reference) -> ViewSection {
    let r = &d.regime;
    let number = PedimentoNumber::parse(&r.pedimento_number).map(|p| p.printed()).unwrap_or_else(|_| r.pedimento_number.trim().to_owned());
    let operation = match d.direction {
        Direction::Northbound => "EXP",
        Direction::Southbound => "IMP",
    };
    let aduana = d.transport.aduana.trim();
    let aduana_text = reference.border_section(aduana).map(|s| format!("{aduana} {}", s.name)).unwrap_or_else(|| aduana.to_owned());
    let mp = &d.parties.mexican_party;
    SectionBuilder::new("Pedimento — header", "Pedimento — encabezado")
        .field("Anexo 22 campo 1", "Pedimento number", "Número de pedimento", number, &["regime.pedimentoNumber"])
        .field("Anexo 22 campo 2", "Type of operation", "Tipo de operación", operation, &["direction"])
        .field("Anexo 22 campo 3", "Clave de pedimento", "Clave de pedimento", r.clave_pedimento.trim(), &["regime.clavePedimento"])
        .field("Anexo 22 campo 4", "Regime", "Régimen", r.regimen.trim(), &["regime.regimen"])
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
        .field("Anexo 22 campo 8", "Aduana of entry/exit", "Aduana de entrada/salida", aduana_text, &["transport.aduana"])
        .field(
            "Anexo 22 campos 9–11",
            "Means of transport (exit / arrival / entry-exit)",
            "Medios de transporte (salida / arribo / entrada-salida)",
            format!("{CARRETERO} / {CARRETERO} / {CARRETERO}"),
            &[],
        )
        .field(
            "Anexo 22 campo 12",
            "Value in dollars",
            "Valor en dólares",
            fixed(sum_all(d.lines.iter().map(|l| l.value_usd)), 2),
            &["lines[*].valueUsd"],
        )
        .field(
            "Anexo 22 campo 13",
            "Customs value (MXN)",
            "Valor en aduana",
            whole(sum_all(customs_values(d).into_iter())),
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
        .field(
            "Anexo 22 campos 19–22",
            "Freight, insurance, other incrementables (MXN)",
            "Fletes, seguros y otros incrementables",
            [d.commercial.charges.freight_usd, d.commercial.charges.insurance_usd, d.commercial.charges.other_usd]
                .iter()
                .map(|c| whole(c.zip(rate(d)).map(|(c, r)| c * r)))
                .collect::<Vec<_>>()
                .join(" / "),
            &["commercial.charges", "commercial.exchangeRate.mxnPerUsd"],
        )
        .field(
            "Apéndice 7",
            "Customs broker patente",
            "Patente del agente aduanal",
            d.parties.mexican_broker.patente.trim(),
            &["parties.mexicanBroker.patente"],
        )
        .build()
}

fn party(d: &Declaration) -> ViewSection {
    let mp = &d.parties.mexican_party;
    let (foreign_en, foreign_es, foreign_name, foreign_addr, foreign_path) = match d.direction {
        Direction::Northbound => ("Buyer", "Comprador", &d.parties.us_importer.name, &d.parties.us_importer.address, "parties.usImporter"),
        Direction::Southbound => ("Supplier", "Proveedor", &d.parties.exporter.name, &d.parties.exporter.address, "parties.exporter"),
    };
    SectionBuilder::new("Importer / exporter and foreign party", "Importador / exportador y contraparte extranjera")
        .field("Anexo 22 encabezado", "Name", "Nombre, denominación o razón social", mp.name.trim(), &["parties.mexicanParty.name"])
        .field("Anexo 22 encabezado", "Address", "Domicilio", address(&mp.address), &["parties.mexicanParty.address"])
        .field("Anexo 22 bloque 4", foreign_en, foreign_es, format!("{}; {}", foreign_name.trim(), address(foreign_addr)), &[foreign_path])
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

fn partidas(d: &Declaration, r: &Reference, window: std::ops::Range<usize>) -> Vec<ViewSection> {
    let commercial = commercial_values(d);
    let customs = customs_values(d);
    let (method, counterpart) = match d.direction {
        Direction::Northbound => ("0", alpha3(r, &d.parties.us_importer.address.country)),
        Direction::Southbound => ("1", alpha3(r, &d.parties.exporter.address.country)),
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
            SectionBuilder::with_capacity(format!("Partida {}", i + 1), format!("Partida {}", i + 1), 13)
                .field_at("Registro 551 campo 2", "Fracción", "Fracción arancelaria", fraccion, p("fraccion"))
                .field_at("Registro 551 campo 4", "NICO (subdivision)", "Subdivisión (NICO)", l.nico.trim(), p("nico"))
                .field_at("Registro 551 campo 5", "Description", "Descripción", l.description.trim(), p("description"))
                .field_at(
                    "Registro 551 campo 6",
                    "Unit price (MXN)",
                    "Precio unitario",
                    fixed(unit_price, 5),
                    [SourcePath::Line(n, "valueUsd"), SourcePath::Line(n, "mxQuantity")],
                )
                .field_at(
                    "Registro 551 campo 7",
                    "Customs value (MXN)",
                    "Valor en aduana",
                    whole(customs[i]),
                    [SourcePath::Line(n, "valueUsd"), SourcePath::Field("commercial.exchangeRate.mxnPerUsd")],
                )
                .field_at(
                    "Registro 551 campo 8",
                    "Commercial value (MXN)",
                    "Valor comercial",
                    whole(commercial[i]),
                    [SourcePath::Line(n, "valueUsd"), SourcePath::Field("commercial.exchangeRate.mxnPerUsd")],
                )
                .field_at("Registro 551 campo 9", "Value in dollars", "Valor en dólares", fixed(l.value_usd, 2), p("valueUsd"))
                .field_at(
                    "Registro 551 campos 10–11",
                    "Quantity and commercial unit (UMC)",
                    "Cantidad y unidad comercial (UMC)",
                    quantity(fixed(l.mx_quantity, 3), &l.mx_unit),
                    [SourcePath::Line(n, "mxQuantity"), SourcePath::Line(n, "mxUnit")],
                )
                .field_at(
                    "Registro 551 campos 12–13",
                    "Quantity and tariff unit (UMT)",
                    "Cantidad y unidad de tarifa (UMT)",
                    quantity(fixed(l.mx_tariff_quantity, 5), &l.mx_tariff_unit),
                    [SourcePath::Line(n, "mxTariffQuantity"), SourcePath::Line(n, "mxTariffUnit")],
                )
                .field_at("Registro 551 campo 16", "Valuation method", "Método de valoración", method, [SourcePath::Field("direction")])
                .field_at(
                    "Registro 551 campo 20",
                    "Country of origin/destination",
                    "País de origen/destino",
                    alpha3(r, &l.country_of_origin),
                    p("countryOfOrigin"),
                )
                .field_at(
                    "Registro 551 campo 21",
                    "Country of seller/buyer",
                    "País vendedor/comprador",
                    counterpart.clone(),
                    [SourcePath::Field("parties")],
                )
                .build()
        })
        .collect()
}
