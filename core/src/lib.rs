//! OpenLine's core: every behaviour of the app, exposed through UniFFI to thin native shells.
//!
//! A shell opens an [`OpenLine`], asks it for the [`Screen`] of a route, renders the blocks,
//! and carries out the actions, sending events back through [`OpenLine::apply`].

pub mod about;
pub mod content;
pub mod error;
pub mod guide;
pub mod home;
pub mod parent;
pub mod report;
pub mod route;
pub mod screen;
pub mod settings;
pub mod store;
pub mod teen;
pub mod update;
pub mod view;

use content::Catalog;
use content::date::Date;
use content::model::{AgeBand, Moment};
use route::Route;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};
use store::{Recorded, StarterState, Store};
use update::fetch::{Fetcher, Limits};
use update::{Checked, Installed, RefreshOutcome};
use view::View;

pub use error::OpenLineError;
pub use screen::{
    Action, ActionItem, Block, Bullet, Card, ChoiceOption, Event, LinkItem, Screen, SourceItem,
    StepItem, Tone,
};

uniffi::setup_scaffolding!();

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

struct Session {
    store: Store,
    catalog: Arc<Catalog>,
    recorded: Recorded,
    region: String,
    language: String,
    utc_offset_minutes: i32,
    recovered: Option<String>,
    update_source: update::Source,
    update_etag: Option<String>,
}

const REGION_SETTING: &str = "region";
const LANGUAGE_SETTING: &str = "language";

