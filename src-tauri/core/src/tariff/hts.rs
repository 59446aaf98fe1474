//! The U.S. Harmonized Tariff Schedule as the USITC publishes it: headings, subheadings, 8-digit
//! tariff lines (which carry the rates) and 10-digit statistical lines (which carry the units),
//! indented under one another. Looked up by number for the rules and by number or words for the
//! lines grid.

use std::collections::HashMap;

use serde::Serialize;
use ts_rs::TS;

use super::info::ScheduleInfo;
use super::words::{rank, words, WordIndex};
use crate::catalog::units::hts_unit_codes;

/// One row of the schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtsLine {
    /// Digits only (4, 6, 8 or 10 of them); empty for a row that only groups the ones below it
    /// ("Horses:").
    pub number: String,
    /// Depth in the schedule's outline (0 for a heading).
    pub indent: u8,
    pub description: String,
    /// The "Unit of Quantity" texts as printed ("No.", "kg"); empty when the line reports none.
    pub units: Vec<String>,
    pub general: String,
    pub special: String,
    pub column2: String,
    pub additional: String,
}

impl HtsLine {
    /// `0101.21.00.10`, as the schedule prints it.
    pub fn printed_number(&self) -> String {
        dotted(&self.number)
    }
}

/// Digits grouped as the HTS prints them: `8708`, `8708.30`, `8708.30.50`, `8708.30.50.20`.
pub fn dotted(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + 3);
    for (i, c) in digits.chars().enumerate() {
        if i >= 4 && i % 2 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// A 10-digit number against the schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Statistical<'a> {
    /// A statistical line (or an 8-digit line that has no statistical suffixes, reported with
    /// `00`): the line holding the units, and the one holding the rates (the same line, or its
    /// 8-digit parent).
    Line { units: &'a HtsLine, rates: &'a HtsLine },
    /// The 8-digit line exists, but this suffix is not one of its statistical lines.
    OtherSuffix { parent: &'a HtsLine, suffixes: Vec<&'a str> },
    /// Not in the schedule.
    Missing,
}

/// One result of a lookup, ready to show and to write into a line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TariffHit {
    /// As the declaration takes it (`8708.30.5020`, `9903.94.06`; `3901.20.01` and NICO `00`).
    pub number: String,
    /// Mexico's NICO (two digits) for a fracción; empty for the HTS.
    pub nico: String,
    /// The line's own text and, before it, the texts of the lines it sits under.
    pub description: String,
    pub context: Vec<String>,
    /// Unit codes the declaration uses (ACE codes for the HTS, c_UnidadAduana for Mexico).
    pub units: Vec<String>,
    /// The general rate of duty (HTS) or empty.
    pub rate: String,
}

/// One edition of the HTS with its lookups built.
#[derive(Debug)]
pub struct HtsSchedule {
    pub info: ScheduleInfo,
    lines: Vec<HtsLine>,
    by_number: HashMap<String, u32>,
    /// The nearest line above each line with a smaller indent (what it sits under).
    parent: Vec<Option<u32>>,
    /// Lines a declaration reports: statistical lines, and 8-digit lines with none under them.
    leaves: Vec<u32>,
    index: WordIndex,
}

impl HtsSchedule {
    /// Builds the lookups. `lines` are in the schedule's order (ascending numbers, grouping rows
    /// in between).
    pub fn new(info: ScheduleInfo, lines: Vec<HtsLine>) -> Self {
        let mut by_number = HashMap::with_capacity(lines.len());
        let mut parent = Vec::with_capacity(lines.len());
        let mut stack: Vec<u32> = Vec::new();
        for (i, l) in lines.iter().enumerate() {
            while stack.last().is_some_and(|&top| lines[top as usize].indent >= l.indent) {
                stack.pop();
            }
            parent.push(stack.last().copied());
            stack.push(i as u32);
            if !l.number.is_empty() {
                by_number.insert(l.number.clone(), i as u32);
            }
        }
        let has_statistical_child = |i: usize| {
            lines
                .get(i + 1..)
                .into_iter()
                .flatten()
                .take_while(|n| n.number.is_empty() || n.number.starts_with(&lines[i].number))
                .any(|n| n.number.len() == 10)
        };
        let leaves: Vec<u32> = (0..lines.len())
            .filter(|&i| {
                let n = lines[i].number.len();
                n == 10 || (n == 8 && !has_statistical_child(i))
            })
            .map(|i| i as u32)
            .collect();
        let mut schedule = Self { info, lines, by_number, parent, leaves, index: WordIndex::default() };
        let texts: Vec<(u32, Vec<String>)> = schedule.leaves.iter().map(|&i| (i, schedule.path_words(i))).collect();
        schedule.index = WordIndex::build(texts.into_iter());
        schedule
    }

    fn path_words(&self, i: u32) -> Vec<String> {
        let mut ws = Vec::new();
        let mut at = Some(i);
        while let Some(k) = at {
            ws.extend(words(&self.lines[k as usize].description));
            at = self.parent[k as usize];
        }
        ws
    }

    pub fn lines(&self) -> &[HtsLine] {
        &self.lines
    }

    /// The row with exactly these digits.
    pub fn line(&self, digits: &str) -> Option<&HtsLine> {
        self.by_number.get(digits).map(|&i| &self.lines[i as usize])
    }

