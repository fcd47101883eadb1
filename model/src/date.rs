//! Calendar dates as `YYYY-MM-DD`, without a date library: enough for reviewed dates and
//! "we talked about this" days.

/// A day in the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Days since 1970-01-01.
    days: i64,
}

impl Date {
    /// The day it is at `unix_seconds` where clocks are `offset_minutes` ahead of UTC
    /// (negative west of Greenwich). One reading of a clock gives one day, so a date taken at
    /// midnight is never a day off.
    pub fn at(unix_seconds: i64, offset_minutes: i32) -> Date {
        let local = unix_seconds.saturating_add(i64::from(offset_minutes) * 60);
        Date {
            days: local.div_euclid(86_400),
        }
    }

    /// Parses `YYYY-MM-DD`, refusing impossible days such as 2026-02-30.
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let year: i64 = text.get(0..4)?.parse().ok()?;
        let month: u32 = text.get(5..7)?.parse().ok()?;
        let day: u32 = text.get(8..10)?.parse().ok()?;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            days: days_from_civil(year, month, day),
        })
    }

    /// Whole days from `self` to `later`.
    pub fn days_until(self, later: Date) -> i64 {
        later.days - self.days
    }

    /// The day `days` after this one (before it, when negative).
    pub fn add_days(self, days: i64) -> Date {
        Date {
            days: self.days.saturating_add(days),
        }
    }

    /// The year, month (1 to 12) and day of the month.
    pub fn ymd(self) -> (i64, u32, u32) {
        civil_from_days(self.days)
    }

    /// The month and day, for dates that recur each year.
    pub fn month_day(self) -> (u32, u32) {
        let (_, month, day) = self.ymd();
        (month, day)
    }

    /// The day, when `year`, `month` and `day` name one.
    pub fn from_ymd(year: i64, month: u32, day: u32) -> Option<Date> {
        ((1..=12).contains(&month) && day != 0 && day <= days_in_month(year, month)).then(|| Date {
            days: days_from_civil(year, month, day),
        })
    }

    /// Seconds since the Unix epoch at the start of this day where clocks are
    /// `offset_minutes` ahead of UTC.
    pub fn start_unix_seconds(self, offset_minutes: i32) -> i64 {
        self.days
            .saturating_mul(86_400)
            .saturating_sub(i64::from(offset_minutes) * 60)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (year, month, day) = civil_from_days(self.days);
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's days_from_civil and civil_from_days, for the proleptic Gregorian calendar.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year =
        (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_across_leap_years_and_eras() {
        for text in [
            "1970-01-01",
            "2000-02-29",
            "2024-12-31",
            "2026-11-29",
            "1999-03-01",
        ] {
            let date = Date::parse(text).expect("valid date");
            assert_eq!(date.to_string(), text);
        }
    }

    #[test]
    fn refuses_impossible_and_malformed_days() {
        for text in [
            "2026-02-30",
            "2025-02-29",
            "2026-13-01",
            "2026-1-01",
            "26-01-01x",
            "",
        ] {
            assert_eq!(Date::parse(text), None, "{text}");
        }
    }

    #[test]
    fn the_local_date_follows_the_offset() {
        // 2026-11-29 23:59:59 UTC: already the 30th east of Greenwich.
        let last_second = 1_795_996_799;
        let day = |offset| Date::at(last_second, offset).to_string();
        assert_eq!(day(0), "2026-11-29");
        assert_eq!(day(1), "2026-11-30");
        assert_eq!(day(14 * 60), "2026-11-30");
        assert_eq!(day(-12 * 60), "2026-11-29");
        assert_eq!(Date::at(last_second + 1, 0).to_string(), "2026-11-30");
        assert_eq!(Date::at(0, -1).to_string(), "1969-12-31");
        assert_eq!(
            Date::at(i64::MAX, 840),
            Date::at(i64::MAX, 0),
            "never overflows"
        );
    }

    #[test]
    fn counts_days_between_dates() {
        let start = Date::parse("2025-11-29").expect("valid");
        let end = Date::parse("2026-11-29").expect("valid");
        assert_eq!(start.days_until(end), 365);
    }
}
