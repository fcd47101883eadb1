//! Validates `content/` and embeds it as JSON. Bad content fails the build with the file and
//! line to fix.

use openline_model::authoring::Authored;
use openline_model::validate::{Severity, validate};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let content_dir = match manifest_dir.parent() {
        Some(workspace) => workspace.join("content"),
        None => manifest_dir.join("content"),
    };
    println!("cargo:rerun-if-changed={}", content_dir.display());
    let authored = match Authored::load(&content_dir) {
        Ok(authored) => authored,
        Err(err) => {
            eprintln!("error: bad content: {err}");
            return ExitCode::FAILURE;
        }
    };
    let mut failed = false;
    // Only errors stop the build. Warnings, and staleness, which depends on the day, are
    // reported by `openline content check`, which the test command runs.
    for problem in validate(&authored.pack, None) {
        if problem.severity == Severity::Error {
            eprintln!("error: {}: {}", authored.locate(&problem), problem.message);
            failed = true;
        }
    }
    if failed {
        return ExitCode::FAILURE;
    }
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let json = match serde_json::to_string(&authored.pack) {
        Ok(json) => json,
        Err(err) => {
            eprintln!("error: can't encode the content: {err}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(err) = std::fs::write(out_dir.join("pack.json"), json) {
        eprintln!("error: can't write the embedded pack: {err}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
