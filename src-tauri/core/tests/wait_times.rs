//! CBP's Border Wait Times response, read from a real capture (2022-06-29, 46 Mexican-border
//! ports) and from the ways a response goes wrong.

mod published;

use cruce_core::crossing::wait_times::{parse, LaneReading, NoReading, WaitTimesError};

const SAMPLE: &str = "cbp-bwt/wsdot-currentBorderCrossings.json";

#[test]
fn the_real_response_gives_every_commercial_crossing_of_the_mexican_border() {
    let waits = parse(&published::read(SAMPLE)).unwrap();
    assert_eq!(waits.len(), 24, "the capture's Mexican-border crossings with commercial lanes");
    assert!(waits.iter().all(|w| w.maximum_lanes > 0));
    assert!(!waits.iter().any(|w| w.port_number == "250601"), "Otay Mesa Passenger has no commercial lanes");
    let wtb = waits.iter().find(|w| w.port_number == "230404").expect("Laredo World Trade Bridge");
    assert_eq!((wtb.port_name.as_str(), wtb.crossing_name.as_str(), wtb.maximum_lanes), ("Laredo", "World Trade Bridge", 15));
    let LaneReading::Open { delay_minutes, lanes_open, updated_at } = &wtb.standard else { panic!("{:?}", wtb.standard) };
    assert_eq!((*delay_minutes, *lanes_open), (45, Some(10)));
    assert_eq!(updated_at.unwrap().to_rfc3339(), "2022-06-29T17:00:00+00:00", "At Noon CDT");
    assert!(matches!(wtb.fast, LaneReading::Open { delay_minutes: 15, lanes_open: Some(4), .. }));
    assert_eq!(wtb.updated_at(), *updated_at);
}

#[test]
fn closed_pending_and_not_applicable_lanes_are_missing_values_not_zero() {
    let waits = parse(&published::read(SAMPLE)).unwrap();
    let andrade = waits.iter().find(|w| w.port_number == "250201").expect("Andrade");
    assert_eq!(andrade.standard, LaneReading::Missing { reason: NoReading::LanesClosed });
    assert_eq!(andrade.fast, LaneReading::Missing { reason: NoReading::NotApplicable });
    assert_eq!(andrade.updated_at(), None);
    let reasons: std::collections::HashSet<_> = waits
        .iter()
        .flat_map(|w| [&w.standard, &w.fast])
        .filter_map(|l| match l {
            LaneReading::Missing { reason } => Some(*reason),
            LaneReading::Open { .. } => None,
        })
        .collect();
    assert!(reasons.contains(&NoReading::UpdatePending) && reasons.contains(&NoReading::LanesClosed), "{reasons:?}");
    assert!(!reasons.contains(&NoReading::Unreadable), "every status of the real response is known");
}

#[test]
fn broken_responses_are_named() {
    assert!(matches!(parse("[{\"port_number\": "), Err(WaitTimesError::Syntax { .. })));
    assert!(matches!(parse("{\"error\": \"maintenance\"}"), Err(WaitTimesError::Shape { .. })));
    assert!(matches!(parse("<html>502 Bad Gateway</html>"), Err(WaitTimesError::Syntax { .. })));
    assert_eq!(parse("[]").unwrap(), vec![], "an empty array is no crossings, not an error");
    // A port with a delay that is not a number is unreadable, and the others still read.
    let odd = r#"[{"port_number":"230404","border":"Mexican Border","port_name":"Laredo","date":"6/29/2022","time":"12:25:16",
        "commercial_vehicle_lanes":{"maximum_lanes":"15","standard_lanes":{"update_time":"At Noon CDT","operational_status":"delay","delay_minutes":"lots","lanes_open":"10"},
        "FAST_lanes":{"update_time":"At Noon CDT","operational_status":"Gone fishing","delay_minutes":"","lanes_open":""}}},
        {"port_number":"230403","border":"Mexican Border","port_name":"Laredo","date":"6/29/2022","time":"12:25:16"}]"#;
    let w = parse(odd).unwrap();
    assert_eq!(w.len(), 1, "a port without commercial lanes is left out");
    assert_eq!(w[0].standard, LaneReading::Missing { reason: NoReading::Unreadable });
    assert_eq!(w[0].fast, LaneReading::Missing { reason: NoReading::Unreadable });
    let big = format!("[{}]", " ".repeat(cruce_core::crossing::wait_times::MAX_RESPONSE_BYTES));
    assert!(matches!(parse(&big), Err(WaitTimesError::TooLarge { .. })));
}
