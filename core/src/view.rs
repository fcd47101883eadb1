//! What every feature needs to build a screen: the content in the user's language and region,
//! what the user recorded, and helpers for the blocks that carry facts.

use crate::catalog::{Catalog, Content};
use crate::screen::{Action, ActionItem, Block, SourceItem};
use crate::store::Recorded;
use openline_model::date::Date;
use openline_model::formats::dial_digits;
use openline_model::pack::{Channel, ChannelKind, Pack, Region, Source, TextMessage};
use openline_model::strings::{Strings, fill};

/// The context a screen is built in.
pub(crate) struct View<'a> {
    /// The content in the user's language.
    pub content: Content<'a>,
    /// The content as shipped, with the languages it offers.
    pub catalog: &'a Catalog,
    /// The user's region, in the user's language.
    pub region: &'a Region,
    /// The language shown: `en`, or a translation's tag.
    pub language: &'a str,
    /// What the user recorded.
    pub recorded: &'a Recorded,
    /// What home needs to tell the user about this device.
    pub notices: Notices,
    /// Today, in the family's own time zone.
    pub today: Date,
    /// This moment, and the family's offset from UTC: for reminders, which fall at an hour.
    pub now: Now,
}

/// One reading of the clock, with the family's offset from UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Now {
    /// Seconds since the Unix epoch.
    pub unix_seconds: i64,
    /// Minutes the family's clocks are ahead of UTC.
    pub offset_minutes: i32,
}

impl Now {
    /// The family's date at this moment.
    pub fn today(self) -> Date {
        Date::at(self.unix_seconds, self.offset_minutes)
    }
}

/// What home tells the user about the saved data and the content on this device.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Notices {
    /// Saved data could not be used when the app opened, so it started afresh.
    pub recovered: bool,
    /// A downloaded update was damaged, so the built-in content is in use until it comes
    /// again.
    pub update_refused: bool,
}

impl<'a> View<'a> {
    /// A view of `catalog` in `language` for the region with code `region`, or the `INTL`
    /// fallback when the content lacks it; `None` when the content has no regions at all.
    pub fn new(
        catalog: &'a Catalog,
        language: &'a str,
        region: &str,
        recorded: &'a Recorded,
        notices: Notices,
        now: Now,
    ) -> Option<View<'a>> {
        let content = catalog.content(language);
        let region = content.region(region).or_else(|| content.region("INTL"))?;
        Some(View {
            content,
            catalog,
            region,
            language,
            recorded,
            notices,
            today: now.today(),
            now,
        })
    }

    /// The pack in the user's language.
    pub fn pack(&self) -> &'a Pack {
        self.content.pack
    }

    /// The interface strings in the user's language.
    pub fn strings(&self) -> &'a Strings {
        &self.content.pack.strings
    }

    /// The region's channels of one kind, in order.
    pub fn channels(&self, kind: ChannelKind) -> impl Iterator<Item = &'a Channel> {
        self.region
            .channels
            .iter()
            .filter(move |channel| channel.kind == kind)
    }

    /// One button per way to reach a channel: call, text, then open its page.
    pub fn channel_actions(&self, channel: &'a Channel) -> Vec<ActionItem> {
        let report = &self.strings().report;
        let name = channel.name.as_str();
        let detail = channel.detail.as_str();
        let mut items = Vec::new();
        if let Some(number) = &channel.call {
            items.push(ActionItem {
                label: fill(&report.call, &[("name", name)]),
                // The label says who; the number is said once, by the label or the detail.
                detail: Some(if says(name, number) || says(detail, number) {
                    detail.to_owned()
                } else {
                    join_detail(number, detail)
                }),
                action: Action::Call {
                    number: dial_digits(number),
                },
                sources: channel.sources.clone(),
            });
        }
        if let Some(text) = self.text_line(channel) {
            let values = [
                ("name", name),
                ("body", text.body.as_str()),
                ("number", text.number.as_str()),
            ];
            // A keyword answered only in English says so on a screen in another language.
            let answered_elsewhere = text
                .language
                .as_deref()
                .is_some_and(|language| language != self.language);
            let label = if answered_elsewhere {
                &report.text_in_english
            } else {
                &report.text
            };
            items.push(ActionItem {
                label: fill(label, &values),
                // The label names the keyword and number, so the detail names the service,
                // unless its name says the number again.
                detail: if says(name, &text.number) {
                    (items.is_empty() && !detail.is_empty()).then(|| detail.to_owned())
                } else if items.is_empty() {
                    Some(join_detail(name, detail))
                } else {
                    Some(name.to_owned())
                },
                action: Action::SendText {
                    number: dial_digits(&text.number),
                    body: text.body.clone(),
                },
                sources: channel.sources.clone(),
            });
        }
        if let Some(url) = &channel.web {
            let shown = url.trim_start_matches("https://").trim_end_matches('/');
            items.push(ActionItem {
                label: fill(&report.open, &[("name", name)]),
                detail: Some(if items.is_empty() {
                    join_detail(shown, detail)
                } else {
                    shown.to_owned()
                }),
                action: Action::OpenUrl { url: url.clone() },
                sources: channel.sources.clone(),
            });
        }
        items
    }

    /// The text line a channel offers on this screen: its keyword for the screen's
    /// language if the service gives one, else its main keyword, if any.
    fn text_line(&self, channel: &'a Channel) -> Option<&'a TextMessage> {
        channel
            .other_texts
            .iter()
            .find(|text| text.language.as_deref() == Some(self.language))
            .or(channel.text.as_ref())
    }

    /// How a source is cited on screen: a copy on another site says so.
    pub fn citation(&self, source: &Source) -> String {
        if source.secondary {
            let copy = &self.strings().sources.copy;
            fill(copy, &[("citation", &source.citation)])
        } else {
            source.citation.clone()
        }
    }

    /// The sources block for the given ids, with the reviewed date of the facts citing them.
    pub fn sources_block<'i>(
        &self,
        ids: impl IntoIterator<Item = &'i String>,
        reviewed: &str,
    ) -> Block {
        let mut unique: Vec<&String> = ids.into_iter().collect();
        unique.sort_unstable_by(|a, b| natural_order(a, b));
        unique.dedup();
        let strings = &self.strings().sources;
        let checked = fill(&strings.reviewed, &[("date", reviewed)]);
        let items = unique
            .into_iter()
            .filter_map(|id| self.content.source(id))
            .map(|source| SourceItem {
                id: source.id.clone(),
                citation: self.citation(source),
                reviewed: Some(checked.clone()),
            })
            .collect();
        Block::Sources {
            title: strings.title.clone(),
            items,
        }
    }
}

/// Whether `words` say `number`, however it is spaced: "0900 8844" says 0900-8844.
fn says(words: &str, number: &str) -> bool {
    let digits = dial_digits(number);
    let squeezed: String = words.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    !digits.is_empty() && squeezed.contains(digits.trim_start_matches('+'))
}

fn join_detail(contact: &str, detail: &str) -> String {
    if detail.is_empty() {
        contact.to_owned()
    } else {
        format!("{contact}. {detail}")
    }
}

/// Numeric ids in number order (`2` before `10`), others after, alphabetically.
fn natural_order(a: &str, b: &str) -> std::cmp::Ordering {
    match (a.parse::<u32>(), b.parse::<u32>()) {
        (Ok(x), Ok(y)) => x.cmp(&y),
        (Ok(_), Err(_)) => std::cmp::Ordering::Less,
        (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
        (Err(_), Err(_)) => a.cmp(b),
    }
}
