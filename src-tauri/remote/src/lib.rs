//! Cruce's network adapter: files fetched from their publishers over HTTPS, with a size cap and
//! errors that say which address failed and how. Only the bytes come back; reading them is the
//! core's work (`cruce_core::tariff`), so a download and a file the user picks are checked alike.
//!
//! Architecture invariant: every request of Cruce goes through a [`reqwest::Client`] made by
//! [`client`]; the webview talks to nothing but IPC.

use std::time::Duration;

pub use reqwest;

use reqwest::StatusCode;

/// The USITC's HTS site; tests point this at a server on 127.0.0.1.
pub const USITC: &str = "https://hts.usitc.gov";

/// The largest download accepted (the whole HTS is about 4 MB as CSV).
pub const MAX_DOWNLOAD_BYTES: usize = 64 * 1024 * 1024;

/// Why a download did not produce the file.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RemoteError {
    /// No answer: no network, the name does not resolve, the connection was refused or timed out.
    #[error("cannot reach {url}")]
    Unreachable {
        url: String,
        #[source]
        source: reqwest::Error,
    },
    /// The publisher answered with an error status.
    #[error("{url} answered {status}")]
    Status { url: String, status: u16 },
    #[error("the download from {url} is over {max} bytes")]
    TooLarge { url: String, max: usize },
    /// The connection broke while the file was coming in.
    #[error("the download from {url} broke off")]
    Interrupted {
        url: String,
        #[source]
        source: reqwest::Error,
    },
    #[error("{url} is not a valid address")]
    BadAddress { url: String },
    #[error("the download from {url} stopped at {got} of {expected} bytes")]
    Short { url: String, got: u64, expected: u64 },
}

/// The one HTTP client of the app: a timeout for connecting and one for the whole request.
pub fn client(connect: Duration, total: Duration) -> reqwest::Client {
    reqwest::Client::builder()
        .connect_timeout(connect)
        .timeout(total)
        .user_agent(concat!("Cruce/", env!("CARGO_PKG_VERSION")))
        .build()
        .expect("the HTTP client builds with rustls")
}

/// A file as downloaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Download {
    pub url: String,
    pub bytes: Vec<u8>,
}

/// GETs `url`, refusing a body over `max` bytes without reading the rest.
pub async fn get(client: &reqwest::Client, url: &str, max: usize) -> Result<Download, RemoteError> {
    get_within(client, url, max, None).await
}

/// [`get`], the whole request limited to `timeout` when given (else the client's).
async fn get_within(client: &reqwest::Client, url: &str, max: usize, timeout: Option<Duration>) -> Result<Download, RemoteError> {
    let parsed = reqwest::Url::parse(url).map_err(|_| RemoteError::BadAddress { url: url.to_owned() })?;
    let mut request = client.get(parsed);
    if let Some(t) = timeout {
        request = request.timeout(t);
    }
    let mut response = request.send().await.map_err(|source| RemoteError::Unreachable { url: url.to_owned(), source })?;
    let status = response.status();
    if status != StatusCode::OK {
        return Err(RemoteError::Status { url: url.to_owned(), status: status.as_u16() });
    }
    if response.content_length().is_some_and(|n| n > max as u64) {
        return Err(RemoteError::TooLarge { url: url.to_owned(), max });
    }
    let mut bytes = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|source| RemoteError::Interrupted { url: url.to_owned(), source })? {
        if bytes.len() + chunk.len() > max {
            return Err(RemoteError::TooLarge { url: url.to_owned(), max });
        }
        bytes.extend_from_slice(&chunk);
    }
    tracing::info!(url, bytes = bytes.len(), "downloaded");
    Ok(Download { url: url.to_owned(), bytes })
}

