//! SAT's catalog of customs brokers' patentes (c_PatenteAduanal): every patente number and the day
//! it took effect. The published catalog has no names and no end dates.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::info::ScheduleInfo;

#[derive(Debug)]
pub struct PatenteCatalog {
    pub info: ScheduleInfo,
    /// Patente (4 digits) → first day in force.
    valid_from: HashMap<String, NaiveDate>,
}

impl PatenteCatalog {
    pub fn new(info: ScheduleInfo, patentes: impl IntoIterator<Item = (String, NaiveDate)>) -> Self {
        Self { info, valid_from: patentes.into_iter().collect() }
    }

    /// The day a patente took effect; `None` when the catalog does not list it.
    pub fn valid_from(&self, patente: &str) -> Option<NaiveDate> {
        self.valid_from.get(patente).copied()
    }

    pub fn len(&self) -> usize {
        self.valid_from.len()
    }

    pub fn is_empty(&self) -> bool {
        self.valid_from.is_empty()
    }
}
