//! Imported tariff schedules and SAT catalogs: each import a version kept whole, written in one
//! transaction with its audit entry, and read back as the core's lines.

use chrono::{DateTime, NaiveDate, Utc};
use cruce_core::tariff::{FraccionLine, HtsLine, ScheduleInfo, ScheduleKind};
use rusqlite::{params, OptionalExtension, Transaction};

use crate::audit::{append, AuditAction};
use crate::rows::{instant, timestamp};
use crate::{Store, StoreError};

/// One imported version as the store lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleVersion {
    pub id: i64,
    pub info: ScheduleInfo,
    pub sha256: String,
    pub imported_at: DateTime<Utc>,
    pub imported_by: String,
}

/// The lines of one import, of the kind they are.
#[derive(Debug, Clone, Copy)]
pub enum ScheduleLines<'a> {
    Hts(&'a [HtsLine]),
    Fracciones(&'a [FraccionLine]),
    Patentes(&'a [(String, NaiveDate)]),
}

impl ScheduleLines<'_> {
    fn kind(&self) -> ScheduleKind {
        match self {
            Self::Hts(_) => ScheduleKind::HtsUsitc,
            Self::Fracciones(_) => ScheduleKind::SatFracciones,
            Self::Patentes(_) => ScheduleKind::SatPatentes,
        }
    }

    fn len(&self) -> usize {
        match self {
            Self::Hts(l) => l.len(),
            Self::Fracciones(l) => l.len(),
            Self::Patentes(l) => l.len(),
        }
    }
}

fn day(s: &str) -> Result<NaiveDate, StoreError> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| StoreError::InvalidRow { id: "schedule".into(), reason: format!("bad date {s:?}") })
}

impl Store {
    /// Stores an imported schedule as a new version. The same file (by its SHA-256) is imported
    /// once per kind; a second import is [`StoreError::ScheduleAlreadyImported`] and writes nothing.
    pub fn import_schedule(
        &mut self,
        info: &ScheduleInfo,
        lines: ScheduleLines<'_>,
        sha256: &str,
        actor: &str,
        now: DateTime<Utc>,
    ) -> Result<ScheduleVersion, StoreError> {
        assert_eq!(info.kind, lines.kind(), "the lines are of the kind the info names");
        let tx = self.conn.transaction()?;
        let existing: Option<String> = tx
            .query_row("SELECT edition FROM schedule_version WHERE kind = ?1 AND sha256 = ?2", params![info.kind.code(), sha256], |r| {
                r.get(0)
            })
            .optional()?;
        if let Some(edition) = existing {
            return Err(StoreError::ScheduleAlreadyImported { kind: info.kind.code().to_owned(), edition });
        }
        tx.execute(
            "INSERT INTO schedule_version (kind, edition, effective_from, source, sha256, line_count, imported_at, imported_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                info.kind.code(),
                info.edition,
                info.effective_from.to_string(),
                info.source,
                sha256,
                lines.len() as i64,
                timestamp(now),
                actor
            ],
        )?;
        let id = tx.last_insert_rowid();
        write_lines(&tx, id, lines)?;
        append(
            &tx,
            now,
            actor,
            AuditAction::ScheduleImported,
            info.kind.code(),
            &format!("{} ({} lines, sha256 {sha256})", info.edition, lines.len()),
        )?;
        tx.commit()?;
        Ok(ScheduleVersion {
            id,
            info: ScheduleInfo { lines: lines.len() as u32, ..info.clone() },
            sha256: sha256.to_owned(),
            imported_at: now,
            imported_by: actor.to_owned(),
        })
    }

    /// Every imported version, oldest import first.
    pub fn schedule_versions(&self) -> Result<Vec<ScheduleVersion>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT id, kind, edition, effective_from, source, sha256, line_count, imported_at, imported_by FROM schedule_version ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, i64>(6)?,
                r.get::<_, String>(7)?,
                r.get::<_, String>(8)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, kind, edition, effective, source, sha256, lines, imported_at, imported_by) = row?;
            // A kind written by a newer Cruce is left out rather than failing the list.
            let Some(kind) = ScheduleKind::from_code(&kind) else { continue };
            out.push(ScheduleVersion {
                id,
                info: ScheduleInfo { kind, edition, effective_from: day(&effective)?, source, lines: lines as u32 },
                sha256,
                imported_at: instant("schedule", &imported_at)?,
                imported_by,
            });
        }
        Ok(out)
    }

    /// The rows of an HTS version, in the schedule's order.
    pub fn hts_lines(&self, version: i64) -> Result<Vec<HtsLine>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT number, indent, description, units, general, special, column2, additional FROM hts_line WHERE version_id = ?1 ORDER BY seq",
        )?;
        let rows = stmt.query_map([version], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (number, indent, description, units, general, special, column2, additional) = row?;
            let units = decode_units(&units)
                .ok_or_else(|| StoreError::InvalidRow { id: format!("hts {number}"), reason: "units are not a list".into() })?;
            out.push(HtsLine { number, indent: indent as u8, description, units, general, special, column2, additional });
        }
        Ok(out)
    }

    pub fn fraccion_lines(&self, version: i64) -> Result<Vec<FraccionLine>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT code, text, valid_from, valid_to, unit FROM fraccion_line WHERE version_id = ?1 ORDER BY code")?;
        let rows = stmt.query_map([version], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, Option<String>>(3)?, r.get(4)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (code, text, from, to, unit) = row?;
            out.push(FraccionLine { code, text, valid_from: day(&from)?, valid_to: to.as_deref().map(day).transpose()?, unit });
        }
        Ok(out)
    }

    pub fn patentes(&self, version: i64) -> Result<Vec<(String, NaiveDate)>, StoreError> {
        let mut stmt = self.conn.prepare_cached("SELECT id, valid_from FROM patente WHERE version_id = ?1 ORDER BY id")?;
        let rows = stmt.query_map([version], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (id, from) = row?;
            out.push((id, day(&from)?));
        }
        Ok(out)
    }
}

