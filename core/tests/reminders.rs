//! Gentle reminders through the core's API, as a shell sees them: off by default, chosen on
//! the reminders screen, saved, seen by a second instance and after a reopen, dated in the
//! family's own time, in discreet words in every language.

use openline_core::{Action, Block, Clock, Config, Event, OpenLine, Screen};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

/// 2026-12-03 09:00 UTC.
const THURSDAY_MORNING: i64 = 1_796_288_400;
const DAY: i64 = 86_400;

fn open(dir: &std::path::Path, offset_minutes: i32, clock: Clock) -> Arc<OpenLine> {
    let config = Config {
        utc_offset_minutes: offset_minutes,
        region: Some("GB".into()),
        ..Config::new(dir.to_string_lossy(), "en-GB")
    };
    OpenLine::open_with_clock(config, clock).expect("opens")
}

/// The event of the option labelled `label` in the choice labelled `choice`.
fn option(screen: &Screen, choice: &str, label: &str) -> Event {
    screen
        .blocks
        .iter()
        .find_map(|block| match block {
            Block::Choice {
                label: shown,
                options,
            } if shown == choice => options.iter().find(|o| o.label == label),
            _ => None,
        })
        .and_then(|option| match &option.action {
            Action::Apply { event } => Some(event.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no option {label:?} in {choice:?}"))
}

fn paragraphs(screen: &Screen) -> Vec<String> {
    screen
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Paragraph { text } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn off_by_default_then_chosen_on_the_screen_saved_and_seen_by_another_instance() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = Clock::fixed(THURSDAY_MORNING);
    let app = open(dir.path(), 0, clock.clone());
    let worker = open(dir.path(), 0, clock.clone());
    assert_eq!(app.next_reminder().expect("asks"), None);
    let parent = app.screen("parent".into()).expect("renders");
    let link = parent
        .blocks
        .iter()
        .find_map(|block| match block {
            Block::Links { items } => items.iter().find(|l| l.route == "parent/reminders"),
            _ => None,
        })
        .expect("the parent screen links to reminders");
    assert_eq!(link.label, "Reminders to talk");

    let screen = app.screen("parent/reminders".into()).expect("renders");
    assert!(paragraphs(&screen).contains(&"Reminders are off.".to_owned()));
    let every_four = option(&screen, "Remind me", "Every 4 weeks");
    let screen = app
        .apply(every_four, "parent/reminders".into())
        .expect("saves");
    assert!(
        paragraphs(&screen).contains(&"Next reminder: 2026-12-31.".to_owned()),
        "{:?}",
        paragraphs(&screen)
    );
    let reminder = worker
        .next_reminder()
        .expect("asks")
        .expect("another instance sees reminders on");
    assert_eq!(reminder.date, "2026-12-31");
    assert_eq!(
        reminder.at_unix_seconds,
        THURSDAY_MORNING + 28 * DAY + 9 * 3600
    );
    assert_eq!(reminder.title, "A good moment for a chat?");
    assert_eq!(reminder.route, "parent");
    drop((app, worker));

    let reopened = open(dir.path(), 0, clock);
    let screen = reopened.screen("parent/reminders".into()).expect("renders");
    let holidays = option(&screen, "A week before the holidays", "On");
    let screen = reopened
        .apply(holidays, "parent/reminders".into())
        .expect("saves");
    // The interval kept its start; the summer holidays are far, so four weeks still wins.
    assert_eq!(
        reopened.next_reminder().expect("asks").map(|r| r.date),
        Some("2026-12-31".into())
    );
    let off = option(&screen, "Remind me", "Off");
    let screen = reopened
        .apply(off, "parent/reminders".into())
        .expect("saves");
    let holidays_off = option(&screen, "A week before the holidays", "Off");
    reopened
        .apply(holidays_off, "parent/reminders".into())
        .expect("saves");
    assert_eq!(reopened.next_reminder().expect("asks"), None);
}

#[test]
fn a_new_device_brings_a_reminder_the_next_evening_and_can_be_undone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let now = Arc::new(AtomicI64::new(THURSDAY_MORNING));
    let seen = now.clone();
    let clock = Clock::from_fn(move || seen.load(Ordering::SeqCst));
    // Sydney in summer, eleven hours ahead: its Thursday evening is Thursday 07:00 UTC.
    let core = open(dir.path(), 660, clock);
    core.apply(
        Event::AddChild {
            age: "11-13".into(),
            nickname: Some("Sam".into()),
        },
        "parent/children".into(),
    )
    .expect("adds");
    let screen = core
        .apply(
            Event::SetReminders {
                every_weeks: 0,
                before_holidays: false,
                new_device: true,
            },
            "parent/reminders".into(),
        )
        .expect("saves");
    assert_eq!(core.next_reminder().expect("asks"), None);
    assert!(
        paragraphs(&screen)
            .iter()
            .any(|text| text.starts_with("Nothing is due yet."))
    );
    let mark = screen
        .action_items()
        .find(|item| item.label == "Sam got a new device")
        .expect("a button to mark Sam's new device")
        .action
        .clone();
    let Action::Apply { event } = mark else {
        panic!("marking is an event")
    };
    let screen = core.apply(event, "parent/reminders".into()).expect("marks");
    let reminder = core.next_reminder().expect("asks").expect("a reminder");
    // 09:00 UTC is 20:00 in Sydney on the 3rd; the reminder is 18:00 there on the 4th.
    assert_eq!(reminder.date, "2026-12-04");
    assert_eq!(reminder.at_unix_seconds, THURSDAY_MORNING + 22 * 3600);
    assert!(reminder.body.contains("new at home"));
    now.store(reminder.at_unix_seconds, Ordering::SeqCst);
    assert_eq!(
        core.next_reminder().expect("asks"),
        None,
        "shown, so none is left"
    );
    let undo = screen
        .action_items()
        .find(|item| item.label == "Undo: new device for Sam on 2026-12-03")
        .expect("an undo button");
    assert!(matches!(
        undo.action,
        Action::Apply {
            event: Event::MarkNewDevice { marked: false, .. }
        }
    ));
}

#[test]
fn bad_intervals_and_unknown_children_change_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let core = open(dir.path(), 0, Clock::fixed(THURSDAY_MORNING));
    let three = Event::SetReminders {
        every_weeks: 3,
        before_holidays: true,
        new_device: false,
    };
    let err = core
        .apply(three, "parent/reminders".into())
        .expect_err("3 weeks is not on offer");
    assert!(err.to_string().contains("2, 4, 8"), "{err}");
    assert_eq!(core.next_reminder().expect("asks"), None);
    let nobody = Event::MarkNewDevice {
        child: 41,
        marked: true,
    };
    assert!(core.apply(nobody, "parent/reminders".into()).is_err());
}

#[test]
fn every_language_keeps_the_words_discreet() {
    for tag in ["en", "es", "fr"] {
        let dir = tempfile::tempdir().expect("temp dir");
        let core = open(dir.path(), 0, Clock::fixed(THURSDAY_MORNING));
        core.apply(Event::SetLanguage { tag: tag.into() }, "settings".into())
            .expect("sets the language");
        core.apply(
            Event::SetReminders {
                every_weeks: 2,
                before_holidays: true,
                new_device: true,
            },
            "parent/reminders".into(),
        )
        .expect("saves");
        let reminder = core.next_reminder().expect("asks").expect("a reminder");
        let words =
            format!("{} {} {}", reminder.title, reminder.body, reminder.channel).to_lowercase();
        for telling in [
            "sextort", "sexto", "nude", "desnud", "abuse", "abus", "openline",
        ] {
            assert!(!words.contains(telling), "{tag}: {words}");
        }
        if tag != "en" {
            assert_ne!(
                reminder.title, "A good moment for a chat?",
                "{tag} is translated"
            );
        }
    }
}

#[test]
fn the_calendar_repeats_the_schedule_from_today_in_the_region_s_hemisphere() {
    let dir = tempfile::tempdir().expect("temp dir");
    let core = open(dir.path(), 60, Clock::fixed(THURSDAY_MORNING));
    let ics = core
        .reminder_calendar(4, true)
        .expect("builds")
        .expect("a calendar");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(
        ics.contains(
            "DTSTART:20261231T180000\r\nDURATION:PT15M\r\nRRULE:FREQ=WEEKLY;INTERVAL=4\r\n"
        )
    );
    // In the UK, a week before the summer holidays (1 July) and the new-device season
    // (20 November, already past this year): each once a year.
    assert!(ics.contains("DTSTART:20270624T180000\r\n"), "{ics}");
    assert!(ics.contains("DTSTART:20271113T180000\r\n"), "{ics}");
    assert_eq!(ics.matches("RRULE:FREQ=YEARLY\r\n").count(), 2);
    assert_eq!(
        ics.matches("SUMMARY:A good moment for a chat?\r\n").count(),
        3
    );
    assert!(!ics.to_lowercase().contains("sextort"));
    assert_eq!(core.reminder_calendar(0, false).expect("answers"), None);
    assert!(core.reminder_calendar(3, false).is_err());

    core.apply(Event::SetRegion { code: "AU".into() }, "settings".into())
        .expect("sets the region");
    let south = core
        .reminder_calendar(0, true)
        .expect("builds")
        .expect("a calendar");
    assert!(
        south.contains("DTSTART:20261208T180000\r\n"),
        "a week before the southern summer holidays: {south}"
    );
    assert!(!south.contains("FREQ=WEEKLY"));
}
