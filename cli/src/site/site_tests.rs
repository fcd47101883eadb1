//! Tests for building the whole site.

use super::*;

struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let path =
            std::env::temp_dir().join(format!("openline-site-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        Scratch(path)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn read(dir: &Path, path: &str) -> String {
    std::fs::read_to_string(dir.join(path)).unwrap_or_else(|err| panic!("{path}: {err}"))
}

#[test]
fn builds_every_region_with_its_own_numbers_and_replaces_itself() {
    let scratch = Scratch::new("build");
    let out = scratch.0.join("site");
    let summary = build(&out).expect("builds");
    assert!(summary.languages.contains(&"en".to_owned()));
    assert!(summary.regions.len() >= 7);
    assert!(summary.pages > 7 * 100);

    let gb = read(&out, "en/gb/teen/index.html");
    assert!(gb.contains("href=\"tel:999\""));
    assert!(gb.contains("href=\"tel:08001111\""));
    assert!(gb.contains("data-exit"), "teen pages offer the quick exit");
    assert!(gb.contains("data-progress="));
    let us = read(&out, "en/us/report/index.html");
    assert!(us.contains("href=\"tel:911\""));
    assert!(us.contains("href=\"sms:741741?body=THORN\""));
    assert!(us.contains("href=\"https://report.cybertip.org\" rel=\"noopener noreferrer\""));
    assert!(us.contains("href=\"instagram/index.html\""));
    let parent = read(&out, "en/gb/parent/index.html");
    assert!(!parent.contains("data-exit"), "parent pages don't");
    assert!(
        out.join("en/gb/parent/age-14-17/moment-new-device/index.html")
            .exists()
    );
    let settings = read(&out, "en/gb/settings/index.html");
    assert!(settings.contains("href=\"../../us/settings/index.html\""));

    let root = read(&out, "index.html");
    assert!(root.contains("href=\"en/gb/index.html\""));
    assert!(read(&out, "404.html").contains("href=\"/en/intl/index.html\""));
    for (path, _) in SHARED_FILES {
        assert!(out.join(path).exists(), "{path} is written");
    }

    std::fs::write(out.join("stale.html"), "old").expect("writes");
    build(&out).expect("rebuilds over its own output");
    assert!(!out.join("stale.html").exists());
}

#[test]
fn leaves_folders_it_did_not_write_alone() {
    let scratch = Scratch::new("foreign");
    std::fs::create_dir_all(&scratch.0).expect("creates");
    std::fs::write(scratch.0.join("notes.txt"), "mine").expect("writes");
    let err = build(&scratch.0).err().expect("refuses");
    assert!(matches!(err, SiteError::NotASite(_)), "{err}");
    assert_eq!(read(&scratch.0, "notes.txt"), "mine");
}
