//! Each region's screens promise only what the region has: the US teen screen offers 988, a
//! region without a helpline for young people doesn't promise one, no number is offered as
//! several services, a Spanish screen offers a keyword answered in Spanish, and copies of
//! pages are labelled as copies.

use openline_core::{Action, ActionItem, Block, Config, OpenLine, Screen};
use std::collections::HashMap;
use std::sync::Arc;

fn open(dir: &std::path::Path, region: &str, locale: &str) -> Arc<OpenLine> {
    OpenLine::open(Config {
        region: Some(region.into()),
        ..Config::new(dir.to_string_lossy(), locale)
    })
    .expect("opens")
}

fn screen(region: &str, locale: &str, route: &str) -> Screen {
    let dir = tempfile::tempdir().expect("temp dir");
    open(dir.path(), region, locale)
        .screen(route.into())
        .expect("renders")
}

fn calls(screen: &Screen) -> Vec<(String, &ActionItem)> {
    screen
        .action_items()
        .filter_map(|item| match &item.action {
            Action::Call { number } => Some((number.clone(), item)),
            _ => None,
        })
        .collect()
}

fn texts(screen: &Screen) -> Vec<(String, String, String)> {
    screen
        .action_items()
        .filter_map(|item| match &item.action {
            Action::SendText { number, body } => {
                Some((number.clone(), body.clone(), item.label.clone()))
            }
            _ => None,
        })
        .collect()
}

/// The numbers offered with the danger callout, right under it.
fn danger_calls(screen: &Screen) -> Vec<String> {
    let at = screen
        .blocks
        .iter()
        .position(|block| {
            matches!(
                block,
                Block::Callout {
                    tone: openline_core::Tone::Urgent,
                    ..
                }
            )
        })
        .expect("the teen screen has a danger callout");
    match screen.blocks.get(at + 1) {
        Some(Block::Actions { items, .. }) => items
            .iter()
            .filter_map(|item| match &item.action {
                Action::Call { number } => Some(number.clone()),
                _ => None,
            })
            .collect(),
        other => panic!("after the danger callout: {other:?}"),
    }
}

fn danger_text(screen: &Screen) -> String {
    screen
        .blocks
        .iter()
        .find_map(|block| match block {
            Block::Callout {
                tone: openline_core::Tone::Urgent,
                text,
                ..
            } => Some(text.clone()),
            _ => None,
        })
        .expect("the teen screen has a danger callout")
}

#[test]
fn the_us_teen_screen_offers_988_before_the_steps() {
    let teen = screen("US", "en-US", "teen");
    let numbers = danger_calls(&teen);
    assert_eq!(
        numbers.first().map(String::as_str),
        Some("911"),
        "{numbers:?}"
    );
    assert_eq!(
        numbers.get(1).map(String::as_str),
        Some("988"),
        "{numbers:?}"
    );
}

#[test]
fn only_a_region_with_a_helpline_for_young_people_promises_one() {
    let with = danger_text(&screen("NZ", "en-NZ", "teen"));
    let without = danger_text(&screen("INTL", "en-GB", "teen"));
    assert!(with.contains("helpline"), "{with}");
    assert!(!without.contains("helpline"), "{without}");
    assert_ne!(with, without);
    let nz_calls: Vec<String> = calls(&screen("NZ", "en-NZ", "teen"))
        .into_iter()
        .map(|(number, _)| number)
        .collect();
    assert!(
        nz_calls.contains(&"0800376633".to_owned()),
        "Youthline: {nz_calls:?}"
    );
}

#[test]
fn new_zealand_no_longer_dials_netsafe_from_three_buttons() {
    let teen = screen("NZ", "en-NZ", "teen");
    let netsafe = calls(&teen)
        .into_iter()
        .filter(|(number, _)| number == "0508638723")
        .count();
    assert!(
        netsafe <= 1,
        "Netsafe offered {netsafe} times on the teen screen"
    );
}

#[test]
fn no_report_screen_offers_one_number_as_two_services() {
    for region in ["GB", "US", "CA", "AU", "NZ", "IE", "SG", "NL", "INTL"] {
        let report = screen(region, "en-GB", "report");
        let mut names: HashMap<String, String> = HashMap::new();
        for (number, item) in calls(&report) {
            let name = item.label.clone();
            let first = names.entry(number.clone()).or_insert_with(|| name.clone());
            assert_eq!(
                *first, name,
                "{region}: {number} is offered as two services"
            );
        }
    }
}

#[test]
fn a_spanish_screen_offers_the_keyword_answered_in_spanish() {
    let english = texts(&screen("US", "en-US", "report"));
    let spanish = texts(&screen("US", "es-US", "report"));
    assert!(
        english
            .iter()
            .any(|(number, body, _)| number == "741741" && body == "THORN"),
        "{english:?}"
    );
    assert!(
        !english.iter().any(|(_, body, _)| body == "AYUDA"),
        "{english:?}"
    );
    for number in ["741741", "988"] {
        assert!(
            spanish
                .iter()
                .any(|(n, body, _)| n == number && body == "AYUDA"),
            "{number}: {spanish:?}"
        );
    }
    assert!(
        !spanish.iter().any(|(_, body, _)| body == "THORN"),
        "{spanish:?}"
    );
}

#[test]
fn a_keyword_answered_in_english_says_so_on_a_french_screen() {
    let french = texts(&screen("US", "fr-CA", "report"));
    let (_, _, label) = french
        .iter()
        .find(|(number, body, _)| number == "741741" && body == "THORN")
        .expect("the French screen offers THORN");
    assert!(label.contains("anglais"), "{label}");
    let english = texts(&screen("US", "en-US", "report"));
    assert!(
        english
            .iter()
            .all(|(_, _, label)| !label.contains("English")),
        "{english:?}"
    );
}

#[test]
fn copies_of_pages_are_labelled_as_copies() {
    let report = screen("US", "en-US", "report");
    let citations: Vec<String> = report
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Sources { items, .. } => Some(items.iter().map(|item| item.citation.clone())),
            _ => None,
        })
        .flatten()
        .collect();
    let copy = "(a copy on another site, not the organisation's own page)";
    assert!(
        citations
            .iter()
            .any(|c| c.starts_with("shorelineareanews.com") && c.ends_with(copy)),
        "{citations:?}"
    );
    assert!(
        citations
            .iter()
            .any(|c| c.starts_with("takeitdown.ncmec.org") && !c.contains(copy)),
        "{citations:?}"
    );
}

#[test]
fn about_says_what_a_checked_date_means() {
    let about = screen("GB", "en-GB", "about");
    let texts: Vec<String> = about
        .blocks
        .iter()
        .flat_map(|block| match block {
            Block::Paragraph { text } => vec![text.clone()],
            Block::Bullets { items } => items.iter().map(|item| item.text.clone()).collect(),
            _ => Vec::new(),
        })
        .collect();
    assert!(
        texts
            .iter()
            .any(|text| text.contains("saved copy of the organisation's published page")),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|text| text
            .starts_with("United Kingdom: checked against the organisations' published pages on")),
        "{texts:?}"
    );
}
