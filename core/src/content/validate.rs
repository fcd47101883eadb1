//! Content checks: every fact sourced, every id unique, every address `https`, every number
//! valid for its region. Run at build time on `content/`, by `openline content check`, and on
//! every update pack before it is installed. Also compiled into `build.rs`.

use super::date::Date;
use super::keys;
use super::model::{ChannelKind, Pack, Region};
use std::collections::{BTreeSet, HashSet};

/// Longest text allowed in any single field; longer text is an authoring error.
pub const MAX_TEXT_LEN: usize = 2_000;

/// Days after which a reviewed date is stale.
pub const STALE_AFTER_DAYS: i64 = 365;

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
    checker.regions(pack, today);
    checker.platforms(pack, today);
    checker.teen(pack);
    checker.parent(pack);
    checker.strings(pack);
    checker.translations(pack);
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

    fn sources(&mut self, pack: &Pack) {
        let mut seen = HashSet::new();
        for source in &pack.sources {
            if !seen.insert(source.id.as_str()) {
                self.error(
                    &Place::Sources,
                    Some(&source.id),
                    format!("source id \"{}\" is used twice", source.id),
                );
            }
            self.text(&Place::Sources, &source.id, "citation", &source.citation);
        }
    }

    fn regions(&mut self, pack: &Pack, today: Option<Date>) {
        if !pack.regions.iter().any(|region| region.code == "INTL") {
            self.error(
                &Place::Pack,
                None,
                "there is no INTL fallback region".into(),
            );
        }
        let mut codes = HashSet::new();
        let mut channel_ids = HashSet::new();
        for region in &pack.regions {
            let place = Place::Region(region.code.clone());
            for channel in &region.channels {
                let id = channel.id.as_str();
                if !channel_ids.insert(id) {
                    self.error(
                        &place,
                        Some(id),
                        format!("channel id \"{id}\" is used twice"),
                    );
                }
                if !is_slug(id) {
                    let message = format!("channel id \"{id}\" must use only a-z, 0-9 and -");
                    self.error(&place, Some(id), message);
                }
            }
            if !codes.insert(region.code.as_str()) {
                self.error(
                    &place,
                    Some(&region.code),
                    format!("region \"{}\" is defined twice", region.code),
                );
            }
            let valid_code = region.code == "INTL"
                || (region.code.len() == 2 && region.code.bytes().all(|b| b.is_ascii_uppercase()));
            if !valid_code {
                self.error(
                    &place,
                    Some(&region.code),
                    format!("\"{}\" is not a region code", region.code),
                );
            }
            self.reviewed(&place, &region.code, &region.reviewed, today);
            for kind in [ChannelKind::Emergency, ChannelKind::Exploitation] {
                if !region.channels.iter().any(|channel| channel.kind == kind) {
                    self.error(
                        &place,
                        Some(&region.code),
                        format!("region {} has no {kind:?} channel", region.code),
                    );
                }
            }
            self.channels(region, &place);
        }
    }

    fn channels(&mut self, region: &Region, place: &Place) {
        for channel in &region.channels {
            let id = channel.id.as_str();
            self.cited(place, id, &channel.sources);
            self.text(place, id, "name", &channel.name);
            if channel.call.is_none() && channel.text.is_none() && channel.web.is_none() {
                self.error(
                    place,
                    Some(id),
                    format!("\"{id}\" has no number, text line or address"),
                );
            }
            if let Some(number) = &channel.call {
                if let Err(reason) = check_number(region, number) {
                    self.error(place, Some(id), format!("\"{id}\": {reason}"));
                }
            }
            if let Some(text) = &channel.text {
                if !is_short_code(&text.number) && check_number(region, &text.number).is_err() {
                    self.error(
                        place,
                        Some(id),
                        format!("\"{id}\": text number \"{}\" is not valid", text.number),
                    );
                }
                self.text(place, id, "text body", &text.body);
            }
            if let Some(url) = &channel.web {
                self.https(place, id, url);
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
        self.cited(&place, "intro", &teen.intro_sources);
        self.unique(
            &place,
            "step",
            teen.steps.iter().map(|step| step.id.as_str()),
        );
        for step in &teen.steps {
            let id = step.id.as_str();
            self.cited(&place, id, &step.sources);
            self.text(&place, id, "title", &step.title);
            self.text(&place, id, "body", &step.body);
            let Some(action) = &step.action else { continue };
            self.text(&place, id, "action label", &action.label);
            match (&action.route, action.channels.as_slice()) {
                (Some(route), []) => {
                    if !STEP_ROUTES.contains(&route.as_str()) {
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
        let advice = parent
            .disclosure
            .iter()
            .chain(&parent.warning_signs)
            .chain(&parent.tips);
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

    fn strings(&mut self, pack: &Pack) {
        for key in keys::REQUIRED_STRINGS {
            match pack.strings.get(*key) {
                None => self.error(
                    &Place::Strings,
                    Some(key),
                    format!("string \"{key}\" is missing"),
                ),
                Some(text) => self.text(&Place::Strings, key, "string", text),
            }
        }
    }

    fn translations(&mut self, pack: &Pack) {
        let known: BTreeSet<String> = keys::all(pack).into_iter().collect();
        for (tag, translation) in &pack.translations {
            let place = Place::Translation(tag.clone());
            self.text(&place, tag, "name", &translation.name);
            self.text(&place, tag, "status", &translation.status);
            for (key, text) in &translation.text {
                if !known.contains(key) {
                    let message = format!("\"{key}\" is not a key of the English content");
                    self.error(&place, Some(key), message);
                }
                self.text(&place, key, "translation", text);
            }
        }
    }
}

/// Routes a teen step may link to. This file is also built into `build.rs`, which can't reach
/// the route grammar, so the few fixed routes a step needs are listed here.
const STEP_ROUTES: &[&str] = &["home", "teen", "report", "parent/disclosure", "settings"];

/// True for ids made of lowercase letters, digits and `-`.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// True for `https://host/...` with no spaces, quotes or angle brackets.
pub fn is_https_url(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    host.contains('.')
        && host.split('.').all(|label| !label.is_empty())
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        && !url
            .bytes()
            .any(|b| b.is_ascii_whitespace() || b"\"'<>\\".contains(&b))
}

/// The digits to dial: spaces and dashes removed, a leading `+` kept.
pub fn dial_digits(display: &str) -> String {
    display
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect()
}

/// Emergency numbers and short codes: 3 to 6 digits, never a 0 prefix (a national number cut
/// short) unless all zeros, like Australia's 000.
fn is_short_code(number: &str) -> bool {
    (3..=6).contains(&number.len())
        && number.bytes().all(|b| b.is_ascii_digit())
        && (!number.starts_with('0') || number.bytes().all(|b| b == b'0'))
}

/// Checks a number written for display against its region's numbering plan.
pub fn check_number(region: &Region, display: &str) -> Result<(), String> {
    if !display
        .chars()
        .all(|c| c.is_ascii_digit() || c == ' ' || c == '-' || c == '+')
    {
        return Err(format!("\"{display}\" holds characters a phone can't dial"));
    }
    let digits = dial_digits(display);
    if digits.rfind('+').is_some_and(|at| at != 0) {
        return Err(format!("\"{display}\" has a + that is not at the start"));
    }
    if let Some(international) = digits.strip_prefix('+') {
        return if region.calling_code.is_empty() || !international.starts_with(&region.calling_code)
        {
            Err(format!(
                "\"{display}\" does not start with +{}",
                region.calling_code
            ))
        } else if !(8..=15).contains(&international.len()) {
            Err(format!(
                "\"{display}\" has the wrong number of digits for E.164"
            ))
        } else {
            Ok(())
        };
    }
    if is_short_code(&digits) {
        return Ok(());
    }
    let length = digits.len();
    let national_ok = match region.code.as_str() {
        // UK numbers are 10 or 11 digits with the 0, and a few freephone lines such as
        // Childline's 0800 1111 are shorter.
        "GB" => digits.starts_with('0') && (8..=11).contains(&length),
        "US" | "CA" => {
            (length == 10 && !digits.starts_with(['0', '1']))
                || (length == 11 && digits.starts_with('1'))
        }
        "AU" => length == 10 && digits.starts_with(['0', '1']),
        "NZ" => digits.starts_with('0') && (9..=11).contains(&length),
        "IE" => {
            (digits.starts_with('0') && (9..=10).contains(&length))
                || (digits.starts_with("1800") && length == 10)
        }
        _ => false,
    };
    if national_ok {
        Ok(())
    } else {
        Err(format!(
            "\"{display}\" is not a valid number for region {}",
            region.code
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::{
        Channel, HelpPage, Platform, Source, StepAction, TextMessage, Translation,
    };

    /// A copy of the embedded pack with its translations.
    fn translated() -> Pack {
        (*crate::content::embedded_pack().expect("the embedded pack parses")).clone()
    }

    /// A copy of the embedded pack to break one thing in, without its translations: they
    /// would also report every key of content a test removes or renames.
    fn pack() -> Pack {
        let mut pack = translated();
        pack.translations.clear();
        pack
    }

    /// The problems `pack` has that the embedded pack does not.
    fn new_problems(pack: &Pack, today: Option<Date>) -> Vec<Problem> {
        let baseline = validate(&translated(), today);
        validate(pack, today)
            .into_iter()
            .filter(|problem| !baseline.contains(problem))
            .collect()
    }

    fn new_errors(pack: &Pack) -> Vec<Problem> {
        new_problems(pack, None)
            .into_iter()
            .filter(|problem| problem.severity == Severity::Error)
            .collect()
    }

    /// Asserts that breaking the pack raised exactly one new error, at `place` about `item`,
    /// whose message mentions `words`.
    #[track_caller]
    fn assert_one_error(pack: &Pack, place: Place, item: &str, words: &str) {
        let errors = new_errors(pack);
        assert_eq!(errors.len(), 1, "expected one new error, got {errors:#?}");
        assert_error_among(&errors, place, item, words);
    }

    #[track_caller]
    fn assert_error_among(errors: &[Problem], place: Place, item: &str, words: &str) {
        assert!(
            errors
                .iter()
                .any(|problem| problem.severity == Severity::Error
                    && problem.place == place
                    && problem.item.as_deref() == Some(item)
                    && problem.message.contains(words)),
            "no error at {place:?} for {item:?} mentioning {words:?} in {errors:#?}"
        );
    }

    fn region<'p>(pack: &'p mut Pack, code: &str) -> &'p mut Region {
        pack.regions
            .iter_mut()
            .find(|region| region.code == code)
            .expect("the embedded pack has this region")
    }

    fn channel<'p>(pack: &'p mut Pack, id: &str) -> &'p mut Channel {
        pack.regions
            .iter_mut()
            .flat_map(|region| &mut region.channels)
            .find(|channel| channel.id == id)
            .expect("the embedded pack has this channel")
    }

    fn step<'p>(pack: &'p mut Pack, id: &str) -> &'p mut crate::content::model::TeenStep {
        pack.teen
            .steps
            .iter_mut()
            .find(|step| step.id == id)
            .expect("the embedded pack has this step")
    }

    /// The id of the first step with an action of the given shape.
    fn step_with_action(pack: &Pack, route: bool) -> String {
        pack.teen
            .steps
            .iter()
            .find(|step| {
                step.action
                    .as_ref()
                    .is_some_and(|action| action.route.is_some() == route)
            })
            .expect("the embedded pack has such a step")
            .id
            .clone()
    }

    fn bare_region(code: &str, calling_code: &str) -> Region {
        Region {
            code: code.to_owned(),
            name: code.to_owned(),
            reviewed: "2026-01-01".to_owned(),
            calling_code: calling_code.to_owned(),
            channels: Vec::new(),
        }
    }

    fn day(text: &str) -> Date {
        Date::parse(text).expect("a valid date")
    }

    // The embedded pack

    #[test]
    fn the_embedded_pack_has_no_errors_and_no_stale_dates_without_a_date() {
        let problems = validate(&translated(), None);
        let unexpected: Vec<_> = problems
            .iter()
            .filter(|problem| {
                problem.severity == Severity::Error
                    || !(problem.place == Place::Teen
                        && problem.message.contains("channel to use in region"))
            })
            .collect();
        assert!(unexpected.is_empty(), "{unexpected:#?}");
    }

    #[test]
    fn the_embedded_pack_has_an_intl_region_and_only_valid_numbers() {
        let pack = pack();
        assert!(pack.regions.iter().any(|region| region.code == "INTL"));
        for region in &pack.regions {
            for channel in &region.channels {
                if let Some(number) = &channel.call {
                    assert_eq!(check_number(region, number), Ok(()), "{}", channel.id);
                }
            }
        }
    }

    // Sources

    #[test]
    fn a_channel_without_sources_is_an_error() {
        let mut pack = pack();
        channel(&mut pack, "gb-childline").sources.clear();
        assert_one_error(
            &pack,
            Place::Region("GB".into()),
            "gb-childline",
            "cites no source",
        );
    }

    #[test]
    fn an_unknown_source_id_is_an_error_wherever_it_is_cited() {
        let mut pack = pack();
        channel(&mut pack, "gb-childline")
            .sources
            .push("999".into());
        assert_one_error(
            &pack,
            Place::Region("GB".into()),
            "gb-childline",
            "unknown source \"999\"",
        );

        let mut pack = self::pack();
        pack.platforms[0].sources = vec!["nope".into()];
        let id = pack.platforms[0].id.clone();
        assert_one_error(&pack, Place::Platforms, &id, "unknown source \"nope\"");

        let mut pack = self::pack();
        step(&mut pack, "dont-pay").sources = vec!["nope".into()];
        assert_one_error(&pack, Place::Teen, "dont-pay", "unknown source");

        let mut pack = self::pack();
        pack.teen.intro_sources = vec!["nope".into()];
        assert_one_error(&pack, Place::Teen, "intro", "unknown source");

        let mut pack = self::pack();
        pack.parent.starters[0].sources = vec!["nope".into()];
        let id = pack.parent.starters[0].id.clone();
        assert_one_error(&pack, Place::Starters, &id, "unknown source");

        let mut pack = self::pack();
        pack.parent.tips[0].sources = vec!["nope".into()];
        let id = pack.parent.tips[0].id.clone();
        assert_one_error(&pack, Place::Parent, &id, "unknown source");
    }

    #[test]
    fn removing_a_cited_source_breaks_every_fact_citing_it() {
        let mut pack = pack();
        pack.sources.retain(|source| source.id != "2");
        let errors = new_errors(&pack);
        assert!(errors.len() > 1, "{errors:#?}");
        assert!(
            errors
                .iter()
                .all(|problem| problem.message.contains("unknown source \"2\"")),
            "{errors:#?}"
        );
        assert_error_among(&errors, Place::Region("GB".into()), "gb-999", "\"2\"");
    }

    #[test]
    fn every_kind_of_fact_needs_a_source() {
        let mut pack = pack();
        pack.platforms[0].sources.clear();
        let id = pack.platforms[0].id.clone();
        assert_one_error(&pack, Place::Platforms, &id, "cites no source");

        let mut pack = self::pack();
        step(&mut pack, "dont-pay").sources.clear();
        assert_one_error(&pack, Place::Teen, "dont-pay", "cites no source");

        let mut pack = self::pack();
        pack.parent.disclosure[0].sources.clear();
        let id = pack.parent.disclosure[0].id.clone();
        assert_one_error(&pack, Place::Parent, &id, "cites no source");

        let mut pack = self::pack();
        pack.parent.starters[0].sources.clear();
        let id = pack.parent.starters[0].id.clone();
        assert_one_error(&pack, Place::Starters, &id, "cites no source");
    }

    #[test]
    fn a_source_needs_a_citation() {
        let mut pack = pack();
        pack.sources[0].citation = " ".into();
        let id = pack.sources[0].id.clone();
        assert_one_error(&pack, Place::Sources, &id, "empty citation");
    }

    // Unique ids

    #[test]
    fn a_source_id_used_twice_is_an_error() {
        let mut pack = pack();
        pack.sources.push(Source {
            id: "2".into(),
            citation: "a second source 2".into(),
            secondary: false,
        });
        assert_one_error(&pack, Place::Sources, "2", "used twice");
    }

    #[test]
    fn a_channel_id_used_twice_across_regions_is_an_error() {
        let mut pack = pack();
        let mut copy = channel(&mut pack, "gb-childline").clone();
        copy.kind = ChannelKind::TeenHelpline;
        region(&mut pack, "US").channels.push(copy);
        // The copy carries a GB number into the US, so only look at the id error.
        assert_error_among(
            &new_errors(&pack),
            Place::Region("US".into()),
            "gb-childline",
            "used twice",
        );

        let mut pack = self::pack();
        let copy = channel(&mut pack, "gb-999").clone();
        region(&mut pack, "GB").channels.push(copy);
        assert_one_error(
            &pack,
            Place::Region("GB".into()),
            "gb-999",
            "channel id \"gb-999\" is used twice",
        );
    }

    #[test]
    fn a_platform_step_starter_or_advice_id_used_twice_is_an_error() {
        let mut pack = pack();
        let copy = pack.platforms[1].clone();
        pack.platforms.push(copy.clone());
        assert_one_error(&pack, Place::Platforms, &copy.id, "used twice");

        let mut pack = self::pack();
        let copy = pack.teen.steps[0].clone();
        pack.teen.steps.push(copy.clone());
        assert_one_error(&pack, Place::Teen, &copy.id, "used twice");

        let mut pack = self::pack();
        let copy = pack.parent.starters[0].clone();
        pack.parent.starters.push(copy.clone());
        assert_one_error(&pack, Place::Starters, &copy.id, "used twice");

        // Advice ids share one namespace across disclosure, warning signs and tips.
        let mut pack = self::pack();
        let copy = pack.parent.disclosure[0].clone();
        pack.parent.tips.push(copy.clone());
        assert_one_error(&pack, Place::Parent, &copy.id, "used twice");
    }

    #[test]
    fn a_region_defined_twice_or_with_a_bad_code_is_an_error() {
        let mut pack = pack();
        let mut copy = region(&mut pack, "GB").clone();
        copy.channels.clear();
        pack.regions.push(copy);
        let errors = new_errors(&pack);
        assert_error_among(&errors, Place::Region("GB".into()), "GB", "defined twice");

        for code in ["gb", "GBR", "G1", ""] {
            let mut pack = self::pack();
            region(&mut pack, "GB").code = code.into();
            let errors = new_errors(&pack);
            assert_error_among(
                &errors,
                Place::Region(code.into()),
                code,
                "is not a region code",
            );
        }
    }

    #[test]
    fn ids_must_be_slugs() {
        let mut pack = pack();
        step(&mut pack, "dont-pay").id = "Dont pay".into();
        assert_one_error(&pack, Place::Teen, "Dont pay", "only a-z, 0-9 and -");

        let mut pack = self::pack();
        channel(&mut pack, "gb-999").id = "gb_999".into();
        assert_one_error(
            &pack,
            Place::Region("GB".into()),
            "gb_999",
            "only a-z, 0-9 and -",
        );
    }

    #[test]
    fn is_slug_accepts_only_lowercase_digits_and_dashes() {
        for id in ["gb-999", "dont-pay", "x", "14-17", "-"] {
            assert!(is_slug(id), "{id}");
        }
        for id in ["", "Dont-pay", "dont pay", "dont_pay", "über", "a.b", "a/b"] {
            assert!(!is_slug(id), "{id}");
        }
    }

    // Addresses

    #[test]
    fn is_https_url_accepts_plain_https_addresses() {
        for url in [
            "https://www.ceop.police.uk/Safety-Centre/",
            "https://takeitdown.ncmec.org",
            "https://help.instagram.com/contact/?x=1#top",
            "https://report.cybertip.org/",
        ] {
            assert!(is_https_url(url), "{url}");
        }
    }

    #[test]
    fn is_https_url_refuses_other_schemes_and_malformed_addresses() {
        for url in [
            "",
            "http://www.ceop.police.uk/",
            "HTTPS://www.ceop.police.uk/",
            "javascript:alert(1)",
            "https:javascript:alert(1)",
            "www.ceop.police.uk",
            "https://",
            "https://localhost/",
            "https://www.ceop.police.uk/Safety Centre/",
            "https://www.ceop.police.uk/ ",
            " https://www.ceop.police.uk/",
            "https://www.ceop.police.uk/\"onclick=\"x",
            "https://www.ceop.police.uk/'x'",
            "https://www.ceop.police.uk/<script>",
            "https://www.ceop.police.uk\\@evil.example/",
            "https://user@evil.example/",
            "https://www.ceop.police.uk:8443/",
            "https://www.ceop.police.uk/\n",
            "https://exa mple.org/",
        ] {
            assert!(!is_https_url(url), "{url:?}");
        }
    }

    #[test]
    fn is_https_url_refuses_hosts_with_empty_labels() {
        for url in [
            "https://./",
            "https://.org/",
            "https://example./",
            "https://example..org/",
        ] {
            assert!(!is_https_url(url), "{url:?}");
        }
    }

    #[test]
    fn a_channel_or_help_page_address_must_be_plain_https() {
        for url in [
            "http://www.ceop.police.uk/Safety-Centre/",
            "https://www.ceop.police.uk/Safety Centre/",
            "https://www.ceop.police.uk/\"",
            "javascript:alert(1)",
        ] {
            let mut pack = pack();
            channel(&mut pack, "gb-ceop").web = Some(url.into());
            assert_one_error(
                &pack,
                Place::Region("GB".into()),
                "gb-ceop",
                "not a plain https address",
            );

            let mut pack = self::pack();
            pack.platforms[0].help[0].url = url.into();
            let id = pack.platforms[0].id.clone();
            assert_one_error(&pack, Place::Platforms, &id, "not a plain https address");
        }
    }

    #[test]
    fn a_channel_needs_a_number_a_text_line_or_an_address() {
        let mut pack = pack();
        let childline = channel(&mut pack, "gb-childline");
        childline.call = None;
        childline.text = None;
        childline.web = None;
        assert_one_error(
            &pack,
            Place::Region("GB".into()),
            "gb-childline",
            "no number, text line or address",
        );
    }

    // Numbers

    #[test]
    fn dial_digits_keeps_digits_and_plus() {
        assert_eq!(dial_digits("0800 1111"), "08001111");
        assert_eq!(dial_digits("+44 20 7946 0000"), "+442079460000");
        assert_eq!(dial_digits("1-800-843-5678"), "18008435678");
        assert_eq!(dial_digits("13 11 14"), "131114");
        assert_eq!(dial_digits("999"), "999");
        assert_eq!(dial_digits(""), "");
    }

    #[track_caller]
    fn assert_numbers(region: &Region, valid: &[&str], invalid: &[&str]) {
        for number in valid {
            assert_eq!(
                check_number(region, number),
                Ok(()),
                "{number} in {}",
                region.code
            );
        }
        for number in invalid {
            assert!(
                check_number(region, number).is_err(),
                "{number} should be refused in {}",
                region.code
            );
        }
    }

    #[test]
    fn check_number_follows_the_uk_plan() {
        assert_numbers(
            &bare_region("GB", "44"),
            &[
                "0800 1111",
                "999",
                "101",
                "116 123",
                "+44 20 7946 0000",
                "020 7946 0000",
                "0808 800 5000",
                "0345 6000 459",
                "0800-1111",
            ],
            &[
                "0800 CHILD",
                "call 999",
                "+1 800 843 5678",
                "+1",
                "+44 20",
                "+44 20 7946 0000 0000",
                "0800 111",
                "12",
                "020 7946 0000 0",
                "0800+1111",
                "44+20 7946 0000",
                "++44 20 7946 0000",
                "(020) 7946 0000",
                "2079460000",
            ],
        );
    }

    #[test]
    fn check_number_follows_the_north_american_plan() {
        for code in ["US", "CA"] {
            assert_numbers(
                &bare_region(code, "1"),
                &[
                    "1 800 843 5678",
                    "911",
                    "988",
                    "800 843 5678",
                    "877 447 4847",
                    "+1 800 843 5678",
                    "1-800-843-5678",
                ],
                &[
                    "1 800 THE LOST",
                    "+44 20 7946 0000",
                    "0 800 843 5678",
                    "2 800 843 5678",
                    "800 843 567",
                    "1 800 843 56789",
                    "080 843 5678",
                    "180 843 5678",
                    "1 800+843 5678",
                ],
            );
        }
    }

    #[test]
    fn check_number_follows_the_australian_plan() {
        // 13 11 14 is six digits: a short number, like 000.
        assert_numbers(
            &bare_region("AU", "61"),
            &[
                "1800 55 1800",
                "13 11 14",
                "000",
                "1800 333 000",
                "02 9999 9999",
                "+61 2 9999 9999",
            ],
            &[
                "1800 55 180",
                "1800 55 18000",
                "9999 9999 99",
                "+44 20 7946 0000",
                "13 11 14 x",
            ],
        );
    }

    #[test]
    fn check_number_follows_the_new_zealand_and_irish_plans() {
        assert_numbers(
            &bare_region("NZ", "64"),
            &["111", "0508 638 723", "+64 9 123 4567"],
            &["508 638 723", "0508 638 72312 3"],
        );
        assert_numbers(
            &bare_region("IE", "353"),
            &[
                "112",
                "999",
                "1800 66 66 66",
                "01 522 4300",
                "+353 1 522 4300",
            ],
            &[
                "1850 66 66 66",
                "1800 66 66",
                "01 522 430012",
                "+44 1 522 4300",
            ],
        );
    }

    #[test]
    fn the_fallback_region_takes_only_short_numbers() {
        assert_numbers(
            &bare_region("INTL", ""),
            &["112", "911"],
            &["+44 20 7946 0000", "0800 1111", "1 800 843 5678"],
        );
    }

    #[test]
    fn a_region_without_a_national_plan_takes_short_and_international_numbers() {
        assert_numbers(
            &bare_region("DE", "49"),
            &["110", "+49 30 1234567"],
            &["030 1234567", "+44 20 7946 0000"],
        );
    }

    #[test]
    fn check_number_says_why() {
        let gb = bare_region("GB", "44");
        let reason = |number| check_number(&gb, number).expect_err("refused");
        assert!(reason("0800 CHILD").contains("can't dial"));
        assert!(reason("0800+1111").contains("not at the start"));
        assert!(reason("+1 800 843 5678").contains("+44"));
        assert!(reason("+44 20").contains("E.164"));
        assert!(reason("0800 111").contains("region GB"));
    }

    #[test]
    fn a_bad_call_number_is_an_error_for_its_channel() {
        for number in ["0800 CHILD", "+1 800 843 5678", "0800 111", "0800+1111"] {
            let mut pack = pack();
            channel(&mut pack, "gb-childline").call = Some(number.into());
            assert_one_error(&pack, Place::Region("GB".into()), "gb-childline", number);
        }
    }

    #[test]
    fn a_text_line_takes_short_codes_and_valid_numbers() {
        for number in ["85258", "741741", "+44 7700 900123", "07700 900123"] {
            let mut pack = pack();
            channel(&mut pack, "gb-childline").text = Some(TextMessage {
                number: number.into(),
                body: "SHOUT".into(),
            });
            assert_eq!(new_errors(&pack), Vec::new(), "{number}");
        }
        for number in ["SHOUT", "12", "1234567", "+1 555 0100", "85 2+58"] {
            let mut pack = pack();
            channel(&mut pack, "gb-childline").text = Some(TextMessage {
                number: number.into(),
                body: "SHOUT".into(),
            });
            assert_one_error(
                &pack,
                Place::Region("GB".into()),
                "gb-childline",
                "text number",
            );
        }
        let mut pack = pack();
        channel(&mut pack, "gb-childline").text = Some(TextMessage {
            number: "85258".into(),
            body: " ".into(),
        });
        assert_one_error(
            &pack,
            Place::Region("GB".into()),
            "gb-childline",
            "empty text body",
        );
    }

    // Reviewed dates

    #[test]
    fn a_malformed_reviewed_date_is_an_error_with_or_without_today() {
        for reviewed in ["29/11/2026", "2026-02-30", "2026-1-1", "", "soon"] {
            let mut pack = pack();
            region(&mut pack, "GB").reviewed = reviewed.into();
            assert_one_error(&pack, Place::Region("GB".into()), "GB", "not YYYY-MM-DD");
            let with_today = new_problems(&pack, Some(day("2026-01-01")));
            assert_error_among(&with_today, Place::Region("GB".into()), "GB", "YYYY-MM-DD");

            let mut pack = self::pack();
            pack.platforms[0].reviewed = reviewed.into();
            let id = pack.platforms[0].id.clone();
            assert_one_error(&pack, Place::Platforms, &id, "not YYYY-MM-DD");
        }
    }

    #[test]
    fn a_review_older_than_twelve_months_is_a_warning_only_when_today_is_given() {
        let mut pack = pack();
        region(&mut pack, "GB").reviewed = "2025-01-01".into();
        let platform = pack.platforms[0].id.clone();
        pack.platforms[0].reviewed = "2025-01-01".into();

        // A year and a day later: stale, but only a warning.
        let stale = new_problems(&pack, Some(day("2026-01-02")));
        assert_eq!(stale.len(), 2, "{stale:#?}");
        for (place, item) in [
            (Place::Region("GB".into()), "GB"),
            (Place::Platforms, &*platform),
        ] {
            assert!(
                stale
                    .iter()
                    .any(|problem| problem.severity == Severity::Warning
                        && problem.place == place
                        && problem.item.as_deref() == Some(item)
                        && problem.message.contains("2025-01-01")),
                "{stale:#?}"
            );
        }

        // Exactly a year later: still fresh.
        assert_eq!(new_problems(&pack, Some(day("2026-01-01"))), Vec::new());
        // No date given (the build): never stale.
        assert_eq!(new_problems(&pack, None), Vec::new());
        region(&mut pack, "GB").reviewed = "1990-01-01".into();
        assert_eq!(new_problems(&pack, None), Vec::new());
    }

    // Regions

    #[test]
    fn a_region_needs_an_emergency_and_an_exploitation_channel() {
        for (kind, words) in [
            (ChannelKind::Emergency, "no Emergency channel"),
            (ChannelKind::Exploitation, "no Exploitation channel"),
        ] {
            let mut pack = pack();
            region(&mut pack, "GB")
                .channels
                .retain(|channel| channel.kind != kind);
            let errors = new_errors(&pack);
            assert_eq!(errors.len(), 1, "{errors:#?}");
            assert_error_among(&errors, Place::Region("GB".into()), "GB", words);
        }
    }

    #[test]
    fn the_pack_needs_an_intl_region() {
        let mut pack = pack();
        pack.regions.retain(|region| region.code != "INTL");
        assert_eq!(
            new_errors(&pack),
            vec![Problem {
                severity: Severity::Error,
                place: Place::Pack,
                item: None,
                message: "there is no INTL fallback region".into(),
            }]
        );
    }

    // Teen steps

    #[test]
    fn a_step_action_needs_a_route_or_channels_but_not_both() {
        let mut pack = pack();
        let id = step_with_action(&pack, true);
        let action = step(&mut pack, &id).action.as_mut().expect("an action");
        action.channels = vec![ChannelKind::TeenHelpline];
        assert_one_error(&pack, Place::Teen, &id, "not both");

        let mut pack = self::pack();
        let action = step(&mut pack, &id).action.as_mut().expect("an action");
        action.route = None;
        assert_one_error(&pack, Place::Teen, &id, "needs either a route or channels");

        let mut pack = self::pack();
        step(&mut pack, "dont-pay").action = Some(StepAction {
            label: "Go".into(),
            route: None,
            channels: Vec::new(),
        });
        assert_one_error(&pack, Place::Teen, "dont-pay", "route or channels");
    }

    #[test]
    fn a_step_links_only_to_known_routes() {
        for route in STEP_ROUTES {
            let mut pack = pack();
            step(&mut pack, "dont-pay").action = Some(StepAction {
                label: "Go".into(),
                route: Some((*route).into()),
                channels: Vec::new(),
            });
            assert_eq!(new_errors(&pack), Vec::new(), "{route}");
        }
        for route in ["reports", "openline://teen", "", "report/nowhere-app"] {
            let mut pack = pack();
            step(&mut pack, "dont-pay").action = Some(StepAction {
                label: "Go".into(),
                route: Some(route.into()),
                channels: Vec::new(),
            });
            assert_one_error(&pack, Place::Teen, "dont-pay", "unknown route");
        }
    }

    #[test]
    fn a_step_action_needs_a_label() {
        let mut pack = pack();
        step(&mut pack, "dont-pay").action = Some(StepAction {
            label: String::new(),
            route: Some("report".into()),
            channels: Vec::new(),
        });
        assert_one_error(&pack, Place::Teen, "dont-pay", "empty action label");
    }

    #[test]
    fn a_step_whose_channel_kind_a_region_lacks_is_a_warning() {
        let mut pack = pack();
        step(&mut pack, "dont-pay").action = Some(StepAction {
            label: "Call".into(),
            route: None,
            channels: vec![ChannelKind::Police],
        });
        let problems = new_problems(&pack, None);
        assert!(!problems.is_empty());
        assert!(
            problems
                .iter()
                .all(|problem| problem.severity == Severity::Warning
                    && problem.item.as_deref() == Some("dont-pay")),
            "{problems:#?}"
        );
        // INTL has no police line; GB does.
        assert!(problems.iter().any(|p| p.message.ends_with("region INTL")));
        assert!(!problems.iter().any(|p| p.message.ends_with("region GB")));
    }

    // Starters

    #[test]
    fn a_starter_needs_two_or_three_followups() {
        for count in [2, 3] {
            let mut pack = pack();
            pack.parent.starters[0].followups = vec!["Why?".to_owned(); count];
            assert_eq!(new_errors(&pack), Vec::new(), "{count}");
        }
        for count in [0, 1, 4] {
            let mut pack = pack();
            pack.parent.starters[0].followups = vec!["Why?".to_owned(); count];
            let id = pack.parent.starters[0].id.clone();
            assert_one_error(&pack, Place::Starters, &id, "two or three follow-ups");
        }
    }

    #[test]
    fn a_starter_needs_an_age_band_and_a_moment() {
        let mut pack = pack();
        pack.parent.starters[0].ages.clear();
        let id = pack.parent.starters[0].id.clone();
        assert_one_error(&pack, Place::Starters, &id, "at least one age band");

        let mut pack = self::pack();
        pack.parent.starters[0].moments.clear();
        assert_one_error(&pack, Place::Starters, &id, "one moment");
    }

    // Text

    #[test]
    fn text_longer_than_the_limit_is_an_error() {
        let mut pack = pack();
        step(&mut pack, "dont-pay").body = "x".repeat(MAX_TEXT_LEN);
        assert_eq!(new_errors(&pack), Vec::new());
        // The limit counts characters, not bytes.
        step(&mut pack, "dont-pay").body = "é".repeat(MAX_TEXT_LEN);
        assert_eq!(new_errors(&pack), Vec::new());
        step(&mut pack, "dont-pay").body = "x".repeat(MAX_TEXT_LEN + 1);
        assert_one_error(&pack, Place::Teen, "dont-pay", "longer than 2000");

        let mut pack = self::pack();
        pack.parent.starters[0].opener = "x".repeat(MAX_TEXT_LEN + 1);
        let id = pack.parent.starters[0].id.clone();
        assert_one_error(&pack, Place::Starters, &id, "opener longer");

        let mut pack = self::pack();
        pack.strings
            .insert("home.help_now".into(), "x".repeat(MAX_TEXT_LEN + 1));
        assert_one_error(&pack, Place::Strings, "home.help_now", "longer");
    }

    #[test]
    fn empty_text_is_an_error() {
        let mut pack = pack();
        step(&mut pack, "dont-pay").title = "  \n".into();
        assert_one_error(&pack, Place::Teen, "dont-pay", "empty title");

        let mut pack = self::pack();
        pack.teen.intro = String::new();
        assert_one_error(&pack, Place::Teen, "intro", "empty text");

        let mut pack = self::pack();
        pack.parent.warning_signs[0].text = String::new();
        let id = pack.parent.warning_signs[0].id.clone();
        assert_one_error(&pack, Place::Parent, &id, "empty text");

        let mut pack = self::pack();
        channel(&mut pack, "gb-999").name = String::new();
        assert_one_error(&pack, Place::Region("GB".into()), "gb-999", "empty name");
    }

    // Platforms

    #[test]
    fn a_platform_needs_a_help_page_and_report_steps() {
        let mut pack = pack();
        pack.platforms[0].help.clear();
        let id = pack.platforms[0].id.clone();
        assert_one_error(&pack, Place::Platforms, &id, "no official help page");

        let mut pack = self::pack();
        pack.platforms[0].report.clear();
        assert_one_error(&pack, Place::Platforms, &id, "no steps to report");

        let mut pack = self::pack();
        pack.platforms[0].help.push(HelpPage {
            label: String::new(),
            url: "https://example.org/".into(),
        });
        assert_one_error(&pack, Place::Platforms, &id, "empty help label");

        let mut pack = self::pack();
        pack.platforms.push(Platform {
            id: "new-app".into(),
            name: "New app".into(),
            reviewed: "2026-01-01".into(),
            help: vec![HelpPage {
                label: "Help".into(),
                url: "https://example.org/help".into(),
            }],
            report: vec!["Tap Report.".into()],
            block: Vec::new(),
            notes: vec![String::new()],
            sources: vec!["2".into()],
        });
        assert_one_error(&pack, Place::Platforms, "new-app", "empty step");
    }

    // Strings and translations

    #[test]
    fn a_missing_required_string_is_an_error() {
        for key in ["app.name", "home.help_now", "channel.parent-helpline"] {
            let mut pack = pack();
            pack.strings.remove(key);
            assert_eq!(
                new_errors(&pack),
                vec![Problem {
                    severity: Severity::Error,
                    place: Place::Strings,
                    item: Some(key.into()),
                    message: format!("string \"{key}\" is missing"),
                }]
            );
        }
        let mut pack = pack();
        pack.strings.insert("home.help_now".into(), " ".into());
        assert_one_error(&pack, Place::Strings, "home.help_now", "empty string");
    }

    #[test]
    fn an_unknown_translation_key_is_an_error() {
        let mut pack = translated();
        let (tag, translation) = pack
            .translations
            .iter_mut()
            .next()
            .expect("the embedded pack has a translation");
        let tag = tag.clone();
        translation.text.insert("home.titel".into(), "Typo".into());
        assert_one_error(
            &pack,
            Place::Translation(tag.clone()),
            "home.titel",
            "not a key of the English content",
        );

        // A key for a step action the step doesn't have is unknown too.
        let mut pack = translated();
        let translation = pack.translations.get_mut(&tag).expect("the translation");
        translation
            .text
            .insert(keys::step("dont-pay", "action"), "Pagar".into());
        assert_one_error(
            &pack,
            Place::Translation(tag.clone()),
            &keys::step("dont-pay", "action"),
            "not a key",
        );
    }

    #[test]
    fn a_known_translation_key_is_fine_and_an_empty_one_is_not() {
        let mut pack = translated();
        pack.translations.insert(
            "zz".into(),
            Translation {
                name: "Zed".into(),
                status: "Test".into(),
                text: [
                    (keys::step("dont-pay", "title"), "Zz.".to_owned()),
                    (keys::channel("gb-999", "name"), "Zz".to_owned()),
                    ("home.help_now".to_owned(), "Zz".to_owned()),
                ]
                .into(),
            },
        );
        assert_eq!(new_errors(&pack), Vec::new());

        pack.translations
            .get_mut("zz")
            .expect("just added")
            .text
            .insert("home.help_now".into(), String::new());
        assert_one_error(
            &pack,
            Place::Translation("zz".into()),
            "home.help_now",
            "empty translation",
        );

        let mut pack = translated();
        pack.translations.insert(
            "zz".into(),
            Translation {
                name: String::new(),
                status: "Test".into(),
                text: Default::default(),
            },
        );
        assert_one_error(&pack, Place::Translation("zz".into()), "zz", "empty name");
    }

    #[test]
    fn removing_english_content_orphans_its_translations() {
        let mut pack = translated();
        let tags: Vec<String> = pack.translations.keys().cloned().collect();
        assert!(!tags.is_empty());
        pack.teen.steps.retain(|step| step.id != "dont-pay");
        let errors = new_errors(&pack);
        for tag in &tags {
            assert_error_among(
                &errors,
                Place::Translation(tag.clone()),
                &keys::step("dont-pay", "title"),
                "not a key of the English content",
            );
        }
        assert!(
            errors
                .iter()
                .all(|problem| matches!(problem.place, Place::Translation(_))),
            "{errors:#?}"
        );
    }
}
