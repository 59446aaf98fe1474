//! Mexico's fracciones arancelarias with their NICO, as SAT publishes them for the pedimento and
//! the CFDI with Comercio Exterior (c_FraccionArancelaria): the 10-digit code (fracción + NICO),
//! the NICO's text, the unit of the tariff (UMT, c_UnidadAduana) and the days it is in force.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::hts::TariffHit;
use super::info::ScheduleInfo;
use super::words::{rank, words, WordIndex};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FraccionLine {
    /// Fracción (8 digits) and NICO (2 digits).
    pub code: String,
    pub text: String,
    pub valid_from: NaiveDate,
    /// The last day it applies; `None` while in force.
    pub valid_to: Option<NaiveDate>,
    /// UMT, two digits (`01` kilo, `06` pieza).
    pub unit: String,
}

impl FraccionLine {
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        self.valid_from <= date && self.valid_to.is_none_or(|to| date <= to)
    }
}

/// One version of the catalog with its lookups built.
#[derive(Debug)]
pub struct FraccionCatalog {
    pub info: ScheduleInfo,
    lines: Vec<FraccionLine>,
    by_code: HashMap<String, u32>,
    index: WordIndex,
}

impl FraccionCatalog {
    /// `lines` sorted by code.
    pub fn new(info: ScheduleInfo, mut lines: Vec<FraccionLine>) -> Self {
        lines.sort_by(|a, b| a.code.cmp(&b.code));
        let by_code = lines.iter().enumerate().map(|(i, l)| (l.code.clone(), i as u32)).collect();
        let index = WordIndex::build(lines.iter().enumerate().map(|(i, l)| (i as u32, words(&l.text))));
        Self { info, lines, by_code, index }
    }

    pub fn lines(&self) -> &[FraccionLine] {
        &self.lines
    }

    /// The line of a fracción (8 digits) and NICO (2 digits).
    pub fn get(&self, fraccion: &str, nico: &str) -> Option<&FraccionLine> {
        let mut key = [0u8; 10];
        if fraccion.len() != 8 || nico.len() != 2 {
            return None;
        }
        key[..8].copy_from_slice(fraccion.as_bytes());
        key[8..].copy_from_slice(nico.as_bytes());
        let key = std::str::from_utf8(&key).ok()?;
        self.by_code.get(key).map(|&i| &self.lines[i as usize])
    }

    /// The NICOs of a fracción in force on `date`.
    pub fn nicos(&self, fraccion: &str, date: NaiveDate) -> Vec<&FraccionLine> {
        let start = self.lines.partition_point(|l| l.code.as_str() < fraccion);
        self.lines[start..].iter().take_while(|l| l.code.starts_with(fraccion)).filter(|l| l.in_force_on(date)).collect()
    }

    /// Lines in force on `date` whose code starts with the digits typed, or whose text holds every
    /// word typed; in code order, at most `limit`.
    pub fn search(&self, query: &str, date: NaiveDate, limit: usize) -> Vec<TariffHit> {
        let digits: String = query.chars().filter(|c| !matches!(c, '.' | ' ')).collect();
        let ids: Vec<usize> = if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            let start = self.lines.partition_point(|l| l.code.as_str() < digits.as_str());
            (start..self.lines.len()).take_while(|&i| self.lines[i].code.starts_with(&digits)).collect()
        } else {
            rank(self.index.query(query), query, |i| &self.lines[i as usize].text).into_iter().map(|i| i as usize).collect()
        };
        ids.into_iter()
            .map(|i| &self.lines[i])
            .filter(|l| l.in_force_on(date))
            .take(limit)
            .map(|l| TariffHit {
                number: format!("{}.{}.{}", &l.code[..4], &l.code[4..6], &l.code[6..8]),
                nico: l.code[8..].to_owned(),
                description: l.text.clone(),
                context: Vec::new(),
                units: vec![l.unit.clone()],
                rate: String::new(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tariff::info::ScheduleKind;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn catalog() -> FraccionCatalog {
        let l = |code: &str, text: &str, from: NaiveDate, to: Option<NaiveDate>, unit: &str| FraccionLine {
            code: code.into(),
            text: text.into(),
            valid_from: from,
            valid_to: to,
            unit: unit.into(),
        };
        let info = ScheduleInfo {
            kind: ScheduleKind::SatFracciones,
            edition: "test".into(),
            effective_from: d(2024, 1, 18),
            source: "t".into(),
            lines: 4,
        };
        FraccionCatalog::new(
            info,
            vec![
                l("0901219900", "Los demás", d(2024, 1, 18), Some(d(2024, 3, 22)), "01"),
                l("0901219901", "Café tostado en grano, descafeinado", d(2024, 3, 22), None, "01"),
                l("0901219999", "Los demás", d(2024, 3, 22), None, "01"),
                l("8708309999", "Las demás partes de frenos", d(2024, 1, 18), None, "06"),
            ],
        )
    }

    #[test]
    fn a_nico_is_in_force_between_its_dates() {
        let c = catalog();
        assert!(c.get("09012199", "00").unwrap().in_force_on(d(2024, 3, 22)), "the last day counts");
        assert!(!c.get("09012199", "00").unwrap().in_force_on(d(2024, 3, 23)));
        let nicos: Vec<&str> = c.nicos("09012199", d(2026, 1, 1)).iter().map(|l| &l.code[8..]).collect();
        assert_eq!(nicos, ["01", "99"]);
    }

    #[test]
    fn search_by_code_or_spanish_words_without_accents() {
        let c = catalog();
        let hits = c.search("cafe descaf", d(2026, 1, 1), 10);
        assert_eq!((hits[0].number.as_str(), hits[0].nico.as_str()), ("0901.21.99", "01"));
        assert_eq!(c.search("0901.21", d(2026, 1, 1), 10).len(), 2, "the ended NICO is not offered");
        assert_eq!(c.search("frenos", d(2026, 1, 1), 10)[0].units, ["06"]);
    }
}
