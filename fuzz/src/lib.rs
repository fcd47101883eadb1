//! What the fuzz targets check besides "never panics": every message is fit to show a person
//! as it is, and the things they share.

use openline_core::{Config, OpenLine, embedded_pack, parse_pack};
use std::collections::BTreeSet;
use std::sync::Arc;

/// Panics unless `message` is a short line a shell can show as it is: no control characters,
/// and outside the input it quotes, no file path, no SQL or SQLite's words.
pub fn assert_fit_to_show(message: &str) {
    assert!(
        message.chars().count() <= 300,
        "too long to show: {} characters",
        message.chars().count()
    );
    assert!(
        !message.chars().any(char::is_control),
        "control characters shown: {message:?}"
    );
    let lower = unquoted(message).to_lowercase();
    for word in ["sqlite", "sql ", "/tmp/", "database disk image"] {
        assert!(!lower.contains(word), "{word:?} shown: {message:?}");
    }
}

/// `message` without the input it quotes: what is inside `"…"` may say anything.
fn unquoted(message: &str) -> String {
    let mut outside = String::new();
    let (mut quoted, mut escaped) = (false, false);
    for c in message.chars() {
        match (quoted, escaped, c) {
            (true, false, '\\') => escaped = true,
            (true, true, _) => escaped = false,
            (_, _, '"') => quoted = !quoted,
            (false, _, _) => outside.push(c),
            (true, false, _) => {}
        }
    }
    outside
}

/// A folder for one fuzzing process, under `$OPENLINE_FUZZ_TMP` when `scripts/fuzz.sh` sets
/// it (the script removes it afterwards), else in the system's temporary directory. It lives
/// as long as the process: a new one per input would measure file creation, not OpenLine.
pub fn scratch() -> tempfile::TempDir {
    let made = match std::env::var_os("OPENLINE_FUZZ_TMP") {
        Some(root) => std::fs::create_dir_all(&root).and_then(|()| tempfile::tempdir_in(root)),
        None => tempfile::tempdir(),
    };
    made.unwrap_or_else(|err| panic!("makes a scratch folder: {err}"))
}

/// A core on the data folder `dir`, as a phone in the UK would open it.
pub fn open_in(dir: &tempfile::TempDir) -> Arc<OpenLine> {
    let config = Config::new(dir.path().to_string_lossy(), "en-GB");
    OpenLine::open(config).unwrap_or_else(|err| panic!("opens: {err}"))
}

/// The built-in pack cut down to a few of everything and the sources they cite, as JSON: small
/// enough to check thousands of times a second, still valid. Panics if it no longer passes the
/// pack's checks, which `core/tests/fuzz_regressions.rs` would show first.
pub fn small_pack_json() -> String {
    let mut pack = (*embedded_pack().expect("the built-in pack loads")).clone();
    let kept = |code: &str| matches!(code, "INTL" | "GB");
    pack.regions.retain(|region| kept(&region.code));
    let parent = &mut pack.parent;
    for advice in [
        &mut parent.disclosure,
        &mut parent.warning_signs,
        &mut parent.tips,
    ] {
        advice.retain(|advice| advice.regions.is_empty() || advice.regions.iter().any(|c| kept(c)));
    }
    pack.platforms.truncate(2);
    pack.parent.starters.truncate(3);
    pack.translations.clear();
    let sources = std::mem::take(&mut pack.sources);
    let mut cited = BTreeSet::new();
    strings_in(
        &serde_json::to_value(&pack).expect("serialises"),
        &mut cited,
    );
    pack.sources = sources
        .into_iter()
        .filter(|source| cited.contains(&source.id))
        .collect();
    let json = serde_json::to_string(&pack).expect("serialises");
    if let Err(err) = parse_pack(&json) {
        panic!(
            "the cut-down pack must pass its checks: {err}: {:?}",
            err.diagnostic()
        );
    }
    json
}

/// Every string anywhere in `value`: whatever a source id could be cited as.
fn strings_in(value: &serde_json::Value, found: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::String(text) => {
            found.insert(text.clone());
        }
        serde_json::Value::Array(items) => items.iter().for_each(|item| strings_in(item, found)),
        serde_json::Value::Object(map) => map.values().for_each(|item| strings_in(item, found)),
        _ => {}
    }
}
