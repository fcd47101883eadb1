//! What the user records, kept on the device in SQLite: ticked steps, saved starters, the
//! days they talked, children and talks with each, settings, and the installed content update.
//!
//! The store owns that state. Several instances may share one data folder (the app, a
//! notification worker, a widget), so every write changes only the rows it means to, and
//! every read sees what the others committed. Reads go through a connection of their own that
//! never waits on a lock, so a screen never waits behind a write.
//!
//! A file that can't be used is moved aside, never overwritten and never fatal.

mod aside;
mod children;
mod saved;
mod schema;

pub use saved::{Child, Recorded, Saved};

use crate::clock::Clock;
use crate::update::LastCheck;
use rusqlite::{
    Connection, ErrorCode, OptionalExtension, Transaction, TransactionBehavior, params,
};
use saved::Reader;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

/// The database's file name inside the data directory.
pub const DB_FILE: &str = "openline.sqlite3";

/// How long a write waits for another instance's write to finish before it gives up.
const BUSY_WAIT: Duration = Duration::from_secs(5);

/// Why saved data can't be used. The text says what happened underneath, paths and SQLite's
/// words included: a diagnostic. [`StoreError::message`] gives the words to show.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The data directory can't be created or written.
    #[error("can't save in {dir}: {reason}")]
    Unwritable {
        /// The directory.
        dir: PathBuf,
        /// The system's reason.
        reason: String,
    },
    /// The database was written by a newer version of the app.
    #[error("the database has schema version {0}, newer than this app knows")]
    NewerSchema(i64),
    /// The database can't be read or migrated as it is: it is moved aside when opened.
    #[error("the database can't be used: {0}")]
    Damaged(String),
    /// SQLite refused an operation.
    #[error("SQLite: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

impl StoreError {
    /// What happened, in words a shell can show.
    pub fn message(&self) -> &'static str {
        match self {
            StoreError::Unwritable { .. } => {
                "OpenLine can't save its data in the folder it was given."
            }
            StoreError::NewerSchema(_) => {
                "The saved data comes from a newer version of OpenLine. Update the app to use it."
            }
            StoreError::Sqlite(err) if is_busy(err) => {
                "Saved data is busy in another part of OpenLine, so nothing was saved. Try again."
            }
            StoreError::Damaged(_) | StoreError::Sqlite(_) => {
                "OpenLine can't read or write its saved data."
            }
        }
    }
}

/// Why a database had to start afresh when it was opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// Where the old file was kept.
    pub kept_as: PathBuf,
    /// What was wrong with it: a diagnostic, never shown as it is.
    pub cause: String,
}

/// The open database.
#[derive(Debug)]
pub struct Store {
    // Fields drop in order: the reader closes first, so that the writer, closing last,
    // folds the write-ahead log back into the database and removes it.
    reader: Mutex<Reader>,
    writer: Mutex<Connection>,
    clock: Clock,
}

/// A store just opened, and why it had to start afresh, if it did.
#[derive(Debug)]
pub struct Opened {
    /// The store.
    pub store: Store,
    /// Set when a database that can't be used was moved aside.
    pub recovered: Option<Recovery>,
}

impl Store {
    /// Opens (creating if needed) the database in `dir`. A file that can't be opened and
    /// migrated is renamed with a `.damaged-<seconds>` suffix and a fresh one created.
    pub fn open(dir: &Path, clock: Clock) -> Result<Opened, StoreError> {
        let unwritable = |reason: String| StoreError::Unwritable {
            dir: dir.to_path_buf(),
            reason,
        };
        std::fs::create_dir_all(dir).map_err(|err| unwritable(err.to_string()))?;
        let path = dir.join(DB_FILE);
        let mut recovered = None;
        loop {
            match Store::open_file(&path, clock.clone()) {
                Ok(store) => return Ok(Opened { store, recovered }),
                Err(StoreError::Damaged(cause)) if recovered.is_none() => {
                    let kept_as = aside::move_aside(&path, clock.unix_seconds())
                        .map_err(|err| unwritable(err.to_string()))?;
                    log::warn!(
                        "OpenLine started a fresh database; the old one ({cause}) is kept as {}",
                        kept_as.display()
                    );
                    recovered = Some(Recovery { kept_as, cause });
                }
                Err(StoreError::Sqlite(err)) if is_unwritable(&err) => {
                    return Err(unwritable(err.to_string()));
                }
                Err(err) => return Err(err),
            }
        }
    }

