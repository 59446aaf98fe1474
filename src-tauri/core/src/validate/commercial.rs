//! Invoices and the exchange rate.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::check::{blank, code_in};
use super::flow::Flow;
use super::{sources as src, Findings};
use crate::catalog::{ClaveGroup, Operation};
use crate::declaration::{Declaration, Invoice};
use crate::ids::{CfdiUuid, CoveNumber};
use crate::reference::Reference;

/// Outside this range a peso-per-dollar rate is almost certainly mistyped (the FIX has stayed
/// between 9 and 26 since 2005). A warning, since the rule is a sanity check, not a law.
const PLAUSIBLE_RATE: (Decimal, Decimal) = (dec!(5), dec!(50));

pub(super) fn check(d: &Declaration, r: &Reference, flow: Flow, f: &mut Findings) {
    let c = &d.commercial;
    if c.invoices.is_empty() {
        f.missing("commercial.invoices", "at least one invoice", "al menos una factura", src::FORM_7501);
    }
    for (i, inv) in c.invoices.iter().enumerate() {
        let path = format!("commercial.invoices[{i}]");
        if blank(&inv.number) {
            f.missing(format!("{path}.number"), "the invoice number", "el número de factura", src::FORM_7501);
        }
        if c.invoices.iter().take(i).any(|o| o.number.trim() == inv.number.trim() && !blank(&inv.number)) {
            f.error(
                "invoice.duplicate",
                format!("{path}.number"),
                format!("Invoice {} is listed twice", inv.number.trim()),
                format!("La factura {} aparece dos veces", inv.number.trim()),
                src::CONSISTENCY,
            );
        }
        if inv.date.is_none() {
            f.missing(format!("{path}.date"), "the invoice date", "la fecha de la factura", src::FORM_7501);
        }
        let currency = inv.currency.trim();
        if currency.is_empty() {
            f.missing(format!("{path}.currency"), "the invoice currency", "la moneda de la factura", src::CURRENCIES);
        } else if currency == "MXP" {
            f.error(
                "currency.mxp",
                format!("{path}.currency"),
                "Write the peso as MXN; Cruce writes MXP on the pedimento itself",
                "Escriba el peso como MXN; Cruce escribe MXP en el pedimento",
                src::CURRENCIES,
            );
        } else if r.currency(currency).is_none() {
            f.error(
                "currency.unknown",
                format!("{path}.currency"),
                format!("{currency:?} is not an ISO 4217 currency"),
                format!("{currency:?} no es una moneda ISO 4217"),
                src::CURRENCIES,
            );
        } else if !matches!(currency, "USD" | "MXN") && inv.usd_per_unit.is_none() {
            f.missing(
                format!("{path}.usdPerUnit"),
                format!("the USD equivalence of {currency}").as_str(),
                format!("la equivalencia en USD de {currency}").as_str(),
                src::EXCHANGE_RATE,
            );
        }
        code_in(f, &r.codes().incoterms, &inv.incoterm, &format!("{path}.incoterm"), "the Incoterm", "el Incoterm", true, src::INCOTERMS);
        value_document(d, r, flow, inv, &path, f);
        if !blank(&inv.cfdi_uuid) {
            if let Err(e) = CfdiUuid::parse(&inv.cfdi_uuid) {
                f.id("cfdi_uuid", format!("{path}.cfdiUuid"), &e, src::CFDI);
            }
        }
        if !blank(&inv.cove) {
            if let Err(e) = CoveNumber::parse(&inv.cove) {
                f.id("cove", format!("{path}.cove"), &e, src::COVE);
            }
        }
        for (field, v) in [("freight", inv.charges.freight), ("insurance", inv.charges.insurance), ("other", inv.charges.other)] {
            if v.is_some_and(|x| x < Decimal::ZERO) {
                f.error(
                    "amount.negative",
                    format!("{path}.charges.{field}"),
                    "A charge on the invoice cannot be negative",
                    "Un cargo de la factura no puede ser negativo",
                    src::CONSISTENCY,
                );
            }
        }
    }
    if flow.mx_import() {
        incrementables(d, f);
    }

    let rate = &c.exchange_rate;
    match rate.mxn_per_usd {
        None => f.missing(
            "commercial.exchangeRate.mxnPerUsd",
            "the exchange rate (MXN per USD)",
            "el tipo de cambio (MXN por USD)",
            src::EXCHANGE_RATE,
        ),
        Some(r) if r <= Decimal::ZERO => f.error(
            "exchange_rate.not_positive",
            "commercial.exchangeRate.mxnPerUsd",
            "The exchange rate must be greater than zero",
            "El tipo de cambio debe ser mayor que cero",
            src::EXCHANGE_RATE,
        ),
        Some(r) => {
            if r.normalize().scale() > 5 {
                f.error(
                    "exchange_rate.too_precise",
                    "commercial.exchangeRate.mxnPerUsd",
                    "The pedimento carries the exchange rate with at most 5 decimals",
                    "El pedimento lleva el tipo de cambio con 5 decimales como máximo",
                    src::EXCHANGE_RATE,
                );
            }
            if r < PLAUSIBLE_RATE.0 || r > PLAUSIBLE_RATE.1 {
                f.warning(
                    "exchange_rate.implausible",
                    "commercial.exchangeRate.mxnPerUsd",
                    format!("{r} pesos per dollar is far from any published FIX rate: check for a typo or an inverted rate"),
                    format!("{r} pesos por dólar está lejos de cualquier tipo FIX publicado: revise si hay un error o si está invertido"),
                    src::EXCHANGE_RATE,
                );
            }
        }
    }
    if rate.date.is_none() {
        f.missing("commercial.exchangeRate.date", "the date of the exchange rate", "la fecha del tipo de cambio", src::EXCHANGE_RATE);
    }
}

