//! OpenLine's content as one crate: the model every screen is built from, the route grammar,
//! the checks content must pass, where its facts come from, translation keys, the formats
//! facts take, and (with the `authoring` feature) the reader for the TOML under `content/`.
//!
//! `core/build.rs` and the core both depend on it, so the build checks content with the same
//! code the app runs.

#[cfg(feature = "authoring")]
pub mod authoring;
pub mod date;
pub mod formats;
pub mod guide;
pub mod keys;
pub mod pack;
pub mod provenance;
pub mod quoted;
pub mod route;
pub mod seasons;
pub mod strings;
pub mod validate;

/// The real `content/` folder, loaded once for the tests of every module.
#[cfg(test)]
pub(crate) fn authored_pack() -> &'static pack::Pack {
    static PACK: std::sync::OnceLock<pack::Pack> = std::sync::OnceLock::new();
    PACK.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        authoring::Authored::load(&root)
            .expect("the real content loads")
            .pack
    })
}
