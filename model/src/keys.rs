//! Translation keys: one name for every piece of text a translation can replace. The walker
//! [`visit_texts`] is the one place they are defined: it applies translations ([`translate`])
//! and lists what a translation holds ([`texts`]) for the checks.

use crate::pack::{Pack, Translation};
use serde::Serialize;
use std::collections::BTreeMap;

/// What a translatable text is part of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Group {
    /// An interface string; its item is the area.
    Strings,
    /// The teen plan's intro and danger callout.
    Teen,
    /// A step of the teen plan.
    Step,
    /// A region's name.
    Region,
    /// A channel's name and detail.
    Channel,
    /// A platform's name, help pages and steps.
    Platform,
    /// The parent screen's intro.
    Parent,
    /// A conversation starter.
    Starter,
    /// A point of advice: the disclosure guide, warning signs and tips.
    Advice,
    /// A time of year whose starters are suggested first.
    Season,
}

/// Whether a complete translation must translate a text, or may leave it in English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    /// Everything a teen reads, every interface string, every fact's name.
    Required,
    /// Parent content (the intro, starters and advice), which may wait for a translator.
    Optional,
}

/// Where a translatable text sits in a pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextKey<'a> {
    /// What it is part of.
    pub group: Group,
    /// The id of its item (a step, a channel, a starter), the area of a string, or empty.
    pub item: &'a str,
    /// Its field, such as `title`, or the name of a string.
    pub field: &'a str,
    /// Its position, in a list of texts.
    pub index: Option<usize>,
    /// Whether a translation must translate it.
    pub need: Need,
}

impl TextKey<'_> {
    /// The key a translation file gives the text: `teen.step.dont-pay.title`.
    pub fn key(&self) -> String {
        let TextKey {
            item, field, index, ..
        } = self;
        let key = match self.group {
            Group::Strings => format!("{item}.{field}"),
            Group::Teen => format!("teen.{field}"),
            Group::Step => format!("teen.step.{item}.{field}"),
            Group::Region => format!("region.{item}"),
            Group::Channel => format!("channel.{item}.{field}"),
            Group::Platform => format!("platform.{item}.{field}"),
            Group::Parent => format!("parent.{field}"),
            Group::Starter => format!("starter.{item}.{field}"),
            Group::Advice => format!("advice.{item}"),
            Group::Season => format!("season.{item}.{field}"),
        };
        match index {
            Some(index) => format!("{key}.{index}"),
            None => key,
        }
    }
}