/// The pedimento declares the value document of each invoice (Ley Aduanera art. 59-A; RGCE
/// 1.9.18): the COVE, or on a definitive export documented by a CFDI with Comercio Exterior, the
/// CFDI's folio fiscal (RGCE 3.1.35). Claves that move goods across (definitive, temporary, IMMEX)
/// cannot be filed without it; for the others it is a reminder.
fn value_document(d: &Declaration, r: &Reference, flow: Flow, inv: &Invoice, path: &str, f: &mut Findings) {
    if !blank(&inv.cove) || flow.operation == Operation::Transit {
        return;
    }
    let crossing = r
        .clave_pedimento(d.regime.clave_pedimento.trim())
        .is_some_and(|c| matches!(c.group, ClaveGroup::Definitive | ClaveGroup::Temporary | ClaveGroup::Immex));
    if flow.mx_export() {
        if !blank(&inv.cfdi_uuid) {
            return;
        }
        let (en, es) = (
            "A Mexican export declares the invoice's value document: the folio fiscal (UUID) of the CFDI with Comercio Exterior, or a COVE",
            "Una exportación mexicana declara el documento de valor de la factura: el folio fiscal (UUID) del CFDI con complemento de Comercio Exterior, o un COVE",
        );
        if crossing {
            f.error("value_document.missing", format!("{path}.cfdiUuid"), en, es, src::VALUE_DOCUMENT);
        } else {
            f.warning("value_document.missing", format!("{path}.cfdiUuid"), en, es, src::VALUE_DOCUMENT);
        }
    } else {
        let (en, es) = (
            "A Mexican import declares the COVE (acuse de valor) of each invoice: enter it",
            "Una importación mexicana declara el COVE (acuse de valor) de cada factura: captúrelo",
        );
        if crossing {
            f.error("value_document.missing", format!("{path}.cove"), en, es, src::VALUE_DOCUMENT);
        } else {
            f.warning("value_document.missing", format!("{path}.cove"), en, es, src::VALUE_DOCUMENT);
        }
    }
}

/// Terms under which the seller pays the carriage to the named place (Incoterms 2020 C and D
/// terms): the price already includes the freight, so it is not added again.
const SELLER_PAYS_CARRIAGE: [&str; 7] = ["CPT", "CIP", "CFR", "CIF", "DAP", "DPU", "DDP"];

/// The Mexican valor en aduana adds freight, insurance and handling up to the border when the
/// buyer pays them apart from the price (Ley Aduanera art. 65 I d): an EXW purchase with no freight
/// declared, or freight declared on top of a price that already includes it, is worth a look.
fn incrementables(d: &Declaration, f: &mut Findings) {
    let c = &d.commercial.charges;
    let declared = [c.freight_usd, c.insurance_usd, c.other_usd].iter().flatten().any(|v| *v > Decimal::ZERO);
    let terms: Vec<&str> = d.commercial.invoices.iter().map(|i| i.incoterm.trim()).filter(|t| !t.is_empty()).collect();
    if terms.is_empty() {
        return;
    }
    if declared && terms.iter().all(|t| SELLER_PAYS_CARRIAGE.contains(t)) {
        f.warning(
            "charges.in_price",
            "commercial.charges",
            format!("Under {} the seller pays the carriage: freight and insurance already in the price are not added again to the valor en aduana", terms[0]),
            format!("En {} el vendedor paga el transporte: el flete y el seguro incluidos en el precio no se vuelven a sumar al valor en aduana", terms[0]),
            src::INCREMENTABLES,
        );
    }
    let invoice_freight = d.commercial.invoices.iter().any(|i| i.charges.freight.is_some_and(|v| v > Decimal::ZERO));
    if !declared && !invoice_freight && terms.iter().all(|t| *t == "EXW") {
        f.warning(
            "charges.freight_expected",
            "commercial.charges.freightUsd",
            "Under EXW the buyer pays the carriage: the freight and insurance up to the border are added to the valor en aduana; enter them",
            "En EXW el comprador paga el transporte: el flete y el seguro hasta la frontera se suman al valor en aduana; captúrelos",
            src::INCREMENTABLES,
        );
    }
}
