//! U.S. duty and fees of an entry: each line's duty from the HTS rate in force (the USMCA "S" rate
//! when the line claims it, the general rate otherwise), the chapter 99 additional duties that are
//! a plain percentage, and the merchandise processing fee (MPF), which USMCA-originating goods do
//! not pay (19 CFR 24.23(c)). Duty is computed on the entered value in whole dollars, as block 36A
//! reports it, and rounded to the cent.

use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};

use super::fees::{latest_mpf, mpf_on, MpfRates};
use crate::catalog::units::us_factor;
use crate::declaration::{Declaration, Line};
use crate::ids::{AdditionalHts, HtsNumber};
use crate::reference::Reference;
use crate::tariff::rate::{parse_rate, special_rate, Rate, RateComponent};
use crate::tariff::{HtsSchedule, Statistical};

/// Why a duty could not be worked out; the broker computes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotComputed {
    /// No HTS schedule in the database, or the number is not in it.
    NoSchedule,
    /// The rate is prose (a watch's case and battery, a metal content, "the rate applicable to…").
    RateInProse,
    /// A specific rate per a unit the line does not report.
    NoQuantity,
    /// The line has no value.
    NoValue,
}

/// One line's duty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineDuty {
    /// As block 37A shows it: "2.5%", "Free", "S Free".
    pub rate: String,
    pub duty: Result<Decimal, NotComputed>,
    /// Chapter 99 additional duties: number, rate text, duty.
    pub additional: Vec<(String, String, Result<Decimal, NotComputed>)>,
    /// The line claims USMCA ("S") and is exempt from the MPF.
    pub usmca: bool,
}

/// The entry's duties and fees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsDuties {
    pub lines: Vec<LineDuty>,
    /// Sum of every computed duty (block 41); `None` when one could not be computed.
    pub duty: Option<Decimal>,
    pub mpf: Option<Decimal>,
    /// The MPF figures used, and whether they are of the crossing's fiscal year.
    pub mpf_rates: MpfRates,
    pub mpf_of_the_year: bool,
}

pub(crate) fn cents(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

fn whole_dollars(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
}

/// The ACE unit a specific rate is per.
fn unit_of(per: &str) -> Option<&'static str> {
    Some(match per {
        "kg" => "KG",
        "clean kg" => "CYK",
        "each" | "head" => "NO",
        "liter" => "L",
        "pf. liter" | "pf.liter" => "PFL",
        "doz." | "doz" => "DOZ",
        "pr." | "pr" => "PRS",
        "m2" | "m²" => "M2",
        "m3" => "M3",
        "t" => "T",
        "bbl" => "BBL",
        "gross" => "GRS",
        "jewel" => "JWL",
        "1000" | "thousand" => "THS",
        _ => return None,
    })
}

/// The line's quantity in `unit`: its first or second quantity, converted exactly when it is in a
/// unit of the same kind.
fn quantity_in(l: &Line, unit: &str) -> Option<Decimal> {
    for (q, u) in [(l.us_quantity, l.us_unit.trim()), (l.us_quantity2, l.us_unit2.trim())] {
        let Some(q) = q else { continue };
        let u = u.to_uppercase();
        if u == unit || (unit == "NO" && u == "PCS") {
            return Some(q);
        }
        if let Some(f) = us_factor(&u, unit) {
            return Some(q * f);
        }
    }
    None
}

fn apply(rate: &Rate, value: Option<Decimal>, l: &Line) -> Result<Decimal, NotComputed> {
    let mut duty = Decimal::ZERO;
    for c in &rate.components {
        duty += match c {
            RateComponent::AdValorem(p) => value.ok_or(NotComputed::NoValue)? * p / Decimal::ONE_HUNDRED,
            RateComponent::Specific { usd, per } => *usd * unit_of(per).and_then(|u| quantity_in(l, u)).ok_or(NotComputed::NoQuantity)?,
        };
    }
    Ok(cents(duty))
}

/// "The duty provided in the applicable subheading + 25%": the added percent; `None` for a
/// provision that adds nothing ("No change") or a duty on a content value Cruce does not have.
fn additional_percent(text: &str) -> Option<Option<Decimal>> {
    let t = text.trim().trim_end_matches('.');
    if t.eq_ignore_ascii_case("free") || t.starts_with("No change") || t == "The duty provided in the applicable subheading" {
        return Some(None);
    }
    if t.contains("upon the value") || t.contains("content") {
        return None;
    }
    let at = t.rfind(['+']).map(|i| i + 1).or_else(|| t.rfind("plus").map(|i| i + 4))?;
    let p = t[at..].trim().strip_suffix('%')?.trim().parse().ok()?;
    Some(Some(p))
}

