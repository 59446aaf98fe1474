//! Tariff schedules and SAT catalogs: imported from a file the user picks (or bytes downloaded
//! from the publisher), kept as versions in the store, and handed to the rules as reference data.
//! The schedules are read from the store when the workspace opens and after each import.

use std::path::Path;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};
use cruce_core::reference::Reference;
use cruce_core::tariff::{
    sat_csv, usitc_csv, FraccionCatalog, HtsSchedule, PatenteCatalog, ScheduleInfo, ScheduleKind, Schedules, TariffHit,
};
use cruce_store::{ScheduleLines, ScheduleVersion, Store};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use crate::{Error, Workspace};

/// The largest schedule file read (the 2026 HTS export is 4 MB).
pub const MAX_SCHEDULE_BYTES: usize = 64 * 1024 * 1024;

/// How an import names what it reads; unset fields are taken from the file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportOptions {
    /// "HTS 2026 Revision 3"; by default from the file name, or from the catalog's dates.
    pub edition: Option<String>,
    /// The first day the version applies; by default January 1 of the HTS edition's year, or the
    /// earliest day a row of a SAT catalog is in force.
    #[ts(type = "string | null")]
    pub effective_from: Option<NaiveDate>,
}

/// One stored version, as the reference-data screen lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ScheduleSummary {
    #[ts(type = "number")]
    pub id: i64,
    pub info: ScheduleInfo,
    #[ts(type = "string")]
    pub imported_at: chrono::DateTime<chrono::Utc>,
    pub imported_by: String,
}

impl From<ScheduleVersion> for ScheduleSummary {
    fn from(v: ScheduleVersion) -> Self {
        Self { id: v.id, info: v.info, imported_at: v.imported_at, imported_by: v.imported_by }
    }
}

/// Which schedule a lookup searches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum TariffSide {
    /// The HTS.
    Us,
    /// SAT's fracciones with their NICO.
    Mx,
}

/// "HTS 2026 Revision 3" from `hts_2026_revision_3_csv.csv`, with its year.
fn hts_edition_from_name(name: &str) -> Option<(String, i32)> {
    let lower = name.to_ascii_lowercase();
    let at = lower.find("hts_")? + 4;
    let year: i32 = lower.get(at..at + 4)?.parse().ok()?;
    let rest = &lower[at + 4..];
    if let Some(r) = rest.strip_prefix("_revision_") {
        let n: String = r.chars().take_while(char::is_ascii_digit).collect();
        if !n.is_empty() {
            return Some((format!("HTS {year} Revision {n}"), year));
        }
    }
    if rest.starts_with("_basic") {
        return Some((format!("HTS {year} Basic Edition"), year));
    }
    Some((format!("HTS {year}"), year))
}

/// A schedule file read and checked, ready to store.
pub struct ParsedSchedule {
    info: ScheduleInfo,
    lines: Parsed,
    sha256: String,
}

enum Parsed {
    Hts(Vec<cruce_core::tariff::HtsLine>),
    Fracciones(Vec<cruce_core::tariff::FraccionLine>),
    Patentes(Vec<(String, NaiveDate)>),
}

