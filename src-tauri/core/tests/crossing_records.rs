//! Crossings made from declarations, the board's rows and filters, the clearance figures and the
//! events read from a dispatcher's spreadsheet, with their broken variants.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use cruce_core::crossing::board::{row, urgency, BoardFilter};
use cruce_core::crossing::events_csv::{event_kind, preview, trip_key, TripTarget, MAX_EVENTS_BYTES};
use cruce_core::crossing::figures::{clearance_figures, facts, figures_csv, CrossingFacts, Ending};
use cruce_core::crossing::record::{check, fast_declaration, from_declarations, Crossing, StoredCrossing};
use cruce_core::crossing::timeline::{expected_next, timeline, Event, EventKind, ExamKind, Outcome, Stage};
use cruce_core::reference::Reference;
use cruce_core::sample;
use cruce_core::sheet::SheetError;
use cruce_core::{Language, PlannedCrossing};

fn at(local: &str, zone: &str) -> DateTime<Utc> {
    PlannedCrossing::new(NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").unwrap(), zone)
        .unwrap()
        .instant()
        .unwrap()
        .with_timezone(&Utc)
}

fn ev(id: &str, kind: EventKind, t: DateTime<Utc>) -> Event {
    Event {
        id: id.into(),
        kind,
        at: t,
        zone: "America/Chicago".into(),
        recorded_by: "dispatch".into(),
        note: String::new(),
        cbp: None,
        mx: None,
        exam: None,
        corrects: None,
    }
}

fn second_shipment() -> cruce_core::declaration::Declaration {
    let mut d = sample::northbound_auto_parts();
    d.reference = "NB-2026-0002".into();
    d.parties.us_importer.name = "Border Brake Distributors Inc".into();
    d.parties.us_importer.importer_number = "98-765432100".into();
    d
}

#[test]
fn two_declarations_on_one_truck_make_one_crossing() {
    let a = sample::northbound_auto_parts();
    let b = second_shipment();
    let c = from_declarations(&[("d1", 3, &a), ("d2", 1, &b)]).expect("they agree");
    assert_eq!(c.trip_number, "TRNM20261201A");
    assert_eq!((c.us_port.as_str(), c.crossing.as_str()), ("2304", "230404"));
    assert_eq!(c.tractor.plate, "AB1234C");
    assert_eq!(c.trailers.len(), 1, "the same trailer named by both is one trailer");
    assert_eq!(c.shipments.iter().map(|s| (s.draft_id.as_str(), s.revision)).collect::<Vec<_>>(), [("d1", 3), ("d2", 1)]);
    assert_eq!(c.carrier.scac, "TRNM");
    assert!(check(&c, &Reference::builtin()).is_empty(), "{:?}", check(&c, &Reference::builtin()));
    // The e-Manifest is due by the earliest planned arrival.
    let mut early = second_shipment();
    early.transport.estimated_arrival.as_mut().unwrap().local -= chrono::Duration::hours(2);
    let c = from_declarations(&[("d1", 3, &a), ("d2", 1, &early)]).unwrap();
    assert_eq!(c.planned_arrival, early.transport.estimated_arrival);
}

#[test]
fn declarations_that_disagree_on_the_truck_are_refused_with_each_disagreement() {
    let a = sample::northbound_auto_parts();
    let mut b = second_shipment();
    b.transport.crossing = "230403".into();
    b.transport.truck.plate = "ZZ9999Z".into();
    let problems = from_declarations(&[("d1", 1, &a), ("d2", 1, &b)]).unwrap_err();
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["crossing", "tractor.plate"]);
    assert!(problems.iter().all(|p| p.code == "crossing.declarations_disagree" && p.message_es.contains("no coinciden")));
    assert!(
        problems[0].message_en.contains("230404 in NB-2026-0001") || problems[0].message_en.contains("230404"),
        "{}",
        problems[0].message_en
    );
    // A field one of them leaves blank is not a disagreement.
    let mut blank = second_shipment();
    blank.transport.truck.plate.clear();
    blank.transport.trip_number.clear();
    assert!(from_declarations(&[("d1", 1, &a), ("d2", 1, &blank)]).is_ok());
    assert_eq!(from_declarations(&[]).unwrap_err()[0].code, "crossing.no_declarations");
}