    fn open_file(path: &Path, clock: Clock) -> Result<Store, StoreError> {
        let fresh = !path.exists();
        let mut writer = Connection::open(path)?;
        writer.busy_timeout(BUSY_WAIT)?;
        schema::prepare(&mut writer, fresh)?;
        let reader = Reader::open(path, BUSY_WAIT).map_err(schema::damage)?;
        Ok(Store {
            reader: Mutex::new(reader),
            writer: Mutex::new(writer),
            clock,
        })
    }

    /// What is saved, as last committed by this or any other instance. Never waits: while
    /// another instance holds the database, this is the state last read.
    pub fn saved(&self) -> Arc<Saved> {
        let mut reader = lock(&self.reader);
        if let Err(err) = reader.refresh() {
            log::debug!("showing the state last read: {err}");
        }
        reader.saved()
    }

    fn write<T>(
        &self,
        change: impl FnOnce(&Connection) -> rusqlite::Result<T>,
    ) -> Result<T, StoreError> {
        let writer = lock(&self.writer);
        Ok(change(&writer)?)
    }

    /// Runs `change` in one transaction that holds the write lock from its start.
    fn write_all<T>(
        &self,
        change: impl FnOnce(&Transaction) -> rusqlite::Result<T>,
    ) -> Result<T, StoreError> {
        self.write(|conn| {
            let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
            let value = change(&tx)?;
            tx.commit()?;
            Ok(value)
        })
    }

    /// Ticks or unticks a step.
    pub fn set_step_done(&self, step_id: &str, done: bool) -> Result<(), StoreError> {
        let now = self.clock.unix_seconds();
        self.write(|conn| {
            if done {
                conn.execute(
                    "INSERT INTO step_progress (step_id, done_at) VALUES (?1, ?2)
                     ON CONFLICT (step_id) DO NOTHING",
                    params![step_id, now],
                )
            } else {
                conn.execute("DELETE FROM step_progress WHERE step_id = ?1", [step_id])
            }
        })?;
        Ok(())
    }

    /// Unticks every step.
    pub fn reset_steps(&self) -> Result<(), StoreError> {
        self.write(|conn| conn.execute("DELETE FROM step_progress", []))?;
        Ok(())
    }

    /// Saves or unsaves a starter, keeping the day the family talked about it.
    pub fn set_starter_saved(&self, starter_id: &str, saved: bool) -> Result<(), StoreError> {
        self.write_all(|tx| {
            tx.execute(
                "INSERT INTO starter_state (starter_id, saved) VALUES (?1, ?2)
                 ON CONFLICT (starter_id) DO UPDATE SET saved = ?2",
                params![starter_id, saved],
            )?;
            forget_if_empty(tx, starter_id)
        })
    }

    /// Records the day (YYYY-MM-DD) the family talked about a starter, or forgets it, keeping
    /// whether it is saved.
    pub fn set_talked_on(&self, starter_id: &str, day: Option<&str>) -> Result<(), StoreError> {
        self.write_all(|tx| {
            tx.execute(
                "INSERT INTO starter_state (starter_id, talked_on) VALUES (?1, ?2)
                 ON CONFLICT (starter_id) DO UPDATE SET talked_on = ?2",
                params![starter_id, day],
            )?;
            forget_if_empty(tx, starter_id)
        })
    }

    /// Saves a setting.
    pub fn set_setting(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.write(|conn| {
            conn.execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = ?2",
                params![key, value],
            )
        })?;
        Ok(())
    }
}

impl Store {
    /// Saves settings and removes others, all in one transaction, so that another instance
    /// never sees half of a change: `None` removes a key.
    pub fn set_settings(&self, changes: &[(&str, Option<&str>)]) -> Result<(), StoreError> {
        self.write_all(|tx| {
            for (key, value) in changes {
                match value {
                    Some(value) => tx.execute(
                        "INSERT INTO setting (key, value) VALUES (?1, ?2)
                         ON CONFLICT (key) DO UPDATE SET value = ?2",
                        params![key, value],
                    )?,
                    None => tx.execute("DELETE FROM setting WHERE key = ?1", [key])?,
                };
            }
            Ok(())
        })
    }
}

