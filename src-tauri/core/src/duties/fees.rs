//! Fees and charges set by date, as data with their sources: the U.S. merchandise processing fee
//! and Mexico's prevalidación. A date the table does not cover has no figure: Cruce says so rather
//! than guess.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// The formal-entry MPF (class 499) of one U.S. fiscal year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MpfRates {
    /// Percent of the entered value.
    pub percent: Decimal,
    pub minimum: Decimal,
    pub maximum: Decimal,
    /// The informal-entry fee (class 311), automated, not prepared by CBP.
    pub informal: Decimal,
    pub fiscal_year: u16,
    pub source: &'static str,
}

const MPF: &[(NaiveDate, NaiveDate, MpfRates)] = &[(
    date(2025, 10, 1),
    date(2026, 9, 30),
    MpfRates {
        percent: dec!(0.3464),
        minimum: dec!(33.58),
        maximum: dec!(651.50),
        informal: dec!(2.69),
        fiscal_year: 2026,
        source: "19 CFR 24.23(b); CBP Dec. 25-10, 90 FR 34665 (FY2026 MPF)",
    },
)];

const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(d) => d,
        None => panic!("a valid table date"),
    }
}

/// The MPF rates in force on `day`; `None` outside the years Cruce has (the fee changes every
/// October 1).
pub fn mpf_on(day: NaiveDate) -> Option<MpfRates> {
    MPF.iter().find(|(from, to, _)| *from <= day && day <= *to).map(|(_, _, r)| *r)
}

/// The newest MPF year Cruce has, for a crossing after it (shown as such).
pub fn latest_mpf() -> MpfRates {
    MPF.last().expect("the table has a year").2
}

/// Mexico's prevalidación (Ley Aduanera art. 16-A) and its IVA, per pedimento, by year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prevalidacion {
    pub year: i32,
    pub prv: Decimal,
    pub iva: Decimal,
    pub source: &'static str,
}

const PRV: &[Prevalidacion] = &[Prevalidacion {
    year: 2025,
    prv: dec!(290),
    iva: dec!(46),
    source: "Ley Aduanera art. 16-A; SAT's 2025 contraprestación (290 + IVA 46)",
}];

/// The prevalidación of `year`, when Cruce has it.
pub fn prevalidacion(year: i32) -> Option<Prevalidacion> {
    PRV.iter().find(|p| p.year == year).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fiscal_year_decides_the_mpf() {
        assert_eq!(mpf_on(date(2025, 10, 1)).map(|r| r.fiscal_year), Some(2026));
        assert_eq!(mpf_on(date(2026, 9, 30)).map(|r| r.maximum), Some(dec!(651.50)));
        assert_eq!(mpf_on(date(2026, 10, 1)), None, "FY2027 is not in Cruce");
        assert_eq!(prevalidacion(2025).map(|p| p.prv + p.iva), Some(dec!(336)));
        assert_eq!(prevalidacion(2026), None);
    }
}
