use super::saved::StarterState;
use super::*;
use std::collections::HashSet;

fn open(dir: &Path) -> Store {
    let opened = Store::open(dir, Clock::fixed(1_800_000_000)).expect("opens");
    assert!(opened.recovered.is_none());
    opened.store
}

#[test]
fn records_survive_a_reopen() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let store = open(dir.path());
        store.set_step_done("dont-pay", true).expect("ticks");
        store.set_step_done("block", true).expect("ticks");
        store.set_step_done("block", false).expect("unticks");
        store.set_starter_saved("first-phone", true).expect("saves");
        store
            .set_talked_on("first-phone", Some("2026-11-29"))
            .expect("marks");
        store.set_setting("region", "GB").expect("saves");
    }
    let saved = open(dir.path()).saved();
    let recorded = &saved.recorded;
    assert_eq!(recorded.done_steps, HashSet::from(["dont-pay".to_owned()]));
    assert_eq!(
        recorded.starters["first-phone"],
        StarterState {
            saved: true,
            talked_on: Some("2026-11-29".into())
        }
    );
    assert_eq!(recorded.settings["region"], "GB");
}

#[test]
fn saving_and_marking_change_only_their_own_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open(dir.path());
    store.set_talked_on("a", Some("2026-01-02")).expect("marks");
    store.set_starter_saved("a", true).expect("saves");
    store.set_starter_saved("a", false).expect("unsaves");
    let state = store.saved().recorded.starters["a"].clone();
    assert_eq!(state.talked_on.as_deref(), Some("2026-01-02"));
    assert!(!state.saved);
    store.set_talked_on("a", None).expect("unmarks");
    assert!(
        store.saved().recorded.starters.is_empty(),
        "a row with nothing left to keep is removed"
    );
}

#[test]
fn an_installed_pack_and_its_last_check_survive_a_reopen() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let store = open(dir.path());
        assert_eq!(store.installed_pack().expect("reads"), None);
        let install = |version: u64, etag| {
            let manifest = format!("{{\"m\":{version}}}");
            let pack = format!("{{\"v\":{version}}}");
            store
                .install_pack(version, &manifest, &pack, etag)
                .expect("installs")
        };
        assert!(install(2, Some("\"e2\"")));
        assert!(install(3, None), "replaces");
        assert!(
            !install(3, Some("\"again\"")),
            "the same version again changes nothing"
        );
        assert!(!install(2, None), "nor does an older one");
        assert_eq!(
            store.last_check().expect("reads"),
            None,
            "no ETag came with it"
        );
        store.remember_check("\"e3\"", "{\"m\":3}").expect("saves");
    }
    let store = open(dir.path());
    assert_eq!(
        store.installed_pack().expect("reads"),
        Some((3, "{\"v\":3}".to_owned()))
    );
    assert_eq!(store.saved().installed_version, Some(3));
    assert_eq!(
        store.last_check().expect("reads"),
        Some(LastCheck {
            etag: "\"e3\"".into(),
            manifest: "{\"m\":3}".into()
        })
    );
    store.discard_installed_pack().expect("discards");
    assert_eq!(store.installed_pack().expect("reads"), None);
    assert_eq!(store.last_check().expect("reads"), None);
}

#[test]
fn reset_unticks_every_step() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = open(dir.path());
    store.set_step_done("a", true).expect("ticks");
    store.set_step_done("b", true).expect("ticks");
    store.reset_steps().expect("resets");
    assert!(store.saved().recorded.done_steps.is_empty());
}

#[test]
fn a_second_store_sees_the_first_ones_writes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let first = open(dir.path());
    let second = open(dir.path());
    let before = second.saved();
    first.set_step_done("a", true).expect("ticks");
    assert!(second.saved().recorded.done_steps.contains("a"));
    let unchanged = second.saved();
    assert!(
        Arc::ptr_eq(&unchanged, &second.saved()),
        "nothing is read again until something changes"
    );
    assert!(!Arc::ptr_eq(&before, &unchanged));
}

#[test]
fn a_damaged_file_is_moved_aside_and_replaced() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join(DB_FILE),
        b"this is not a database, it is junk ".repeat(200),
    )
    .expect("writes junk");
    let opened = Store::open(dir.path(), Clock::fixed(1_234)).expect("recovers");
    let recovery = opened.recovered.expect("reports the recovery");
    assert_eq!(
        recovery.kept_as,
        dir.path().join(format!("{DB_FILE}.damaged-1234"))
    );
    assert!(recovery.cause.contains("not a database"), "{recovery:?}");
    opened
        .store
        .set_step_done("dont-pay", true)
        .expect("the fresh store works");
}

#[test]
fn a_directory_that_cannot_be_created_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("a-file");
    std::fs::write(&file, b"x").expect("writes");
    let err = Store::open(&file.join("data"), Clock::system())
        .expect_err("can't create a folder in a file");
    assert!(matches!(err, StoreError::Unwritable { .. }), "{err:?}");
    assert_eq!(
        err.message(),
        "OpenLine can't save its data in the folder it was given."
    );
}

#[test]
fn a_database_from_a_newer_app_is_refused_not_wiped() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let conn = Connection::open(dir.path().join(DB_FILE)).expect("opens");
        conn.pragma_update(None, "user_version", 99)
            .expect("sets version");
    }
    let err = Store::open(dir.path(), Clock::system()).expect_err("refuses");
    assert!(matches!(err, StoreError::NewerSchema(99)), "{err:?}");
}

#[test]
fn a_database_from_before_update_checks_loses_only_its_bare_etag() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let conn = Connection::open(dir.path().join(DB_FILE)).expect("opens");
        for (index, sql) in schema_before_update_checks().iter().enumerate() {
            conn.execute_batch(sql).expect("migrates");
            conn.pragma_update(None, "user_version", index as i64 + 1)
                .expect("sets version");
        }
        conn.execute_batch(
            "INSERT INTO setting VALUES ('update.etag', '\"old\"'), ('region', 'NZ');
             INSERT INTO step_progress VALUES ('dont-pay', 1);",
        )
        .expect("fills");
    }
    let store = open(dir.path());
    let saved = store.saved();
    assert_eq!(
        saved.recorded.settings.get("region").map(String::as_str),
        Some("NZ")
    );
    assert!(!saved.recorded.settings.contains_key("update.etag"));
    assert!(saved.recorded.done_steps.contains("dont-pay"));
    assert_eq!(store.last_check().expect("reads"), None);
}

/// The first two migrations, as a database made before update checks were kept has them.
fn schema_before_update_checks() -> Vec<&'static str> {
    schema::migrations().iter().take(2).copied().collect()
}
