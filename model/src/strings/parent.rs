//! The strings of the parents' starters and their cards, and the names of the filters.

use crate::pack::{AgeBand, Moment};

strings_area! {
    /// The list of conversation starters.
    pub struct ParentStrings {
        /// The screen's title.
        title,
        /// The heading of the age filter.
        age_heading,
        /// The heading of the moment filter.
        moment_heading,
        /// The option of a filter that filters nothing.
        all,
        /// The heading over the starters; `{count}` is filled in.
        starters_heading,
        /// When no starter matches the filters.
        none,
        /// The saved starters: the link to them and their screen's title.
        saved,
        /// When nothing is saved yet.
        saved_none,
        /// The link to the disclosure guide.
        disclosure,
        /// Under it: what it holds.
        disclosure_detail,
        /// The link to the warning signs.
        signs,
        /// Under it: what they are.
        signs_detail,
        /// The heading over the tips.
        tips_heading,
    }
}

strings_area! {
    /// A starter's card and screen.
    pub struct StarterStrings {
        /// The starter screen's title.
        title,
        /// The button that saves a starter.
        save,
        /// The button on a saved starter, which removes it.
        unsave,
        /// The button that records today as the day the family talked.
        mark_talked,
        /// The button on a starter talked about; `{date}` is filled in.
        unmark_talked,
        /// The button that shares the opener.
        share,
        /// The heading over the follow-ups.
        followups,
        /// The heading over what a worrying answer sounds like.
        worry,
    }
}

strings_area! {
    /// The names of the age bands.
    pub struct AgeStrings {
        /// Ages 8 to 10.
        from_8_to_10 = "8-10",
        /// Ages 11 to 13.
        from_11_to_13 = "11-13",
        /// Ages 14 to 17.
        from_14_to_17 = "14-17",
    }
}

impl AgeStrings {
    /// The name of an age band.
    pub fn label(&self, band: AgeBand) -> &str {
        match band {
            AgeBand::Age8To10 => &self.from_8_to_10,
            AgeBand::Age11To13 => &self.from_11_to_13,
            AgeBand::Age14To17 => &self.from_14_to_17,
        }
    }
}

strings_area! {
    /// The names of the moments a conversation fits.
    pub struct MomentStrings {
        /// A new phone or device.
        new_device = "new-device",
        /// Holidays and gifts.
        holidays,
        /// After a news story.
        news_story = "news-story",
        /// A routine check-in.
        check_in = "check-in",
        /// After something worrying.
        after_worry = "after-worry",
        /// A new app or game.
        new_app = "new-app",
    }
}

impl MomentStrings {
    /// The name of a moment.
    pub fn label(&self, moment: Moment) -> &str {
        match moment {
            Moment::NewDevice => &self.new_device,
            Moment::Holidays => &self.holidays,
            Moment::NewsStory => &self.news_story,
            Moment::CheckIn => &self.check_in,
            Moment::AfterWorry => &self.after_worry,
            Moment::NewApp => &self.new_app,
        }
    }
}
