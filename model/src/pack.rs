//! The content pack: every fact, step and starter OpenLine shows, as one serde value.
//!
//! The same shape is authored as TOML under `content/`, embedded in the core as JSON, and
//! shipped as signed update packs.

use crate::guide::{DisclosureGroup, SelfHarm};
use crate::seasons::{Hemisphere, Season};
use crate::strings::Strings;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The whole content: what the core embeds and what an update pack carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    /// Content version; only ever increases.
    pub version: u64,
    /// Every source cited anywhere in the pack.
    pub sources: Vec<Source>,
    /// The organisations whose own sites primary sources are on.
    pub organisations: Vec<Organisation>,
    /// Regions with their reporting channels; the one with code `INTL` is the fallback.
    pub regions: Vec<Region>,
    /// Platforms and how to report on them.
    pub platforms: Vec<Platform>,
    /// The emergency plan for teens.
    pub teen: Teen,
    /// Conversation starters, the disclosure guide and warning signs.
    pub parent: Parent,
    /// Interface strings in English, by area.
    pub strings: Strings,
    /// Translations by language tag (`es`, `fr`).
    #[serde(default)]
    pub translations: BTreeMap<String, Translation>,
}

/// A public page that backs facts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Short id cited by facts: a descriptive slug such as `"take-it-down-faq"`.
    pub id: String,
    /// The page as read, its address first without the scheme
    /// (`www.nspcc.org.uk/keeping-children-safe/...`), then any note.
    pub citation: String,
    /// True when the page is a copy on another site (news, a school, a mirror), not the
    /// responsible organisation's own; the app labels it as a copy.
    #[serde(default)]
    pub secondary: bool,
}

/// An organisation whose own pages the content cites, with the sites it runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Its name, such as `NSPCC and Childline`.
    pub name: String,
    /// Hosts it runs, such as `nspcc.org.uk`; each covers its subdomains.
    pub sites: Vec<String>,
}

/// A country (or the international fallback) and its reporting channels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// ISO 3166-1 alpha-2 code, or `INTL` for the fallback.
    pub code: String,
    /// Name in English.
    pub name: String,
    /// Date (YYYY-MM-DD) the region's facts were last checked against their sources.
    pub reviewed: String,
    /// Country calling code without `+`, used to check numbers; empty for the fallback.
    #[serde(default)]
    pub calling_code: String,
    /// Which half of the world it is in, for the seasons.
    #[serde(default, skip_serializing_if = "Hemisphere::is_north")]
    pub hemisphere: Hemisphere,
    /// The channels, in the order they are shown.
    pub channels: Vec<Channel>,
}

/// What a channel is for; decides where it is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChannelKind {
    /// Emergency services: danger now.
    Emergency,
    /// Police, not an emergency.
    Police,
    /// National reporting of child sexual exploitation.
    Exploitation,
    /// Services that help get images taken down.
    Takedown,
    /// Helplines for young people.
    TeenHelpline,
    /// Helplines for parents and adults.
    ParentHelpline,
}

impl ChannelKind {
    /// Every kind, in the order the report hub shows them.
    pub const ALL: [ChannelKind; 6] = [
        ChannelKind::Emergency,
        ChannelKind::Police,
        ChannelKind::Exploitation,
        ChannelKind::Takedown,
        ChannelKind::TeenHelpline,
        ChannelKind::ParentHelpline,
    ];

    /// The form used in content and string keys: `teen-helpline`.
    pub fn slug(self) -> &'static str {
        match self {
            ChannelKind::Emergency => "emergency",
            ChannelKind::Police => "police",
            ChannelKind::Exploitation => "exploitation",
            ChannelKind::Takedown => "takedown",
            ChannelKind::TeenHelpline => "teen-helpline",
            ChannelKind::ParentHelpline => "parent-helpline",
        }
    }
}

