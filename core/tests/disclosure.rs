//! The guide for a parent whose child tells them: in every region, the line on self-harm with
//! the emergency number comes first, then the three groups of advice; a note for one region
//! stays on that region's screen.

use openline_core::{Action, Block, Config, OpenLine, Screen, Tone};
use std::sync::Arc;

fn open(dir: &std::path::Path, region: &str) -> Arc<OpenLine> {
    let config = Config {
        region: Some(region.into()),
        ..Config::new(dir.to_string_lossy(), "en-GB")
    };
    OpenLine::open(config).expect("opens")
}

fn regions(core: &OpenLine) -> Vec<String> {
    let settings = core.screen("settings".into()).expect("renders");
    settings
        .actions()
        .filter_map(|action| match action {
            Action::Apply {
                event: openline_core::Event::SetRegion { code },
            } => Some(code),
            _ => None,
        })
        .collect()
}

fn headings(screen: &Screen) -> Vec<&str> {
    screen
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Heading { text } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_region_leads_with_self_harm_and_the_emergency_number_then_three_groups() {
    let dir = tempfile::tempdir().expect("temp dir");
    let codes = regions(&open(dir.path(), "GB"));
    assert!(codes.len() >= 9, "{codes:?}");
    for code in codes {
        let core = open(dir.path(), &code);
        let guide = core.screen("parent/disclosure".into()).expect("renders");
        let Some(Block::Callout { tone, title, text }) = guide.blocks.get(1) else {
            panic!("{code}: the self-harm line comes straight after the intro");
        };
        assert_eq!(*tone, Tone::Urgent);
        assert_eq!(title, "If they may hurt themselves");
        assert!(text.contains("emergency number"), "{code}: {text}");
        let Some(Block::Actions { items, .. }) = guide.blocks.get(2) else {
            panic!("{code}: the numbers follow the line");
        };
        assert!(
            matches!(items[0].action, Action::Call { .. }),
            "{code}: the emergency number first"
        );
        let promises_crisis_line = text.contains("crisis line");
        assert_eq!(promises_crisis_line, items.len() > 1, "{code}: {text}");
        let heads = headings(&guide);
        let groups = ["In the first minutes", "Don't", "Next steps"];
        let found: Vec<&str> = heads
            .iter()
            .copied()
            .filter(|head| groups.contains(head))
            .collect();
        assert_eq!(found, groups, "{code}");
        let json = serde_json::to_string(&guide).expect("serializes");
        assert_eq!(
            json.contains("In Ireland, the Garda"),
            code == "IE",
            "{code}: the Irish police note stays on Ireland's screen"
        );
    }
}

#[test]
fn the_us_guide_offers_988_and_the_uk_one_only_999() {
    let dir = tempfile::tempdir().expect("temp dir");
    let numbers = |code: &str| -> Vec<String> {
        let guide = open(dir.path(), code)
            .screen("parent/disclosure".into())
            .expect("renders");
        let Some(Block::Actions { items, .. }) = guide.blocks.get(2) else {
            panic!("{code}: the numbers follow the line");
        };
        items
            .iter()
            .map(|item| match &item.action {
                Action::Call { number } => number.clone(),
                Action::SendText { number, .. } => format!("sms:{number}"),
                other => format!("{other:?}"),
            })
            .collect()
    };
    assert_eq!(numbers("US")[..2], ["911".to_owned(), "988".to_owned()]);
    assert_eq!(numbers("GB"), ["999"]);
}
