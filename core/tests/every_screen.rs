//! Walks every route for every region and language against a real store, and checks what a
//! user relies on: facts cite sources, actions are well formed, links lead somewhere.

use openline_core::{Action, ActionItem, Block, Screen};
use openline_core::{Config, OpenLine};
use std::collections::HashSet;
use std::sync::Arc;

const REGIONS: [&str; 9] = ["GB", "US", "CA", "AU", "NZ", "IE", "SG", "NL", "INTL"];

fn open(dir: &std::path::Path, region: &str) -> Arc<OpenLine> {
    OpenLine::open(Config {
        region: Some(region.into()),
        ..Config::new(dir.to_string_lossy(), "en-GB")
    })
    .expect("opens")
}

fn languages(core: &OpenLine) -> Vec<String> {
    let settings = core.screen("settings".into()).expect("settings renders");
    settings
        .actions()
        .filter_map(|action| match action {
            Action::Apply {
                event: openline_core::Event::SetLanguage { tag },
            } => Some(tag),
            _ => None,
        })
        .collect()
}

fn action_items(screen: &Screen) -> Vec<&ActionItem> {
    screen.action_items().collect()
}

/// Whether the screen cites quietly: no marks on its facts, one line to the sources screen.
fn quiet(screen: &Screen) -> bool {
    screen.blocks.iter().any(|block| match block {
        Block::Links { items } => items.iter().any(|link| link.route == "teen/sources"),
        _ => false,
    })
}

/// A quiet screen shows no citation and no list of sources; the sources screen lists them.
fn check_quiet(core: &OpenLine, screen: &Screen, context: &str) {
    for block in &screen.blocks {
        let marked = match block {
            Block::Sources { .. } => true,
            Block::Steps { items } => items.iter().any(|step| !step.sources.is_empty()),
            Block::Bullets { items } => items.iter().any(|bullet| !bullet.sources.is_empty()),
            Block::Cards { items } => items.iter().any(|card| !card.sources.is_empty()),
            _ => false,
        };
        assert!(
            !marked,
            "{context}: a teen screen cites out loud: {block:?}"
        );
    }
    for item in action_items(screen) {
        assert!(
            item.sources.is_empty(),
            "{context}: \"{}\" cites",
            item.label
        );
    }
    let sources = core.screen("teen/sources".into()).expect("sources render");
    let listed = sources
        .blocks
        .iter()
        .any(|block| matches!(block, Block::Sources { items, .. } if !items.is_empty()));
    assert!(listed, "{context}: the sources screen lists nothing");
}

/// No button says its number twice: the label says who, the detail says when or what.
fn check_numbers_said_once(screen: &Screen, context: &str) {
    for item in action_items(screen) {
        let number = match &item.action {
            Action::Call { number } | Action::SendText { number, .. } => number,
            _ => continue,
        };
        let words = format!("{} {}", item.label, item.detail.as_deref().unwrap_or(""));
        // "0800 1111" and "0800-1111" are the number as dialled, 08001111.
        let kept: Vec<char> = words.chars().collect();
        let squeezed: String = kept
            .iter()
            .enumerate()
            .filter(|&(index, c)| {
                let between_digits = index > 0
                    && kept.get(index + 1).is_some_and(char::is_ascii_digit)
                    && kept[index - 1].is_ascii_digit();
                !(matches!(c, ' ' | '-') && between_digits)
            })
            .map(|(_, c)| *c)
            .collect();
        let said = squeezed.matches(number.trim_start_matches('+')).count();
        assert!(
            said <= 1,
            "{context}: \"{words}\" says {number} {said} times"
        );
    }
}