/// Units as a JSON list of strings, written and read without a JSON library: the texts are
/// short and escaped for `"` and `\` only (the parser already folded every other space).
fn encode_units(units: &[String]) -> String {
    let items: Vec<String> = units.iter().map(|u| format!("\"{}\"", u.replace('\\', "\\\\").replace('"', "\\\""))).collect();
    format!("[{}]", items.join(","))
}

fn decode_units(text: &str) -> Option<Vec<String>> {
    let inner = text.strip_prefix('[')?.strip_suffix(']')?;
    if inner.is_empty() {
        return Some(Vec::new());
    }
    let mut out = Vec::new();
    let mut chars = inner.chars().peekable();
    loop {
        if chars.next()? != '"' {
            return None;
        }
        let mut item = String::new();
        loop {
            match chars.next()? {
                '\\' => item.push(chars.next()?),
                '"' => break,
                c => item.push(c),
            }
        }
        out.push(item);
        match chars.next() {
            None => return Some(out),
            Some(',') => {}
            Some(_) => return None,
        }
    }
}

fn write_lines(tx: &Transaction<'_>, id: i64, lines: ScheduleLines<'_>) -> Result<(), StoreError> {
    match lines {
        ScheduleLines::Hts(lines) => {
            let mut stmt = tx.prepare(
                "INSERT INTO hts_line (version_id, seq, number, indent, description, units, general, special, column2, additional)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?;
            for (seq, l) in lines.iter().enumerate() {
                stmt.execute(params![
                    id,
                    seq as i64,
                    l.number,
                    l.indent,
                    l.description,
                    encode_units(&l.units),
                    l.general,
                    l.special,
                    l.column2,
                    l.additional
                ])?;
            }
        }
        ScheduleLines::Fracciones(lines) => {
            let mut stmt = tx.prepare(
                "INSERT INTO fraccion_line (version_id, code, text, valid_from, valid_to, unit) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for l in lines {
                stmt.execute(params![id, l.code, l.text, l.valid_from.to_string(), l.valid_to.map(|d| d.to_string()), l.unit])?;
            }
        }
        ScheduleLines::Patentes(lines) => {
            let mut stmt = tx.prepare("INSERT INTO patente (version_id, id, valid_from) VALUES (?1, ?2, ?3)")?;
            for (p, from) in lines {
                stmt.execute(params![id, p, from.to_string()])?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_round_trip_through_their_stored_text() {
        for units in [vec![], vec!["No.".to_owned()], vec!["doz.".to_owned(), "kg".to_owned()], vec!["a \"quoted\" \\ unit".to_owned()]] {
            assert_eq!(decode_units(&encode_units(&units)), Some(units));
        }
        assert_eq!(decode_units("[No.]"), None);
        assert_eq!(decode_units("not a list"), None);
    }
}
