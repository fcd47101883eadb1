//! `openline content check` and `export` on copies of the repository's content, with the
//! Python checks they run.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn openline(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_openline"))
        .args(args)
        .arg("--dir")
        .arg(dir)
        .output()
        .expect("runs openline")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for entry in std::fs::read_dir(from).expect("a folder to copy") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("a copy");
        }
    }
}

/// A checkout with a copy of `content/` and `tests/content/`, using the repository's Python
/// (`tests/tools/python-env.sh` makes it, before the Rust tests run).
struct Checkout {
    root: tempfile::TempDir,
}

impl Checkout {
    fn new() -> Checkout {
        let root = tempfile::tempdir().expect("a temporary folder");
        copy_dir(&repository().join("content"), &root.path().join("content"));
        copy_dir(
            &repository().join("tests/content"),
            &root.path().join("tests/content"),
        );
        let venv = repository().join("target/venv");
        assert!(venv.is_dir(), "run tests/tools/python-env.sh first");
        std::fs::create_dir(root.path().join("target")).expect("a folder");
        std::os::unix::fs::symlink(venv, root.path().join("target/venv")).expect("a link");
        Checkout { root }
    }

    fn content(&self) -> PathBuf {
        self.root.path().join("content")
    }

    /// Removes the first line of `file` (under content/) that starts with `start`.
    fn remove_line(&self, file: &str, start: &str) {
        let path = self.content().join(file);
        let text = std::fs::read_to_string(&path).expect("the file is there");
        let mut lines: Vec<&str> = text.lines().collect();
        let index = lines
            .iter()
            .position(|line| line.starts_with(start))
            .unwrap_or_else(|| panic!("{file} has no line {start:?}"));
        lines.remove(index);
        std::fs::write(&path, lines.join("\n") + "\n").expect("written");
    }

    /// Replaces the one occurrence of `from` in `file` (under content/) with `to`.
    fn replace(&self, file: &str, from: &str, to: &str) {
        let path = self.content().join(file);
        let text = std::fs::read_to_string(&path).expect("the file is there");
        assert_eq!(text.matches(from).count(), 1, "{file} has {from:?} once");
        std::fs::write(&path, text.replace(from, to)).expect("written");
    }

    /// Adds `text` at the end of `file` (under content/).
    fn append(&self, file: &str, text: &str) {
        let path = self.content().join(file);
        let old = std::fs::read_to_string(&path).expect("the file is there");
        std::fs::write(&path, format!("{old}\n{text}")).expect("written");
    }
}

/// Runs `openline content check` on the checkout and asserts it fails saying `words`.
#[track_caller]
fn check_fails_saying(checkout: &Checkout, words: &str) {
    let output = openline(&["content", "check"], &checkout.content());
    let text = stdout(&output);
    assert!(!output.status.success(), "{text}");
    assert!(text.contains(words), "no {words:?} in {text}");
    assert!(text.contains("must not ship"), "{text}");
}

#[test]
fn the_check_prints_the_share_of_facts_on_the_organisations_own_pages() {
    let checkout = Checkout::new();
    let output = openline(&["content", "check"], &checkout.content());
    let text = stdout(&output);
    assert!(output.status.success(), "{text}");
    let line = text
        .lines()
        .find(|line| line.starts_with("facts on the organisations' own pages"))
        .unwrap_or_else(|| panic!("no share in {text}"));
    let percent: usize = line
        .split_whitespace()
        .find_map(|word| word.strip_suffix('%')?.parse().ok())
        .unwrap_or_else(|| panic!("no percentage in {line}"));
    assert!(percent >= 90, "{line}");
}

#[test]
fn a_placeholder_source_fails_the_check() {
    let checkout = Checkout::new();
    checkout.append(
        "sources.toml",
        "[[source]]\nid = \"not-sourced-emergency\"\ncitation = \"Widely known national \
         emergency number; no source page read yet (not sourced).\"\n",
    );
    checkout.replace(
        "regions/us.toml",
        "sources = [\"dhs-hsi-tipline\"]\n\n[[channel]]\nid = \"us-cybertipline\"",
        "sources = [\"not-sourced-emergency\"]\n\n[[channel]]\nid = \"us-cybertipline\"",
    );
    check_fails_saying(&checkout, "\"not-sourced-emergency\" is a placeholder");
}

