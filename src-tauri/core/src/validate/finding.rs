//! A finding: one thing wrong (or worth a second look) in a declaration, with where and why.

use serde::Serialize;
use ts_rs::TS;

use crate::ids::IdError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Blocks filing.
    Error,
    /// Worth checking; does not block filing.
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// Stable code, e.g. `hts.format` or `totals.invoice_mismatch`.
    pub code: String,
    pub severity: Severity,
    /// Path of the field in the declaration document, e.g. `lines[3].hts`.
    pub path: String,
    pub message_en: String,
    pub message_es: String,
    /// The rule's source: a regulation, a manual, or "Cruce consistency rule".
    pub source: String,
}

/// Collects findings while the rules run.
#[derive(Debug, Default)]
pub struct Findings(Vec<Finding>);

impl Findings {
    pub fn error(&mut self, code: &str, path: impl Into<String>, en: impl Into<String>, es: impl Into<String>, source: &str) {
        self.push(Severity::Error, code, path.into(), en.into(), es.into(), source);
    }

    pub fn warning(&mut self, code: &str, path: impl Into<String>, en: impl Into<String>, es: impl Into<String>, source: &str) {
        self.push(Severity::Warning, code, path.into(), en.into(), es.into(), source);
    }

    fn push(&mut self, severity: Severity, code: &str, path: String, message_en: String, message_es: String, source: &str) {
        self.0.push(Finding { code: code.to_owned(), severity, path, message_en, message_es, source: source.to_owned() });
    }

    /// An identifier problem: the code is `<kind>.<problem>` and the text comes from the error.
    pub fn id(&mut self, kind: &str, path: impl Into<String>, err: &IdError, source: &str) {
        self.error(&format!("{kind}.{}", err.code()), path, capitalize(&err.to_string()), capitalize(&err.spanish()), source);
    }

    /// A required field left empty. `what_en`/`what_es` name it with its article ("the invoice
    /// date", "la fecha de la factura"): the message asks for it, which reads right in Spanish
    /// whatever the noun's gender and number.
    pub fn missing(&mut self, path: impl Into<String>, what_en: &str, what_es: &str, source: &str) {
        self.error("required", path, format!("Enter {what_en}"), format!("Capture {what_es}"), source);
    }

    pub fn into_vec(self) -> Vec<Finding> {
        self.0
    }
}

pub(crate) use crate::text::capitalize;
