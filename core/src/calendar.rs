//! The reminders as an iCalendar file (RFC 5545) with repeat rules, for a calendar to remind
//! the parent without OpenLine running: the web offers it as a download.
//!
//! Times are floating (no time zone), so each reminder falls at 18:00 wherever the calendar
//! is; a holiday reminder repeats on the same day each year.

use crate::reminders::{Kind, Plan, Settings, next_due};
use crate::view::View;
use openline_model::date::Date;
use std::fmt::Write;

/// Where the events' ids live: any unique domain-like name will do.
const UID_DOMAIN: &str = "reminders.openline.invalid";

/// The calendar of the reminders `every_weeks` (0 for none) and `before_holidays` would
/// give, counted from today; `None` when neither is chosen.
pub(crate) fn calendar(view: &View, every_weeks: u32, before_holidays: bool) -> Option<String> {
    let strings = &view.strings().reminders;
    let today = view.now.today();
    let base = crate::reminders::plan(view);
    let mut events = Vec::new();
    if every_weeks > 0 {
        let plan = Plan {
            settings: Settings {
                every_weeks,
                since: Some(today),
                ..Settings::default()
            },
            last_talk: None,
            holidays: Vec::new(),
            devices: Vec::new(),
        };
        if let Some(due) = next_due(&plan, view.now) {
            events.push(Event {
                uid: format!("every-{every_weeks}-weeks"),
                start: due.day,
                rule: format!("FREQ=WEEKLY;INTERVAL={every_weeks}"),
                body: &strings.regular_body,
            });
        }
    }
    if before_holidays {
        for (index, range) in base.holidays.iter().enumerate() {
            let plan = Plan {
                settings: Settings {
                    before_holidays: true,
                    ..Settings::default()
                },
                last_talk: None,
                holidays: vec![range],
                devices: Vec::new(),
            };
            if let Some(due) = next_due(&plan, view.now).filter(|due| due.kind == Kind::Holidays) {
                events.push(Event {
                    uid: format!("holidays-{}", index + 1),
                    start: due.day,
                    rule: "FREQ=YEARLY".to_owned(),
                    body: &strings.holidays_body,
                });
            }
        }
    }
    if events.is_empty() {
        return None;
    }
    let stamp = stamp(view.now.unix_seconds);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//OpenLine//Reminders//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
    ];
    for event in events {
        let start = compact(event.start);
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}@{UID_DOMAIN}", event.uid),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART:{start}T{:02}0000", crate::reminders::HOUR),
            "DURATION:PT15M".to_owned(),
            format!("RRULE:{}", event.rule),
            format!("SUMMARY:{}", text(&strings.reminder_title)),
            format!("DESCRIPTION:{}", text(event.body)),
            "TRANSP:TRANSPARENT".to_owned(),
            "BEGIN:VALARM".to_owned(),
            "ACTION:DISPLAY".to_owned(),
            "TRIGGER:PT0M".to_owned(),
            format!("DESCRIPTION:{}", text(&strings.reminder_title)),
            "END:VALARM".to_owned(),
            "END:VEVENT".to_owned(),
        ]);
    }
    lines.push("END:VCALENDAR".to_owned());
    let mut out = String::new();
    for line in lines {
        out.push_str(&folded(&line));
    }
    Some(out)
}

/// One repeating event.
struct Event<'a> {
    uid: String,
    start: Date,
    rule: String,
    body: &'a str,
}

/// `YYYYMMDD`.
fn compact(day: Date) -> String {
    let (year, month, day) = day.ymd();
    format!("{year:04}{month:02}{day:02}")
}

/// The moment as a UTC date-time, `YYYYMMDDTHHMMSSZ`.
fn stamp(unix_seconds: i64) -> String {
    let day = Date::at(unix_seconds, 0);
    let seconds = unix_seconds.rem_euclid(86_400);
    format!(
        "{}T{:02}{:02}{:02}Z",
        compact(day),
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

/// A TEXT value escaped (RFC 5545 3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line ended by CRLF, folded so that no line is longer than 75 octets, never
/// inside a character (RFC 5545 3.1).
fn folded(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    let _ = write!(out, "\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let line = format!("DESCRIPTION:{}", "é".repeat(60));
        let out = folded(&line);
        assert!(out.ends_with("\r\n"));
        for part in out.trim_end_matches("\r\n").split("\r\n") {
            assert!(part.len() <= 75, "{part:?}");
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
    }

    #[test]
    fn text_values_escape_what_the_format_reserves() {
        assert_eq!(text("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }

    #[test]
    fn stamps_are_utc_date_times() {
        assert_eq!(stamp(1_796_288_400), "20261203T090000Z");
        assert_eq!(stamp(0), "19700101T000000Z");
    }
}