/// Calls `visit` with every translatable text of `pack` and where it sits, in a stable order.
pub fn visit_texts(pack: &mut Pack, mut visit: impl FnMut(&TextKey<'_>, &mut String)) {
    use Group::*;
    use Need::*;
    let mut at = |group, item: &str, field: &str, index, need, text: &mut String| {
        let key = TextKey {
            group,
            item,
            field,
            index,
            need,
        };
        visit(&key, text);
    };
    pack.strings
        .visit_mut(|area, name, text| at(Strings, area, name, None, Required, text));
    let teen = &mut pack.teen;
    at(
        Teen,
        "",
        "intro_title",
        None,
        Required,
        &mut teen.intro_title,
    );
    at(Teen, "", "intro", None, Required, &mut teen.intro);
    at(Teen, "", "danger", None, Required, &mut teen.danger);
    at(
        Teen,
        "",
        "danger_without_helpline",
        None,
        Required,
        &mut teen.danger_without_helpline,
    );
    for step in &mut teen.steps {
        at(Step, &step.id, "title", None, Required, &mut step.title);
        at(Step, &step.id, "body", None, Required, &mut step.body);
        if let Some(action) = &mut step.action {
            at(Step, &step.id, "action", None, Required, &mut action.label);
        }
    }
    for region in &mut pack.regions {
        at(
            Region,
            &region.code,
            "name",
            None,
            Required,
            &mut region.name,
        );
    }
    for channel in pack
        .regions
        .iter_mut()
        .flat_map(|region| &mut region.channels)
    {
        at(
            Channel,
            &channel.id,
            "name",
            None,
            Required,
            &mut channel.name,
        );
        if !channel.detail.is_empty() {
            at(
                Channel,
                &channel.id,
                "detail",
                None,
                Required,
                &mut channel.detail,
            );
        }
    }
    for platform in &mut pack.platforms {
        let id = &platform.id;
        at(Platform, id, "name", None, Required, &mut platform.name);
        for (index, page) in platform.help.iter_mut().enumerate() {
            at(Platform, id, "help", Some(index), Required, &mut page.label);
        }
        let lists = [
            ("report", &mut platform.report),
            ("block", &mut platform.block),
            ("note", &mut platform.notes),
        ];
        for (list, lines) in lists {
            for (index, line) in lines.iter_mut().enumerate() {
                at(Platform, id, list, Some(index), Required, line);
            }
        }
    }
    let parent = &mut pack.parent;
    at(Parent, "", "intro", None, Optional, &mut parent.intro);
    for starter in &mut parent.starters {
        let id = &starter.id;
        at(Starter, id, "opener", None, Optional, &mut starter.opener);
        for (index, followup) in starter.followups.iter_mut().enumerate() {
            at(Starter, id, "followup", Some(index), Optional, followup);
        }
        at(Starter, id, "worry", None, Optional, &mut starter.worry);
    }
    let advice = parent
        .disclosure
        .iter_mut()
        .chain(&mut parent.warning_signs)
        .chain(&mut parent.tips);
    for item in advice {
        at(Advice, &item.id, "text", None, Optional, &mut item.text);
    }
    // What to do if a child may hurt themselves can't wait for a translator.
    let self_harm = &mut parent.self_harm;
    at(Parent, "", "self_harm", None, Required, &mut self_harm.text);
    let emergency_only = &mut self_harm.emergency_only;
    at(
        Parent,
        "",
        "self_harm_emergency_only",
        None,
        Required,
        emergency_only,
    );
    for season in &mut parent.seasons {
        at(
            Season,
            &season.id,
            "label",
            None,
            Optional,
            &mut season.label,
        );
    }
}

/// One translatable text, as the translation checks read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Text {
    /// Its key in a translation.
    pub key: String,
    /// What it is part of.
    pub group: Group,
    /// The id of its item, the area of a string, or empty.
    pub item: String,
    /// Its field, or the name of a string.
    pub field: String,
    /// Its position, in a list of texts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index: Option<usize>,
    /// Whether a translation must translate it.
    pub need: Need,
    /// The text in English.
    pub english: String,
}

/// Every translatable text of `pack`, in the order of [`visit_texts`].
pub fn texts(pack: &Pack) -> Vec<Text> {
    let mut out = Vec::new();
    visit_texts(&mut english_only(pack), |key, text| {
        out.push(Text {
            key: key.key(),
            group: key.group,
            item: key.item.to_owned(),
            field: key.field.to_owned(),
            index: key.index,
            need: key.need,
            english: text.clone(),
        })
    });
    out
}

/// `pack` in the language of `translation`: each text it translates replaced, the rest left
/// in English. The result holds no translations of its own.
pub fn translate(pack: &Pack, translation: &Translation) -> Pack {
    let mut translated = english_only(pack);
    visit_texts(&mut translated, |key, text| {
        if let Some(words) = translation.text.get(&key.key()) {
            text.clone_from(words);
        }
    });
    translated
}

/// A copy of `pack` without its translations, which are most of its size.
fn english_only(pack: &Pack) -> Pack {
    Pack {
        version: pack.version,
        sources: pack.sources.clone(),
        organisations: pack.organisations.clone(),
        regions: pack.regions.clone(),
        platforms: pack.platforms.clone(),
        teen: pack.teen.clone(),
        parent: pack.parent.clone(),
        strings: pack.strings.clone(),
        translations: BTreeMap::new(),
    }
}

#[cfg(test)]
#[path = "keys_tests.rs"]
mod tests;
