//! Children by age band and the talks had with each: every change is one transaction, and
//! removing a child removes their talks with them.

use super::{Store, StoreError};
use rusqlite::params;

impl Store {
    /// Adds a child; returns their id.
    pub fn add_child(&self, age: &str, nickname: Option<&str>) -> Result<i64, StoreError> {
        let now = self.clock.unix_seconds();
        self.write(|conn| {
            conn.execute(
                "INSERT INTO child (age_band, nickname, added_at) VALUES (?1, ?2, ?3)",
                params![age, nickname, now],
            )?;
            Ok(conn.last_insert_rowid())
        })
    }

    /// Changes a child's age band and nickname; `false` when there is no such child.
    pub fn edit_child(
        &self,
        id: i64,
        age: &str,
        nickname: Option<&str>,
    ) -> Result<bool, StoreError> {
        let changed = self.write(|conn| {
            conn.execute(
                "UPDATE child SET age_band = ?2, nickname = ?3 WHERE id = ?1",
                params![id, age, nickname],
            )
        })?;
        Ok(changed > 0)
    }

    /// Removes a child and every talk with them; `false` when there is no such child.
    pub fn remove_child(&self, id: i64) -> Result<bool, StoreError> {
        self.write_all(|tx| {
            tx.execute("DELETE FROM talk WHERE child_id = ?1", [id])?;
            Ok(tx.execute("DELETE FROM child WHERE id = ?1", [id])? > 0)
        })
    }

    /// Records a talk with a child about a starter on `day` (YYYY-MM-DD); `None` when there
    /// is no such child, so that a talk never outlives its child.
    pub fn add_talk(
        &self,
        child_id: i64,
        starter_id: &str,
        day: &str,
    ) -> Result<Option<i64>, StoreError> {
        let now = self.clock.unix_seconds();
        self.write_all(|tx| {
            let added = tx.execute(
                "INSERT INTO talk (child_id, starter_id, talked_on, recorded_at)
                 SELECT id, ?2, ?3, ?4 FROM child WHERE id = ?1",
                params![child_id, starter_id, day, now],
            )?;
            Ok((added > 0).then(|| tx.last_insert_rowid()))
        })
    }

    /// Marks the day (YYYY-MM-DD) a child got a new device, or forgets it; `false` when there
    /// is no such child.
    pub fn set_new_device(&self, id: i64, day: Option<&str>) -> Result<bool, StoreError> {
        let changed = self.write(|conn| {
            conn.execute(
                "UPDATE child SET new_device_on = ?2 WHERE id = ?1",
                params![id, day],
            )
        })?;
        Ok(changed > 0)
    }

    /// Forgets one talk; `false` when there is no such talk.
    pub fn remove_talk(&self, id: i64) -> Result<bool, StoreError> {
        let removed = self.write(|conn| conn.execute("DELETE FROM talk WHERE id = ?1", [id]))?;
        Ok(removed > 0)
    }
}

#[cfg(test)]
mod tests {
    use crate::clock::Clock;
    use crate::store::Store;

    fn store(dir: &std::path::Path) -> Store {
        Store::open(dir, Clock::fixed(1_796_000_000))
            .expect("opens")
            .store
    }

    #[test]
    fn children_and_talks_survive_a_reopen_and_go_together() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = store(dir.path());
        let older = first.add_child("14-17", None).expect("adds");
        let younger = first.add_child("11-13", Some("Sam")).expect("adds");
        let talk = first
            .add_talk(younger, "a-starter", "2026-12-02")
            .expect("writes")
            .expect("the child exists");
        first
            .add_talk(older, "b-starter", "2026-12-01")
            .expect("writes");
        drop(first);

        let again = store(dir.path());
        let saved = again.saved();
        let children = &saved.recorded.children;
        assert_eq!(children.len(), 2);
        assert_eq!(
            (children[1].age.as_str(), children[1].nickname.as_deref()),
            ("11-13", Some("Sam"))
        );
        let with_younger: Vec<_> = saved.recorded.talks_with(younger).collect();
        assert_eq!(with_younger.len(), 1);
        assert_eq!(with_younger[0].day, "2026-12-02");

        assert!(again.edit_child(younger, "14-17", None).expect("writes"));
        assert!(
            again
                .set_new_device(younger, Some("2026-12-24"))
                .expect("writes")
        );
        assert!(
            !again
                .set_new_device(9_999, Some("2026-12-24"))
                .expect("writes")
        );
        assert!(again.remove_talk(talk).expect("writes"));
        assert!(!again.remove_talk(talk).expect("writes"), "already gone");
        assert!(again.remove_child(older).expect("writes"));
        assert!(!again.edit_child(older, "8-10", None).expect("writes"));
        assert_eq!(
            again
                .add_talk(older, "b-starter", "2026-12-03")
                .expect("writes"),
            None
        );
        let saved = again.saved();
        assert_eq!(saved.recorded.children.len(), 1);
        assert_eq!(saved.recorded.children[0].age, "14-17");
        assert_eq!(saved.recorded.children[0].nickname, None);
        assert_eq!(
            saved.recorded.children[0].new_device_on.as_deref(),
            Some("2026-12-24")
        );
        assert!(
            saved.recorded.talks.is_empty(),
            "the removed child's talks went with them"
        );
    }
}
