//! Where each catalog comes from and since when its entries apply. Every entry of a list shares
//! its list's publication, so the source and date are kept once per list.

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CatalogInfo {
    pub name: &'static str,
    pub source: &'static str,
    /// The date the published list took effect (ISO 8601), or the date of the copy it was taken from.
    pub effective: &'static str,
}

const fn i(name: &'static str, source: &'static str, effective: &'static str) -> CatalogInfo {
    CatalogInfo { name, source, effective }
}

pub(crate) static CATALOGS: [CatalogInfo; 15] = [
    i("us_ports", "CBP port codes (19 CFR 101.3), cross-checked with CBP Border Wait Times port numbers", "2022-06-29"),
    i("crossings", "CBP Border Wait Times API, commercial vehicle crossings", "2022-06-29"),
    i("aduanas", "SAT catalog c_Aduana (CFDI 4.0) = Anexo 22 Apéndice 1", "2022-01-01"),
    i("border_sections", "Anexo 22 Apéndice 1, aduanas-secciones of the northern border", "2022-01-01"),
    i("sections", "Anexo 22 Apéndice 1, every aduana-sección (118 with their digit)", "2022-01-01"),
    i(
        "claves_pedimento",
        "Anexo 22 Apéndice 2 (SAT catalog of claves de pedimento); régimen per clave: SAT SAAI Manual de claves de documento v4.0",
        "2026-10-01",
    ),
    i("regimenes", "Anexo 22 Apéndice 16; Carta Porte 3.1 c_RegimenAduanero", "2024-07-17"),
    i("transport_modes", "Anexo 22 Apéndice 3", "2022-01-01"),
    i("mx_units", "Anexo 22 Apéndice 7; Comercio Exterior 2.0 c_UnidadAduana", "2024-01-18"),
    i("us_units", "USITC HTS unit of quantity (ACE codes)", "2026-01-01"),
    i("currencies", "ISO 4217; Anexo 22 Apéndice 5 (MXP for the peso)", "2026-01-01"),
    i("countries", "ISO 3166-1", "2026-01-01"),
    i("incoterms", "ICC Incoterms 2020; Anexo 22 Apéndice 14", "2020-01-01"),
    i(
        "document_kinds",
        "21 CFR 1.276-1.285 (FDA prior notice); APHIS ePhyto notice 2022-03-31; PPQ Form 577; Anexo 22 Apéndice 9 (permit A1)",
        "2022-04-01",
    ),
    i("us_entry_types", "CBP Form 7501 instructions, block 2; type 86 withdrawn by Executive Order 14324", "2025-08-29"),
];

#[cfg(test)]
mod tests {
    #[test]
    fn dates_are_iso_dates() {
        for c in super::CATALOGS.iter() {
            assert!(chrono::NaiveDate::parse_from_str(c.effective, "%Y-%m-%d").is_ok(), "{}", c.name);
        }
    }
}
