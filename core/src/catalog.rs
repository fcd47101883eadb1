//! The content in use: the pack in each language, translated once when it loads, with
//! lookups by id and locale fallback.

use openline_model::keys::translate;
use openline_model::pack::{Pack, Platform, Region, Source, Starter, Translation};
use std::collections::{BTreeMap, HashMap};
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

/// The embedded content, and each language's pack once first asked for, built once per
/// process so that opening the core stays fast.
pub(crate) fn embedded_catalog() -> Result<Arc<Catalog>, ContentError> {
    static EMBEDDED: OnceLock<Result<Arc<Catalog>, ContentError>> = OnceLock::new();
    EMBEDDED
        .get_or_init(|| embedded_pack().map(|pack| Arc::new(Catalog::new(pack))))
        .clone()
}

/// The content in use: the pack as shipped, the same pack in each language it is translated
/// into, and lookups by id.
#[derive(Debug)]
pub(crate) struct Catalog {
    pack: Arc<Pack>,
    /// Each translation applied to the whole pack, built the first time its language is shown
    /// (a few hundred microseconds), so a start in English pays for no other language.
    translated: BTreeMap<String, OnceLock<Pack>>,
    index: Index,
}

/// Where each item is in a pack's lists; the same in every language.
#[derive(Debug)]
struct Index {
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

/// The content in one language, with lookups by id.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Content<'a> {
    /// The pack, every text in the language (or in English where it has no translation).
    pub(crate) pack: &'a Pack,
    index: &'a Index,
}

impl Catalog {
    /// The lookups for `pack`, ready to build each language's pack.
    pub(crate) fn new(pack: Arc<Pack>) -> Catalog {
        let translated = pack
            .translations
            .keys()
            .map(|tag| (tag.clone(), OnceLock::new()))
            .collect();
        let index = Index {
            sources: index_by(&pack.sources, |source| &source.id),
            regions: index_by(&pack.regions, |region| &region.code),
            platforms: index_by(&pack.platforms, |platform| &platform.id),
            starters: index_by(&pack.parent.starters, |starter| &starter.id),
        };
        Catalog {
            pack,
            translated,
            index,
        }
    }

    /// The pack as shipped: in English, with its translations.
    pub(crate) fn pack(&self) -> &Pack {
        &self.pack
    }

    /// The content in `language`; English when there is no such translation.
    pub(crate) fn content(&self, language: &str) -> Content<'_> {
        let translated = self
            .translated
            .get(language)
            .zip(self.pack.translations.get(language))
            .map(|(built, translation)| built.get_or_init(|| translate(&self.pack, translation)));
        Content {
            pack: translated.unwrap_or(&self.pack),
            index: &self.index,
        }
    }

    /// A region by code, in English.
    pub(crate) fn region(&self, code: &str) -> Option<&Region> {
        self.content("en").region(code)
    }

    /// A starter by id, in English.
    pub(crate) fn starter(&self, id: &str) -> Option<&Starter> {
        self.content("en").starter(id)
    }

    /// A translation by language tag.
    pub(crate) fn translation(&self, language: &str) -> Option<&Translation> {
        self.pack.translations.get(language)
    }

    /// The language to show for a BCP 47 tag: `es-US` gives `es` when there is a Spanish
    /// translation, and anything without one gives `en`.
    pub(crate) fn language_for(&self, tag: &str) -> String {
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
    pub(crate) fn region_for(&self, tag: &str) -> String {
        tag.split(['-', '_'])
            .skip(1)
            .find(|part| part.len() == 2 && part.bytes().all(|b| b.is_ascii_alphabetic()))
            .map(str::to_ascii_uppercase)
            .filter(|code| self.index.regions.contains_key(code))
            .unwrap_or_else(|| "INTL".to_owned())
    }
}

impl<'a> Content<'a> {
    /// A source by id.
    pub(crate) fn source(&self, id: &str) -> Option<&'a Source> {
        let index = *self.index.sources.get(id)?;
        self.pack.sources.get(index)
    }

    /// A region by code (`GB`, `INTL`).
    pub(crate) fn region(&self, code: &str) -> Option<&'a Region> {
        let index = *self.index.regions.get(code)?;
        self.pack.regions.get(index)
    }

    /// A platform by route slug.
    pub(crate) fn platform(&self, id: &str) -> Option<&'a Platform> {
        let index = *self.index.platforms.get(id)?;
        self.pack.platforms.get(index)
    }

    /// A starter by id.
    pub(crate) fn starter(&self, id: &str) -> Option<&'a Starter> {
        let index = *self.index.starters.get(id)?;
        self.pack.parent.starters.get(index)
    }
}

#[cfg(test)]
#[path = "catalog_tests.rs"]
mod tests;
