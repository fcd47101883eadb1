//! The pack loader and validator, as a phone runs them on a download: raw JSON, or a small
//! valid pack with the fuzzer's bytes spliced in at a place it chooses, so the checks deep
//! inside a pack run too. A pack that passes loads again from its own JSON and installs under
//! a matching manifest; one that fails says why in words fit to show.

#![no_main]

use libfuzzer_sys::fuzz_target;
use openline_core::{
    MANIFEST_FORMAT, Manifest, embedded_pack, parse_pack, sha256_hex, verify_pack,
};
use openline_fuzz::assert_fit_to_show;
use std::collections::BTreeSet;
use std::sync::LazyLock;

/// The built-in pack cut down to a few of everything and the sources they cite: small enough
/// to check thousands of times a second, still valid.
static BASE: LazyLock<String> = LazyLock::new(|| {
    let mut pack = (*embedded_pack().expect("the built-in pack loads")).clone();
    pack.regions
        .retain(|region| matches!(region.code.as_str(), "INTL" | "GB"));
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
});

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

fuzz_target!(|data: &[u8]| {
    let json = match data {
        [b'{', ..] => match std::str::from_utf8(data) {
            Ok(text) => text.to_owned(),
            Err(_) => return,
        },
        // `bytes` goes in at a place in the pack, replacing up to `cut` bytes there.
        [at_high, at_low, cut, bytes @ ..] => {
            let base = BASE.as_bytes();
            let at = usize::from(u16::from_be_bytes([*at_high, *at_low])) * base.len() / 65_536;
            let end = (at + usize::from(*cut)).min(base.len());
            match String::from_utf8([&base[..at], bytes, &base[end..]].concat()) {
                Ok(text) => text,
                Err(_) => return,
            }
        }
        _ => return,
    };
    match parse_pack(&json) {
        Ok(pack) => {
            let again = serde_json::to_string(&pack).expect("serialises");
            assert!(
                parse_pack(&again).is_ok(),
                "a pack that passes passes again"
            );
            let manifest = Manifest {
                format: MANIFEST_FORMAT,
                content_version: pack.version,
                min_core_version: "0.1.0".into(),
                created_at: 0,
                expires_at: u64::MAX,
                pack_file: "pack.json".into(),
                pack_size: json.len() as u64,
                pack_sha256: sha256_hex(json.as_bytes()),
            };
            verify_pack(&manifest, json.into_bytes()).expect("installs under its manifest");
        }
        Err(err) => assert_fit_to_show(&err.to_string()),
    }
});
