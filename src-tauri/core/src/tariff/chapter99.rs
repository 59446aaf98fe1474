//! Chapter 99 provisions that apply to goods entering the United States from Mexico by the goods'
//! HTS heading, the crossing date and the USMCA claim: a rule as data, each row naming its
//! source. A line whose goods such a provision covers, filed without any of its numbers, gets a
//! warning (coverage is decided by the provision's annex, product by product, which the HTS file
//! does not carry; a heading is a strong sign, not proof).
//!
//! Dates are the first and last day of entry the provision applies to. Numbers and dates come
//! from the HTS 2026 Revision 3 chapter 99 texts and the proclamations and CBP messages named; the
//! 2026 restructuring of the metals provisions (9903.82, from 2026-06-08, Proclamation 11032) is
//! named without numbers, which Cruce could not verify.

use chrono::NaiveDate;

/// One provision and the goods it covers.
#[derive(Debug, Clone, Copy)]
pub struct Provision {
    /// What it is, in both languages.
    pub en: &'static str,
    pub es: &'static str,
    /// HTS prefixes (digits) of the goods it covers.
    pub goods: &'static [&'static str],
    /// Countries of origin it is for; empty for any.
    pub origins: &'static [&'static str],
    /// Numbers that report it: any one of them on the line answers the warning. When the numbers
    /// are not known (see the module notes), the heading alone ("9903.82") is given.
    pub numbers: &'static [&'static str],
    /// The number (or numbers) for a USMCA-qualifying good, shown in the message.
    pub numbers_usmca: &'static [&'static str],
    pub from: (i32, u32, u32),
    pub to: Option<(i32, u32, u32)>,
    pub source: &'static str,
}

impl Provision {
    pub fn applies_on(&self, date: NaiveDate) -> bool {
        let d = |(y, m, dd): (i32, u32, u32)| NaiveDate::from_ymd_opt(y, m, dd).expect("valid provision date");
        d(self.from) <= date && self.to.is_none_or(|to| date <= d(to))
    }

    pub fn covers(&self, hts_digits: &str, origin: &str) -> bool {
        (self.origins.is_empty() || self.origins.contains(&origin)) && self.goods.iter().any(|g| hts_digits.starts_with(g))
    }

    /// Whether one of the line's chapter 99 numbers (digits, 8 or 10) reports this provision.
    pub fn reported_by(&self, chapter_99: &[String]) -> bool {
        chapter_99.iter().any(|n| self.numbers.iter().chain(self.numbers_usmca).any(|p| starts_with_undotted(n, p)))
    }
}

/// `digits` starts with `dotted` read without its dots ("99039406" and "9903.94.06").
fn starts_with_undotted(digits: &str, dotted: &str) -> bool {
    let mut d = digits.bytes();
    dotted.bytes().filter(|&b| b != b'.').all(|b| d.next() == Some(b))
}

const STEEL: &[&str] = &[
    "7206", "7207", "7208", "7209", "7210", "7211", "7212", "7213", "7214", "7215", "7216", "7217", "7218", "7219", "7220", "7221", "7222",
    "7223", "7224", "7225", "7226", "7227", "7228", "7229",
];
const ALUMINUM: &[&str] = &["7601", "7604", "7605", "7606", "7607", "7608", "7609"];

