//! `cruce-cli`: Cruce's data from the command line, for batch work and scripts. No WebKit needed.

mod drafts;
mod error;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "cruce-cli", version, about = "Cruce from the command line: batch work and scripting")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Draft declarations
    #[command(subcommand)]
    Drafts(drafts::DraftsCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Drafts(cmd) => drafts::run(cmd, &mut std::io::stdout().lock()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("cruce-cli: {}", error_chain(&err));
            ExitCode::FAILURE
        }
    }
}

/// "outer: inner: innermost", so a script's log says why, not just what.
fn error_chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
