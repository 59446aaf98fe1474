//! Commercial truck crossings of the southern border as CBP Border Wait Times identifies them
//! (`port_number`: 4-digit port + 2-digit crossing; Brownsville's bridges use 5355xx), from a real
//! BWT API response of 2022-06-29 (domain brief A10), with the aduana-sección across each one.

use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Crossing {
    /// BWT crossing id, e.g. "230404".
    pub id: &'static str,
    pub name: &'static str,
    /// 4-digit CBP port the crossing belongs to.
    pub us_port: &'static str,
    /// 3-digit aduana-sección on the Mexican side.
    pub aduana: &'static str,
}

const fn c(id: &'static str, name: &'static str, us_port: &'static str, aduana: &'static str) -> Crossing {
    Crossing { id, name, us_port, aduana }
}

pub(crate) static CROSSINGS: [Crossing; 22] = [
    c("535502", "Brownsville Veterans International Bridge", "2301", "170"),
    c("535503", "Brownsville Los Indios", "2301", "171"),
    c("230201", "Del Rio", "2302", "440"),
    c("230302", "Eagle Pass Bridge II", "2303", "270"),
    c("230403", "Laredo Colombia Solidarity Bridge", "2304", "800"),
    c("230404", "Laredo World Trade Bridge", "2304", "240"),
    c("230502", "Pharr-Reynosa International Bridge", "2305", "300"),
    c("230701", "Rio Grande City", "2307", "820"),
    c("230901", "Progreso", "2309", "302"),
    c("231001", "Roma", "2310", "340"),
    c("240201", "El Paso Bridge of the Americas (BOTA)", "2402", "070"),
    c("240203", "El Paso Ysleta", "2402", "071"),
    c("240301", "Presidio", "2403", "250"),
    c("240601", "Columbus", "2406", "260"),
    c("240801", "Santa Teresa", "2408", "072"),
    c("250301", "Calexico East", "2507", "190"),
    c("250501", "Tecate", "2505", "390"),
    c("250602", "Otay Mesa Commercial", "2506", "400"),
    c("260101", "Douglas", "2601", "020"),
    c("260402", "Nogales Mariposa", "2604", "230"),
    c("260801", "San Luis I", "2608", "330"),
    c("260802", "San Luis II", "2608", "330"),
];

#[cfg(test)]
mod tests {
    use crate::reference::Reference;

    #[test]
    fn each_crossing_joins_a_known_port_to_a_section_that_faces_it() {
        let r = Reference::builtin();
        for c in r.crossings() {
            assert!(r.us_port(c.us_port).is_some(), "{}", c.id);
            let section = r.border_section(c.aduana).unwrap_or_else(|| panic!("{} has unknown aduana {}", c.id, c.aduana));
            assert!(section.facing_us_ports.contains(&c.us_port), "{} joins {} to {}", c.id, c.us_port, c.aduana);
        }
    }
}
