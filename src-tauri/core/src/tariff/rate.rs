//! Rates of duty as the HTS writes them: "Free", ad valorem ("6.5%", "33 1/3%"), specific
//! ("1.5¢/kg", "$1.68/pf. liter", "0.9¢ each") and compound ("30.5¢/kg + 8.5%"); and the Special
//! column's groups of a rate and the programs it is for ("Free (A+,AU,…,S,SG) 25% (KR)"). A rate
//! written in prose ("The rate applicable to the natural juice…", "… on the case") is not a
//! formula: it reads as `None`, and the duty is left to the broker.

use rust_decimal::Decimal;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum RateComponent {
    /// Percent of the value ("6.5" for 6.5 %).
    AdValorem(Decimal),
    /// Dollars per unit of quantity; `per` is the unit as the rate writes it ("kg", "pf. liter",
    /// "each").
    Specific { usd: Decimal, per: String },
}

/// A rate as a formula: the sum of its components; no component is "Free".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rate {
    pub components: Vec<RateComponent>,
}

impl Rate {
    pub fn is_free(&self) -> bool {
        self.components.is_empty()
    }
}

/// The units a specific rate may be per, as the HTS writes them.
const PER: [&str; 19] = [
    "kg",
    "liter",
    "pf. liter",
    "pf.liter",
    "doz.",
    "doz",
    "pr.",
    "pr",
    "m2",
    "m²",
    "m3",
    "t",
    "bbl",
    "gross",
    "jewel",
    "head",
    "1000",
    "thousand",
    "clean kg",
];

/// A rate cell as a formula, or `None` when it is prose, a reference or empty.
pub fn parse_rate(text: &str) -> Option<Rate> {
    let t = text.trim().trim_end_matches('.').trim();
    if t.eq_ignore_ascii_case("free") {
        return Some(Rate { components: Vec::new() });
    }
    if t.is_empty() {
        return None;
    }
    let components = t.split('+').map(component).collect::<Option<Vec<_>>>()?;
    Some(Rate { components })
}

fn number(s: &str) -> Option<Decimal> {
    let s = s.trim();
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
        return None;
    }
    s.replace(',', "").parse().ok()
}

fn component(part: &str) -> Option<RateComponent> {
    let p = part.trim();
    if let Some(percent) = p.strip_suffix('%') {
        // "33 1/3%": a whole number and a fraction.
        if let Some((whole, fraction)) = percent.trim().split_once(' ') {
            let (n, d) = fraction.split_once('/')?;
            let (n, d) = (number(n)?, number(d)?);
            if d.is_zero() {
                return None;
            }
            return Some(RateComponent::AdValorem(number(whole)? + n / d));
        }
        return number(percent).map(RateComponent::AdValorem);
    }
    let (amount, rest) = if let Some(after) = p.strip_prefix('$') {
        let end = after.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(after.len());
        (number(&after[..end])?, &after[end..])
    } else {
        let cents = p.find('¢')?;
        (number(&p[..cents])? / Decimal::ONE_HUNDRED, &p[cents + '¢'.len_utf8()..])
    };
    let rest = rest.trim();
    let per = if rest == "each" {
        "each".to_owned()
    } else {
        let unit = rest.strip_prefix('/')?.trim();
        if !PER.contains(&unit) {
            return None;
        }
        unit.to_owned()
    };
    Some(RateComponent::Specific { usd: amount, per })
}

/// The rate the Special column gives a program ("S" for USMCA), when the column gives it as a
/// formula.
pub fn special_rate(special: &str, program: &str) -> Option<Rate> {
    let mut rest = special;
    while let Some(open) = rest.find('(') {
        let close = open + rest[open..].find(')')?;
        let rate = &rest[..open];
        let programs = &rest[open + 1..close];
        if programs.split(',').any(|p| p.trim() == program) {
            return parse_rate(rate);
        }
        rest = &rest[close + 1..];
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn av(p: Decimal) -> RateComponent {
        RateComponent::AdValorem(p)
    }
    fn sp(usd: Decimal, per: &str) -> RateComponent {
        RateComponent::Specific { usd, per: per.into() }
    }

    #[test]
    fn the_rate_forms_of_the_schedule() {
        assert_eq!(parse_rate("Free").unwrap().components, []);
        assert_eq!(parse_rate("6.5%").unwrap().components, [av(dec!(6.5))]);
        assert_eq!(parse_rate("1.5¢/kg").unwrap().components, [sp(dec!(0.015), "kg")]);
        assert_eq!(parse_rate("$1.68/pf. liter").unwrap().components, [sp(dec!(1.68), "pf. liter")]);
        assert_eq!(parse_rate("0.9¢ each").unwrap().components, [sp(dec!(0.009), "each")]);
        assert_eq!(parse_rate("2.8¢/doz.").unwrap().components, [sp(dec!(0.028), "doz")], "a final period is not part of the unit");
        assert_eq!(parse_rate("30.5¢/kg + 8.5%").unwrap().components, [sp(dec!(0.305), "kg"), av(dec!(8.5))]);
        assert_eq!(parse_rate("36¢ each + 5.6% + 2¢/jewel").unwrap().components.len(), 3);
        assert_eq!(parse_rate("4.4¢/liter+31.4¢/pf. liter").unwrap().components, [sp(dec!(0.044), "liter"), sp(dec!(0.314), "pf. liter")]);
        let third = parse_rate("33 1/3%").unwrap();
        assert_eq!(third.components, [av(dec!(33) + dec!(1) / dec!(3))]);
    }

    #[test]
    fn prose_and_references_are_not_formulas() {
        for text in [
            "",
            "The rate applicable to the natural juice in heading 2009",
            "51¢ each + 6.25% on the case and strap + 5.3% on the battery",
            "0.7¢/kg on copper content + 0.7¢/kg on lead content",
            "See 9823.04.01-9823.04.54 (S+)",
            "The duty provided in the applicable subheading + 25%",
            "No change",
        ] {
            assert_eq!(parse_rate(text), None, "{text:?}");
        }
    }

    #[test]
    fn the_special_column_gives_each_program_its_rate() {
        let special = "Free (A+,AU,BH,CL,CO,D,E,IL,JO,KR,MA,OM,P,PA,PE,S,SG) 16.6% (E*)";
        assert!(special_rate(special, "S").unwrap().is_free());
        assert_eq!(special_rate(special, "E*").unwrap().components, [av(dec!(16.6))]);
        assert_eq!(special_rate(special, "JP"), None);
        assert_eq!(special_rate("Free (AU,BH, CL,CO,S, SG)1.8¢/liter(JO)", "JO").unwrap().components, [sp(dec!(0.018), "liter")]);
        assert_eq!(special_rate("See 9823.04.01-9823.04.54 (S+)", "S+"), None);
    }
}