/// Reads `bytes` as a schedule of `kind`. `source` names where they came from (a file name or an
/// address); `today` dates an HTS whose file name gives no year.
pub fn parse_schedule(
    kind: ScheduleKind,
    bytes: &[u8],
    source: &str,
    options: &ImportOptions,
    today: NaiveDate,
) -> Result<ParsedSchedule, Error> {
    if bytes.len() > MAX_SCHEDULE_BYTES {
        return Err(Error::ScheduleTooLarge { file: source.to_owned(), size: bytes.len(), max: MAX_SCHEDULE_BYTES });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| Error::ScheduleNotText { file: source.to_owned(), at: e.valid_up_to() })?;
    let sha256: String = Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect();
    let fail = |e| Error::Schedule { file: source.to_owned(), error: e };
    let (lines, edition, effective) = match kind {
        ScheduleKind::HtsUsitc => {
            let lines = usitc_csv::parse(text).map_err(fail)?;
            let (edition, year) = hts_edition_from_name(source).unwrap_or_else(|| (format!("HTS ({source})"), today.year()));
            let effective = NaiveDate::from_ymd_opt(year, 1, 1).expect("January 1 exists");
            (Parsed::Hts(lines), edition, effective)
        }
        ScheduleKind::SatFracciones => {
            let lines = sat_csv::parse_fracciones(text).map_err(fail)?;
            let first = lines.iter().map(|l| l.valid_from).min().expect("a parsed catalog has rows");
            let last = lines.iter().map(|l| l.valid_from).max().expect("a parsed catalog has rows");
            (Parsed::Fracciones(lines), format!("SAT c_FraccionArancelaria {last}"), first)
        }
        ScheduleKind::SatPatentes => {
            let lines = sat_csv::parse_patentes(text).map_err(fail)?;
            let first = lines.iter().map(|l| l.1).min().expect("a parsed catalog has rows");
            let last = lines.iter().map(|l| l.1).max().expect("a parsed catalog has rows");
            (Parsed::Patentes(lines), format!("SAT c_PatenteAduanal {last}"), first)
        }
    };
    let count = match &lines {
        Parsed::Hts(l) => l.len(),
        Parsed::Fracciones(l) => l.len(),
        Parsed::Patentes(l) => l.len(),
    };
    let edition = options.edition.as_deref().map(str::trim).filter(|e| !e.is_empty()).map(str::to_owned).unwrap_or(edition);
    let info = ScheduleInfo {
        kind,
        edition,
        effective_from: options.effective_from.unwrap_or(effective),
        source: source.to_owned(),
        lines: count as u32,
    };
    Ok(ParsedSchedule { info, lines, sha256 })
}

/// Downloads the current HTS from the USITC (`base` is its site; tests use a local server) and
/// reads it as an import would read the file.
pub async fn download_hts(client: &cruce_remote::reqwest::Client, base: &str, today: NaiveDate) -> Result<ParsedSchedule, Error> {
    let (download, release) = cruce_remote::fetch_hts(client, base).await?;
    let (edition, effective_from) = match &release {
        Some(name) => {
            let year = name.split_whitespace().nth(1).and_then(|y| y.parse().ok()).unwrap_or(today.year());
            (name.clone(), NaiveDate::from_ymd_opt(year, 1, 1).expect("January 1 exists"))
        }
        None => (format!("HTS {today}"), today),
    };
    parse_schedule(
        ScheduleKind::HtsUsitc,
        &download.bytes,
        &download.url,
        &ImportOptions { edition: Some(edition), effective_from: Some(effective_from) },
        today,
    )
}

/// The schedules of the database at `path`, read on a connection of their own (the shell does this
/// on another thread at start and offers them to the workspace).
pub fn read_schedules(path: &Path) -> Result<Schedules, Error> {
    load_schedules(&Store::open_existing(path)?)
}

/// Every stored version, built into the schedules the rules use.
pub(crate) fn load_schedules(store: &Store) -> Result<Schedules, Error> {
    let mut hts = Vec::new();
    let mut fracciones = Vec::new();
    let mut patentes = None;
    for v in store.schedule_versions()? {
        match v.info.kind {
            ScheduleKind::HtsUsitc => hts.push(Arc::new(HtsSchedule::new(v.info.clone(), store.hts_lines(v.id)?))),
            ScheduleKind::SatFracciones => fracciones.push(Arc::new(FraccionCatalog::new(v.info.clone(), store.fraccion_lines(v.id)?))),
            // Patentes are added, never end: the newest catalog lists every one.
            ScheduleKind::SatPatentes => patentes = Some(Arc::new(PatenteCatalog::new(v.info.clone(), store.patentes(v.id)?))),
        }
    }
    Ok(Schedules::new(hts, fracciones, patentes))
}