#[test]
fn a_crossing_is_checked_before_it_is_stored() {
    let r = Reference::builtin();
    let good = from_declarations(&[("d1", 1, &sample::northbound_auto_parts())]).unwrap();
    let codes = |c: &Crossing| check(c, &r).into_iter().map(|p| p.code).collect::<Vec<_>>();
    let mut c = good.clone();
    c.trip_number = "  ".into();
    assert_eq!(codes(&c), ["crossing.trip_required"]);
    c.trip_number = "X".repeat(51);
    assert_eq!(codes(&c), ["crossing.trip_format"]);
    let mut c = good.clone();
    c.us_port = "9999".into();
    assert!(codes(&c).contains(&"crossing.unknown_port".to_owned()));
    let mut c = good.clone();
    c.crossing = "240201".into(); // El Paso BOTA is port 2402, not Laredo's 2304.
    assert_eq!(codes(&c), ["crossing.port_mismatch"]);
    c.crossing = "999999".into();
    assert_eq!(codes(&c), ["crossing.unknown_crossing"]);
    let mut c = good.clone();
    c.planned_arrival = Some(PlannedCrossing {
        local: NaiveDateTime::parse_from_str("2026-03-08 02:30", "%Y-%m-%d %H:%M").unwrap(),
        zone: "America/Chicago".into(),
    });
    let p = check(&c, &r);
    assert_eq!(p[0].code, "crossing.arrival_time");
    assert!(p[0].message_es.contains("horario de verano"));
    let mut c = good;
    c.shipments.push(c.shipments[0].clone());
    assert_eq!(codes(&c), ["crossing.declaration_twice"]);
}

#[test]
fn the_fast_declaration_carries_what_eligibility_reads() {
    let d = sample::northbound_auto_parts();
    let mut c = from_declarations(&[("d1", 1, &d)]).unwrap();
    c.fast_lane = true;
    let registry = sample::trusted_registry();
    let r = Reference::builtin();
    let e = cruce_core::trader::eligibility::fast_eligibility(
        &fast_declaration(&c, &c.shipments[0]),
        &registry,
        r.trader_rules(),
        Some("America/Chicago"),
    );
    let full = cruce_core::trader::eligibility::fast_eligibility(&d, &registry, r.trader_rules(), Some("America/Chicago"));
    assert_eq!(e.qualifies, full.qualifies, "the copy judges as the declaration does");
    assert_eq!(e.links.iter().map(|l| l.outcome).collect::<Vec<_>>(), full.links.iter().map(|l| l.outcome).collect::<Vec<_>>());
}

#[test]
fn the_board_offers_next_what_may_come_next() {
    let t = |hm: &str| at(&format!("2026-12-01 {hm}"), "America/Chicago");
    let none = timeline(&[], Some(t("09:30")), false, t("07:00"));
    let next = expected_next(&none);
    assert!(next.contains(&EventKind::EmanifestFiled) && next.contains(&EventKind::MxSelectionGreen));
    assert!(!next.contains(&EventKind::EmanifestAccepted), "accepted only after filed");
    assert!(!next.contains(&EventKind::Cleared), "cleared only after a release");
    let events = vec![ev("1", EventKind::EmanifestFiled, t("07:10")), ev("2", EventKind::MxSelectionGreen, t("09:00"))];
    let tl = timeline(&events, Some(t("09:30")), false, t("09:05"));
    let next = expected_next(&tl);
    assert!(next.contains(&EventKind::ArrivedUsBooth) && next.contains(&EventKind::UcpJointInspection));
    assert!(!next.contains(&EventKind::MxSelectionGreen), "not twice");
    assert!(!next.contains(&EventKind::PedimentoPaid), "nothing of a stage left behind");
    let done = timeline(
        &[
            ev("1", EventKind::ArrivedUsBooth, t("09:00")),
            ev("2", EventKind::Released, t("09:20")),
            ev("3", EventKind::Cleared, t("09:30")),
        ],
        None,
        false,
        t("10:00"),
    );
    assert!(expected_next(&done).is_empty());
}

