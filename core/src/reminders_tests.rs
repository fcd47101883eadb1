use super::*;

fn day(text: &str) -> Date {
    Date::parse(text).expect("a valid date")
}

fn range(from: &str, to: &str) -> DayRange {
    DayRange {
        from: from.into(),
        to: to.into(),
    }
}

/// The moment `HH:MM` on `date` where clocks are `offset` minutes ahead of UTC.
fn at(date: &str, hour: i64, minute: i64, offset: i32) -> Now {
    Now {
        unix_seconds: day(date).start_unix_seconds(offset) + hour * 3600 + minute * 60,
        offset_minutes: offset,
    }
}

fn every(weeks: u32, since: &str) -> Settings {
    Settings {
        every_weeks: weeks,
        since: Some(day(since)),
        ..Settings::default()
    }
}

fn plan(settings: Settings) -> Plan<'static> {
    Plan {
        settings,
        last_talk: None,
        holidays: Vec::new(),
        devices: Vec::new(),
    }
}

#[test]
fn reminders_are_off_until_one_is_chosen() {
    let off = Settings::read(&HashMap::new());
    assert!(off.is_off());
    assert_eq!(next_due(&plan(off), at("2026-12-03", 9, 0, 0)), None);
    let mut saved = HashMap::new();
    saved.insert(EVERY_WEEKS.to_owned(), "3".to_owned());
    assert!(
        Settings::read(&saved).is_off(),
        "an interval no one can choose counts as off"
    );
}

#[test]
fn every_four_weeks_falls_at_six_in_the_evening_in_the_family_s_own_time() {
    for offset in [-720, -300, 0, 60, 330, 840] {
        let due = next_due(
            &plan(every(4, "2026-12-03")),
            at("2026-12-03", 9, 0, offset),
        )
        .expect("a reminder");
        assert_eq!(due.day, day("2026-12-31"), "offset {offset}");
        assert_eq!(due.at, at("2026-12-31", 18, 0, offset).unix_seconds);
        assert_eq!(due.kind, Kind::Regular);
    }
    // The same instant is a different moment of the day in each place: 18:00 in Kiritimati
    // (+14:00) comes 26 hours before 18:00 on Baker Island (-12:00).
    let east = next_due(&plan(every(2, "2026-12-03")), at("2026-12-03", 9, 0, 840));
    let west = next_due(&plan(every(2, "2026-12-03")), at("2026-12-03", 9, 0, -720));
    let (east, west) = (east.expect("a reminder"), west.expect("a reminder"));
    assert_eq!(west.at - east.at, 26 * 3600);
}

#[test]
fn a_missed_reminder_moves_on_a_whole_period_not_a_day() {
    // Due 2026-12-17 at 18:00; at 18:00 exactly it is shown, so the next one is two weeks on.
    let settings = every(2, "2026-12-03");
    let before = next_due(&plan(settings), at("2026-12-17", 17, 59, 0)).expect("a reminder");
    assert_eq!(before.day, day("2026-12-17"));
    let after = next_due(&plan(settings), at("2026-12-17", 18, 0, 0)).expect("a reminder");
    assert_eq!(after.day, day("2026-12-31"));
    let months_later = next_due(&plan(settings), at("2027-03-01", 12, 0, 0)).expect("a reminder");
    assert_eq!(months_later.day, day("2027-03-11"));
    assert_eq!(day("2026-12-03").days_until(months_later.day) % 14, 0);
}

#[test]
fn periods_cross_month_ends_and_leap_days() {
    let cases = [
        // From the last day of January, four weeks is the last day of February.
        (4, "2027-01-31", "2027-02-28"),
        (4, "2028-01-31", "2028-02-28"),
        (2, "2028-02-15", "2028-02-29"),
        (2, "2027-02-15", "2027-03-01"),
        (8, "2026-11-30", "2027-01-25"),
        (2, "2026-12-25", "2027-01-08"),
        (4, "2100-02-01", "2100-03-01"),
    ];
    for (weeks, since, expected) in cases {
        let due = next_due(&plan(every(weeks, since)), at(since, 20, 0, 0)).expect("a reminder");
        assert_eq!(due.day, day(expected), "every {weeks} weeks from {since}");
    }
}

