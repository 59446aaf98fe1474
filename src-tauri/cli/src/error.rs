//! Errors the command-line tool reports; each becomes one line on stderr.

use std::path::PathBuf;

use cruce_core::declaration::DocumentError;
use cruce_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot read {path}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot write {path}")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} is not a valid declaration document")]
    Document {
        path: PathBuf,
        #[source]
        source: DocumentError,
    },
    #[error("unknown identifier kind {kind:?}; one of: {}", cruce_core::ids::KINDS.join(", "))]
    UnknownKind { kind: String },
    #[error("cannot write the output")]
    Output(#[from] std::io::Error),
    #[error("cannot encode the output as JSON")]
    Json(#[from] serde_json::Error),
}
