//! Content checks: every fact sourced, every id unique, every address `https`, every number
//! valid for its region. Run at build time on `content/`, by `openline content check`, and on
//! every update pack before it is installed. The checks of sources (`validate/sources.rs`)
//! and of regions and their channels (`validate/regions.rs`) are in files of their own.

mod guide;
mod regions;
mod sources;

use crate::date::Date;
use crate::formats::{is_https_url, is_slug};
use crate::keys;
use crate::pack::{Pack, Region};
use crate::provenance::{self, owner};
use crate::route::Route;
use std::collections::HashSet;

/// Longest text allowed in any single field; longer text is an authoring error.
pub const MAX_TEXT_LEN: usize = 2_000;

/// Days after which a reviewed date is stale.
pub const STALE_AFTER_DAYS: i64 = 365;

/// Most steps shown under "Right now", so they fit on a phone's first screen.
pub const MAX_NOW_STEPS: usize = 3;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The content must not ship.
    Error,
    /// Worth a look; the content can ship.
    Warning,
}

/// Which part of the content a problem is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The pack as a whole.
    Pack,
    /// The sources list.
    Sources,
    /// The organisations and their sites.
    Organisations,
    /// One region, by code.
    Region(String),
    /// The platforms list.
    Platforms,
    /// The teen plan.
    Teen,
    /// Disclosure guide, warning signs and tips.
    Parent,
    /// Conversation starters.
    Starters,
    /// Interface strings.
    Strings,
    /// One translation, by language tag.
    Translation(String),
}

/// One thing wrong with the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,
    /// Where it is.
    pub place: Place,
    /// The id or key of the item, to find its line.
    pub item: Option<String>,
    /// What is wrong, in a sentence.
    pub message: String,
}

/// Runs every check. `today` enables the staleness warnings.
pub fn validate(pack: &Pack, today: Option<Date>) -> Vec<Problem> {
    let mut checker = Checker {
        problems: Vec::new(),
        source_ids: pack
            .sources
            .iter()
            .map(|source| source.id.as_str())
            .collect(),
    };
    checker.sources(pack);
    checker.organisations(pack);
    checker.regions(pack, today);
    checker.platforms(pack, today);
    checker.teen(pack);
    checker.parent(pack);
    checker.guide(pack);
    let texts = keys::texts(pack);
    checker.strings(&texts);
    checker.translations(pack, &texts);
    checker.provenance(pack);
    checker.problems
}

struct Checker<'a> {
    problems: Vec<Problem>,
    source_ids: HashSet<&'a str>,
}

