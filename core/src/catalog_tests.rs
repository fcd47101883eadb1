//! Tests for `catalog.rs`, kept beside it in their own file: the embedded pack, locale
//! fallback, and that every translated text reaches the screen.

use super::*;
use crate::screens;
use crate::store::{Child, Recorded};
use crate::view::{Notices, Now, View};
use openline_model::date::Date;
use openline_model::keys::{Group, texts};
use openline_model::pack::{AgeBand, ChannelKind, Translation};
use openline_model::route::Route;
use std::collections::{BTreeMap, BTreeSet};

fn catalog() -> Catalog {
    Catalog::new(embedded_pack().expect("the embedded pack parses"))
}

#[test]
fn the_embedded_pack_passes_its_own_checks() {
    let problems = openline_model::validate::validate(catalog().pack(), None);
    let errors: Vec<_> = problems
        .iter()
        .filter(|p| p.severity == openline_model::validate::Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn region_falls_back_to_intl() {
    let catalog = catalog();
    assert_eq!(catalog.region_for("en-GB"), "GB");
    assert_eq!(catalog.region_for("en_gb"), "GB");
    assert_eq!(catalog.region_for("es-419"), "INTL");
    assert_eq!(catalog.region_for("de-DE"), "INTL");
    assert_eq!(catalog.region_for("en"), "INTL");
    assert_eq!(catalog.region_for(""), "INTL");
}

#[test]
fn language_falls_back_to_english() {
    let catalog = catalog();
    assert_eq!(catalog.language_for("en-GB"), "en");
    assert_eq!(catalog.language_for("de-DE"), "en");
    assert_eq!(catalog.language_for("zz"), "en");
}

#[test]
fn the_embedded_pack_is_the_content_as_authored() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let authored = openline_model::authoring::Authored::load(&root).expect("the content loads");
    assert_eq!(
        authored.pack,
        *embedded_pack().expect("the embedded pack parses")
    );
}

fn pack() -> Pack {
    (*embedded_pack().expect("the embedded pack parses")).clone()
}

/// A marker for `key` that no other key's marker contains.
fn marker(key: &str) -> String {
    format!("⟦{key}⟧")
}

/// Every screen the content shows, for every region, rendered in `language`, as JSON.
fn render_everything(pack: Pack, language: &str) -> String {
    let catalog = Catalog::new(Arc::new(pack));
    let nothing_recorded = Recorded::default();
    // A season's words show only to a parent with a child, on a day in that season.
    let one_child_of_each_age = Recorded {
        children: AgeBand::ALL
            .into_iter()
            .zip(1..)
            .map(|(band, id)| Child {
                id,
                age: band.slug().into(),
                nickname: None,
                new_device_on: None,
            })
            .collect(),
        ..Recorded::default()
    };
    let mut out = String::new();
    for region in &catalog.pack().regions {
        let view = |recorded, today| {
            View::new(
                &catalog,
                language,
                &region.code,
                recorded,
                Notices::default(),
                Now {
                    unix_seconds: Date::start_unix_seconds(today, 0),
                    offset_minutes: 0,
                },
            )
            .expect("the region is in the content")
        };
        let mut render = |view: &View, route: &Route| {
            let screen = screens::screen(view, route).expect("every route renders");
            out.push_str(&serde_json::to_string(&screen).expect("screens serialize"));
        };
        let everyday = view(&nothing_recorded, Date::at(0, 0));
        for route in Route::every(catalog.pack()) {
            render(&everyday, &route);
        }
        // Seasons overlap, so each is shown on its first and its last day.
        for season in &catalog.pack().parent.seasons {
            let range = season.range(region.hemisphere);
            for day in [&range.from, &range.to] {
                let today =
                    Date::parse(&format!("2026-{day}")).expect("a season's ends are real days");
                render(
                    &view(&one_child_of_each_age, today),
                    &Route::Parent {
                        age: None,
                        moment: None,
                    },
                );
            }
        }
    }
    out
}

#[test]
fn the_core_shows_a_translation_under_every_content_key() {
    // Interface strings stay English: their `{name}` placeholders carry content text.
    let mut pack = pack();
    let content_keys: Vec<String> = texts(&pack)
        .into_iter()
        .filter(|text| text.group != Group::Strings)
        .map(|text| text.key)
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
        .map(|item| format!("channel.{}.name", item.id))
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

fn text_only_channels(pack: &Pack) -> impl Iterator<Item = &openline_model::pack::Channel> {
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
    gb.channels.push(openline_model::pack::Channel {
        id: "gb-test-text-line".into(),
        kind: ChannelKind::TeenHelpline,
        name: "Test text line".into(),
        detail: "A made-up text line for this test.".into(),
        call: None,
        text: Some(openline_model::pack::TextMessage {
            number: "12345".into(),
            body: "TEST".into(),
            language: None,
        }),
        other_texts: Vec::new(),
        web: None,
        crisis: false,
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
