//! The schema and its migrations, and the checks that tell a database OpenLine can use from
//! one it must move aside. Nothing is written to a file until it has passed them.

use super::{StoreError, is_busy, is_unwritable, saved};
use rusqlite::{Connection, ErrorCode, TransactionBehavior};

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
    // The last manifest seen and its ETag, kept together so that a `304 Not Modified` can be
    // checked against the manifest it stands for. A bare ETag kept before can't be.
    "CREATE TABLE update_check (
        slot INTEGER PRIMARY KEY NOT NULL CHECK (slot = 1),
        etag TEXT NOT NULL,
        manifest TEXT NOT NULL
    );
    DELETE FROM setting WHERE key = 'update.etag';",
    // Children by age band only, with an optional nickname, and the talks had with each.
    "CREATE TABLE child (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        age_band TEXT NOT NULL,
        nickname TEXT,
        added_at INTEGER NOT NULL
    );
    CREATE TABLE talk (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        child_id INTEGER NOT NULL,
        starter_id TEXT NOT NULL,
        talked_on TEXT NOT NULL,
        recorded_at INTEGER NOT NULL
    );
    CREATE INDEX talk_by_child ON talk (child_id);",
    // The day a parent marked a new device for a child, for a reminder after it.
    "ALTER TABLE child ADD COLUMN new_device_on TEXT;",
];

/// Brings the database in `conn` to the current schema, or says why it can't be: a newer
/// schema is refused, and anything that can't be read or migrated is [`StoreError::Damaged`].
/// The migrations and a read of everything the store reads run in one transaction, so a file
/// that fails is left as it was.
pub(super) fn prepare(conn: &mut Connection, fresh: bool) -> Result<(), StoreError> {
    // Reading the version writes nothing: a newer app's file is refused untouched.
    checked_version(conn)?;
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |row| row.get(0))
        .map_err(damage)?;
    if check != "ok" {
        return Err(StoreError::Damaged(format!("integrity check: {check}")));
    }
    if fresh {
        // A new file holds nothing to lose: no syncing until its schema is in place, and
        // the schema goes straight into the write-ahead log.
        conn.pragma_update(None, "synchronous", "OFF")?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Read again under the write lock: another instance may have migrated meanwhile.
    let applied = checked_version(&tx)?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(applied) {
        tx.execute_batch(sql).map_err(damage)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)
            .map_err(damage)?;
    }
    saved::load(&tx).map_err(damage)?;
    tx.commit()?;
    set_wal(conn)
}

/// The number of migrations applied, once it is one this app can work with.
fn checked_version(conn: &Connection) -> Result<usize, StoreError> {
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .map_err(damage)?;
    let applied = usize::try_from(version)
        .map_err(|_| StoreError::Damaged(format!("negative schema version {version}")))?;
    if applied > MIGRATIONS.len() {
        return Err(StoreError::NewerSchema(version));
    }
    Ok(applied)
}

fn set_wal(conn: &Connection) -> Result<(), StoreError> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    Ok(())
}

/// A failure to read or migrate the file as damage, unless it is one that would pass by
/// itself or that moving the file would not cure: a lock, a full disk, no permission.
pub(super) fn damage(err: rusqlite::Error) -> StoreError {
    let passing = is_busy(&err)
        || is_unwritable(&err)
        || matches!(
            super::sqlite_code(&err),
            Some(
                ErrorCode::DiskFull
                    | ErrorCode::OutOfMemory
                    | ErrorCode::SystemIoFailure
                    | ErrorCode::OperationInterrupted
                    | ErrorCode::FileLockingProtocolFailed
                    | ErrorCode::NoLargeFileSupport
            )
        );
    if passing {
        StoreError::Sqlite(err)
    } else {
        StoreError::Damaged(err.to_string())
    }
}

/// Every migration, in order.
#[cfg(test)]
pub(super) fn migrations() -> &'static [&'static str] {
    MIGRATIONS
}
