//! `cruce-cli drafts …`, `backup`, `restore`, `audit verify`: the database from the command line.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::Utc;
use clap::Subcommand;
use cruce_app::{SystemClock, Workspace};
use cruce_core::DraftSummary;

use crate::error::CliError;

#[derive(Subcommand)]
pub enum DraftsCommand {
    /// List drafts, the most recently changed first
    List {
        /// Path of the Cruce database file
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        /// Print a JSON array instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Write one draft's current revision as a declaration document (JSON) to stdout or --out
    Export {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        id: String,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Store a declaration document (JSON) as a new draft; prints its id
    Import {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        file: PathBuf,
    },
}

#[derive(Subcommand)]
pub enum AuditCommand {
    /// Check the hash chain of the audit log; exit 1 and name the first broken entry if any
    Verify {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
    },
}

/// An existing database: the command line never creates one by mistake. What it writes is
/// recorded under the name set in Cruce's preferences, else the OS user.
fn open(db: &Path) -> Result<Workspace, CliError> {
    Ok(Workspace::open_existing(db, Arc::new(SystemClock), cruce_app::os_user())?)
}

pub fn run(cmd: DraftsCommand, out: &mut impl Write) -> Result<(), CliError> {
    match cmd {
        DraftsCommand::List { db, json } => {
            let drafts = open(&db)?.list_drafts()?;
            if json {
                serde_json::to_writer_pretty(&mut *out, &drafts)?;
                writeln!(out)?;
            } else {
                write_table(&drafts, out)?;
            }
        }
        DraftsCommand::Export { db, id, out: file } => {
            let json = open(&db)?.export_draft(&id)?;
            match file {
                Some(path) => std::fs::write(&path, json + "\n").map_err(|source| cruce_app::Error::Write { path, source })?,
                None => writeln!(out, "{json}")?,
            }
        }
        DraftsCommand::Import { db, file } => {
            let draft = open(&db)?.import_file(&file)?;
            writeln!(out, "{}", draft.id)?;
        }
    }
    Ok(())
}

pub fn backup(db: &Path, to: &Path, out: &mut impl Write) -> Result<(), CliError> {
    open(db)?.backup_to(to)?;
    writeln!(out, "backed up to {}", to.display())?;
    Ok(())
}

pub fn restore(db: &Path, from: &Path, out: &mut impl Write) -> Result<(), CliError> {
    let restored = cruce_app::database::restore_database(db, from, Utc::now())?;
    writeln!(out, "restored {} drafts from {}", restored.drafts, from.display())?;
    if let Some(kept) = restored.kept {
        writeln!(out, "the replaced database is kept as {}", kept.display())?;
    }
    Ok(())
}

/// Returns whether the chain holds.
pub fn audit(cmd: AuditCommand, out: &mut impl Write) -> Result<bool, CliError> {
    let AuditCommand::Verify { db } = cmd;
    let report = open(&db)?.verify_audit_log()?;
    match report.first_broken {
        None => writeln!(out, "audit log intact: {} entries", report.entries)?,
        Some(seq) => {
            writeln!(out, "audit log broken at entry {seq} (of {} read): it was changed or an entry before it was removed", report.entries)?
        }
    }
    Ok(report.first_broken.is_none())
}

fn write_table(drafts: &[DraftSummary], out: &mut impl Write) -> std::io::Result<()> {
    if drafts.is_empty() {
        return writeln!(out, "no drafts");
    }
    writeln!(out, "{:<36}  {:<10}  {:<4}  {:>3}  {:<20}  REFERENCE", "ID", "DIRECTION", "PORT", "REV", "UPDATED (UTC)")?;
    for d in drafts {
        writeln!(
            out,
            "{:<36}  {:<10}  {:<4}  {:>3}  {:<20}  {}{}",
            d.id,
            d.direction.as_str(),
            d.port_of_entry.as_deref().unwrap_or("-"),
            d.revision,
            d.updated_at.format("%Y-%m-%d %H:%M:%S"),
            d.reference,
            if d.is_demo { "  [demo]" } else { "" },
        )?;
    }
    Ok(())
}
