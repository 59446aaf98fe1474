//! Short code lists typed in from their official publications, each entry with English and
//! Spanish text. Sources and dates are on each list.

use serde::Serialize;
use ts_rs::TS;

/// A code with its meaning in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Code {
    pub code: &'static str,
    pub en: &'static str,
    pub es: &'static str,
}

const fn k(code: &'static str, en: &'static str, es: &'static str) -> Code {
    Code { code, en, es }
}

/// CBP entry types (CBP Form 7501 instructions, block 2). Type 86 (Section 321) is left out on
/// purpose: Executive Order 14324 suspended de minimis for all countries from 2025-08-29 and ACE
/// rejects type 86 filings.
pub(crate) static US_ENTRY_TYPES: [Code; 22] = [
    k("01", "Consumption — free and dutiable", "Consumo — libre y gravado"),
    k("02", "Consumption — quota/visa", "Consumo — cupo/visa"),
    k("03", "Consumption — antidumping/countervailing duty", "Consumo — antidumping/compensatoria"),
    k("04", "Appraisement", "Avalúo"),
    k("05", "Vessel repair", "Reparación de embarcaciones"),
    k("06", "Consumption — foreign trade zone", "Consumo — zona franca"),
    k("07", "Consumption — quota/visa and AD/CVD", "Consumo — cupo/visa y AD/CVD"),
    k("08", "Duty deferral", "Diferimiento de aranceles"),
    k("11", "Informal — free and dutiable", "Informal — libre y gravado"),
    k("12", "Informal — quota (other than textiles)", "Informal — cupo (no textiles)"),
    k("21", "Warehouse", "Almacén fiscal"),
    k("22", "Re-warehouse", "Reingreso a almacén fiscal"),
    k("23", "Temporary importation under bond", "Importación temporal bajo fianza"),
    k("24", "Trade fair", "Feria comercial"),
    k("25", "Permanent exhibition", "Exhibición permanente"),
    k("26", "Foreign trade zone admission", "Admisión a zona franca"),
    k("31", "Warehouse withdrawal for consumption", "Retiro de almacén para consumo"),
    k("32", "Warehouse withdrawal — quota/visa", "Retiro de almacén — cupo/visa"),
    k("34", "Warehouse withdrawal — AD/CVD", "Retiro de almacén — AD/CVD"),
    k("38", "Warehouse withdrawal — quota and AD/CVD", "Retiro de almacén — cupo y AD/CVD"),
    k("51", "Defense Contract Management Agency (military)", "DCMA (militar)"),
    k("52", "Government — dutiable, other federal agency", "Gobierno — otra agencia federal"),
];

/// Regímenes aduaneros (Anexo 22 Apéndice 16; the same list is c_RegimenAduanero of Carta Porte 3.1).
/// "Para retornar en el mismo estado" is ITR and ETR; "para elaboración, transformación o
/// reparación" is ITE and ETE; RFE is processing in a recinto fiscalizado, RFS the recinto
/// fiscalizado estratégico.
pub(crate) static REGIMENES: [Code; 10] = [
    k("IMD", "Definitive import", "Definitivo de importación"),
    k("EXD", "Definitive export", "Definitivo de exportación"),
    k(
        "ITR",
        "Temporary import to return abroad in the same state",
        "Temporales de importación para retornar al extranjero en el mismo estado",
    ),
    k(
        "ITE",
        "Temporary import for processing, transformation or repair (IMMEX)",
        "Temporales de importación para elaboración, transformación o reparación para empresas con programa IMMEX",
    ),
    k(
        "ETR",
        "Temporary export to return to Mexico in the same state",
        "Temporales de exportación para retornar al país en el mismo estado",
    ),
    k(
        "ETE",
        "Temporary export for processing, transformation or repair",
        "Temporales de exportación para elaboración, transformación o reparación",
    ),
    k("DFI", "Bonded warehouse", "Depósito fiscal"),
    k(
        "RFE",
        "Processing, transformation or repair in a bonded facility",
        "Elaboración, transformación o reparación en recinto fiscalizado",
    ),
    k("TRA", "Transit", "Tránsitos"),
    k("RFS", "Strategic bonded facility", "Recinto fiscalizado estratégico"),
];

/// Medios de transporte (Anexo 22 Apéndice 3). Trucks are 7.
pub(crate) static TRANSPORT_MODES: [Code; 13] = [
    k("1", "Maritime", "Marítimo"),
    k("2", "Rail, double stack", "Ferroviario de doble estiba"),
    k("3", "Road-rail", "Carretero-ferroviario"),
    k("4", "Air", "Aéreo"),
    k("5", "Postal", "Postal"),
    k("6", "Rail", "Ferroviario"),
    k("7", "Road (truck)", "Carretero"),
    k("8", "Pipeline", "Tubería"),
    k("10", "Cables", "Cables"),
    k("11", "Ducts", "Ductos"),
    k("12", "Pedestrian", "Peatonal"),
    k("98", "No physical presentation", "Sin presentación física"),
    k("99", "Other", "Otros"),
];

