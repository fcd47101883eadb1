//! OpenLine's core: every behaviour of the app, exposed through UniFFI to thin native shells.
//!
//! A shell opens an [`OpenLine`], asks it for the [`Screen`] of a route, renders the blocks,
//! and carries out the actions, sending events back through [`OpenLine::apply`].
//!
//! The content model, its checks and the route grammar live in the `openline-model` crate.
//! Modules here are private; what shells, the CLI and tests may use is re-exported below.

mod about;
mod catalog;
mod error;
mod guide;
mod home;
mod parent;
mod report;
mod screen;
mod screens;
mod session;
mod settings;
mod store;
mod teen;
mod update;
mod view;

use catalog::Catalog;
use openline_model::route::Route;
use session::{LANGUAGE_SETTING, REGION_SETTING, Session, checked_region};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use store::Store;
use update::fetch::Fetcher;
use update::{Checked, Installed};

// The contract with the shells, exported through UniFFI.
pub use error::OpenLineError;
pub use screen::{
    Action, ActionItem, Block, Bullet, Card, ChoiceOption, Event, LinkItem, QUICK_EXIT_URL,
    QuickExit, Screen, SourceItem, StepItem, Tone,
};
pub use update::RefreshOutcome;

// For the content tools (`openline content build|sign|verify`) and the update tests: the
// embedded pack, signed manifests, pack checks and download limits.
pub use catalog::{ContentError, embedded_pack};
pub use store::DB_FILE;
pub use update::fetch::Limits;
pub use update::manifest::{
    FORMAT as MANIFEST_FORMAT, MANIFEST_FILE, Manifest, ManifestError, SignedManifest,
    generate_key, parse_public_key, sha256_hex, version_at_least,
};
pub use update::{CORE_VERSION, UpdateError, parse_pack};

uniffi::setup_scaffolding!();

/// The route a deep link such as `openline://report/instagram/` opens, in the core's
/// canonical form, or `None` when the link is not an OpenLine link. A route that doesn't
/// exist comes back as written, tidied, so that [`OpenLine::screen`] can say what is wrong.
#[uniffi::export]
pub fn deep_link_route(link: String) -> Option<String> {
    openline_model::route::deep_link_route(&link)
}

/// How to open the core.
#[derive(Debug, Clone, uniffi::Record)]
pub struct Config {
    /// A directory the app may write to; created if missing.
    pub data_dir: String,
    /// The device's locale as a BCP 47 tag, such as `en-GB`; sets the default language and
    /// region.
    pub locale: String,
    /// A region code that overrides the saved and locale regions for this session.
    #[uniffi(default = None)]
    pub region: Option<String>,
    /// The folder content packs are published in; without it, refreshing reports that no
    /// address is set.
    #[uniffi(default = None)]
    pub update_url: Option<String>,
    /// Public keys (64 hex digits) trusted besides the compiled-in release keys: for
    /// development and tests.
    #[uniffi(default = [])]
    pub extra_trusted_keys: Vec<String>,
    /// The device's offset from UTC in minutes, so "we talked about this" records the
    /// family's own date.
    #[uniffi(default = 0)]
    pub utc_offset_minutes: i32,
}

impl Config {
    /// A configuration with no region override and no update address.
    pub fn new(data_dir: impl Into<String>, locale: impl Into<String>) -> Config {
        Config {
            data_dir: data_dir.into(),
            locale: locale.into(),
            region: None,
            update_url: None,
            extra_trusted_keys: Vec::new(),
            utc_offset_minutes: 0,
        }
    }
}

/// The app's core. Thread-safe: shells may call it from any thread.
#[derive(uniffi::Object)]
pub struct OpenLine {
    session: Mutex<Session>,
}

#[uniffi::export]
impl OpenLine {
    /// Opens the core: creates or migrates the database and loads the content.
    #[uniffi::constructor]
    pub fn open(config: Config) -> Result<Arc<Self>, OpenLineError> {
        let mut trusted_keys: Vec<String> = update::trust::RELEASE_KEYS
            .iter()
            .map(|key| key.to_string())
            .collect();
        for key in &config.extra_trusted_keys {
            trusted_keys.push(
                update::manifest::parse_public_key(key)
                    .map_err(|err| OpenLineError::InvalidInput(err.to_string()))?,
            );
        }
        let opened = Store::open(&PathBuf::from(&config.data_dir))?;
        let catalog = Arc::new(Catalog::new(newest_content(&opened.store)?));
        let recorded = opened.store.recorded()?;
        let saved = |key: &str| recorded.settings.get(key).cloned();
        let region = match config.region {
            Some(code) => checked_region(&catalog, &code)?,
            None => saved(REGION_SETTING)
                .filter(|code| catalog.region(code).is_some())
                .unwrap_or_else(|| catalog.region_for(&config.locale)),
        };
        let language = saved(LANGUAGE_SETTING)
            .filter(|tag| tag == "en" || catalog.translation(tag).is_some())
            .unwrap_or_else(|| catalog.language_for(&config.locale));
        let update_etag = opened.store.update_etag()?;
        let session = Session {
            store: opened.store,
            catalog,
            recorded,
            region,
            language,
            utc_offset_minutes: config.utc_offset_minutes,
            recovered: opened.recovered,
            update_etag,
            update_source: update::Source {
                base_url: config.update_url,
                trusted_keys,
            },
        };
        Ok(Arc::new(OpenLine {
            session: Mutex::new(session),
        }))
    }

