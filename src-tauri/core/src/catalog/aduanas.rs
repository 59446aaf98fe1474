//! Mexican customs offices (Anexo 22, Apéndice 1; SAT catalog c_Aduana of CFDI 4.0, in force since
//! 2022-01-01) and the northern-border aduana-sección codes with the U.S. ports they face.
//!
//! The 2-digit aduana is what the pedimento number carries; the 3-digit aduana-sección (aduana +
//! sección) is what the pedimento header declares as the office of entry or exit.

use serde::Serialize;
use ts_rs::TS;

/// One aduana (2-digit code) as SAT publishes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Aduana {
    pub code: &'static str,
    pub name: &'static str,
}

/// A northern-border aduana-sección and the CBP ports across the line from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BorderSection {
    /// 3 digits: aduana (2) + sección (1).
    pub code: &'static str,
    pub name: &'static str,
    /// 4-digit CBP ports this section faces.
    pub facing_us_ports: &'static [&'static str],
}

const fn a(code: &'static str, name: &'static str) -> Aduana {
    Aduana { code, name }
}

const fn s(code: &'static str, name: &'static str, facing_us_ports: &'static [&'static str]) -> BorderSection {
    BorderSection { code, name, facing_us_ports }
}

pub(crate) static ADUANAS: [Aduana; 50] = [
    a("01", "ACAPULCO, ACAPULCO DE JUAREZ, GUERRERO"),
    a("02", "AGUA PRIETA, AGUA PRIETA, SONORA"),
    a("05", "SUBTENIENTE LOPEZ, SUBTENIENTE LOPEZ, QUINTANA ROO"),
    a("06", "CIUDAD DEL CARMEN, CIUDAD DEL CARMEN, CAMPECHE"),
    a("07", "CIUDAD JUAREZ, CIUDAD JUAREZ, CHIHUAHUA"),
    a("08", "COATZACOALCOS, COATZACOALCOS, VERACRUZ"),
    a("11", "ENSENADA, ENSENADA, BAJA CALIFORNIA"),
    a("12", "GUAYMAS, GUAYMAS, SONORA"),
    a("14", "LA PAZ, LA PAZ, BAJA CALIFORNIA SUR"),
    a("16", "MANZANILLO, MANZANILLO, COLIMA"),
    a("17", "MATAMOROS, MATAMOROS, TAMAULIPAS"),
    a("18", "MAZATLAN, MAZATLAN, SINALOA"),
    a("19", "MEXICALI, MEXICALI, BAJA CALIFORNIA"),
    a("20", "MEXICO, DISTRITO FEDERAL"),
    a("22", "NACO, NACO, SONORA"),
    a("23", "NOGALES, NOGALES, SONORA"),
    a("24", "NUEVO LAREDO, NUEVO LAREDO, TAMAULIPAS"),
    a("25", "OJINAGA, OJINAGA, CHIHUAHUA"),
    a("26", "PUERTO PALOMAS, PUERTO PALOMAS, CHIHUAHUA"),
    a("27", "PIEDRAS NEGRAS, PIEDRAS NEGRAS, COAHUILA"),
    a("28", "PROGRESO, PROGRESO, YUCATAN"),
    a("30", "CIUDAD REYNOSA, CIUDAD REYNOSA, TAMAULIPAS"),
    a("31", "SALINA CRUZ, SALINA CRUZ, OAXACA"),
    a("33", "SAN LUIS RIO COLORADO, SAN LUIS RIO COLORADO, SONORA"),
    a("34", "CIUDAD MIGUEL ALEMAN, CIUDAD MIGUEL ALEMAN, TAMAULIPAS"),
    a("37", "CIUDAD HIDALGO, CIUDAD HIDALGO, CHIAPAS"),
    a("38", "TAMPICO, TAMPICO, TAMAULIPAS"),
    a("39", "TECATE, TECATE, BAJA CALIFORNIA"),
    a("40", "TIJUANA, TIJUANA, BAJA CALIFORNIA"),
    a("42", "TUXPAN, TUXPAN DE RODRIGUEZ CANO, VERACRUZ"),
    a("43", "VERACRUZ, VERACRUZ, VERACRUZ"),
    a("44", "CIUDAD ACUÑA, CIUDAD ACUÑA, COAHUILA"),
    a("46", "TORREON, TORREON, COAHUILA"),
    a("47", "AEROPUERTO INTERNACIONAL DE LA CIUDAD DE MEXICO,"),
    a("48", "GUADALAJARA, TLACOMULCO DE ZUÑIGA, JALISCO"),
    a("50", "SONOYTA, SONOYTA, SONORA"),
    a("51", "LAZARO CARDENAS, LAZARO CARDENAS, MICHOACAN"),
    a("52", "MONTERREY, GENERAL MARIANO ESCOBEDO, NUEVO LEON"),
    a("53", "CANCUN, CANCUN, QUINTANA ROO"),
    a("64", "QUERÉTARO, EL MARQUÉS Y COLON, QUERÉTARO"),
    a("65", "TOLUCA, TOLUCA, ESTADO DE MEXICO"),
    a("67", "CHIHUAHUA, CHIHUAHUA, CHIHUAHUA"),
    a("73", "AGUASCALIENTES, AGUASCALIENTES, AGUASCALIENTES"),
    a("75", "PUEBLA, HEROICA PUEBLA DE ZARAGOZA, PUEBLA"),
    a("80", "COLOMBIA, COLOMBIA, NUEVO LEON"),
    a("81", "ALTAMIRA, ALTAMIRA, TAMAULIPAS"),
    a("82", "CIUDAD CAMARGO, CIUDAD CAMARGO, TAMAULIPAS"),
    a("83", "DOS BOCAS, PARAISO, TABASCO"),
    a("84", "GUANAJUATO, SILAO, GUANAJUATO"),
    a("85", "AEROPUERTO INTERNACIONAL FELIPE ÁNGELES, SANTA LUCÍA, ZUMPANGO, ESTADO DE MÉXICO"),
];