#[test]
fn the_family_s_date_decides_near_midnight_at_a_month_end() {
    // 2027-01-31 23:30 UTC is already 1 February in Paris and still the afternoon of 31 January in Los Angeles.
    let instant = at("2027-01-31", 23, 30, 0).unix_seconds;
    let paris = Now {
        unix_seconds: instant,
        offset_minutes: 60,
    };
    let los_angeles = Now {
        unix_seconds: instant,
        offset_minutes: -480,
    };
    let settings = every(2, "2027-01-17");
    // 18:00 on the 31st is past in Paris, so the next is two weeks on; not yet in LA.
    let in_paris = next_due(&plan(settings), paris).expect("a reminder");
    let in_los_angeles = next_due(&plan(settings), los_angeles).expect("a reminder");
    assert_eq!(in_paris.day, day("2027-02-14"));
    assert_eq!(
        in_los_angeles.day,
        day("2027-01-31"),
        "18:00 is still to come"
    );
}

#[test]
fn a_talk_restarts_the_wait() {
    let mut talked = plan(every(4, "2026-12-03"));
    talked.last_talk = Some(day("2026-12-20"));
    let due = next_due(&talked, at("2026-12-21", 9, 0, 0)).expect("a reminder");
    assert_eq!(due.day, day("2027-01-17"));
    // A talk recorded before reminders were turned on changes nothing.
    talked.last_talk = Some(day("2026-11-01"));
    let due = next_due(&talked, at("2026-12-21", 9, 0, 0)).expect("a reminder");
    assert_eq!(due.day, day("2026-12-31"));
}

#[test]
fn a_week_before_each_holiday_season_and_over_the_new_year() {
    let summer = range("07-01", "08-31");
    let winter = range("11-20", "01-31");
    let new_year = range("01-03", "01-20");
    let due_with = |ranges: &[&DayRange], date: &str, hour| {
        let mut holidays = plan(Settings {
            before_holidays: true,
            ..Settings::default()
        });
        holidays.holidays = ranges.to_vec();
        next_due(&holidays, at(date, hour, 0, 0))
            .map(|due| (due.kind, due.day.to_string()))
            .expect("a reminder")
    };
    let due = |date: &str, hour| due_with(&[&summer, &winter, &new_year], date, hour);
    assert_eq!(due("2026-03-10", 9), (Kind::Holidays, "2026-06-24".into()));
    assert_eq!(due("2026-06-24", 18), (Kind::Holidays, "2026-11-13".into()));
    assert_eq!(due("2026-11-13", 19), (Kind::Holidays, "2026-12-27".into()));
    assert_eq!(due("2026-12-28", 9), (Kind::Holidays, "2027-06-24".into()));
    // A season starting on 1 March falls back a week into February: one day later in a leap year.
    let march = range("03-01", "03-31");
    assert_eq!(due_with(&[&march], "2027-01-10", 9).1, "2027-02-22");
    assert_eq!(due_with(&[&march], "2028-01-10", 9).1, "2028-02-23");
    let leap_day = range("02-29", "03-10");
    assert_eq!(due_with(&[&leap_day], "2028-01-10", 9).1, "2028-02-22");
    assert_eq!(
        due_with(&[&leap_day], "2027-01-10", 9).1,
        "2027-02-22",
        "1 March, less a week"
    );
}

#[test]
fn the_day_after_a_new_device_and_its_words_win_a_tie() {
    let mut plan = plan(Settings {
        every_weeks: 2,
        new_device: true,
        since: Some(day("2026-12-03")),
        ..Settings::default()
    });
    plan.devices = vec![day("2026-12-16"), day("2026-11-01")];
    let due = next_due(&plan, at("2026-12-16", 12, 0, 0)).expect("a reminder");
    assert_eq!((due.kind, due.day), (Kind::NewDevice, day("2026-12-17")));
    let later = next_due(&plan, at("2026-12-17", 18, 30, 0)).expect("a reminder");
    assert_eq!((later.kind, later.day), (Kind::Regular, day("2026-12-31")));
    plan.settings.new_device = false;
    let without = next_due(&plan, at("2026-12-16", 12, 0, 0)).expect("a reminder");
    assert_eq!(without.kind, Kind::Regular);
}