#[test]
fn board_rows_filter_and_order_by_urgency() {
    let r = Reference::builtin();
    let d = sample::northbound_auto_parts();
    let c = from_declarations(&[("d1", 1, &d)]).unwrap();
    let stored = StoredCrossing { id: "x1".into(), revision: 1, updated_at: Utc::now(), updated_by: "a".into(), crossing: c };
    let arrival = stored.crossing.arrival().unwrap();
    // 20 minutes before the deadline (an hour before arrival), nothing filed: near.
    let now = arrival - chrono::Duration::minutes(80);
    let tl = timeline(&[], Some(arrival), false, now);
    let near = row(&stored, &tl, &r);
    assert_eq!(near.port_name, "Laredo");
    assert_eq!(near.crossing_name, "Laredo World Trade Bridge");
    assert_eq!(near.deadline.as_ref().unwrap().seconds_left, 20 * 60);
    let later = row(&stored, &timeline(&[], Some(arrival), false, arrival - chrono::Duration::hours(5)), &r);
    assert!(urgency(&near) < urgency(&later), "a near deadline first");
    let f = |port: &str, carrier: &str, text: &str, stage: Option<Stage>| BoardFilter {
        us_port: port.into(),
        carrier: carrier.into(),
        text: text.into(),
        stage,
    };
    assert!(f("", "", "", None).matches(&near));
    assert!(f("2304", "transportes regiomontanos", "ramirez", Some(Stage::Planned)).matches(&near), "words, accents folded");
    assert!(f("", "TRNM", "ab1234c", None).matches(&near), "SCAC and plate");
    assert!(!f("2506", "", "", None).matches(&near));
    assert!(!f("", "", "", Some(Stage::Held)).matches(&near));
    assert!(!f("", "other carrier", "", None).matches(&near));
}

fn facts_of(events: &[Event]) -> CrossingFacts {
    facts(&timeline(events, None, false, Utc::now()), Some("America/Chicago"))
}

#[test]
fn the_facts_of_a_crossing() {
    let t = |hm: &str| at(&format!("2026-11-30 {hm}"), "America/Chicago");
    let mut ucp = ev("3", EventKind::UcpJointInspection, t("23:40"));
    ucp.cbp = Some(Outcome::Referred);
    ucp.mx = Some(Outcome::Released);
    let mut secondary = ev("4", EventKind::SecondaryExam, t("23:50"));
    secondary.exam = Some(ExamKind::Xray);
    let events = vec![
        ev("1", EventKind::MxSelectionRed, t("23:00")),
        ev("2", EventKind::ArrivedUsBooth, t("23:30")),
        ucp,
        secondary,
        ev("5", EventKind::Refused, at("2026-12-01 00:30", "America/Chicago")),
    ];
    let f = facts_of(&events);
    // 23:00 local on 30 November is 05:00 UTC on 1 December: the month is the port's.
    assert_eq!(f.month.as_deref(), Some("2026-11"));
    assert_eq!(f.border_seconds, Some(90 * 60));
    assert!(f.used_ucp && f.secondary && f.mx_red);
    assert_eq!(f.ending, Ending::Refused);
    assert_eq!(f.stage, Stage::Done);
    assert_eq!(f.finished_at, Some(at("2026-12-01 00:30", "America/Chicago")));
    let planned = facts_of(&[ev("1", EventKind::EmanifestFiled, t("20:00"))]);
    assert_eq!((planned.month, planned.finished_at, planned.ending), (None, None, Ending::Pending));
}

