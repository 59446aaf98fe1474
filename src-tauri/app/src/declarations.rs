//! The two governments' views of a saved revision, and validation of a declaration file.

use std::path::Path;

use cruce_core::declaration::Declaration;
use cruce_core::reference::Reference;
use cruce_core::validate::{validate, Finding};
use cruce_core::views::{mexican_view, us_view, GovernmentView, LineWindow};
use serde::Serialize;
use ts_rs::TS;

use crate::{Error, Workspace};

/// Both governments' views of one revision of a draft, with the lines in `window` (a
/// 1,000-line declaration is shown, and sent, a page of lines at a time).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DraftViews {
    pub revision: u32,
    pub us: GovernmentView,
    pub mexican: GovernmentView,
}

impl Workspace {
    /// The views of revision `revision` of a draft, from what the store holds: the editor sends
    /// only which revision it wants, never the document again.
    pub fn draft_views(&self, id: &str, revision: u32, window: LineWindow) -> Result<DraftViews, Error> {
        let reference = self.reference();
        Ok(self.store.read_revision(id, revision, |d| DraftViews {
            revision,
            us: us_view(d, reference, window),
            mexican: mexican_view(d, reference, window),
        })?)
    }
}

/// A declaration read from a file and what the rules say about it.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidatedDocument {
    pub declaration: Declaration,
    pub findings: Vec<Finding>,
}

/// Reads the declaration document at `path` and validates it against `reference`.
pub fn validate_file(path: &Path, reference: &Reference) -> Result<ValidatedDocument, Error> {
    let declaration = read_document(path)?;
    let findings = validate(&declaration, reference);
    Ok(ValidatedDocument { declaration, findings })
}

/// A declaration document from a file; a malformed one is an error naming the field.
pub(crate) fn read_document(path: &Path) -> Result<Declaration, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read { path: path.to_owned(), source })?;
    Declaration::from_json(&text).map_err(|source| Error::DocumentFile { path: path.to_owned(), source })
}
