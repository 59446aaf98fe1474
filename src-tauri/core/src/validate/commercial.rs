//! Invoices and the exchange rate.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::check::{blank, code_in};
use super::{sources as src, Findings};
use crate::declaration::Declaration;
use crate::declaration::Direction;
use crate::ids::{CfdiUuid, CoveNumber};
use crate::reference::Reference;

/// Outside this range a peso-per-dollar rate is almost certainly mistyped (the FIX has stayed
/// between 9 and 26 since 2005). A warning, since the rule is a sanity check, not a law.
const PLAUSIBLE_RATE: (Decimal, Decimal) = (dec!(5), dec!(50));

pub(super) fn check(d: &Declaration, r: &Reference, f: &mut Findings) {
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
        code_in(f, &r.codes().incoterms, &inv.incoterm, &format!("{path}.incoterm"), "Incoterm", "Incoterm", true, src::INCOTERMS);
        if blank(&inv.cfdi_uuid) {
            if d.direction == Direction::Northbound {
                f.warning(
                    "cfdi.missing",
                    format!("{path}.cfdiUuid"),
                    "A Mexican export needs the CFDI with Comercio Exterior: enter its folio fiscal (UUID)",
                    "Una exportación mexicana requiere el CFDI con complemento de Comercio Exterior: capture su folio fiscal (UUID)",
                    src::CFDI,
                );
            }
        } else if let Err(e) = CfdiUuid::parse(&inv.cfdi_uuid) {
            f.id("cfdi_uuid", format!("{path}.cfdiUuid"), &e, src::CFDI);
        }
        if !blank(&inv.cove) {
            if let Err(e) = CoveNumber::parse(&inv.cove) {
                f.id("cove", format!("{path}.cove"), &e, src::COVE);
            }
        }
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
