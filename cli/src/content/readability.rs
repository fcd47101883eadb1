//! The content checks written in Python, run by `openline content check`: readability
//! (`tests/content/readability.py`, textstat) and translation coverage
//! (`tests/content/translations.py`). They live next to the content, in the repository's
//! `tests/content/`, run with the Python of `target/venv` that `tests/tools/python-env.sh`
//! makes, and read the content as the core loads it: an export (`export.rs`) written for them.

use super::export;
use openline_model::pack::Pack;
use std::io::Write;
use std::path::Path;
use std::process::Command;

/// The scripts, in the order they run.
const SCRIPTS: [&str; 2] = ["readability.py", "translations.py"];

/// How the scripts went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every script ran and passed.
    Passed,
    /// A script failed, or could not run; the reason is printed.
    Failed,
    /// There are no scripts next to this content folder (not a checkout of the repository).
    Skipped,
}

/// Exports `pack`, the content loaded from `content_dir`, and runs the scripts on it, letting
/// them print their tables.
pub fn run(content_dir: &Path, pack: &Pack) -> Outcome {
    let root = content_dir.join("..");
    let scripts = root.join("tests").join("content");
    if !scripts.join(SCRIPTS[0]).is_file() {
        println!(
            "warning: readability and translations not checked: no {} next to {}",
            Path::new("tests/content").join(SCRIPTS[0]).display(),
            content_dir.display()
        );
        return Outcome::Skipped;
    }
    let python = root.join("target").join("venv").join("bin").join("python");
    if !python.is_file() {
        println!(
            "error: readability and translations can't be checked: {} is missing. \
             Run tests/tools/python-env.sh first.",
            python.display()
        );
        return Outcome::Failed;
    }
    let exported = match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(err) => {
            println!("error: can't make a folder for the content export: {err}");
            return Outcome::Failed;
        }
    };
    if let Err(reason) = export::write(pack, exported.path()) {
        println!("error: {reason}");
        return Outcome::Failed;
    }
    let mut outcome = Outcome::Passed;
    for name in SCRIPTS {
        if let Err(reason) = run_script(&python, &scripts.join(name), exported.path()) {
            println!("error: {reason}");
            outcome = Outcome::Failed;
        }
    }
    outcome
}

/// Runs one script with the export folder as its argument; its output goes straight to ours.
fn run_script(python: &Path, script: &Path, exported: &Path) -> Result<(), String> {
    // Our buffered lines first, so the script's table follows them.
    std::io::stdout().flush().ok();
    let status = Command::new(python)
        .arg(script)
        .arg(exported)
        .status()
        .map_err(|err| format!("can't run {}: {err}", script.display()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{} failed ({status})", script.display()))
    }
}
