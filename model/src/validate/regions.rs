//! The checks of regions and their channels: the kinds every region needs, valid numbers
//! and addresses, one name per number, and the take-down services that work everywhere.

use super::{Checker, Place};
use crate::date::Date;
use crate::formats::{check_number, dial_digits, is_short_code, is_slug};
use crate::pack::{Channel, ChannelKind, Pack, Region};
use std::collections::{HashMap, HashSet};

/// The code of the fallback region, for everywhere else.
const FALLBACK: &str = "INTL";

/// `en`, `es`, `fr`: two or three lowercase letters.
fn is_language_tag(tag: &str) -> bool {
    (2..=3).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_lowercase())
}

impl Checker<'_> {
    pub(super) fn regions(&mut self, pack: &Pack, today: Option<Date>) {
        if !pack.regions.iter().any(|region| region.code == FALLBACK) {
            self.error(
                &Place::Pack,
                None,
                "there is no INTL fallback region".into(),
            );
        }
        let mut codes = HashSet::new();
        let mut channel_ids = HashSet::new();
        for region in &pack.regions {
            let place = Place::Region(region.code.clone());
            for channel in &region.channels {
                let id = channel.id.as_str();
                if !channel_ids.insert(id) {
                    self.error(
                        &place,
                        Some(id),
                        format!("channel id \"{id}\" is used twice"),
                    );
                }
                if !is_slug(id) {
                    let message = format!("channel id \"{id}\" must use only a-z, 0-9 and -");
                    self.error(&place, Some(id), message);
                }
            }
            if !codes.insert(region.code.as_str()) {
                self.error(
                    &place,
                    Some(&region.code),
                    format!("region \"{}\" is defined twice", region.code),
                );
            }
            let valid_code = region.code == FALLBACK
                || (region.code.len() == 2 && region.code.bytes().all(|b| b.is_ascii_uppercase()));
            if !valid_code {
                self.error(
                    &place,
                    Some(&region.code),
                    format!("\"{}\" is not a region code", region.code),
                );
            }
            self.reviewed(&place, &region.code, &region.reviewed, today);
            self.channel_kinds(region, &place);
            self.channels(region, &place);
            self.one_name_per_number(region, &place);
        }
        if let Some(fallback) = pack.regions.iter().find(|region| region.code == FALLBACK) {
            for region in pack.regions.iter().filter(|region| region.code != FALLBACK) {
                self.fallback_takedowns(fallback, region);
            }
        }
    }

    /// What every region offers: an emergency number, a police or national reporting
    /// channel, a take-down service and, except in the fallback, a helpline for young people.
    fn channel_kinds(&mut self, region: &Region, place: &Place) {
        let has = |kinds: &[ChannelKind]| region.channels.iter().any(|c| kinds.contains(&c.kind));
        let mut needs: Vec<(&[ChannelKind], &str)> = vec![
            (&[ChannelKind::Emergency], "an emergency number"),
            (
                &[ChannelKind::Police, ChannelKind::Exploitation],
                "a police or national reporting channel",
            ),
            (&[ChannelKind::Takedown], "a take-down service"),
        ];
        // No helpline for young people serves every country the fallback stands for.
        if region.code != FALLBACK {
            needs.push((&[ChannelKind::TeenHelpline], "a helpline for young people"));
        }
        for (kinds, what) in needs {
            if !has(kinds) {
                let message = format!("region {} lacks {what}", region.code);
                self.error(place, Some(&region.code), message);
            }
        }
    }

    /// Every region also offers the take-down services that work everywhere: the fallback's.
    fn fallback_takedowns(&mut self, fallback: &Region, region: &Region) {
        let takedown_pages = |region: &Region| -> Vec<String> {
            region
                .channels
                .iter()
                .filter(|channel| channel.kind == ChannelKind::Takedown)
                .filter_map(|channel| channel.web.clone())
                .collect()
        };
        let offered = takedown_pages(region);
        for page in takedown_pages(fallback) {
            if !offered.contains(&page) {
                let message = format!(
                    "region {} does not offer {page}, a take-down service that works everywhere",
                    region.code
                );
                self.error(
                    &Place::Region(region.code.clone()),
                    Some(&region.code),
                    message,
                );
            }
        }
    }

    /// One number has one name in a region, so a screen never offers the same line as two
    /// services.
    fn one_name_per_number(&mut self, region: &Region, place: &Place) {
        let mut names: HashMap<String, &str> = HashMap::new();
        for channel in &region.channels {
            let texts = channel.text.iter().chain(&channel.other_texts);
            let numbers = channel.call.iter().chain(texts.map(|text| &text.number));
            for number in numbers {
                let name = channel.name.as_str();
                match names.get(&dial_digits(number)) {
                    Some(first) if *first != name => {
                        let message = format!(
                            "{number} is offered as \"{first}\" and as \"{name}\": give one number one name"
                        );
                        self.error(place, Some(&channel.id), message);
                    }
                    Some(_) => {}
                    None => {
                        names.insert(dial_digits(number), name);
                    }
                }
            }
        }
    }

    fn channels(&mut self, region: &Region, place: &Place) {
        for channel in &region.channels {
            let id = channel.id.as_str();
            self.cited(place, id, &channel.sources);
            self.text(place, id, "name", &channel.name);
            if channel.call.is_none() && channel.text.is_none() && channel.web.is_none() {
                self.error(
                    place,
                    Some(id),
                    format!("\"{id}\" has no number, text line or address"),
                );
            }
            if let Some(number) = &channel.call {
                if let Err(reason) = check_number(region, number) {
                    self.error(place, Some(id), format!("\"{id}\": {reason}"));
                }
            }
            for text in channel.text.iter().chain(&channel.other_texts) {
                if !is_short_code(&text.number) && check_number(region, &text.number).is_err() {
                    self.error(
                        place,
                        Some(id),
                        format!("\"{id}\": text number \"{}\" is not valid", text.number),
                    );
                }
                self.text(place, id, "text body", &text.body);
                if let Some(language) = &text.language {
                    if !is_language_tag(language) {
                        let message = format!("\"{id}\": \"{language}\" is not a language tag");
                        self.error(place, Some(id), message);
                    }
                }
            }
            self.other_texts(channel, place);
            if let Some(url) = &channel.web {
                self.https(place, id, url);
            }
        }
    }

    /// A text line's keywords for other languages each name a language of their own.
    fn other_texts(&mut self, channel: &Channel, place: &Place) {
        let id = channel.id.as_str();
        let main = channel
            .text
            .as_ref()
            .and_then(|text| text.language.as_deref());
        let mut languages = HashSet::new();
        for text in &channel.other_texts {
            match text.language.as_deref() {
                None => {
                    let message = format!("\"{id}\": a keyword for another language must name it");
                    self.error(place, Some(id), message);
                }
                Some(language) if Some(language) == main || !languages.insert(language) => {
                    let message = format!("\"{id}\" has two keywords for \"{language}\"");
                    self.error(place, Some(id), message);
                }
                Some(_) => {}
            }
        }
    }
}
