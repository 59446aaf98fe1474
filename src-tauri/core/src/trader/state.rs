//! What a membership or a FAST card is on a given day, computed from the attested facts and the
//! dated rules. Days are the border's calendar days: a card that expires on 31 March is good for
//! a crossing at 23:59 on 31 March at the port and not at 00:00 on 1 April (the caller turns the
//! crossing's instant into the port's local date).

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::rules::{RuleKind, TraderRules};
use super::{FastCard, Membership, Program, StatusChangeKind};

/// A membership's standing on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Standing {
    /// In force: the program's benefits apply.
    Active,
    /// Entered before its first day (or with no start date at all).
    NotYetValid,
    Suspended,
    Revoked,
    /// Past its last day (Mexico, FAST); C-TPAT certifications do not expire by date.
    Expired,
}

/// Something that falls due on a day, with the rule it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DueDate {
    pub kind: DueKind,
    #[ts(type = "string")]
    pub on: NaiveDate,
    /// The first day the action may be taken, when the rule sets one (renewal windows).
    #[ts(type = "string | null")]
    pub opens_on: Option<NaiveDate>,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum DueKind {
    CtpatValidation,
    CtpatRevalidation,
    CtpatAnnualReview,
    /// Mexico: the last day to file the renewal notice (the authorisation's last day).
    MxRenewalNotice,
    FastCardExpiry,
}

/// A membership on a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MembershipState {
    pub standing: Standing,
    /// The last day in force, where the program has one (Mexico), after any timely renewal.
    #[ts(type = "string | null")]
    pub valid_to: Option<NaiveDate>,
    /// What falls due next, earliest first.
    pub due: Vec<DueDate>,
}

/// The status change in force on `day`: the latest on or before it.
fn latest_change(m: &Membership, day: NaiveDate) -> Option<StatusChangeKind> {
    m.status_changes.iter().filter(|c| c.on <= day).max_by_key(|c| c.on).map(|c| c.kind)
}

/// The last day of a Mexican authorisation: the date the resolution states (or, when none was
/// entered, the term of the rule in force on its first day), carried forward one term by a timely
/// renewal notice. A notice filed after the last day is treated as not filed (RGCE 7.2.3).
pub fn mx_valid_to(m: &Membership, rules: &TraderRules) -> Option<NaiveDate> {
    let start = m.certified_on?;
    let term = rules.find(RuleKind::MxTerm, Some(m.program), &m.rubro, start);
    let valid_to = match (m.expires_on, term) {
        (Some(end), _) => end,
        (None, Some(term)) => term.period.last_day_from(start),
        (None, None) => return None,
    };
    if let Some(filed) = m.renewal_filed_on {
        if renewal_timely(filed, valid_to, rules, start) {
            // The renewed term is that of the rule in force on its first day.
            let next_start = valid_to + chrono::Days::new(1);
            if let Some(next) = rules.find(RuleKind::MxTerm, Some(m.program), &m.rubro, next_start) {
                return Some(next.period.last_day_from(next_start));
            }
        }
    }
    Some(valid_to)
}

/// Whether a renewal notice filed on `filed` is in time for an authorisation ending on
/// `valid_to`. Sources read the window of RGCE 7.2.3 as 30 calendar days or as 30 business days
/// before expiry; a notice that is timely on either reading counts, so a filing the law may allow
/// is never reported as a lapse. (The alert asks for the narrower window, which satisfies both.)
pub fn renewal_timely(filed: NaiveDate, valid_to: NaiveDate, rules: &TraderRules, start: NaiveDate) -> bool {
    let Some(window) = rules.find(RuleKind::MxRenewalWindow, None, "", start) else { return filed <= valid_to };
    let super::rules::Period::Days(days) = window.period else { return filed <= valid_to };
    filed <= valid_to && filed >= business_days_before(valid_to, days).min(window.period.before(valid_to) + chrono::Days::new(1))
}

/// Whether `d` is a day on which Mexican tax deadlines do not run (CFF art. 12): Saturdays,
/// Sundays, 1 January, the first Monday of February, the third Monday of March, 1 and 5 May,
/// 16 September, the third Monday of November, 25 December, and the day the federal executive
/// changes hands (1 December every six years to 2018; 1 October from 2024). SAT's own vacation
/// periods, published each year, are not known here, so the count errs towards fewer days.
pub fn mx_non_business_day(d: NaiveDate) -> bool {
    use chrono::{Datelike, Weekday};
    let nth_monday = |n: u32| d.weekday() == Weekday::Mon && (d.day() - 1) / 7 + 1 == n;
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
        || matches!((d.month(), d.day()), (1, 1) | (5, 1) | (5, 5) | (9, 16) | (12, 25))
        || (d.month() == 2 && nth_monday(1))
        || (d.month() == 3 && nth_monday(3))
        || (d.month() == 11 && nth_monday(3))
        || (d.month() == 12 && d.day() == 1 && d.year() <= 2018 && d.year() % 6 == 0)
        || (d.month() == 10 && d.day() == 1 && d.year() >= 2024 && (d.year() - 2024) % 6 == 0)
}

