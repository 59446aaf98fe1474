//! A crossing's timeline: the events recorded for one truck crossing once, judged against the
//! allowed order (data in [`PRECEDES`]), with the e-Manifest deadline and the time spent at each
//! stage. An event out of order is kept and flagged, never dropped; a correction is a new event
//! that supersedes the one it names.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum EventKind {
    EmanifestFiled,
    EmanifestAccepted,
    EmanifestRejected,
    EntryOnFile,
    PedimentoPaid,
    DodaGenerated,
    /// Mexico's automated selection (semáforo fiscal): green, released.
    MxSelectionGreen,
    /// Red: to the Mexican exam.
    MxSelectionRed,
    MxExamReleased,
    MxExamHeld,
    ArrivedUsBooth,
    /// CBP and Mexican officers inspect together (Unified Cargo Processing).
    UcpJointInspection,
    SecondaryExam,
    Released,
    Held,
    Refused,
    Returned,
    Cleared,
    /// The trip will not cross (called off before the border).
    Cancelled,
}

impl EventKind {
    pub const ALL: [EventKind; 19] = [
        Self::EmanifestFiled,
        Self::EmanifestAccepted,
        Self::EmanifestRejected,
        Self::EntryOnFile,
        Self::PedimentoPaid,
        Self::DodaGenerated,
        Self::MxSelectionGreen,
        Self::MxSelectionRed,
        Self::MxExamReleased,
        Self::MxExamHeld,
        Self::ArrivedUsBooth,
        Self::UcpJointInspection,
        Self::SecondaryExam,
        Self::Released,
        Self::Held,
        Self::Refused,
        Self::Returned,
        Self::Cleared,
        Self::Cancelled,
    ];

    /// The stable name (CSV imports, the command line).
    pub fn code(self) -> &'static str {
        match self {
            Self::EmanifestFiled => "emanifest-filed",
            Self::EmanifestAccepted => "emanifest-accepted",
            Self::EmanifestRejected => "emanifest-rejected",
            Self::EntryOnFile => "entry-on-file",
            Self::PedimentoPaid => "pedimento-paid",
            Self::DodaGenerated => "doda-generated",
            Self::MxSelectionGreen => "mx-selection-green",
            Self::MxSelectionRed => "mx-selection-red",
            Self::MxExamReleased => "mx-exam-released",
            Self::MxExamHeld => "mx-exam-held",
            Self::ArrivedUsBooth => "arrived-us-booth",
            Self::UcpJointInspection => "ucp-joint-inspection",
            Self::SecondaryExam => "secondary-exam",
            Self::Released => "released",
            Self::Held => "held",
            Self::Refused => "refused",
            Self::Returned => "returned",
            Self::Cleared => "cleared",
            Self::Cancelled => "cancelled",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code.trim())
    }

    /// The stage a crossing is in once this event happened.
    pub fn stage(self) -> Stage {
        match self {
            Self::EmanifestFiled | Self::EmanifestAccepted | Self::EmanifestRejected | Self::EntryOnFile => Stage::Paperwork,
            Self::PedimentoPaid | Self::DodaGenerated => Stage::MexicanCustoms,
            Self::MxSelectionGreen | Self::MxSelectionRed | Self::MxExamReleased | Self::MxExamHeld => Stage::MexicanCustoms,
            Self::ArrivedUsBooth => Stage::UsPrimary,
            Self::UcpJointInspection | Self::SecondaryExam => Stage::Inspection,
            Self::Held => Stage::Held,
            Self::Released => Stage::Released,
            Self::Refused | Self::Returned | Self::Cleared | Self::Cancelled => Stage::Done,
        }
    }
}

/// Where a crossing stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Stage {
    Planned,
    Paperwork,
    MexicanCustoms,
    UsPrimary,
    Inspection,
    Held,
    Released,
    Done,
}

impl Stage {
    pub const ALL: [Stage; 8] =
        [Self::Planned, Self::Paperwork, Self::MexicanCustoms, Self::UsPrimary, Self::Inspection, Self::Held, Self::Released, Self::Done];

