//! A crossing's timeline: the allowed order as data, events out of order kept and flagged,
//! corrections, the e-Manifest deadline (19 CFR 123.92(a)), dwell per stage, and a crossing over
//! a daylight-saving change.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use cruce_core::crossing::timeline::{timeline, DeadlineState, Event, EventKind, Outcome, Stage};
use cruce_core::PlannedCrossing;

fn instant(local: &str, zone: &str) -> DateTime<Utc> {
    PlannedCrossing::new(NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").unwrap(), zone)
        .unwrap()
        .instant()
        .unwrap()
        .with_timezone(&Utc)
}

fn event(id: &str, kind: EventKind, at: DateTime<Utc>) -> Event {
    Event {
        id: id.into(),
        kind,
        at,
        zone: "America/Chicago".into(),
        recorded_by: "dispatch".into(),
        note: String::new(),
        cbp: None,
        mx: None,
        exam: None,
        corrects: None,
    }
}

const LAREDO: &str = "America/Chicago";

#[test]
fn a_northbound_ucp_crossing_in_order() {
    let t = |hm: &str| instant(&format!("2026-12-01 {hm}"), LAREDO);
    let mut ucp = event("e6", EventKind::UcpJointInspection, t("10:05"));
    ucp.cbp = Some(Outcome::Released);
    ucp.mx = Some(Outcome::Released);
    let events = vec![
        event("e1", EventKind::EmanifestFiled, t("07:10")),
        event("e2", EventKind::EmanifestAccepted, t("07:11")),
        event("e3", EventKind::PedimentoPaid, t("08:00")),
        event("e4", EventKind::MxSelectionGreen, t("09:30")),
        event("e5", EventKind::ArrivedUsBooth, t("09:50")),
        ucp,
        event("e7", EventKind::Released, t("10:40")),
    ];
    let tl = timeline(&events, Some(t("09:30")), false, t("11:00"));
    assert!(tl.entries.iter().all(|e| !e.out_of_order && !e.superseded), "{:#?}", tl.entries);
    assert_eq!(tl.stage, Stage::Released);
    assert_eq!(tl.stage_since, Some(t("10:40")));
    assert!(tl.used_ucp);
    assert_eq!(tl.border_seconds, Some(70 * 60), "from Mexico's selection at 09:30 to the release at 10:40");
    let deadline = tl.deadline.unwrap();
    assert_eq!((deadline.state, deadline.due), (DeadlineState::Met, t("08:30")), "one hour before the planned arrival");
    let stages: Vec<Stage> = tl.dwell.iter().map(|(s, _)| *s).collect();
    assert_eq!(stages, [Stage::Paperwork, Stage::MexicanCustoms, Stage::UsPrimary, Stage::Inspection]);
    assert_eq!(tl.dwell[3].1, 35 * 60, "35 minutes in the joint inspection");
}

#[test]
fn an_event_out_of_order_is_kept_and_flagged() {
    let t = |hm: &str| instant(&format!("2026-12-01 {hm}"), LAREDO);
    let events = vec![
        event("a", EventKind::Released, t("10:00")),
        event("b", EventKind::EmanifestAccepted, t("07:00")),
        event("c", EventKind::ArrivedUsBooth, t("09:40")),
    ];
    let tl = timeline(&events, None, false, t("11:00"));
    assert_eq!(tl.entries.len(), 3, "nothing dropped");
    let flagged: Vec<&str> = tl.entries.iter().filter(|e| e.out_of_order).map(|e| e.event.id.as_str()).collect();
    assert_eq!(flagged, ["b"], "an acceptance of an e-Manifest never filed; the release follows the arrival");
    assert_eq!(tl.entries.iter().map(|e| e.event.id.as_str()).collect::<Vec<_>>(), ["b", "c", "a"], "in the order they happened");
}

#[test]
fn a_correction_supersedes_the_event_it_names() {
    let t = |hm: &str| instant(&format!("2026-12-01 {hm}"), LAREDO);
    let mut fixed = event("e3", EventKind::MxSelectionGreen, t("09:31"));
    fixed.corrects = Some("e2".into());
    fixed.note = "the semáforo was green, typed red by mistake".into();
    let events = vec![event("e1", EventKind::PedimentoPaid, t("08:00")), event("e2", EventKind::MxSelectionRed, t("09:30")), fixed];
    let tl = timeline(&events, None, false, t("10:00"));
    let red = tl.entries.iter().find(|e| e.event.id == "e2").unwrap();
    assert!(red.superseded, "kept, marked superseded");
    let exam = [events.clone(), vec![event("e4", EventKind::MxExamReleased, t("09:50"))]].concat();
    let tl = timeline(&exam, None, false, t("10:00"));
    assert!(
        tl.entries.iter().find(|e| e.event.id == "e4").unwrap().out_of_order,
        "an exam after a red selection that was corrected to green"
    );
}

/// (case, minutes before the planned arrival it is now, FAST, filed minutes before arrival, state)
#[test]
fn the_emanifest_deadline_counts_down() {
    let arrival = instant("2026-12-01 09:30", LAREDO);
    let cases: &[(&str, i64, bool, Option<i64>, DeadlineState)] = &[
        ("two hours before, not filed", 120, false, None, DeadlineState::Ahead),
        ("80 minutes before: 20 left", 80, false, None, DeadlineState::Near),
        ("50 minutes before, not filed", 50, false, None, DeadlineState::Missed),
        ("50 minutes before, FAST: 20 left", 50, true, None, DeadlineState::Near),
        ("filed 61 minutes before arrival", 10, false, Some(61), DeadlineState::Met),
        ("filed exactly 60 minutes before", 10, false, Some(60), DeadlineState::Met),
        ("filed 45 minutes before, not FAST", 10, false, Some(45), DeadlineState::MetLate),
        ("filed 45 minutes before, FAST", 10, true, Some(45), DeadlineState::Met),
    ];
    for (case, before, fast, filed, state) in cases {
        let now = arrival - Duration::minutes(*before);
        let events: Vec<Event> = filed.iter().map(|m| event("f", EventKind::EmanifestFiled, arrival - Duration::minutes(*m))).collect();
        let d = timeline(&events, Some(arrival), *fast, now).deadline.unwrap();
        assert_eq!(d.state, *state, "{case}");
        assert_eq!(d.seconds_left, (d.due - now).num_seconds(), "{case}");
        assert!(d.source.contains("123.92"));
    }
}

#[test]
fn a_crossing_over_the_fall_back_night_counts_real_minutes() {
    // 1 November 2026, Laredo: clocks go from 02:00 CDT back to 01:00 CST.
    let arrived = instant("2026-11-01 01:50", LAREDO); // the first 01:50 (CDT)
    let released = arrived + Duration::minutes(30); // 01:20 CST on the wall clock
    let events = vec![event("a", EventKind::ArrivedUsBooth, arrived), event("b", EventKind::Released, released)];
    let tl = timeline(&events, None, false, released);
    assert_eq!(tl.border_seconds, Some(30 * 60), "30 minutes, though the wall clock went back");
    assert_eq!(tl.dwell, vec![(Stage::UsPrimary, 30 * 60)]);
    // A planned arrival in the hour that repeats is read as the earlier one, so the deadline is never late.
    assert_eq!(instant("2026-11-01 01:30", LAREDO).to_rfc3339(), "2026-11-01T06:30:00+00:00");
    // One in the hour skipped in spring cannot be planned.
    assert!(PlannedCrossing::new(NaiveDateTime::parse_from_str("2026-03-08 02:30", "%Y-%m-%d %H:%M").unwrap(), LAREDO).is_err());
}

#[test]
fn every_event_kind_has_a_stable_code() {
    for k in EventKind::ALL {
        assert_eq!(EventKind::from_code(k.code()), Some(k));
    }
    assert_eq!(EventKind::from_code("teleported"), None);
}
