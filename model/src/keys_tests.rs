//! Tests for `keys.rs`, kept beside it in their own file.

use super::*;
use crate::pack::{AgeBand, ChannelKind, Moment};
use std::collections::{BTreeSet, HashSet};

fn pack() -> Pack {
    crate::authored_pack().clone()
}

fn keys(pack: &Pack) -> BTreeSet<String> {
    texts(pack).into_iter().map(|text| text.key).collect()
}

#[test]
fn every_key_of_the_real_content_is_unique() {
    let texts = texts(&pack());
    let mut seen = HashSet::new();
    let twice: Vec<&String> = texts
        .iter()
        .map(|text| &text.key)
        .filter(|key| !seen.insert(*key))
        .collect();
    assert!(twice.is_empty(), "{twice:?}");
}

#[test]
fn the_keys_include_every_string_and_the_fixed_texts() {
    let keys = keys(&pack());
    for key in [
        "app.quick_exit",
        "sources.reviewed",
        "teen.title",
        "report.call",
        "parent.all",
        "teen.intro_title",
        "teen.intro",
        "teen.danger",
        "parent.intro",
    ] {
        assert!(keys.contains(key), "{key}");
    }
    let strings = texts(&pack())
        .into_iter()
        .filter(|text| text.group == Group::Strings)
        .count();
    assert!(strings > 80, "only {strings} interface strings");
}

#[test]
fn strings_label_every_age_moment_and_channel_kind_under_its_slug() {
    let pack = pack();
    let english: BTreeMap<String, String> = texts(&pack)
        .into_iter()
        .map(|text| (text.key, text.english))
        .collect();
    let strings = &pack.strings;
    for band in AgeBand::ALL {
        let key = format!("age.{}", band.slug());
        assert_eq!(
            english.get(&key).map(String::as_str),
            Some(strings.age.label(band))
        );
    }
    for moment in Moment::ALL {
        let key = format!("moment.{}", moment.slug());
        let label = strings.moment.label(moment);
        assert_eq!(english.get(&key).map(String::as_str), Some(label));
    }
    for kind in ChannelKind::ALL {
        let key = format!("channel.{}", kind.slug());
        let label = strings.channel.kind(kind);
        assert_eq!(english.get(&key).map(String::as_str), Some(label));
    }
}

#[test]
fn keys_match_the_translation_files_layout() {
    let key = |group, item, field, index| {
        TextKey {
            group,
            item,
            field,
            index,
            need: Need::Required,
        }
        .key()
    };
    assert_eq!(key(Group::Strings, "teen", "title", None), "teen.title");
    assert_eq!(key(Group::Teen, "", "danger", None), "teen.danger");
    let step = key(Group::Step, "dont-pay", "title", None);
    assert_eq!(step, "teen.step.dont-pay.title");
    assert_eq!(key(Group::Region, "GB", "name", None), "region.GB");
    let detail = key(Group::Channel, "gb-999", "detail", None);
    assert_eq!(detail, "channel.gb-999.detail");
    let help = key(Group::Platform, "instagram", "help", Some(0));
    assert_eq!(help, "platform.instagram.help.0");
    assert_eq!(
        key(Group::Platform, "x", "note", Some(12)),
        "platform.x.note.12"
    );
    assert_eq!(key(Group::Platform, "x", "name", None), "platform.x.name");
    let followup = key(Group::Starter, "a-b", "followup", Some(1));
    assert_eq!(followup, "starter.a-b.followup.1");
    let advice = key(Group::Advice, "stay-calm", "text", None);
    assert_eq!(advice, "advice.stay-calm");
    assert_eq!(key(Group::Parent, "", "intro", None), "parent.intro");
}

#[test]
fn keys_follow_the_content() {
    let mut pack = pack();
    let before = keys(&pack);
    let step_id = pack.teen.steps[0].id.clone();
    pack.teen.steps[0].action = None;
    pack.parent.starters[0].followups.truncate(2);
    let starter_id = pack.parent.starters[0].id.clone();
    let after = keys(&pack);
    assert!(!after.contains(&format!("teen.step.{step_id}.action")));
    assert!(after.contains(&format!("teen.step.{step_id}.title")));
    assert!(after.contains(&format!("starter.{starter_id}.followup.1")));
    assert!(!after.contains(&format!("starter.{starter_id}.followup.2")));
    assert!(after.len() <= before.len());
    // A channel without detail has nothing to translate there.
    let channel_id = pack.regions[0].channels[0].id.clone();
    pack.regions[0].channels[0].detail.clear();
    let keys = keys(&pack);
    assert!(keys.contains(&format!("channel.{channel_id}.name")));
    assert!(!keys.contains(&format!("channel.{channel_id}.detail")));
}

#[test]
fn parent_content_is_optional_and_the_rest_required() {
    for text in texts(&pack()) {
        let parent = matches!(
            text.group,
            Group::Parent | Group::Starter | Group::Advice | Group::Season
        );
        // What to do if a child may hurt themselves is required, like the teen's content.
        let self_harm = text.key.starts_with("parent.self_harm");
        let expected = if parent && !self_harm {
            Need::Optional
        } else {
            Need::Required
        };
        assert_eq!(text.need, expected, "{}", text.key);
    }
}

#[test]
fn a_translation_replaces_each_text_it_has_and_leaves_the_rest() {
    let pack = pack();
    let step_id = pack.teen.steps[1].id.clone();
    let translation = Translation {
        name: "Zed".into(),
        status: "Test".into(),
        text: [
            ("teen.title".to_owned(), "Zed title".to_owned()),
            (format!("teen.step.{step_id}.body"), "Zed body".to_owned()),
            ("region.GB".to_owned(), "Zed kingdom".to_owned()),
            ("not.a.key".to_owned(), "ignored".to_owned()),
        ]
        .into(),
    };
    let translated = translate(&pack, &translation);
    assert_eq!(translated.strings.teen.title, "Zed title");
    assert_eq!(translated.teen.steps[1].body, "Zed body");
    assert_eq!(translated.teen.steps[1].title, pack.teen.steps[1].title);
    let gb = translated.regions.iter().find(|region| region.code == "GB");
    assert_eq!(gb.map(|region| region.name.as_str()), Some("Zed kingdom"));
    assert!(translated.translations.is_empty());
    assert_eq!(translated.platforms, pack.platforms);
}

#[test]
fn every_key_is_visited_with_its_english() {
    let pack = pack();
    let texts = texts(&pack);
    let by_key: BTreeMap<&str, &str> = texts
        .iter()
        .map(|text| (text.key.as_str(), text.english.as_str()))
        .collect();
    assert_eq!(by_key.get("app.quick_exit"), Some(&"Leave quickly"));
    let step = &pack.teen.steps[0];
    let key = format!("teen.step.{}.title", step.id);
    assert_eq!(by_key.get(key.as_str()), Some(&step.title.as_str()));
}
