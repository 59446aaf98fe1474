//! The demo draft placed in a new database, so a first-time user sees a filled-in declaration.

use chrono::NaiveDate;

use crate::crossing_time::PlannedCrossing;
use crate::declaration::Direction;
use crate::header::{DraftHeader, HeaderInput};

/// Reference of the demo draft. The word DEMO makes it unmistakable in lists and printouts.
pub const DEMO_REFERENCE: &str = "DEMO — Laredo northbound auto parts";

/// A northbound shipment through Laredo (World Trade Bridge is the busiest commercial crossing).
/// The crossing date is fixed, not "tomorrow": the core does not read the clock.
pub fn demo_header() -> DraftHeader {
    let local = NaiveDate::from_ymd_opt(2026, 12, 1).and_then(|d| d.and_hms_opt(9, 30, 0)).expect("a valid calendar date");
    let input = HeaderInput {
        reference: DEMO_REFERENCE.to_owned(),
        direction: Direction::Northbound,
        port_of_entry: Some("2304".to_owned()),
        planned_crossing: Some(PlannedCrossing { local, zone: "America/Chicago".to_owned() }),
    };
    DraftHeader::new(input, &crate::reference::Reference::builtin()).expect("the demo header satisfies the header rules")
}

/// The demo as a complete declaration: the northbound sample under the demo reference, so a new
/// user sees every section filled in and both governments' views.
pub fn demo_declaration() -> crate::declaration::Declaration {
    let mut d = crate::sample::northbound_auto_parts();
    crate::draft::Draft::apply_header(&mut d, &demo_header());
    d
}

#[cfg(test)]
mod tests {
    #[test]
    fn demo_header_is_valid_and_labelled() {
        let header = super::demo_header();
        assert!(header.reference().starts_with("DEMO"));
        assert_eq!(header.port_of_entry(), Some("2304"));
    }

    #[test]
    fn demo_declaration_is_complete_and_valid() {
        let d = super::demo_declaration();
        assert!(d.reference.starts_with("DEMO"));
        assert!(
            crate::validate::validate(&d, &crate::reference::Reference::builtin()).is_empty(),
            "{:#?}",
            crate::validate::validate(&d, &crate::reference::Reference::builtin())
        );
    }
}
