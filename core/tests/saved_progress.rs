//! What the user records survives a restart: ticked steps, saved starters, talked days and
//! settings, each checked by reopening the same data directory.

use openline_core::{Block, Card, StepItem};
use openline_core::{Clock, Config, Event, OpenLine, OpenLineError};
use std::sync::Arc;

fn open(dir: &std::path::Path) -> Arc<OpenLine> {
    OpenLine::open(Config::new(dir.to_string_lossy(), "en-GB")).expect("opens")
}

fn steps(core: &OpenLine) -> Vec<StepItem> {
    let teen = core.screen("teen".into()).expect("renders");
    // "Right now", then "Next steps": one plan in two blocks.
    teen.blocks
        .into_iter()
        .filter_map(|block| match block {
            Block::Steps { items } => Some(items),
            _ => None,
        })
        .flatten()
        .collect()
}

fn card(core: &OpenLine, id: &str) -> Card {
    let screen = core.screen(format!("starter/{id}")).expect("renders");
    screen
        .blocks
        .into_iter()
        .find_map(|block| match block {
            Block::Cards { mut items } => items.pop(),
            _ => None,
        })
        .expect("the starter screen has its card")
}

fn first_starter(core: &OpenLine) -> String {
    core.routes()
        .into_iter()
        .find_map(|route| route.strip_prefix("starter/").map(str::to_owned))
        .expect("there are starters")
}

#[test]
fn ticked_steps_survive_a_restart_and_reset_clears_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (first, second) = {
        let core = open(dir.path());
        let all = steps(&core);
        let (first, second) = (all[0].id.clone(), all[3].id.clone());
        core.screen("teen".into()).expect("renders");
        let after = core
            .apply(Event::TickStep { id: first.clone() }, "teen".into())
            .expect("ticks");
        assert_eq!(
            after.route, "teen",
            "apply returns the screen the user is on"
        );
        core.apply(Event::TickStep { id: second.clone() }, "teen".into())
            .expect("ticks");
        (first, second)
    };
    let core = open(dir.path());
    let done: Vec<String> = steps(&core)
        .into_iter()
        .filter(|s| s.done)
        .map(|s| s.id)
        .collect();
    assert_eq!(done, vec![first.clone(), second.clone()]);
    core.apply(Event::UntickStep { id: second }, "teen".into())
        .expect("unticks");
    assert_eq!(
        steps(&open(dir.path())).iter().filter(|s| s.done).count(),
        1
    );
    core.apply(Event::ResetSteps, "teen".into())
        .expect("resets");
    assert!(steps(&open(dir.path())).iter().all(|s| !s.done));
}

#[test]
fn the_progress_line_counts_ticked_steps() {
    let dir = tempfile::tempdir().expect("temp dir");
    let core = open(dir.path());
    let id = steps(&core)[0].id.clone();
    core.screen("teen".into()).expect("renders");
    let screen = core
        .apply(Event::TickStep { id }, "teen".into())
        .expect("ticks");
    let progress = screen.blocks.iter().find_map(|block| match block {
        Block::Paragraph { text } if text.contains(" of ") => Some(text.clone()),
        _ => None,
    });
    assert!(progress.expect("a progress line").starts_with("1 of "));
}

#[test]
fn saved_and_talked_starters_survive_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let id = {
        // The last second of 29 November in UTC, an hour ahead of it: already the 30th.
        let config = Config {
            utc_offset_minutes: 60,
            ..Config::new(dir.path().to_string_lossy(), "en-GB")
        };
        let core = OpenLine::open_with_clock(config, Clock::fixed(1_795_996_799)).expect("opens");
        let id = first_starter(&core);
        core.apply(
            Event::SaveStarter { id: id.clone() },
            format!("starter/{id}"),
        )
        .expect("saves");
        core.apply(
            Event::MarkTalked { id: id.clone() },
            format!("starter/{id}"),
        )
        .expect("marks");
        id
    };
    let core = open(dir.path());
    let saved = card(&core, &id);
    assert!(saved.saved);
    assert_eq!(
        saved.talked_on.as_deref(),
        Some("2026-11-30"),
        "the family's own date"
    );
    let saved_list = core.screen("parent/saved".into()).expect("renders");
    assert!(
        saved_list
            .blocks
            .iter()
            .any(|b| matches!(b, Block::Cards { items } if items.iter().any(|c| c.id == id)))
    );

    core.apply(
        Event::UnsaveStarter { id: id.clone() },
        format!("starter/{id}"),
    )
    .expect("unsaves");
    core.apply(
        Event::UnmarkTalked { id: id.clone() },
        format!("starter/{id}"),
    )
    .expect("unmarks");
    let cleared = card(&open(dir.path()), &id);
    assert!(!cleared.saved);
    assert_eq!(cleared.talked_on, None);
}

