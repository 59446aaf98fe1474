//! The declaration against the screening review: a party decided to be on a list blocks filing;
//! a potential match not yet decided (or escalated) is a warning until someone decides it.

use super::{sources as src, Findings};
use crate::declaration::Declaration;
use crate::reference::Reference;
use crate::screening::party::parties_of;

pub(super) fn check(d: &Declaration, r: &Reference, f: &mut Findings) {
    let verdicts = r.screening();
    if verdicts.is_empty() {
        return;
    }
    for party in parties_of(d) {
        for c in verdicts.confirmed.get(&party.key).into_iter().flatten() {
            let programs = c.programs.join(", ");
            f.error(
                "screening.confirmed_match",
                party.path.clone(),
                format!(
                    "{} is on the {} as entry {} ({}; {programs}), confirmed by {}: no dealings",
                    party.name,
                    c.list.name_en(),
                    c.entry,
                    c.entry_name,
                    c.decided_by
                ),
                format!(
                    "{} está en la {} como entrada {} ({}; {programs}), confirmado por {}: no se puede operar",
                    party.name,
                    c.list.name_es(),
                    c.entry,
                    c.entry_name,
                    c.decided_by
                ),
                src::SCREENING,
            );
        }
        if let Some(n) = verdicts.open.get(&party.key).filter(|n| **n > 0) {
            f.warning(
                "screening.pending_review",
                party.path.clone(),
                format!("{} has {n} potential list match(es) awaiting review", party.name),
                format!("{} tiene {n} posible(s) coincidencia(s) en listas por revisar", party.name),
                src::SCREENING,
            );
        }
    }
}