fn check_screen(core: &OpenLine, screen: &Screen, context: &str) {
    assert!(!screen.title.trim().is_empty(), "{context}: empty title");
    assert!(!screen.blocks.is_empty(), "{context}: no blocks");
    check_numbers_said_once(screen, context);
    if quiet(screen) {
        check_quiet(core, screen, context);
        check_actions(core, screen, context);
        return;
    }
    let cited: HashSet<&String> = screen
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Sources { items, .. } => Some(items.iter().map(|s| &s.id)),
            _ => None,
        })
        .flatten()
        .collect();
    for item in action_items(screen) {
        let carries_fact = matches!(
            item.action,
            Action::Call { .. } | Action::SendText { .. } | Action::OpenUrl { .. }
        );
        if carries_fact {
            assert!(
                !item.sources.is_empty(),
                "{context}: \"{}\" cites no source",
                item.label
            );
        }
        for source in &item.sources {
            assert!(
                cited.contains(source) || screen.route == "about",
                "{context}: \"{}\" cites [{source}] but the screen's sources omit it",
                item.label
            );
        }
    }
    for block in &screen.blocks {
        match block {
            Block::Steps { items } => {
                for step in items {
                    assert!(
                        !step.sources.is_empty(),
                        "{context}: step {} cites no source",
                        step.id
                    );
                }
            }
            Block::Bullets { items } => {
                for bullet in items {
                    assert!(
                        !bullet.sources.is_empty(),
                        "{context}: \"{}\" cites no source",
                        bullet.text
                    );
                }
            }
            Block::Cards { items } => {
                for card in items {
                    assert!(
                        !card.sources.is_empty(),
                        "{context}: card {} cites no source",
                        card.id
                    );
                    assert!(
                        (2..=3).contains(&card.followups.len()),
                        "{context}: card {}",
                        card.id
                    );
                }
            }
            // Their facts are checked as actions above and below, or they carry none.
            Block::Heading { .. }
            | Block::Paragraph { .. }
            | Block::Callout { .. }
            | Block::Actions { .. }
            | Block::Links { .. }
            | Block::Choice { .. }
            | Block::Sources { .. } => {}
        }
    }
    check_actions(core, screen, context);
}

/// Every action is well formed, and every link leads to a screen.
fn check_actions(core: &OpenLine, screen: &Screen, context: &str) {
    for action in screen.actions() {
        match action {
            Action::Call { number } | Action::SendText { number, .. } => {
                let digits = number.strip_prefix('+').unwrap_or(&number);
                assert!(
                    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()),
                    "{context}: tel number {number:?} is not digits"
                );
            }
            Action::OpenUrl { url } => {
                assert!(
                    url.starts_with("https://") && !url.contains(' '),
                    "{context}: {url}"
                );
            }
            Action::Navigate { route, .. } => {
                core.screen(route.clone())
                    .unwrap_or_else(|err| panic!("{context}: link to {route} is dead: {err}"));
            }
            Action::Copy { .. } | Action::Share { .. } | Action::Apply { .. } => {}
        }
    }
}

#[test]
fn every_route_renders_for_every_region_and_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut screens = 0;
    for region in REGIONS {
        let core = open(dir.path(), region);
        assert_eq!(core.region(), region);
        for language in languages(&core) {
            core.apply(
                openline_core::Event::SetLanguage {
                    tag: language.clone(),
                },
                "settings".into(),
            )
            .expect("sets language");
            for route in core.routes() {
                let context = format!("{region}/{language}/{route}");
                let screen = core
                    .screen(route.clone())
                    .unwrap_or_else(|err| panic!("{context}: {err}"));
                assert_eq!(screen.route, route, "{context}: canonical route");
                check_screen(&core, &screen, &context);
                screens += 1;
            }
        }
        core.apply(
            openline_core::Event::SetLanguage { tag: "en".into() },
            "settings".into(),
        )
        .expect("resets language");
    }
    assert!(screens > 7 * 90, "walked only {screens} screens");
}

#[test]
fn the_teen_screen_opens_with_relief_then_right_now_then_danger_help() {
    let dir = tempfile::tempdir().expect("temp dir");
    let core = open(dir.path(), "GB");
    let teen = core.screen("teen".into()).expect("renders");
    match &teen.blocks[0] {
        Block::Callout { tone, title, text } => {
            assert_eq!(*tone, openline_core::Tone::Reassure);
            assert!(
                format!("{title} {text}").contains("not in trouble"),
                "{title} {text}"
            );
        }
        other => panic!("the first block is {other:?}"),
    }
    assert!(
        matches!(&teen.blocks[1], Block::Heading { text } if text == "Right now"),
        "{:?}",
        teen.blocks[1]
    );
    match &teen.blocks[2] {
        Block::Steps { items } => {
            let titles: Vec<&str> = items.iter().map(|step| step.title.as_str()).collect();
            assert_eq!(
                titles,
                [
                    "Stop replying. Don't pay.",
                    "Screenshot the chat, then block them.",
                    "Tell someone you trust."
                ]
            );
        }
        other => panic!("the third block is {other:?}"),
    }
    assert!(matches!(
        &teen.blocks[3],
        Block::Callout {
            tone: openline_core::Tone::Urgent,
            ..
        }
    ));
    let numbers: Vec<String> = match &teen.blocks[4] {
        Block::Actions { items, .. } => items
            .iter()
            .filter_map(|item| match &item.action {
                Action::Call { number } => Some(number.clone()),
                _ => None,
            })
            .collect(),
        other => panic!("after the danger callout: {other:?}"),
    };
    assert_eq!(
        numbers.first().map(String::as_str),
        Some("999"),
        "{numbers:?}"
    );
    assert!(
        numbers.contains(&"08001111".to_owned()),
        "Childline is one tap away: {numbers:?}"
    );
}

