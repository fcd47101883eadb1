//! Tests for `keys.rs`, kept beside it in their own file.

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
