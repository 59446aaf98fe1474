//! The reference data every rule and view is checked against, passed in as one value.
//!
//! Architecture invariant: no rule, view or identifier check reads a catalog static; each takes a
//! `&Reference`. [`Reference::builtin`] holds the code lists typed in from their publications
//! (`catalog/`), each with its source and the date it took effect. Data the store holds (tariff
//! schedules, the trusted-trader registry, watchlists) is added here by the application layer,
//! so the core still does no I/O, and a test can hand a rule exactly the data its case needs.

use std::borrow::Cow;

use crate::catalog::{self, Aduana, BorderSection, CatalogInfo, ClavePedimento, Code, Country, Crossing, Currency, Section, UsPort};
use crate::tariff::Schedules;
use crate::trader::rules::TraderRules;
use crate::trader::Registry;

/// Every list the rules use. Lookups by code are exact (codes are stored upper case as
/// published); countries and currencies are kept sorted so a lookup is a binary search, which
/// matters on a 1,000-line declaration.
#[derive(Debug, Clone)]
pub struct Reference {
    us_ports: Cow<'static, [UsPort]>,
    crossings: Cow<'static, [Crossing]>,
    aduanas: Cow<'static, [Aduana]>,
    border_sections: Cow<'static, [BorderSection]>,
    sections: Cow<'static, [Section]>,
    claves_pedimento: Cow<'static, [ClavePedimento]>,
    countries: Cow<'static, [Country]>,
    currencies: Cow<'static, [Currency]>,
    codes: CodeLists,
    sources: Cow<'static, [CatalogInfo]>,
    schedules: Schedules,
    registry: std::sync::Arc<Registry>,
    trader_rules: TraderRules,
    screening: std::sync::Arc<crate::screening::party::Verdicts>,
}

/// The short code lists, each as published with its English and Spanish text.
#[derive(Debug, Clone)]
pub struct CodeLists {
    pub us_entry_types: Cow<'static, [Code]>,
    pub regimenes: Cow<'static, [Code]>,
    pub transport_modes: Cow<'static, [Code]>,
    pub incoterms: Cow<'static, [Code]>,
    pub origin_criteria: Cow<'static, [Code]>,
    pub certifier_roles: Cow<'static, [Code]>,
    pub mx_units: Cow<'static, [Code]>,
    pub us_units: Cow<'static, [Code]>,
    pub document_kinds: Cow<'static, [Code]>,
}

impl Reference {
    /// The catalogs built into this version of Cruce.
    pub fn builtin() -> Self {
        use catalog::codes;
        Self {
            us_ports: Cow::Borrowed(catalog::us_ports::US_PORTS.as_slice()),
            crossings: Cow::Borrowed(catalog::crossings::CROSSINGS.as_slice()),
            aduanas: Cow::Borrowed(catalog::aduanas::ADUANAS.as_slice()),
            border_sections: Cow::Borrowed(catalog::aduanas::BORDER_SECTIONS.as_slice()),
            sections: Cow::Borrowed(catalog::aduanas::SECTIONS.as_slice()),
            claves_pedimento: Cow::Borrowed(catalog::claves_pedimento::CLAVES.as_slice()),
            countries: Cow::Borrowed(catalog::countries::COUNTRIES.as_slice()),
            currencies: Cow::Borrowed(catalog::currencies::CURRENCIES.as_slice()),
            codes: CodeLists {
                us_entry_types: Cow::Borrowed(codes::US_ENTRY_TYPES.as_slice()),
                regimenes: Cow::Borrowed(codes::REGIMENES.as_slice()),
                transport_modes: Cow::Borrowed(codes::TRANSPORT_MODES.as_slice()),
                incoterms: Cow::Borrowed(codes::INCOTERMS.as_slice()),
                origin_criteria: Cow::Borrowed(codes::ORIGIN_CRITERIA.as_slice()),
                certifier_roles: Cow::Borrowed(codes::CERTIFIER_ROLES.as_slice()),
                mx_units: Cow::Borrowed(catalog::units::MX_UNITS.as_slice()),
                us_units: Cow::Borrowed(catalog::units::US_UNITS.as_slice()),
                document_kinds: Cow::Borrowed(codes::DOCUMENT_KINDS.as_slice()),
            },
            sources: Cow::Borrowed(catalog::info::CATALOGS.as_slice()),
            schedules: Schedules::default(),
            registry: Default::default(),
            trader_rules: TraderRules::default(),
            screening: Default::default(),
        }
    }

    /// With the tariff schedules and SAT catalogs a database holds.
    pub fn with_schedules(mut self, schedules: Schedules) -> Self {
        self.schedules = schedules;
        self
    }

    /// With the trusted-trader registry a database holds.
    pub fn with_registry(mut self, registry: std::sync::Arc<Registry>) -> Self {
        self.registry = registry;
        self
    }

    /// With the screening review's decisions (confirmed matches and open potential matches).
    pub fn with_screening(mut self, verdicts: std::sync::Arc<crate::screening::party::Verdicts>) -> Self {
        self.screening = verdicts;
        self
    }

    /// The screening review's decisions the rules hold a declaration to.
    pub fn screening(&self) -> &crate::screening::party::Verdicts {
        &self.screening
    }

    /// The trusted-trader registry (empty in a new database).
    pub fn registry(&self) -> &Registry {
        &self.registry
    }

    /// The same reference judged by other trusted-trader date rules (tests; a later rule set).
    pub fn with_trader_rules(mut self, rules: TraderRules) -> Self {
        self.trader_rules = rules;
        self
    }

