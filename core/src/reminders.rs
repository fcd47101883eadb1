//! Gentle reminders to talk, off until a parent turns them on: every 2, 4 or 8 weeks, a week
//! before each holiday season, and the day after a child gets a new device. The core decides
//! when the next one is due and what it says; a shell only schedules it, and the screens never
//! depend on whether it did.
//!
//! A reminder's words show on a lock screen that anyone may see, so they are the same
//! discreet question for every kind, and never say what the app is about.

use crate::children;
use crate::screen::{Action, ActionItem, Block, ChoiceOption, Event, Page};
use crate::view::{Now, View};
use openline_model::date::Date;
use openline_model::pack::Moment;
use openline_model::route::Route;
use openline_model::seasons::DayRange;
use openline_model::strings::fill;
use serde::Serialize;
use std::collections::HashMap;

/// The setting holding the weeks between regular reminders, absent when there are none.
pub(crate) const EVERY_WEEKS: &str = "reminders.every_weeks";
/// The setting that is `on` for a reminder before each holiday season.
pub(crate) const BEFORE_HOLIDAYS: &str = "reminders.before_holidays";
/// The setting that is `on` for a reminder after a child's new device.
pub(crate) const NEW_DEVICE: &str = "reminders.new_device";
/// The setting holding the day regular reminders started counting from.
pub(crate) const SINCE: &str = "reminders.since";

/// The weeks a parent can choose between regular reminders.
pub(crate) const WEEKS: [u32; 3] = [2, 4, 8];

/// The hour, in the family's own time, a reminder falls at: early evening, when a family is
/// most often together and a phone's owner is not at work or school.
pub(crate) const HOUR: i64 = 18;

/// How many days before a holiday season starts its reminder falls: time to talk before the
/// break, not on its first busy day.
const DAYS_BEFORE_HOLIDAYS: i64 = 7;

/// The next reminder: when to show it and what it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct Reminder {
    /// The day it is due, `YYYY-MM-DD` in the family's own time.
    pub date: String,
    /// When to show it, in seconds since the Unix epoch.
    pub at_unix_seconds: i64,
    /// Its title, discreet on a lock screen.
    pub title: String,
    /// Its words, as discreet.
    pub body: String,
    /// The route a tap on it opens.
    pub route: String,
    /// The name of the phone's notification channel for reminders.
    pub channel: String,
}

/// What the parent chose.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Settings {
    /// Weeks between regular reminders; 0 for none.
    pub every_weeks: u32,
    /// A reminder a week before each holiday season.
    pub before_holidays: bool,
    /// A reminder the day after a child's new device.
    pub new_device: bool,
    /// The day regular reminders count from.
    pub since: Option<Date>,
}

impl Settings {
    /// The settings as saved; anything unreadable counts as off.
    pub fn read(saved: &HashMap<String, String>) -> Settings {
        let on = |key: &str| saved.get(key).is_some_and(|value| value == "on");
        Settings {
            every_weeks: saved
                .get(EVERY_WEEKS)
                .and_then(|weeks| weeks.parse().ok())
                .filter(|weeks| WEEKS.contains(weeks))
                .unwrap_or(0),
            before_holidays: on(BEFORE_HOLIDAYS),
            new_device: on(NEW_DEVICE),
            since: saved.get(SINCE).and_then(|day| Date::parse(day)),
        }
    }

    /// Whether every reminder is off.
    pub fn is_off(&self) -> bool {
        self.every_weeks == 0 && !self.before_holidays && !self.new_device
    }
}

/// Which rule a reminder comes from; when two fall at once, the first kind here wins, as its
/// words fit the moment better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Kind {
    /// The day after a child's new device.
    NewDevice,
    /// A week before a holiday season.
    Holidays,
    /// Every few weeks.
    Regular,
}

/// A reminder due on `day`, at `at` seconds since the Unix epoch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Due {
    /// The rule it comes from.
    pub kind: Kind,
    /// The family's date it falls on.
    pub day: Date,
    /// When, in seconds since the Unix epoch.
    pub at: i64,
}

/// What the next reminder depends on besides the settings.
pub(crate) struct Plan<'a> {
    /// What the parent chose.
    pub settings: Settings,
    /// The last day the family recorded a talk, if any.
    pub last_talk: Option<Date>,
    /// When each holiday season runs where the family lives.
    pub holidays: Vec<&'a DayRange>,
    /// The days a new device was marked, one per child.
    pub devices: Vec<Date>,
}

/// The first reminder after `now`, or `None` while reminders are off.
pub(crate) fn next_due(plan: &Plan, now: Now) -> Option<Due> {
    let settings = plan.settings;
    if settings.is_off() {
        return None;
    }
    let today = now.today();
    let due = |kind, day: Date| Due {
        kind,
        day,
        at: day
            .start_unix_seconds(now.offset_minutes)
            .saturating_add(HOUR * 3600),
    };
    let mut candidates = Vec::new();
    if settings.every_weeks > 0 {
        // Counted from the later of turning them on and the last talk: a talk resets the wait.
        let anchor = [settings.since, plan.last_talk]
            .into_iter()
            .flatten()
            .max()
            .unwrap_or(today);
        let period = i64::from(settings.every_weeks) * 7;
        let mut periods = anchor.days_until(today).div_euclid(period).max(1);
        loop {
            let next = due(Kind::Regular, anchor.add_days(periods * period));
            if next.at > now.unix_seconds {
                candidates.push(next);
                break;
            }
            periods += 1;
        }
    }
    if settings.before_holidays {
        let (year, _, _) = today.ymd();
        for range in &plan.holidays {
            let first = [year, year + 1]
                .into_iter()
                .filter_map(|year| range.start_in(year))
                .map(|start| due(Kind::Holidays, start.add_days(-DAYS_BEFORE_HOLIDAYS)))
                .find(|next| next.at > now.unix_seconds);
            candidates.extend(first);
        }
    }
    if settings.new_device {
        candidates.extend(
            plan.devices
                .iter()
                .map(|day| due(Kind::NewDevice, day.add_days(1)))
                .filter(|next| next.at > now.unix_seconds),
        );
    }
    candidates.into_iter().min_by_key(|due| (due.at, due.kind))
}

