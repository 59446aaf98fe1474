//! Errors the command-line tool reports; each becomes one line on stderr and exit status 3.

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    App(#[from] cruce_app::Error),
    #[error("cannot write the output")]
    Output(#[from] std::io::Error),
    #[error("cannot encode the output as JSON")]
    Json(#[from] serde_json::Error),
}
