//! What every feature needs to build a screen: the content in the user's language and region,
//! what the user recorded, and helpers for the blocks that carry facts.

use crate::catalog::Catalog;
use crate::screen::{Action, ActionItem, Block, SourceItem};
use crate::store::Recorded;
use openline_model::formats::dial_digits;
use openline_model::pack::{Channel, ChannelKind, Platform, Region, Translation};

/// The context a screen is built in.
pub(crate) struct View<'a> {
    /// The content in use.
    pub catalog: &'a Catalog,
    /// The user's region.
    pub region: &'a Region,
    /// The language shown: `en`, or a translation's tag.
    pub language: &'a str,
    /// What the user recorded.
    pub recorded: &'a Recorded,
    /// Why saved data had to start afresh at open, if it did.
    pub recovered: Option<&'a str>,
    translation: Option<&'a Translation>,
}

impl<'a> View<'a> {
    /// A view of `catalog` for one region and language.
    pub fn new(
        catalog: &'a Catalog,
        region: &'a Region,
        language: &'a str,
        recorded: &'a Recorded,
        recovered: Option<&'a str>,
    ) -> View<'a> {
        View {
            catalog,
            region,
            language,
            recorded,
            recovered,
            translation: catalog.translation(language),
        }
    }

    /// Content text in the user's language: the translation under the key `key` makes, or the
    /// English. The key is only built when there is a translation, keeping English renders
    /// free of allocations for keys.
    pub fn tr<'s, K: AsRef<str>>(&'s self, key: impl FnOnce() -> K, english: &'s str) -> &'s str {
        self.translation
            .and_then(|translation| translation.text.get(key().as_ref()))
            .map_or(english, String::as_str)
    }

    /// An interface string by key, in the user's language.
    pub fn s(&self, key: &str) -> String {
        let english = self
            .catalog
            .pack()
            .strings
            .get(key)
            .map_or(key, String::as_str);
        self.tr(|| key, english).to_owned()
    }

    /// An interface string with `{name}` placeholders filled in.
    pub fn fill(&self, key: &str, values: &[(&str, &str)]) -> String {
        values.iter().fold(self.s(key), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
    }

    /// The region's channels of one kind, in order.
    pub fn channels(&self, kind: ChannelKind) -> impl Iterator<Item = &'a Channel> {
        self.region
            .channels
            .iter()
            .filter(move |channel| channel.kind == kind)
    }

    /// The label for a kind of channel, such as "Helplines for young people".
    pub fn kind_label(&self, kind: ChannelKind) -> String {
        self.s(&format!("channel.{}", kind.slug()))
    }

    /// A region's name in the user's language.
    pub fn region_name(&self, region: &'a Region) -> &str {
        self.tr(|| openline_model::keys::region(&region.code), &region.name)
    }

    /// A platform's name in the user's language.
    pub fn platform_name(&self, platform: &'a Platform) -> &str {
        self.tr(
            || openline_model::keys::platform_name(&platform.id),
            &platform.name,
        )
    }

    /// A channel's name in the user's language.
    pub fn channel_name(&self, channel: &'a Channel) -> &str {
        self.tr(
            || openline_model::keys::channel(&channel.id, "name"),
            &channel.name,
        )
    }

    /// One button per way to reach a channel: call, text, then open its page.
    pub fn channel_actions(&self, channel: &'a Channel) -> Vec<ActionItem> {
        let name = self.channel_name(channel);
        let detail = self.tr(
            || openline_model::keys::channel(&channel.id, "detail"),
            &channel.detail,
        );
        let mut items = Vec::new();
        if let Some(number) = &channel.call {
            items.push(ActionItem {
                label: self.fill("report.call", &[("name", name)]),
                detail: Some(join_detail(number, detail)),
                action: Action::Call {
                    number: dial_digits(number),
                },
                sources: channel.sources.clone(),
            });
        }
        if let Some(text) = &channel.text {
            let values = [
                ("name", name),
                ("body", text.body.as_str()),
                ("number", text.number.as_str()),
            ];
            items.push(ActionItem {
                label: self.fill("report.text", &values),
                // The label names the keyword and number, so the detail names the service.
                detail: Some(if items.is_empty() {
                    join_detail(name, detail)
                } else {
                    name.to_owned()
                }),
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
                label: self.fill("report.open", &[("name", name)]),
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

    /// The sources block for the given ids, with the reviewed date of the facts citing them.
    pub fn sources_block<'i>(
        &self,
        ids: impl IntoIterator<Item = &'i String>,
        reviewed: &str,
    ) -> Block {
        let mut unique: Vec<&String> = ids.into_iter().collect();
        unique.sort_unstable_by(|a, b| natural_order(a, b));
        unique.dedup();
        let checked = self.fill("sources.reviewed", &[("date", reviewed)]);
        let items = unique
            .into_iter()
            .filter_map(|id| self.catalog.source(id))
            .map(|source| SourceItem {
                id: source.id.clone(),
                citation: source.citation.clone(),
                reviewed: Some(checked.clone()),
            })
            .collect();
        Block::Sources {
            title: self.s("sources.title"),
            items,
        }
    }
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
