//! The one error type that crosses the boundary, with a message a shell can show.

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

/// Input as a message may repeat it; the rule lives with the route grammar, whose errors
/// quote input too.
pub(crate) use openline_model::quoted::quoted;
