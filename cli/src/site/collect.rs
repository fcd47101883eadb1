//! Asks the core for everything the site shows: the languages and regions on offer, and the
//! screen of every route in each. Each language gets its own core on a throwaway data dir.

use super::SiteError;
use super::blocks::Progress;
use openline_core::{Action, Block, Event, Screen};
use openline_core::{Config, OpenLine};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// One language's pages.
pub struct Edition {
    /// The language tag, such as `en`.
    pub lang: String,
    /// The pages of each region, in the order the settings screen lists them.
    pub regions: Vec<RegionPages>,
}

/// One region's pages in one language.
pub struct RegionPages {
    /// The region code, such as `GB`.
    pub code: String,
    /// The screen of every route, keyed by the route asked for.
    pub screens: Vec<(String, Screen)>,
    /// For screens whose progress line changes as steps are ticked: the line for each count.
    pub progress: BTreeMap<String, Progress>,
    /// For screens that offer reminders: the core's calendar for each choice they offer.
    pub calendars: BTreeMap<String, BTreeMap<(u32, bool), String>>,
}

/// Opens a core for each language the settings screen offers, and renders every route in
/// every region it offers.
pub fn collect() -> Result<Vec<Edition>, SiteError> {
    let probe_dir = TempDir::new()?;
    let probe = open(&probe_dir)?;
    let settings = probe.screen("settings".into()).map_err(core_error)?;
    let regions = chosen(&settings, |event| match event {
        Event::SetRegion { code } => Some(code.clone()),
        _ => None,
    });
    let mut languages = chosen(&settings, |event| match event {
        Event::SetLanguage { tag } => Some(tag.clone()),
        _ => None,
    });
    if regions.is_empty() {
        return Err(SiteError::Core(
            "the settings screen offers no regions".into(),
        ));
    }
    if languages.is_empty() {
        languages.push(probe.language());
    }
    languages
        .iter()
        .map(|lang| edition(lang, &regions))
        .collect()
}

fn edition(lang: &str, regions: &[String]) -> Result<Edition, SiteError> {
    let dir = TempDir::new()?;
    let core = open(&dir)?;
    core.apply(Event::SetLanguage { tag: lang.into() }, "settings".into())
        .map_err(core_error)?;
    if core.language() != lang {
        return Err(SiteError::Core(format!(
            "asked for language \"{lang}\" but the core shows \"{}\"",
            core.language()
        )));
    }
    let mut pages = Vec::new();
    for code in regions {
        core.apply(Event::SetRegion { code: code.clone() }, "settings".into())
            .map_err(core_error)?;
        if core.region() != *code {
            return Err(SiteError::Core(format!(
                "asked for region \"{code}\" but the core shows \"{}\"",
                core.region()
            )));
        }
        let mut screens = Vec::new();
        let mut progress = BTreeMap::new();
        let mut calendars = BTreeMap::new();
        for route in core.routes() {
            let screen = core.screen(route.clone()).map_err(core_error)?;
            if let Some(found) = progress_line(&core, &route, &screen)? {
                progress.insert(route.clone(), found);
            }
            let offered = reminder_calendars(&core, &screen)?;
            if !offered.is_empty() {
                calendars.insert(route.clone(), offered);
            }
            screens.push((route, screen));
        }
        pages.push(RegionPages {
            code: code.clone(),
            screens,
            progress,
            calendars,
        });
    }
    Ok(Edition {
        lang: lang.to_owned(),
        regions: pages,
    })
}

/// The values carried by the events a screen's actions apply, as `pick` finds them.
fn chosen(screen: &Screen, pick: impl Fn(&Event) -> Option<String>) -> Vec<String> {
    screen
        .actions()
        .filter_map(|action| match &action {
            Action::Apply { event } => pick(event),
            _ => None,
        })
        .collect()
}

