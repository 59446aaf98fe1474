//! CBP ports of entry on the U.S.–Mexico land border (4-digit `DDPP` codes: district + port).
//!
//! Source: CBP port-code list (19 CFR 101.3 districts and ports), cross-checked against the port
//! prefixes of the CBP Border Wait Times API (`port_number`, sample of 2022-06-29). Each port's
//! time zone is the IANA zone of the county it sits in: Presidio County, TX keeps Central time while
//! El Paso County, TX keeps Mountain time, and Arizona does not observe daylight saving time.

use serde::Serialize;
use ts_rs::TS;

/// One U.S. port of entry on the southern land border.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UsPort {
    /// 4-digit CBP port code, e.g. "2304".
    pub code: &'static str,
    /// Port name as CBP writes it.
    pub name: &'static str,
    /// Two-letter U.S. state.
    pub state: &'static str,
    /// IANA time zone of the port.
    pub time_zone: &'static str,
}

const CENTRAL: &str = "America/Chicago";
const MOUNTAIN: &str = "America/Denver";
const ARIZONA: &str = "America/Phoenix";
const PACIFIC: &str = "America/Los_Angeles";

const fn port(code: &'static str, name: &'static str, state: &'static str, time_zone: &'static str) -> UsPort {
    UsPort { code, name, state, time_zone }
}

pub(crate) static US_PORTS: [UsPort; 25] = [
    port("2301", "Brownsville", "TX", CENTRAL),
    port("2302", "Del Rio", "TX", CENTRAL),
    port("2303", "Eagle Pass", "TX", CENTRAL),
    port("2304", "Laredo", "TX", CENTRAL),
    port("2305", "Hidalgo/Pharr", "TX", CENTRAL),
    port("2307", "Rio Grande City", "TX", CENTRAL),
    port("2309", "Progreso", "TX", CENTRAL),
    port("2310", "Roma", "TX", CENTRAL),
    port("2402", "El Paso", "TX", MOUNTAIN),
    port("2403", "Presidio", "TX", CENTRAL),
    port("2404", "Fabens (Tornillo)", "TX", MOUNTAIN),
    port("2406", "Columbus", "NM", MOUNTAIN),
    port("2408", "Santa Teresa", "NM", MOUNTAIN),
    port("2502", "Andrade", "CA", PACIFIC),
    port("2503", "Calexico (West)", "CA", PACIFIC),
    port("2504", "San Ysidro", "CA", PACIFIC),
    port("2505", "Tecate", "CA", PACIFIC),
    port("2506", "Otay Mesa", "CA", PACIFIC),
    port("2507", "Calexico East", "CA", PACIFIC),
    port("2601", "Douglas", "AZ", ARIZONA),
    port("2602", "Lukeville", "AZ", ARIZONA),
    port("2603", "Naco", "AZ", ARIZONA),
    port("2604", "Nogales", "AZ", ARIZONA),
    port("2606", "Sasabe", "AZ", ARIZONA),
    port("2608", "San Luis", "AZ", ARIZONA),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::Reference;
    use chrono_tz::Tz;

    #[test]
    fn codes_are_unique_sorted_four_digit_district_port_codes() {
        let codes: Vec<&str> = US_PORTS.iter().map(|p| p.code).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(codes, sorted, "catalog must be sorted by code without duplicates");
        for code in codes {
            assert!(code.len() == 4 && code.bytes().all(|b| b.is_ascii_digit()), "{code} is not a DDPP code");
            assert!(["23", "24", "25", "26"].contains(&&code[..2]), "{code} is outside the southern-border districts 23-26");
        }
    }

    #[test]
    fn every_time_zone_is_a_known_iana_zone() {
        for p in US_PORTS.iter() {
            assert!(p.time_zone.parse::<Tz>().is_ok(), "{} has unknown zone {}", p.code, p.time_zone);
        }
    }

    #[test]
    fn ports_named_in_the_brief_resolve_to_their_codes() {
        for (code, name) in [("2304", "Laredo"), ("2506", "Otay Mesa"), ("2604", "Nogales"), ("2402", "El Paso")] {
            assert_eq!(Reference::builtin().us_port(code).map(|p| p.name), Some(name));
        }
        assert_eq!(Reference::builtin().us_port("0901"), None, "a northern-border port is not in this catalog");
    }
}
