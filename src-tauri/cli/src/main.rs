//! `cruce-cli`: Cruce's data from the command line, for batch work and scripts. No WebKit needed.
//! Each subcommand is one call into the application layer (`cruce-app`), as each window command is.
//!
//! Exit status: 0 success; 1 the declaration has errors, the identifier is invalid, the audit
//! chain is broken, a registry record or import has problems, or a screened name matched; 2 usage
//! error; 3 the input could not be read (missing file, not a declaration, database unreadable).

mod crossings;
mod drafts;
mod error;
mod lists;
mod reference;
mod traders;
mod validate;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "cruce-cli", version, about = "Cruce from the command line: batch work and scripting")]
struct Cli {
    /// Messages in Spanish
    #[arg(long, global = true)]
    es: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create an empty database (the only command that creates one)
    Init {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
    },
    /// Tariff schedules and SAT catalogs in a database
    #[command(subcommand)]
    Reference(reference::ReferenceCommand),
    /// Draft declarations in a database
    #[command(subcommand)]
    Drafts(drafts::DraftsCommand),
    /// The trusted-trader registry: companies, drivers, equipment, what falls due
    #[command(subcommand)]
    Traders(traders::TradersCommand),
    /// Crossings: the dispatcher's board, timelines, events
    #[command(subcommand)]
    Crossings(crossings::CrossingsCommand),
    /// CBP's Border Wait Times (estimates) at the commercial crossings
    #[command(subcommand)]
    Waittimes(crossings::WaitTimesCommand),
    /// Watchlists: import a version, show the versions
    #[command(subcommand)]
    Lists(lists::ListsCommand),
    /// Screen a name, or a CSV of names (a `name` column, optional `id`, `rfc`, `country`),
    /// against the lists in use; exit 1 when something matched
    Screen {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        #[arg(long, required_unless_present = "batch")]
        name: Option<String>,
        /// ISO 3166-1 alpha-2 country of the party
        #[arg(long, default_value = "")]
        country: String,
        /// The party's RFC (or other identifier)
        #[arg(long)]
        rfc: Option<String>,
        #[arg(long, value_name = "FILE.csv")]
        batch: Option<PathBuf>,
        /// One JSON object per input line: its id and its hits, best first
        #[arg(long)]
        json: bool,
    },
    /// Copy the database to a new file (consistent even while Cruce runs)
    Backup {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
    },
    /// Replace the database with a checked backup; the replaced file is kept beside it
    Restore {
        #[arg(long, value_name = "PATH")]
        db: PathBuf,
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
    },
    /// The audit log
    #[command(subcommand)]
    Audit(drafts::AuditCommand),
    /// Validate a declaration document (JSON) for both governments; exit 1 if it has errors
    Validate {
        file: PathBuf,
        /// Check against the schedules this database holds (without it, formats only)
        #[arg(long, value_name = "PATH")]
        db: Option<PathBuf>,
        /// Print the findings as JSON
        #[arg(long)]
        json: bool,
    },
    /// Check one identifier, e.g. `check rfc GODE561231GR8`; exit 1 if invalid
    Check {
        #[arg(value_parser = clap::builder::PossibleValuesParser::new(cruce_core::ids::KINDS))]
        kind: String,
        value: String,
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out = std::io::stdout().lock();
    let result = match cli.command {
        Command::Init { db } => reference::init(&db, &mut out).map(|()| ExitCode::SUCCESS),
        Command::Reference(cmd) => reference::run(cmd, &mut out).map(|()| ExitCode::SUCCESS),
        Command::Drafts(cmd) => drafts::run(cmd, &mut out).map(|()| ExitCode::SUCCESS),
        Command::Traders(cmd) => traders::run(cmd, cli.es, &mut out).map(|ok| if ok { ExitCode::SUCCESS } else { ExitCode::from(1) }),
        Command::Crossings(cmd) => crossings::run(cmd, cli.es, &mut out).map(|ok| if ok { ExitCode::SUCCESS } else { ExitCode::from(1) }),
        Command::Waittimes(cmd) => crossings::wait_times(cmd, &mut out).map(|ok| if ok { ExitCode::SUCCESS } else { ExitCode::from(1) }),
        Command::Lists(cmd) => lists::run(cmd, cli.es, &mut out).map(|()| ExitCode::SUCCESS),
        Command::Screen { db, name, country, rfc, batch, json } => lists::screen(&db, name, country, rfc, batch, json, cli.es, &mut out)
            .map(|clean| if clean { ExitCode::SUCCESS } else { ExitCode::from(1) }),
        Command::Backup { db, to } => drafts::backup(&db, &to, &mut out).map(|()| ExitCode::SUCCESS),
        Command::Restore { db, from } => drafts::restore(&db, &from, &mut out).map(|()| ExitCode::SUCCESS),
        Command::Audit(cmd) => drafts::audit(cmd, &mut out).map(|ok| if ok { ExitCode::SUCCESS } else { ExitCode::from(1) }),
        Command::Validate { file, db, json } => validate::run_validate(&file, db.as_deref(), json, cli.es, &mut out).map(|v| match v {
            validate::Verdict::Fileable => ExitCode::SUCCESS,
            validate::Verdict::HasErrors => ExitCode::from(1),
        }),
        Command::Check { kind, value, json } => {
            validate::run_check(&kind, &value, json, cli.es, &mut out).map(|ok| if ok { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }
    };
    result.unwrap_or_else(|err| {
        // The whole cause chain, so a script's log says why, not just what.
        eprintln!("cruce-cli: {}", cruce_app::chain(&err));
        ExitCode::from(3)
    })
}
