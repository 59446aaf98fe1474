//! Clearance figures: how long trucks spend at the border, per U.S. port and month, with and
//! without Unified Cargo Processing, and how often they are sent to secondary and with what end.
//!
//! Each crossing leaves one [`CrossingFacts`] (computed from its timeline when an event is
//! recorded, kept beside it by the store); [`clearance_figures`] groups them. The 90th percentile
//! is the nearest-rank one: the smallest border time at least 90% of the crossings did not exceed.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::timeline::{EventKind, Stage, Timeline};
use crate::Language;

/// How a crossing ended at the border.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Ending {
    Released,
    Held,
    Refused,
    Returned,
    /// Not yet ended.
    Pending,
}

impl Ending {
    pub fn code(self) -> &'static str {
        match self {
            Self::Released => "released",
            Self::Held => "held",
            Self::Refused => "refused",
            Self::Returned => "returned",
            Self::Pending => "pending",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        [Self::Released, Self::Held, Self::Refused, Self::Returned, Self::Pending].into_iter().find(|e| e.code() == code)
    }
}

/// What one crossing contributes to the figures and to the board's choice of what is active.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CrossingFacts {
    pub stage: Stage,
    /// When it was released or ended (the board keeps showing it a while after).
    #[ts(type = "string | null")]
    pub finished_at: Option<DateTime<Utc>>,
    /// The month ("2026-11") it reached the border, at the port.
    pub month: Option<String>,
    #[ts(type = "number | null")]
    pub border_seconds: Option<i64>,
    pub used_ucp: bool,
    /// Sent to a U.S. secondary exam.
    pub secondary: bool,
    /// Mexico's selection was red.
    pub mx_red: bool,
    pub ending: Ending,
}

/// The facts of a crossing whose timeline is `t`, its month taken in the port's zone `zone`.
pub fn facts(t: &Timeline, zone: Option<&str>) -> CrossingFacts {
    let live = || t.entries.iter().filter(|e| !e.superseded).map(|e| &e.event);
    let tz: Option<chrono_tz::Tz> = zone.and_then(|z| z.parse().ok());
    let at_border = |k: EventKind| {
        matches!(k, EventKind::MxSelectionGreen | EventKind::MxSelectionRed | EventKind::ArrivedUsBooth | EventKind::UcpJointInspection)
    };
    let month = live().find(|e| at_border(e.kind)).map(|e| match tz {
        Some(tz) => e.at.with_timezone(&tz).format("%Y-%m").to_string(),
        None => e.at.format("%Y-%m").to_string(),
    });
    let ending = live()
        .filter_map(|e| match e.kind {
            EventKind::Released | EventKind::Cleared => Some(Ending::Released),
            EventKind::Held => Some(Ending::Held),
            EventKind::Refused => Some(Ending::Refused),
            EventKind::Returned => Some(Ending::Returned),
            EventKind::Cancelled => None,
            _ => None,
        })
        .next_back()
        .unwrap_or(Ending::Pending);
    let finished_at = if matches!(t.stage, Stage::Released | Stage::Done) {
        live().filter(|e| matches!(e.kind.stage(), Stage::Released | Stage::Done)).map(|e| e.at).max()
    } else {
        None
    };
    CrossingFacts {
        stage: t.stage,
        finished_at,
        month,
        border_seconds: t.border_seconds,
        used_ucp: t.used_ucp,
        // Referred to secondary: an exam recorded, or CBP's referral at a joint inspection.
        secondary: live().any(|e| {
            e.kind == EventKind::SecondaryExam
                || (e.kind == EventKind::UcpJointInspection && e.cbp == Some(super::timeline::Outcome::Referred))
        }),
        mx_red: live().any(|e| e.kind == EventKind::MxSelectionRed),
        ending,
    }
}

/// Border times of a group: how many were timed, their mean and 90th percentile in seconds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BorderTimes {
    #[ts(type = "number")]
    pub timed: usize,
    #[ts(type = "number | null")]
    pub mean_seconds: Option<i64>,
    #[ts(type = "number | null")]
    pub p90_seconds: Option<i64>,
}

impl BorderTimes {
    fn of(mut seconds: Vec<i64>) -> Self {
        if seconds.is_empty() {
            return Self::default();
        }
        seconds.sort_unstable();
        let n = seconds.len();
        let sum: i128 = seconds.iter().map(|s| i128::from(*s)).sum();
        // Rounded half up to the second.
        let mean = ((2 * sum + n as i128) / (2 * n as i128)) as i64;
        let rank = (9 * n).div_ceil(10);
        Self { timed: n, mean_seconds: Some(mean), p90_seconds: Some(seconds[rank - 1]) }
    }
}

