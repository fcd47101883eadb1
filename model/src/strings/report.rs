//! The strings of the report hub, a platform's screen, and the kinds of channel.

use crate::pack::ChannelKind;

strings_area! {
    /// The report hub, and the buttons of every channel.
    pub struct ReportStrings {
        /// The screen's title.
        title,
        /// The heading over the region's channels; `{region}` is filled in.
        channels_heading,
        /// The heading over the platforms.
        platforms_heading,
        /// What to do first, above the platforms.
        platforms_intro,
        /// A call button; `{name}` is filled in.
        call,
        /// A text button; `{body}` and `{number}` are filled in.
        text,
        /// A text button whose keyword is answered in English, on a screen in another
        /// language; `{body}` and `{number}` are filled in.
        text_in_english,
        /// A web button; `{name}` is filled in.
        open,
    }
}

strings_area! {
    /// How to report on one platform.
    pub struct PlatformStrings {
        /// The heading over the platform's help pages.
        help_heading,
        /// The heading over the steps to report.
        report_heading,
        /// The heading over the steps to block.
        block_heading,
        /// The heading over the notes.
        notes_heading,
        /// The title of the callout about evidence.
        evidence_title,
        /// What to save, and what never to save.
        evidence_text,
        /// The link back to the region's channels.
        channels_link,
    }
}

strings_area! {
    /// The names of the kinds of channel, as headings on the report hub.
    pub struct ChannelStrings {
        /// Emergency services.
        emergency,
        /// Police, not an emergency.
        police,
        /// Reporting exploitation.
        exploitation,
        /// Getting images taken down.
        takedown,
        /// Helplines for young people.
        teen_helpline = "teen-helpline",
        /// Helplines for parents and adults.
        parent_helpline = "parent-helpline",
    }
}

impl ChannelStrings {
    /// The name of a kind of channel.
    pub fn kind(&self, kind: ChannelKind) -> &str {
        match kind {
            ChannelKind::Emergency => &self.emergency,
            ChannelKind::Police => &self.police,
            ChannelKind::Exploitation => &self.exploitation,
            ChannelKind::Takedown => &self.takedown,
            ChannelKind::TeenHelpline => &self.teen_helpline,
            ChannelKind::ParentHelpline => &self.parent_helpline,
        }
    }
}