    /// The screen for a route such as `teen`, `report/instagram` or `parent?age=8-10`.
    pub fn screen(&self, route: String) -> Result<Screen, OpenLineError> {
        let route = Route::parse(&route)?;
        self.lock().render(&route)
    }

    /// Records an event from the screen at `route`, then returns that screen, updated. A bad
    /// route or event changes nothing.
    pub fn apply(&self, event: Event, route: String) -> Result<Screen, OpenLineError> {
        let route = Route::parse(&route)?;
        let mut session = self.lock();
        // A route that names a missing platform or starter must fail before anything is saved.
        session.render(&route)?;
        session.apply(event)?;
        session.render(&route)
    }

    /// Every route the content offers, each platform, starter and filter included: for site
    /// generation, link checks and tests.
    pub fn routes(&self) -> Vec<String> {
        Route::every(self.lock().catalog.pack())
            .iter()
            .map(Route::to_string)
            .collect()
    }

    /// The content version in use: the embedded one, or a newer installed update.
    pub fn content_version(&self) -> u64 {
        self.lock().catalog.pack().version
    }

    /// The region in use, such as `GB` or `INTL`.
    pub fn region(&self) -> String {
        self.lock().region.clone()
    }

    /// The language in use, such as `en` or `es`.
    pub fn language(&self) -> String {
        self.lock().language.clone()
    }
}

#[uniffi::export(async_runtime = "tokio")]
impl OpenLine {
    /// Fetches newer signed content in the background and switches to it. Screens keep
    /// working meanwhile, and any failure leaves the current content exactly as it was.
    pub async fn refresh_content(&self) -> RefreshOutcome {
        self.refresh_content_with(Limits::default()).await
    }
}

impl OpenLine {
    /// [`OpenLine::refresh_content`] with explicit timeouts and size caps.
    pub async fn refresh_content_with(&self, limits: Limits) -> RefreshOutcome {
        let (source, installed) = {
            let session = self.lock();
            let installed = Installed {
                version: session.catalog.pack().version,
                etag: session.update_etag.clone(),
            };
            (session.update_source.clone(), installed)
        };
        let checked = match Fetcher::new(limits) {
            Ok(fetcher) => update::check(&fetcher, &source, &installed, unix_now()).await,
            Err(err) => Err(err.into()),
        };
        let failed = |reason: String| RefreshOutcome::Failed {
            reason: sentence(&reason),
        };
        match checked {
            Ok(Checked::UpToDate { etag }) => {
                let mut session = self.lock();
                if let Some(etag) = etag {
                    if let Err(err) = session.store.set_update_etag(&etag) {
                        return failed(err.to_string());
                    }
                    session.update_etag = Some(etag);
                }
                RefreshOutcome::UpToDate
            }
            Ok(Checked::Newer(verified)) => {
                let mut session = self.lock();
                let version = verified.pack.version;
                // Another refresh may have installed this or newer while we downloaded.
                if version <= session.catalog.pack().version {
                    return RefreshOutcome::UpToDate;
                }
                let etag = verified.etag.as_deref();
                if let Err(err) = session.store.install_pack(
                    version,
                    &verified.manifest_json,
                    &verified.pack_json,
                    etag,
                ) {
                    return failed(err.to_string());
                }
                session.catalog = Arc::new(Catalog::new(Arc::new(verified.pack)));
                session.update_etag = verified.etag;
                RefreshOutcome::Updated { version }
            }
            Err(err) => failed(err.to_string()),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Session> {
        // A panic while holding the lock leaves plain data behind, still usable.
        self.session
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The embedded content, or an installed update when it is newer and still passes its checks.
/// A damaged update is ignored: the embedded content always works.
fn newest_content(store: &Store) -> Result<Arc<openline_model::pack::Pack>, OpenLineError> {
    let embedded = catalog::embedded_pack()?;
    let installed = store
        .installed_pack()?
        .filter(|(version, _)| *version > embedded.version)
        .and_then(|(_, json)| update::parse_pack(&json).ok());
    Ok(installed.map(Arc::new).unwrap_or(embedded))
}

/// `reason` as a sentence a shell can show: a capital first letter and a full stop.
fn sentence(reason: &str) -> String {
    let mut chars = reason.chars();
    let mut text: String = chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    if !text.ends_with('.') {
        text.push('.');
    }
    text
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs())
        .unwrap_or(0)
}
