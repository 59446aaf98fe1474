//! Dates in order: invoices and the exchange rate before the crossing; a USMCA blanket period that
//! covers it.

use super::{sources as src, Findings};
use crate::declaration::Declaration;

/// Banxico publishes the FIX every banking day; even across the longest holiday runs (Semana
/// Santa, year end) the rate in force is less than a week old.
const STALE_RATE_DAYS: i64 = 7;

pub(super) fn check(d: &Declaration, f: &mut Findings) {
    let Some(arrival) = d.transport.estimated_arrival.as_ref().map(|a| a.local.date()) else {
        return;
    };
    for (i, inv) in d.commercial.invoices.iter().enumerate() {
        if let Some(date) = inv.date {
            if date > arrival {
                f.error(
                    "dates.invoice_after_arrival",
                    format!("commercial.invoices[{i}].date"),
                    format!("The invoice is dated {date}, after the truck's arrival on {arrival}"),
                    format!("La factura tiene fecha {date}, posterior a la llegada del camión el {arrival}"),
                    src::CONSISTENCY,
                );
            }
        }
    }
    if let Some(date) = d.commercial.exchange_rate.date {
        let age = (arrival - date).num_days();
        if age > STALE_RATE_DAYS {
            f.warning(
                "dates.rate_stale",
                "commercial.exchangeRate.date",
                format!("The exchange rate is from {date}, {age} days before the crossing on {arrival}: the pedimento takes the rate published for the day of entry (or of presentation, for an export); update it"),
                format!("El tipo de cambio es del {date}, {age} días antes del cruce del {arrival}: el pedimento toma el tipo publicado para el día de entrada (o de presentación, en una exportación); actualícelo"),
                src::EXCHANGE_RATE,
            );
        }
        if date > arrival {
            f.warning(
                "dates.rate_after_arrival",
                "commercial.exchangeRate.date",
                format!(
                    "The exchange rate is from {date}, after the crossing on {arrival}; the rate in force on the crossing date applies"
                ),
                format!("El tipo de cambio es del {date}, posterior al cruce del {arrival}; aplica el vigente en la fecha del cruce"),
                src::EXCHANGE_RATE,
            );
        }
    }
    if let Some(c) = d.usmca.as_ref().filter(|_| d.regime.usmca_claimed) {
        if let (Some(from), Some(to)) = (c.blanket_from, c.blanket_to) {
            if !(from..=to).contains(&arrival) {
                f.error(
                    "dates.outside_blanket",
                    "usmca.blanketFrom",
                    format!("The crossing on {arrival} is outside the blanket period {from} – {to}"),
                    format!("El cruce del {arrival} está fuera del periodo general {from} – {to}"),
                    src::USMCA,
                );
            }
        }
        if let Some(signed) = c.signed_on {
            if signed > arrival && c.blanket_from.is_none() {
                f.warning(
                    "dates.certified_after_arrival",
                    "usmca.signedOn",
                    "The certification is dated after the crossing; the importer must hold it when the claim is made",
                    "La certificación tiene fecha posterior al cruce; el importador debe tenerla al solicitar el trato preferencial",
                    src::USMCA,
                );
            }
        }
    }
}
