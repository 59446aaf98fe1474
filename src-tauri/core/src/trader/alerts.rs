//! What expires or falls due soon across the registry, each with the action to take: the
//! dashboard's list and the notice at start. Computed for a day from the records and the rules.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::rules::TraderRules;
use super::state::{fast_card_state, membership_state, DueKind, Standing};
use super::{Program, Registry, TraderKind};

/// The windows the dashboard groups alerts by, in days.
pub const BANDS: [i64; 3] = [7, 30, 90];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum AlertKind {
    Due(DueKind),
    /// A membership past its last day, or a FAST card past its expiry.
    Expired,
    Suspended,
    LicenceExpiry,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Alert {
    pub subject: TraderKind,
    pub subject_id: String,
    pub subject_name: String,
    pub membership_id: Option<String>,
    pub program: Option<Program>,
    pub kind: AlertKind,
    #[ts(type = "string")]
    pub on: NaiveDate,
    /// Days from today to `on`; negative when overdue or past.
    #[ts(type = "number")]
    pub days_left: i64,
    /// The smallest of [`BANDS`] that holds it; 0 when overdue.
    #[ts(type = "number")]
    pub band: i64,
    pub action_en: String,
    pub action_es: String,
    pub source: String,
}

fn band(days_left: i64) -> i64 {
    if days_left < 0 {
        0
    } else {
        BANDS.into_iter().find(|b| days_left <= *b).unwrap_or(i64::MAX)
    }
}

fn action(kind: AlertKind, program: Option<Program>, opens_on: Option<NaiveDate>, today: NaiveDate) -> (String, String) {
    let opens = |en: &str, es: &str| match opens_on.filter(|o| *o > today) {
        Some(o) => (format!("{en} (from {o})"), format!("{es} (a partir del {o})")),
        None => (en.to_owned(), es.to_owned()),
    };
    match kind {
        AlertKind::Due(DueKind::CtpatAnnualReview) => opens(
            "Submit the annual security profile review in the CTPAT Portal",
            "Presente la revisión anual del perfil de seguridad en el portal CTPAT",
        ),
        AlertKind::Due(DueKind::CtpatValidation) => (
            "Prepare for CBP's validation visit; record its date when done".into(),
            "Prepárese para la visita de validación de CBP; registre la fecha al concluir".into(),
        ),
        AlertKind::Due(DueKind::CtpatRevalidation) => (
            "Revalidation falls due: agree the visit with the supply chain security specialist".into(),
            "Vence la revalidación: acuerde la visita con el especialista de seguridad de la cadena de suministro".into(),
        ),
        AlertKind::Due(DueKind::MxRenewalNotice) => opens(
            "File the aviso único de renovación (ficha 61/LA) in VUCEM before expiry",
            "Presente el aviso único de renovación (ficha 61/LA) en VUCEM antes del vencimiento",
        ),
        AlertKind::Due(DueKind::FastCardExpiry) => opens(
            "Have the driver renew the FAST card in the Trusted Traveler Programs site",
            "Pida al operador renovar su tarjeta FAST en el sitio de Trusted Traveler Programs",
        ),
        AlertKind::Expired if program.is_some() => (
            "Expired: the program's benefits no longer apply; apply again or record the renewal".into(),
            "Vencida: los beneficios del programa ya no aplican; solicite de nuevo o registre la renovación".into(),
        ),
        AlertKind::Expired => (
            "Expired: the driver cannot use the FAST lane until the card is renewed".into(),
            "Vencida: el operador no puede usar el carril FAST hasta renovar su tarjeta".into(),
        ),
        AlertKind::Suspended => (
            "Suspended: no FAST lane or program benefits; follow the corrective action plan".into(),
            "Suspendida: sin carril FAST ni beneficios del programa; atienda el plan de acciones correctivas".into(),
        ),
        AlertKind::LicenceExpiry => {
            ("Have the driver renew the driving licence".into(), "Pida al operador renovar su licencia de conducir".into())
        }
    }
}

/// Alerts of the registry's current (not archived) records on `today` for what falls due within
/// `within_days`, plus everything already overdue, expired or suspended; earliest first.
pub fn alerts(registry: &Registry, rules: &TraderRules, today: NaiveDate, within_days: i64) -> Vec<Alert> {
    let mut out = Vec::new();
    let mut push =
        |subject, id: &str, name: &str, m: Option<(&str, Program)>, kind, on: NaiveDate, opens: Option<NaiveDate>, source: &str| {
            let days_left = (on - today).num_days();
            if days_left > within_days && !matches!(kind, AlertKind::Suspended) {
                return;
            }
            let (action_en, action_es) = action(kind, m.map(|x| x.1), opens, today);
            out.push(Alert {
                subject,
                subject_id: id.to_owned(),
                subject_name: name.to_owned(),
                membership_id: m.map(|x| x.0.to_owned()),
                program: m.map(|x| x.1),
                kind,
                on,
                days_left,
                band: band(days_left),
                action_en,
                action_es,
                source: source.to_owned(),
            });
        };
    for c in registry.companies().iter().filter(|c| !c.record.archived) {
        for m in &c.record.memberships {
            let state = membership_state(m, rules, today);
            let tag = Some((m.id.as_str(), m.program));
            match state.standing {
                Standing::Revoked | Standing::NotYetValid => continue,
                Standing::Suspended => {
                    let since = m.status_changes.iter().filter(|s| s.on <= today).map(|s| s.on).max().unwrap_or(today);
                    push(TraderKind::Company, &c.id, &c.record.name, tag, AlertKind::Suspended, since, None, "");
                    continue;
                }
                Standing::Expired => {
                    if let Some(last) = state.valid_to {
                        push(TraderKind::Company, &c.id, &c.record.name, tag, AlertKind::Expired, last, None, super::rules::SRC_MX_RENEWAL);
                    }
                    continue;
                }
                Standing::Active => {}
            }
            for due in &state.due {
                push(TraderKind::Company, &c.id, &c.record.name, tag, AlertKind::Due(due.kind), due.on, due.opens_on, &due.source);
            }
        }
    }
    for d in registry.drivers().iter().filter(|d| !d.record.archived) {
        if let Some(card) = &d.record.fast_card {
            let state = fast_card_state(card, rules, today);
            if let Some(due) = state.due {
                let kind = if state.standing == Standing::Expired { AlertKind::Expired } else { AlertKind::Due(DueKind::FastCardExpiry) };
                push(TraderKind::Driver, &d.id, &d.record.name, None, kind, due.on, due.opens_on, &due.source);
            }
        }
        if let Some(on) = d.record.licence_expires_on {
            push(TraderKind::Driver, &d.id, &d.record.name, None, AlertKind::LicenceExpiry, on, None, "");
        }
    }
    out.sort_by(|a, b| a.on.cmp(&b.on).then_with(|| a.subject_name.cmp(&b.subject_name)));
    out
}