#[test]
fn each_region_shows_its_own_emergency_number() {
    let dir = tempfile::tempdir().expect("temp dir");
    let expected = [
        ("GB", "999"),
        ("US", "911"),
        ("CA", "911"),
        ("AU", "000"),
        ("NZ", "111"),
        ("IE", "112"),
        ("SG", "999"),
        ("NL", "112"),
        ("INTL", "112"),
    ];
    for (region, number) in expected {
        let core = open(dir.path(), region);
        let report = core.screen("report".into()).expect("renders");
        let first_call = action_items(&report)
            .into_iter()
            .find_map(|item| match &item.action {
                Action::Call { number } => Some(number.clone()),
                _ => None,
            });
        assert_eq!(first_call.as_deref(), Some(number), "{region}");
    }
}

#[test]
fn text_lines_open_messages_with_the_keyword_filled_in() {
    let dir = tempfile::tempdir().expect("temp dir");
    let core = open(dir.path(), "CA");
    let report = core.screen("report".into()).expect("renders");
    let texts: Vec<(String, String)> = action_items(&report)
        .into_iter()
        .filter_map(|item| match &item.action {
            Action::SendText { number, body } => Some((number.clone(), body.clone())),
            _ => None,
        })
        .collect();
    assert!(
        texts.contains(&("686868".into(), "CONNECT".into())),
        "{texts:?}"
    );
}

#[test]
fn unknown_routes_and_missing_items_are_clear_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let core = open(dir.path(), "GB");
    for route in [
        "nowhere",
        "report/myspace",
        "starter/no-such-starter",
        "parent?age=99",
        "",
    ] {
        let err = core.screen(route.into()).expect_err(route);
        assert!(
            matches!(err, openline_core::OpenLineError::UnknownRoute(_)),
            "{route}: {err:?}"
        );
        assert!(!err.to_string().is_empty());
    }
    let long = "report/".to_owned() + &"a".repeat(10_000);
    assert!(core.screen(long).is_err());
}

#[test]
fn only_teen_facing_screens_offer_a_quick_exit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let core = open(dir.path(), "GB");
    for route in ["home", "teen", "report", "report/instagram"] {
        let screen = core.screen(route.into()).expect("renders");
        assert_eq!(
            screen.quick_exit.map(|exit| exit.label).as_deref(),
            Some("Leave quickly"),
            "{route}"
        );
    }
    for route in ["parent", "parent/disclosure", "settings", "about"] {
        let screen = core.screen(route.into()).expect("renders");
        assert_eq!(screen.quick_exit, None, "{route}");
    }
}

#[test]
fn apply_returns_the_screen_it_was_given_and_a_bad_route_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let core = open(dir.path(), "GB");
    let tick = openline_core::Event::TickStep {
        id: "dont-pay".into(),
    };
    for route in ["nowhere", "starter/no-such-starter", "report/no-such-app"] {
        let err = core.apply(tick.clone(), route.into()).expect_err(route);
        assert!(
            matches!(err, openline_core::OpenLineError::UnknownRoute(_)),
            "{route}"
        );
    }
    let teen = core.apply(tick, "teen".into()).expect("ticks");
    assert_eq!(teen.route, "teen");
    let done: Vec<bool> = teen
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Steps { items } => Some(items.iter().map(|step| step.done)),
            _ => None,
        })
        .flatten()
        .collect();
    assert_eq!(
        done.iter().filter(|done| **done).count(),
        1,
        "only the good apply ticked"
    );
}

#[test]
fn a_filter_choice_replaces_the_screen_and_a_link_pushes_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let core = open(dir.path(), "GB");
    let mut filters = 0;
    for route in core.routes() {
        let screen = core.screen(route.clone()).expect("renders");
        for block in &screen.blocks {
            let from_choice = matches!(block, Block::Choice { .. });
            for action in block.actions() {
                if let Action::Navigate { route: to, replace } = action {
                    assert_eq!(replace, from_choice, "{route} → {to}");
                    filters += usize::from(replace);
                }
            }
        }
    }
    assert!(filters >= 28 * 11, "only {filters} filter choices");
}

#[test]
fn teen_facing_screens_leave_for_a_neutral_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let core = open(dir.path(), "GB");
    let exit = core
        .screen("teen".into())
        .expect("renders")
        .quick_exit
        .expect("teen offers a quick exit");
    assert_eq!(exit.url, "https://www.google.com/search?q=weather");
    assert_eq!(exit.url, openline_core::QUICK_EXIT_URL);
}
