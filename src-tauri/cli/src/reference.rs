//! `cruce-cli init` and `cruce-cli reference import|list`: a new database, and the tariff schedules
//! and SAT catalogs it holds.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use clap::Subcommand;
use cruce_app::schedules::{ImportOptions, ScheduleSummary};
use cruce_app::{SystemClock, Workspace};
use cruce_core::tariff::ScheduleKind;

use crate::error::CliError;

#[derive(Subcommand)]
pub enum ReferenceCommand {
    /// Import a schedule file as a new version: the USITC HTS export (CSV), or SAT's
    /// c_FraccionArancelaria or c_PatenteAduanal (CSV)
    Import {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(ScheduleKind::ALL.map(ScheduleKind::code)))]
        kind: String,
        file: PathBuf,
        /// The edition's name, e.g. "HTS 2026 Revision 3" (by default from the file)
        #[arg(long)]
        edition: Option<String>,
        /// The first crossing day it applies to, YYYY-MM-DD (by default from the file)
        #[arg(long, value_name = "DATE")]
        effective_from: Option<NaiveDate>,
        #[arg(long)]
        json: bool,
    },
    /// List the imported versions
    List {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        #[arg(long)]
        json: bool,
    },
}

/// Creates an empty database (no demo draft); an existing file is refused.
pub fn init(db: &Path, out: &mut impl Write) -> Result<(), CliError> {
    let ws = Workspace::create(db, Arc::new(SystemClock), cruce_app::os_user())?;
    writeln!(out, "created {}", ws.database_path().unwrap_or(db).display())?;
    Ok(())
}

fn print(v: &ScheduleSummary, out: &mut impl Write) -> std::io::Result<()> {
    writeln!(
        out,
        "{:<4} {:<15} {:<46} {:>7} lines  from {}  ({})",
        v.id,
        v.info.kind.code(),
        v.info.edition,
        v.info.lines,
        v.info.effective_from,
        v.info.source
    )
}

pub fn run(cmd: ReferenceCommand, out: &mut impl Write) -> Result<(), CliError> {
    match cmd {
        ReferenceCommand::Import { db, kind, file, edition, effective_from, json } => {
            let kind = ScheduleKind::from_code(&kind).expect("clap allows only known kinds");
            let mut ws = Workspace::open_existing(&db, Arc::new(SystemClock), cruce_app::os_user())?;
            let v = ws.import_schedule_file(kind, &file, &ImportOptions { edition, effective_from })?;
            if json {
                serde_json::to_writer_pretty(&mut *out, &v)?;
                writeln!(out)?;
            } else {
                print(&v, out)?;
            }
        }
        ReferenceCommand::List { db, json } => {
            let ws = Workspace::open_existing(&db, Arc::new(SystemClock), cruce_app::os_user())?;
            let versions = ws.schedules()?;
            if json {
                serde_json::to_writer_pretty(&mut *out, &versions)?;
                writeln!(out)?;
            } else if versions.is_empty() {
                writeln!(out, "no schedules imported")?;
            } else {
                for v in &versions {
                    print(v, out)?;
                }
            }
        }
    }
    Ok(())
}