/// Removes a starter's row once nothing about it is kept.
fn forget_if_empty(tx: &Transaction, starter_id: &str) -> rusqlite::Result<()> {
    tx.execute(
        "DELETE FROM starter_state
         WHERE starter_id = ?1 AND saved = 0 AND talked_on IS NULL",
        [starter_id],
    )?;
    Ok(())
}

impl Store {
    /// The installed update pack's version and JSON, if one was installed. Waits for a writer
    /// like a write does: for opening and refreshing, not for rendering.
    pub fn installed_pack(&self) -> Result<Option<(u64, String)>, StoreError> {
        self.write(saved::installed_pack)
    }

    /// [`Store::installed_pack`] without waiting: `None` while another instance holds the
    /// database.
    pub fn installed_pack_now(&self) -> Option<(u64, String)> {
        lock(&self.reader).installed_pack().ok().flatten()
    }

    /// Installs a verified pack with its manifest, and the manifest's ETag, all or nothing.
    /// Returns `false`, changing nothing, when another instance installed this version or a
    /// newer one meanwhile.
    pub fn install_pack(
        &self,
        version: u64,
        manifest: &str,
        pack: &str,
        etag: Option<&str>,
    ) -> Result<bool, StoreError> {
        let version = i64::try_from(version).map_err(|_| {
            rusqlite::Error::ToSqlConversionFailure("content version out of range".into())
        })?;
        let now = self.clock.unix_seconds();
        self.write_all(|tx| {
            let changed = tx.execute(
                "INSERT INTO content_pack (slot, version, manifest, pack, installed_at)
                 VALUES (1, ?1, ?2, ?3, ?4)
                 ON CONFLICT (slot) DO UPDATE
                 SET version = ?1, manifest = ?2, pack = ?3, installed_at = ?4
                 WHERE excluded.version > content_pack.version",
                params![version, manifest, pack, now],
            )?;
            if changed == 0 {
                return Ok(false);
            }
            match etag {
                Some(etag) => remember(tx, etag, manifest)?,
                None => tx.execute("DELETE FROM update_check", []).map(drop)?,
            }
            Ok(true)
        })
    }

    /// Removes an installed pack that no longer passes its checks, and the ETag that would
    /// stop it being downloaded again.
    pub fn discard_installed_pack(&self) -> Result<(), StoreError> {
        self.write_all(|tx| {
            tx.execute("DELETE FROM content_pack", [])?;
            tx.execute("DELETE FROM update_check", [])?;
            Ok(())
        })
    }

    /// The last manifest the update server sent, with its ETag.
    pub fn last_check(&self) -> Result<Option<LastCheck>, StoreError> {
        self.write(|conn| {
            conn.query_row(
                "SELECT etag, manifest FROM update_check WHERE slot = 1",
                [],
                |row| {
                    Ok(LastCheck {
                        etag: row.get(0)?,
                        manifest: row.get(1)?,
                    })
                },
            )
            .optional()
        })
    }

    /// Remembers the manifest the update server sent and its ETag.
    pub fn remember_check(&self, etag: &str, manifest: &str) -> Result<(), StoreError> {
        self.write(|conn| remember(conn, etag, manifest))
    }
}

fn remember(conn: &Connection, etag: &str, manifest: &str) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO update_check (slot, etag, manifest) VALUES (1, ?1, ?2)
         ON CONFLICT (slot) DO UPDATE SET etag = ?1, manifest = ?2",
        params![etag, manifest],
    )?;
    Ok(())
}

/// The lock's data even after a panic elsewhere: a connection is still usable.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn sqlite_code(err: &rusqlite::Error) -> Option<ErrorCode> {
    match err {
        rusqlite::Error::SqliteFailure(failure, _) => Some(failure.code),
        _ => None,
    }
}

fn is_busy(err: &rusqlite::Error) -> bool {
    matches!(
        sqlite_code(err),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
    )
}

fn is_unwritable(err: &rusqlite::Error) -> bool {
    matches!(
        sqlite_code(err),
        Some(ErrorCode::CannotOpen | ErrorCode::ReadOnly | ErrorCode::PermissionDenied)
    )
}

#[cfg(test)]
mod tests;
