//! One open core: the content in use, the store that owns what the user recorded, and the
//! settings this instance was opened with; renders routes and records events.
//!
//! Nothing here waits on a writer while rendering: the store reads through a connection of
//! its own, and the content sits behind a lock held only to swap it.

mod events;
mod refresh;

use crate::calendar;
use crate::catalog::{self, Catalog};
use crate::clock::Clock;
use crate::error::quoted;
use crate::reminders::{self, Reminder};
use crate::screen::Screen;
use crate::store::{Saved, Store};
use crate::view::{Notices, Now, View};
use crate::{Config, OpenLineError, screens, update};
use openline_model::pack::Pack;
use openline_model::route::Route;
use std::path::Path;
use std::sync::{Arc, RwLock, RwLockReadGuard, RwLockWriteGuard};

pub(crate) const REGION_SETTING: &str = "region";
pub(crate) const LANGUAGE_SETTING: &str = "language";

/// The offsets from UTC that some place on Earth uses, in minutes: from −12:00 to +14:00.
const UTC_OFFSETS: std::ops::RangeInclusive<i32> = -720..=840;

pub(crate) struct Session {
    store: Store,
    content: RwLock<Content>,
    /// `Config.region`, which wins over the saved region until the user chooses one.
    region_override: RwLock<Option<String>>,
    locale: String,
    utc_offset_minutes: i32,
    /// The database could not be used at open and started afresh.
    recovered: bool,
    update_source: update::Source,
    clock: Clock,
}

/// The content in use.
struct Content {
    catalog: Arc<Catalog>,
    /// An installed version that failed its checks here, so it is not tried again.
    refused: Option<u64>,
    /// Whether an installed update was damaged and the built-in content is in use instead,
    /// until a refresh brings the update again.
    update_refused: bool,
}

impl Session {
    pub(crate) fn open(config: Config, clock: Clock) -> Result<Session, OpenLineError> {
        if config.data_dir.trim().is_empty() {
            return Err(OpenLineError::InvalidInput(
                "OpenLine needs a folder to save in, and none was given.".into(),
            ));
        }
        if !UTC_OFFSETS.contains(&config.utc_offset_minutes) {
            return Err(OpenLineError::InvalidInput(format!(
                "A UTC offset of {} minutes is not one any time zone uses: it must be from {} to +{}.",
                config.utc_offset_minutes,
                UTC_OFFSETS.start(),
                UTC_OFFSETS.end()
            )));
        }
        let mut trusted_keys: Vec<String> = update::trust::RELEASE_KEYS
            .iter()
            .map(|key| key.to_string())
            .collect();
        for key in &config.extra_trusted_keys {
            trusted_keys.push(update::manifest::parse_public_key(key).map_err(|_| {
                OpenLineError::InvalidInput(format!(
                    "{} is not a public key: it must be 64 hex digits.",
                    quoted(key)
                ))
            })?);
        }
        let opened = Store::open(Path::new(&config.data_dir), clock.clone())?;
        let (catalog, update_refused) = newest_content(&opened.store)?;
        let region_override = match config.region {
            Some(code) => Some(checked_region(&catalog, &code)?),
            None => None,
        };
        Ok(Session {
            store: opened.store,
            content: RwLock::new(Content {
                catalog,
                refused: None,
                update_refused,
            }),
            region_override: RwLock::new(region_override),
            locale: config.locale,
            utc_offset_minutes: config.utc_offset_minutes,
            recovered: opened.recovered.is_some(),
            update_source: update::Source {
                base_url: config.update_url,
                trusted_keys,
            },
            clock,
        })
    }

    /// What is saved, and the content to show it with: an update another instance installed
    /// meanwhile is taken up here.
    fn current(&self) -> (Arc<Saved>, Arc<Catalog>) {
        let saved = self.store.saved();
        let catalog = {
            let content = read(&self.content);
            let newer = saved.installed_version.is_some_and(|version| {
                version > content.catalog.pack().version && content.refused != Some(version)
            });
            if !newer {
                return (saved, content.catalog.clone());
            }
            content.catalog.clone()
        };
        let Some((version, json)) = self.store.installed_pack_now() else {
            return (saved, catalog);
        };
        // Checked before the lock is taken: renders go on with the content in use meanwhile.
        let checked = update::parse_pack(&json);
        let mut content = write(&self.content);
        if version > content.catalog.pack().version {
            match checked {
                Ok(pack) => {
                    content.catalog = Arc::new(Catalog::new(Arc::new(pack)));
                    content.update_refused = false;
                }
                Err(err) => {
                    log::warn!("the installed content {version} fails its checks: {err}");
                    content.refused = Some(version);
                }
            }
        }
        (saved, content.catalog.clone())
    }

    /// The content in use.
    pub(crate) fn catalog(&self) -> Arc<Catalog> {
        self.current().1
    }

    /// Switches to newly installed content, unless newer content is already in use.
    fn use_content(&self, pack: Pack) {
        let mut content = write(&self.content);
        if pack.version > content.catalog.pack().version {
            content.catalog = Arc::new(Catalog::new(Arc::new(pack)));
            content.update_refused = false;
        }
    }

