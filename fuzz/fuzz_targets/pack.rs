//! The pack loader and validator, as a phone runs them on a download: raw JSON, or a small
//! valid pack with the fuzzer's bytes spliced in at a place it chooses, so the checks deep
//! inside a pack run too. A pack that passes loads again from its own JSON and installs under
//! a matching manifest; one that fails says why in words fit to show.

#![no_main]

use libfuzzer_sys::fuzz_target;
use openline_core::{MANIFEST_FORMAT, Manifest, parse_pack, sha256_hex, verify_pack};
use openline_fuzz::{assert_fit_to_show, small_pack_json};
use std::sync::LazyLock;

/// The small valid pack the fuzzer's bytes are spliced into.
static BASE: LazyLock<String> = LazyLock::new(small_pack_json);

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
