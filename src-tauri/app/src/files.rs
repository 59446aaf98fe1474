//! Files a user picks, as the use cases read them: within a size limit, named as the user knows
//! them, and identified by their SHA-256 (an import accepts exactly the file previewed).

use std::path::Path;

use sha2::{Digest, Sha256};

use crate::Error;

/// The file's bytes, refused unread when it is larger than `max`.
pub(crate) fn read_limited(path: &Path, max: u64) -> Result<Vec<u8>, Error> {
    let size = std::fs::metadata(path).map_err(|source| Error::Read { path: path.to_owned(), source })?.len();
    if size > max {
        return Err(Error::FileTooLarge { file: file_name(path), size, max });
    }
    std::fs::read(path).map_err(|source| Error::Read { path: path.to_owned(), source })
}

/// The file's name without its folder (the whole path when it has none).
pub(crate) fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

pub(crate) fn hex_sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}
