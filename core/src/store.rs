//! What the user records, kept on the device in SQLite: ticked steps, saved starters, the
//! days they talked, and settings. A damaged file is moved aside, never fatal.

use rusqlite::{Connection, ErrorCode, OptionalExtension, params};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// The database's file name inside the data directory.
pub const DB_FILE: &str = "openline.sqlite3";

/// Schema migrations, applied in order; `PRAGMA user_version` counts those applied.
const MIGRATIONS: &[&str] = &[
    "CREATE TABLE step_progress (
        step_id TEXT PRIMARY KEY NOT NULL,
        done_at INTEGER NOT NULL
    );
    CREATE TABLE starter_state (
        starter_id TEXT PRIMARY KEY NOT NULL,
        saved INTEGER NOT NULL DEFAULT 0,
        talked_on TEXT
    );
    CREATE TABLE setting (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    );",
    // An installed update pack; one slot, replaced whole in one transaction.
    "CREATE TABLE content_pack (
        slot INTEGER PRIMARY KEY NOT NULL CHECK (slot = 1),
        version INTEGER NOT NULL,
        manifest TEXT NOT NULL,
        pack TEXT NOT NULL,
        installed_at INTEGER NOT NULL
    );",
];

/// The setting that holds the update manifest's last ETag.
const ETAG_SETTING: &str = "update.etag";

/// Why saved data can't be used.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The data directory can't be created or written.
    #[error("OpenLine can't save in {dir}: {reason}")]
    Unwritable {
        /// The directory.
        dir: PathBuf,
        /// The system's reason.
        reason: String,
    },
    /// The database was written by a newer version of the app.
    #[error("saved data comes from a newer version of OpenLine (schema {0}); update the app")]
    NewerSchema(i64),
    /// SQLite refused an operation.
    #[error("saved data can't be read or written: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

/// What the user saved about one starter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StarterState {
    /// Saved as a favourite.
    pub saved: bool,
    /// The day (YYYY-MM-DD) the family talked about it.
    pub talked_on: Option<String>,
}

/// Everything the user recorded, read in one go.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recorded {
    /// Ids of ticked steps.
    pub done_steps: HashSet<String>,
    /// Starter state by id, only for starters with something saved.
    pub starters: HashMap<String, StarterState>,
    /// Settings by key.
    pub settings: HashMap<String, String>,
}

/// The open database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
}

/// A store just opened, and why it had to start afresh, if it did.
#[derive(Debug)]
pub struct Opened {
    /// The store.
    pub store: Store,
    /// Set when a damaged database was moved aside: where to, and why.
    pub recovered: Option<String>,
}

impl Store {
    /// Opens (creating if needed) the database in `dir`. A damaged file is renamed with a
    /// `.damaged-<seconds>` suffix and a fresh one created.
    pub fn open(dir: &Path) -> Result<Opened, StoreError> {
        let unwritable = |err: std::io::Error| StoreError::Unwritable {
            dir: dir.to_path_buf(),
            reason: err.to_string(),
        };
        std::fs::create_dir_all(dir).map_err(unwritable)?;
        let path = dir.join(DB_FILE);
        match Store::open_file(&path) {
            Ok(store) => Ok(Opened {
                store,
                recovered: None,
            }),
            Err(err) if is_damage(&err) => {
                let aside = move_aside(&path).map_err(unwritable)?;
                let store = Store::open_file(&path)?;
                let recovered = format!("{err}; the old file was kept as {}", aside.display());
                Ok(Opened {
                    store,
                    recovered: Some(recovered),
                })
            }
            Err(StoreError::Sqlite(err)) if is_unwritable(&err) => Err(StoreError::Unwritable {
                dir: dir.to_path_buf(),
                reason: err.to_string(),
            }),
            Err(err) => Err(err),
        }
    }

