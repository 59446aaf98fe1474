//! Export and import of one declaration as its versioned JSON document.

use chrono::{DateTime, Utc};
use cruce_core::declaration::Declaration;
use cruce_core::Draft;

use crate::{Store, StoreError};

impl Store {
    /// The current revision of a draft as a declaration document.
    pub fn export_draft(&self, id: &str) -> Result<String, StoreError> {
        Ok(self.get_draft(id)?.declaration.to_json())
    }

    /// Reads a declaration document and stores it as a new draft. A malformed document stores
    /// nothing and says what is wrong.
    pub fn import_draft(&mut self, text: &str, author: &str, now: DateTime<Utc>) -> Result<Draft, StoreError> {
        let declaration = Declaration::from_json(text)?;
        self.create_draft(&declaration, author, now)
    }
}