/// What the next reminder depends on, as the view shows it.
pub(crate) fn plan<'a>(view: &View<'a>) -> Plan<'a> {
    let recorded = view.recorded;
    let talks = recorded.talks.iter().map(|talk| talk.day.as_str());
    let marked = recorded
        .starters
        .values()
        .filter_map(|state| state.talked_on.as_deref());
    let hemisphere = view.region.hemisphere;
    Plan {
        settings: Settings::read(&recorded.settings),
        last_talk: talks.chain(marked).filter_map(Date::parse).max(),
        holidays: view
            .pack()
            .parent
            .seasons
            .iter()
            .filter(|season| season.moments.contains(&Moment::Holidays))
            .map(|season| season.range(hemisphere))
            .collect(),
        devices: recorded
            .children
            .iter()
            .filter_map(|child| child.new_device_on.as_deref().and_then(Date::parse))
            .collect(),
    }
}

/// The next reminder, in the view's language, or `None` while reminders are off.
pub(crate) fn next(view: &View) -> Option<Reminder> {
    let due = next_due(&plan(view), view.now)?;
    let strings = &view.strings().reminders;
    let body = match due.kind {
        Kind::Regular => &strings.regular_body,
        Kind::Holidays => &strings.holidays_body,
        Kind::NewDevice => &strings.device_body,
    };
    Some(Reminder {
        date: due.day.to_string(),
        at_unix_seconds: due.at,
        title: strings.reminder_title.clone(),
        body: body.clone(),
        route: Route::Parent {
            age: None,
            moment: None,
        }
        .to_string(),
        channel: strings.channel.clone(),
    })
}

/// The reminders screen: how often, before the holidays, after a new device, and when the
/// next one is due.
pub(crate) fn page(view: &View) -> Page {
    let strings = &view.strings().reminders;
    let settings = Settings::read(&view.recorded.settings);
    let set = |every_weeks, before_holidays, new_device| {
        Action::apply(Event::SetReminders {
            every_weeks,
            before_holidays,
            new_device,
        })
    };
    let option = |label: &str, selected: bool, action: Action| ChoiceOption {
        label: label.to_owned(),
        selected,
        action,
    };
    let every_labels = [&strings.every_2, &strings.every_4, &strings.every_8];
    let mut every = vec![option(
        &strings.off,
        settings.every_weeks == 0,
        set(0, settings.before_holidays, settings.new_device),
    )];
    every.extend(WEEKS.into_iter().zip(every_labels).map(|(weeks, label)| {
        option(
            label,
            settings.every_weeks == weeks,
            set(weeks, settings.before_holidays, settings.new_device),
        )
    }));
    let on_off = |label: &str, current: bool, choose: &dyn Fn(bool) -> Action| Block::Choice {
        label: label.to_owned(),
        options: vec![
            option(&strings.off, !current, choose(false)),
            option(&strings.on, current, choose(true)),
        ],
    };
    let mut blocks = vec![
        Block::Paragraph {
            text: strings.intro.clone(),
        },
        Block::Paragraph {
            text: match next(view) {
                Some(reminder) => fill(&strings.next, &[("date", &reminder.date)]),
                None if settings.is_off() => strings.none.clone(),
                None => strings.waiting.clone(),
            },
        },
        Block::Choice {
            label: strings.every_label.clone(),
            options: every,
        },
        on_off(&strings.holidays_label, settings.before_holidays, &|on| {
            set(settings.every_weeks, on, settings.new_device)
        }),
        on_off(&strings.device_label, settings.new_device, &|on| {
            set(settings.every_weeks, settings.before_holidays, on)
        }),
    ];
    if settings.new_device {
        blocks.push(Block::Heading {
            text: strings.device_heading.clone(),
        });
        let known = children::known(view);
        if known.is_empty() {
            blocks.push(Block::Paragraph {
                text: strings.device_none.clone(),
            });
        } else {
            let items = known
                .iter()
                .map(|child| {
                    let id = child.child.id;
                    let name = child.name.as_str();
                    match &child.child.new_device_on {
                        Some(day) => ActionItem::plain(
                            &fill(&strings.device_undo, &[("name", name), ("date", day)]),
                            Action::apply(Event::MarkNewDevice {
                                child: id,
                                marked: false,
                            }),
                        ),
                        None => ActionItem::plain(
                            &fill(&strings.device_mark, &[("name", name)]),
                            Action::apply(Event::MarkNewDevice {
                                child: id,
                                marked: true,
                            }),
                        ),
                    }
                })
                .collect();
            blocks.push(Block::buttons(items));
        }
    }
    Page {
        title: strings.title.clone(),
        blocks,
    }
}

#[cfg(test)]
#[path = "reminders_tests.rs"]
mod tests;
