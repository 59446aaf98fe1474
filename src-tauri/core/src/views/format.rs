//! How each government writes values.

use chrono::NaiveDate;

use crate::declaration::Address;
use rust_decimal::{Decimal, RoundingStrategy};

/// An address on one line, empty parts left out.
pub fn address(a: &Address) -> String {
    [a.street.as_str(), a.city.as_str(), a.state.as_str(), a.postal_code.as_str(), a.country.as_str()]
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// "Name; street, city, …", leaving out whichever part is empty (nothing at all when both are).
pub fn named(name: &str, a: &Address) -> String {
    let (name, place) = (name.trim(), address(a));
    match (name.is_empty(), place.is_empty()) {
        (true, true) => String::new(),
        (false, true) => name.to_owned(),
        (true, false) => place,
        (false, false) => format!("{name}; {place}"),
    }
}

/// Fixed decimals, half away from zero (the pedimento's D n,d fields).
pub fn fixed(v: Option<Decimal>, places: u32) -> String {
    v.map(|x| {
        // Rounded, then rescaled so the value carries exactly `places` decimals: its plain Display
        // then writes them all (trailing zeros included), without the formatter's precision path,
        // which cost a fifth of deriving a 1,000-line view.
        let mut rounded = x.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero);
        rounded.rescale(places);
        rounded.to_string()
    })
    .unwrap_or_default()
}

/// "quantity unit", or whichever of the two is there.
pub fn quantity(value: String, unit: &str) -> String {
    let unit = unit.trim();
    match (value.is_empty(), unit.is_empty()) {
        (_, true) => value,
        (true, false) => unit.to_owned(),
        (false, false) => {
            let mut out = value;
            out.push(' ');
            out.push_str(unit);
            out
        }
    }
}

/// Whole units: the pedimento's N12 peso amounts and the 7501's whole-dollar values.
pub fn whole(v: Option<Decimal>) -> String {
    fixed(v, 0)
}

/// CBP writes dates MM/DD/YYYY.
pub fn us_date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%m/%d/%Y").to_string()).unwrap_or_default()
}

/// The pedimento writes dates DD/MM/AAAA.
pub fn mx_date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%d/%m/%Y").to_string()).unwrap_or_default()
}

/// Sum of the present values; `None` when any is missing (a partial sum would mislead).
pub fn sum_all(values: impl Iterator<Item = Option<Decimal>>) -> Option<Decimal> {
    let mut total = Decimal::ZERO;
    for v in values {
        total += v?;
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn a_party_without_name_or_address_is_shown_empty_not_as_a_separator() {
        let a = Address { street: "1850 Main St".into(), city: "Chula Vista".into(), ..Address::default() };
        assert_eq!(named(" Pacific Polymers ", &a), "Pacific Polymers; 1850 Main St, Chula Vista");
        assert_eq!(named("", &a), "1850 Main St, Chula Vista");
        assert_eq!(named("Pacific Polymers", &Address::default()), "Pacific Polymers");
        assert_eq!(named("  ", &Address::default()), "");
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(whole(Some(dec!(10.5))), "11");
        assert_eq!(whole(Some(dec!(10.49))), "10");
        assert_eq!(fixed(Some(dec!(18.254304)), 5), "18.25430");
        assert_eq!(fixed(Some(dec!(2.5)), 3), "2.500");
        assert_eq!(fixed(None, 2), "");
        assert_eq!(fixed(Some(dec!(-0.004)), 2), "0.00", "a negative value that rounds to zero has no sign");
        assert_eq!(fixed(Some(dec!(1234567.8)), 0), "1234568");
        assert_eq!(fixed(Some(dec!(0.5)), 0), "1");
        assert_eq!(quantity("12".into(), " KG "), "12 KG");
        assert_eq!(quantity(String::new(), "KG"), "KG");
        assert_eq!(quantity("12".into(), ""), "12");
        assert_eq!(sum_all([Some(dec!(1)), None].into_iter()), None);
    }
}