impl Checker<'_> {
    fn report(&mut self, severity: Severity, place: &Place, item: Option<&str>, message: String) {
        self.problems.push(Problem {
            severity,
            place: place.clone(),
            item: item.map(str::to_owned),
            message,
        });
    }

    fn error(&mut self, place: &Place, item: Option<&str>, message: String) {
        self.report(Severity::Error, place, item, message);
    }

    fn cited(&mut self, place: &Place, item: &str, sources: &[String]) {
        if sources.is_empty() {
            self.error(place, Some(item), format!("\"{item}\" cites no source"));
        }
        for source in sources {
            if !self.source_ids.contains(source.as_str()) {
                self.error(
                    place,
                    Some(item),
                    format!("\"{item}\" cites unknown source \"{source}\""),
                );
            }
        }
    }

    fn text(&mut self, place: &Place, item: &str, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.error(
                place,
                Some(item),
                format!("\"{item}\" has an empty {field}"),
            );
        } else if text.chars().count() > MAX_TEXT_LEN {
            self.error(
                place,
                Some(item),
                format!("\"{item}\" has a {field} longer than {MAX_TEXT_LEN} characters"),
            );
        }
    }

    fn unique<'i>(&mut self, place: &Place, kind: &str, ids: impl IntoIterator<Item = &'i str>) {
        let mut seen = HashSet::new();
        for id in ids {
            if !seen.insert(id) {
                self.error(place, Some(id), format!("{kind} id \"{id}\" is used twice"));
            }
            if !is_slug(id) {
                self.error(
                    place,
                    Some(id),
                    format!("{kind} id \"{id}\" must use only a-z, 0-9 and -"),
                );
            }
        }
    }

    fn https(&mut self, place: &Place, item: &str, url: &str) {
        if !is_https_url(url) {
            self.error(
                place,
                Some(item),
                format!("\"{url}\" is not a plain https address"),
            );
        }
    }

    fn reviewed(&mut self, place: &Place, item: &str, reviewed: &str, today: Option<Date>) {
        match Date::parse(reviewed) {
            None => self.error(
                place,
                Some(item),
                format!("reviewed date \"{reviewed}\" is not YYYY-MM-DD"),
            ),
            Some(date) => {
                let age = today.map(|today| date.days_until(today)).unwrap_or(0);
                if age < 0 {
                    let message =
                        format!("\"{item}\" was reviewed {reviewed}, a day still to come");
                    self.error(place, Some(item), message);
                } else if age > STALE_AFTER_DAYS {
                    let message = format!(
                        "\"{item}\" was last reviewed {reviewed}, more than twelve months ago"
                    );
                    self.report(Severity::Warning, place, Some(item), message);
                }
            }
        }
    }

    fn platforms(&mut self, pack: &Pack, today: Option<Date>) {
        let place = Place::Platforms;
        self.unique(
            &place,
            "platform",
            pack.platforms.iter().map(|p| p.id.as_str()),
        );
        for platform in &pack.platforms {
            let id = platform.id.as_str();
            self.cited(&place, id, &platform.sources);
            self.reviewed(&place, id, &platform.reviewed, today);
            self.text(&place, id, "name", &platform.name);
            if platform.help.is_empty() {
                self.error(
                    &place,
                    Some(id),
                    format!("\"{id}\" has no official help page"),
                );
            }
            for page in &platform.help {
                self.https(&place, id, &page.url);
                self.text(&place, id, "help label", &page.label);
                let site = provenance::url_site(&page.url);
                if site.is_some_and(|site| owner(&pack.organisations, &site).is_none()) {
                    let message = format!(
                        "\"{id}\": {} is not on a site organisations.toml lists as the \
                         platform's own",
                        page.url
                    );
                    self.error(&place, Some(id), message);
                }
            }
            if platform.report.is_empty() {
                self.error(&place, Some(id), format!("\"{id}\" has no steps to report"));
            }
            for line in platform
                .report
                .iter()
                .chain(&platform.block)
                .chain(&platform.notes)
            {
                self.text(&place, id, "step", line);
            }
        }
    }

    fn teen(&mut self, pack: &Pack) {
        let place = Place::Teen;
        let teen = &pack.teen;
        self.text(&place, "intro_title", "text", &teen.intro_title);
        self.text(&place, "intro", "text", &teen.intro);
        self.text(&place, "danger", "text", &teen.danger);
        self.text(
            &place,
            "danger_without_helpline",
            "text",
            &teen.danger_without_helpline,
        );
        self.cited(&place, "intro", &teen.intro_sources);
        self.unique(
            &place,
            "step",
            teen.steps.iter().map(|step| step.id.as_str()),
        );
        // "Right now" must fit on a phone without scrolling: a few steps, before the rest.
        let now = teen.steps.iter().take_while(|step| step.now).count();
        if now == 0 || now > MAX_NOW_STEPS {
            let message =
                format!("the plan needs 1 to {MAX_NOW_STEPS} \"now\" steps first, not {now}");
            self.error(&place, None, message);
        }
        if let Some(late) = teen.steps.iter().skip(now).find(|step| step.now) {
            let id = late.id.as_str();
            self.error(
                &place,
                Some(id),
                format!("\"{id}\" is a \"now\" step after the others"),
            );
        }
        for step in &teen.steps {
            let id = step.id.as_str();
            self.cited(&place, id, &step.sources);
            self.text(&place, id, "title", &step.title);
            self.text(&place, id, "body", &step.body);
            let Some(action) = &step.action else { continue };
            self.text(&place, id, "action label", &action.label);
            match (&action.route, action.channels.as_slice()) {
                (Some(route), []) => {
                    // A step's route is written as the app writes it, and leads to a screen.
                    let known = Route::parse(route)
                        .is_ok_and(|parsed| parsed.to_string() == *route && parsed.exists_in(pack));
                    if !known {
                        self.error(
                            &place,
                            Some(id),
                            format!("\"{id}\" links to unknown route \"{route}\""),
                        );
                    }
                }
                (None, kinds) if !kinds.is_empty() => {
                    let has_one =
                        |region: &&Region| region.channels.iter().any(|c| kinds.contains(&c.kind));
                    for region in pack.regions.iter().filter(|r| !has_one(r)) {
                        let message = format!(
                            "\"{id}\" has no {kinds:?} channel to use in region {}",
                            region.code
                        );
                        self.report(Severity::Warning, &place, Some(id), message);
                    }
                }
                _ => self.error(
                    &place,
                    Some(id),
                    format!("\"{id}\" action needs either a route or channels, not both"),
                ),
            }
        }
    }

    fn parent(&mut self, pack: &Pack) {
        let parent = &pack.parent;
        let advice = parent.advice();
        self.unique(
            &Place::Parent,
            "advice",
            advice.clone().map(|item| item.id.as_str()),
        );
        self.text(&Place::Parent, "intro", "text", &parent.intro);
        for item in advice {
            self.cited(&Place::Parent, &item.id, &item.sources);
            self.text(&Place::Parent, &item.id, "text", &item.text);
        }
        let place = Place::Starters;
        self.unique(
            &place,
            "starter",
            parent.starters.iter().map(|s| s.id.as_str()),
        );
        for starter in &parent.starters {
            let id = starter.id.as_str();
            self.cited(&place, id, &starter.sources);
            self.text(&place, id, "opener", &starter.opener);
            self.text(&place, id, "worry", &starter.worry);
            if starter.ages.is_empty() || starter.moments.is_empty() {
                self.error(
                    &place,
                    Some(id),
                    format!("\"{id}\" needs at least one age band and one moment"),
                );
            }
            if !(2..=3).contains(&starter.followups.len()) {
                self.error(
                    &place,
                    Some(id),
                    format!("\"{id}\" needs two or three follow-ups"),
                );
            }
            for followup in &starter.followups {
                self.text(&place, id, "follow-up", followup);
            }
        }
    }

    fn strings(&mut self, texts: &[keys::Text]) {
        for text in texts
            .iter()
            .filter(|text| text.group == keys::Group::Strings)
        {
            self.text(&Place::Strings, &text.key, "string", &text.english);
        }
    }

    fn translations(&mut self, pack: &Pack, texts: &[keys::Text]) {
        let known: HashSet<&str> = texts.iter().map(|text| text.key.as_str()).collect();
        for (tag, translation) in &pack.translations {
            let place = Place::Translation(tag.clone());
            self.text(&place, tag, "name", &translation.name);
            self.text(&place, tag, "status", &translation.status);
            for (key, text) in &translation.text {
                if !known.contains(key.as_str()) {
                    let message = format!("\"{key}\" is not a key of the English content");
                    self.error(&place, Some(key), message);
                }
                self.text(&place, key, "translation", text);
            }
        }
    }
}

#[cfg(test)]
#[path = "validate_tests.rs"]
mod tests;
