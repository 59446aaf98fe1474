//! Preferences kept in the database, so they follow the data and not the machine: the language,
//! the name recorded on revisions, the area of the app last in use.

use cruce_core::Language;
use serde::Serialize;
use ts_rs::TS;

use crate::{Error, Workspace};

/// What the front end reads at start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Preferences {
    /// `null` until the user picks a language; the UI then follows the system language.
    pub language: Option<Language>,
    /// The name recorded on revisions, when the user set one.
    pub author_name: Option<String>,
    /// The OS user name, recorded when no name is set.
    pub system_user: String,
    /// The area of the app in use when it was last left (`declarations`, …), if any.
    pub area: Option<String>,
}

/// Longest area name kept; areas are short words such as `declarations`.
const AREA_MAX: usize = 32;

impl Workspace {
    pub fn preferences(&self) -> Result<Preferences, Error> {
        Ok(Preferences {
            language: self.store.language()?,
            author_name: self.store.author_name()?,
            system_user: self.system_user().to_owned(),
            area: self.store.area()?,
        })
    }

    pub fn set_language(&mut self, language: Language) -> Result<(), Error> {
        Ok(self.store.set_language(language)?)
    }

    /// Sets the name recorded as author of later revisions; an empty name goes back to the OS
    /// user. Checked first (length, no control characters).
    pub fn set_author_name(&mut self, raw: &str) -> Result<(), Error> {
        let name = cruce_core::author_name(raw)?;
        Ok(self.store.set_author_name(name.as_deref())?)
    }

    /// Remembers the area in use. Which areas exist is the front end's business; this keeps only
    /// a short lowercase word, so nothing else is ever written under that key.
    pub fn set_area(&mut self, area: &str) -> Result<(), Error> {
        let well_formed = !area.is_empty()
            && area.len() <= AREA_MAX
            && area.starts_with(|c: char| c.is_ascii_lowercase())
            && area.chars().all(|c| c.is_ascii_lowercase() || c == '-');
        if !well_formed {
            return Err(Error::UnknownArea { area: area.to_owned() });
        }
        Ok(self.store.set_area(area)?)
    }
}
