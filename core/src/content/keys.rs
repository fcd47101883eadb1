//! Translation keys: one name for every piece of text in a pack, so a translation can replace
//! it and a check can tell what a translation is missing. Also compiled into `build.rs`.

use super::model::Pack;

/// Interface strings every pack must define, by key.
pub const REQUIRED_STRINGS: &[&str] = &[
    "app.name",
    "app.quick_exit",
    "sources.title",
    "sources.reviewed",
    "home.help_now",
    "home.help_now_detail",
    "home.parent",
    "home.parent_detail",
    "home.report",
    "home.report_detail",
    "home.settings",
    "home.about",
    "home.recovered",
    "teen.title",
    "teen.steps_heading",
    "teen.progress",
    "teen.reset",
    "teen.danger_title",
    "teen.more_help",
    "report.title",
    "report.channels_heading",
    "report.platforms_heading",
    "report.platforms_intro",
    "report.call",
    "report.text",
    "report.open",
    "platform.help_heading",
    "platform.report_heading",
    "platform.block_heading",
    "platform.notes_heading",
    "platform.evidence_title",
    "platform.evidence_text",
    "platform.channels_link",
    "parent.title",
    "parent.age_heading",
    "parent.moment_heading",
    "parent.all",
    "parent.starters_heading",
    "parent.none",
    "parent.saved",
    "parent.saved_none",
    "parent.disclosure",
    "parent.disclosure_detail",
    "parent.signs",
    "parent.signs_detail",
    "parent.tips_heading",
    "starter.title",
    "starter.save",
    "starter.unsave",
    "starter.mark_talked",
    "starter.unmark_talked",
    "starter.share",
    "starter.followups",
    "starter.worry",
    "disclosure.title",
    "disclosure.intro",
    "disclosure.next",
    "signs.title",
    "signs.intro",
    "settings.title",
    "settings.region",
    "settings.language",
    "about.title",
    "about.app_version",
    "about.content_version",
    "about.reviewed_heading",
    "about.sources_heading",
    "about.privacy",
    "about.translation_heading",
    "about.secondary",
    "age.8-10",
    "age.11-13",
    "age.14-17",
    "moment.new-device",
    "moment.holidays",
    "moment.news-story",
    "moment.check-in",
    "moment.after-worry",
    "moment.new-app",
    "channel.emergency",
    "channel.police",
    "channel.exploitation",
    "channel.takedown",
    "channel.teen-helpline",
    "channel.parent-helpline",
];

/// Key of a teen step's field (`title`, `body` or `action`).
pub fn step(id: &str, field: &str) -> String {
    format!("teen.step.{id}.{field}")
}

/// Key of a region's name.
pub fn region(code: &str) -> String {
    format!("region.{code}")
}

/// Key of a channel's field (`name` or `detail`).
pub fn channel(id: &str, field: &str) -> String {
    format!("channel.{id}.{field}")
}

/// Key of a platform's list entry (`help`, `report`, `block` or `note`) at `index`.
pub fn platform(id: &str, list: &str, index: usize) -> String {
    format!("platform.{id}.{list}.{index}")
}

/// Key of a platform's name.
pub fn platform_name(id: &str) -> String {
    format!("platform.{id}.name")
}

/// Key of a starter's field (`opener`, `worry`) or follow-up (`followup.N`).
pub fn starter(id: &str, field: &str) -> String {
    format!("starter.{id}.{field}")
}

/// Key of a point of advice.
pub fn advice(id: &str) -> String {
    format!("advice.{id}")
}

