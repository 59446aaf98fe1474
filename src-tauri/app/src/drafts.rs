//! Draft declarations: the list, opening a draft with its findings, creating, saving (as
//! revisions), duplicating, keeping a conflicting edit as a copy, deleting and bringing back.

use chrono::{DateTime, Utc};
use cruce_core::declaration::Declaration;
use cruce_core::header::{self, DraftHeader};
use cruce_core::validate::{validate, Finding};
use cruce_core::{Draft, DraftPage, DraftQuery, DraftStatus, DraftSummary, HeaderInput};
use serde::Serialize;
use ts_rs::TS;

use crate::{Error, Workspace};

/// Rows in a page of the list when the caller does not say.
pub const DEFAULT_PAGE: u32 = 100;

/// A draft as the editor shows it: as stored, and what the rules say about it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CheckedDraft {
    pub draft: Draft,
    pub findings: Vec<Finding>,
}

/// What a save tells the editor, and nothing it already has: the revision now current (the same
/// one when nothing changed), when it was saved, and the findings of the saved declaration.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedRevision {
    pub revision: u32,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
    pub findings: Vec<Finding>,
}

impl Workspace {
    /// One page of the declarations list.
    pub fn search_drafts(&self, mut query: DraftQuery) -> Result<DraftPage, Error> {
        if query.limit == 0 {
            query.limit = DEFAULT_PAGE;
        }
        Ok(self.store.search_drafts(&query)?)
    }

    /// Every live draft, the most recently changed first (the command line's listing).
    pub fn list_drafts(&self) -> Result<Vec<DraftSummary>, Error> {
        Ok(self.store.list_drafts()?)
    }

    /// The draft at its current revision, checked.
    pub fn open_draft(&self, id: &str) -> Result<CheckedDraft, Error> {
        let draft = self.store.get_draft(id)?;
        Ok(self.checked(draft))
    }

    /// Starts a declaration from its header fields; the rest is filled in later.
    pub fn create_draft(&mut self, header: HeaderInput) -> Result<CheckedDraft, Error> {
        let header = DraftHeader::new(header, self.reference())?;
        let mut declaration = Declaration::new(header.reference(), header.direction());
        Draft::apply_header(&mut declaration, &header);
        let draft = self.store.create_draft(&declaration, &self.author()?, self.now())?;
        Ok(self.checked(draft))
    }

    /// Saves the whole declaration as the revision after `expected_revision` (a conflict if
    /// someone saved since; nothing is written then). A draft may be incomplete or wrong: the
    /// findings say so, they do not stop the save.
    pub fn save_draft(&mut self, id: &str, declaration: &Declaration, expected_revision: u32) -> Result<SavedRevision, Error> {
        let saved = self.store.save_draft(id, declaration, expected_revision, &self.author()?, self.now())?;
        Ok(SavedRevision { revision: saved.revision, updated_at: saved.updated_at, findings: validate(declaration, self.reference()) })
    }

    /// Starts the next shipment from a copy of `id` (see `Declaration::duplicate`).
    pub fn duplicate_draft(&mut self, id: &str, reference: &str) -> Result<DraftSummary, Error> {
        let reference = header::reference(reference)?;
        let copy = self.store.get_draft(id)?.declaration.duplicate(&reference);
        let created = self.store.create_draft(&copy, &self.author()?, self.now())?;
        Ok(self.store.draft_summary(&created.id)?)
    }

    /// Someone else saved the draft while this user was editing it, and the user left without
    /// choosing: their version stays, and this one becomes a new draft under `reference`, so
    /// neither is lost and nothing is overwritten.
    pub fn keep_as_copy(&mut self, declaration: &Declaration, reference: &str) -> Result<DraftSummary, Error> {
        let mine = Declaration { reference: header::reference(reference)?, ..declaration.clone() };
        let created = self.store.create_draft(&mine, &self.author()?, self.now())?;
        Ok(self.store.draft_summary(&created.id)?)
    }

    /// Hides a draft from the list and search; its revisions and audit entries stay.
    pub fn delete_draft(&mut self, id: &str) -> Result<(), Error> {
        Ok(self.store.delete_draft(id, &self.author()?, self.now())?)
    }

    /// Brings back a deleted draft (the list's undo).
    pub fn undelete_draft(&mut self, id: &str) -> Result<DraftSummary, Error> {
        self.store.undelete_draft(id, &self.author()?, self.now())?;
        Ok(self.store.draft_summary(id)?)
    }

    /// Marking a draft ready or filed screens its parties first (when lists are imported), so
    /// the findings it is filed with hold the review as it is now.
    pub fn set_draft_status(&mut self, id: &str, status: DraftStatus) -> Result<(), Error> {
        if matches!(status, DraftStatus::Ready | DraftStatus::Filed) && !self.store.lists_in_use()?.is_empty() {
            self.screen_draft(id)?;
        }
        Ok(self.store.set_status(id, status, &self.author()?, self.now())?)
    }

    pub(crate) fn checked(&self, draft: Draft) -> CheckedDraft {
        let findings = validate(&draft.declaration, self.reference());
        CheckedDraft { draft, findings }
    }
}
