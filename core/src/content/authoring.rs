//! Reads the content as authored (TOML files under `content/`) into a [`Pack`], and points
//! problems at the file and line to fix. Used by `build.rs` and by `openline content`.

use super::model::{Advice, Pack, Platform, Region, Source, Starter, TeenStep, Translation};
use super::validate::{Place, Problem};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// Content that failed to load: which file, which line, and why.
#[derive(Debug)]
pub struct AuthoringError {
    /// The file at fault.
    pub file: PathBuf,
    /// The line at fault, from 1, when known.
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for AuthoringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file.display(), self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

impl std::error::Error for AuthoringError {}

/// A loaded content folder: the pack, and the files it came from.
#[derive(Debug)]
pub struct Authored {
    /// The content as one value.
    pub pack: Pack,
    root: PathBuf,
    texts: BTreeMap<PathBuf, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackFile {
    version: u64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    source: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlatformsFile {
    platform: Vec<Platform>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TeenFile {
    intro_title: String,
    intro: String,
    intro_sources: Vec<String>,
    danger: String,
    step: Vec<TeenStep>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ParentFile {
    intro: String,
    disclosure: Vec<Advice>,
    warning_sign: Vec<Advice>,
    tip: Vec<Advice>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StartersFile {
    starter: Vec<Starter>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegionFile {
    code: String,
    name: String,
    reviewed: String,
    #[serde(default)]
    calling_code: String,
    channel: Vec<super::model::Channel>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TranslationFile {
    name: String,
    status: String,
    text: toml::Table,
}

impl Authored {
    /// Loads every file under `root` (the `content/` folder).
    pub fn load(root: &Path) -> Result<Authored, AuthoringError> {
        let mut loader = Loader {
            root: root.to_path_buf(),
            texts: BTreeMap::new(),
        };
        let version = loader.parse::<PackFile>("pack.toml")?.version;
        let sources = loader.parse::<SourcesFile>("sources.toml")?.source;
        let platforms = loader.parse::<PlatformsFile>("platforms.toml")?.platform;
        let teen = loader.parse::<TeenFile>("teen.toml")?;
        let parent = loader.parse::<ParentFile>("parent.toml")?;
        let starters = loader.parse::<StartersFile>("starters.toml")?.starter;
        let strings = flatten(&loader.parse::<toml::Table>("strings.toml")?);
        let mut regions = Vec::new();
        for name in loader.list("regions")? {
            let file: RegionFile = loader.parse(&format!("regions/{name}"))?;
            regions.push(Region {
                code: file.code,
                name: file.name,
                reviewed: file.reviewed,
                calling_code: file.calling_code,
                channels: file.channel,
            });
        }
        let mut translations = BTreeMap::new();
        for name in loader.list("i18n")? {
            let file: TranslationFile = loader.parse(&format!("i18n/{name}"))?;
            let tag = name.trim_end_matches(".toml").to_owned();
            let text = flatten(&file.text);
            translations.insert(
                tag,
                Translation {
                    name: file.name,
                    status: file.status,
                    text,
                },
            );
        }
        let pack = Pack {
            version,
            sources,
            regions,
            platforms,
            teen: super::model::Teen {
                intro_title: teen.intro_title,
                intro: teen.intro,
                intro_sources: teen.intro_sources,
                danger: teen.danger,
                steps: teen.step,
            },
            parent: super::model::Parent {
                intro: parent.intro,
                starters,
                disclosure: parent.disclosure,
                warning_signs: parent.warning_sign,
                tips: parent.tip,
            },
            strings,
            translations,
        };
        Ok(Authored {
            pack,
            root: loader.root,
            texts: loader.texts,
        })
    }

    /// Where a problem is: `content/teen.toml:14`, or the file alone when no line matches.
    pub fn locate(&self, problem: &Problem) -> String {
        let file = match &problem.place {
            Place::Pack => "pack.toml".to_owned(),
            Place::Sources => "sources.toml".to_owned(),
            Place::Region(code) => self.region_file(code),
            Place::Platforms => "platforms.toml".to_owned(),
            Place::Teen => "teen.toml".to_owned(),
            Place::Parent => "parent.toml".to_owned(),
            Place::Starters => "starters.toml".to_owned(),
            Place::Strings => "strings.toml".to_owned(),
            Place::Translation(tag) => format!("i18n/{tag}.toml"),
        };
        let path = self.root.join(&file);
        let line = problem
            .item
            .as_deref()
            .and_then(|item| self.texts.get(&path).and_then(|text| line_of(text, item)));
        match line {
            Some(line) => format!("{}:{line}", path.display()),
            None => path.display().to_string(),
        }
    }

    fn region_file(&self, code: &str) -> String {
        let needle = format!("code = \"{code}\"");
        self.texts
            .iter()
            .find(|(path, text)| {
                path.starts_with(self.root.join("regions")) && text.contains(&needle)
            })
            .and_then(|(path, _)| path.strip_prefix(&self.root).ok())
            .map(|path| path.display().to_string())
            .unwrap_or_else(|| format!("regions/{}.toml", code.to_lowercase()))
    }
}

struct Loader {
    root: PathBuf,
    texts: BTreeMap<PathBuf, String>,
}

impl Loader {
    fn error(
        &self,
        file: &Path,
        line: Option<usize>,
        message: impl Into<String>,
    ) -> AuthoringError {
        AuthoringError {
            file: file.to_path_buf(),
            line,
            message: message.into(),
        }
    }

    fn parse<T: DeserializeOwned>(&mut self, relative: &str) -> Result<T, AuthoringError> {
        let path = self.root.join(relative);
        let text = std::fs::read_to_string(&path)
            .map_err(|err| self.error(&path, None, err.to_string()))?;
        let parsed = toml::from_str::<T>(&text).map_err(|err| {
            let line = err
                .span()
                .map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1);
            self.error(&path, line, err.message().to_owned())
        })?;
        self.texts.insert(path, text);
        Ok(parsed)
    }

    /// The `.toml` files in a subfolder, sorted; an absent folder is empty.
    fn list(&self, folder: &str) -> Result<Vec<String>, AuthoringError> {
        let dir = self.root.join(folder);
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(err) => return Err(self.error(&dir, None, err.to_string())),
        };
        let mut names = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|err| self.error(&dir, None, err.to_string()))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".toml") {
                names.push(name);
            }
        }
        names.sort();
        Ok(names)
    }
}

/// Turns nested tables into dotted keys: `[home] title = "x"` becomes `home.title`.
fn flatten(table: &toml::Table) -> BTreeMap<String, String> {
    fn walk(prefix: &str, table: &toml::Table, out: &mut BTreeMap<String, String>) {
        for (key, value) in table {
            let full = if prefix.is_empty() {
                key.clone()
            } else {
                format!("{prefix}.{key}")
            };
            match value {
                toml::Value::Table(inner) => walk(&full, inner, out),
                toml::Value::String(text) => {
                    out.insert(full, text.clone());
                }
                other => {
                    out.insert(full, other.to_string());
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    walk("", table, &mut out);
    out
}

/// The line (from 1) where `item` is: a dotted key inside its own `[table]` (also under
/// `[text.table]` in translations), else the first line quoting it, defining it as a key, or
/// mentioning it.
fn line_of(text: &str, item: &str) -> Option<usize> {
    if let Some(line) = item
        .rsplit_once('.')
        .and_then(|(table, key)| line_in_table(text, table, key))
    {
        return Some(line);
    }
    let quoted = format!("\"{item}\"");
    let last_segment = item.rsplit('.').next().unwrap_or(item);
    let as_key = format!("{last_segment} =");
    [quoted.as_str(), as_key.as_str(), item]
        .iter()
        .find_map(|needle| text.lines().position(|line| line.contains(needle)))
        .map(|index| index + 1)
}

/// The line of `key = ...` (or `"key" = ...`) inside `[table]` or `[text.table]`.
fn line_in_table(text: &str, table: &str, key: &str) -> Option<usize> {
    let headers = [format!("[{table}]"), format!("[text.{table}]")];
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|line| headers.iter().any(|header| line.trim() == header))?;
    let bare = format!("{key} =");
    let quoted = format!("\"{key}\" =");
    lines[start + 1..]
        .iter()
        .take_while(|line| !line.trim_start().starts_with('['))
        .position(|line| {
            let line = line.trim_start();
            line.starts_with(&bare) || line.starts_with(&quoted)
        })
        .map(|offset| start + offset + 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::validate::{Severity, validate};

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
    fn the_real_content_loads_into_the_embedded_pack() {
        let authored = Copy::new().load().expect("the real content loads");
        let embedded = crate::content::embedded_pack().expect("the embedded pack parses");
        assert_eq!(authored.pack, *embedded);
    }

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
        let text = copy.read("i18n/es.toml");
        copy.write(
            "i18n/es.toml",
            &format!("translator = \"A. N. Other\"\n{text}"),
        );
        let err = copy.load_error();
        assert_eq!(err.file, copy.path("i18n/es.toml"));
        assert!(err.message.contains("translator"), "{err}");
        assert_eq!(err.line, Some(1), "{err}");
    }

    #[test]
    fn a_missing_file_is_named_without_a_line() {
        for file in ["pack.toml", "teen.toml", "strings.toml"] {
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
    fn translations_are_named_by_file_and_other_files_are_ignored() {
        let copy = Copy::new();
        copy.write(
            "i18n/de.toml",
            "name = \"Deutsch\"\nstatus = \"Test\"\n[text.home]\ntitle = \"OpenLine\"\n",
        );
        copy.write("i18n/README.md", "not a translation = [");
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
        let (problem, place) = only_error(&authored);
        assert!(problem.message.contains("INTL"), "{problem:?}");
        assert_eq!(place, copy.path("pack.toml").display().to_string());
    }

    // Dotted keys

    #[test]
    fn strings_and_translations_flatten_to_dotted_keys() {
        let copy = Copy::new();
        let authored = copy.load().expect("loads");
        let pack = &authored.pack;
        assert!(pack.strings.contains_key("home.help_now"));
        assert!(pack.strings.contains_key("channel.teen-helpline"));
        assert!(
            pack.strings.keys().all(|key| key.contains('.')),
            "{:?}",
            pack.strings.keys()
        );
        for translation in pack.translations.values() {
            assert!(translation.text.contains_key("home.help_now"));
            assert!(
                translation
                    .text
                    .contains_key(&crate::content::keys::step("dont-pay", "title"))
            );
            assert!(!translation.text.keys().any(|key| key.starts_with("text.")));
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
        let flat = flatten(&table);
        let expected: BTreeMap<String, String> = [
            ("top", "a"),
            ("dotted.key", "b"),
            ("number", "3"),
            ("home.title", "c"),
            ("teen.step.dont-pay.title", "d"),
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
        let line = copy.insert_after("i18n/es.toml", "[text.home]", "titel = \"OpenLine\"");
        let authored = copy.load().expect("loads");
        let (problem, place) = only_error(&authored);
        assert_eq!(problem.item.as_deref(), Some("home.titel"));
        assert_eq!(
            place,
            format!("{}:{line}", copy.path("i18n/es.toml").display())
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
                "{text}\n\n[[channel]]\nid = \"gb-999\"\nkind = \"police\"\nname = \"Copy\"\ncall = \"911\"\nsources = [\"2\"]\n"
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
        let teen = copy.line_number("strings.toml", "[teen]");
        let text = copy.read("strings.toml");
        let line = teen
            + text
                .lines()
                .skip(teen)
                .position(|line| line.starts_with("title ="))
                .expect("the teen title")
            + 1;
        let mut lines: Vec<&str> = text.lines().collect();
        lines[line - 1] = "title = \" \"";
        copy.write("strings.toml", &(lines.join("\n") + "\n"));
        let authored = copy.load().expect("loads");
        let problems = validate(&authored.pack, None);
        let problem = problems
            .iter()
            .find(|problem| problem.item.as_deref() == Some("teen.title"))
            .expect("the empty string is found");
        assert_eq!(
            authored.locate(problem),
            format!("{}:{line}", copy.path("strings.toml").display())
        );
    }
}