/// One port and month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FigureRow {
    pub us_port: String,
    pub month: String,
    /// Crossings that reached the border that month.
    #[ts(type = "number")]
    pub crossings: usize,
    pub all: BorderTimes,
    pub ucp: BorderTimes,
    pub other: BorderTimes,
    #[ts(type = "number")]
    pub secondary: usize,
    /// Share sent to secondary, 0–1, four places.
    #[ts(type = "string")]
    pub secondary_share: Decimal,
    /// How the crossings sent to secondary ended.
    #[ts(type = "Record<string, number>")]
    pub secondary_endings: BTreeMap<String, usize>,
    #[ts(type = "number")]
    pub mx_red: usize,
}

/// The figures of `facts` (`(U.S. port, facts)`), per port and month in that order; crossings
/// that never reached the border are not counted.
pub fn clearance_figures<'a>(facts: impl IntoIterator<Item = (&'a str, &'a CrossingFacts)>) -> Vec<FigureRow> {
    #[derive(Default)]
    struct Acc {
        crossings: usize,
        all: Vec<i64>,
        ucp: Vec<i64>,
        other: Vec<i64>,
        secondary: usize,
        endings: BTreeMap<String, usize>,
        mx_red: usize,
    }
    let mut groups: BTreeMap<(&str, &str), Acc> = BTreeMap::new();
    for (port, f) in facts {
        let Some(month) = f.month.as_deref() else { continue };
        let acc = groups.entry((port, month)).or_default();
        acc.crossings += 1;
        if let Some(s) = f.border_seconds {
            acc.all.push(s);
            if f.used_ucp {
                acc.ucp.push(s);
            } else {
                acc.other.push(s);
            }
        }
        if f.secondary {
            acc.secondary += 1;
            *acc.endings.entry(f.ending.code().to_owned()).or_default() += 1;
        }
        acc.mx_red += usize::from(f.mx_red);
    }
    groups
        .into_iter()
        .map(|((port, month), a)| FigureRow {
            us_port: port.to_owned(),
            month: month.to_owned(),
            crossings: a.crossings,
            all: BorderTimes::of(a.all),
            ucp: BorderTimes::of(a.ucp),
            other: BorderTimes::of(a.other),
            secondary: a.secondary,
            secondary_share: (Decimal::from(a.secondary) / Decimal::from(a.crossings)).round_dp(4),
            secondary_endings: a.endings,
            mx_red: a.mx_red,
        })
        .collect()
}

fn minutes(seconds: Option<i64>) -> String {
    let half_up = rust_decimal::RoundingStrategy::MidpointAwayFromZero;
    seconds.map(|s| (Decimal::from(s) / Decimal::from(60)).round_dp_with_strategy(1, half_up).to_string()).unwrap_or_default()
}

/// The figures as CSV, headers in `language`, times in minutes (one decimal), the share in percent.
pub fn figures_csv(rows: &[FigureRow], language: Language) -> String {
    let es = language == Language::Spanish;
    let header: [&str; 20] = if es {
        [
            "puerto",
            "mes",
            "cruces",
            "con tiempo",
            "promedio min",
            "p90 min",
            "UCP cruces",
            "UCP promedio min",
            "UCP p90 min",
            "sin UCP cruces",
            "sin UCP promedio min",
            "sin UCP p90 min",
            "a secundaria",
            "a secundaria %",
            "liberados",
            "retenidos",
            "rechazados",
            "devueltos",
            "pendientes",
            "rojo México",
        ]
    } else {
        [
            "port",
            "month",
            "crossings",
            "timed",
            "mean min",
            "p90 min",
            "UCP crossings",
            "UCP mean min",
            "UCP p90 min",
            "non-UCP crossings",
            "non-UCP mean min",
            "non-UCP p90 min",
            "to secondary",
            "to secondary %",
            "released",
            "held",
            "refused",
            "returned",
            "pending",
            "Mexico red",
        ]
    };
    let mut out = String::new();
    out.push_str(&header.join(","));
    out.push('\n');
    for r in rows {
        let ending = |k: &str| r.secondary_endings.get(k).copied().unwrap_or(0).to_string();
        let cells = [
            r.us_port.clone(),
            r.month.clone(),
            r.crossings.to_string(),
            r.all.timed.to_string(),
            minutes(r.all.mean_seconds),
            minutes(r.all.p90_seconds),
            r.ucp.timed.to_string(),
            minutes(r.ucp.mean_seconds),
            minutes(r.ucp.p90_seconds),
            r.other.timed.to_string(),
            minutes(r.other.mean_seconds),
            minutes(r.other.p90_seconds),
            r.secondary.to_string(),
            (r.secondary_share * Decimal::from(100))
                .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
                .normalize()
                .to_string(),
            ending("released"),
            ending("held"),
            ending("refused"),
            ending("returned"),
            ending("pending"),
            r.mx_red.to_string(),
        ];
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}
