//! OpenLine's core: every behaviour of the app, exposed through UniFFI to thin native shells.
//!
//! A shell opens an [`OpenLine`], asks it for the [`Screen`] of a route, renders the blocks,
//! and carries out the actions, sending events back through [`OpenLine::apply`].
//!
//! The content model, its checks and the route grammar live in the `openline-model` crate.
//! Modules here are private; what shells, the CLI and tests may use is re-exported below.

mod about;
mod calendar;
mod catalog;
mod children;
mod clock;
mod error;
mod guide;
mod home;
mod parent;
mod reminders;
mod report;
mod screen;
mod screens;
mod session;
mod settings;
mod store;
mod suggest;
mod teen;
mod update;
mod view;

use openline_model::route::Route;
use session::Session;
use std::sync::Arc;

// The contract with the shells, exported through UniFFI.
pub use error::OpenLineError;
pub use reminders::Reminder;
pub use screen::{
    Action, ActionItem, Block, Bullet, Card, ChoiceOption, Emphasis, Event, LinkItem,
    QUICK_EXIT_URL, QuickExit, Screen, SourceItem, StepItem, Tone,
};
pub use update::RefreshOutcome;

// For the content tools (`openline content build|sign|verify`) and the tests: the embedded
// pack, signed manifests, pack checks, download limits and the clock.
pub use catalog::{ContentError, embedded_pack};
pub use clock::Clock;
pub use store::DB_FILE;
pub use update::fetch::Limits;
pub use update::manifest::{
    FORMAT as MANIFEST_FORMAT, MANIFEST_FILE, Manifest, ManifestError, SignedManifest,
    generate_key, parse_public_key, parse_version, sha256_hex,
};
pub use update::{CORE_VERSION, UpdateError, parse_pack, verify_manifest, verify_pack};

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
    /// The device's offset from UTC in minutes, from -720 to 840, so "we talked about this"
    /// records the family's own date.
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

/// The app's core. Thread-safe: shells may call it from any thread, and any number of
/// instances, in one process or several, may share a data folder.
#[derive(uniffi::Object)]
pub struct OpenLine {
    session: Session,
}

#[uniffi::export]
impl OpenLine {
    /// Opens the core: creates or migrates the database and loads the content.
    #[uniffi::constructor]
    pub fn open(config: Config) -> Result<Arc<Self>, OpenLineError> {
        OpenLine::open_with_clock(config, Clock::system())
    }

    /// The screen for a route such as `teen`, `report/instagram` or `parent?age=8-10`.
    pub fn screen(&self, route: String) -> Result<Screen, OpenLineError> {
        self.session.render(&Route::parse(&route)?)
    }

    /// Records an event from the screen at `route`, then returns that screen, updated. A bad
    /// route or event changes nothing.
    pub fn apply(&self, event: Event, route: String) -> Result<Screen, OpenLineError> {
        self.session.apply(event, &Route::parse(&route)?)
    }

    /// Every route the content offers, each platform, starter and filter included: for site
    /// generation, link checks and tests.
    pub fn routes(&self) -> Vec<String> {
        Route::every(self.session.catalog().pack())
            .iter()
            .map(Route::to_string)
            .collect()
    }

    /// The content version in use: the embedded one, or a newer installed update.
    pub fn content_version(&self) -> u64 {
        self.session.catalog().pack().version
    }

    /// The region in use, such as `GB` or `INTL`: the one the screens show.
    pub fn region(&self) -> String {
        self.session.region()
    }

    /// The language in use, such as `en` or `es`.
    pub fn language(&self) -> String {
        self.session.language()
    }

    /// The next reminder to talk, for the shell to schedule as a local notification, or
    /// `None` while reminders are off. Ask again after every event and after showing one.
    pub fn next_reminder(&self) -> Result<Option<Reminder>, OpenLineError> {
        self.session.next_reminder()
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
    /// [`OpenLine::open`] with the clock every date, expiry and time stamp is read from: for
    /// tests that need to set the time.
    pub fn open_with_clock(config: Config, clock: Clock) -> Result<Arc<Self>, OpenLineError> {
        Ok(Arc::new(OpenLine {
            session: Session::open(config, clock)?,
        }))
    }

    /// The reminders `every_weeks` (2, 4 or 8; 0 for none) and `before_holidays` would give,
    /// from today, as an iCalendar file with repeat rules in the language and region in use;
    /// `None` when neither is chosen. The web site offers it for any calendar app.
    pub fn reminder_calendar(
        &self,
        every_weeks: u32,
        before_holidays: bool,
    ) -> Result<Option<String>, OpenLineError> {
        self.session.reminder_calendar(every_weeks, before_holidays)
    }

    /// [`OpenLine::refresh_content`] with explicit timeouts and size caps.
    pub async fn refresh_content_with(&self, limits: Limits) -> RefreshOutcome {
        self.session.refresh(limits).await
    }
}