fn line_duty(s: Option<&HtsSchedule>, usmca: bool, l: &Line) -> LineDuty {
    let value = l.value_usd.map(whole_dollars);
    let claims = usmca && !l.origin_criterion.trim().is_empty();
    let Some((rates, s)) =
        s.and_then(|s| HtsNumber::parse(&l.hts).ok().map(|h| (s.statistical(h.digits()), s))).and_then(|(st, s)| match st {
            Statistical::Line { rates, .. } => Some((rates, s)),
            _ => None,
        })
    else {
        return LineDuty { rate: String::new(), duty: Err(NotComputed::NoSchedule), additional: Vec::new(), usmca: claims };
    };
    let (text, rate) = match claims.then(|| special_rate(&rates.special, "S")).flatten() {
        Some(r) => (format!("S {}", if r.is_free() { "Free".to_owned() } else { rates.special.clone() }), Some(r)),
        None => (rates.general.clone(), parse_rate(&rates.general)),
    };
    let duty = match rate {
        Some(r) => apply(&r, value, l),
        None => Err(NotComputed::RateInProse),
    };
    let additional = l
        .additional_hts
        .iter()
        .filter_map(|h| AdditionalHts::parse(h).ok())
        .map(|h| {
            let digits = h.digits();
            let line = s.line(digits).or_else(|| s.line(&digits[..8.min(digits.len())]));
            let (text, duty) = match line {
                None => (String::new(), Err(NotComputed::NoSchedule)),
                Some(x) => {
                    let text = x.general.clone();
                    let duty = match additional_percent(&text) {
                        Some(None) => Ok(Decimal::ZERO),
                        Some(Some(p)) => value.map(|v| cents(v * p / Decimal::ONE_HUNDRED)).ok_or(NotComputed::NoValue),
                        None => Err(NotComputed::RateInProse),
                    };
                    (text, duty)
                }
            };
            (h.to_string(), text, duty)
        })
        .collect();
    LineDuty { rate: text, duty, additional, usmca: claims }
}

/// The duties and fees of a northbound entry against the HTS in force on its crossing date.
pub fn us_duties(d: &Declaration, r: &Reference) -> UsDuties {
    let day: Option<NaiveDate> = d.transport.estimated_arrival.as_ref().map(|a| a.local.date());
    let s = r.schedules().hts(day);
    let lines: Vec<LineDuty> = d.lines.iter().map(|l| line_duty(s, d.regime.usmca_claimed, l)).collect();
    let mut duty = Some(Decimal::ZERO);
    for l in &lines {
        for part in std::iter::once(&l.duty).chain(l.additional.iter().map(|a| &a.2)) {
            duty = match (duty, part) {
                (Some(total), Ok(x)) => Some(total + x),
                _ => None,
            };
        }
    }
    let (rates, of_the_year) = match day.and_then(mpf_on) {
        Some(r) => (r, true),
        None => (latest_mpf(), false),
    };
    // USMCA-originating lines pay no MPF; the minimum and maximum apply to what the rest owe.
    let dutiable: Vec<Option<Decimal>> =
        d.lines.iter().zip(&lines).filter(|(_, ld)| !ld.usmca).map(|(l, _)| l.value_usd.map(whole_dollars)).collect();
    let mpf = if dutiable.is_empty() {
        Some(Decimal::ZERO)
    } else if dutiable.iter().any(Option::is_none) {
        None
    } else if matches!(d.regime.us_entry_type.trim(), "11" | "12") {
        Some(rates.informal)
    } else {
        let base: Decimal = dutiable.iter().flatten().sum();
        Some(cents(base * rates.percent / Decimal::ONE_HUNDRED).clamp(rates.minimum, rates.maximum))
    };
    UsDuties { lines, duty, mpf, mpf_rates: rates, mpf_of_the_year: of_the_year }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn chapter_99_texts_read_as_an_added_percent() {
        assert_eq!(additional_percent("The duty provided in the applicable subheading + 25%"), Some(Some(dec!(25))));
        assert_eq!(additional_percent("The duty provided in the applicable subheading plus 7.5%"), Some(Some(dec!(7.5))));
        assert_eq!(additional_percent("The duty provided in the applicable subheading"), Some(None));
        assert_eq!(additional_percent("No change"), Some(None));
        assert_eq!(
            additional_percent("The duty provided in the applicable subheading + a duty of 50% upon the value of the steel content"),
            None
        );
    }
}
