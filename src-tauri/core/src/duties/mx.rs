//! The cuadro de liquidación of a definitive import pedimento (clave of Apéndice 2's "régimen
//! definitivo", operation IMP): per partida the IGI at the rate the broker gives and the IVA; per
//! pedimento the DTA and the prevalidación. Amounts are in pesos, each contribution of each
//! partida rounded to the peso as CFF art. 20 and LFD art. 6 say (1 to 50 centavos down, 51 to 99
//! up).
//!
//! Sources: IGI — Ley Aduanera art. 64 (base: the valor en aduana) and the LIGIE rate; DTA — LFD
//! art. 49 fr. I, 8 al millar of the valor en aduana; IVA — LIVA art. 27, 16 % of the valor en
//! aduana plus the IGI and the other contributions paid on import (the DTA); prevalidación — Ley
//! Aduanera art. 16-A. Other operations (temporary, IMMEX, exports, transits) pay a DTA cuota fija
//! and their own IGI and IVA treatment, which Cruce does not compute.

use rust_decimal::{Decimal, RoundingStrategy};
use rust_decimal_macros::dec;

use super::fees::{prevalidacion, Prevalidacion};
use crate::catalog::ClaveGroup;
use crate::declaration::Declaration;
use crate::reference::Reference;
use crate::validate::flow::Flow;

/// LFD art. 49 fr. I.
pub const DTA_PER_MIL: Decimal = dec!(8);
/// LIVA art. 1.
pub const IVA_PERCENT: Decimal = dec!(16);

/// To the peso: x.01–x.50 down, x.51–x.99 up (CFF art. 20; LFD art. 6).
pub fn to_peso(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(0, RoundingStrategy::MidpointTowardZero)
}

/// One contribution as the cuadro lists it (Anexo 22 Apéndices 12, 18 and 13).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contribution {
    /// Apéndice 12: 1 DTA, 3 IVA, 6 IGI, 15 PRV, 23 IVA/PRV.
    pub code: &'static str,
    pub abbreviation: &'static str,
    /// Apéndice 18: 1 porcentual, 4 cuota fija, 7 al millar.
    pub rate_type: &'static str,
    pub rate: String,
    /// Apéndice 13: 0 efectivo.
    pub payment: &'static str,
    /// `None` when the rate is not known (the broker has not given the IGI rate).
    pub amount: Option<Decimal>,
}

/// The cuadro de liquidación of a pedimento, when Cruce computes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Liquidation {
    Computed {
        /// Per partida: its valor en aduana (pesos), IGI and IVA.
        partidas: Vec<(Decimal, Contribution, Contribution)>,
        /// Pedimento-level contributions: DTA, then PRV and IVA/PRV when the year's amounts are
        /// known.
        pedimento: Vec<Contribution>,
        /// Every contribution by code with its total, in the cuadro's order.
        totals: Vec<(&'static str, &'static str, Option<Decimal>)>,
        /// Total cash (campo 40), `None` while a contribution is unknown.
        efectivo: Option<Decimal>,
        /// The prevalidación of the crossing's year, if Cruce has it.
        prevalidacion: Option<Prevalidacion>,
    },
    /// Not a definitive import: what the pedimento pays depends on its régimen.
    NotComputed,
}

/// The pedimento's exchange rate (pesos per dollar), when it is usable.
pub(crate) fn exchange_rate(d: &Declaration) -> Option<Decimal> {
    d.commercial.exchange_rate.mxn_per_usd.filter(|r| *r > Decimal::ZERO)
}

/// Incrementables (freight, insurance, other) in dollars; they add to the customs value of imports.
pub(crate) fn incrementables_usd(d: &Declaration) -> Decimal {
    let c = &d.commercial.charges;
    c.freight_usd.unwrap_or_default() + c.insurance_usd.unwrap_or_default() + c.other_usd.unwrap_or_default()
}

/// Valor comercial of each line in pesos.
pub(crate) fn commercial_values(d: &Declaration) -> Vec<Option<Decimal>> {
    let rate = exchange_rate(d);
    d.lines.iter().map(|l| Some(l.value_usd? * rate?)).collect()
}