    /// The stable name (storage).
    pub fn code(self) -> &'static str {
        match self {
            Self::Planned => "planned",
            Self::Paperwork => "paperwork",
            Self::MexicanCustoms => "mexican-customs",
            Self::UsPrimary => "us-primary",
            Self::Inspection => "inspection",
            Self::Held => "held",
            Self::Released => "released",
            Self::Done => "done",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The allowed order as data: an event of the first kind is expected only after one of the
/// second. The e-Manifest is answered after it is filed; Mexico's exam follows a red selection;
/// secondary and release follow the arrival at the booth (or the joint inspection); clearance
/// follows a release.
pub const PRECEDES: &[(EventKind, &[EventKind])] = &[
    (EventKind::EmanifestAccepted, &[EventKind::EmanifestFiled]),
    (EventKind::EmanifestRejected, &[EventKind::EmanifestFiled]),
    (EventKind::DodaGenerated, &[EventKind::PedimentoPaid]),
    (EventKind::MxExamReleased, &[EventKind::MxSelectionRed]),
    (EventKind::MxExamHeld, &[EventKind::MxSelectionRed]),
    (EventKind::UcpJointInspection, &[EventKind::ArrivedUsBooth, EventKind::MxSelectionRed, EventKind::MxSelectionGreen]),
    (EventKind::SecondaryExam, &[EventKind::ArrivedUsBooth, EventKind::UcpJointInspection]),
    // Southbound, Mexico's green light or a released exam is the release.
    (
        EventKind::Released,
        &[
            EventKind::ArrivedUsBooth,
            EventKind::UcpJointInspection,
            EventKind::SecondaryExam,
            EventKind::MxSelectionGreen,
            EventKind::MxExamReleased,
        ],
    ),
    (EventKind::Held, &[EventKind::ArrivedUsBooth, EventKind::UcpJointInspection, EventKind::SecondaryExam]),
    (EventKind::Refused, &[EventKind::ArrivedUsBooth, EventKind::UcpJointInspection, EventKind::SecondaryExam]),
    (EventKind::Cleared, &[EventKind::Released]),
];

/// An inspection's outcome, per agency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Outcome {
    Released,
    Referred,
    Held,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ExamKind {
    Xray,
    Physical,
    Agricultural,
}

/// One recorded event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Event {
    pub id: String,
    pub kind: EventKind,
    /// When it happened.
    #[ts(type = "string")]
    pub at: DateTime<Utc>,
    /// The IANA zone it was recorded in (the port's, as a rule), to show it as the dispatcher saw it.
    pub zone: String,
    pub recorded_by: String,
    pub note: String,
    /// The joint inspection's outcome per agency.
    pub cbp: Option<Outcome>,
    pub mx: Option<Outcome>,
    /// A secondary exam's kind and outcome.
    pub exam: Option<ExamKind>,
    /// The event this one corrects: the corrected one stays, marked superseded.
    pub corrects: Option<String>,
}

/// How an event reads in its timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    pub event: Event,
    /// A later event corrects it.
    pub superseded: bool,
    /// None of the events it must follow came before it (kept, flagged).
    pub out_of_order: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum DeadlineState {
    /// More than 30 minutes left.
    Ahead,
    /// 30 minutes or less left.
    Near,
    Missed,
    /// Filed in time.
    Met,
    /// Filed, but after the deadline.
    MetLate,
}

/// The e-Manifest deadline: at least 1 hour before arrival at the U.S. port, 30 minutes for FAST
/// (19 CFR 123.92(a)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Deadline {
    #[ts(type = "string")]
    pub due: DateTime<Utc>,
    pub state: DeadlineState,
    /// Seconds left at `now` (negative once missed).
    #[ts(type = "number")]
    pub seconds_left: i64,
    pub source: String,
}

pub const EMANIFEST_SOURCE: &str =
    "19 CFR 123.92(a): truck e-Manifest at least 1 hour before arrival at the first U.S. port, 30 minutes for FAST";

/// A crossing's timeline judged at `now`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Timeline {
    /// In the order they happened (then as recorded).
    pub entries: Vec<Entry>,
    pub stage: Stage,
    /// When the current stage began.
    #[ts(type = "string | null")]
    pub stage_since: Option<DateTime<Utc>>,
    pub deadline: Option<Deadline>,
    /// Seconds spent at each stage passed through, in order.
    #[ts(type = "Array<[Stage, number]>")]
    pub dwell: Vec<(Stage, i64)>,
    /// From the arrival at the booth (or the first border event) to release or the end; `None`
    /// until both are known.
    #[ts(type = "number | null")]
    pub border_seconds: Option<i64>,
    pub used_ucp: bool,
}