impl Workspace {
    /// Imports the schedule file at `path` as a new version. A file that is not the schedule, or
    /// one row that breaks its format, stores nothing and names the row.
    pub fn import_schedule_file(&mut self, kind: ScheduleKind, path: &Path, options: &ImportOptions) -> Result<ScheduleSummary, Error> {
        let size = std::fs::metadata(path).map_err(|source| Error::Read { path: path.to_owned(), source })?.len();
        let name = crate::files::file_name(path);
        if size > MAX_SCHEDULE_BYTES as u64 {
            return Err(Error::ScheduleTooLarge { file: name, size: size as usize, max: MAX_SCHEDULE_BYTES });
        }
        let bytes = std::fs::read(path).map_err(|source| Error::Read { path: path.to_owned(), source })?;
        let parsed = parse_schedule(kind, &bytes, &name, options, self.now().date_naive())?;
        self.store_schedule(parsed)
    }

    /// Stores a schedule already read (from the publisher, say) and puts it to work: the rules
    /// take it from the lines just read, without reading the store again.
    pub fn store_schedule(&mut self, parsed: ParsedSchedule) -> Result<ScheduleSummary, Error> {
        let lines = match &parsed.lines {
            Parsed::Hts(l) => ScheduleLines::Hts(l),
            Parsed::Fracciones(l) => ScheduleLines::Fracciones(l),
            Parsed::Patentes(l) => ScheduleLines::Patentes(l),
        };
        let author = self.author()?;
        let now = self.now();
        let version = self.store.import_schedule(&parsed.info, lines, &parsed.sha256, &author, now)?;
        tracing::info!(kind = parsed.info.kind.code(), edition = %parsed.info.edition, lines = parsed.info.lines, "imported a schedule");
        self.imported_since_open = true;
        // Not built yet: its first use reads every version, this one included.
        if let Some(current) = self.built_reference() {
            let info = version.info.clone();
            let schedules = current.schedules();
            let schedules = match parsed.lines {
                Parsed::Hts(l) => schedules.with_hts(Arc::new(HtsSchedule::new(info, l))),
                Parsed::Fracciones(l) => schedules.with_fracciones(Arc::new(FraccionCatalog::new(info, l))),
                Parsed::Patentes(l) => schedules.with_patentes(Arc::new(PatenteCatalog::new(info, l))),
            };
            let reference: Reference = (**current).clone().with_schedules(schedules);
            self.set_reference(Arc::new(reference));
        }
        Ok(version.into())
    }

    /// The stored versions, oldest import first.
    pub fn schedules(&self) -> Result<Vec<ScheduleSummary>, Error> {
        Ok(self.store.schedule_versions()?.into_iter().map(ScheduleSummary::from).collect())
    }

    /// Lines of the schedule in force on `date` (the newest one without a date) whose number
    /// starts with the digits typed, or whose text holds the words typed.
    pub fn search_tariff(&self, side: TariffSide, query: &str, date: Option<NaiveDate>, limit: usize) -> Vec<TariffHit> {
        let schedules = self.reference().schedules();
        let limit = limit.clamp(1, 100);
        match side {
            TariffSide::Us => schedules.hts(date).map(|s| s.search(query, limit)).unwrap_or_default(),
            TariffSide::Mx => schedules
                .fracciones(date)
                .map(|c| c.search(query, date.unwrap_or_else(|| self.now().date_naive()), limit))
                .unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::hts_edition_from_name;

    #[test]
    fn the_edition_comes_from_the_usitc_file_name() {
        assert_eq!(hts_edition_from_name("hts_2026_revision_3_csv.csv"), Some(("HTS 2026 Revision 3".into(), 2026)));
        assert_eq!(hts_edition_from_name("HTS_2027_basic_edition.csv"), Some(("HTS 2027 Basic Edition".into(), 2027)));
        assert_eq!(hts_edition_from_name("htsdata.csv"), None);
    }
}