/// The provisions, newest last.
pub static PROVISIONS: &[Provision] = &[
    Provision {
        en: "IEEPA duty on products of Mexico (25 %; USMCA goods 9903.01.04)",
        es: "arancel IEEPA a productos de México (25 %; mercancías T-MEC 9903.01.04)",
        goods: &[""],
        origins: &["MX"],
        numbers: &["9903.01.01", "9903.01.02", "9903.01.03", "9903.01.05"],
        numbers_usmca: &["9903.01.04"],
        from: (2025, 3, 4),
        to: Some((2026, 2, 23)),
        source: "EO 14194; HTSUS 9903.01.01–.05; CSMS 67834313 (ended for entries from 2026-02-24)",
    },
    Provision {
        en: "Section 122 import surcharge (10 %; USMCA goods of Mexico 9903.03.08, Section 232 goods 9903.03.06)",
        es: "sobretasa de la Sección 122 (10 %; mercancías T-MEC de México 9903.03.08, mercancías de la Sección 232 9903.03.06)",
        goods: &[""],
        origins: &["MX"],
        numbers: &["9903.03.01", "9903.03.02", "9903.03.03", "9903.03.04", "9903.03.05", "9903.03.06"],
        numbers_usmca: &["9903.03.08"],
        from: (2026, 2, 24),
        to: Some((2026, 7, 23)),
        source: "Proclamation of 2026-02-20 (Trade Act of 1974 §122); CSMS 67844987",
    },
    Provision {
        en: "Section 232 duty on steel articles (50 %)",
        es: "arancel de la Sección 232 al acero (50 %)",
        goods: STEEL,
        origins: &[],
        numbers: &["9903.81.87", "9903.81.88", "9903.81.89", "9903.81.90", "9903.81.91", "9903.81.92", "9903.81.93", "9903.81.85", "9903.81.86"],
        numbers_usmca: &[],
        from: (2025, 6, 4),
        to: Some((2026, 6, 7)),
        source: "Proclamation 10947; HTSUS 9903.81.85–.93",
    },
    Provision {
        en: "Section 232 duty on aluminum articles (50 %)",
        es: "arancel de la Sección 232 al aluminio (50 %)",
        goods: ALUMINUM,
        origins: &[],
        numbers: &["9903.85.02", "9903.85.04", "9903.85.07", "9903.85.08", "9903.85.09", "9903.85.71", "9903.85.72"],
        numbers_usmca: &[],
        from: (2025, 6, 4),
        to: Some((2026, 6, 7)),
        source: "Proclamation 10947; HTSUS 9903.85.02–.09",
    },
    Provision {
        en: "Section 232 duty on steel, aluminum and copper as restructured in 2026 (the 9903.82 numbers)",
        es: "arancel de la Sección 232 al acero, aluminio y cobre reestructurado en 2026 (los números 9903.82)",
        goods: &["7206", "7207", "7208", "7209", "7210", "7211", "7212", "7213", "7214", "7215", "7216", "7217", "7218", "7219", "7220", "7221", "7222", "7223", "7224", "7225", "7226", "7227", "7228", "7229", "7601", "7604", "7605", "7606", "7607", "7608", "7609"],
        origins: &[],
        numbers: &["9903.82"],
        numbers_usmca: &[],
        from: (2026, 6, 8),
        to: None,
        source: "Proclamation 11032 (91 FR 34085); CSMS 68855869",
    },
    Provision {
        en: "Section 232 duty on semi-finished copper (50 % of the copper content)",
        es: "arancel de la Sección 232 al cobre semiterminado (50 % del contenido de cobre)",
        goods: &["7407", "7408", "7409", "7410", "7411", "7412", "7413"],
        origins: &[],
        numbers: &["9903.78.01", "9903.78.02"],
        numbers_usmca: &[],
        from: (2025, 8, 1),
        to: Some((2026, 6, 7)),
        source: "Proclamation of 2025-07-30 (copper); HTSUS 9903.78.01–.02; CSMS 65794272",
    },
    Provision {
        en: "Section 232 duty on passenger vehicles and light trucks (25 %; USMCA vehicles 9903.94.03 on their non-U.S. content)",
        es: "arancel de la Sección 232 a automóviles y camiones ligeros (25 %; vehículos T-MEC 9903.94.03 sobre su contenido no estadounidense)",
        goods: &["8703", "870421", "870431", "870441", "870451"],
        origins: &[],
        numbers: &["9903.94.01", "9903.94.02", "9903.94.04"],
        numbers_usmca: &["9903.94.03"],
        from: (2025, 4, 3),
        to: None,
        source: "Proclamation 10908 (90 FR 14705); HTSUS 9903.94.01–.04",
    },
    Provision {
        en: "Section 232 duty on automobile parts (25 %; USMCA-qualifying parts 9903.94.06)",
        es: "arancel de la Sección 232 a autopartes (25 %; autopartes que califican al T-MEC 9903.94.06)",
        goods: &["8708"],
        origins: &[],
        numbers: &["9903.94.05", "9903.94.07"],
        numbers_usmca: &["9903.94.06"],
        from: (2025, 5, 3),
        to: None,
        source: "Proclamation 10908, Annex I; HTSUS 9903.94.05–.07; CSMS 64913145",
    },
    Provision {
        en: "Section 232 duty on medium and heavy-duty trucks (25 %) and buses (10 %); USMCA trucks 9903.74.03",
        es: "arancel de la Sección 232 a camiones medianos y pesados (25 %) y autobuses (10 %); camiones T-MEC 9903.74.03",
        goods: &["870120", "8702", "870422", "870423", "870432", "870442", "870443", "870452", "870453", "8705", "8706", "8709"],
        origins: &[],
        numbers: &["9903.74.01", "9903.74.02", "9903.74.07"],
        numbers_usmca: &["9903.74.03"],
        from: (2025, 11, 1),
        to: None,
        source: "Proclamation 10984 (90 FR 48451); HTSUS 9903.74.01–.09; CSMS 66665333",
    },
    Provision {
        en: "Section 232 duty on softwood timber and lumber (10 %)",
        es: "arancel de la Sección 232 a madera aserrada de coníferas (10 %)",
        goods: &["440311", "440312", "440321", "440322", "440323", "440324", "440325", "440326", "440710", "440711", "440712", "440713", "440714", "440719"],
        origins: &[],
        numbers: &["9903.76.01"],
        numbers_usmca: &[],
        from: (2025, 10, 14),
        to: None,
        source: "Proclamation 10976 (90 FR 48127); HTSUS 9903.76.01; CSMS 66492057",
    },
    Provision {
        en: "Section 232 duty on upholstered wooden furniture and kitchen cabinets (25 %)",
        es: "arancel de la Sección 232 a muebles de madera tapizados y gabinetes de cocina (25 %)",
        goods: &["94016140", "94016160", "9403409060", "9403608093", "9403910080"],
        origins: &[],
        numbers: &["9903.76.02", "9903.76.03", "9903.76.04"],
        numbers_usmca: &[],
        from: (2025, 10, 14),
        to: None,
        source: "Proclamation 10976 (90 FR 48127); HTSUS 9903.76.02–.04",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn provisions_are_dated_and_cover_what_they_say() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        let parts = PROVISIONS.iter().find(|p| p.numbers_usmca == ["9903.94.06"]).unwrap();
        assert!(parts.covers("8708305040", "MX") && parts.covers("8708305040", "JP") && !parts.covers("8544300000", "MX"));
        assert!(PROVISIONS[0].covers("0101300000", "MX") && !PROVISIONS[0].covers("0101300000", "CA"), "IEEPA of Mexico");
        assert!(parts.applies_on(d(2026, 12, 1)) && !parts.applies_on(d(2025, 5, 2)));
        assert!(parts.reported_by(&["99039406".into()]));
        assert!(!parts.reported_by(&["99038191".into()]));
        let ieepa = &PROVISIONS[0];
        assert!(ieepa.applies_on(d(2026, 2, 23)) && !ieepa.applies_on(d(2026, 2, 24)), "IEEPA duties ended for entries from 2026-02-24");
        for p in PROVISIONS {
            assert!(!p.numbers.is_empty() && !p.source.is_empty() && p.en != p.es);
            assert!(p.numbers.iter().chain(p.numbers_usmca).all(|n| n.starts_with("9903.")), "{n:?}", n = p.numbers);
        }
    }
}
