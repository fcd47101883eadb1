//! Where the facts come from: every source names a page, a page off the organisations' own
//! sites is flagged as a copy, and most facts rest on the organisations' own pages.

use crate::pack::{Organisation, Pack, Source};
use std::collections::HashSet;

/// The smallest share of facts, in percent, that must cite at least one primary source.
pub const MIN_PRIMARY_PERCENT: usize = 90;

/// How many facts cite at least one of the organisations' own pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrimaryShare {
    /// Facts with at least one primary source.
    pub primary: usize,
    /// Every fact that cites sources.
    pub total: usize,
}

impl PrimaryShare {
    /// The share in whole percent, rounded down; 100 when there are no facts.
    pub fn percent(self) -> usize {
        (self.primary * 100).checked_div(self.total).unwrap_or(100)
    }
}

/// The site a citation names: its text up to the first `/`, space or comma, lowercased, when
/// that looks like a host (`www.nspcc.org.uk`). `None` for a citation that names no page.
pub fn cited_site(citation: &str) -> Option<String> {
    let host = citation
        .split(['/', ' ', ',', '?', '#'])
        .next()
        .unwrap_or("");
    let labels: Vec<&str> = host.split('.').collect();
    let looks_like_host = labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_alphabetic()));
    looks_like_host.then(|| host.to_ascii_lowercase())
}

/// The site of an `https` address: `help.x.com` for `https://help.x.com/en/...`.
pub fn url_site(url: &str) -> Option<String> {
    cited_site(url.strip_prefix("https://")?)
}

/// True when `host` is `site` or one of its subdomains.
pub fn within(host: &str, site: &str) -> bool {
    host == site
        || host
            .strip_suffix(site)
            .is_some_and(|rest| rest.ends_with('.'))
}

/// The organisation whose own site `host` is on, if any.
pub fn owner<'p>(organisations: &'p [Organisation], host: &str) -> Option<&'p Organisation> {
    organisations
        .iter()
        .find(|organisation| organisation.sites.iter().any(|site| within(host, site)))
}

/// Every fact's id and sources: channels, platforms, the teen intro and steps, the parent
/// advice and the conversation starters.
pub fn facts(pack: &Pack) -> Vec<(&str, &[String])> {
    let mut facts: Vec<(&str, &[String])> = Vec::new();
    for region in &pack.regions {
        facts.extend(
            region
                .channels
                .iter()
                .map(|c| (c.id.as_str(), c.sources.as_slice())),
        );
    }
    facts.extend(
        pack.platforms
            .iter()
            .map(|p| (p.id.as_str(), p.sources.as_slice())),
    );
    facts.push(("intro", pack.teen.intro_sources.as_slice()));
    facts.extend(
        pack.teen
            .steps
            .iter()
            .map(|s| (s.id.as_str(), s.sources.as_slice())),
    );
    let parent = &pack.parent;
    facts.extend(
        parent
            .advice()
            .map(|a| (a.id.as_str(), a.sources.as_slice())),
    );
    facts.extend(
        parent
            .starters
            .iter()
            .map(|s| (s.id.as_str(), s.sources.as_slice())),
    );
    facts.push(("self_harm", parent.self_harm.sources.as_slice()));
    // An editorial season cites nothing and says so; it is a rule, not a fact.
    facts.extend(
        parent
            .seasons
            .iter()
            .filter(|s| s.editorial.is_none())
            .map(|s| (s.id.as_str(), s.sources.as_slice())),
    );
    facts
}

/// The share of facts citing at least one primary source.
pub fn primary_share(pack: &Pack) -> PrimaryShare {
    let primary_ids: HashSet<&str> = pack
        .sources
        .iter()
        .filter(|source| !source.secondary)
        .map(|source| source.id.as_str())
        .collect();
    let facts = facts(pack);
    PrimaryShare {
        primary: facts
            .iter()
            .filter(|(_, sources)| sources.iter().any(|id| primary_ids.contains(id.as_str())))
            .count(),
        total: facts.len(),
    }
}

/// Words that mark a citation as a stand-in for a source nobody read.
const PLACEHOLDER_WORDS: &[&str] = &["no source", "not sourced", "unsourced", "placeholder"];

/// Why a source can't back a fact, if it can't: it names no page, or it is a placeholder.
pub fn placeholder(source: &Source) -> Option<&'static str> {
    let lower = source.citation.to_lowercase();
    if PLACEHOLDER_WORDS.iter().any(|word| lower.contains(word)) {
        Some("is a placeholder, not a page someone read")
    } else if cited_site(&source.citation).is_none() {
        Some("names no page: its citation must start with the page's address")
    } else {
        None
    }
}

#[cfg(test)]
#[path = "provenance_tests.rs"]
mod tests;
