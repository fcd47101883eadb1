//! Every message a shell shows as it is: a short sentence, with no file path, no SQL or
//! SQLite's own words, and user input quoted escaped and shortened by characters.

use openline_core::{Block, DB_FILE};
use openline_core::{Config, Event, OpenLine, OpenLineError};
use std::sync::Arc;

fn open(dir: &std::path::Path) -> Arc<OpenLine> {
    OpenLine::open(Config::new(dir.to_string_lossy(), "en-GB")).expect("opens")
}

/// Fails unless `message` is fit to show a person as it is.
fn assert_fit_to_show(message: &str, secrets: &[&str]) {
    assert!(
        (10..=300).contains(&message.chars().count()),
        "a sentence of reasonable length: {message:?}"
    );
    assert!(
        !message.chars().any(char::is_control),
        "no control characters: {message:?}"
    );
    for word in [
        "SQL",
        "sqlite",
        "database disk image",
        "not a database",
        "constraint",
        "/tmp",
    ] {
        assert!(
            !message.to_lowercase().contains(&word.to_lowercase()),
            "no {word:?}: {message:?}"
        );
    }
    for secret in secrets {
        assert!(!message.contains(secret), "no {secret:?}: {message:?}");
    }
}

#[test]
fn event_input_with_control_characters_is_quoted_escaped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let core = open(dir.path());
    let hostile = "evil\0step\nwith a new line\u{1b}[31m";
    let events = [
        Event::TickStep { id: hostile.into() },
        Event::SaveStarter { id: hostile.into() },
        Event::SetRegion {
            code: hostile.into(),
        },
        Event::SetLanguage {
            tag: hostile.into(),
        },
    ];
    for event in events {
        let err = core
            .apply(event.clone(), "teen".into())
            .expect_err("refused");
        assert!(matches!(err, OpenLineError::InvalidInput(_)), "{err:?}");
        let message = err.to_string();
        assert_fit_to_show(&message, &[]);
        assert!(
            message.contains("\\0"),
            "the NUL is shown escaped: {message}"
        );
    }
}

#[test]
fn long_input_is_shortened_by_characters() {
    let dir = tempfile::tempdir().expect("temp dir");
    let core = open(dir.path());
    // Four bytes a character: shortening by bytes would cut one in half or keep too few.
    let long = "😀".repeat(5_000);
    let err = core
        .apply(Event::SaveStarter { id: long.clone() }, "parent".into())
        .expect_err("refused");
    let message = err.to_string();
    assert_fit_to_show(&message, &[]);
    assert!(
        message.contains(&"😀".repeat(20)),
        "a readable part is kept: {message}"
    );
    assert!(message.contains('…'), "and marked as shortened: {message}");
}

#[test]
fn a_data_folder_is_never_shown_however_long() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("a-file-not-a-folder");
    std::fs::write(&file, b"x").expect("writes");
    let long = dir.path().join("x".repeat(5_000));
    for data_dir in [file.join("data"), file.clone(), long] {
        let shown = data_dir.to_string_lossy().into_owned();
        let err = OpenLine::open(Config::new(shown.clone(), "en-GB"))
            .err()
            .expect("can't open there");
        assert!(matches!(err, OpenLineError::Storage { .. }), "{err:?}");
        assert_fit_to_show(&err.to_string(), &[&shown, "a-file-not-a-folder"]);
        assert!(err.to_string().contains("can't save"), "{err}");
    }
}

#[test]
fn an_empty_data_folder_is_refused() {
    for data_dir in ["", "   "] {
        let err = OpenLine::open(Config::new(data_dir, "en-GB"))
            .err()
            .expect("refused");
        assert!(matches!(err, OpenLineError::InvalidInput(_)), "{err:?}");
        assert_fit_to_show(&err.to_string(), &[]);
    }
    assert!(
        !std::path::Path::new(DB_FILE).exists(),
        "nothing was written in the current folder"
    );
}

#[test]
fn a_utc_offset_outside_the_worlds_time_zones_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    for minutes in [i32::MIN, -721, 841, i32::MAX] {
        let err = OpenLine::open(Config {
            utc_offset_minutes: minutes,
            ..Config::new(dir.path().to_string_lossy(), "en-GB")
        })
        .err()
        .expect("refused");
        assert!(
            matches!(err, OpenLineError::InvalidInput(_)),
            "{minutes}: {err:?}"
        );
        assert_fit_to_show(&err.to_string(), &[]);
    }
    for minutes in [-720, 0, 345, 840] {
        OpenLine::open(Config {
            utc_offset_minutes: minutes,
            ..Config::new(dir.path().to_string_lossy(), "en-GB")
        })
        .unwrap_or_else(|err| panic!("{minutes} is a real offset: {err}"));
    }
}

#[test]
fn route_input_with_control_characters_is_quoted_escaped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let core = open(dir.path());
    let hostile = "evil\0step\nwith a new line\u{1b}[31m";
    for route in [hostile.to_owned(), format!("report/{hostile}")] {
        let err = core.screen(route).expect_err("refused");
        assert_fit_to_show(&err.to_string(), &[]);
    }
}

#[test]
fn the_route_length_limit_counts_characters() {
    let dir = tempfile::tempdir().expect("temp dir");
    let core = open(dir.path());
    // 200 characters, 400 bytes: within a limit of 256 characters.
    let err = core.screen("é".repeat(200)).expect_err("no such page");
    assert!(
        !err.to_string().contains("longer than"),
        "200 characters are not over a 256 character limit: {err}"
    );
    let err = core.screen("a".repeat(300)).expect_err("too long");
    assert!(err.to_string().contains("256 characters"), "{err}");
}

#[test]
fn the_fresh_start_callout_names_no_file_and_no_database_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join(DB_FILE), vec![b'j'; 4096]).expect("writes junk");
    let core = open(dir.path());
    let home = core.screen("home".into()).expect("renders");
    let Some(Block::Callout { title, text, .. }) = home.blocks.first() else {
        panic!("home says it started afresh: {:?}", home.blocks.first());
    };
    let shown = dir.path().to_string_lossy().into_owned();
    assert_fit_to_show(title, &[&shown, DB_FILE, "damaged-"]);
    assert_fit_to_show(text, &[&shown, DB_FILE, "damaged-"]);
}