    /// The region shown: the one this instance was opened with until the user chooses, then
    /// the saved one, then the locale's; each only while the content has it.
    fn region_in(&self, catalog: &Catalog, saved: &Saved) -> String {
        let chosen = read(&self.region_override).clone();
        chosen
            .into_iter()
            .chain(saved.recorded.settings.get(REGION_SETTING).cloned())
            .find(|code| catalog.region(code).is_some())
            .unwrap_or_else(|| catalog.region_for(&self.locale))
    }

    /// The language shown: the saved one while the content has it, else the locale's.
    fn language_in(&self, catalog: &Catalog, saved: &Saved) -> String {
        saved
            .recorded
            .settings
            .get(LANGUAGE_SETTING)
            .filter(|tag| *tag == "en" || catalog.translation(tag).is_some())
            .cloned()
            .unwrap_or_else(|| catalog.language_for(&self.locale))
    }

    pub(crate) fn region(&self) -> String {
        let (saved, catalog) = self.current();
        self.region_in(&catalog, &saved)
    }

    pub(crate) fn language(&self) -> String {
        let (saved, catalog) = self.current();
        self.language_in(&catalog, &saved)
    }

    pub(crate) fn render(&self, route: &Route) -> Result<Screen, OpenLineError> {
        self.with_view(|view| screens::screen(view, route))
    }

    /// The next reminder to talk, or `None` while reminders are off.
    pub(crate) fn next_reminder(&self) -> Result<Option<Reminder>, OpenLineError> {
        self.with_view(|view| Ok(reminders::next(view)))
    }

    /// The reminders chosen as an iCalendar file, or `None` when none is chosen.
    pub(crate) fn reminder_calendar(
        &self,
        every_weeks: u32,
        before_holidays: bool,
    ) -> Result<Option<String>, OpenLineError> {
        if every_weeks != 0 && !reminders::WEEKS.contains(&every_weeks) {
            return Err(OpenLineError::InvalidInput(format!(
                "There are no reminders every {every_weeks} weeks."
            )));
        }
        self.with_view(|view| Ok(calendar::calendar(view, every_weeks, before_holidays)))
    }

    /// Runs `show` on a view of what is saved now, in the content, region and language in use.
    fn with_view<T>(
        &self,
        show: impl FnOnce(&View) -> Result<T, OpenLineError>,
    ) -> Result<T, OpenLineError> {
        let (saved, catalog) = self.current();
        let code = self.region_in(&catalog, &saved);
        let language = self.language_in(&catalog, &saved);
        let notices = Notices {
            recovered: self.recovered,
            update_refused: read(&self.content).update_refused,
        };
        let now = Now {
            unix_seconds: self.clock.unix_seconds(),
            offset_minutes: self.utc_offset_minutes,
        };
        let view = View::new(&catalog, &language, &code, &saved.recorded, notices, now)
            .ok_or_else(|| content_error("the content has no region for this device"))?;
        show(&view)
    }
}

/// Fails for a route that names a platform or starter the content doesn't have: the same
/// check rendering makes, without rendering.
pub(crate) fn check_route(catalog: &Catalog, route: &Route) -> Result<(), OpenLineError> {
    if route.exists_in(catalog.pack()) {
        Ok(())
    } else {
        Err(screens::missing(route))
    }
}

fn content_error(diagnostic: &str) -> OpenLineError {
    OpenLineError::Content {
        message: "OpenLine's content can't be shown.".into(),
        diagnostic: diagnostic.into(),
    }
}

pub(crate) fn checked_region(catalog: &Catalog, code: &str) -> Result<String, OpenLineError> {
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
            "There's no region {}. Choose one of {}.",
            quoted(&code),
            known.join(", ")
        )))
    }
}

/// The embedded content, or an installed update when it is newer and still passes its checks.
/// An installed update that fails them is discarded, so that the next refresh downloads it
/// again: the embedded content always works meanwhile. Also says whether one was discarded.
fn newest_content(store: &Store) -> Result<(Arc<Catalog>, bool), OpenLineError> {
    let embedded = catalog::embedded_catalog()?;
    let Some((version, json)) = store.installed_pack()? else {
        return Ok((embedded, false));
    };
    if version <= embedded.pack().version {
        return Ok((embedded, false));
    }
    match update::parse_pack(&json) {
        Ok(pack) => Ok((Arc::new(Catalog::new(Arc::new(pack))), false)),
        Err(err) => {
            log::warn!("discarding installed content {version}, which fails its checks: {err}");
            store.discard_installed_pack()?;
            Ok((embedded, true))
        }
    }
}

fn read<T>(lock: &RwLock<T>) -> RwLockReadGuard<'_, T> {
    // A panic while holding the lock leaves plain data behind, still usable.
    lock.read().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn write<T>(lock: &RwLock<T>) -> RwLockWriteGuard<'_, T> {
    lock.write()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
