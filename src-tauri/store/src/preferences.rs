//! User preferences kept in the database, so they follow the data and not the machine.

use cruce_core::Language;
use rusqlite::{params, OptionalExtension};

use crate::{Store, StoreError};

const LANGUAGE: &str = "language";
const AUTHOR_NAME: &str = "author_name";
const AREA: &str = "area";
const WAIT_TIMES_URL: &str = "wait_times_url";
const SCREENING_THRESHOLDS: &str = "screening_thresholds";

impl Store {
    /// The chosen interface language, or `None` before the user has chosen one.
    pub fn language(&self) -> Result<Option<Language>, StoreError> {
        let code = self.get(LANGUAGE)?;
        // An unknown code (written by a newer version) reads as "not chosen" rather than failing.
        Ok(code.as_deref().and_then(Language::from_code))
    }

    /// The name to record as author instead of the OS user, if the user set one.
    pub fn author_name(&self) -> Result<Option<String>, StoreError> {
        self.get(AUTHOR_NAME)
    }

    /// Sets the author name (already checked with `cruce_core::author_name`); `None` goes back to
    /// the OS user.
    pub fn set_author_name(&mut self, name: Option<&str>) -> Result<(), StoreError> {
        match name {
            Some(name) => self.set(AUTHOR_NAME, name),
            None => {
                self.conn.execute("DELETE FROM preference WHERE key = ?1", [AUTHOR_NAME])?;
                Ok(())
            }
        }
    }

    pub fn set_language(&mut self, language: Language) -> Result<(), StoreError> {
        self.set(LANGUAGE, language.code())
    }

    /// The area of the app last in use (checked by the caller when it was set).
    pub fn area(&self) -> Result<Option<String>, StoreError> {
        self.get(AREA)
    }

    pub fn set_area(&mut self, area: &str) -> Result<(), StoreError> {
        self.set(AREA, area)
    }

    /// The wait-times address the user set instead of CBP's public one, if any.
    pub fn wait_times_url(&self) -> Result<Option<String>, StoreError> {
        self.get(WAIT_TIMES_URL)
    }

    /// Sets (already checked by the caller) or, with `None`, forgets the wait-times address.
    pub fn set_wait_times_url(&mut self, url: Option<&str>) -> Result<(), StoreError> {
        match url {
            Some(url) => self.set(WAIT_TIMES_URL, url),
            None => {
                self.conn.execute("DELETE FROM preference WHERE key = ?1", [WAIT_TIMES_URL])?;
                Ok(())
            }
        }
    }

    /// The screening thresholds set instead of the measured defaults (JSON), if any.
    pub fn screening_thresholds(&self) -> Result<Option<String>, StoreError> {
        self.get(SCREENING_THRESHOLDS)
    }

    pub fn set_screening_thresholds(&mut self, json: &str) -> Result<(), StoreError> {
        self.set(SCREENING_THRESHOLDS, json)
    }

    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.conn.query_row("SELECT value FROM preference WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO preference (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }
}