/// One place to get help: a number to call, a number to text, or a page to open.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    /// Unique id across the pack, such as `gb-childline`.
    pub id: String,
    /// What the channel is for.
    pub kind: ChannelKind,
    /// The service's name.
    pub name: String,
    /// One or two plain sentences: what it does, who it is for, when it is open.
    #[serde(default)]
    pub detail: String,
    /// A number to call, in E.164 (`+44...`) or a short national number (`999`).
    #[serde(default)]
    pub call: Option<String>,
    /// A number to text, with the body to fill in.
    #[serde(default)]
    pub text: Option<TextMessage>,
    /// The same text line's keywords for other languages, such as Crisis Text Line's
    /// `AYUDA` for Spanish; a screen in that language offers it instead of `text`.
    #[serde(default)]
    pub other_texts: Vec<TextMessage>,
    /// A page to open; always `https`.
    #[serde(default)]
    pub web: Option<String>,
    /// A crisis line, whose sources say it answers someone who may hurt themselves.
    #[serde(default, skip_serializing_if = "is_false")]
    pub crisis: bool,
    /// Source ids backing this channel.
    pub sources: Vec<String>,
}

fn is_false(value: &bool) -> bool {
    !value
}

/// A text message to send: the number and the keyword or body to fill in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextMessage {
    /// Short code or number.
    pub number: String,
    /// The body to fill in, such as a keyword.
    pub body: String,
    /// The language the people who answer speak, when the service says (`en`, `es`); a
    /// screen in another language says so next to the keyword.
    #[serde(default)]
    pub language: Option<String>,
}

/// A platform and the ways to report and block on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Platform {
    /// Route slug, such as `instagram`.
    pub id: String,
    /// The platform's name.
    pub name: String,
    /// Date (YYYY-MM-DD) the entry was last checked.
    pub reviewed: String,
    /// Official help pages.
    pub help: Vec<HelpPage>,
    /// In-app steps to report, in order.
    pub report: Vec<String>,
    /// In-app steps to block, in order.
    #[serde(default)]
    pub block: Vec<String>,
    /// Extra notes worth knowing (anonymity, timing).
    #[serde(default)]
    pub notes: Vec<String>,
    /// Source ids backing the entry.
    pub sources: Vec<String>,
}

/// A help page on a platform's own site.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpPage {
    /// What the page is for.
    pub label: String,
    /// Its `https` address.
    pub url: String,
}

/// The teen emergency plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Teen {
    /// The first words a teen reads.
    pub intro_title: String,
    /// Relief before rules: not in trouble, not their fault, fixable.
    pub intro: String,
    /// Sources for the intro's claims.
    pub intro_sources: Vec<String>,
    /// What to do if they are in danger now; shown before the steps, with the emergency
    /// number and the region's helpline for young people.
    pub danger: String,
    /// The same for a region with no helpline for young people, which must not promise one.
    pub danger_without_helpline: String,
    /// The steps, in order.
    pub steps: Vec<TeenStep>,
}

/// One step of the teen plan: one action, then at most a short why or how.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeenStep {
    /// Stable id, used for saved progress.
    pub id: String,
    /// The action, first: "Don't pay."
    pub title: String,
    /// At most two short sentences.
    pub body: String,
    /// The one-tap action for this step, if one fits.
    #[serde(default)]
    pub action: Option<StepAction>,
    /// Whether the step is one of the few shown first, under "Right now".
    #[serde(default)]
    pub now: bool,
    /// Source ids backing the advice.
    pub sources: Vec<String>,
}

/// A step's action: a route in the app, or a channel of the region.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepAction {
    /// Button label.
    pub label: String,
    /// Route to open, such as `report`.
    #[serde(default)]
    pub route: Option<String>,
    /// Kinds of channel in order of preference: the region's first channel of the first kind
    /// it has is used.
    #[serde(default)]
    pub channels: Vec<ChannelKind>,
}

/// Parent content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Parent {
    /// Short introduction on the parent screen.
    pub intro: String,
    /// Conversation starters.
    pub starters: Vec<Starter>,
    /// How to respond if a child tells you something, in order, each in its group.
    pub disclosure: Vec<Advice>,
    /// What to do if they may hurt themselves, shown before the disclosure guide.
    pub self_harm: SelfHarm,
    /// Signs that something may be wrong.
    pub warning_signs: Vec<Advice>,
    /// General tips for talking.
    pub tips: Vec<Advice>,
    /// Times of year whose starters are suggested first.
    pub seasons: Vec<Season>,
}