/// Judges `events` of a crossing planned to arrive at `arrival` (FAST lane or not) at `now`.
pub fn timeline(events: &[Event], arrival: Option<DateTime<Utc>>, fast: bool, now: DateTime<Utc>) -> Timeline {
    let superseded: std::collections::HashSet<&str> = events.iter().filter_map(|e| e.corrects.as_deref()).collect();
    let mut order: Vec<&Event> = events.iter().collect();
    // Stable: events at the same instant keep the order they were recorded in.
    order.sort_by_key(|e| e.at);
    let mut seen: Vec<EventKind> = Vec::new();
    let mut entries = Vec::with_capacity(order.len());
    for e in order {
        let is_superseded = superseded.contains(e.id.as_str());
        let out_of_order = !is_superseded
            && PRECEDES.iter().find(|(k, _)| *k == e.kind).is_some_and(|(_, before)| !before.iter().any(|b| seen.contains(b)));
        if !is_superseded {
            seen.push(e.kind);
        }
        entries.push(Entry { event: e.clone(), superseded: is_superseded, out_of_order });
    }
    let live: Vec<&Event> = entries.iter().filter(|x| !x.superseded).map(|x| &x.event).collect();
    // The stage: the furthest one reached; a release after a hold moves on, a hold after a
    // release puts it back (the last of the two decides).
    let mut stage = Stage::Planned;
    let mut stage_since: Option<DateTime<Utc>> = None;
    let mut dwell: Vec<(Stage, i64)> = Vec::new();
    for e in &live {
        let next = e.kind.stage();
        let moves = next > stage || matches!((stage, next), (Stage::Released, Stage::Held) | (Stage::Held, Stage::Released));
        if moves && next != stage {
            if let Some(since) = stage_since {
                dwell.push((stage, (e.at - since).num_seconds()));
            }
            stage = next;
            stage_since = Some(e.at);
        }
    }
    let deadline = arrival.map(|arrival| {
        let due = arrival - Duration::minutes(if fast { 30 } else { 60 });
        // The filing that stands: a rejected one no longer counts, the next one filed does.
        let mut filed: Option<DateTime<Utc>> = None;
        for e in &live {
            match e.kind {
                EventKind::EmanifestFiled if filed.is_none() => filed = Some(e.at),
                EventKind::EmanifestRejected => filed = None,
                _ => {}
            }
        }
        let seconds_left = (due - now).num_seconds();
        let state = match filed {
            Some(f) if f <= due => DeadlineState::Met,
            Some(_) => DeadlineState::MetLate,
            None if seconds_left < 0 => DeadlineState::Missed,
            None if seconds_left <= 30 * 60 => DeadlineState::Near,
            None => DeadlineState::Ahead,
        };
        Deadline { due, state, seconds_left, source: EMANIFEST_SOURCE.to_owned() }
    });
    // At the border: from Mexico's selection (the truck at the Mexican exit) or, northbound
    // without it on record, the arrival at the U.S. booth; paperwork done elsewhere does not count.
    let at_border = |k: EventKind| {
        matches!(k, EventKind::MxSelectionGreen | EventKind::MxSelectionRed | EventKind::ArrivedUsBooth | EventKind::UcpJointInspection)
    };
    let border_start = live.iter().find(|e| at_border(e.kind)).map(|e| e.at);
    let border_end =
        live.iter().filter(|e| matches!(e.kind, EventKind::Released | EventKind::Refused | EventKind::Returned)).map(|e| e.at).max();
    let border_seconds = match (border_start, border_end) {
        (Some(s), Some(e)) if e >= s => Some((e - s).num_seconds()),
        _ => None,
    };
    let used_ucp = live.iter().any(|e| e.kind == EventKind::UcpJointInspection);
    Timeline { entries, stage, stage_since, deadline, dwell, border_seconds, used_ucp }
}

/// The events that may come next, in the order of [`EventKind::ALL`]: what the board offers.
/// The e-Manifest is offered until one stands accepted, whatever else happened; the rest are
/// offered when not yet recorded (a hold and a secondary exam may repeat), allowed by
/// [`PRECEDES`], not behind the last event of their stage, and not of a stage the truck has left.
/// Once refused, only the return is offered; once done, nothing.
pub fn expected_next(t: &Timeline) -> Vec<EventKind> {
    let seen: Vec<EventKind> = t.entries.iter().filter(|e| !e.superseded).map(|e| e.event.kind).collect();
    if t.stage == Stage::Done {
        let refused = seen.contains(&EventKind::Refused) && !seen.contains(&EventKind::Returned);
        return if refused { vec![EventKind::Returned] } else { Vec::new() };
    }
    let position = |k: EventKind| EventKind::ALL.iter().position(|x| *x == k).unwrap_or(0);
    let last = |k: EventKind| seen.iter().rposition(|x| *x == k);
    // A filing stands when filed after the last rejection; it is answered once accepted.
    let standing = last(EventKind::EmanifestFiled).is_some_and(|f| last(EventKind::EmanifestRejected).is_none_or(|r| f > r));
    let accepted = standing && last(EventKind::EmanifestAccepted) > last(EventKind::EmanifestFiled);
    let offered = |k: EventKind| -> bool {
        match k {
            EventKind::EmanifestFiled => !standing,
            EventKind::EmanifestAccepted | EventKind::EmanifestRejected => standing && !accepted,
            EventKind::EntryOnFile => !seen.contains(&k),
            EventKind::MxSelectionGreen | EventKind::MxSelectionRed
                if seen.contains(&EventKind::MxSelectionGreen) || seen.contains(&EventKind::MxSelectionRed) =>
            {
                false
            }
            EventKind::Cancelled => t.stage < Stage::UsPrimary,
            _ => {
                let repeatable = matches!(k, EventKind::Held | EventKind::SecondaryExam);
                let behind = seen.iter().any(|s| s.stage() == k.stage() && position(*s) > position(k));
                let allowed = PRECEDES.iter().find(|(x, _)| *x == k).is_none_or(|(_, before)| before.iter().any(|b| seen.contains(b)));
                let ahead = k.stage() >= t.stage
                    || matches!((t.stage, k.stage()), (Stage::Held, Stage::Inspection) | (Stage::Released, Stage::Held));
                (repeatable || (!seen.contains(&k) && !behind)) && allowed && ahead
            }
        }
    };
    EventKind::ALL.into_iter().filter(|k| offered(*k)).collect()
}