    fn open_file(path: &Path) -> Result<Store, StoreError> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let check: String = conn.query_row("PRAGMA quick_check", [], |row| row.get(0))?;
        if check != "ok" {
            return Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
                Some(check),
            )));
        }
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        let mut store = Store { conn };
        store.migrate()?;
        Ok(store)
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        let applied: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))?;
        let known = MIGRATIONS.len() as i64;
        if applied > known {
            return Err(StoreError::NewerSchema(applied));
        }
        for (index, sql) in MIGRATIONS.iter().enumerate().skip(applied as usize) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", index as i64 + 1)?;
            tx.commit()?;
        }
        Ok(())
    }

    /// Reads everything the user recorded.
    pub fn recorded(&self) -> Result<Recorded, StoreError> {
        let mut recorded = Recorded::default();
        let mut steps = self.conn.prepare("SELECT step_id FROM step_progress")?;
        for id in steps.query_map([], |row| row.get::<_, String>(0))? {
            recorded.done_steps.insert(id?);
        }
        let mut starters = self
            .conn
            .prepare("SELECT starter_id, saved, talked_on FROM starter_state")?;
        let rows = starters.query_map([], |row| {
            let state = StarterState {
                saved: row.get(1)?,
                talked_on: row.get(2)?,
            };
            Ok((row.get::<_, String>(0)?, state))
        })?;
        for row in rows {
            let (id, state) = row?;
            recorded.starters.insert(id, state);
        }
        let mut settings = self.conn.prepare("SELECT key, value FROM setting")?;
        let rows = settings.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        for row in rows {
            let (key, value) = row?;
            recorded.settings.insert(key, value);
        }
        Ok(recorded)
    }

    /// Ticks or unticks a step.
    pub fn set_step_done(&self, step_id: &str, done: bool) -> Result<(), StoreError> {
        if done {
            self.conn.execute(
                "INSERT OR IGNORE INTO step_progress (step_id, done_at) VALUES (?1, ?2)",
                params![step_id, unix_seconds()],
            )?;
        } else {
            self.conn
                .execute("DELETE FROM step_progress WHERE step_id = ?1", [step_id])?;
        }
        Ok(())
    }

    /// Unticks every step.
    pub fn reset_steps(&self) -> Result<(), StoreError> {
        self.conn.execute("DELETE FROM step_progress", [])?;
        Ok(())
    }

    /// Saves the state of one starter, removing the row when nothing is left to keep.
    pub fn set_starter(&self, starter_id: &str, state: &StarterState) -> Result<(), StoreError> {
        if *state == StarterState::default() {
            self.conn.execute(
                "DELETE FROM starter_state WHERE starter_id = ?1",
                [starter_id],
            )?;
        } else {
            self.conn.execute(
                "INSERT INTO starter_state (starter_id, saved, talked_on) VALUES (?1, ?2, ?3)
                 ON CONFLICT (starter_id) DO UPDATE SET saved = ?2, talked_on = ?3",
                params![starter_id, state.saved, state.talked_on],
            )?;
        }
        Ok(())
    }

    /// Saves a setting.
    pub fn set_setting(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO setting (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = ?2",
            params![key, value],
        )?;
        Ok(())
    }

    /// Reads one setting.
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        let value = self
            .conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()?;
        Ok(value)
    }
}

impl Store {
    /// The installed update pack's version and JSON, if one was installed.
    pub fn installed_pack(&self) -> Result<Option<(u64, String)>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT version, pack FROM content_pack WHERE slot = 1",
                [],
                |row| Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?)),
            )
            .optional()?;
        Ok(row.map(|(version, pack)| (u64::try_from(version).unwrap_or(0), pack)))
    }

    /// Installs a verified pack and its manifest's ETag, all or nothing.
    pub fn install_pack(
        &self,
        version: u64,
        manifest: &str,
        pack: &str,
        etag: Option<&str>,
    ) -> Result<(), StoreError> {
        let version = i64::try_from(version).map_err(|_| {
            rusqlite::Error::ToSqlConversionFailure("content version out of range".into())
        })?;
        let tx = self.conn.unchecked_transaction()?;
        tx.execute(
            "INSERT INTO content_pack (slot, version, manifest, pack, installed_at)
             VALUES (1, ?1, ?2, ?3, ?4)
             ON CONFLICT (slot) DO UPDATE SET version = ?1, manifest = ?2, pack = ?3, installed_at = ?4",
            params![version, manifest, pack, unix_seconds()],
        )?;
        match etag {
            Some(etag) => {
                tx.execute(
                    "INSERT INTO setting (key, value) VALUES (?1, ?2)
                     ON CONFLICT (key) DO UPDATE SET value = ?2",
                    params![ETAG_SETTING, etag],
                )?;
            }
            None => {
                tx.execute("DELETE FROM setting WHERE key = ?1", [ETAG_SETTING])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The manifest ETag last seen.
    pub fn update_etag(&self) -> Result<Option<String>, StoreError> {
        self.setting(ETAG_SETTING)
    }

    /// Remembers the manifest ETag last seen.
    pub fn set_update_etag(&self, etag: &str) -> Result<(), StoreError> {
        self.set_setting(ETAG_SETTING, etag)
    }
}

fn unix_seconds() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs() as i64)
        .unwrap_or(0)
}

fn is_damage(err: &StoreError) -> bool {
    matches!(
        err,
        StoreError::Sqlite(rusqlite::Error::SqliteFailure(failure, _))
            if matches!(failure.code, ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt)
    )
}

fn is_unwritable(err: &rusqlite::Error) -> bool {
    matches!(
        err,
        rusqlite::Error::SqliteFailure(failure, _)
            if matches!(
                failure.code,
                ErrorCode::CannotOpen | ErrorCode::ReadOnly | ErrorCode::PermissionDenied
            )
    )
}

