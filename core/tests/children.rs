//! A parent's children: added by age band, the parent screen opening on their ages with a
//! starter for now for each, talks recorded per child in the family's own dates, undo,
//! editing and removing, and bad input refused with nothing lost.

use openline_core::{Action, Block, Card, Clock, Config, Event, OpenLine, OpenLineError, Screen};
use std::sync::Arc;

/// 2026-12-01 23:30 UTC: already the 2nd an hour east of Greenwich.
const LATE_ON_THE_FIRST: i64 = 1_796_167_800;

fn open(dir: &std::path::Path, offset_minutes: i32) -> Arc<OpenLine> {
    let config = Config {
        utc_offset_minutes: offset_minutes,
        ..Config::new(dir.to_string_lossy(), "en-GB")
    };
    OpenLine::open_with_clock(config, Clock::fixed(LATE_ON_THE_FIRST)).expect("opens")
}

fn add(core: &OpenLine, age: &str, nickname: Option<&str>) -> Screen {
    let event = Event::AddChild {
        age: age.into(),
        nickname: nickname.map(str::to_owned),
    };
    core.apply(event, "parent/children".into()).expect("adds")
}

/// The ids of the children on the children screen, in order.
fn child_ids(core: &OpenLine) -> Vec<i64> {
    let screen = core.screen("parent/children".into()).expect("renders");
    screen
        .actions()
        .filter_map(|action| match action {
            Action::Apply {
                event: Event::RemoveChild { id },
            } => Some(id),
            _ => None,
        })
        .collect()
}

/// The cards of the suggestions that lead the parent screen, before its links.
fn suggestions(screen: &Screen) -> Vec<Card> {
    screen
        .blocks
        .iter()
        .take_while(|block| !matches!(block, Block::Links { .. }))
        .filter_map(|block| match block {
            Block::Cards { items } => Some(items.clone()),
            _ => None,
        })
        .flatten()
        .collect()
}

fn list_cards(screen: &Screen) -> Vec<Card> {
    let after_links = screen
        .blocks
        .iter()
        .skip_while(|block| !matches!(block, Block::Links { .. }));
    after_links
        .filter_map(|block| match block {
            Block::Cards { items } => Some(items.clone()),
            _ => None,
        })
        .flatten()
        .collect()
}

fn talked_with(core: &OpenLine, child: i64, card: &Card) -> Screen {
    let event = Event::TalkedWith {
        child,
        starter: card.id.clone(),
    };
    core.apply(event, "parent".into()).expect("records")
}

#[test]
fn a_child_aged_11_to_13_opens_the_parent_screen_on_their_starters() {
    let dir = tempfile::tempdir().expect("temp dir");
    let core = open(dir.path(), 0);
    let before = core.screen("parent".into()).expect("renders");
    assert!(suggestions(&before).is_empty(), "no child, no suggestion");
    assert!(
        list_cards(&before).is_empty(),
        "no child: the index of every starter"
    );

    add(&core, "11-13", None);
    let parent = core.screen("parent".into()).expect("renders");
    let cards = list_cards(&parent);
    assert!(!cards.is_empty());
    for card in &cards {
        assert!(
            card.tags.iter().any(|tag| tag == "Ages 11 to 13"),
            "{}",
            card.id
        );
    }
    let choice = parent
        .blocks
        .iter()
        .find_map(|block| match block {
            Block::Choice { options, .. } => Some(options.clone()),
            _ => None,
        })
        .expect("the age filter");
    assert_eq!(choice[0].label, "Your children's ages");
    assert!(choice[0].selected);
    let suggested = suggestions(&parent);
    assert_eq!(suggested.len(), 1, "one starter for now for the one child");
    assert!(suggested[0].tags.iter().any(|tag| tag == "Ages 11 to 13"));
    // December: the new-device season, from the police advisory.
    let text = serde_json::to_string(&parent).expect("serializes");
    assert!(text.contains("many children get new devices"), "{text}");
}