#[test]
fn clearance_figures_per_port_and_month_with_the_nearest_rank_p90() {
    let mk = |month: &str, minutes: Option<i64>, ucp: bool, secondary: bool, ending: Ending| CrossingFacts {
        stage: Stage::Done,
        finished_at: None,
        month: Some(month.into()),
        border_seconds: minutes.map(|m| m * 60),
        used_ucp: ucp,
        secondary,
        mx_red: false,
        ending,
    };
    let mut facts: Vec<(String, CrossingFacts)> = Vec::new();
    // Ten UCP crossings of 10..=100 minutes and two others of 200 and 300 at Laredo in November.
    for m in 1..=10 {
        facts.push(("2304".into(), mk("2026-11", Some(m * 10), true, m == 10, Ending::Released)));
    }
    facts.push(("2304".into(), mk("2026-11", Some(200), false, true, Ending::Held)));
    facts.push(("2304".into(), mk("2026-11", Some(300), false, false, Ending::Released)));
    facts.push(("2304".into(), mk("2026-11", None, false, false, Ending::Pending)));
    facts.push(("2304".into(), mk("2026-12", Some(30), false, false, Ending::Released)));
    facts.push(("2506".into(), mk("2026-11", Some(45), true, false, Ending::Released)));
    let mut never = mk("2026-11", Some(5), false, false, Ending::Pending);
    never.month = None;
    facts.push(("2304".into(), never));
    let rows = clearance_figures(facts.iter().map(|(p, f)| (p.as_str(), f)));
    assert_eq!(
        rows.iter().map(|r| (r.us_port.as_str(), r.month.as_str())).collect::<Vec<_>>(),
        [("2304", "2026-11"), ("2304", "2026-12"), ("2506", "2026-11")]
    );
    let nov = &rows[0];
    assert_eq!(nov.crossings, 13, "one that never reached the border is not counted");
    assert_eq!(nov.all.timed, 12);
    assert_eq!(nov.ucp.timed, 10);
    assert_eq!(nov.ucp.mean_seconds, Some(55 * 60));
    assert_eq!(nov.ucp.p90_seconds, Some(90 * 60), "nearest rank: the 9th of 10");
    assert_eq!(nov.other.mean_seconds, Some(250 * 60));
    assert_eq!(nov.other.p90_seconds, Some(300 * 60), "the 2nd of 2");
    assert_eq!(nov.all.p90_seconds, Some(200 * 60), "the 11th of 12 (ceil 10.8)");
    assert_eq!(nov.secondary, 2);
    assert_eq!(nov.secondary_share.to_string(), "0.1538");
    assert_eq!(nov.secondary_endings.get("held"), Some(&1));
    assert_eq!(nov.secondary_endings.get("released"), Some(&1));
    let csv = figures_csv(&rows, Language::Spanish);
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("puerto,mes,cruces"));
    assert_eq!(lines.next().unwrap(), "2304,2026-11,13,12,87.5,200,10,55,90,2,250,300,2,15.38,1,1,0,0,0,0");
    assert!(figures_csv(&rows, Language::English).starts_with("port,month,crossings"));
    assert!(clearance_figures(std::iter::empty()).is_empty());
}

fn targets() -> HashMap<String, TripTarget> {
    let mut m = HashMap::new();
    m.insert(
        trip_key("TRNM20261201A"),
        TripTarget {
            crossing_id: "x1".into(),
            zone: Some("America/Chicago".into()),
            existing: vec![(EventKind::EmanifestFiled, at("2026-12-01 07:10", "America/Chicago"))],
        },
    );
    m.insert(trip_key("OTAY 77"), TripTarget { crossing_id: "x2".into(), zone: Some("America/Los_Angeles".into()), existing: vec![] });
    m
}

#[test]
fn a_dispatchers_spreadsheet_becomes_events() {
    let file = "Viaje,Evento,Fecha y hora,Nota,CBP,Mexico,Examen,Chofer\n\
                trnm 20261201a,semaforo verde,2026-12-01 09:00,,,,,Juan\n\
                TRNM20261201A,ucp-joint-inspection,2026-12-01T09:40,joint,liberado,released,,Juan\n\
                TRNM20261201A,SECONDARY_EXAM,2026-12-01 09:50:30,,,,rayos x,Juan\n\
                OTAY 77,released,2026-12-01T10:00:00-08:00,,,,,Ana\n";
    let p = preview(file.as_bytes(), &targets(), "importer").unwrap();
    assert_eq!(p.ignored_columns, ["Chofer"]);
    assert_eq!(p.accepted(), 4, "{:#?}", p.rows);
    let e: Vec<&Event> = p.rows.iter().map(|r| r.event.as_ref().unwrap()).collect();
    assert_eq!(e[0].kind, EventKind::MxSelectionGreen);
    assert_eq!(e[0].at, at("2026-12-01 09:00", "America/Chicago"), "local at the trip's port");
    assert_eq!(p.rows[0].crossing_id.as_deref(), Some("x1"), "trip numbers match without case and spaces");
    assert_eq!((e[1].cbp, e[1].mx, e[1].note.as_str()), (Some(Outcome::Released), Some(Outcome::Released), "joint"));
    assert_eq!(e[2].exam, Some(ExamKind::Xray));
    assert_eq!(e[3].at.to_rfc3339(), "2026-12-01T18:00:00+00:00", "an offset as written");
    assert_eq!(e[3].recorded_by, "importer");
    assert_eq!(event_kind("Liberado"), Some(EventKind::Released));
    assert_eq!(event_kind("mx selection red"), Some(EventKind::MxSelectionRed));
}

