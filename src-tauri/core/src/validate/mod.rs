//! Validation of a declaration for both governments: identifiers, catalogs and the cross-checks
//! between the U.S. and the Mexican view. Every finding is returned, never only the first.

mod commercial;
mod dates;
mod documents;
mod finding;
pub(crate) mod flow;
mod lines;
mod parties;
mod regime;
mod schedules;
mod screening;
pub(crate) mod sources;
mod totals;
mod transport;
mod trusted;
mod usmca;

pub use finding::{Finding, Findings, Severity};
pub use totals::USD_TOLERANCE;
pub use trusted::fast_eligibility_of;

use crate::declaration::Declaration;
use crate::reference::Reference;
use flow::Flow;

/// All findings for `declaration` against `reference`, errors first, then in document order.
pub fn validate(declaration: &Declaration, reference: &Reference) -> Vec<Finding> {
    let mut f = Findings::default();
    let flow = Flow::of(declaration, reference);
    if declaration.reference.trim().is_empty() {
        f.missing("reference", "the broker reference", "la referencia del agente", sources::CONSISTENCY);
    }
    parties::check(declaration, reference, flow, &mut f);
    transport::check(declaration, reference, flow, &mut f);
    commercial::check(declaration, reference, flow, &mut f);
    regime::check(declaration, reference, flow, &mut f);
    lines::check(declaration, reference, flow, &mut f);
    schedules::check(declaration, reference, flow, &mut f);
    totals::check(declaration, &mut f);
    usmca::check(declaration, reference, &mut f);
    dates::check(declaration, &mut f);
    documents::check(declaration, reference, flow, &mut f);
    trusted::check(declaration, reference, flow, &mut f);
    screening::check(declaration, reference, &mut f);
    let mut findings = f.into_vec();
    // Stable: equal severities keep the order the rules produced (document order).
    findings.sort_by_key(|x| x.severity);
    findings
}

/// Whether the declaration may be filed: no error-level finding.
pub fn can_file(findings: &[Finding]) -> bool {
    findings.iter().all(|x| x.severity != Severity::Error)
}

/// Small helpers the rule files share.
pub(crate) mod check {
    use super::Findings;
    use crate::catalog::Code;
    use crate::reference::Reference;

    pub fn blank(s: &str) -> bool {
        s.trim().is_empty()
    }

    /// A code that must be in `list` when given; `required` makes an empty value an error too.
    /// `what_en`/`what_es` name the field with its article ("the régimen", "el régimen").
    #[allow(clippy::too_many_arguments)]
    pub fn code_in(f: &mut Findings, list: &[Code], value: &str, path: &str, what_en: &str, what_es: &str, required: bool, source: &str) {
        let v = value.trim();
        if v.is_empty() {
            if required {
                f.missing(path, what_en, what_es, source);
            }
        } else if !list.iter().any(|c| c.code == v) {
            f.error(
                "catalog.unknown_code",
                path,
                format!("{v:?} is not a valid code for {what_en}"),
                format!("{v:?} no es una clave válida para {what_es}"),
                source,
            );
        }
    }

    pub fn country(f: &mut Findings, r: &Reference, value: &str, path: &str, required: bool) {
        let v = value.trim();
        if v.is_empty() {
            if required {
                f.missing(path, "the country", "el país", super::sources::COUNTRIES);
            }
        } else if r.country(v).is_none() {
            f.error(
                "country.unknown",
                path,
                format!("{v:?} is not an ISO 3166-1 alpha-2 country code"),
                format!("{v:?} no es una clave de país ISO 3166-1 alfa-2"),
                super::sources::COUNTRIES,
            );
        }
    }
}
