//! The two governments' views of one declaration: what CBP sees (entry summary by CBP Form 7501
//! block and the e-Manifest shipment, or the export data going south) and what SAT/ANAM sees (the
//! pedimento header, parties, invoices and partidas). Pure functions of the declaration.
//!
//! Every field names the model fields it comes from (`source`), so the UI can show both views side
//! by side and jump from any value to the field a user must change.

mod eei;
mod emanifest;
mod format;
mod mx;
mod us;

pub use mx::mexican_view;
pub use us::us_view;

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize, Serializer};
use ts_rs::TS;

/// One value as a government form shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ViewField {
    /// The government's own field reference, e.g. "7501 block 1" or "Anexo 22 campo 6".
    #[ts(type = "string")]
    pub reference: Cow<'static, str>,
    #[ts(type = "string")]
    pub label_en: Cow<'static, str>,
    #[ts(type = "string")]
    pub label_es: Cow<'static, str>,
    /// Formatted as that government writes it; empty when the source is empty.
    pub value: String,
    /// Paths of the declaration fields it is derived from (`lines[*]` for a sum over lines).
    #[ts(type = "Array<string>")]
    pub source: Vec<SourcePath>,
}

/// The path of a declaration field, written out only when the view is sent: a 1,000-line view
/// has some 30,000 of them, and formatting each up front was a third of the derivation's time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourcePath {
    /// A fixed path such as `transport.usPort`.
    Field(&'static str),
    /// `lines[i]` itself (empty field) or `lines[i].field`.
    Line(u32, &'static str),
    /// Any other path (an invoice of the list, …).
    Owned(String),
}

impl fmt::Display for SourcePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Field(p) => f.write_str(p),
            Self::Line(i, "") => write!(f, "lines[{i}]"),
            Self::Line(i, field) => write!(f, "lines[{i}].{field}"),
            Self::Owned(p) => f.write_str(p),
        }
    }
}

impl Serialize for SourcePath {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A group of fields: a form section, or one line / partida.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ViewSection {
    pub title_en: String,
    pub title_es: String,
    pub fields: Vec<ViewField>,
}

/// A government's view of the declaration, shaped like its form: the sections before the lines
/// (header, parties, invoices), one section per line, and the sections after them (totals,
/// manifest). `lines` holds the lines of the window asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct GovernmentView {
    pub title_en: String,
    pub title_es: String,
    pub head: Vec<ViewSection>,
    pub lines: Vec<ViewSection>,
    pub tail: Vec<ViewSection>,
    /// Index (0-based) of the declaration line `lines[0]` shows.
    pub first_line: u32,
    /// Lines in the declaration, shown or not.
    pub line_count: u32,
}

impl GovernmentView {
    /// Every section in form order.
    pub fn sections(&self) -> impl Iterator<Item = &ViewSection> {
        self.head.iter().chain(&self.lines).chain(&self.tail)
    }
}

/// Which lines to derive: a 1,000-line declaration is shown a page at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LineWindow {
    pub first: u32,
    pub count: u32,
}

impl Default for LineWindow {
    fn default() -> Self {
        Self { first: 0, count: 50 }
    }
}

impl LineWindow {
    /// Every line.
    pub const ALL: LineWindow = LineWindow { first: 0, count: u32::MAX };

    /// The indexes of the lines this window shows in a declaration of `len` lines.
    pub fn range(self, len: usize) -> Range<usize> {
        let first = (self.first as usize).min(len);
        first..first.saturating_add(self.count as usize).min(len)
    }
}

pub(crate) struct SectionBuilder(ViewSection);

impl SectionBuilder {
    pub fn new(title_en: &str, title_es: &str) -> Self {
        Self(ViewSection { title_en: title_en.into(), title_es: title_es.into(), fields: Vec::new() })
    }

    /// A section with room for `fields` fields (the per-line sections, built a thousand times).
    pub fn with_capacity(title_en: String, title_es: String, fields: usize) -> Self {
        Self(ViewSection { title_en, title_es, fields: Vec::with_capacity(fields) })
    }

    pub fn field(
        self,
        reference: &'static str,
        en: &'static str,
        es: &'static str,
        value: impl Into<String>,
        source: &[&'static str],
    ) -> Self {
        self.field_at(reference, en, es, value, source.iter().map(|s| SourcePath::Field(s)).collect::<Vec<_>>())
    }

    /// Like [`SectionBuilder::field`] with labels and paths built for this field (a line's
    /// paths, an invoice's number).
    pub fn field_at(
        mut self,
        reference: &'static str,
        en: impl Into<Cow<'static, str>>,
        es: impl Into<Cow<'static, str>>,
        value: impl Into<String>,
        source: impl Into<Vec<SourcePath>>,
    ) -> Self {
        self.0.fields.push(ViewField {
            reference: Cow::Borrowed(reference),
            label_en: en.into(),
            label_es: es.into(),
            value: value.into(),
            source: source.into(),
        });
        self
    }

    pub fn build(self) -> ViewSection {
        self.0
    }
}