#[test]
fn every_broken_row_is_named_and_kept_out() {
    let file = "trip,event,at,zone,cbp,exam\n\
                NOPE1,released,2026-12-01 09:00,,,\n\
                TRNM20261201A,landed,2026-12-01 09:00,,,\n\
                TRNM20261201A,released,01/12/2026 09:00,,,\n\
                TRNM20261201A,released,2026-03-08 02:30,,,\n\
                TRNM20261201A,released,2026-11-01 01:30,,,\n\
                TRNM20261201A,released,2026-11-01 01:30,Mars/Base,,\n\
                TRNM20261201A,emanifest-filed,2026-12-01 07:10,,,\n\
                TRNM20261201A,released,2026-12-01 11:00,,maybe,\n\
                TRNM20261201A,secondary-exam,2026-12-01 11:00,,,sniffing\n\
                TRNM20261201A,held,2026-12-01 12:00,,,\n\
                TRNM20261201A,held,2026-12-01 12:00,,,\n\
                ,held,2026-12-01 12:00,,,\n";
    let p = preview(file.as_bytes(), &targets(), "me").unwrap();
    let codes: Vec<Vec<&str>> = p.rows.iter().map(|r| r.problems.iter().map(|x| x.code.as_str()).collect()).collect();
    assert_eq!(
        codes,
        vec![
            vec!["event.unknown_trip"],
            vec!["event.unknown_kind"],
            vec!["event.time_format"],
            vec!["event.time_skipped"],
            vec!["event.time_ambiguous"],
            vec!["event.unknown_zone"],
            vec!["event.already_recorded"],
            vec!["event.outcome"],
            vec!["event.exam"],
            vec![],
            vec!["event.twice_in_file"],
            vec!["event.trip_required"],
        ]
    );
    let ambiguous = &p.rows[4].problems[0];
    assert!(ambiguous.message_en.contains("-05:00") && ambiguous.message_en.contains("-06:00"), "{}", ambiguous.message_en);
    assert!(p.rows.iter().all(|r| r.problems.iter().all(|x| !x.message_es.is_empty())));
    assert_eq!(p.rows[0].line, 2);
}

#[test]
fn files_that_cannot_be_read_at_all() {
    let t = targets();
    let big = vec![b'a'; MAX_EVENTS_BYTES + 1];
    let cases: Vec<(&str, &[u8], SheetError)> = vec![
        ("too large", &big, SheetError::TooLarge { size: MAX_EVENTS_BYTES + 1, max: MAX_EVENTS_BYTES }),
        ("not text", b"trip,event,at\n\x00\x01", SheetError::NotText { at: 14 }),
        ("empty", b"\n \n", SheetError::Empty),
        ("no time column", b"trip,event\nA,released\n", SheetError::MissingColumn { column: "at".into() }),
        ("a ragged row", b"trip,event,at\nA,released\n", SheetError::Syntax { line: 2, message: "2 fields where the header has 3".into() }),
        ("header only", b"trip,event,at\n", SheetError::NoRows),
        ("a column twice", b"trip,viaje,event,at\nA,A,released,x\n", SheetError::DuplicateColumn { column: "viaje".into() }),
    ];
    for (what, bytes, want) in cases {
        assert_eq!(preview(bytes, &t, "me").unwrap_err(), want, "{what}");
    }
    // Excel's Windows-1252 is read as such.
    let mut latin = b"trip,event,at,note\nOTAY 77,released,2026-12-01 09:00,Jos".to_vec();
    latin.push(0xE9);
    latin.push(b'\n');
    let p = preview(&latin, &t, "me").unwrap();
    assert_eq!(p.encoding, "Windows-1252");
    assert_eq!(p.rows[0].event.as_ref().unwrap().note, "José");
}

