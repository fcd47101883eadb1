//! `openline content export`: the content as the core loads it, for the checks written in
//! Python (`tests/content/`), so they never read the TOML themselves.
//!
//! Writes `pack.json`, the compiled pack the core embeds, and `texts.json`, every translatable
//! text with its key, where it sits, whether a translation must translate it, and its English.

use openline_model::keys;
use openline_model::pack::Pack;
use std::path::Path;

/// The compiled pack.
pub const PACK_FILE: &str = "pack.json";
/// The translatable texts.
pub const TEXTS_FILE: &str = "texts.json";

/// Writes `pack`'s export into `out`, creating it if needed.
pub fn write(pack: &Pack, out: &Path) -> Result<(), String> {
    std::fs::create_dir_all(out).map_err(|err| format!("can't create {}: {err}", out.display()))?;
    let pack_json = serde_json::to_string_pretty(pack).map_err(|err| err.to_string())?;
    let texts_json =
        serde_json::to_string_pretty(&keys::texts(pack)).map_err(|err| err.to_string())?;
    for (name, json) in [(PACK_FILE, pack_json), (TEXTS_FILE, texts_json)] {
        let path = out.join(name);
        std::fs::write(&path, json + "\n")
            .map_err(|err| format!("can't write {}: {err}", path.display()))?;
    }
    Ok(())
}