/// Apéndice 1 border sections (domain brief table B2) and the ports opposite, by geography: each
/// section sits at the bridge or gate that leads to that CBP port.
pub(crate) static BORDER_SECTIONS: [BorderSection; 28] = [
    s("020", "Agua Prieta, Son.", &["2601"]),
    s("070", "Ciudad Juárez, Chih.", &["2402"]),
    s("071", "Puente Zaragoza-Isleta, Chih.", &["2402"]),
    s("072", "San Jerónimo-Santa Teresa, Chih.", &["2408"]),
    s("074", "Guadalupe-Tornillo, Chih.", &["2404"]),
    s("170", "Matamoros, Tamps.", &["2301"]),
    s("171", "Lucio Blanco-Los Indios, Tamps.", &["2301"]),
    s("190", "Mexicali, B.C.", &["2503", "2507"]),
    s("192", "Los Algodones, B.C.", &["2502"]),
    s("220", "Naco, Son.", &["2603"]),
    s("230", "Nogales, Son.", &["2604"]),
    s("231", "Sásabe, Son.", &["2606"]),
    s("240", "Nuevo Laredo, Tamps.", &["2304"]),
    s("250", "Ojinaga, Chih.", &["2403"]),
    s("260", "Puerto Palomas, Chih.", &["2406"]),
    s("270", "Piedras Negras, Coah.", &["2303"]),
    s("300", "Ciudad Reynosa, Tamps.", &["2305"]),
    s("302", "Las Flores (Río Bravo), Tamps.", &["2309"]),
    s("305", "Río Bravo-Donna, Tamps.", &["2305", "2309"]),
    s("306", "Anzaldúas, Tamps.", &["2305"]),
    s("330", "San Luis Río Colorado, Son.", &["2608"]),
    s("340", "Ciudad Miguel Alemán, Tamps.", &["2310"]),
    s("390", "Tecate, B.C.", &["2505"]),
    s("400", "Tijuana, B.C.", &["2504", "2506"]),
    s("440", "Ciudad Acuña, Coah.", &["2302"]),
    s("500", "Sonoyta, Son.", &["2602"]),
    s("800", "Colombia, N.L.", &["2304"]),
    s("820", "Ciudad Camargo, Tamps.", &["2307"]),
];

#[cfg(test)]
mod tests {
    use crate::reference::Reference;

    #[test]
    fn every_border_section_belongs_to_a_known_aduana_and_faces_known_ports() {
        let r = Reference::builtin();
        for section in r.border_sections() {
            assert!(r.aduana(&section.code[..2]).is_some(), "{} has no aduana", section.code);
            for port in section.facing_us_ports {
                assert!(r.us_port(port).is_some(), "{} faces unknown port {port}", section.code);
            }
        }
    }

    #[test]
    fn the_busiest_pairs() {
        let r = Reference::builtin();
        assert_eq!(r.border_section("240").unwrap().facing_us_ports, &["2304"]);
        assert!(r.border_section("400").unwrap().facing_us_ports.contains(&"2506"));
        assert_eq!(r.aduana("24").unwrap().name, "NUEVO LAREDO, NUEVO LAREDO, TAMAULIPAS");
    }
}
