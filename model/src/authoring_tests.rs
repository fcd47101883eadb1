//! Tests for `authoring.rs`, kept beside it in their own file.

use super::*;
use crate::validate::{Severity, validate};

/// A copy of the real `content/` folder, to break.
struct Copy {
    dir: tempfile::TempDir,
}

impl Copy {
    fn new() -> Copy {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        copy_dir(&real, dir.path());
        Copy { dir }
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.root().join(relative)
    }

    fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.path(relative)).expect("the file is there")
    }

    fn write(&self, relative: &str, text: &str) {
        std::fs::write(self.path(relative), text).expect("the file can be written");
    }

    /// Replaces the first line equal to `old` (trimmed) with `new`, and returns its
    /// line number from 1.
    fn replace_line(&self, relative: &str, old: &str, new: &str) -> usize {
        let text = self.read(relative);
        let mut lines: Vec<&str> = text.lines().collect();
        let index = lines
            .iter()
            .position(|line| line.trim() == old)
            .unwrap_or_else(|| panic!("{relative} has no line {old:?}"));
        lines[index] = new;
        self.write(relative, &(lines.join("\n") + "\n"));
        index + 1
    }

    /// Inserts `new` after the first line equal to `after` (trimmed), and returns the
    /// inserted line's number from 1.
    fn insert_after(&self, relative: &str, after: &str, new: &str) -> usize {
        let text = self.read(relative);
        let mut lines: Vec<&str> = text.lines().collect();
        let index = lines
            .iter()
            .position(|line| line.trim() == after)
            .unwrap_or_else(|| panic!("{relative} has no line {after:?}"));
        lines.insert(index + 1, new);
        self.write(relative, &(lines.join("\n") + "\n"));
        index + 2
    }

    /// The number (from 1) of the first line equal to `line` (trimmed).
    fn line_number(&self, relative: &str, line: &str) -> usize {
        self.read(relative)
            .lines()
            .position(|candidate| candidate.trim() == line)
            .unwrap_or_else(|| panic!("{relative} has no line {line:?}"))
            + 1
    }

    fn load(&self) -> Result<Authored, AuthoringError> {
        Authored::load(self.root())
    }

    fn load_error(&self) -> AuthoringError {
        self.load().expect_err("the broken content is refused")
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for entry in std::fs::read_dir(from).expect("the content folder") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("a copy");
        }
    }
}