/// [`get`], telling `progress` the bytes received so far and the size the server announced.
pub async fn get_with_progress(
    client: &reqwest::Client,
    url: &str,
    max: usize,
    mut progress: impl FnMut(u64, Option<u64>),
) -> Result<Download, RemoteError> {
    let parsed = reqwest::Url::parse(url).map_err(|_| RemoteError::BadAddress { url: url.to_owned() })?;
    let mut response = client.get(parsed).send().await.map_err(|source| RemoteError::Unreachable { url: url.to_owned(), source })?;
    let status = response.status();
    if status != StatusCode::OK {
        return Err(RemoteError::Status { url: url.to_owned(), status: status.as_u16() });
    }
    let total = response.content_length();
    if total.is_some_and(|n| n > max as u64) {
        return Err(RemoteError::TooLarge { url: url.to_owned(), max });
    }
    let mut bytes = Vec::new();
    progress(0, total);
    while let Some(chunk) = response.chunk().await.map_err(|source| RemoteError::Interrupted { url: url.to_owned(), source })? {
        if bytes.len() + chunk.len() > max {
            return Err(RemoteError::TooLarge { url: url.to_owned(), max });
        }
        bytes.extend_from_slice(&chunk);
        progress(bytes.len() as u64, total);
    }
    // A body shorter than announced is a broken download, whatever the connection said.
    if total.is_some_and(|n| n != bytes.len() as u64) {
        return Err(RemoteError::Short { url: url.to_owned(), got: bytes.len() as u64, expected: total.unwrap_or(0) });
    }
    tracing::info!(url, bytes = bytes.len(), "downloaded");
    Ok(Download { url: url.to_owned(), bytes })
}

/// CBP's Border Wait Times JSON API (the public endpoint; a setting may point elsewhere).
pub const BWT: &str = "https://bwt.cbp.gov/api/bwtnew";

/// The largest wait-times answer read (the whole API answers about 200 KB).
pub const MAX_WAIT_TIMES_BYTES: usize = 8 * 1024 * 1024;

/// CBP's current wait times at every port, as the API answers them (JSON, parsed by the core),
/// within `timeout`: a poll must not hang for the client's long download limit.
pub async fn fetch_wait_times(client: &reqwest::Client, url: &str, timeout: Duration) -> Result<Download, RemoteError> {
    get_within(client, url, MAX_WAIT_TIMES_BYTES, Some(timeout)).await
}

/// The whole current HTS as the USITC exports it in CSV (the same file as "Export" on
/// hts.usitc.gov), and the release's name when the site says it ("2026HTSRev15").
pub async fn fetch_hts(client: &reqwest::Client, base: &str) -> Result<(Download, Option<String>), RemoteError> {
    let base = base.trim_end_matches('/');
    let release = match get(client, &format!("{base}/reststop/currentRelease"), 4096).await {
        Ok(d) => release_name(&String::from_utf8_lossy(&d.bytes)),
        // The name is a courtesy: without it the edition is named from the download date.
        Err(e) => {
            tracing::warn!(error = %e, "no release name from the USITC");
            None
        }
    };
    let csv = get(client, &format!("{base}/reststop/exportList?from=0101&to=9999&format=CSV&styles=false"), MAX_DOWNLOAD_BYTES).await?;
    Ok((csv, release))
}

/// "HTS 2026 Revision 15" from an answer holding "2026HTSRev15" (as text or inside JSON);
/// "HTS 2026 Basic Edition" from "2026HTSBasic".
pub fn release_name(answer: &str) -> Option<String> {
    let at = answer.find("HTS")?;
    let year: u32 = answer.get(at.checked_sub(4)?..at)?.parse().ok()?;
    let rest = &answer[at + 3..];
    if let Some(r) = rest.strip_prefix("Rev") {
        let n: String = r.chars().take_while(char::is_ascii_digit).collect();
        return (!n.is_empty()).then(|| format!("HTS {year} Revision {n}"));
    }
    rest.starts_with("Basic").then(|| format!("HTS {year} Basic Edition"))
}

#[cfg(test)]
mod tests {
    use super::release_name;

    #[test]
    fn release_names_read_as_editions() {
        assert_eq!(release_name("2026HTSRev15").as_deref(), Some("HTS 2026 Revision 15"));
        assert_eq!(release_name("{\"name\":\"2027HTSBasic\"}").as_deref(), Some("HTS 2027 Basic Edition"));
        assert_eq!(release_name("<html>maintenance</html>"), None);
        assert_eq!(release_name("HTSRev1"), None);
    }
}
