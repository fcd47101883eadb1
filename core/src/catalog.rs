//! The content in use: a pack with indexes for quick lookup, and locale fallback.

use openline_model::pack::{Pack, Platform, Region, Source, Starter, Translation};
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

/// The pack compiled into the library by `build.rs`.
const EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/pack.json"));

/// Content that can't be used.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ContentError {
    /// The pack's JSON does not match the model.
    #[error("the content can't be read: {0}")]
    Malformed(String),
    /// The pack fails its checks.
    #[error("the content fails its checks: {0}")]
    Invalid(String),
}

/// The embedded pack, parsed once per process.
pub fn embedded_pack() -> Result<Arc<Pack>, ContentError> {
    static EMBEDDED: OnceLock<Result<Arc<Pack>, ContentError>> = OnceLock::new();
    EMBEDDED
        .get_or_init(|| {
            serde_json::from_str(EMBEDDED_JSON)
                .map(Arc::new)
                .map_err(|err| ContentError::Malformed(err.to_string()))
        })
        .clone()
}

/// A pack with its lookups built.
#[derive(Debug)]
pub struct Catalog {
    pack: Arc<Pack>,
    sources: HashMap<String, usize>,
    regions: HashMap<String, usize>,
    platforms: HashMap<String, usize>,
    starters: HashMap<String, usize>,
}

fn index_by<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, usize> {
    items
        .iter()
        .enumerate()
        .map(|(index, item)| (id(item).to_owned(), index))
        .collect()
}

impl Catalog {
    /// Builds the lookups for `pack`.
    pub fn new(pack: Arc<Pack>) -> Catalog {
        Catalog {
            sources: index_by(&pack.sources, |source| &source.id),
            regions: index_by(&pack.regions, |region| &region.code),
            platforms: index_by(&pack.platforms, |platform| &platform.id),
            starters: index_by(&pack.parent.starters, |starter| &starter.id),
            pack,
        }
    }

    /// The whole pack.
    pub fn pack(&self) -> &Pack {
        &self.pack
    }

    /// A source by id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(id).map(|&index| &self.pack.sources[index])
    }

    /// A region by code (`GB`, `INTL`).
    pub fn region(&self, code: &str) -> Option<&Region> {
        self.regions
            .get(code)
            .map(|&index| &self.pack.regions[index])
    }

    /// A platform by route slug.
    pub fn platform(&self, id: &str) -> Option<&Platform> {
        self.platforms
            .get(id)
            .map(|&index| &self.pack.platforms[index])
    }

    /// A starter by id.
    pub fn starter(&self, id: &str) -> Option<&Starter> {
        self.starters
            .get(id)
            .map(|&index| &self.pack.parent.starters[index])
    }

    /// A translation by language tag.
    pub fn translation(&self, language: &str) -> Option<&Translation> {
        self.pack.translations.get(language)
    }

    /// The language to show for a BCP 47 tag: `es-US` gives `es` when there is a Spanish
    /// translation, and anything without one gives `en`.
    pub fn language_for(&self, tag: &str) -> String {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if self.pack.translations.contains_key(&primary) {
            primary
        } else {
            "en".to_owned()
        }
    }

    /// The region to show for a BCP 47 tag: `en-GB` gives `GB`; no region, or one without
    /// content, gives the `INTL` fallback.
    pub fn region_for(&self, tag: &str) -> String {
        tag.split(['-', '_'])
            .skip(1)
            .find(|part| part.len() == 2 && part.bytes().all(|b| b.is_ascii_alphabetic()))
            .map(str::to_ascii_uppercase)
            .filter(|code| self.regions.contains_key(code))
            .unwrap_or_else(|| "INTL".to_owned())
    }
}

#[cfg(test)]
#[path = "catalog_tests.rs"]
mod tests;
