//! Reading what is saved: one consistent read of every table, and a reader that reloads only
//! when some connection, in this process or another, committed since its last look.

use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

/// What the user saved about one starter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StarterState {
    /// Saved as a favourite.
    pub saved: bool,
    /// The day (YYYY-MM-DD) the family talked about it.
    pub talked_on: Option<String>,
}

/// A child the parent added: an age band, and a nickname only if they gave one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Child {
    /// The row id, which events name.
    pub id: i64,
    /// The age band's slug, such as `11-13`.
    pub age: String,
    /// What the parent calls them here, if anything.
    pub nickname: Option<String>,
    /// The day (YYYY-MM-DD) the parent marked a new device for them, if they did.
    pub new_device_on: Option<String>,
}

/// One talk with one child about one starter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Talk {
    /// The row id, which undo names.
    pub id: i64,
    /// The child's id.
    pub child_id: i64,
    /// The starter talked about.
    pub starter_id: String,
    /// The family's own date (YYYY-MM-DD).
    pub day: String,
}

/// Everything the user recorded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recorded {
    /// Ids of ticked steps.
    pub done_steps: HashSet<String>,
    /// Starter state by id, only for starters with something saved.
    pub starters: HashMap<String, StarterState>,
    /// Settings by key.
    pub settings: HashMap<String, String>,
    /// Children, in the order they were added.
    pub children: Vec<Child>,
    /// Talks, in the order they were recorded.
    pub talks: Vec<Talk>,
}

impl Recorded {
    /// The talks with one child, oldest first.
    pub fn talks_with(&self, child_id: i64) -> impl Iterator<Item = &Talk> {
        self.talks
            .iter()
            .filter(move |talk| talk.child_id == child_id)
    }
}

/// Everything saved on the device, read in one go.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Saved {
    /// What the user recorded.
    pub recorded: Recorded,
    /// The version of the installed content update, if there is one.
    pub installed_version: Option<u64>,
}

/// Reads every table the store uses; any table or value that is not as the schema says fails.
pub(super) fn load(conn: &Connection) -> rusqlite::Result<Saved> {
    let mut recorded = Recorded::default();
    let mut steps = conn.prepare_cached("SELECT step_id FROM step_progress")?;
    for id in steps.query_map([], |row| row.get::<_, String>(0))? {
        recorded.done_steps.insert(id?);
    }
    let mut starters =
        conn.prepare_cached("SELECT starter_id, saved, talked_on FROM starter_state")?;
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
    let mut settings = conn.prepare_cached("SELECT key, value FROM setting")?;
    let rows = settings.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
    for row in rows {
        let (key, value) = row?;
        recorded.settings.insert(key, value);
    }
    let mut children =
        conn.prepare_cached("SELECT id, age_band, nickname, new_device_on FROM child ORDER BY id")?;
    let rows = children.query_map([], |row| {
        Ok(Child {
            id: row.get(0)?,
            age: row.get(1)?,
            nickname: row.get(2)?,
            new_device_on: row.get(3)?,
        })
    })?;
    recorded.children = rows.collect::<rusqlite::Result<_>>()?;
    let mut talks = conn.prepare_cached(
        "SELECT id, child_id, starter_id, talked_on FROM talk ORDER BY talked_on, id",
    )?;
    let rows = talks.query_map([], |row| {
        Ok(Talk {
            id: row.get(0)?,
            child_id: row.get(1)?,
            starter_id: row.get(2)?,
            day: row.get(3)?,
        })
    })?;
    recorded.talks = rows.collect::<rusqlite::Result<_>>()?;
    let installed_version = conn
        .prepare_cached("SELECT version FROM content_pack WHERE slot = 1")?
        .query_row([], |row| version(row, 0))
        .optional()?;
    conn.prepare_cached("SELECT etag, manifest FROM update_check")?
        .query_map([], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
        })?
        .try_for_each(|row| row.map(drop))?;
    Ok(Saved {
        recorded,
        installed_version,
    })
}

/// The installed update pack's version and JSON.
pub(super) fn installed_pack(conn: &Connection) -> rusqlite::Result<Option<(u64, String)>> {
    conn.query_row(
        "SELECT version, pack FROM content_pack WHERE slot = 1",
        [],
        |row| Ok((version(row, 0)?, row.get(1)?)),
    )
    .optional()
}

/// A content version column, which is never negative.
fn version(row: &rusqlite::Row, index: usize) -> rusqlite::Result<u64> {
    let version: i64 = row.get(index)?;
    u64::try_from(version).map_err(|_| rusqlite::Error::IntegralValueOutOfRange(index, version))
}

/// A read-only connection and the state it last read.
#[derive(Debug)]
pub(super) struct Reader {
    conn: Connection,
    data_version: i64,
    saved: Arc<Saved>,
}

impl Reader {
    /// Opens a reader on `path` and reads everything, waiting up to `patience` for a lock;
    /// afterwards it never waits.
    pub(super) fn open(path: &Path, patience: Duration) -> rusqlite::Result<Reader> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        conn.busy_timeout(patience)?;
        let (data_version, saved) = read(&conn)?;
        conn.busy_timeout(Duration::ZERO)?;
        Ok(Reader {
            conn,
            data_version,
            saved: Arc::new(saved),
        })
    }

    /// Reads again if anything was committed since the last read. Fails at once, keeping the
    /// last state, if the database is locked.
    pub(super) fn refresh(&mut self) -> rusqlite::Result<()> {
        if data_version(&self.conn)? != self.data_version {
            let (data_version, saved) = read(&self.conn)?;
            self.data_version = data_version;
            self.saved = Arc::new(saved);
        }
        Ok(())
    }

    /// The state last read.
    pub(super) fn saved(&self) -> Arc<Saved> {
        self.saved.clone()
    }

    /// The installed pack, read now.
    pub(super) fn installed_pack(&self) -> rusqlite::Result<Option<(u64, String)>> {
        installed_pack(&self.conn)
    }
}

/// Everything, and the data version it was read at, in one read transaction.
fn read(conn: &Connection) -> rusqlite::Result<(i64, Saved)> {
    let tx = conn.unchecked_transaction()?;
    let data_version = data_version(&tx)?;
    let saved = load(&tx)?;
    tx.finish()?;
    Ok((data_version, saved))
}

/// Changes whenever another connection commits.
fn data_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.prepare_cached("PRAGMA data_version")?
        .query_row([], |row| row.get(0))
}