impl Parent {
    /// Every point of advice: the disclosure guide, then warning signs, then tips.
    pub fn advice(&self) -> impl Iterator<Item = &Advice> + Clone {
        self.disclosure
            .iter()
            .chain(&self.warning_signs)
            .chain(&self.tips)
    }
}

/// An age band for starters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AgeBand {
    /// 8 to 10.
    #[serde(rename = "8-10")]
    Age8To10,
    /// 11 to 13.
    #[serde(rename = "11-13")]
    Age11To13,
    /// 14 to 17.
    #[serde(rename = "14-17")]
    Age14To17,
}

impl AgeBand {
    /// Every band, youngest first.
    pub const ALL: [AgeBand; 3] = [AgeBand::Age8To10, AgeBand::Age11To13, AgeBand::Age14To17];

    /// The form used in routes and content: `8-10`.
    pub fn slug(self) -> &'static str {
        match self {
            AgeBand::Age8To10 => "8-10",
            AgeBand::Age11To13 => "11-13",
            AgeBand::Age14To17 => "14-17",
        }
    }

    /// Parses the route form.
    pub fn from_slug(slug: &str) -> Option<AgeBand> {
        AgeBand::ALL.into_iter().find(|band| band.slug() == slug)
    }
}

/// The moment a conversation fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Moment {
    /// A new phone, tablet or console.
    NewDevice,
    /// Holidays and gifts.
    Holidays,
    /// After a story in the news.
    NewsStory,
    /// An ordinary check-in.
    CheckIn,
    /// After something worrying happened.
    AfterWorry,
    /// Starting a new app or game.
    NewApp,
}

impl Moment {
    /// Every moment, in display order.
    pub const ALL: [Moment; 6] = [
        Moment::NewDevice,
        Moment::Holidays,
        Moment::NewsStory,
        Moment::CheckIn,
        Moment::AfterWorry,
        Moment::NewApp,
    ];

    /// The form used in routes and content: `new-device`.
    pub fn slug(self) -> &'static str {
        match self {
            Moment::NewDevice => "new-device",
            Moment::Holidays => "holidays",
            Moment::NewsStory => "news-story",
            Moment::CheckIn => "check-in",
            Moment::AfterWorry => "after-worry",
            Moment::NewApp => "new-app",
        }
    }

    /// Parses the route form.
    pub fn from_slug(slug: &str) -> Option<Moment> {
        Moment::ALL.into_iter().find(|moment| moment.slug() == slug)
    }
}

/// A conversation starter for parents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Starter {
    /// Stable id, used in routes and saved state.
    pub id: String,
    /// Age bands it fits.
    pub ages: Vec<AgeBand>,
    /// Moments it fits.
    pub moments: Vec<Moment>,
    /// An open question, one or two sentences.
    pub opener: String,
    /// Two or three follow-ups, each one step deeper.
    pub followups: Vec<String>,
    /// What a worrying answer sounds like, and what to do next.
    pub worry: String,
    /// Source ids backing the approach.
    pub sources: Vec<String>,
}

/// A point of advice with its sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advice {
    /// Stable id, used as the translation key.
    pub id: String,
    /// The advice, short and plain.
    pub text: String,
    /// Source ids backing it.
    pub sources: Vec<String>,
    /// The part of the disclosure guide it is in; disclosure advice only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<DisclosureGroup>,
    /// The regions it is for, by code; empty for every region.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<String>,
}

impl Advice {
    /// Whether it is shown in the region with `code`.
    pub fn applies_in(&self, code: &str) -> bool {
        self.regions.is_empty() || self.regions.iter().any(|region| region == code)
    }
}

/// A translation of the pack's text into one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// The language's own name for itself, such as `Español`.
    pub name: String,
    /// Review status shown on About, such as awaiting review by a native speaker.
    pub status: String,
    /// Translated text by key; missing keys fall back to English.
    pub text: BTreeMap<String, String>,
}

#[cfg(test)]
#[path = "pack_tests.rs"]
mod tests;