#[test]
fn we_talked_is_recorded_per_child_and_the_next_suggestion_changes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let core = open(dir.path(), 60);
    add(&core, "11-13", Some("Sam"));
    add(&core, "11-13", None);
    let ids = child_ids(&core);
    assert_eq!(ids.len(), 2);
    let first = suggestions(&core.screen("parent".into()).expect("renders"));
    assert_eq!(
        first[0].id, first[1].id,
        "the same age and history: the same start"
    );
    let labels: Vec<&str> = first[0].actions.iter().map(|a| a.label.as_str()).collect();
    assert!(
        labels.contains(&"We talked about this with Sam"),
        "{labels:?}"
    );

    let after = talked_with(&core, ids[0], &first[0]);
    let next = suggestions(&after);
    assert_ne!(next[0].id, first[0].id, "Sam's suggestion moved on");
    assert_eq!(next[1].id, first[1].id, "the other child's did not");

    // The family's own date: 23:30 UTC on the 1st is the 2nd an hour east.
    let children = core.screen("parent/children".into()).expect("renders");
    let undo = children
        .action_items()
        .find(|item| {
            matches!(
                item.action,
                Action::Apply {
                    event: Event::UndoTalk { .. }
                }
            )
        })
        .expect("the talk, with undo")
        .clone();
    assert_eq!(undo.label, "Undo: talked on 2026-12-02");
    assert_eq!(undo.detail.as_deref(), Some(first[0].opener.as_str()));
    drop(core);

    let core = open(dir.path(), 60);
    let Action::Apply { event } = undo.action else {
        unreachable!("matched above")
    };
    core.apply(event.clone(), "parent/children".into())
        .expect("undoes");
    let again = suggestions(&core.screen("parent".into()).expect("renders"));
    assert_eq!(again[0].id, first[0].id, "undone: Sam's suggestion is back");
    let err = core
        .apply(event, "parent/children".into())
        .expect_err("undone already");
    assert!(matches!(err, OpenLineError::InvalidInput(_)), "{err:?}");
}

#[test]
fn editing_and_removing_a_child_change_what_the_parent_sees() {
    let dir = tempfile::tempdir().expect("temp dir");
    let core = open(dir.path(), 0);
    add(&core, "8-10", None);
    let id = child_ids(&core)[0];
    let edit = Event::EditChild {
        id,
        age: "14-17".into(),
        nickname: Some("  Alex ".into()),
    };
    let children = core.apply(edit, "parent/children".into()).expect("edits");
    assert!(children.blocks.contains(&Block::Heading {
        text: "Alex".into()
    }));
    let parent = core.screen("parent".into()).expect("renders");
    for card in list_cards(&parent) {
        assert!(
            card.tags.iter().any(|tag| tag == "Ages 14 to 17"),
            "{}",
            card.id
        );
    }
    core.apply(Event::RemoveChild { id }, "parent/children".into())
        .expect("removes");
    assert!(child_ids(&core).is_empty());
    let parent = core.screen("parent".into()).expect("renders");
    assert!(suggestions(&parent).is_empty());
    assert!(
        list_cards(&parent).is_empty(),
        "back to the index of every starter"
    );
}

#[test]
fn bad_children_are_refused_and_nothing_is_lost() {
    let dir = tempfile::tempdir().expect("temp dir");
    let core = open(dir.path(), 0);
    add(&core, "14-17", Some("Jo"));
    let bad = [
        Event::AddChild {
            age: "12".into(),
            nickname: None,
        },
        Event::AddChild {
            age: "8-10".into(),
            nickname: Some("x".repeat(41)),
        },
        Event::AddChild {
            age: "8-10".into(),
            nickname: Some("two\nlines".into()),
        },
        Event::EditChild {
            id: 999,
            age: "8-10".into(),
            nickname: None,
        },
        Event::RemoveChild { id: 999 },
        Event::TalkedWith {
            child: 999,
            starter: "teen-new-app-who".into(),
        },
        Event::TalkedWith {
            child: child_ids(&core)[0],
            starter: "no-such-starter".into(),
        },
    ];
    let before = core.screen("parent/children".into()).expect("renders");
    for event in bad {
        let err = core
            .apply(event.clone(), "parent/children".into())
            .expect_err("refused");
        let OpenLineError::InvalidInput(message) = &err else {
            panic!("{event:?} gave {err:?}");
        };
        assert!(message.ends_with('.'), "{message}");
    }
    let err = core
        .apply(
            Event::AddChild {
                age: "12".into(),
                nickname: None,
            },
            "parent/children".into(),
        )
        .expect_err("refused");
    assert_eq!(
        err.to_string(),
        "There's no age band \"12\". Choose one of 8-10, 11-13, 14-17."
    );
    assert_eq!(
        core.screen("parent/children".into()).expect("renders"),
        before
    );
}