/// Every key that a complete translation of `pack` defines, in a stable order.
pub fn all(pack: &Pack) -> Vec<String> {
    let mut keys: Vec<String> = pack.strings.keys().cloned().collect();
    keys.extend(
        [
            "teen.intro_title",
            "teen.intro",
            "teen.danger",
            "parent.intro",
        ]
        .map(String::from),
    );
    for step_item in &pack.teen.steps {
        keys.push(step(&step_item.id, "title"));
        keys.push(step(&step_item.id, "body"));
        if step_item.action.is_some() {
            keys.push(step(&step_item.id, "action"));
        }
    }
    for item in &pack.regions {
        keys.push(region(&item.code));
    }
    for region in &pack.regions {
        for item in &region.channels {
            keys.push(channel(&item.id, "name"));
            if !item.detail.is_empty() {
                keys.push(channel(&item.id, "detail"));
            }
        }
    }
    for item in &pack.platforms {
        keys.push(platform_name(&item.id));
        let lists = [
            ("help", item.help.len()),
            ("report", item.report.len()),
            ("block", item.block.len()),
            ("note", item.notes.len()),
        ];
        for (list, len) in lists {
            keys.extend((0..len).map(|index| platform(&item.id, list, index)));
        }
    }
    for item in &pack.parent.starters {
        keys.push(starter(&item.id, "opener"));
        keys.extend((0..item.followups.len()).map(|n| starter(&item.id, &format!("followup.{n}"))));
        keys.push(starter(&item.id, "worry"));
    }
    let parent = &pack.parent;
    for item in parent
        .disclosure
        .iter()
        .chain(&parent.warning_signs)
        .chain(&parent.tips)
    {
        keys.push(advice(&item.id));
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::{AgeBand, ChannelKind, Moment, Translation};
    use crate::content::{Catalog, embedded_pack};
    use crate::store::Recorded;
    use crate::view::View;
    use std::collections::{BTreeMap, BTreeSet, HashSet};
    use std::sync::Arc;

    fn pack() -> Pack {
        (*embedded_pack().expect("the embedded pack parses")).clone()
    }

    #[test]
    fn every_key_of_the_embedded_pack_is_unique() {
        let keys = all(&pack());
        let mut seen = HashSet::new();
        let twice: Vec<&String> = keys.iter().filter(|key| !seen.insert(*key)).collect();
        assert!(twice.is_empty(), "{twice:?}");
    }

    #[test]
    fn the_keys_include_every_required_string_and_the_fixed_texts() {
        let keys: BTreeSet<String> = all(&pack()).into_iter().collect();
        for key in REQUIRED_STRINGS {
            assert!(keys.contains(*key), "{key}");
        }
        for key in [
            "teen.intro_title",
            "teen.intro",
            "teen.danger",
            "parent.intro",
        ] {
            assert!(keys.contains(key), "{key}");
        }
    }

    #[test]
    fn required_strings_are_unique_and_label_every_age_moment_and_channel_kind() {
        let required: HashSet<&str> = REQUIRED_STRINGS.iter().copied().collect();
        assert_eq!(required.len(), REQUIRED_STRINGS.len());
        for band in AgeBand::ALL {
            assert!(required.contains(format!("age.{}", band.slug()).as_str()));
        }
        for moment in Moment::ALL {
            assert!(required.contains(format!("moment.{}", moment.slug()).as_str()));
        }
        for kind in crate::view::KINDS {
            let key = format!("channel.{}", crate::view::kind_slug(kind));
            assert!(required.contains(key.as_str()), "{key}");
        }
    }

    #[test]
    fn key_builders_match_the_translation_files_layout() {
        assert_eq!(step("dont-pay", "title"), "teen.step.dont-pay.title");
        assert_eq!(step("dont-pay", "action"), "teen.step.dont-pay.action");
        assert_eq!(region("GB"), "region.GB");
        assert_eq!(channel("gb-999", "detail"), "channel.gb-999.detail");
        assert_eq!(
            platform("instagram", "help", 0),
            "platform.instagram.help.0"
        );
        assert_eq!(platform("x", "note", 12), "platform.x.note.12");
        assert_eq!(platform_name("x"), "platform.x.name");
        assert_eq!(starter("a-b", "followup.1"), "starter.a-b.followup.1");
        assert_eq!(advice("stay-calm"), "advice.stay-calm");
    }

    #[test]
    fn keys_follow_the_content() {
        let mut pack = pack();
        let before = all(&pack);
        let step_id = pack.teen.steps[0].id.clone();
        pack.teen.steps[0].action = None;
        pack.parent.starters[0].followups.truncate(2);
        let starter_id = pack.parent.starters[0].id.clone();
        let after: BTreeSet<String> = all(&pack).into_iter().collect();
        assert!(!after.contains(&step(&step_id, "action")));
        assert!(after.contains(&step(&step_id, "title")));
        assert!(after.contains(&starter(&starter_id, "followup.1")));
        assert!(!after.contains(&starter(&starter_id, "followup.2")));
        assert!(after.len() <= before.len());
        // A channel without detail has nothing to translate there.
        let channel_id = pack.regions[0].channels[0].id.clone();
        pack.regions[0].channels[0].detail.clear();
        let keys = all(&pack);
        assert!(keys.contains(&channel(&channel_id, "name")));
        assert!(!keys.contains(&channel(&channel_id, "detail")));
    }

    /// A marker for `key` that no other key's marker contains.
    fn marker(key: &str) -> String {
        format!("⟦{key}⟧")
    }

    /// Every screen the content shows, for every region, rendered in `language`, as JSON.
    fn render_everything(pack: Pack, language: &str) -> String {
        let catalog = Catalog::new(Arc::new(pack));
        let recorded = Recorded::default();
        let mut out = String::new();
        for region in &catalog.pack().regions {
            let view = View::new(&catalog, region, language, &recorded, None);
            let mut screens = vec![
                crate::home::home(&view),
                crate::teen::teen(&view),
                crate::report::hub(&view),
                crate::parent::starters(&view, None, None),
                crate::guide::disclosure(&view),
                crate::guide::warning_signs(&view),
                crate::settings::settings(&view),
                crate::about::about(&view),
            ];
            screens.extend(
                catalog
                    .pack()
                    .platforms
                    .iter()
                    .map(|item| crate::report::platform(&view, item)),
            );
            screens.extend(
                catalog
                    .pack()
                    .parent
                    .starters
                    .iter()
                    .map(|item| crate::parent::starter(&view, item)),
            );
            for screen in screens {
                out.push_str(&serde_json::to_string(&screen).expect("screens serialize"));
            }
        }
        out
    }

    #[test]
    fn the_core_shows_a_translation_under_every_content_key() {
        // Interface strings stay English: their `{name}` placeholders carry content text.
        let mut pack = pack();
        let content_keys: Vec<String> = all(&pack)
            .into_iter()
            .filter(|key| !pack.strings.contains_key(key))
            .collect();
        let text: BTreeMap<String, String> = content_keys
            .iter()
            .map(|key| (key.clone(), marker(key)))
            .collect();
        pack.translations.insert(
            "zz".into(),
            Translation {
                name: "Zed".into(),
                status: "Test".into(),
                text,
            },
        );
        let rendered = render_everything(pack.clone(), "zz");
        // A channel reached only by text never shows its name: see
        // `a_text_only_channel_shows_its_name`.
        let text_only: BTreeSet<String> = text_only_channels(&pack)
            .map(|item| channel(&item.id, "name"))
            .collect();
        let unseen: Vec<&String> = content_keys
            .iter()
            .filter(|key| !rendered.contains(&marker(key)) && !text_only.contains(*key))
            .collect();
        assert!(unseen.is_empty(), "translations never shown: {unseen:#?}");

        // And no English text of the content is left untranslated.
        let english = render_everything(pack.clone(), "en");
        let mut texts: Vec<&str> = Vec::new();
        for item in &pack.teen.steps {
            texts.extend([item.title.as_str(), item.body.as_str()]);
        }
        for item in &pack.parent.starters {
            texts.extend([item.opener.as_str(), item.worry.as_str()]);
            texts.extend(item.followups.iter().map(String::as_str));
        }
        let parent = &pack.parent;
        for item in parent
            .disclosure
            .iter()
            .chain(&parent.warning_signs)
            .chain(&parent.tips)
        {
            texts.push(&item.text);
        }
        for region in &pack.regions {
            texts.extend(
                region
                    .channels
                    .iter()
                    .filter(|channel| !channel.detail.is_empty())
                    .map(|channel| channel.detail.as_str()),
            );
        }
        for platform in &pack.platforms {
            texts.extend(platform.report.iter().map(String::as_str));
        }
        let quoted = |text: &str| serde_json::to_string(text).expect("a string serializes");
        let left: Vec<&&str> = texts
            .iter()
            .filter(|text| {
                let json = quoted(text);
                let inner = &json[1..json.len() - 1];
                assert!(english.contains(inner), "English never shows {text:?}");
                rendered.contains(inner)
            })
            .collect();
        assert!(left.is_empty(), "left in English: {left:#?}");
    }

    fn text_only_channels(pack: &Pack) -> impl Iterator<Item = &crate::content::model::Channel> {
        pack.regions
            .iter()
            .flat_map(|region| &region.channels)
            .filter(|item| item.call.is_none() && item.web.is_none())
    }

    #[test]
    fn a_text_only_channel_shows_its_name() {
        let mut pack = pack();
        let gb = pack
            .regions
            .iter_mut()
            .find(|item| item.code == "GB")
            .expect("the embedded pack has GB");
        gb.channels.push(crate::content::model::Channel {
            id: "gb-test-text-line".into(),
            kind: ChannelKind::TeenHelpline,
            name: "Test text line".into(),
            detail: "A made-up text line for this test.".into(),
            call: None,
            text: Some(crate::content::model::TextMessage {
                number: "12345".into(),
                body: "TEST".into(),
            }),
            web: None,
            sources: vec!["2".into()],
        });
        let names: Vec<String> = text_only_channels(&pack)
            .map(|item| item.name.clone())
            .collect();
        let english = render_everything(pack, "en");
        let hidden: Vec<&String> = names
            .iter()
            .filter(|name| !english.contains(name.as_str()))
            .collect();
        assert!(hidden.is_empty(), "never shown: {hidden:?}");
    }
}
