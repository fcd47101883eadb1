//! Translation keys: one name for every piece of text in a pack, so a translation can replace
//! it and a check can tell what a translation is missing.

use crate::pack::Pack;

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
#[path = "keys_tests.rs"]
mod tests;
