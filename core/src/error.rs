//! The one error type that crosses the boundary, with a message a shell can show, and the rule
//! for quoting input in any message.

use crate::catalog::ContentError;
use crate::store::StoreError;
use openline_model::route::RouteError;

/// What went wrong, in words a shell can show as they are. Messages never carry file paths,
/// SQL or unescaped user input; what a developer needs besides is in `diagnostic`, which
/// stays on the Rust side.
#[derive(Debug, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum OpenLineError {
    /// The route is not one the app knows, or names something that does not exist.
    #[error("{0}")]
    UnknownRoute(String),
    /// An event or setting names something that does not exist, or is malformed.
    #[error("{0}")]
    InvalidInput(String),
    /// Saved data can't be read or written.
    #[error("{message}")]
    Storage {
        /// Words to show.
        message: String,
        /// What went wrong underneath, for logs and bug reports.
        diagnostic: String,
    },
    /// Content is missing or damaged.
    #[error("{message}")]
    Content {
        /// Words to show.
        message: String,
        /// What went wrong underneath, for logs and bug reports.
        diagnostic: String,
    },
}

impl OpenLineError {
    /// What went wrong underneath, when there is more to say than the message: may name
    /// files and carry SQLite's words, so it is never shown as the message.
    pub fn diagnostic(&self) -> Option<&str> {
        match self {
            OpenLineError::Storage { diagnostic, .. }
            | OpenLineError::Content { diagnostic, .. } => Some(diagnostic),
            OpenLineError::UnknownRoute(_) | OpenLineError::InvalidInput(_) => None,
        }
    }
}

impl From<RouteError> for OpenLineError {
    fn from(err: RouteError) -> Self {
        OpenLineError::UnknownRoute(format!("This page doesn't exist: {err}."))
    }
}

impl From<StoreError> for OpenLineError {
    fn from(err: StoreError) -> Self {
        OpenLineError::Storage {
            message: err.message().to_owned(),
            diagnostic: err.to_string(),
        }
    }
}

impl From<ContentError> for OpenLineError {
    fn from(err: ContentError) -> Self {
        OpenLineError::Content {
            message: "OpenLine's content can't be read.".to_owned(),
            diagnostic: err.to_string(),
        }
    }
}

/// Most characters of someone's input a message repeats.
const QUOTED_CHARS: usize = 40;

/// `input` as a message may repeat it: in double quotes, control and invisible characters
/// escaped (a NUL shows as `\0`, a new line as `\n`), and cut to its first 40 characters.
pub(crate) fn quoted(input: &str) -> String {
    let mut text = String::from("\"");
    for c in input.chars().take(QUOTED_CHARS) {
        match c {
            // Rust would escape it, but inside double quotes it needs nothing.
            '\'' => text.push(c),
            _ => text.extend(c.escape_debug()),
        }
    }
    if input.chars().nth(QUOTED_CHARS).is_some() {
        text.push('…');
    }
    text.push('"');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_escapes_what_a_screen_cannot_show() {
        assert_eq!(quoted("dont-pay"), "\"dont-pay\"");
        assert_eq!(quoted("a\0b\nc\"d\\e'f"), r#""a\0b\nc\"d\\e'f""#);
        assert_eq!(quoted("\u{202e}evil"), "\"\\u{202e}evil\"");
        assert_eq!(
            quoted("é😀"),
            "\"é😀\"",
            "printable letters stay as they are"
        );
    }

    #[test]
    fn quoting_shortens_by_characters() {
        let long = "😀".repeat(100);
        let shown = quoted(&long);
        assert_eq!(shown, format!("\"{}…\"", "😀".repeat(40)));
        assert_eq!(quoted(&"a".repeat(40)), format!("\"{}\"", "a".repeat(40)));
    }
}