/// Incoterms 2020 (ICC), the list of Anexo 22 Apéndice 14.
pub(crate) static INCOTERMS: [Code; 11] = [
    k("EXW", "Ex Works", "En fábrica"),
    k("FCA", "Free Carrier", "Franco transportista"),
    k("CPT", "Carriage Paid To", "Transporte pagado hasta"),
    k("CIP", "Carriage and Insurance Paid To", "Transporte y seguro pagados hasta"),
    k("DAP", "Delivered at Place", "Entregada en lugar"),
    k("DPU", "Delivered at Place Unloaded", "Entregada en lugar descargada"),
    k("DDP", "Delivered Duty Paid", "Entregada con derechos pagados"),
    k("FAS", "Free Alongside Ship", "Franco al costado del buque"),
    k("FOB", "Free On Board", "Franco a bordo"),
    k("CFR", "Cost and Freight", "Costo y flete"),
    k("CIF", "Cost, Insurance and Freight", "Costo, seguro y flete"),
];

/// USMCA origin criteria (Article 4.2, certification data element 7).
pub(crate) static ORIGIN_CRITERIA: [Code; 4] = [
    k("A", "Wholly obtained or produced in the USMCA territory", "Totalmente obtenida o producida en territorio T-MEC"),
    k("B", "Produced entirely from originating materials", "Producida exclusivamente a partir de materiales originarios"),
    k("C", "Meets the product-specific rule of origin", "Cumple la regla de origen específica"),
    k(
        "D",
        "Meets Article 4.2(d) (unassembled goods / same subheading)",
        "Cumple el Artículo 4.2(d) (mercancías sin ensamblar / misma subpartida)",
    ),
];

/// Documents of other agencies a declaration links to (by their number). FDA prior notice:
/// 21 CFR 1.276–1.285. Phytosanitary certificates: IPPC; APHIS accepts originals or ePhytos
/// (7 CFR 319.37, APHIS notice of 2022-03-31); PPQ Form 577 is USDA's export certificate; SENASICA
/// issues Mexico's import certificate (permit A1 of Apéndice 9) at the point of entry.
pub(crate) static DOCUMENT_KINDS: [Code; 6] = [
    k("fda_prior_notice", "FDA prior notice (confirmation number)", "Aviso previo de la FDA (número de confirmación)"),
    k(
        "foreign_phyto",
        "Phytosanitary certificate of Mexico (SENASICA, or ePhyto) for the U.S. import",
        "Certificado fitosanitario de México (SENASICA, o ePhyto) para la importación a EE. UU.",
    ),
    k("aphis_permit", "USDA APHIS import permit", "Permiso de importación de USDA APHIS"),
    k(
        "usda_phyto",
        "USDA phytosanitary certificate (PPQ Form 577, or ePhyto)",
        "Certificado fitosanitario del USDA (forma PPQ 577, o ePhyto)",
    ),
    k(
        "senasica_import",
        "SENASICA import certificate (permit A1)",
        "Certificado fitosanitario o zoosanitario de importación de SENASICA (permiso A1)",
    ),
    k("other", "Other document", "Otro documento"),
];

/// Who signs a USMCA certification (data element 1).
pub(crate) static CERTIFIER_ROLES: [Code; 3] =
    [k("importer", "Importer", "Importador"), k("exporter", "Exporter", "Exportador"), k("producer", "Producer", "Productor")];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_have_unique_codes_and_both_languages() {
        for list in [&US_ENTRY_TYPES[..], &REGIMENES, &TRANSPORT_MODES, &INCOTERMS, &ORIGIN_CRITERIA, &CERTIFIER_ROLES, &DOCUMENT_KINDS] {
            let mut codes: Vec<&str> = list.iter().map(|c| c.code).collect();
            codes.sort_unstable();
            let n = codes.len();
            codes.dedup();
            assert_eq!(codes.len(), n, "duplicate code");
            assert!(list.iter().all(|c| !c.en.is_empty() && !c.es.is_empty()));
        }
    }

    #[test]
    fn type_86_is_not_offered() {
        use crate::reference::find_code;
        assert!(find_code(&US_ENTRY_TYPES, "86").is_none());
        assert!(find_code(&US_ENTRY_TYPES, "01").is_some());
    }
}
