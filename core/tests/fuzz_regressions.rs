//! The inputs fuzzing found, kept in `fuzz/regressions/`, run again on every `cargo test` with
//! the same checks the fuzz targets make: `scripts/fuzz.sh` replays them too, but only where
//! the nightly toolchain is installed.

// The fuzz targets' own checks, so that the two can't drift apart.
#[path = "../../fuzz/src/lib.rs"]
mod fit;

use openline_core::{OpenLineError, SignedManifest, generate_key, verify_manifest};
use std::path::{Path, PathBuf};

/// The files kept for `target`, by name.
fn kept(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../fuzz/regressions")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("lists {}: {err}", dir.display()))
        .map(|entry| entry.expect("reads an entry").path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "inputs are kept for {target}");
    files
}

#[test]
fn routes_fuzzing_found_render_or_are_refused_in_words_fit_to_show() {
    let dir = fit::scratch();
    let core = fit::open_in(&dir);
    for file in kept("screen") {
        let input = String::from_utf8_lossy(&std::fs::read(&file).expect("reads")).into_owned();
        match core.screen(input.clone()) {
            Ok(screen) => assert!(!screen.route.is_empty(), "{input:?}"),
            Err(OpenLineError::UnknownRoute(message)) => fit::assert_fit_to_show(&message),
            Err(other) => panic!("{}: a route can only be unknown: {other:?}", file.display()),
        }
    }
}

#[test]
fn manifests_fuzzing_found_are_refused_in_words_fit_to_show() {
    let (private, public) = generate_key().expect("makes a key pair");
    for file in kept("manifest") {
        let bytes = std::fs::read(&file).expect("reads");
        // As in the manifest target: an odd first byte means the rest is signed as it is.
        let published = match bytes.split_first() {
            Some((mode, text)) if mode % 2 == 1 => {
                let mut signed = SignedManifest {
                    manifest: String::from_utf8(text.to_vec()).expect("UTF-8"),
                    signatures: Vec::new(),
                };
                signed.sign(&private).expect("signs");
                signed.to_json().expect("serialises").into_bytes()
            }
            _ => bytes,
        };
        match verify_manifest(&published, std::slice::from_ref(&public), 1_800_000_000) {
            Ok(manifest) => panic!("{}: passed as {manifest:?}", file.display()),
            Err(err) => fit::assert_fit_to_show(&err.to_string()),
        }
    }
}

#[test]
fn the_small_pack_the_pack_fuzzer_starts_from_passes_its_checks() {
    let json = fit::small_pack_json();
    assert!(
        json.len() < embedded_pack_json_len() / 2,
        "small enough to check quickly"
    );
}

fn embedded_pack_json_len() -> usize {
    let pack = openline_core::embedded_pack().expect("the built-in pack loads");
    serde_json::to_string(&*pack).expect("serialises").len()
}
