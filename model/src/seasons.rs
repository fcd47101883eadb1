//! The times of year a conversation fits, as content: each season names the moments it
//! favours and when it runs in each hemisphere, so a content pack can move or add one.

use crate::date::Date;
use crate::pack::Moment;
use serde::{Deserialize, Serialize};

/// Which half of the world a region is in: it decides when its seasons fall.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Hemisphere {
    /// North of the equator, and the fallback.
    #[default]
    North,
    /// South of the equator: Australia, New Zealand.
    South,
}

impl Hemisphere {
    /// Whether this is the default, so that regions in the north need not say so.
    pub fn is_north(&self) -> bool {
        *self == Hemisphere::North
    }
}

/// A time of year whose starters the core suggests first while it lasts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Season {
    /// Stable id, such as `new-device`.
    pub id: String,
    /// Its name, shown next to a starter suggested for it.
    pub label: String,
    /// The moments whose starters fit it.
    pub moments: Vec<Moment>,
    /// When it runs north of the equator.
    pub north: DayRange,
    /// When it runs south of the equator.
    pub south: DayRange,
    /// Source ids for the season; empty only for an editorial rule.
    #[serde(default)]
    pub sources: Vec<String>,
    /// Why a season with no source is kept: the content's own judgement, said plainly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub editorial: Option<String>,
}

impl Season {
    /// When the season runs in `hemisphere`.
    pub fn range(&self, hemisphere: Hemisphere) -> &DayRange {
        match hemisphere {
            Hemisphere::North => &self.north,
            Hemisphere::South => &self.south,
        }
    }

    /// Whether `day` falls in the season in `hemisphere`.
    pub fn contains(&self, hemisphere: Hemisphere, day: Date) -> bool {
        self.range(hemisphere).contains(day)
    }
}

/// Days of the year from `from` to `to`, both `MM-DD` and both included; a range whose end
/// comes before its start runs over the new year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DayRange {
    /// The first day, `MM-DD`.
    pub from: String,
    /// The last day, `MM-DD`.
    pub to: String,
}

impl DayRange {
    /// Whether both ends are real days of the year (`02-29` allowed).
    pub fn is_valid(&self) -> bool {
        month_day(&self.from).is_some() && month_day(&self.to).is_some()
    }

    /// The range's first day in `year`: `02-29` falls on `03-01` in a year without it.
    /// `None` for a range that is not valid.
    pub fn start_in(&self, year: i64) -> Option<Date> {
        let (month, day) = month_day(&self.from)?;
        Date::from_ymd(year, month, day).or_else(|| Date::from_ymd(year, month + 1, 1))
    }

    /// Whether `day` falls in the range; `false` for a range that is not valid.
    pub fn contains(&self, day: Date) -> bool {
        let (Some(from), Some(to)) = (month_day(&self.from), month_day(&self.to)) else {
            return false;
        };
        let today = day.month_day();
        if from <= to {
            from <= today && today <= to
        } else {
            today >= from || today <= to
        }
    }
}

/// `MM-DD` as (month, day), when it is a day some year has.
fn month_day(text: &str) -> Option<(u32, u32)> {
    let (month, day) = text.split_once('-')?;
    if month.len() != 2 || day.len() != 2 {
        return None;
    }
    let (month, day): (u32, u32) = (month.parse().ok()?, day.parse().ok()?);
    // A leap year has every day any year has.
    Date::parse(&format!("2024-{month:02}-{day:02}")).map(|_| (month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(from: &str, to: &str) -> DayRange {
        DayRange {
            from: from.into(),
            to: to.into(),
        }
    }

    fn day(text: &str) -> Date {
        Date::parse(text).expect("a valid date")
    }

    #[test]
    fn a_range_over_the_new_year_holds_both_ends() {
        let winter = range("11-20", "01-31");
        assert!(winter.contains(day("2026-11-20")));
        assert!(winter.contains(day("2026-12-31")));
        assert!(winter.contains(day("2027-01-01")));
        assert!(winter.contains(day("2027-01-31")));
        assert!(!winter.contains(day("2027-02-01")));
        assert!(!winter.contains(day("2026-11-19")));
        assert!(!winter.contains(day("2026-07-15")));
    }

    #[test]
    fn a_range_within_the_year_holds_only_its_days() {
        let summer = range("07-01", "08-31");
        assert!(summer.contains(day("2026-07-01")));
        assert!(summer.contains(day("2026-08-31")));
        assert!(!summer.contains(day("2026-09-01")));
        assert!(!summer.contains(day("2026-06-30")));
        assert!(range("02-29", "03-01").contains(day("2028-02-29")));
    }

    #[test]
    fn a_range_starts_on_its_first_day_and_on_march_first_without_a_leap_day() {
        assert_eq!(
            range("11-20", "01-31").start_in(2026),
            Some(day("2026-11-20"))
        );
        assert_eq!(
            range("02-29", "03-10").start_in(2028),
            Some(day("2028-02-29"))
        );
        assert_eq!(
            range("02-29", "03-10").start_in(2027),
            Some(day("2027-03-01"))
        );
        assert_eq!(range("02-30", "03-10").start_in(2028), None);
    }

    #[test]
    fn impossible_days_are_refused() {
        assert!(range("11-20", "01-31").is_valid());
        assert!(range("02-29", "03-01").is_valid());
        for bad in [
            range("02-30", "03-01"),
            range("13-01", "01-01"),
            range("1-01", "01-02"),
        ] {
            assert!(!bad.is_valid(), "{bad:?}");
            assert!(!bad.contains(day("2026-01-01")));
        }
    }
}
