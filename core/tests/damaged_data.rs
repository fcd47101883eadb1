//! Databases that can't be used as they are: each is refused without being changed, or moved
//! aside whole (never overwriting an earlier kept copy) and replaced by a fresh one, and home
//! says so.

use openline_core::Block;
use openline_core::DB_FILE;
use openline_core::{Config, Event, OpenLine, OpenLineError};
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn open(dir: &Path) -> Result<Arc<OpenLine>, OpenLineError> {
    OpenLine::open(Config::new(dir.to_string_lossy(), "en-GB"))
}

/// Files kept aside in `dir`, by name.
fn kept(dir: &Path) -> Vec<PathBuf> {
    let mut kept: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("lists")
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.path())
        .filter(|path| {
            let name = path
                .file_name()
                .map(|name| name.to_string_lossy().into_owned());
            name.is_some_and(|name| name.contains(".damaged-") && !name.ends_with("-wal"))
        })
        .collect();
    kept.sort();
    kept
}

fn home_says_it_started_afresh(core: &OpenLine) -> bool {
    let home = core.screen("home".into()).expect("home renders");
    matches!(home.blocks.first(), Some(Block::Callout { .. }))
}

/// Writes a database with `sql` run on it, as some other program (or damage) left it.
fn make_database(dir: &Path, sql: &str) {
    let conn = Connection::open(dir.join(DB_FILE)).expect("creates");
    conn.execute_batch(sql).expect("runs the set-up");
}

#[test]
fn a_database_from_a_newer_app_is_refused_and_left_exactly_as_it_was() {
    let dir = tempfile::tempdir().expect("temp dir");
    make_database(
        dir.path(),
        "CREATE TABLE future (x); INSERT INTO future VALUES (1); PRAGMA user_version = 99;",
    );
    let before = std::fs::read(dir.path().join(DB_FILE)).expect("reads");
    let err = open(dir.path()).err().expect("refused");
    assert!(matches!(err, OpenLineError::Storage { .. }), "{err:?}");
    assert!(err.to_string().contains("newer version"), "{err}");
    let after = std::fs::read(dir.path().join(DB_FILE)).expect("reads");
    assert!(before == after, "not one byte of the file changed");
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("lists")
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        vec![DB_FILE.to_owned()],
        "no journal or copy was made"
    );
}

#[test]
fn two_damaged_files_in_the_same_second_are_both_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let junk = |n: u8| vec![b'0' + n; 4096];
    for n in 1..=3 {
        std::fs::write(dir.path().join(DB_FILE), junk(n)).expect("writes junk");
        let core = open(dir.path()).expect("recovers");
        assert!(home_says_it_started_afresh(&core));
        drop(core);
        // Leave the fresh database behind as junk again, within the same second.
    }
    let kept = kept(dir.path());
    assert_eq!(kept.len(), 3, "every damaged file is kept: {kept:?}");
    let mut contents: Vec<Vec<u8>> = kept
        .iter()
        .map(|path| std::fs::read(path).expect("reads"))
        .collect();
    contents.sort();
    assert_eq!(contents, vec![junk(1), junk(2), junk(3)]);
}

/// Each of these used to fail at every open until the data was cleared by hand.
const UNUSABLE: [(&str, &str); 5] = [
    (
        "schema 2 with its tables missing",
        "PRAGMA user_version = 2;",
    ),
    (
        "a negative schema version",
        "CREATE TABLE other (x); PRAGMA user_version = -5;",
    ),
    (
        "a column holding the wrong type",
        "CREATE TABLE step_progress (step_id TEXT PRIMARY KEY NOT NULL, done_at INTEGER NOT NULL);
         CREATE TABLE starter_state (starter_id TEXT PRIMARY KEY NOT NULL,
             saved INTEGER NOT NULL DEFAULT 0, talked_on TEXT);
         CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
         INSERT INTO starter_state VALUES ('young-new-device-friends', 'yes', x'00ff');
         PRAGMA user_version = 1;",
    ),
    (
        "a table whose name clashes",
        "CREATE TABLE setting (something_else INTEGER);",
    ),
    (
        "a view where a table should be",
        "CREATE VIEW step_progress AS SELECT 1 AS step_id;",
    ),
];

#[test]
fn a_database_that_cannot_be_migrated_is_moved_aside_and_replaced() {
    for (case, sql) in UNUSABLE {
        let dir = tempfile::tempdir().expect("temp dir");
        make_database(dir.path(), sql);
        let before = std::fs::read(dir.path().join(DB_FILE)).expect("reads");
        let core = open(dir.path()).unwrap_or_else(|err| panic!("{case}: {err}"));
        assert!(home_says_it_started_afresh(&core), "{case}: home says so");
        let kept = kept(dir.path());
        assert_eq!(kept.len(), 1, "{case}: kept {kept:?}");
        let copy = std::fs::read(&kept[0]).expect("reads the copy");
        assert!(copy == before, "{case}: the copy is the file as it was");
        let id = "dont-pay".to_owned();
        core.apply(Event::TickStep { id }, "teen".into())
            .unwrap_or_else(|err| panic!("{case}: the fresh database works: {err}"));
        drop(core);
        let reopened = open(dir.path()).unwrap_or_else(|err| panic!("{case}: reopens: {err}"));
        assert!(
            !home_says_it_started_afresh(&reopened),
            "{case}: the next open is a normal one"
        );
    }
}
