//! Tariff schedules as reference data: the U.S. HTS (USITC) and Mexico's fracción + NICO catalog
//! and patentes (SAT), read from the files their publishers release, looked up by number and by
//! words, and chosen by the crossing date. The application layer reads the files and the store
//! keeps the versions; the rules see them through `Reference::schedules`.

pub mod chapter99;
mod error;
pub mod fracciones;
pub mod hts;
mod info;
pub mod patentes;
pub mod rate;
pub mod sat_csv;
pub mod usitc_csv;
mod words;

use std::sync::Arc;

use chrono::NaiveDate;

pub use error::ScheduleError;
pub use fracciones::{FraccionCatalog, FraccionLine};
pub use hts::{HtsLine, HtsSchedule, Statistical, TariffHit};
pub use info::{ScheduleInfo, ScheduleKind};
pub use patentes::PatenteCatalog;

/// The versions of each schedule a database holds. Each kind's list is ordered by the day it took
/// effect, oldest first.
#[derive(Debug, Clone, Default)]
pub struct Schedules {
    hts: Vec<Arc<HtsSchedule>>,
    fracciones: Vec<Arc<FraccionCatalog>>,
    patentes: Option<Arc<PatenteCatalog>>,
}

fn in_force<T>(versions: &[Arc<T>], date: Option<NaiveDate>, effective: impl Fn(&T) -> NaiveDate) -> Option<&T> {
    let newest = versions.last().map(AsRef::as_ref);
    match date {
        None => newest,
        // The newest version already in effect; before any took effect, the first one.
        Some(d) => versions.iter().rev().find(|v| effective(v) <= d).or(versions.first()).map(AsRef::as_ref),
    }
}

impl Schedules {
    pub fn new(mut hts: Vec<Arc<HtsSchedule>>, mut fracciones: Vec<Arc<FraccionCatalog>>, patentes: Option<Arc<PatenteCatalog>>) -> Self {
        hts.sort_by_key(|s| s.info.effective_from);
        fracciones.sort_by_key(|s| s.info.effective_from);
        Self { hts, fracciones, patentes }
    }

    /// These schedules and one more HTS edition.
    pub fn with_hts(&self, edition: Arc<HtsSchedule>) -> Self {
        let mut next = self.clone();
        next.hts.push(edition);
        // Stable: an edition in effect from the same day as another comes after it, and wins.
        next.hts.sort_by_key(|s| s.info.effective_from);
        next
    }

    /// These schedules and one more version of the fracciones catalog.
    pub fn with_fracciones(&self, version: Arc<FraccionCatalog>) -> Self {
        let mut next = self.clone();
        next.fracciones.push(version);
        next.fracciones.sort_by_key(|s| s.info.effective_from);
        next
    }

    /// These schedules with the newest patentes catalog.
    pub fn with_patentes(&self, catalog: Arc<PatenteCatalog>) -> Self {
        Self { patentes: Some(catalog), ..self.clone() }
    }

    pub fn is_empty(&self) -> bool {
        self.hts.is_empty() && self.fracciones.is_empty() && self.patentes.is_none()
    }

    /// The HTS edition in effect on `date` (the newest one when no date is given).
    pub fn hts(&self, date: Option<NaiveDate>) -> Option<&HtsSchedule> {
        in_force(&self.hts, date, |s| s.info.effective_from)
    }

    /// The fracciones catalog version in effect on `date`.
    pub fn fracciones(&self, date: Option<NaiveDate>) -> Option<&FraccionCatalog> {
        in_force(&self.fracciones, date, |s| s.info.effective_from)
    }

    pub fn patentes(&self) -> Option<&PatenteCatalog> {
        self.patentes.as_deref()
    }
}