/// Longest id an event may carry.
const MAX_ID_LEN: usize = 100;

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
        let session = self.lock();
        let pack = session.catalog.pack();
        let fixed = [
            Route::Home,
            Route::Teen,
            Route::Report,
            Route::ParentSaved,
            Route::Disclosure,
            Route::WarningSigns,
            Route::Settings,
            Route::About,
        ];
        let platforms = pack
            .platforms
            .iter()
            .map(|platform| Route::ReportPlatform(platform.id.clone()));
        let starters = pack
            .parent
            .starters
            .iter()
            .map(|starter| Route::Starter(starter.id.clone()));
        let ages = std::iter::once(None).chain(AgeBand::ALL.map(Some));
        let filters = ages.flat_map(|age| {
            std::iter::once(None)
                .chain(Moment::ALL.map(Some))
                .map(move |moment| Route::Parent { age, moment })
        });
        fixed
            .into_iter()
            .chain(platforms)
            .chain(filters)
            .chain(starters)
            .map(|route| route.to_string())
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
fn newest_content(store: &Store) -> Result<Arc<content::model::Pack>, OpenLineError> {
    let embedded = content::embedded_pack()?;
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

fn checked_region(catalog: &Catalog, code: &str) -> Result<String, OpenLineError> {
    let code = code.trim().to_ascii_uppercase();
    if catalog.region(&code).is_some() {
        Ok(code)
    } else {
        let known: Vec<&str> = catalog
            .pack()
            .regions
            .iter()
            .map(|r| r.code.as_str())
            .collect();
        Err(OpenLineError::InvalidInput(format!(
            "There's no region \"{}\". Choose one of {}.",
            shorten(&code),
            known.join(", ")
        )))
    }
}

fn checked_id(id: &str) -> Result<(), OpenLineError> {
    if id.is_empty() || id.len() > MAX_ID_LEN {
        return Err(OpenLineError::InvalidInput(format!(
            "\"{}\" is not a valid id.",
            shorten(id)
        )));
    }
    Ok(())
}

/// At most 40 characters of user input, for error messages.
fn shorten(text: &str) -> String {
    let mut short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}

impl Session {
    fn render(&self, route: &Route) -> Result<Screen, OpenLineError> {
        let catalog = &self.catalog;
        let region = catalog
            .region(&self.region)
            .or_else(|| catalog.region("INTL"))
            .ok_or_else(|| OpenLineError::Content("the content has no regions".into()))?;
        let view = View::new(
            catalog,
            region,
            &self.language,
            &self.recorded,
            self.recovered.as_deref(),
        );
        let missing = || OpenLineError::UnknownRoute(format!("There's nothing at \"{route}\"."));
        let mut screen = match route {
            Route::Home => home::home(&view),
            Route::Teen => teen::teen(&view),
            Route::Report => report::hub(&view),
            Route::ReportPlatform(id) => {
                report::platform(&view, catalog.platform(id).ok_or_else(missing)?)
            }
            Route::Parent { age, moment } => parent::starters(&view, *age, *moment),
            Route::ParentSaved => parent::saved(&view),
            Route::Starter(id) => parent::starter(&view, catalog.starter(id).ok_or_else(missing)?),
            Route::Disclosure => guide::disclosure(&view),
            Route::WarningSigns => guide::warning_signs(&view),
            Route::Settings => settings::settings(&view),
            Route::About => about::about(&view),
        };
        // Where a teen may be looking for help, offer a way to leave the screen at once.
        let teen_facing = matches!(
            route,
            Route::Home | Route::Teen | Route::Report | Route::ReportPlatform(_)
        );
        if teen_facing {
            screen.quick_exit = Some(view.s("app.quick_exit"));
        }
        Ok(screen)
    }

    fn apply(&mut self, event: Event) -> Result<(), OpenLineError> {
        match event {
            Event::TickStep { id } => self.set_step(&id, true),
            Event::UntickStep { id } => self.set_step(&id, false),
            Event::ResetSteps => {
                self.store.reset_steps()?;
                self.recorded.done_steps.clear();
                Ok(())
            }
            Event::SaveStarter { id } => self.update_starter(&id, |state| state.saved = true),
            Event::UnsaveStarter { id } => self.update_starter(&id, |state| state.saved = false),
            Event::MarkTalked { id } => {
                let today = Date::today_at_offset(self.utc_offset_minutes).to_string();
                self.update_starter(&id, |state| state.talked_on = Some(today))
            }
            Event::UnmarkTalked { id } => self.update_starter(&id, |state| state.talked_on = None),
            Event::SetRegion { code } => {
                let code = checked_region(&self.catalog, &code)?;
                self.store.set_setting(REGION_SETTING, &code)?;
                self.region = code;
                Ok(())
            }
            Event::SetLanguage { tag } => {
                let tag = tag.trim().to_ascii_lowercase();
                if tag != "en" && self.catalog.translation(&tag).is_none() {
                    return Err(OpenLineError::InvalidInput(format!(
                        "There's no \"{}\" translation.",
                        shorten(&tag)
                    )));
                }
                self.store.set_setting(LANGUAGE_SETTING, &tag)?;
                self.language = tag;
                Ok(())
            }
        }
    }

    fn set_step(&mut self, id: &str, done: bool) -> Result<(), OpenLineError> {
        checked_id(id)?;
        if !self
            .catalog
            .pack()
            .teen
            .steps
            .iter()
            .any(|step| step.id == id)
        {
            return Err(OpenLineError::InvalidInput(format!(
                "There's no step \"{}\".",
                shorten(id)
            )));
        }
        self.store.set_step_done(id, done)?;
        if done {
            self.recorded.done_steps.insert(id.to_owned());
        } else {
            self.recorded.done_steps.remove(id);
        }
        Ok(())
    }

    fn update_starter(
        &mut self,
        id: &str,
        change: impl FnOnce(&mut StarterState),
    ) -> Result<(), OpenLineError> {
        checked_id(id)?;
        if self.catalog.starter(id).is_none() {
            return Err(OpenLineError::InvalidInput(format!(
                "There's no conversation starter \"{}\".",
                shorten(id)
            )));
        }
        let mut state = self.recorded.starters.get(id).cloned().unwrap_or_default();
        change(&mut state);
        self.store.set_starter(id, &state)?;
        if state == StarterState::default() {
            self.recorded.starters.remove(id);
        } else {
            self.recorded.starters.insert(id.to_owned(), state);
        }
        Ok(())
    }
}