/// The day `n` business days before `day`, counting `day` itself as the first when it is one.
fn business_days_before(day: NaiveDate, n: u32) -> NaiveDate {
    if n == 0 {
        return day;
    }
    let mut d = day;
    let mut counted = 0;
    loop {
        if !mx_non_business_day(d) {
            counted += 1;
            if counted == n {
                return d;
            }
        }
        d = d.pred_opt().unwrap_or(NaiveDate::MIN);
    }
}

/// The standing and the due dates of `m` on `day`.
pub fn membership_state(m: &Membership, rules: &TraderRules, day: NaiveDate) -> MembershipState {
    let mut due = Vec::new();
    let Some(start) = m.certified_on else {
        return MembershipState { standing: Standing::NotYetValid, valid_to: None, due };
    };
    let change = latest_change(m, day);
    let mut valid_to = None;
    let mut standing = if day < start {
        Standing::NotYetValid
    } else {
        match change {
            Some(StatusChangeKind::Revoked) => Standing::Revoked,
            Some(StatusChangeKind::Suspended) => Standing::Suspended,
            Some(StatusChangeKind::Reinstated) | None => Standing::Active,
        }
    };
    match m.program {
        Program::Ctpat => {
            if standing != Standing::Revoked {
                ctpat_due(m, rules, start, &mut due);
            }
        }
        Program::MxIvaIeps | Program::MxOea | Program::MxScc => {
            valid_to = mx_valid_to(m, rules);
            if let Some(last) = valid_to {
                if day > last && standing == Standing::Active {
                    standing = Standing::Expired;
                }
                if standing != Standing::Revoked && day <= last {
                    if let Some(window) = rules.find(RuleKind::MxRenewalWindow, None, "", start) {
                        due.push(DueDate {
                            kind: DueKind::MxRenewalNotice,
                            on: last,
                            opens_on: Some(window.period.before(last) + chrono::Days::new(1)),
                            source: window.source.to_owned(),
                        });
                    }
                }
            }
        }
        Program::Mra => {}
    }
    due.sort_by_key(|x| x.on);
    MembershipState { standing, valid_to, due }
}

fn ctpat_due(m: &Membership, rules: &TraderRules, start: NaiveDate, due: &mut Vec<DueDate>) {
    match m.validated_on {
        None => {
            if let Some(rule) = rules.find(RuleKind::CtpatValidation, Some(Program::Ctpat), "", start) {
                due.push(DueDate {
                    kind: DueKind::CtpatValidation,
                    on: rule.period.after(start),
                    opens_on: None,
                    source: rule.source.to_owned(),
                });
            }
        }
        Some(validated) => {
            if let Some(rule) = rules.find(RuleKind::CtpatRevalidation, Some(Program::Ctpat), "", validated) {
                due.push(DueDate {
                    kind: DueKind::CtpatRevalidation,
                    on: rule.period.after(validated),
                    opens_on: None,
                    source: rule.source.to_owned(),
                });
            }
        }
    }
    if let Some(rule) = rules.find(RuleKind::CtpatAnnualReview, Some(Program::Ctpat), "", start) {
        // Due on each anniversary of certification. A review submitted once the window before an
        // anniversary has opened covers that anniversary, so the next one due is the first whose
        // window opens after the last review (or after certification when none is recorded). An
        // overdue review stays due on its own day, not rolled forward, until one is recorded.
        let window = rules.find(RuleKind::CtpatReviewWindow, Some(Program::Ctpat), "", start);
        let opens = |on: NaiveDate| window.map(|w| w.period.before(on)).unwrap_or(on);
        let covered = |on: NaiveDate| m.reviewed_on.is_some_and(|r| r >= opens(on));
        let mut n = 1;
        let mut next = anniversary(start, n);
        while covered(next) {
            n += 1;
            next = anniversary(start, n);
        }
        let opens_on = window.map(|w| w.period.before(next));
        due.push(DueDate { kind: DueKind::CtpatAnnualReview, on: next, opens_on, source: rule.source.to_owned() });
    }
}

/// The `n`th anniversary of `start` (29 February → 28 February).
fn anniversary(start: NaiveDate, n: u32) -> NaiveDate {
    super::rules::Period::Years(n).after(start)
}

/// A FAST card on a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CardState {
    pub standing: Standing,
    pub due: Option<DueDate>,
}

/// A card is in force through its expiry date; renewal opens a year before it.
pub fn fast_card_state(card: &FastCard, rules: &TraderRules, day: NaiveDate) -> CardState {
    let Some(expires) = card.expires_on else {
        return CardState { standing: Standing::NotYetValid, due: None };
    };
    let window = rules.find(RuleKind::FastRenewalWindow, None, "", expires);
    let standing = if day > expires { Standing::Expired } else { Standing::Active };
    let due = Some(DueDate {
        kind: DueKind::FastCardExpiry,
        on: expires,
        opens_on: window.map(|w| w.period.before(expires)),
        source: window.map(|w| w.source).unwrap_or(super::rules::SRC_FAST_TERM).to_owned(),
    });
    CardState { standing, due }
}
