//! The content: its model, the embedded pack, checks, translation keys and locale fallback.

#[cfg(feature = "authoring")]
pub mod authoring;
mod catalog;
pub mod date;
pub mod formats;
pub mod keys;
pub mod model;
pub mod validate;

pub use catalog::{Catalog, ContentError, embedded_pack};
