//! Mexican customs offices (Anexo 22, Apéndice 1; SAT catalog c_Aduana of CFDI 4.0, in force since
//! 2022-01-01) and the northern-border aduana-sección codes with the U.S. ports they face.
//!
//! The 2-digit aduana is what the pedimento number carries; the 3-digit aduana-sección (aduana +
//! sección) is what the pedimento header declares as the office of entry or exit (campo 8) and of
//! clearance (campo 31). The secciones are Apéndice 1 as published (Anexo 22 of the RGCE).

use serde::Serialize;
use ts_rs::TS;

/// One aduana (2-digit code) as SAT publishes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Aduana {
    pub code: &'static str,
    pub name: &'static str,
}

/// An aduana-sección of Apéndice 1: where a pedimento is cleared (campo 31) or the goods enter or
/// leave (campo 8).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Section {
    /// 3 digits: aduana (2) + sección (1).
    pub code: &'static str,
    pub name: &'static str,
}

const fn sec(code: &'static str, name: &'static str) -> Section {
    Section { code, name }
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

/// Every aduana-sección of Apéndice 1 (3 digits: aduana + sección), 118 entries, with its name.
pub(crate) static SECTIONS: [Section; 118] = [
    sec("010", "Acapulco, Acapulco de Juárez, Guerrero"),
    sec("012", "Aeropuerto Internacional General Juan N. Álvarez, Acapulco, Guerrero"),
    sec("020", "Agua Prieta, Agua Prieta, Sonora"),
    sec("050", "Subteniente López, Subteniente López, Quintana Roo"),
    sec("051", "Subteniente López II \"Chactemal\", Othón P. Blanco, Chetumal, Quintana Roo"),
    sec("060", "Ciudad del Carmen, Ciudad del Carmen, Campeche"),
    sec("063", "Seybaplaya, Champotón, Campeche"),
    sec("070", "Ciudad Juárez, Juárez, Chihuahua"),
    sec("071", "Puente Internacional Zaragoza Isleta, Juárez, Chihuahua"),
    sec("072", "San Jerónimo-Santa Teresa, Juárez, Chihuahua"),
    sec("073", "Aeropuerto Internacional Abraham González, Juárez, Chihuahua"),
    sec("074", "Guadalupe-Tornillo, Guadalupe, Chihuahua"),
    sec("080", "Coatzacoalcos, Coatzacoalcos, Veracruz"),
    sec("110", "Ensenada, Ensenada, Baja California"),
    sec("120", "Guaymas, Guaymas, Sonora"),
    sec("140", "La Paz, La Paz, Baja California Sur"),
    sec("142", "San José del Cabo, Los Cabos, Baja California Sur"),
    sec("144", "Santa Rosalía, Mulegé, Baja California Sur"),
    sec("147", "Pichilingue, La Paz, Baja California Sur"),
    sec("160", "Manzanillo, Manzanillo, Colima"),
    sec("161", "Armería, Armería, Colima"),
    sec("170", "Matamoros, Matamoros, Tamaulipas"),
    sec("171", "Lucio Blanco-Los Indios, Matamoros, Tamaulipas"),
    sec("172", "Ferroviaria de Matamoros, Matamoros, Tamaulipas"),
    sec("180", "Mazatlán, Mazatlán, Sinaloa"),
    sec("183", "Topolobampo, Ahome, Sinaloa"),
    sec("190", "Mexicali, Mexicali, Baja California"),
    sec("192", "Los Algodones, Mexicali, Baja California"),
    sec("193", "San Felipe, Mexicali, Baja California"),
    sec("200", "México, Ciudad de México"),
    sec("202", "Importación y Exportación de Contenedores, Alcaldía Azcapotzalco, Ciudad de México"),
    sec("220", "Naco, Naco, Sonora"),
    sec("230", "Nogales, Nogales, Sonora"),
    sec("231", "Sásabe, Sáric, Sonora"),
    sec("232", "Aeropuerto Internacional General Ignacio Pesqueira García, Hermosillo, Sonora"),
    sec("233", "Ciudad Obregón Adyacente al Aeropuerto de Ciudad Obregón, Cajeme, Sonora"),
    sec("234", "Aeropuerto Internacional de Culiacán, Culiacán, Sinaloa"),
    sec("240", "Nuevo Laredo, Nuevo Laredo, Tamaulipas"),
    sec("250", "Ojinaga, Ojinaga, Chihuahua"),
    sec("260", "Puerto Palomas, Puerto Palomas, Chihuahua"),
    sec("270", "Piedras Negras, Piedras Negras, Coahuila de Zaragoza"),
    sec("271", "Aeropuerto Internacional Plan de Guadalupe, Ramos Arizpe, Coahuila de Zaragoza"),
    sec("280", "Progreso, Progreso, Yucatán"),
    sec("282", "Aeropuerto Internacional Lic. Manuel Crescencio Rejón, Mérida, Yucatán"),
    sec("300", "Ciudad Reynosa, Reynosa, Tamaulipas"),
    sec("302", "Las Flores, Río Bravo, Tamaulipas"),
    sec("304", "Aeropuerto Internacional General Lucio Blanco, Reynosa, Tamaulipas"),
    sec("305", "Río Bravo-Donna, Río Bravo, Tamaulipas"),
    sec("306", "Anzaldúas, Reynosa, Tamaulipas"),
    sec("307", "Aeropuerto Internacional General Pedro José Méndez, Victoria, Tamaulipas"),
    sec("310", "Salina Cruz, Salina Cruz, Oaxaca"),
    sec("313", "Puerto Chiapas, Tapachula, Chiapas"),
    sec("330", "San Luis Río Colorado, San Luis Río Colorado, Sonora"),
    sec("340", "Ciudad Miguel Alemán, Miguel Alemán, Tamaulipas"),
    sec("342", "Guerrero, Guerrero, Tamaulipas"),
    sec("370", "Ciudad Hidalgo, Ciudad Hidalgo, Chiapas"),
    sec("372", "Ciudad Talismán, Tuxtla Chico, Chiapas"),
    sec("376", "Ciudad Cuauhtémoc, Frontera Comalapa, Chiapas"),
    sec("373", "Aeropuerto Internacional de Oaxaca, Santa Cruz Xoxocotlán, Oaxaca"),
    sec("374", "Aeropuerto Internacional C.P.A. Carlos Rovirosa Pérez, Ciudad de Villahermosa, Centro, Tabasco"),
    sec("377", "El Ceibo, Tenosique, Tabasco"),
    sec("378", "Cruce Fronterizo Nuevo Orizaba-Ingenieros, Benemérito de las Américas, Chiapas"),
    sec("380", "Tampico, Tampico, Tamaulipas"),
    sec("390", "Tecate, Tecate, Baja California"),
    sec("391", "Loreto, Loreto, Baja California Sur"),
    sec("392", "Cabo San Lucas, Los Cabos, Baja California Sur"),
    sec("400", "Tijuana, Tijuana, Baja California"),
    sec("402", "Aeropuerto Internacional denominado Abelardo L. Rodríguez, Tijuana, Baja California"),
    sec("420", "Tuxpan, Tuxpan de Rodríguez Cano, Veracruz"),
    sec("421", "Tuxpan, Tuxpan, Veracruz"),
    sec("430", "Veracruz, Veracruz, Veracruz"),
    sec("432", "Aeropuerto Internacional General Heriberto Jara Corona, Veracruz, Veracruz"),
    sec("440", "Ciudad Acuña, Ciudad Acuña, Coahuila de Zaragoza"),
    sec("460", "Torreón, Torreón, Coahuila de Zaragoza"),
    sec("462", "Gómez Palácio, Gómez Palácio, Durango"),
    sec("463", "Aeropuerto Internacional General Guadalupe Victoria, Durango, Durango"),
    sec("461", "Aeropuerto de Torreón, Coahuila de Zaragoza"),
    sec("470", "Aeropuerto Internacional de la Ciudad de México"),
    sec("471", "Satélite, para importación y exportación por vía aérea, Aeropuerto Internacional \"Benito Juárez\" de la Ciudad de México"),
    sec(
        "472",
        "Centro Postal Mecanizado, por vía postal y por tráfico aéreo, Aeropuerto Internacional \"Benito Juárez\" de la Ciudad de México",
    ),
    sec("480", "Guadalajara, Tlajomulco de Zúñiga, Jalisco"),
    sec("481", "Puerto Vallarta, Puerto Vallarta, Jalisco"),
    sec("484", "Terminal Intermodal Ferroviaria, Guadalajara, Jalisco"),
    sec("500", "Sonoyta, Sonoyta, Sonora"),
    sec("501", "San Emeterio, General Plutarco Elías Calles, Sonora"),
    sec("510", "Lázaro Cárdenas, Lázaro Cárdenas, Michoacán"),
    sec("511", "Aeropuerto Internacional Ixtapa-Zihuatanejo, Zihuatanejo de Azueta, Guerrero"),
    sec("520", "Monterrey, General Mariano Escobedo, Nuevo León"),
    sec("521", "Aeropuerto Internacional General Mariano Escobedo, Apodaca, Nuevo León"),
    sec("523", "Salinas Victoria A (terminal ferroviaria), Salinas Victoria, Nuevo León"),
    sec("524", "General Escobedo, General Escobedo, Nuevo León"),
    sec("525", "Salinas Victoria B (Interpuerto), Salinas Victoria, Nuevo León"),
    sec("530", "Cancún, Cancún, Quintana Roo"),
    sec("532", "Aeropuerto Internacional de Cozumel, Cozumel, Quintana Roo"),
    sec("533", "Puerto Morelos, Benito Juárez, Quintana Roo"),
    sec("640", "Querétaro, El Marques y Colón, Querétaro"),
    sec("647", "Hidalgo, Atotonilco de Tula, Hidalgo"),
    sec("650", "Toluca, Toluca, Estado de México"),
    sec("651", "San Cayetano Morelos, Toluca, Estado de México"),
    sec("670", "Chihuahua, Chihuahua, Chihuahua"),
    sec("672", "Aeropuerto Internacional General Roberto Fierro Villalobos, Chihuahua, Chihuahua"),
    sec("730", "Aguascalientes, San Francisco de los Romo, Aguascalientes"),
    sec("731", "Parque Multimodal Interpuerto, San Luis Potosí, San Luis Potosí"),
    sec("733", "Aeropuerto Internacional Ponciano Arriaga, Soledad de Graciano Sánchez, San Luis Potosí"),
    sec("732", "Aeropuerto Internacional General Leobardo C. Ruiz, en Calera, Zacatecas"),
    sec("734", "La Pila-Villa, Villa de Reyes, San Luis Potosí"),
    sec("735", "Aeropuerto Internacional Lic. Jesús Terán Peredo, Aguascalientes, Aguascalientes"),
    sec("750", "Puebla, Heroica Puebla de Zaragoza, Puebla"),
    sec("751", "Cuernavaca, Jiutepec, Morelos"),
    sec("754", "Aeropuerto Internacional Hermanos Serdán, Huejotzingo, Puebla"),
    sec("800", "Colombia, Colombia, Nuevo León"),
    sec("810", "Altamira, Altamira, Tamaulipas"),
    sec("820", "Ciudad Camargo, Camargo, Tamaulipas"),
    sec("830", "Dos Bocas, Paraíso, Tabasco"),
    sec("840", "Guanajuato, Silao de la Victoria, Guanajuato"),
    sec("841", "Celaya, Celaya, Guanajuato"),
    sec("842", "Aeropuerto Internacional de Guanajuato, Silao de la Victoria, Guanajuato"),
    sec("850", "Aeropuerto Internacional Felipe Ángeles, Santa Lucía, Zumpango, Estado de México"),
];

/// Aduanas with secciones that Apéndice 1 lists, in the copy Cruce was built from, without their
/// digit (Mesa de Otay, El Chaparral and Puerta México Este of Tijuana; Estación Sánchez of Nuevo
/// Laredo; Río Escondido; airports): a sección of these that is not listed may still exist.
pub(crate) static UNNUMBERED_SECTIONS_IN: [&str; 6] = ["14", "17", "24", "27", "37", "40"];

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
    use super::{SECTIONS, UNNUMBERED_SECTIONS_IN};
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
    fn every_section_belongs_to_a_known_aduana_and_the_border_ones_are_sections() {
        let r = Reference::builtin();
        for s in SECTIONS.iter() {
            assert!(s.code.len() == 3 && r.aduana(&s.code[..2]).is_some(), "{}", s.code);
        }
        for b in r.border_sections() {
            let listed = SECTIONS.iter().any(|s| s.code == b.code);
            assert!(listed || UNNUMBERED_SECTIONS_IN.contains(&&b.code[..2]), "{} is not in Apéndice 1", b.code);
        }
        assert_eq!(r.section("520").map(|s| s.name), Some("Monterrey, General Mariano Escobedo, Nuevo León"));
    }

    #[test]
    fn the_busiest_pairs() {
        let r = Reference::builtin();
        assert_eq!(r.border_section("240").unwrap().facing_us_ports, &["2304"]);
        assert!(r.border_section("400").unwrap().facing_us_ports.contains(&"2506"));
        assert_eq!(r.aduana("24").unwrap().name, "NUEVO LAREDO, NUEVO LAREDO, TAMAULIPAS");
    }
}
