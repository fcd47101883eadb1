//! The content checks written in Python, run by `openline content check`: readability
//! (`tests/content/readability.py`, textstat) and translation coverage
//! (`tests/content/translations.py`). They live next to the content, in the repository's
//! `tests/content/`, and run with the Python of `target/venv` that `tests/tools/python-env.sh`
//! makes.

use openline_model::keys;
use openline_model::pack::Pack;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// A script and whether it is given `keys::all` on stdin (to catch a drift between the Rust
/// key list and the script's copy of it).
const SCRIPTS: [(&str, bool); 2] = [("readability.py", false), ("translations.py", true)];

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

/// Runs the scripts on `content_dir`, letting them print their tables. `pack` is the content
/// as loaded, for the key list.
pub fn run(content_dir: &Path, pack: &Pack) -> Outcome {
    let root = content_dir.join("..");
    let scripts = root.join("tests").join("content");
    if !scripts.join(SCRIPTS[0].0).is_file() {
        println!(
            "warning: readability and translations not checked: no {} next to {}",
            Path::new("tests/content").join(SCRIPTS[0].0).display(),
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
    let key_list = keys::all(pack).join("\n");
    let mut outcome = Outcome::Passed;
    for (name, pass_keys) in SCRIPTS {
        let script = scripts.join(name);
        let stdin = pass_keys.then_some(key_list.as_str());
        if let Err(reason) = run_script(&python, &script, content_dir, stdin) {
            println!("error: {reason}");
            outcome = Outcome::Failed;
        }
    }
    outcome
}

/// Runs one script with the content folder as its argument; its output goes straight to ours.
fn run_script(
    python: &Path,
    script: &Path,
    content_dir: &Path,
    stdin: Option<&str>,
) -> Result<(), String> {
    // Our buffered lines first, so the script's table follows them.
    std::io::stdout().flush().ok();
    let mut command = Command::new(python);
    command.arg(script).arg(content_dir);
    if stdin.is_some() {
        command.args(["--rust-keys", "-"]).stdin(Stdio::piped());
    }
    let mut child = command
        .spawn()
        .map_err(|err| format!("can't run {}: {err}", script.display()))?;
    let written = match (stdin, child.stdin.take()) {
        // The pipe closes when `pipe` drops, so the script sees the end of the list.
        (Some(text), Some(mut pipe)) => pipe.write_all(text.as_bytes()),
        _ => Ok(()),
    };
    let status = child
        .wait()
        .map_err(|err| format!("{} did not finish: {err}", script.display()))?;
    written.map_err(|err| format!("can't write to {}: {err}", script.display()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{} failed ({status})", script.display()))
    }
}
