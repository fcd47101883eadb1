//! The manifest parser and signature check, as a phone runs them on what a server sends:
//! any bytes as the published file, and any text as a manifest signed by a trusted key (so
//! the checks past the signature run too). A manifest that passes is unexpired, storable and
//! in this core's format; one that fails says why in words fit to show.

#![no_main]

use libfuzzer_sys::fuzz_target;
use openline_core::{MANIFEST_FORMAT, SignedManifest, generate_key, verify_manifest};
use openline_fuzz::assert_fit_to_show;
use std::sync::LazyLock;

/// A trusted key pair, made once per process.
static KEYS: LazyLock<(String, String)> =
    LazyLock::new(|| generate_key().expect("makes a key pair"));

/// The time the checks run at: 2027-01-15.
const NOW: u64 = 1_800_000_000;

fuzz_target!(|data: &[u8]| {
    let (private, public) = &*KEYS;
    // The first byte chooses: the bytes as published, or the text signed.
    let published = match data.split_first() {
        Some((mode, text)) if mode % 2 == 1 => {
            let Ok(text) = std::str::from_utf8(text) else {
                return;
            };
            let mut signed = SignedManifest {
                manifest: text.to_owned(),
                signatures: Vec::new(),
            };
            signed.sign(private).expect("signs");
            signed.to_json().expect("serialises").into_bytes()
        }
        _ => data.to_vec(),
    };
    match verify_manifest(&published, std::slice::from_ref(public), NOW) {
        Ok(manifest) => {
            assert_eq!(manifest.format, MANIFEST_FORMAT);
            assert!(manifest.expires_at > NOW);
            assert!(i64::try_from(manifest.content_version).is_ok());
        }
        Err(err) => assert_fit_to_show(&err.to_string()),
    }
});
