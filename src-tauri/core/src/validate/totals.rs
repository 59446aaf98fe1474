//! Cross-checks of amounts: lines add up to invoices, and dollar values agree with the invoice
//! currency through the exchange rate.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::{sources as src, Findings};
use crate::declaration::{Declaration, Invoice};

/// Dollar values may differ from the converted invoice value by one cent plus 0.05 %: the rate has
/// 5 decimals and each side rounds to the cent.
pub const USD_TOLERANCE: (Decimal, Decimal) = (dec!(0.01), dec!(0.0005));

/// An amount as written on both sides of the border's paperwork: thousands grouped with commas and
/// at least two decimals (`124,500.00`); extra decimals the user typed are kept, not rounded away.
pub(crate) fn amount(value: Decimal) -> String {
    let mut v = value.normalize();
    if v.scale() < 2 {
        v.rescale(2);
    }
    let digits = v.abs().to_string();
    let (whole, fraction) = digits.split_once('.').unwrap_or((&digits, ""));
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if v.is_sign_negative() && !v.is_zero() { "-" } else { "" };
    format!("{sign}{grouped}.{fraction}")
}

fn within(a: Decimal, b: Decimal) -> bool {
    (a - b).abs() <= USD_TOLERANCE.0 + b.abs() * USD_TOLERANCE.1
}

pub(super) fn check(d: &Declaration, f: &mut Findings) {
    for (i, inv) in d.commercial.invoices.iter().enumerate() {
        let number = inv.number.trim();
        if number.is_empty() {
            continue;
        }
        let lines: Vec<_> = d.lines.iter().filter(|l| l.invoice_number.trim() == number).collect();
        if lines.is_empty() {
            f.error(
                "invoice.no_lines",
                format!("commercial.invoices[{i}]"),
                format!("No line belongs to invoice {number}"),
                format!("Ninguna partida pertenece a la factura {number}"),
                src::CONSISTENCY,
            );
            continue;
        }
        if let Some(total) = inv.total {
            if lines.iter().all(|l| l.value.is_some()) {
                let goods: Decimal = lines.iter().filter_map(|l| l.value).sum();
                let charges = inv.charges.total();
                let sum = goods + charges;
                if (sum - total).abs() > dec!(0.01) {
                    let currency = inv.currency.trim();
                    let (en, es) = if charges.is_zero() {
                        (
                            format!(
                                "The lines of invoice {number} add up to {} {currency}, but the invoice total is {} {currency}",
                                amount(sum),
                                amount(total)
                            ),
                            format!(
                                "Las partidas de la factura {number} suman {} {currency}, pero el total de la factura es {} {currency}",
                                amount(sum),
                                amount(total)
                            ),
                        )
                    } else {
                        (
                            format!(
                                "The lines of invoice {number} ({} {currency}) and its charges ({} {currency}) add up to {} {currency}, but the invoice total is {} {currency}",
                                amount(goods), amount(charges), amount(sum), amount(total)
                            ),
                            format!(
                                "Las partidas de la factura {number} ({} {currency}) y sus cargos ({} {currency}) suman {} {currency}, pero el total de la factura es {} {currency}",
                                amount(goods), amount(charges), amount(sum), amount(total)
                            ),
                        )
                    };
                    f.error("totals.invoice_mismatch", format!("commercial.invoices[{i}].total"), en, es, src::CONSISTENCY);
                }
            }
        }
    }

    let rate = d.commercial.exchange_rate.mxn_per_usd.filter(|r| *r > Decimal::ZERO);
    for (i, line) in d.lines.iter().enumerate() {
        let Some(inv) = d.commercial.invoices.iter().find(|inv| inv.number.trim() == line.invoice_number.trim()) else {
            continue;
        };
        let (Some(value), Some(usd)) = (line.value, line.value_usd) else { continue };
        let Some(expected) = usd_value(value, inv, rate) else { continue };
        if !within(usd, expected) {
            let (value, usd, expected) = (amount(value), amount(usd), amount(expected.round_dp(2)));
            let currency = inv.currency.trim();
            let (en, es) = if currency == "USD" {
                (
                    format!("The invoice is in dollars, so the line's dollar value must equal its value of {value} USD, but it says {usd} USD"),
                    format!("La factura está en dólares: el valor en dólares de la partida debe ser igual a su valor de {value} USD, pero dice {usd} USD"),
                )
            } else {
                (
                    format!("{value} {currency} is {expected} USD at the declared rate, but the line says {usd} USD"),
                    format!("{value} {currency} equivalen a {expected} USD al tipo declarado, pero la partida dice {usd} USD"),
                )
            };
            f.error("totals.usd_mismatch", format!("lines[{i}].valueUsd"), en, es, src::EXCHANGE_RATE);
        }
    }
}

/// The dollar value of an amount in the invoice's currency, when it can be known.
pub(crate) fn usd_value(value: Decimal, inv: &Invoice, mxn_per_usd: Option<Decimal>) -> Option<Decimal> {
    match inv.currency.trim() {
        "USD" => Some(value),
        "MXN" => mxn_per_usd.map(|r| value / r),
        _ => inv.usd_per_unit.map(|k| value * k),
    }
}

#[cfg(test)]
mod tests {
    use super::amount;
    use rust_decimal_macros::dec;

    #[test]
    fn amounts_are_grouped_by_thousands_with_at_least_two_decimals() {
        assert_eq!(amount(dec!(124500)), "124,500.00");
        assert_eq!(amount(dec!(124519.25)), "124,519.25");
        assert_eq!(amount(dec!(1234567.8)), "1,234,567.80");
        assert_eq!(amount(dec!(999.999)), "999.999");
        assert_eq!(amount(dec!(0.5)), "0.50");
        assert_eq!(amount(dec!(100.000)), "100.00");
        assert_eq!(amount(dec!(-1234.5)), "-1,234.50");
        assert_eq!(amount(dec!(-0.00)), "0.00");
    }
}