/// The core's calendar for each choice of reminders the screen offers that gives one.
fn reminder_calendars(
    core: &OpenLine,
    screen: &Screen,
) -> Result<BTreeMap<(u32, bool), String>, SiteError> {
    let mut calendars = BTreeMap::new();
    for action in screen.actions() {
        if let Action::Apply {
            event:
                Event::SetReminders {
                    every_weeks,
                    before_holidays,
                    ..
                },
        } = action
        {
            let calendar = core
                .reminder_calendar(every_weeks, before_holidays)
                .map_err(core_error)?;
            if let Some(calendar) = calendar {
                calendars.insert((every_weeks, before_holidays), calendar);
            }
        }
    }
    Ok(calendars)
}

/// Ticks the screen's steps one by one and finds the one paragraph that changes: the
/// progress line. Unticks them all again after.
fn progress_line(
    core: &OpenLine,
    route: &str,
    screen: &Screen,
) -> Result<Option<Progress>, SiteError> {
    let ids: Vec<String> = screen
        .actions()
        .filter_map(|action| match action {
            Action::Apply {
                event: Event::TickStep { id },
            } => Some(id),
            _ => None,
        })
        .collect();
    if ids.is_empty() {
        return Ok(None);
    }
    core.screen(route.to_owned()).map_err(core_error)?;
    let mut ticked = vec![screen.clone()];
    for id in ids {
        ticked.push(
            core.apply(Event::TickStep { id }, "teen".into())
                .map_err(core_error)?,
        );
    }
    core.apply(Event::ResetSteps, "teen".into())
        .map_err(core_error)?;
    // The control that clears the ticks shows only once something is ticked: keep it aside,
    // so the page can show it then, and compare the screens without it.
    let clear = ticked.last().and_then(|last| {
        let index = last.blocks.iter().position(clears)?;
        Some((index, last.blocks[index].clone()))
    });
    for screen in &mut ticked {
        screen.blocks.retain(|block| !clears(block));
    }
    let screen = &ticked[0];
    let paragraph = |screen: &Screen, index: usize| match screen.blocks.get(index) {
        Some(Block::Paragraph { text }) => Some(text.clone()),
        _ => None,
    };
    let changing: Vec<usize> = (0..screen.blocks.len())
        .filter(|&index| {
            let texts: Vec<Option<String>> = ticked.iter().map(|s| paragraph(s, index)).collect();
            texts.iter().all(Option::is_some) && texts.windows(2).any(|pair| pair[0] != pair[1])
        })
        .collect();
    let same_shape = ticked.iter().all(|s| s.blocks.len() == screen.blocks.len());
    Ok(match changing.as_slice() {
        [block] if same_shape => Some(Progress {
            block: *block,
            texts: ticked.iter().filter_map(|s| paragraph(s, *block)).collect(),
            clear,
        }),
        _ => None,
    })
}

/// Whether the block holds the button that unticks every step.
fn clears(block: &Block) -> bool {
    block.actions().iter().any(|action| {
        matches!(
            action,
            Action::Apply {
                event: Event::ResetSteps
            }
        )
    })
}

fn open(dir: &TempDir) -> Result<Arc<OpenLine>, SiteError> {
    OpenLine::open(Config::new(dir.0.to_string_lossy(), "en")).map_err(core_error)
}

fn core_error(err: openline_core::OpenLineError) -> SiteError {
    SiteError::Core(err.to_string())
}

/// A data directory that is removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Result<TempDir, SiteError> {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let n = COUNT.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("openline-site-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&path).map_err(|source| SiteError::Io {
            path: path.clone(),
            source,
        })?;
        Ok(TempDir(path))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_region_and_the_teen_progress_line() {
        let editions = collect().expect("collects");
        let english = editions
            .iter()
            .find(|edition| edition.lang == "en")
            .expect("English is offered");
        let codes: Vec<&str> = english.regions.iter().map(|r| r.code.as_str()).collect();
        for code in ["GB", "US", "CA", "AU", "NZ", "IE", "INTL"] {
            assert!(codes.contains(&code), "{code} is missing from {codes:?}");
        }
        let gb = &english.regions[codes.iter().position(|c| *c == "GB").unwrap_or(0)];
        let progress = gb.progress.get("teen").expect("teen has a progress line");
        assert!(progress.texts.len() > 2);
        assert_ne!(progress.texts[0], progress.texts[1]);
        assert!(
            gb.screens
                .iter()
                .any(|(route, _)| route == "report/instagram")
        );
    }
}