#[test]
fn a_rejected_e_manifest_does_not_meet_the_deadline_and_the_next_filing_does() {
    let t = |hm: &str| at(&format!("2026-12-01 {hm}"), "America/Chicago");
    let arrival = Some(t("09:30"));
    let rejected = [ev("1", EventKind::EmanifestFiled, t("07:00")), ev("2", EventKind::EmanifestRejected, t("07:05"))];
    let tl = timeline(&rejected, arrival, false, t("08:10"));
    assert_eq!(tl.deadline.as_ref().unwrap().state, cruce_core::crossing::timeline::DeadlineState::Near, "no filing stands");
    assert!(expected_next(&tl).contains(&EventKind::EmanifestFiled), "filed again");
    assert!(!expected_next(&tl).contains(&EventKind::EmanifestAccepted));
    let mut refiled = rejected.to_vec();
    refiled.push(ev("3", EventKind::EmanifestFiled, t("08:40")));
    let tl = timeline(&refiled, arrival, false, t("08:45"));
    assert_eq!(
        tl.deadline.as_ref().unwrap().state,
        cruce_core::crossing::timeline::DeadlineState::MetLate,
        "the standing filing came after 08:30"
    );
    assert!(expected_next(&tl).contains(&EventKind::EmanifestAccepted));
}

#[test]
fn what_may_come_next_follows_the_truck_not_only_its_stage() {
    let t = |hm: &str| at(&format!("2026-12-01 {hm}"), "America/Chicago");
    // The pedimento is paid before the e-Manifest goes in: filing is still offered.
    let paid = timeline(&[ev("1", EventKind::PedimentoPaid, t("07:00"))], Some(t("09:30")), false, t("07:10"));
    let next = expected_next(&paid);
    assert!(next.contains(&EventKind::EmanifestFiled) && next.contains(&EventKind::DodaGenerated) && next.contains(&EventKind::Cancelled));
    // Refused at the booth: only the return is offered.
    let refused =
        timeline(&[ev("1", EventKind::ArrivedUsBooth, t("09:00")), ev("2", EventKind::Refused, t("10:00"))], None, false, t("10:05"));
    assert_eq!(expected_next(&refused), [EventKind::Returned]);
    // Released, then held again (a later hold) is offered.
    let released =
        timeline(&[ev("1", EventKind::ArrivedUsBooth, t("09:00")), ev("2", EventKind::Released, t("09:20"))], None, false, t("09:25"));
    assert!(expected_next(&released).contains(&EventKind::Held) && expected_next(&released).contains(&EventKind::Cleared));
    assert!(!expected_next(&released).contains(&EventKind::Cancelled), "past the booth a trip is not cancelled");
    // Southbound: Mexico's green light is the release.
    let south =
        timeline(&[ev("1", EventKind::MxSelectionGreen, t("09:00")), ev("2", EventKind::Released, t("09:05"))], None, false, t("09:10"));
    assert!(south.entries.iter().all(|e| !e.out_of_order), "{:#?}", south.entries);
    // A cancelled trip is done and never reached the border.
    let cancelled = timeline(&[ev("1", EventKind::Cancelled, t("06:00"))], Some(t("09:30")), false, t("07:00"));
    assert_eq!(cancelled.stage, Stage::Done);
    let f = facts(&cancelled, Some("America/Chicago"));
    assert_eq!((f.month, f.finished_at.is_some()), (None, true), "off the board, out of the figures");
}

#[test]
fn an_offset_is_read_with_or_without_seconds_as_the_message_asks() {
    let file = "trip,event,at\nTRNM20261201A,held,2026-11-01 01:30-05:00\nTRNM20261201A,released,2026-11-01T01:30-06:00\n";
    let p = preview(file.as_bytes(), &targets(), "me").unwrap();
    assert_eq!(p.accepted(), 2, "{:#?}", p.rows);
    let e: Vec<DateTime<Utc>> = p.rows.iter().map(|r| r.event.as_ref().unwrap().at).collect();
    assert_eq!(e[1] - e[0], chrono::Duration::hours(1), "the first and the second 01:30");
}