#[test]
fn region_and_language_settings_survive_a_restart() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let core = open(dir.path());
        assert_eq!(core.region(), "GB", "the locale en-GB gives the UK");
        core.apply(Event::SetRegion { code: "au".into() }, "settings".into())
            .expect("sets region");
        core.apply(Event::SetLanguage { tag: "en".into() }, "settings".into())
            .expect("sets language");
    }
    let core = open(dir.path());
    assert_eq!(core.region(), "AU");
    assert_eq!(core.language(), "en");
    let report = core.screen("report".into()).expect("renders");
    let json = serde_json::to_string(&report).expect("serializes");
    assert!(
        json.contains("\"number\":\"000\""),
        "Australia's emergency number is shown"
    );
}

#[test]
fn bad_events_are_refused_and_change_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let core = open(dir.path());
    let refused = [
        Event::TickStep {
            id: "no-such-step".into(),
        },
        Event::TickStep {
            id: "x".repeat(100_000),
        },
        Event::SaveStarter {
            id: "no-such-starter".into(),
        },
        Event::SetRegion { code: "ZZ".into() },
        Event::SetLanguage { tag: "tlh".into() },
    ];
    for event in refused {
        let err = core
            .apply(event.clone(), "home".into())
            .expect_err("refused");
        assert!(
            matches!(err, OpenLineError::InvalidInput(_)),
            "{event:?}: {err:?}"
        );
        assert!(
            err.to_string().len() < 200,
            "the message stays short: {err}"
        );
    }
    let reopened = open(dir.path());
    assert_eq!(reopened.region(), "GB");
    assert!(steps(&reopened).iter().all(|s| !s.done));
}

#[test]
fn a_damaged_database_is_replaced_and_the_user_is_told() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let core = open(dir.path());
        let id = steps(&core)[0].id.clone();
        core.apply(Event::TickStep { id }, "teen".into())
            .expect("ticks");
    }
    let db = dir.path().join(openline_core::DB_FILE);
    let mut bytes = std::fs::read(&db).expect("reads");
    for byte in bytes.iter_mut().take(100) {
        *byte = 0x5a;
    }
    std::fs::write(&db, bytes).expect("damages");
    let _ = std::fs::remove_file(dir.path().join(format!("{}-wal", openline_core::DB_FILE)));
    let core = open(dir.path());
    let home = core.screen("home".into()).expect("renders");
    assert!(
        matches!(&home.blocks[0], Block::Callout { title, text, .. }
            if title.contains("start again") && text.contains("copy of the old data was kept")),
        "home explains the fresh start: {:?}",
        home.blocks[0]
    );
    assert!(steps(&core).iter().all(|s| !s.done));
}

#[test]
fn an_unwritable_data_directory_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("not-a-folder");
    std::fs::write(&file, b"x").expect("writes");
    let result = OpenLine::open(Config::new(file.join("data").to_string_lossy(), "en-GB"));
    match result {
        Err(OpenLineError::Storage {
            message,
            diagnostic,
        }) => {
            assert!(message.contains("can't save"), "{message}");
            assert!(
                diagnostic.contains("not-a-folder"),
                "the diagnostic names the place: {diagnostic}"
            );
        }
        Err(other) => panic!("wrong error: {other:?}"),
        Ok(_) => panic!("opened in a file"),
    }
}

#[test]
fn many_threads_can_use_one_core() {
    let dir = tempfile::tempdir().expect("temp dir");
    let core = open(dir.path());
    let ids: Vec<String> = steps(&core).into_iter().map(|s| s.id).collect();
    std::thread::scope(|scope| {
        for worker in 0..8 {
            let core = &core;
            let ids = &ids;
            scope.spawn(move || {
                for round in 0..50 {
                    let id = ids[(worker + round) % ids.len()].clone();
                    core.apply(Event::TickStep { id }, "teen".into())
                        .expect("ticks");
                    core.screen("report".into()).expect("renders");
                }
            });
        }
    });
    assert_eq!(
        steps(&open(dir.path())).iter().filter(|s| s.done).count(),
        ids.len()
    );
}
