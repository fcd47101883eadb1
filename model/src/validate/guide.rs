//! The checks of the parent guide's structure: every disclosure point in one of the three
//! groups and each group used, advice kept to regions that exist, the self-harm line sourced,
//! and each season a real range of days with a source or an honest editorial note.

use super::{Checker, Place};
use crate::guide::DisclosureGroup;
use crate::pack::Pack;

impl Checker<'_> {
    pub(super) fn guide(&mut self, pack: &Pack) {
        let parent = &pack.parent;
        let place = Place::Parent;
        for item in &parent.disclosure {
            if item.group.is_none() {
                let message = format!("\"{}\" needs a group of the disclosure guide", item.id);
                self.error(&place, Some(&item.id), message);
            }
        }
        for group in DisclosureGroup::ALL {
            if !parent
                .disclosure
                .iter()
                .any(|item| item.group == Some(group))
            {
                let message = format!("the disclosure guide has nothing in {group:?}");
                self.error(&place, None, message);
            }
        }
        for item in parent.warning_signs.iter().chain(&parent.tips) {
            if item.group.is_some() {
                let message = format!("\"{}\" is not disclosure advice, so has no group", item.id);
                self.error(&place, Some(&item.id), message);
            }
        }
        for item in parent.advice() {
            for code in &item.regions {
                if !pack.regions.iter().any(|region| region.code == *code) {
                    let message = format!(
                        "\"{}\" is for region {code}, which is not in the content",
                        item.id
                    );
                    self.error(&place, Some(&item.id), message);
                }
            }
        }
        let self_harm = &parent.self_harm;
        self.cited(&place, "self_harm", &self_harm.sources);
        self.text(&place, "self_harm", "text", &self_harm.text);
        self.text(
            &place,
            "self_harm",
            "emergency_only",
            &self_harm.emergency_only,
        );
        self.seasons(pack);
    }

    fn seasons(&mut self, pack: &Pack) {
        let place = Place::Parent;
        let seasons = &pack.parent.seasons;
        self.unique(&place, "season", seasons.iter().map(|s| s.id.as_str()));
        for season in seasons {
            let id = season.id.as_str();
            self.text(&place, id, "label", &season.label);
            if season.moments.is_empty() {
                self.error(
                    &place,
                    Some(id),
                    format!("season \"{id}\" favours no moment"),
                );
            }
            for range in [&season.north, &season.south] {
                if !range.is_valid() {
                    let message = format!(
                        "season \"{id}\" runs from \"{}\" to \"{}\": both must be MM-DD days",
                        range.from, range.to
                    );
                    self.error(&place, Some(id), message);
                }
            }
            let editorial = season.editorial.as_deref().map(str::trim);
            match (season.sources.is_empty(), editorial) {
                (true, None | Some("")) => {
                    let message =
                        format!("season \"{id}\" cites no source and gives no editorial reason");
                    self.error(&place, Some(id), message);
                }
                (false, Some(_)) => {
                    let message = format!("season \"{id}\" cites sources, so it is not editorial");
                    self.error(&place, Some(id), message);
                }
                (false, None) => self.cited(&place, id, &season.sources),
                (true, Some(_)) => {}
            }
        }
    }
}
