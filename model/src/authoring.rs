//! Reads the content as authored (TOML files under `content/`) into a [`Pack`], and points
//! problems at the file and line to fix. Used by `build.rs` and by `openline content`.

use crate::guide::SelfHarm;
use crate::pack::{
    Advice, Organisation, Pack, Platform, Region, Source, Starter, TeenStep, Translation,
};
use crate::seasons::{Hemisphere, Season};
use crate::strings::{ReadArea, Strings};
use crate::validate::{Place, Problem};
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
struct OrganisationsFile {
    organisation: Vec<Organisation>,
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
    danger_without_helpline: String,
    step: Vec<TeenStep>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ParentFile {
    intro: String,
    disclosure: Vec<Advice>,
    self_harm: SelfHarm,
    warning_sign: Vec<Advice>,
    tip: Vec<Advice>,
    season: Vec<Season>,
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
    #[serde(default)]
    hemisphere: Hemisphere,
    channel: Vec<crate::pack::Channel>,
}

/// `i18n/<tag>/language.toml`: what a translation says about itself.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageFile {
    name: String,
    status: String,
}

/// The file of a translation that describes it; every other file holds one area's texts.
const LANGUAGE_FILE: &str = "language.toml";

impl Authored {
    /// Loads every file under `root` (the `content/` folder).
    pub fn load(root: &Path) -> Result<Authored, AuthoringError> {
        let mut loader = Loader {
            root: root.to_path_buf(),
            texts: BTreeMap::new(),
        };
        let version = loader.parse::<PackFile>("pack.toml")?.version;
        let sources = loader.parse::<SourcesFile>("sources.toml")?.source;
        let organisations = loader
            .parse::<OrganisationsFile>("organisations.toml")?
            .organisation;
        let platforms = loader.parse::<PlatformsFile>("platforms.toml")?.platform;
        let teen = loader.parse::<TeenFile>("teen.toml")?;
        let parent = loader.parse::<ParentFile>("parent.toml")?;
        let starters = loader.parse::<StartersFile>("starters.toml")?.starter;
        let strings = Strings::read(&mut loader)?;
        loader.refuse_unknown_areas()?;
        let mut regions = Vec::new();
        for name in loader.list("regions")? {
            let file: RegionFile = loader.parse(&format!("regions/{name}"))?;
            regions.push(Region {
                code: file.code,
                name: file.name,
                reviewed: file.reviewed,
                calling_code: file.calling_code,
                hemisphere: file.hemisphere,
                channels: file.channel,
            });
        }
        let mut translations = BTreeMap::new();
        for tag in loader.translation_folders()? {
            let language: LanguageFile = loader.parse(&format!("i18n/{tag}/{LANGUAGE_FILE}"))?;
            let mut text = BTreeMap::new();
            for name in loader.list(&format!("i18n/{tag}"))? {
                if name == LANGUAGE_FILE {
                    continue;
                }
                let area = name.trim_end_matches(".toml");
                let table = loader.parse::<toml::Table>(&format!("i18n/{tag}/{name}"))?;
                text.extend(flatten(area, &table));
            }
            translations.insert(
                tag,
                Translation {
                    name: language.name,
                    status: language.status,
                    text,
                },
            );
        }
        let pack = Pack {
            version,
            sources,
            organisations,
            regions,
            platforms,
            teen: crate::pack::Teen {
                intro_title: teen.intro_title,
                intro: teen.intro,
                intro_sources: teen.intro_sources,
                danger: teen.danger,
                danger_without_helpline: teen.danger_without_helpline,
                steps: teen.step,
            },
            parent: crate::pack::Parent {
                intro: parent.intro,
                starters,
                disclosure: parent.disclosure,
                self_harm: parent.self_harm,
                warning_signs: parent.warning_sign,
                tips: parent.tip,
                seasons: parent.season,
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
        let item = problem.item.as_deref();
        // A string or translated text is in its area's file, under the rest of its key.
        let in_area = |folder: String| match item.and_then(|key| key.split_once('.')) {
            Some((area, rest)) => (format!("{folder}/{area}.toml"), Some(rest)),
            None => (format!("{folder}/{LANGUAGE_FILE}"), None),
        };
        let (file, item) = match &problem.place {
            Place::Pack => ("pack.toml".to_owned(), item),
            Place::Sources => ("sources.toml".to_owned(), item),
            Place::Organisations => ("organisations.toml".to_owned(), item),
            Place::Region(code) => (self.region_file(code), item),
            Place::Platforms => ("platforms.toml".to_owned(), item),
            Place::Teen => ("teen.toml".to_owned(), item),
            Place::Parent => ("parent.toml".to_owned(), item),
            Place::Starters => ("starters.toml".to_owned(), item),
            Place::Strings => in_area("strings".to_owned()),
            Place::Translation(tag) => in_area(format!("i18n/{tag}")),
        };
        let path = self.root.join(&file);
        let line = item.and_then(|item| self.texts.get(&path).and_then(|text| line_of(text, item)));
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
        Ok(self
            .entries(folder)?
            .into_iter()
            .filter(|(name, is_dir)| !is_dir && name.ends_with(".toml"))
            .map(|(name, _)| name)
            .collect())
    }

    /// The names in a subfolder and whether each is a folder, sorted; an absent folder is
    /// empty.
    fn entries(&self, folder: &str) -> Result<Vec<(String, bool)>, AuthoringError> {
        let dir = self.root.join(folder);
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(err) => return Err(self.error(&dir, None, err.to_string())),
        };
        let mut names = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|err| self.error(&dir, None, err.to_string()))?;
            let is_dir = entry.file_type().is_ok_and(|kind| kind.is_dir());
            names.push((entry.file_name().to_string_lossy().into_owned(), is_dir));
        }
        names.sort();
        Ok(names)
    }

    /// A file under `strings/` that no area of [`Strings`] reads would be silently ignored.
    fn refuse_unknown_areas(&self) -> Result<(), AuthoringError> {
        for name in self.list("strings")? {
            let area = name.trim_end_matches(".toml");
            if !Strings::AREAS.contains(&area) {
                let path = self.root.join("strings").join(&name);
                let message = format!(
                    "there is no area of interface strings called \"{area}\"; the areas are {}",
                    Strings::AREAS.join(", ")
                );
                return Err(self.error(&path, None, message));
            }
        }
        Ok(())
    }

    /// The language tags under `i18n/`, one folder each. A lone `.toml` there is refused, so
    /// a translation in the wrong place is never silently left out.
    fn translation_folders(&self) -> Result<Vec<String>, AuthoringError> {
        let mut tags = Vec::new();
        for (name, is_dir) in self.entries("i18n")? {
            if is_dir {
                tags.push(name);
            } else if name.ends_with(".toml") {
                let path = self.root.join("i18n").join(&name);
                let message = "a translation is a folder, i18n/<tag>/, holding language.toml \
                               and one file per area";
                return Err(self.error(&path, None, message));
            }
        }
        Ok(tags)
    }
}

impl ReadArea for Loader {
    type Error = AuthoringError;

    fn read<T: DeserializeOwned>(&mut self, area: &'static str) -> Result<T, AuthoringError> {
        self.parse(&format!("strings/{area}.toml"))
    }
}

/// Turns nested tables into dotted keys under `prefix`: in `teen.toml`, `[step.block]
/// title = "x"` becomes `teen.step.block.title`.
fn flatten(prefix: &str, table: &toml::Table) -> BTreeMap<String, String> {
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
    walk(prefix, table, &mut out);
    out
}

/// The line (from 1) where `item` is: a dotted key inside its own `[table]`, else the first
/// line quoting it, defining it as a key, or mentioning it.
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

/// The line of `key = ...` (or `"key" = ...`) inside `[table]`.
fn line_in_table(text: &str, table: &str, key: &str) -> Option<usize> {
    let header = format!("[{table}]");
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.iter().position(|line| line.trim() == header)?;
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
#[path = "authoring_tests.rs"]
mod tests;
