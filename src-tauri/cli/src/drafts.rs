//! `cruce-cli drafts …`: read draft declarations from a Cruce database.

use std::io::Write;
use std::path::PathBuf;

use clap::Subcommand;
use cruce_core::DraftSummary;
use cruce_store::Store;

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
}

pub fn run(cmd: DraftsCommand, out: &mut impl Write) -> Result<(), CliError> {
    match cmd {
        DraftsCommand::List { db, json } => {
            let drafts = Store::open_existing(&db)?.list_drafts()?;
            if json {
                serde_json::to_writer_pretty(&mut *out, &drafts)?;
                writeln!(out)?;
            } else {
                write_table(&drafts, out)?;
            }
            Ok(())
        }
    }
}

fn write_table(drafts: &[DraftSummary], out: &mut impl Write) -> std::io::Result<()> {
    if drafts.is_empty() {
        return writeln!(out, "no drafts");
    }
    writeln!(out, "{:<36}  {:<10}  {:<4}  {:<20}  REFERENCE", "ID", "DIRECTION", "PORT", "UPDATED (UTC)")?;
    for d in drafts {
        writeln!(
            out,
            "{:<36}  {:<10}  {:<4}  {:<20}  {}{}",
            d.id,
            d.direction.as_str(),
            d.port_of_entry.as_deref().unwrap_or("-"),
            d.updated_at.format("%Y-%m-%d %H:%M:%S"),
            d.reference,
            if d.is_demo { "  [demo]" } else { "" },
        )?;
    }
    Ok(())
}
