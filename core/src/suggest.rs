//! A starter for now, for one child: one that fits their age, that the family has not talked
//! about in this round, and that fits the time of year where they live.
//!
//! Every fitting starter comes up once before any comes up again. Within a round, starters
//! for a season that is on now come first, then everyday ones; starters meant for after a
//! worry or a news story are left out while others remain, as they need their moment.

use openline_model::date::Date;
use openline_model::pack::{AgeBand, Moment, Pack, Starter};
use openline_model::seasons::{Hemisphere, Season};
use std::collections::HashMap;

/// The starter suggested for one child, and why.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Suggestion<'a> {
    /// The starter.
    pub starter: &'a Starter,
    /// The season it fits, if one is on now and it fits it.
    pub season: Option<&'a Season>,
    /// Whether every fitting starter has been talked about at least once.
    pub round_done: bool,
}

/// The seasons on at `today` in `hemisphere`.
pub(crate) fn seasons_on(pack: &Pack, hemisphere: Hemisphere, today: Date) -> Vec<&Season> {
    pack.parent
        .seasons
        .iter()
        .filter(|season| season.contains(hemisphere, today))
        .collect()
}

/// The starter to suggest for a child of `age`, given the starters already talked about
/// with them, oldest first; `None` only when the content has no starter for the age.
pub(crate) fn suggest<'a>(
    pack: &'a Pack,
    age: AgeBand,
    talked: &[&str],
    seasons: &[&'a Season],
) -> Option<Suggestion<'a>> {
    let fitting: Vec<&Starter> = pack
        .parent
        .starters
        .iter()
        .filter(|starter| starter.ages.contains(&age))
        .collect();
    let everyday: Vec<&Starter> = fitting
        .iter()
        .copied()
        .filter(|starter| !needs_its_moment(starter))
        .collect();
    let pool = if everyday.is_empty() {
        fitting
    } else {
        everyday
    };
    let mut times: HashMap<&str, usize> = HashMap::new();
    let mut last: HashMap<&str, usize> = HashMap::new();
    for (position, id) in talked.iter().enumerate() {
        *times.entry(id).or_default() += 1;
        last.insert(id, position);
    }
    let season_of = |starter: &Starter| {
        seasons
            .iter()
            .copied()
            .find(|season| season.moments.iter().any(|m| starter.moments.contains(m)))
    };
    let round_done = pool
        .iter()
        .all(|starter| times.contains_key(starter.id.as_str()));
    let chosen = pool
        .iter()
        .copied()
        .enumerate()
        .min_by_key(|(index, starter)| {
            let id = starter.id.as_str();
            (
                times.get(id).copied().unwrap_or(0),
                season_of(starter).is_none(),
                // Among starters talked about as often, the longest ago first.
                last.get(id).map_or(-1, |&position| position as i64),
                *index,
            )
        })?
        .1;
    Some(Suggestion {
        starter: chosen,
        season: season_of(chosen),
        round_done,
    })
}

/// Whether a starter fits only after a worry or a news story, not any day.
fn needs_its_moment(starter: &Starter) -> bool {
    starter
        .moments
        .iter()
        .all(|moment| matches!(moment, Moment::AfterWorry | Moment::NewsStory))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::embedded_pack;

    fn day(text: &str) -> Date {
        Date::parse(text).expect("a valid date")
    }

    #[test]
    fn no_starter_comes_up_twice_until_every_one_has() {
        let pack = embedded_pack().expect("the embedded content loads");
        let seasons = seasons_on(&pack, Hemisphere::North, day("2026-06-10"));
        let mut talked: Vec<String> = Vec::new();
        let fitting = pack
            .parent
            .starters
            .iter()
            .filter(|s| s.ages.contains(&AgeBand::Age11To13) && !needs_its_moment(s))
            .count();
        assert!(fitting > 3, "the content has starters for 11-13");
        for round in 0..fitting {
            let ids: Vec<&str> = talked.iter().map(String::as_str).collect();
            let next = suggest(&pack, AgeBand::Age11To13, &ids, &seasons).expect("a starter");
            assert!(next.starter.ages.contains(&AgeBand::Age11To13));
            assert!(
                !ids.contains(&next.starter.id.as_str()),
                "repeated in round {round}"
            );
            assert!(!next.round_done);
            talked.push(next.starter.id.clone());
        }
        let ids: Vec<&str> = talked.iter().map(String::as_str).collect();
        let again = suggest(&pack, AgeBand::Age11To13, &ids, &seasons).expect("a starter");
        assert!(again.round_done);
        assert_eq!(
            again.starter.id, talked[0],
            "the second round starts with the oldest"
        );
    }

    #[test]
    fn the_new_device_season_leads_in_december_in_both_hemispheres() {
        let pack = embedded_pack().expect("the embedded content loads");
        for hemisphere in [Hemisphere::North, Hemisphere::South] {
            let seasons = seasons_on(&pack, hemisphere, day("2026-12-02"));
            assert!(
                seasons.iter().any(|s| s.id == "new-device"),
                "{hemisphere:?}"
            );
            let next = suggest(&pack, AgeBand::Age14To17, &[], &seasons).expect("a starter");
            let season = next.season.expect("a starter for the season");
            assert!(
                season
                    .moments
                    .iter()
                    .any(|m| next.starter.moments.contains(m))
            );
        }
        let south_summer = seasons_on(&pack, Hemisphere::South, day("2027-01-10"));
        let north_winter = seasons_on(&pack, Hemisphere::North, day("2027-01-10"));
        assert!(south_summer.iter().any(|s| s.id == "summer-holidays"));
        assert!(!north_winter.iter().any(|s| s.id == "summer-holidays"));
        let north_september = seasons_on(&pack, Hemisphere::North, day("2026-09-05"));
        assert!(north_september.iter().any(|s| s.id == "back-to-school"));
        assert!(seasons_on(&pack, Hemisphere::South, day("2026-09-05")).is_empty());
    }

    #[test]
    fn out_of_season_the_first_everyday_starter_comes_first() {
        let pack = embedded_pack().expect("the embedded content loads");
        let next = suggest(&pack, AgeBand::Age8To10, &[], &[]).expect("a starter");
        let first = pack
            .parent
            .starters
            .iter()
            .find(|s| s.ages.contains(&AgeBand::Age8To10) && !needs_its_moment(s))
            .expect("an everyday starter for 8-10");
        assert_eq!(next.starter.id, first.id);
        assert_eq!(next.season, None);
    }
}
