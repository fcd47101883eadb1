//! The authored content (TOML) loader: a copy of `content/` with one file changed by the
//! fuzzer's bytes, spliced in at a place it chooses, so most inputs are nearly valid content.
//! It loads or says why not, and what loads can be checked, every problem traced back to its
//! file and line.

#![no_main]

use libfuzzer_sys::fuzz_target;
use openline_fuzz::scratch;
use openline_model::authoring::Authored;
use openline_model::validate::validate;
use std::path::{Path, PathBuf};
use std::sync::{LazyLock, Mutex};

struct Copy {
    dir: tempfile::TempDir,
    /// Each file of the copy, as authored.
    files: Vec<(PathBuf, Vec<u8>)>,
}

static COPY: LazyLock<Mutex<Copy>> = LazyLock::new(|| {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let dir = scratch();
    let mut files = Vec::new();
    copy(&content, dir.path(), &mut files);
    files.sort();
    assert!(!files.is_empty(), "content/ has files");
    Mutex::new(Copy { dir, files })
});

fn copy(from: &Path, to: &Path, files: &mut Vec<(PathBuf, Vec<u8>)>) {
    std::fs::create_dir_all(to).expect("makes the folder");
    for entry in std::fs::read_dir(from).expect("lists content") {
        let entry = entry.expect("reads an entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy(&entry.path(), &target, files);
        } else {
            let bytes = std::fs::read(entry.path()).expect("reads a file");
            std::fs::write(&target, &bytes).expect("copies a file");
            files.push((target, bytes));
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let [choice, at_high, at_low, cut, bytes @ ..] = data else {
        return;
    };
    let copy = COPY.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let (path, original) = &copy.files[usize::from(*choice) % copy.files.len()];
    // `bytes` goes in at a place in the file, replacing up to `cut` bytes there.
    let at = usize::from(u16::from_be_bytes([*at_high, *at_low])) * original.len() / 65_536;
    let end = (at + usize::from(*cut)).min(original.len());
    let changed = [&original[..at], bytes, &original[end..]].concat();
    std::fs::write(path, changed).expect("changes the file");
    match Authored::load(copy.dir.path()) {
        Ok(authored) => {
            for problem in validate(&authored.pack, None) {
                let _ = authored.locate(&problem);
            }
        }
        Err(err) => drop(err.to_string()),
    }
    std::fs::write(path, original).expect("restores the file");
});
