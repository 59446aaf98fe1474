//! Claves de pedimento (Anexo 22, Apéndice 2), with the official description, the group Apéndice 2
//! lists each under, and how each is declared: the operations (Anexo 22 campo 2: importación,
//! exportación o retorno, tránsito) its description allows, and the régimen (campo 4, Apéndice 16)
//! for each.
//!
//! Sources. Descriptions and groups: Apéndice 2 as published (SAT catalog of claves de pedimento,
//! 76 entries). The régimen of each (clave, operation): SAT's "Manual de claves de documento" (SAAI,
//! v4.0) where it gives one, and customs practice for the rest (IMMEX claves IN, AF and RT are
//! declared under ITE, "para elaboración, transformación o reparación para empresas con programa
//! IMMEX"). The validation file (VOCE-SAAI M3, record 501) carries only the operation and the clave;
//! SAAI derives the printed régimen, so only the pairings Apéndice 2 fixes by its grouping
//! (definitive claves are IMD/EXD, transits are TRA) are checked as errors.

use serde::Serialize;
use ts_rs::TS;

/// Anexo 22 campo 2, "tipo de operación".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Operation {
    /// IMP: importación.
    Import,
    /// EXP: exportación o retorno.
    Export,
    /// TRA: tránsito.
    Transit,
}

impl Operation {
    /// As the pedimento prints it.
    pub fn code(self) -> &'static str {
        match self {
            Self::Import => "IMP",
            Self::Export => "EXP",
            Self::Transit => "TRA",
        }
    }
}

/// The group Apéndice 2 lists a clave under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ClaveGroup {
    /// "Régimen definitivo": declared under IMD or EXD.
    Definitive,
    /// "Operaciones virtuales": transfers without the goods crossing.
    Virtual,
    Temporary,
    Immex,
    /// "Depósito fiscal".
    BondedWarehouse,
    /// "Transformación en recinto fiscalizado" (régimen RFE).
    BondedProcessing,
    /// "Recintos fiscalizados estratégicos" (régimen RFS; Apéndice 2 writes "RFE" in their titles).
    StrategicBonded,
    /// "Tránsitos": declared under TRA.
    Transit,
    /// Rectificación and complementario: they take the operation and régimen of the pedimento
    /// they correct or complement.
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ClavePedimento {
    pub code: &'static str,
    pub description: &'static str,
    pub group: ClaveGroup,
    /// Each (operation, régimen) the clave is declared with; empty for R1 and CT.
    #[ts(skip)]
    #[serde(skip)]
    pub uses: &'static [(Operation, &'static str)],
}

impl ClavePedimento {
    /// The operations this clave may be declared with (all three for R1 and CT).
    pub fn allows(&self, op: Operation) -> bool {
        self.uses.is_empty() || self.uses.iter().any(|(o, _)| *o == op)
    }

    /// The régimenes this clave is declared with for `op`.
    pub fn regimenes(&self, op: Operation) -> impl Iterator<Item = &'static str> + '_ {
        self.uses.iter().filter(move |(o, _)| *o == op).map(|(_, r)| *r)
    }

    /// Whether Apéndice 2 itself fixes the régimen (its definitive and transit groups), so a
    /// different one is an error rather than a point to check.
    pub fn regimen_is_fixed(&self) -> bool {
        matches!(self.group, ClaveGroup::Definitive | ClaveGroup::Transit)
    }
}

const fn c(code: &'static str, description: &'static str, group: ClaveGroup, uses: &'static [(Operation, &'static str)]) -> ClavePedimento {
    ClavePedimento { code, description, group, uses }
}