/// Valor en aduana of each line in pesos: the commercial value plus, on an import, its share of
/// the incrementables (Ley Aduanera arts. 64–65), at the pedimento's exchange rate.
pub(crate) fn customs_values(d: &Declaration, import: bool) -> Vec<Option<Decimal>> {
    let commercial = commercial_values(d);
    if !import {
        return commercial;
    }
    let extra = exchange_rate(d).map(|r| incrementables_usd(d) * r);
    let total: Option<Decimal> = commercial.iter().copied().sum();
    commercial
        .iter()
        .map(|v| match (v, total, extra) {
            (Some(v), Some(t), Some(x)) if t > Decimal::ZERO => Some(*v + x * *v / t),
            _ => None,
        })
        .collect()
}

fn contribution(
    code: &'static str,
    abbreviation: &'static str,
    rate_type: &'static str,
    rate: String,
    amount: Option<Decimal>,
) -> Contribution {
    Contribution { code, abbreviation, rate_type, rate, payment: "0", amount }
}

/// The cuadro de liquidación of `d`'s pedimento.
pub fn mx_liquidation(d: &Declaration, r: &Reference) -> Liquidation {
    let flow = Flow::of(d, r);
    let definitive = r.clave_pedimento(d.regime.clave_pedimento.trim()).is_some_and(|c| c.group == ClaveGroup::Definitive);
    if !flow.mx_import() || !definitive {
        return Liquidation::NotComputed;
    }
    let values: Vec<Option<Decimal>> = customs_values(d, true).into_iter().map(|v| v.map(to_peso)).collect();
    let total_va: Option<Decimal> = values.iter().copied().sum();
    let dta = total_va.map(|va| to_peso(va * DTA_PER_MIL / dec!(1000)));
    let mut partidas = Vec::new();
    for (l, va) in d.lines.iter().zip(&values) {
        let va_or_zero = va.unwrap_or_default();
        let igi = match (va, l.igi_rate) {
            (Some(va), Some(rate)) => Some(to_peso(*va * rate / Decimal::ONE_HUNDRED)),
            _ => None,
        };
        // The DTA is the pedimento's; each partida's IVA base takes its share by value.
        let dta_share = match (dta, total_va) {
            (Some(dta), Some(t)) if t > Decimal::ZERO => Some(dta * va_or_zero / t),
            _ => None,
        };
        let iva = match (va, igi, dta_share) {
            (Some(va), Some(igi), Some(share)) => Some(to_peso((*va + igi + share) * IVA_PERCENT / Decimal::ONE_HUNDRED)),
            _ => None,
        };
        let igi_rate = l.igi_rate.map(|x| format!("{}", x.normalize())).unwrap_or_default();
        partidas.push((
            va_or_zero,
            contribution("6", "IGI", "1", igi_rate, igi),
            contribution("3", "IVA", "1", IVA_PERCENT.to_string(), iva),
        ));
    }
    let year = d.transport.estimated_arrival.as_ref().map(|a| chrono::Datelike::year(&a.local.date()));
    let prv = year.and_then(prevalidacion);
    let mut pedimento = vec![contribution("1", "DTA", "7", DTA_PER_MIL.to_string(), dta)];
    if let Some(p) = prv {
        pedimento.push(contribution("15", "PRV", "4", p.prv.to_string(), Some(p.prv)));
        pedimento.push(contribution("23", "IVA/PRV", "4", p.iva.to_string(), Some(p.iva)));
    }
    let sum = |pick: fn(&(Decimal, Contribution, Contribution)) -> Option<Decimal>| -> Option<Decimal> { partidas.iter().map(pick).sum() };
    let igi = sum(|p| p.1.amount);
    let iva = sum(|p| p.2.amount);
    let mut totals = vec![("1", "DTA", dta), ("6", "IGI", igi), ("3", "IVA", iva)];
    if let Some(p) = prv {
        totals.push(("15", "PRV", Some(p.prv)));
        totals.push(("23", "IVA/PRV", Some(p.iva)));
    }
    let efectivo = if prv.is_some() { totals.iter().map(|t| t.2).sum() } else { None };
    Liquidation::Computed { partidas, pedimento, totals, efectivo, prevalidacion: prv }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pesos_round_half_down() {
        assert_eq!(to_peso(dec!(3856.64)), dec!(3857));
        assert_eq!(to_peso(dec!(85463.20)), dec!(85463));
        assert_eq!(to_peso(dec!(100.50)), dec!(100), "50 centavos go down");
        assert_eq!(to_peso(dec!(100.51)), dec!(101));
    }
}
