//! The name recorded as the author of revisions and audit entries, when the user sets one.

/// Longest author name kept.
pub const AUTHOR_NAME_MAX_CHARS: usize = 80;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthorNameError {
    #[error("the name has {len} characters; at most {max} are allowed")]
    TooLong { len: usize, max: usize },
    #[error("the name contains control characters such as line breaks")]
    ControlCharacters,
}

/// The name as it will be stored: trimmed; `None` when empty (the OS user name is used then).
pub fn author_name(raw: &str) -> Result<Option<String>, AuthorNameError> {
    let name = raw.trim();
    if name.is_empty() {
        return Ok(None);
    }
    let len = name.chars().count();
    if len > AUTHOR_NAME_MAX_CHARS {
        return Err(AuthorNameError::TooLong { len, max: AUTHOR_NAME_MAX_CHARS });
    }
    if name.chars().any(char::is_control) {
        return Err(AuthorNameError::ControlCharacters);
    }
    Ok(Some(name.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_empty_means_the_os_user_and_bad_names_are_refused() {
        assert_eq!(author_name("  Ana Ramírez ").unwrap().as_deref(), Some("Ana Ramírez"));
        assert_eq!(author_name("   ").unwrap(), None);
        assert_eq!(author_name(&"x".repeat(81)), Err(AuthorNameError::TooLong { len: 81, max: 80 }));
        assert_eq!(author_name("Ana\nRamírez"), Err(AuthorNameError::ControlCharacters));
        assert!(author_name(&"ñ".repeat(80)).is_ok(), "characters, not bytes");
    }
}
