//! Moving a database that can't be used out of the way, with its journal files, under a name
//! no earlier kept copy has.

use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};

/// The files SQLite may keep beside a database, which belong with it.
const COMPANIONS: [&str; 3] = ["-wal", "-shm", "-journal"];

/// Most kept copies with one time stamp; more in one second means something is looping.
const MAX_SAME_SECOND: u32 = 1000;

/// Renames the database at `path` and its companions to `<name>.damaged-<unix_seconds>`, or
/// `…-2`, `…-3` when that is taken; returns the new name of the main file.
pub(super) fn move_aside(path: &Path, unix_seconds: i64) -> io::Result<PathBuf> {
    let aside = (1..=MAX_SAME_SECOND)
        .map(|n| candidate(path, unix_seconds, n))
        .find(|candidate| !taken(candidate))
        .ok_or_else(|| io::Error::other("too many damaged copies in one second"))?;
    std::fs::rename(path, &aside)?;
    for companion in COMPANIONS {
        let from = with_suffix(path, companion);
        if from.exists() {
            std::fs::rename(&from, with_suffix(&aside, companion))?;
        }
    }
    Ok(aside)
}

fn candidate(path: &Path, unix_seconds: i64, n: u32) -> PathBuf {
    let suffix = match n {
        1 => format!(".damaged-{unix_seconds}"),
        _ => format!(".damaged-{unix_seconds}-{n}"),
    };
    with_suffix(path, &suffix)
}

fn taken(candidate: &Path) -> bool {
    candidate.exists()
        || COMPANIONS
            .iter()
            .any(|companion| with_suffix(candidate, companion).exists())
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = OsString::from(path.as_os_str());
    name.push(suffix);
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_copy_is_never_overwritten() {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("db");
        let mut kept = Vec::new();
        for n in 0..3u8 {
            std::fs::write(&db, [n]).expect("writes");
            std::fs::write(with_suffix(&db, "-wal"), [n, n]).expect("writes");
            kept.push(move_aside(&db, 1_000).expect("moves"));
        }
        let names: Vec<String> = kept
            .iter()
            .map(|path| {
                path.file_name()
                    .expect("named")
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        assert_eq!(
            names,
            ["db.damaged-1000", "db.damaged-1000-2", "db.damaged-1000-3"]
        );
        for (n, path) in kept.iter().enumerate() {
            assert_eq!(std::fs::read(path).expect("reads"), [n as u8]);
            assert_eq!(
                std::fs::read(with_suffix(path, "-wal")).expect("reads"),
                [n as u8, n as u8],
                "the journal moved with its database"
            );
        }
        assert!(!db.exists());
    }
}