#[test]
fn a_copy_on_another_site_not_flagged_secondary_fails_the_check() {
    let checkout = Checkout::new();
    checkout.replace(
        "sources.toml",
        "citation = \"shorelineareanews.com/2024/01/fbi-warns-about-financially-motivated.html\"\nsecondary = true\n",
        "citation = \"shorelineareanews.com/2024/01/fbi-warns-about-financially-motivated.html\"\n",
    );
    check_fails_saying(
        &checkout,
        "shorelineareanews.com, which is no organisation's own site",
    );
}

#[test]
fn a_region_without_a_helpline_for_young_people_fails_the_check() {
    let checkout = Checkout::new();
    checkout.replace(
        "regions/sg.toml",
        "kind = \"teen-helpline\"",
        "kind = \"parent-helpline\"",
    );
    check_fails_saying(&checkout, "region SG lacks a helpline for young people");
}

#[test]
fn a_platform_without_an_https_page_of_its_own_fails_the_check() {
    let checkout = Checkout::new();
    checkout.replace(
        "platforms.toml",
        "url = \"https://help.twitch.tv/",
        "url = \"http://help.twitch.tv/",
    );
    check_fails_saying(&checkout, "is not a plain https address");
}

#[test]
fn one_number_under_two_names_fails_the_check() {
    let checkout = Checkout::new();
    checkout.replace(
        "regions/nz.toml",
        "name = \"Netsafe\"\ndetail = \"Netsafe, or the platform itself",
        "name = \"Netsafe take-downs\"\ndetail = \"Netsafe, or the platform itself",
    );
    check_fails_saying(&checkout, "give one number one name");
}

#[test]
fn a_translation_missing_a_required_text_fails_the_check() {
    let checkout = Checkout::new();
    checkout.remove_line("i18n/es/teen.toml", "reset = ");
    let output = openline(&["content", "check"], &checkout.content());
    let text = stdout(&output);
    assert!(!output.status.success(), "{text}");
    assert!(
        text.contains("misses required key \"teen.reset\""),
        "{text}"
    );
    assert!(text.contains("must not ship"), "{text}");
}

#[test]
fn a_translation_may_leave_parent_content_in_english() {
    let checkout = Checkout::new();
    checkout.remove_line("i18n/fr/parent.toml", "intro = ");
    let output = openline(&["content", "check"], &checkout.content());
    assert!(output.status.success(), "{}", stdout(&output));
}

#[test]
fn an_unknown_translation_key_fails_the_check() {
    let checkout = Checkout::new();
    let path = checkout.content().join("i18n/es/home.toml");
    let text = std::fs::read_to_string(&path).expect("the file is there");
    std::fs::write(&path, format!("titel = \"OpenLine\"\n{text}")).expect("written");
    let output = openline(&["content", "check"], &checkout.content());
    let text = stdout(&output);
    assert!(!output.status.success(), "{text}");
    assert!(text.contains("\"home.titel\" is not a key"), "{text}");
    assert!(text.contains("i18n/es/home.toml:1"), "{text}");
}

#[test]
fn export_writes_the_compiled_pack_and_every_key() {
    let out = tempfile::tempdir().expect("a temporary folder");
    let output = Command::new(env!("CARGO_BIN_EXE_openline"))
        .args(["content", "export", "--out"])
        .arg(out.path())
        .arg("--dir")
        .arg(repository().join("content"))
        .output()
        .expect("runs openline");
    assert!(output.status.success(), "{}", stdout(&output));
    let read = |name: &str| -> serde_json::Value {
        let text = std::fs::read_to_string(out.path().join(name)).expect("written");
        serde_json::from_str(&text).expect("JSON")
    };
    let pack = read("pack.json");
    assert_eq!(pack["strings"]["app"]["quick_exit"], "Leave quickly");
    assert!(pack["translations"]["es"]["text"]["teen.reset"].is_string());
    let texts = read("texts.json");
    let texts = texts.as_array().expect("a list");
    let find = |key: &str| {
        texts
            .iter()
            .find(|text| text["key"] == key)
            .unwrap_or_else(|| panic!("no {key}"))
    };
    assert_eq!(find("teen.reset")["need"], "required");
    assert_eq!(find("teen.reset")["group"], "strings");
    assert_eq!(find("parent.intro")["need"], "optional");
    let step = find("teen.step.dont-pay.title");
    assert_eq!(step["group"], "step");
    assert_eq!(step["item"], "dont-pay");
    assert_eq!(step["field"], "title");
    assert!(texts.len() > 600, "{}", texts.len());
}
