//! Recording what the user did: each event is checked against the content, then written as
//! the one row it changes.

use super::{LANGUAGE_SETTING, REGION_SETTING, Session, check_route, checked_region, write};
use crate::OpenLineError;
use crate::error::quoted;
use crate::reminders;
use crate::screen::{Event, Screen};
use openline_model::pack::AgeBand;
use openline_model::route::Route;

/// Longest id an event may carry, in characters.
const MAX_ID_CHARS: usize = 100;

/// Longest nickname, in characters: a name, not a note.
const MAX_NICKNAME_CHARS: usize = 40;

/// Most children kept: more than any family, few enough to list on one screen.
const MAX_CHILDREN: usize = 12;

impl Session {
    /// Records `event` from the screen at `route`, then renders that screen. A route that
    /// names nothing, or a bad event, records nothing.
    pub(crate) fn apply(&self, event: Event, route: &Route) -> Result<Screen, OpenLineError> {
        check_route(&self.catalog(), route)?;
        self.record(event)?;
        self.render(route)
    }

    fn record(&self, event: Event) -> Result<(), OpenLineError> {
        match event {
            Event::TickStep { id } => {
                self.known_step(&id, false)?;
                self.store.set_step_done(&id, true)?;
            }
            Event::UntickStep { id } => {
                self.known_step(&id, true)?;
                self.store.set_step_done(&id, false)?;
            }
            Event::ResetSteps => self.store.reset_steps()?,
            Event::SaveStarter { id } => {
                self.known_starter(&id, false)?;
                self.store.set_starter_saved(&id, true)?;
            }
            Event::UnsaveStarter { id } => {
                self.known_starter(&id, true)?;
                self.store.set_starter_saved(&id, false)?;
            }
            Event::MarkTalked { id } => {
                self.known_starter(&id, false)?;
                let today = self.clock.today(self.utc_offset_minutes);
                self.store.set_talked_on(&id, Some(&today.to_string()))?;
            }
            Event::UnmarkTalked { id } => {
                self.known_starter(&id, true)?;
                self.store.set_talked_on(&id, None)?;
            }
            Event::SetRegion { code } => {
                let code = checked_region(&self.catalog(), &code)?;
                self.store.set_setting(REGION_SETTING, &code)?;
                // The user's own choice replaces the one this instance was opened with.
                *write(&self.region_override) = None;
            }
            Event::SetLanguage { tag } => {
                let tag = tag.trim().to_ascii_lowercase();
                if tag != "en" && self.catalog().translation(&tag).is_none() {
                    return Err(OpenLineError::InvalidInput(format!(
                        "There's no {} translation.",
                        quoted(&tag)
                    )));
                }
                self.store.set_setting(LANGUAGE_SETTING, &tag)?;
            }
            Event::AddChild { age, nickname } => {
                let age = checked_age(&age)?;
                let nickname = checked_nickname(nickname.as_deref())?;
                if self.store.saved().recorded.children.len() >= MAX_CHILDREN {
                    return Err(OpenLineError::InvalidInput(format!(
                        "OpenLine keeps up to {MAX_CHILDREN} children. Remove one to add another."
                    )));
                }
                self.store.add_child(age, nickname.as_deref())?;
            }
            Event::EditChild { id, age, nickname } => {
                let age = checked_age(&age)?;
                let nickname = checked_nickname(nickname.as_deref())?;
                if !self.store.edit_child(id, age, nickname.as_deref())? {
                    return Err(no_child(id));
                }
            }
            Event::RemoveChild { id } => {
                if !self.store.remove_child(id)? {
                    return Err(no_child(id));
                }
            }
            Event::TalkedWith { child, starter } => {
                self.known_starter(&starter, false)?;
                let today = self.clock.today(self.utc_offset_minutes);
                if self
                    .store
                    .add_talk(child, &starter, &today.to_string())?
                    .is_none()
                {
                    return Err(no_child(child));
                }
            }
            Event::SetReminders {
                every_weeks,
                before_holidays,
                new_device,
            } => self.set_reminders(every_weeks, before_holidays, new_device)?,
            Event::MarkNewDevice { child, marked } => {
                let today = self.clock.today(self.utc_offset_minutes).to_string();
                let day = marked.then_some(today.as_str());
                if !self.store.set_new_device(child, day)? {
                    return Err(no_child(child));
                }
            }
            Event::UndoTalk { id } => {
                if !self.store.remove_talk(id)? {
                    return Err(OpenLineError::InvalidInput(format!(
                        "There's no recorded talk {id}: it may have been undone already."
                    )));
                }
            }
        }
        Ok(())
    }

