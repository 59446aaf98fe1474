//! The two governments' views of one declaration: what CBP sees (entry summary by CBP Form 7501
//! block and the e-Manifest shipment, or the export data going south) and what SAT/ANAM sees (the
//! pedimento header, parties, invoices and partidas). Pure functions of the declaration.
//!
//! Every field names the model fields it comes from (`source`), so the UI can show both views side
//! by side and jump from any value to the field a user must change.

mod format;
mod mx;
mod us;

pub use mx::mexican_view;
pub use us::us_view;

use serde::Serialize;
use ts_rs::TS;

/// One value as a government form shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ViewField {
    /// The government's own field reference, e.g. "7501 block 1" or "Anexo 22 campo 6".
    pub reference: String,
    pub label_en: String,
    pub label_es: String,
    /// Formatted as that government writes it; empty when the source is empty.
    pub value: String,
    /// Paths of the declaration fields it is derived from (`lines[*]` for a sum over lines).
    pub source: Vec<String>,
}

/// A group of fields: a form section, or one line / partida.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ViewSection {
    pub title_en: String,
    pub title_es: String,
    pub fields: Vec<ViewField>,
}

/// A government's whole view of the declaration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GovernmentView {
    pub title_en: String,
    pub title_es: String,
    pub sections: Vec<ViewSection>,
}

pub(crate) struct SectionBuilder(ViewSection);

impl SectionBuilder {
    pub fn new(title_en: &str, title_es: &str) -> Self {
        Self(ViewSection { title_en: title_en.into(), title_es: title_es.into(), fields: Vec::new() })
    }

    pub fn field(mut self, reference: &str, en: &str, es: &str, value: impl Into<String>, source: &[&str]) -> Self {
        self.0.fields.push(ViewField {
            reference: reference.into(),
            label_en: en.into(),
            label_es: es.into(),
            value: value.into(),
            source: source.iter().map(|s| (*s).to_owned()).collect(),
        });
        self
    }

    /// Like [`SectionBuilder::field`] with owned source paths (for per-line paths).
    pub fn field_at(mut self, reference: &str, en: &str, es: &str, value: impl Into<String>, source: Vec<String>) -> Self {
        self.0.fields.push(ViewField {
            reference: reference.into(),
            label_en: en.into(),
            label_es: es.into(),
            value: value.into(),
            source,
        });
        self
    }

    pub fn build(self) -> ViewSection {
        self.0
    }
}
