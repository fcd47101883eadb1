//! One open core's state: the store, the content in use, what the user recorded and their
//! settings; renders routes and records events. The exported `OpenLine` object wraps it in a
//! lock.

use crate::catalog::Catalog;
use crate::screen::{Event, Screen};
use crate::store::{Recorded, StarterState, Store};
use crate::view::View;
use crate::{OpenLineError, screens, update};
use openline_model::date::Date;
use openline_model::route::Route;
use std::sync::Arc;

pub(crate) struct Session {
    pub(crate) store: Store,
    pub(crate) catalog: Arc<Catalog>,
    pub(crate) recorded: Recorded,
    pub(crate) region: String,
    pub(crate) language: String,
    pub(crate) utc_offset_minutes: i32,
    pub(crate) recovered: Option<String>,
    pub(crate) update_source: update::Source,
    pub(crate) update_etag: Option<String>,
}

pub(crate) const REGION_SETTING: &str = "region";
pub(crate) const LANGUAGE_SETTING: &str = "language";

/// Longest id an event may carry.
const MAX_ID_LEN: usize = 100;

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
    pub(crate) fn render(&self, route: &Route) -> Result<Screen, OpenLineError> {
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
        screens::screen(&view, route)
    }

    pub(crate) fn apply(&mut self, event: Event) -> Result<(), OpenLineError> {
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
