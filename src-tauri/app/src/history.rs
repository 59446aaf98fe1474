//! A draft's revisions: list them, compare two field by field, restore one as a new revision.

use cruce_core::declaration::FieldChange;
use cruce_core::RevisionInfo;

use crate::drafts::CheckedDraft;
use crate::{Error, Workspace};

impl Workspace {
    /// Every revision of a draft, newest first.
    pub fn history(&self, id: &str) -> Result<Vec<RevisionInfo>, Error> {
        Ok(self.store.history(id)?)
    }

    /// Every field that differs from revision `from` to revision `to`.
    pub fn compare_revisions(&self, id: &str, from: u32, to: u32) -> Result<Vec<FieldChange>, Error> {
        Ok(self.store.compare_revisions(id, from, to)?)
    }

    /// Makes an earlier revision current again, as a new revision after `expected_revision`.
    pub fn restore_revision(&mut self, id: &str, revision: u32, expected_revision: u32) -> Result<CheckedDraft, Error> {
        let draft = self.store.restore_revision(id, revision, expected_revision, &self.author()?, self.now())?;
        Ok(self.checked(draft))
    }
}