    /// The programs' dated rules.
    pub fn trader_rules(&self) -> &TraderRules {
        &self.trader_rules
    }

    /// The imported schedules (none in a new database).
    pub fn schedules(&self) -> &Schedules {
        &self.schedules
    }

    /// The same reference with other U.S. ports (tests; a later port list).
    pub fn with_us_ports(mut self, ports: Vec<UsPort>) -> Self {
        self.us_ports = Cow::Owned(ports);
        self
    }

    /// The same reference with other countries (kept sorted by alpha-2 code).
    pub fn with_countries(mut self, mut countries: Vec<Country>) -> Self {
        countries.sort_by(|a, b| a.alpha2.cmp(b.alpha2));
        self.countries = Cow::Owned(countries);
        self
    }

    /// The same reference with other code lists.
    pub fn with_codes(mut self, codes: CodeLists) -> Self {
        self.codes = codes;
        self
    }

    pub fn us_ports(&self) -> &[UsPort] {
        &self.us_ports
    }

    /// The southern land-border port with this 4-digit code.
    pub fn us_port(&self, code: &str) -> Option<&UsPort> {
        self.us_ports.iter().find(|p| p.code == code)
    }

    pub fn crossings(&self) -> &[Crossing] {
        &self.crossings
    }

    /// The commercial truck crossing with this CBP Border Wait Times id.
    pub fn crossing(&self, id: &str) -> Option<&Crossing> {
        self.crossings.iter().find(|c| c.id == id)
    }

    pub fn aduanas(&self) -> &[Aduana] {
        &self.aduanas
    }

    /// The aduana with this 2-digit code.
    pub fn aduana(&self, code: &str) -> Option<&Aduana> {
        self.aduanas.iter().find(|a| a.code == code)
    }

    pub fn border_sections(&self) -> &[BorderSection] {
        &self.border_sections
    }

    /// The northern-border aduana-sección with this 3-digit code.
    pub fn border_section(&self, code: &str) -> Option<&BorderSection> {
        self.border_sections.iter().find(|s| s.code == code)
    }

    /// Any aduana-sección of Apéndice 1 with this 3-digit code.
    pub fn section(&self, code: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.code == code)
    }

    /// Whether Apéndice 1, as Cruce has it, lists secciones of this 2-digit aduana without their
    /// digit: an unlisted sección of it may exist.
    pub fn has_unnumbered_sections(&self, aduana: &str) -> bool {
        catalog::aduanas::UNNUMBERED_SECTIONS_IN.contains(&aduana)
    }

    pub fn claves_pedimento(&self) -> &[ClavePedimento] {
        &self.claves_pedimento
    }

    pub fn clave_pedimento(&self, code: &str) -> Option<&ClavePedimento> {
        self.claves_pedimento.iter().find(|c| c.code == code)
    }

    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// The country with this ISO 3166-1 alpha-2 code.
    pub fn country(&self, alpha2: &str) -> Option<&Country> {
        self.countries.binary_search_by(|c| c.alpha2.cmp(alpha2)).ok().map(|i| &self.countries[i])
    }

    /// The ISO 4217 currency with this code.
    pub fn currency(&self, code: &str) -> Option<&Currency> {
        self.currencies.binary_search_by(|c| c.code.cmp(code)).ok().map(|i| &self.currencies[i])
    }

    pub fn codes(&self) -> &CodeLists {
        &self.codes
    }

    /// Where each list comes from and since when it applies.
    pub fn sources(&self) -> &[CatalogInfo] {
        &self.sources
    }
}

/// `code` in a list of codes, exactly as published.
pub fn find_code<'a>(list: &'a [Code], code: &str) -> Option<&'a Code> {
    list.iter().find(|c| c.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_lists_that_are_searched_by_halves_are_sorted() {
        let r = Reference::builtin();
        assert!(r.countries().windows(2).all(|w| w[0].alpha2 < w[1].alpha2), "countries sorted by alpha-2");
        assert!(r.currencies.windows(2).all(|w| w[0].code < w[1].code), "currencies sorted by code");
        assert_eq!(r.country("MX").map(|c| c.alpha3), Some("MEX"));
        assert_eq!(r.currency("USD").map(|c| c.code), Some("USD"));
        assert!(r.currency("MXP").is_none(), "MXP is the pedimento's code, not ISO 4217");
    }

    #[test]
    fn a_test_can_hand_the_rules_its_own_lists() {
        let port = UsPort { code: "9999", name: "Test", state: "TX", time_zone: "America/Chicago" };
        let r = Reference::builtin().with_us_ports(vec![port.clone()]);
        assert_eq!(r.us_port("9999"), Some(&port));
        assert_eq!(r.us_port("2304"), None, "the built-in ports are replaced, not added to");
        let c = |a2: &'static str| Country { alpha2: a2, alpha3: "XXX", name_en: a2, name_es: a2 };
        let r = Reference::builtin().with_countries(vec![c("ZZ"), c("AA"), c("MM")]);
        assert!(r.country("MM").is_some() && r.country("ZZ").is_some(), "kept sorted, so every entry is found");
    }

    #[test]
    fn every_list_names_its_source_and_its_date() {
        let r = Reference::builtin();
        assert!(r.sources().len() >= 13);
        for s in r.sources() {
            assert!(!s.source.is_empty() && chrono::NaiveDate::parse_from_str(s.effective, "%Y-%m-%d").is_ok(), "{}", s.name);
        }
    }
}