pub(crate) static CLAVES: [ClavePedimento; 76] = [
    c("A1", "IMPORTACION O EXPORTACION DEFINITIVA", ClaveGroup::Definitive, &[(Operation::Import, "IMD"), (Operation::Export, "EXD")]),
    c("A3", "REGULARIZACION DE MERCANCIAS (IMPORTACION DEFINITIVA)", ClaveGroup::Definitive, &[(Operation::Import, "IMD")]),
    c("A4", "INTRODUCCION PARA DEPOSITO FISCAL (AGD)", ClaveGroup::BondedWarehouse, &[(Operation::Import, "DFI")]),
    c("A5", "INTRODUCCION A DEPOSITO FISCAL EN LOCAL AUTORIZADO", ClaveGroup::BondedWarehouse, &[(Operation::Import, "DFI")]),
    c("AD", "IMPORTACION TEMPORAL DE MERCANCIAS DESTINADAS A CONVENCIONES Y CONGRESOS INTERNACIONALES (ARTICULO 106, FRACCION III, INCISO A) DE LA LEY)", ClaveGroup::Temporary, &[(Operation::Import, "ITR")]),
    c("AF", "IMPORTACION TEMPORAL DE BIENES DE ACTIVO FIJO (IMMEX)", ClaveGroup::Immex, &[(Operation::Import, "ITE")]),
    c("AJ", "IMPORTACION Y EXPORTACION TEMPORAL DE ENVASES DE MERCANCIAS (ARTICULOS 106, FRACCION II, INCISO B) Y 116, FRACCION II, INCISO A) DE LA LEY)", ClaveGroup::Temporary, &[(Operation::Import, "ITR"), (Operation::Export, "ETR")]),
    c("BA", "IMPORTACION Y EXPORTACION TEMPORAL DE BIENES PARA SER RETORNADOS EN SU MISMO ESTADO. (ARTICULO 106, FRACCION II, INCISO A) Y FRACCIÓN IV, INCISO B) DE LA LEY)", ClaveGroup::Temporary, &[(Operation::Import, "ITR"), (Operation::Export, "ETR")]),
    c("BB", "EXPORTACION, IMPORTACION Y RETORNOS VIRTUALES", ClaveGroup::Temporary, &[(Operation::Import, "IMD"), (Operation::Import, "ITE"), (Operation::Export, "EXD"), (Operation::Export, "ITE")]),
    c("BC", "IMPORTACION Y EXPORTACION TEMPORAL DE MERCANCIAS DESTINADAS A EVENTOS CULTURALES O DEPORTIVOS (ARTICULO 106, FRACCION III, INCISO B DE LA LEY)", ClaveGroup::Temporary, &[(Operation::Import, "ITR"), (Operation::Export, "ETR")]),
    c("BD", "IMPORTACION Y EXPORTACION TEMPORAL DE EQUIPO PARA FILMACION (ARTICULOS 106, FRACCION III, INCISO C) Y 116, FRACCION II INCISO D) DE LA LEY)", ClaveGroup::Temporary, &[(Operation::Import, "ITR"), (Operation::Export, "ETR")]),
    c("BE", "IMPORTACION Y EXPORTACION TEMPORAL DE VEHICULOS DE PRUEBA (ARTICULO 106, FRACCION III, INCISO D) DE LA LEY)", ClaveGroup::Temporary, &[(Operation::Import, "ITR"), (Operation::Export, "ETR")]),
    c("BF", "EXPORTACION TEMPORAL DE MERCANCIAS DESTINADAS A EXPOSICIONES, CONVENCIONES O EVENTOS CULTURALES O DEPORTIVOS (ARTICULO 116, FRACCION III DE LA LEY)", ClaveGroup::Temporary, &[(Operation::Export, "ETR")]),
    c("BH", "IMPORTACION TEMPORAL DE CONTENEDORES, AVIONES, HELICOPTEROS, EMBARCACIONES Y CARROS DE FERROCARRIL ( ARTICULO 106, FRACCION V, INCISOS A), B) Y E) DE LA LEY)", ClaveGroup::Temporary, &[(Operation::Import, "ITR")]),
    c("BI", "IMPORTACION TEMPORAL (ARTICULO 106, FRACCION III, INCISO E) DE LA LEY)", ClaveGroup::Temporary, &[(Operation::Import, "ITR")]),
    c("BM", "EXPORTACION TEMPORAL DE MERCANCIAS PARA SU TRANSFORMACION, ELABORACION O REPARACION (ARTICULO 117 DE LA LEY)", ClaveGroup::Temporary, &[(Operation::Export, "ETE")]),
    c("BO", "EXPORTACION TEMPORAL PARA REPARACION O SUSTITUCION Y RETORNO AL PAIS (IMMEX, RFE U OPERADOR ECONOMICO AUTORIZADO", ClaveGroup::Temporary, &[(Operation::Export, "ETE"), (Operation::Import, "ITR"), (Operation::Import, "ETE")]),
    c("BP", "IMPORTACION Y EXPORTACION TEMPORAL DE MUESTRAS O MUESTRARIOS (ARTICULOS 106, FRACCION II, INCISO D) Y 116, FRACCION II, INCISO C) DE LA LEY)", ClaveGroup::Temporary, &[(Operation::Import, "ITR"), (Operation::Export, "ETR")]),
    c("BR", "EXPORTACION TEMPORAL Y RETORNO DE MERCANCIAS FUNGIBLES", ClaveGroup::Temporary, &[(Operation::Export, "ETR")]),
    c("C1", "IMPORTACION DEFINITIVA A LA FRANJA FRONTERIZA NORTE Y REGION FRONTERIZA AL AMPARO DEL DECRETO DE LA FRANJA O REGION FRONTERIZA (DOF 24/12/2008 Y SUS POSTERIORES MODIFICACIONES)", ClaveGroup::Definitive, &[(Operation::Import, "IMD")]),
    c("C3", "EXTRACCION DE DEPOSITO FISCAL DE FRANJA O REGION FRONTERIZA (AGD)", ClaveGroup::BondedWarehouse, &[(Operation::Import, "IMD")]),
    c("CT", "PEDIMENTO COMPLEMENTARIO", ClaveGroup::Other, &[]),
    c("D1", "RETORNO POR SUSTITUCION", ClaveGroup::Definitive, &[(Operation::Import, "IMD"), (Operation::Export, "EXD")]),
    c("E1", "EXTRACCION DE DEPOSITO FISCAL DE BIENES QUE SERAN SUJETOS A TRANSFORMACION, ELABORACION O REPARACION (AGD)", ClaveGroup::BondedWarehouse, &[(Operation::Import, "ITE")]),
    c("E2", "EXTRACCION DE DEPOSITO FISCAL DE BIENES DE ACTIVO FIJO (AGD)", ClaveGroup::BondedWarehouse, &[(Operation::Import, "ITE")]),
    c("E3", "EXTRACCION DE DEPOSITO FISCAL EN LOCAL AUTORIZADO (INSUMOS)", ClaveGroup::BondedWarehouse, &[(Operation::Import, "ITE")]),
    c("E4", "EXTRACCION DE DEPOSITO FISCAL EN LOCAL AUTORIZADO (ACTIVO FIJO)", ClaveGroup::BondedWarehouse, &[(Operation::Import, "ITE")]),
    c("F2", "INTRODUCCION A DEPOSITO FISCAL (IA)", ClaveGroup::BondedWarehouse, &[(Operation::Import, "DFI")]),
    c("F3", "EXTRACCION DE DEPOSITO FISCAL (IA)", ClaveGroup::BondedWarehouse, &[(Operation::Import, "IMD")]),
    c("F4", "CAMBIO DE REGIMEN DE INSUMOS O DE MERCANCIA EXPORTADA TEMPORALMENTE", ClaveGroup::Temporary, &[(Operation::Import, "IMD"), (Operation::Export, "EXD")]),
    c("F5", "CAMBIO DE REGIMEN DE MERCANCÍAS DE IMPORTACIÓN TEMPORAL A DEFINITIVA", ClaveGroup::Temporary, &[(Operation::Import, "IMD")]),
    c("F8", "INTRODUCCION Y EXTRACCION DE DEPOSITO FISCAL DE MERCANCIAS NACIONALES O NACIONALIZADAS EN TIENDAS LIBRES DE IMPUESTOS (DUTY FREE)", ClaveGroup::BondedWarehouse, &[(Operation::Import, "DFI"), (Operation::Export, "DFI")]),
    c("F9", "INTRODUCCION Y EXTRACCION DE DEPOSITO FISCAL DE MERCANCIAS EXTRANJERAS PARA EXPOSICION Y VENTA DE MERCANCIAS EN TIENDAS LIBRES DE IMPUESTOS (DUTY FREE)", ClaveGroup::BondedWarehouse, &[(Operation::Import, "DFI"), (Operation::Export, "DFI")]),
    c("G1", "EXTRACCION DE DEPOSITO FISCAL (AGD)", ClaveGroup::BondedWarehouse, &[(Operation::Import, "IMD"), (Operation::Export, "EXD")]),
    c("G2", "EXTRACCION DE DEPOSITO FISCAL EN LOCAL AUTORIZADO PARA SU IMPORTACION DEFINITIVA", ClaveGroup::BondedWarehouse, &[(Operation::Import, "IMD")]),
    c("G6", "INFORME DE EXTRACCION DE DEPOSITO FISCAL DE MERCANCIAS NACIONALES O NACIONALIZADAS VENDIDAS EN TIENDAS LIBRES DE IMPUESTOS (DUTY FREE)", ClaveGroup::BondedWarehouse, &[(Operation::Import, "DFI"), (Operation::Export, "DFI")]),
    c("G7", "INFORME DE EXTRACCION DE DEPOSITO FISCAL DE MERCANCIAS EXTRANJERAS VENDIDAS EN TIENDAS LIBRES DE IMPUESTOS (DUTY FREE)", ClaveGroup::BondedWarehouse, &[(Operation::Import, "DFI"), (Operation::Export, "DFI")]),
    c("G8", "REINCORPORAR AL MERCADO NACIONAL (RFE)", ClaveGroup::StrategicBonded, &[(Operation::Import, "RFS")]),
    c("GC", "GLOBAL COMPLEMENTARIO", ClaveGroup::Definitive, &[(Operation::Import, "IMD"), (Operation::Export, "EXD")]),
    c("H1", "RETORNO DE MERCANCIAS EN SU MISMO ESTADO", ClaveGroup::Temporary, &[(Operation::Export, "ITR"), (Operation::Export, "EXD"), (Operation::Import, "ETR"), (Operation::Import, "IMD")]),
    c("H8", "RETORNO DE ENVASES", ClaveGroup::Temporary, &[(Operation::Export, "ITR"), (Operation::Export, "EXD"), (Operation::Import, "ETR"), (Operation::Import, "IMD")]),
    c("I1", "IMPORTACION, EXPORTACION Y RETORNO DE MERCANCIAS ELABORADAS, TRANSFORMADAS O REPARADAS", ClaveGroup::Temporary, &[(Operation::Import, "IMD"), (Operation::Import, "ETE"), (Operation::Export, "EXD")]),
    c("IN", "IMPORTACION TEMPORAL DE BIENES QUE SERAN SUJETOS A TRANSFORMACION, ELABORACION O REPARACION (IMMEX)", ClaveGroup::Immex, &[(Operation::Import, "ITE")]),
    c("J3", "RETORNO Y EXPORTACION DE INSUMOS ELABORADOS O TRANSFORMADOS EN RECINTO FISCALIZADO", ClaveGroup::BondedProcessing, &[(Operation::Export, "RFE")]),
    c("J4", "RETORNO DE MERCANCIAS EXTRANJERAS (RFE)", ClaveGroup::StrategicBonded, &[(Operation::Export, "RFS")]),
    c("K1", "DESISTIMIENTO DE REGIMEN Y RETORNO DE MERCANCIAS POR DEVOLUCION", ClaveGroup::Definitive, &[(Operation::Import, "IMD"), (Operation::Export, "EXD")]),
    c("K2", "EXTRACCION DE DEPOSITO FISCAL POR DESISTIMIENTO O TRANSFERENCIAS (AGD)", ClaveGroup::BondedWarehouse, &[(Operation::Export, "DFI")]),
    c("K3", "EXTRACCION DE DEPOSITO FISCAL EN LOCAL AUTORIZADO PARA RETORNO O TRANSFERENCIA", ClaveGroup::BondedWarehouse, &[(Operation::Export, "DFI")]),
    c("L1", "PEQUEÑA IMPORTACION DEFINITIVA", ClaveGroup::Definitive, &[(Operation::Import, "IMD"), (Operation::Export, "EXD")]),
    c("M1", "INTRODUCCION Y EXPORTACION DE INSUMOS", ClaveGroup::BondedProcessing, &[(Operation::Import, "RFE"), (Operation::Export, "RFE")]),
    c("M2", "INTRODUCCION Y EXPORTACION DE MAQUINARIA Y EQUIPO", ClaveGroup::BondedProcessing, &[(Operation::Import, "RFE"), (Operation::Export, "RFE")]),
    c("M3", "INTRODUCCION DE MERCANCIAS (RFE)", ClaveGroup::StrategicBonded, &[(Operation::Import, "RFS")]),
    c("M4", "INTRODUCCION DE ACTIVO FIJO (RFE)", ClaveGroup::StrategicBonded, &[(Operation::Import, "RFS")]),
    c("M5", "INTRODUCCION DE MERCANCIA NACIONAL O NACIONALIZADA (RFE)", ClaveGroup::StrategicBonded, &[(Operation::Export, "RFS")]),
    c("P1", "REEXPEDICION DE MERCANCIAS DE FRANJA FRONTERIZA O REGION FRONTERIZA AL INTERIOR DEL PAIS", ClaveGroup::Definitive, &[(Operation::Import, "IMD")]),
    c("R1", "RECTIFICACION DE PEDIMENTOS", ClaveGroup::Other, &[]),
    c("RT", "RETORNO DE MERCANCIAS (IMMEX)", ClaveGroup::Immex, &[(Operation::Export, "ITE")]),
    c("S2", "IMPORTACION Y EXPORTACION DE MERCANCIAS PARA RETORNAR EN SU MISMO ESTADO (ARTICULO 86 DE LA LEY)", ClaveGroup::Definitive, &[(Operation::Import, "IMD"), (Operation::Export, "EXD")]),
    c("T1", "IMPORTACION Y EXPORTACION POR EMPRESAS DE MENSAJERIA", ClaveGroup::Definitive, &[(Operation::Import, "IMD"), (Operation::Export, "EXD")]),
    c("T3", "TRANSITO INTERNO", ClaveGroup::Transit, &[(Operation::Transit, "TRA")]),
    c("T6", "TRANSITO INTERNACIONAL POR TERRITORIO EXTRANJERO", ClaveGroup::Transit, &[(Operation::Transit, "TRA")]),
    c("T7", "TRANSITO INTERNACIONAL POR TERRITORIO NACIONAL", ClaveGroup::Transit, &[(Operation::Transit, "TRA")]),
    c("T9", "TRANSITO INTERNACIONAL DE TRANSMIGRANTES", ClaveGroup::Transit, &[(Operation::Transit, "TRA")]),
    c("G9", "TRANSFERENCIA DE MERCANCIAS DE RECINTO FISCALIZADO ESTRATEGICO NO COLINDANTE PARA SU IMPORTACION DEFINITIVA", ClaveGroup::Virtual, &[(Operation::Import, "IMD")]),
    c("V1", "TRANSFERENCIAS DE MERCANCIAS (IMPORTACION TEMPORAL VIRTUAL; INTRODUCCION VIRTUAL A DEPOSITO FISCAL O A RECINTO FISCALIZADO ESTRATEGICO; RETORNO VIRTUAL; EXPORTACION VIRTUAL DE PROVEEDORES NACIONALES)", ClaveGroup::Virtual, &[(Operation::Import, "ITE"), (Operation::Import, "ITR"), (Operation::Import, "DFI"), (Operation::Import, "RFS"), (Operation::Export, "ITE"), (Operation::Export, "EXD")]),
    c("V2", "TRANSFERENCIAS DE MERCANCIAS IMPORTADAS CON CUENTA ADUANERA (EXPORTACION E IMPORTACION VIRTUAL)", ClaveGroup::Virtual, &[(Operation::Import, "ITE"), (Operation::Export, "EXD")]),
    c("V3", "EXTRACCION DE DEPOSITO FISCAL DE BIENES PARA SU RETORNO O EXPORTACION VIRTUAL (IA)", ClaveGroup::BondedWarehouse, &[(Operation::Export, "DFI")]),
    c("V4", "RETORNO VIRTUAL DERIVADO DE LA CONSTANCIA DE TRANSFERENCIA DE MERCANCIAS (IA)", ClaveGroup::BondedWarehouse, &[(Operation::Export, "DFI")]),
    c("V5", "TRANSFERENCIAS DE MERCANCIAS DE EMPRESAS CERTIFICADAS (RETORNO VIRTUAL PARA IMPORTACION DEFINITIVA)", ClaveGroup::Virtual, &[(Operation::Import, "IMD"), (Operation::Export, "ITE")]),
    c("V6", "TRANSFERENCIAS DE MERCANCIAS SUJETAS A CUPO (IMPORTACION DEFINITIVA Y RETORNO VIRTUAL)", ClaveGroup::Virtual, &[(Operation::Import, "IMD"), (Operation::Export, "ITE")]),
    c("V7", "TRANSFERENCIAS DEL SECTOR AZUCARERO (EXPORTACION VIRTUAL E IMPORTACION TEMPORAL VIRTUAL)", ClaveGroup::Virtual, &[(Operation::Import, "ITE"), (Operation::Import, "ITR"), (Operation::Export, "EXD")]),
    c("V8", "TRANSFERENCIA DE MERCANCIAS EN DEPOSITO FISCAL PARA LA EXPOSICION Y VENTA DE MERCANCIAS EXTRANJERAS, NACIONALES Y NACIONALIZADAS DE TIENDAS LIBRES DE IMPUESTOS (DUTY FREE)", ClaveGroup::BondedWarehouse, &[(Operation::Import, "DFI"), (Operation::Export, "DFI")]),
    c("V9", "TRANSFERENCIAS DE MERCANCIAS POR DONACION (IMPORTACION DEFINITIVA Y RETORNO VIRTUAL)", ClaveGroup::Virtual, &[(Operation::Import, "IMD"), (Operation::Export, "ITE")]),
    c("VD", "VIRTUALES DIVERSOS", ClaveGroup::Virtual, &[(Operation::Import, "ITE"), (Operation::Export, "EXD")]),
    c("VF", "IMPORTACION DEFINITIVA DE VEHICULOS USADOS A LA FRANJA O REGION FRONTERIZA NORTE", ClaveGroup::Definitive, &[(Operation::Import, "IMD")]),
    c("VU", "IMPORTACION DEFINITIVA DE VEHICULOS USADOS", ClaveGroup::Definitive, &[(Operation::Import, "IMD")]),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::Reference;

    #[test]
    fn common_border_claves_are_present() {
        let r = Reference::builtin();
        for code in ["A1", "IN", "RT", "AF", "V1", "H1", "R1", "T7", "G9"] {
            assert!(r.clave_pedimento(code).is_some(), "{code}");
        }
        assert!(r.clave_pedimento("ZZ").is_none());
    }

    #[test]
    fn each_clave_is_declared_as_its_description_says() {
        let r = Reference::builtin();
        let a1 = r.clave_pedimento("A1").unwrap();
        assert_eq!(a1.regimenes(Operation::Import).collect::<Vec<_>>(), ["IMD"]);
        assert_eq!(a1.regimenes(Operation::Export).collect::<Vec<_>>(), ["EXD"]);
        let rt = r.clave_pedimento("RT").unwrap();
        assert!(rt.allows(Operation::Export) && !rt.allows(Operation::Import), "an IMMEX return leaves Mexico");
        assert_eq!(rt.regimenes(Operation::Export).collect::<Vec<_>>(), ["ITE"], "under the temporary régimen it came in with");
        assert!(r.clave_pedimento("IN").unwrap().allows(Operation::Import) && !r.clave_pedimento("IN").unwrap().allows(Operation::Export));
        assert!(r.clave_pedimento("T7").unwrap().allows(Operation::Transit));
        assert!(r.clave_pedimento("R1").unwrap().allows(Operation::Export), "a rectification takes the original's operation");
        let regimenes: Vec<&str> = r.codes().regimenes.iter().map(|c| c.code).collect();
        for clave in r.claves_pedimento() {
            for (_, regimen) in clave.uses {
                assert!(regimenes.contains(regimen), "{} uses unknown régimen {regimen}", clave.code);
            }
            if clave.group == ClaveGroup::Definitive {
                assert!(clave.uses.iter().all(|(_, r)| matches!(*r, "IMD" | "EXD")), "{}", clave.code);
            }
        }
        let mut codes: Vec<&str> = r.claves_pedimento().iter().map(|c| c.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), r.claves_pedimento().len(), "no clave twice");
    }
}
