//! Tests for `keys.rs`, kept beside it in their own file.

use super::*;
use crate::pack::{AgeBand, ChannelKind, Moment};
use std::collections::{BTreeSet, HashSet};

fn pack() -> Pack {
    crate::authored_pack().clone()
}

#[test]
fn every_key_of_the_real_content_is_unique() {
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
    for kind in ChannelKind::ALL {
        let key = format!("channel.{}", kind.slug());
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