/// The one error validation finds in `authored`, and where it points.
fn only_error(authored: &Authored) -> (Problem, String) {
    let errors: Vec<Problem> = validate(&authored.pack, None)
        .into_iter()
        .filter(|problem| problem.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let place = authored.locate(&errors[0]);
    (errors[0].clone(), place)
}

// Loading

#[test]
fn a_toml_syntax_error_names_the_file_and_line() {
    let copy = Copy::new();
    let line = copy.replace_line(
        "regions/gb.toml",
        "name = \"Childline\"",
        "name = \"Childline",
    );
    let err = copy.load_error();
    assert_eq!(err.file, copy.path("regions/gb.toml"));
    assert_eq!(err.line, Some(line), "{err}");
    assert!(
        err.to_string().starts_with(&format!(
            "{}:{line}: ",
            copy.path("regions/gb.toml").display()
        )),
        "{err}"
    );
}

#[test]
fn a_syntax_error_on_the_first_line_is_line_one() {
    let copy = Copy::new();
    copy.write("pack.toml", "version = = 1\n");
    let err = copy.load_error();
    assert_eq!(err.file, copy.path("pack.toml"));
    assert_eq!(err.line, Some(1), "{err}");
}

#[test]
fn a_wrong_type_names_the_file_and_line() {
    let copy = Copy::new();
    let line = copy.replace_line("teen.toml", "id = \"dont-pay\"", "id = 7");
    let err = copy.load_error();
    assert_eq!(err.file, copy.path("teen.toml"));
    assert_eq!(err.line, Some(line), "{err}");
}

#[test]
fn an_unknown_field_names_the_file_and_the_field() {
    let copy = Copy::new();
    copy.insert_after(
        "regions/gb.toml",
        "id = \"gb-childline\"",
        "colour = \"red\"",
    );
    let err = copy.load_error();
    assert_eq!(err.file, copy.path("regions/gb.toml"));
    assert!(err.message.contains("unknown field `colour`"), "{err}");
    assert!(err.line.is_some(), "{err}");
}

#[test]
fn an_error_at_the_start_of_a_line_names_that_line() {
    let copy = Copy::new();
    let line = copy.insert_after(
        "regions/gb.toml",
        "id = \"gb-childline\"",
        "colour = \"red\"",
    );
    let err = copy.load_error();
    assert_eq!(err.line, Some(line), "{err}");

    let copy = Copy::new();
    copy.write("pack.toml", "version = 1\nedition = 2\n");
    let err = copy.load_error();
    assert!(err.message.contains("edition"), "{err}");
    assert_eq!(err.line, Some(2), "{err}");

    let copy = Copy::new();
    copy.write("pack.toml", "version = 1\n= 2\n");
    assert_eq!(copy.load_error().line, Some(2));
}

#[test]
fn an_unknown_field_in_a_translation_is_refused() {
    let copy = Copy::new();
    let text = copy.read("i18n/es/language.toml");
    copy.write(
        "i18n/es/language.toml",
        &format!("translator = \"A. N. Other\"\n{text}"),
    );
    let err = copy.load_error();
    assert_eq!(err.file, copy.path("i18n/es/language.toml"));
    assert!(err.message.contains("translator"), "{err}");
    assert_eq!(err.line, Some(1), "{err}");
}

#[test]
fn a_missing_or_misspelt_interface_string_names_its_file() {
    let copy = Copy::new();
    let line = copy.replace_line(
        "strings/teen.toml",
        "reset = \"Clear what I ticked\"",
        "rest = \"Clear what I ticked\"",
    );
    let err = copy.load_error();
    assert_eq!(err.file, copy.path("strings/teen.toml"));
    assert!(err.message.contains("rest"), "{err}");
    assert_eq!(err.line, Some(line), "{err}");

    let copy = Copy::new();
    copy.replace_line("strings/teen.toml", "reset = \"Clear what I ticked\"", "");
    let err = copy.load_error();
    assert_eq!(err.file, copy.path("strings/teen.toml"));
    assert!(err.message.contains("reset"), "{err}");
}

#[test]
fn a_strings_file_of_no_area_is_refused() {
    let copy = Copy::new();
    copy.write("strings/evidence.toml", "title = \"Evidence\"\n");
    let err = copy.load_error();
    assert_eq!(err.file, copy.path("strings/evidence.toml"));
    assert!(err.message.contains("\"evidence\""), "{err}");
    assert!(err.message.contains("teen"), "names the areas: {err}");
}

#[test]
fn a_translation_outside_its_folder_is_refused() {
    let copy = Copy::new();
    copy.write("i18n/de.toml", "name = \"Deutsch\"\nstatus = \"Test\"\n");
    let err = copy.load_error();
    assert_eq!(err.file, copy.path("i18n/de.toml"));
    assert!(err.message.contains("i18n/<tag>/"), "{err}");
}

#[test]
fn a_missing_file_is_named_without_a_line() {
    for file in [
        "pack.toml",
        "teen.toml",
        "strings/app.toml",
        "i18n/es/language.toml",
    ] {
        let copy = Copy::new();
        std::fs::remove_file(copy.path(file)).expect("removed");
        let err = copy.load_error();
        assert_eq!(err.file, copy.path(file));
        assert_eq!(err.line, None);
        assert!(!err.message.is_empty());
        assert!(
            err.to_string()
                .starts_with(&format!("{}: ", copy.path(file).display())),
            "{err}"
        );
    }
}

#[test]
fn a_missing_i18n_folder_means_no_translations() {
    let copy = Copy::new();
    std::fs::remove_dir_all(copy.path("i18n")).expect("removed");
    let authored = copy.load().expect("content without translations loads");
    assert!(authored.pack.translations.is_empty());
    assert!(!authored.pack.regions.is_empty());
}

#[test]
fn translations_are_named_by_folder_and_other_files_are_ignored() {
    let copy = Copy::new();
    std::fs::create_dir(copy.path("i18n/de")).expect("a folder");
    copy.write(
        "i18n/de/language.toml",
        "name = \"Deutsch\"\nstatus = \"Test\"\n",
    );
    copy.write("i18n/de/home.toml", "title = \"OpenLine\"\n");
    copy.write("i18n/README.md", "not a translation = [");
    copy.write("i18n/de/notes.txt", "not a translation = [");
    copy.write("regions/notes.txt", "not a region = [");
    let authored = copy.load().expect("loads");
    let german = &authored.pack.translations["de"];
    assert_eq!(german.name, "Deutsch");
    assert_eq!(
        german.text.get("home.title").map(String::as_str),
        Some("OpenLine")
    );
    assert_eq!(
        authored.pack.translations.len(),
        Copy::new().load().expect("loads").pack.translations.len() + 1
    );
}

#[test]
fn a_missing_regions_folder_loads_but_fails_validation() {
    let copy = Copy::new();
    std::fs::remove_dir_all(copy.path("regions")).expect("removed");
    std::fs::remove_dir_all(copy.path("i18n")).expect("removed");
    let authored = copy.load().expect("loads");
    assert!(authored.pack.regions.is_empty());
    let errors: Vec<Problem> = validate(&authored.pack, None)
        .into_iter()
        .filter(|problem| problem.severity == Severity::Error)
        .collect();
    // Besides the missing fallback, only advice kept for one region can name what is gone.
    let (fallback, others): (Vec<&Problem>, Vec<&Problem>) = errors
        .iter()
        .partition(|problem| problem.message.contains("INTL"));
    assert_eq!(fallback.len(), 1, "{errors:#?}");
    assert_eq!(
        authored.locate(fallback[0]),
        copy.path("pack.toml").display().to_string()
    );
    for problem in others {
        assert_eq!(problem.place, Place::Parent, "{problem:?}");
        assert!(
            problem.message.ends_with("which is not in the content"),
            "{problem:?}"
        );
    }
}

// Dotted keys

#[test]
fn strings_are_read_by_area_and_translations_flatten_to_dotted_keys() {
    let copy = Copy::new();
    let authored = copy.load().expect("loads");
    let pack = &authored.pack;
    assert_eq!(pack.strings.home.help_now, "I need help now");
    assert_eq!(
        pack.strings.channel.teen_helpline,
        "Helplines for young people"
    );
    for translation in pack.translations.values() {
        assert!(translation.text.contains_key("home.help_now"));
        assert!(translation.text.contains_key("teen.step.dont-pay.title"));
        assert!(translation.text.contains_key("channel.teen-helpline"));
        let areas: Vec<&str> = translation
            .text
            .keys()
            .filter_map(|key| key.split('.').next())
            .collect();
        assert!(!areas.contains(&"language"), "language.toml holds no texts");
    }
}

#[test]
fn flatten_joins_nested_tables_and_dotted_keys_alike() {
    let table: toml::Table = toml::from_str(
        "top = \"a\"\n\
         dotted.key = \"b\"\n\
         number = 3\n\
         [home]\n\
         title = \"c\"\n\
         [teen.step.dont-pay]\n\
         title = \"d\"\n",
    )
    .expect("valid TOML");
    let flat = flatten("area", &table);
    let expected: BTreeMap<String, String> = [
        ("area.top", "a"),
        ("area.dotted.key", "b"),
        ("area.number", "3"),
        ("area.home.title", "c"),
        ("area.teen.step.dont-pay.title", "d"),
    ]
    .into_iter()
    .map(|(key, value)| (key.to_owned(), value.to_owned()))
    .collect();
    assert_eq!(flat, expected);
}

// Locating validation problems

#[test]
fn locate_points_an_unknown_source_at_its_channel_in_the_region_file() {
    let copy = Copy::new();
    let line = copy.line_number("regions/gb.toml", "id = \"gb-childline\"");
    let text = copy.read("regions/gb.toml");
    let at = text.find("id = \"gb-childline\"").expect("the channel");
    let sources = at + text[at..].find("sources = [").expect("its sources");
    let end = sources + text[sources..].find(']').expect("the list's end");
    copy.write(
        "regions/gb.toml",
        &format!("{}sources = [\"999\"{}", &text[..sources], &text[end..]),
    );
    let authored = copy.load().expect("loads");
    let (problem, place) = only_error(&authored);
    assert!(
        problem.message.contains("unknown source \"999\""),
        "{problem:?}"
    );
    assert_eq!(
        place,
        format!("{}:{line}", copy.path("regions/gb.toml").display())
    );
}

#[test]
fn locate_finds_a_region_file_by_its_code_not_its_name() {
    let copy = Copy::new();
    std::fs::rename(
        copy.path("regions/gb.toml"),
        copy.path("regions/united-kingdom.toml"),
    )
    .expect("renamed");
    let line = copy.replace_line(
        "regions/united-kingdom.toml",
        "call = \"0800 1111\"",
        "call = \"0800 CHILD\"",
    );
    let authored = copy.load().expect("loads");
    let (problem, place) = only_error(&authored);
    assert_eq!(problem.item.as_deref(), Some("gb-childline"));
    let id_line = copy.line_number("regions/united-kingdom.toml", "id = \"gb-childline\"");
    assert!(id_line < line);
    assert_eq!(
        place,
        format!(
            "{}:{id_line}",
            copy.path("regions/united-kingdom.toml").display()
        )
    );
}

#[test]
fn locate_points_a_step_problem_at_the_step() {
    let copy = Copy::new();
    let line = copy.line_number("teen.toml", "id = \"save-evidence\"");
    let text = copy.read("teen.toml");
    let at = text.find("id = \"save-evidence\"").expect("the step");
    let body = at + text[at..].find("body = ").expect("its body");
    let end = body + text[body..].find('\n').expect("the line's end");
    copy.write(
        "teen.toml",
        &format!("{}body = \" \"{}", &text[..body], &text[end..]),
    );
    let authored = copy.load().expect("loads");
    let (problem, place) = only_error(&authored);
    assert!(problem.message.contains("empty body"), "{problem:?}");
    assert_eq!(
        place,
        format!("{}:{line}", copy.path("teen.toml").display())
    );
}

#[test]
fn locate_points_an_unknown_translation_key_at_its_line() {
    let copy = Copy::new();
    let line = copy.insert_after(
        "i18n/es/home.toml",
        "help_now = \"Necesito ayuda ahora\"",
        "titel = \"OpenLine\"",
    );
    let authored = copy.load().expect("loads");
    let (problem, place) = only_error(&authored);
    assert_eq!(problem.item.as_deref(), Some("home.titel"));
    assert_eq!(
        place,
        format!("{}:{line}", copy.path("i18n/es/home.toml").display())
    );

    let copy = Copy::new();
    let line = copy.insert_after(
        "i18n/es/teen.toml",
        "[step.keep-account]",
        "titel = \"Guarda.\"",
    );
    let authored = copy.load().expect("loads");
    let (problem, place) = only_error(&authored);
    assert_eq!(
        problem.item.as_deref(),
        Some("teen.step.keep-account.titel")
    );
    assert_eq!(
        place,
        format!("{}:{line}", copy.path("i18n/es/teen.toml").display())
    );
}

#[test]
fn locate_names_the_file_alone_when_no_line_matches() {
    let authored = Copy::new().load().expect("loads");
    let problem = Problem {
        severity: Severity::Error,
        place: Place::Starters,
        item: Some("no-such-starter-anywhere".into()),
        message: "test".into(),
    };
    let place = authored.locate(&problem);
    assert!(place.ends_with("starters.toml"), "{place}");
}

#[test]
fn locate_points_a_duplicate_channel_at_a_region_file() {
    let copy = Copy::new();
    // A second channel with the id of GB's emergency line, at the end of us.toml.
    let text = copy.read("regions/us.toml");
    let text = text.trim_end();
    let line = text.lines().count() + 3;
    copy.write(
        "regions/us.toml",
        &format!(
            "{text}\n\n[[channel]]\nid = \"gb-999\"\nkind = \"police\"\nname = \"Emergency services\"\ncall = \"911\"\nsources = [\"2\"]\n"
        ),
    );
    let authored = copy.load().expect("loads");
    let (problem, place) = only_error(&authored);
    assert!(problem.message.contains("used twice"), "{problem:?}");
    let gb = format!("{}:", copy.path("regions/gb.toml").display());
    let us = format!("{}:{line}", copy.path("regions/us.toml").display());
    assert!(place.starts_with(&gb) || place == us, "{place}");
}

#[test]
fn locate_finds_a_nested_key_in_its_own_table() {
    let copy = Copy::new();
    let table = copy.line_number("i18n/es/teen.toml", "[step.keep-account]");
    let text = copy.read("i18n/es/teen.toml");
    let line = table
        + text
            .lines()
            .skip(table)
            .position(|line| line.starts_with("title ="))
            .expect("the step's title")
        + 1;
    let mut lines: Vec<&str> = text.lines().collect();
    lines[line - 1] = "title = \" \"";
    copy.write("i18n/es/teen.toml", &(lines.join("\n") + "\n"));
    let authored = copy.load().expect("loads");
    let problems = validate(&authored.pack, None);
    let problem = problems
        .iter()
        .find(|problem| problem.item.as_deref() == Some("teen.step.keep-account.title"))
        .expect("the empty translation is found");
    assert_eq!(
        authored.locate(problem),
        format!("{}:{line}", copy.path("i18n/es/teen.toml").display())
    );
}

#[test]
fn locate_points_an_empty_interface_string_at_its_line() {
    let copy = Copy::new();
    let line = copy.replace_line(
        "strings/teen.toml",
        "title = \"Get help now\"",
        "title = \" \"",
    );
    let authored = copy.load().expect("loads");
    let (problem, place) = only_error(&authored);
    assert_eq!(problem.item.as_deref(), Some("teen.title"));
    assert_eq!(
        place,
        format!("{}:{line}", copy.path("strings/teen.toml").display())
    );
}
