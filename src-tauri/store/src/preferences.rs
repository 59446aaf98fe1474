//! User preferences kept in the database, so they follow the data and not the machine.

use cruce_core::Language;
use rusqlite::{params, OptionalExtension};

use crate::{Store, StoreError};

const LANGUAGE: &str = "language";

impl Store {
    /// The chosen interface language, or `None` before the user has chosen one.
    pub fn language(&self) -> Result<Option<Language>, StoreError> {
        let code: Option<String> = self
            .conn
            .query_row("SELECT value FROM preference WHERE key = ?1", [LANGUAGE], |r| r.get(0))
            .optional()?;
        // An unknown code (written by a newer version) reads as "not chosen" rather than failing.
        Ok(code.as_deref().and_then(Language::from_code))
    }

    pub fn set_language(&mut self, language: Language) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO preference (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![LANGUAGE, language.code()],
        )?;
        Ok(())
    }
}