/// Renames the damaged database and its WAL files; returns the new name of the main file.
fn move_aside(path: &Path) -> std::io::Result<PathBuf> {
    let suffix = format!("damaged-{}", unix_seconds());
    let aside = path.with_extension(format!("sqlite3.{suffix}"));
    std::fs::rename(path, &aside)?;
    for extra in ["-wal", "-shm"] {
        let mut companion = path.as_os_str().to_owned();
        companion.push(extra);
        let companion = PathBuf::from(companion);
        if companion.exists() {
            let mut moved = aside.as_os_str().to_owned();
            moved.push(extra);
            std::fs::rename(&companion, PathBuf::from(moved))?;
        }
    }
    Ok(aside)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_survive_a_reopen() {
        let dir = tempfile::tempdir().expect("temp dir");
        {
            let opened = Store::open(dir.path()).expect("opens");
            assert!(opened.recovered.is_none());
            let store = opened.store;
            store.set_step_done("dont-pay", true).expect("ticks");
            store.set_step_done("block", true).expect("ticks");
            store.set_step_done("block", false).expect("unticks");
            let state = StarterState {
                saved: true,
                talked_on: Some("2026-11-29".into()),
            };
            store.set_starter("first-phone", &state).expect("saves");
            store.set_setting("region", "GB").expect("saves");
        }
        let store = Store::open(dir.path()).expect("reopens").store;
        let recorded = store.recorded().expect("reads");
        assert_eq!(recorded.done_steps, HashSet::from(["dont-pay".to_owned()]));
        assert_eq!(
            recorded.starters["first-phone"].talked_on.as_deref(),
            Some("2026-11-29")
        );
        assert_eq!(
            store.setting("region").expect("reads").as_deref(),
            Some("GB")
        );
    }

    #[test]
    fn an_installed_pack_and_its_etag_survive_a_reopen() {
        let dir = tempfile::tempdir().expect("temp dir");
        {
            let store = Store::open(dir.path()).expect("opens").store;
            assert_eq!(store.installed_pack().expect("reads"), None);
            store
                .install_pack(2, "{}", "{\"v\":2}", Some("\"e2\""))
                .expect("installs");
            store
                .install_pack(3, "{}", "{\"v\":3}", None)
                .expect("replaces");
            store.set_update_etag("\"e3\"").expect("saves");
        }
        let store = Store::open(dir.path()).expect("reopens").store;
        assert_eq!(
            store.installed_pack().expect("reads"),
            Some((3, "{\"v\":3}".to_owned()))
        );
        assert_eq!(
            store.update_etag().expect("reads").as_deref(),
            Some("\"e3\"")
        );
    }

    #[test]
    fn clearing_a_starter_removes_its_row() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path()).expect("opens").store;
        let saved = StarterState {
            saved: true,
            talked_on: None,
        };
        store.set_starter("a", &saved).expect("saves");
        store
            .set_starter("a", &StarterState::default())
            .expect("clears");
        assert!(store.recorded().expect("reads").starters.is_empty());
    }

    #[test]
    fn reset_unticks_every_step() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path()).expect("opens").store;
        store.set_step_done("a", true).expect("ticks");
        store.set_step_done("b", true).expect("ticks");
        store.reset_steps().expect("resets");
        assert!(store.recorded().expect("reads").done_steps.is_empty());
    }

    #[test]
    fn a_damaged_file_is_moved_aside_and_replaced() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(
            dir.path().join(DB_FILE),
            b"this is not a database, it is junk ".repeat(200),
        )
        .expect("writes junk");
        let opened = Store::open(dir.path()).expect("recovers");
        let reason = opened.recovered.expect("reports the recovery");
        assert!(reason.contains("damaged-"), "{reason}");
        opened
            .store
            .set_step_done("dont-pay", true)
            .expect("the fresh store works");
        let kept: Vec<_> = std::fs::read_dir(dir.path())
            .expect("lists")
            .filter_map(|entry| entry.ok())
            .filter(|entry| entry.file_name().to_string_lossy().contains("damaged-"))
            .collect();
        assert_eq!(kept.len(), 1, "the damaged file is kept for inspection");
    }

    #[test]
    fn a_directory_that_cannot_be_created_is_a_clear_error() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("a-file");
        std::fs::write(&file, b"x").expect("writes");
        let err = Store::open(&file.join("data")).expect_err("can't create a folder in a file");
        assert!(matches!(err, StoreError::Unwritable { .. }), "{err:?}");
        assert!(
            err.to_string().starts_with("OpenLine can't save in"),
            "{err}"
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
        let err = Store::open(dir.path()).expect_err("refuses");
        assert!(matches!(err, StoreError::NewerSchema(99)), "{err:?}");
    }
}