    /// A 10-digit number (digits only) against the schedule.
    pub fn statistical(&self, digits: &str) -> Statistical<'_> {
        if digits.len() != 10 {
            return Statistical::Missing;
        }
        let eight = &digits[..8];
        if let Some(line) = self.line(digits) {
            let rates = if line.general.is_empty() && line.special.is_empty() { self.line(eight).unwrap_or(line) } else { line };
            return Statistical::Line { units: line, rates };
        }
        let Some(&p) = self.by_number.get(eight) else { return Statistical::Missing };
        let parent = &self.lines[p as usize];
        let suffixes: Vec<&str> = self.lines[p as usize + 1..]
            .iter()
            .take_while(|n| n.number.is_empty() || n.number.starts_with(eight))
            .filter(|n| n.number.len() == 10)
            .map(|n| &n.number[8..])
            .collect();
        if suffixes.is_empty() && &digits[8..] == "00" {
            return Statistical::Line { units: parent, rates: parent };
        }
        Statistical::OtherSuffix { parent, suffixes }
    }

    /// The texts of the lines `line` sits under, outermost first.
    pub fn context(&self, line: &HtsLine) -> Vec<String> {
        let Some(&i) = self.by_number.get(&line.number) else { return Vec::new() };
        let mut out = Vec::new();
        let mut at = self.parent[i as usize];
        while let Some(k) = at {
            out.push(self.lines[k as usize].description.clone());
            at = self.parent[k as usize];
        }
        out.reverse();
        out
    }

    /// Lines a declaration reports whose number starts with the digits typed (dots and spaces
    /// ignored), or whose descriptions hold every word typed; in schedule order, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<TariffHit> {
        let digits: String = query.chars().filter(|c| !matches!(c, '.' | ' ')).collect();
        let ids: Vec<u32> = if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            let start = self.leaves.partition_point(|&i| self.lines[i as usize].number.as_str() < digits.as_str());
            self.leaves[start..].iter().copied().take_while(|&i| self.lines[i as usize].number.starts_with(&digits)).take(limit).collect()
        } else {
            let mut ids = rank(self.index.query(query), query, |i| &self.lines[i as usize].description);
            ids.truncate(limit);
            ids
        };
        ids.into_iter().map(|i| self.hit(&self.lines[i as usize])).collect()
    }

    fn hit(&self, line: &HtsLine) -> TariffHit {
        let rates = match self.statistical(&line.number) {
            Statistical::Line { rates, .. } => rates,
            _ => line,
        };
        let number = if line.number.len() == 10 {
            format!("{}.{}.{}", &line.number[..4], &line.number[4..6], &line.number[6..])
        } else {
            dotted(&line.number)
        };
        TariffHit {
            number,
            nico: String::new(),
            description: line.description.clone(),
            context: self.context(line),
            units: line
                .units
                .iter()
                .map(|u| hts_unit_codes(u).and_then(|c| c.first()).map_or_else(|| u.clone(), |c| (*c).to_owned()))
                .collect(),
            rate: rates.general.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tariff::info::ScheduleKind;

    fn line(number: &str, indent: u8, description: &str, units: &[&str], general: &str) -> HtsLine {
        HtsLine {
            number: number.into(),
            indent,
            description: description.into(),
            units: units.iter().map(|u| (*u).to_owned()).collect(),
            general: general.into(),
            special: String::new(),
            column2: String::new(),
            additional: String::new(),
        }
    }

    pub(crate) fn small() -> HtsSchedule {
        let info = ScheduleInfo {
            kind: ScheduleKind::HtsUsitc,
            edition: "test".into(),
            effective_from: chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            source: "test".into(),
            lines: 8,
        };
        HtsSchedule::new(
            info,
            vec![
                line("0101", 0, "Live horses, asses, mules and hinnies:", &[], ""),
                line("", 1, "Horses:", &[], ""),
                line("01012100", 2, "Purebred breeding animals", &[], "Free"),
                line("0101210010", 3, "Males", &["No."], ""),
                line("0101210020", 3, "Females", &["No."], ""),
                line("0101300000", 1, "Asses", &["No."], "6.8%"),
                line("9101", 0, "Wrist-watches:", &[], ""),
                line("91011140", 1, "Watches with bands of textile", &[], "51¢ each + 6.25% on the case"),
            ],
        )
    }

    #[test]
    fn statistical_lines_take_their_rates_from_the_8_digit_line() {
        let s = small();
        match s.statistical("0101210010") {
            Statistical::Line { units, rates } => assert_eq!((units.number.as_str(), rates.general.as_str()), ("0101210010", "Free")),
            other => panic!("{other:?}"),
        }
        match s.statistical("0101210090") {
            Statistical::OtherSuffix { suffixes, .. } => assert_eq!(suffixes, ["10", "20"]),
            other => panic!("{other:?}"),
        }
        assert!(matches!(s.statistical("9101114000"), Statistical::Line { .. }), "an 8-digit line without suffixes is reported with 00");
        assert_eq!(s.statistical("0102210010"), Statistical::Missing);
        assert_eq!(dotted("0101210010"), "0101.21.00.10");
    }

    #[test]
    fn search_by_number_prefix_or_by_words_of_the_whole_path() {
        let s = small();
        let by_number: Vec<String> = s.search("0101.21", 10).into_iter().map(|h| h.number).collect();
        assert_eq!(by_number, ["0101.21.0010", "0101.21.0020"]);
        let hits = s.search("fem horses", 10);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].number, "0101.21.0020");
        assert_eq!(hits[0].context, ["Live horses, asses, mules and hinnies:", "Horses:", "Purebred breeding animals"]);
        assert_eq!((hits[0].units.as_slice(), hits[0].rate.as_str()), (&["NO".to_owned()][..], "Free"));
        assert_eq!(s.search("watches", 10)[0].number, "9101.11.40");
        assert!(s.search("zebra", 10).is_empty());
        assert_eq!(s.search("0101", 1).len(), 1, "at most the limit");
    }
}
