//! The one error type that crosses the boundary, with a message a shell can show.

use crate::catalog::ContentError;
use crate::store::StoreError;
use openline_model::route::RouteError;

/// What went wrong, in words a shell can show as they are.
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
    #[error("{0}")]
    Storage(String),
    /// Content is missing or damaged.
    #[error("{0}")]
    Content(String),
}

impl From<RouteError> for OpenLineError {
    fn from(err: RouteError) -> Self {
        OpenLineError::UnknownRoute(format!("This page doesn't exist: {err}."))
    }
}

impl From<StoreError> for OpenLineError {
    fn from(err: StoreError) -> Self {
        OpenLineError::Storage(err.to_string())
    }
}

impl From<ContentError> for OpenLineError {
    fn from(err: ContentError) -> Self {
        OpenLineError::Content(err.to_string())
    }
}
