//! One declaration in and out as its versioned JSON document.

use std::path::Path;

use cruce_core::DraftSummary;

use crate::declarations::read_document;
use crate::{Error, Workspace};

impl Workspace {
    /// The current revision of a draft as a declaration document.
    pub fn export_draft(&self, id: &str) -> Result<String, Error> {
        Ok(self.store.get_draft(id)?.declaration.to_json())
    }

    /// Stores the declaration document in `path` as a new draft. A malformed document stores
    /// nothing and names the field that is wrong.
    pub fn import_file(&mut self, path: &Path) -> Result<DraftSummary, Error> {
        let declaration = read_document(path)?;
        let created = self.store.create_draft(&declaration, &self.author()?, self.now())?;
        Ok(self.store.draft_summary(&created.id)?)
    }
}