    /// Saves the reminders chosen. Regular reminders count from today when they are turned
    /// on or their interval changes, and keep counting from where they did otherwise.
    fn set_reminders(
        &self,
        every_weeks: u32,
        before_holidays: bool,
        new_device: bool,
    ) -> Result<(), OpenLineError> {
        if every_weeks != 0 && !reminders::WEEKS.contains(&every_weeks) {
            let weeks: Vec<String> = reminders::WEEKS.iter().map(u32::to_string).collect();
            return Err(OpenLineError::InvalidInput(format!(
                "Reminders can come every {} weeks, or not at all (0).",
                weeks.join(", ")
            )));
        }
        let before = reminders::Settings::read(&self.store.saved().recorded.settings);
        let today = self.clock.today(self.utc_offset_minutes).to_string();
        let kept = before.since.map(|day| day.to_string());
        let since = if every_weeks == 0 {
            None
        } else if every_weeks == before.every_weeks {
            kept.or(Some(today))
        } else {
            Some(today)
        };
        let weeks = every_weeks.to_string();
        let on = |chosen: bool| chosen.then_some("on");
        self.store.set_settings(&[
            (
                reminders::EVERY_WEEKS,
                (every_weeks != 0).then_some(weeks.as_str()),
            ),
            (reminders::BEFORE_HOLIDAYS, on(before_holidays)),
            (reminders::NEW_DEVICE, on(new_device)),
            (reminders::SINCE, since.as_deref()),
        ])?;
        Ok(())
    }

    /// Fails unless the content has the step; when `clearing`, a step the user ticked before
    /// an update removed it is known too, so that it can be unticked.
    fn known_step(&self, id: &str, clearing: bool) -> Result<(), OpenLineError> {
        checked_id(id)?;
        let (saved, catalog) = self.current();
        let in_content = catalog.pack().teen.steps.iter().any(|step| step.id == id);
        if in_content || (clearing && saved.recorded.done_steps.contains(id)) {
            Ok(())
        } else {
            Err(OpenLineError::InvalidInput(format!(
                "There's no step {}.",
                quoted(id)
            )))
        }
    }

    /// Fails unless the content has the starter; when `clearing`, a starter the user saved or
    /// marked before an update removed it is known too, so that it can be cleared.
    fn known_starter(&self, id: &str, clearing: bool) -> Result<(), OpenLineError> {
        checked_id(id)?;
        let (saved, catalog) = self.current();
        let in_content = catalog.starter(id).is_some();
        if in_content || (clearing && saved.recorded.starters.contains_key(id)) {
            Ok(())
        } else {
            Err(OpenLineError::InvalidInput(format!(
                "There's no conversation starter {}.",
                quoted(id)
            )))
        }
    }
}

fn checked_id(id: &str) -> Result<(), OpenLineError> {
    if id.is_empty() || id.chars().nth(MAX_ID_CHARS).is_some() {
        return Err(OpenLineError::InvalidInput(format!(
            "{} is not a valid id.",
            quoted(id)
        )));
    }
    Ok(())
}

/// The age band an event names, as stored.
fn checked_age(age: &str) -> Result<&'static str, OpenLineError> {
    AgeBand::from_slug(age.trim())
        .map(AgeBand::slug)
        .ok_or_else(|| {
            let bands: Vec<&str> = AgeBand::ALL.iter().map(|band| band.slug()).collect();
            OpenLineError::InvalidInput(format!(
                "There's no age band {}. Choose one of {}.",
                quoted(age),
                bands.join(", ")
            ))
        })
}

/// A nickname trimmed, `None` when blank; refused when too long or holding control
/// characters.
fn checked_nickname(nickname: Option<&str>) -> Result<Option<String>, OpenLineError> {
    let Some(name) = nickname.map(str::trim).filter(|name| !name.is_empty()) else {
        return Ok(None);
    };
    if name.chars().nth(MAX_NICKNAME_CHARS).is_some() {
        return Err(OpenLineError::InvalidInput(format!(
            "A nickname can be up to {MAX_NICKNAME_CHARS} characters."
        )));
    }
    if name.chars().any(char::is_control) {
        return Err(OpenLineError::InvalidInput(
            "A nickname can't hold line breaks or other control characters.".into(),
        ));
    }
    Ok(Some(name.to_owned()))
}

fn no_child(id: i64) -> OpenLineError {
    OpenLineError::InvalidInput(format!(
        "There's no child {id}: they may have been removed already."
    ))
}
