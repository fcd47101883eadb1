//! The checks of sources: each names a page someone read, a page off the organisations' own
//! sites is flagged as a copy, no page is cited under two ids, and most facts rest on the
//! organisations' own pages.

use super::{Checker, Place, Severity};
use crate::pack::Pack;
use crate::provenance::{self, MIN_PRIMARY_PERCENT, cited_site, owner};
use std::collections::{HashMap, HashSet};

impl Checker<'_> {
    pub(super) fn sources(&mut self, pack: &Pack) {
        let place = Place::Sources;
        self.unique(&place, "source", pack.sources.iter().map(|s| s.id.as_str()));
        let mut pages: HashMap<String, &str> = HashMap::new();
        for source in &pack.sources {
            let id = source.id.as_str();
            self.text(&place, id, "citation", &source.citation);
            if let Some(why) = provenance::placeholder(source) {
                self.error(&place, Some(id), format!("source \"{id}\" {why}"));
                continue;
            }
            let Some(site) = cited_site(&source.citation) else {
                continue;
            };
            if !source.secondary && owner(&pack.organisations, &site).is_none() {
                let message = format!(
                    "source \"{id}\" is on {site}, which is no organisation's own site in \
                     organisations.toml: cite the organisation's page, or flag the copy \
                     secondary = true"
                );
                self.error(&place, Some(id), message);
            }
            if let Some(first) = pages.insert(page_address(&source.citation), id) {
                let message =
                    format!("sources \"{first}\" and \"{id}\" cite the same page: keep one id");
                self.error(&place, Some(id), message);
            }
        }
        let cited: HashSet<&str> = provenance::facts(pack)
            .into_iter()
            .flat_map(|(_, sources)| sources.iter().map(String::as_str))
            .collect();
        for source in pack
            .sources
            .iter()
            .filter(|s| !cited.contains(s.id.as_str()))
        {
            let message = format!("source \"{}\" is cited by no fact", source.id);
            self.report(Severity::Warning, &place, Some(&source.id), message);
        }
    }

    pub(super) fn organisations(&mut self, pack: &Pack) {
        let place = Place::Organisations;
        let mut sites = HashSet::new();
        for organisation in &pack.organisations {
            let name = organisation.name.as_str();
            self.text(&place, name, "name", name);
            if organisation.sites.is_empty() {
                self.error(&place, Some(name), format!("\"{name}\" lists no site"));
            }
            for site in &organisation.sites {
                if cited_site(site).as_deref() != Some(site.as_str()) {
                    let message = format!("\"{site}\" is not a site's lowercase host name");
                    self.error(&place, Some(name), message);
                }
                if !sites.insert(site.as_str()) {
                    let message = format!("site \"{site}\" is listed for two organisations");
                    self.error(&place, Some(name), message);
                }
            }
        }
    }

    /// Most facts must cite at least one of the organisations' own pages.
    pub(super) fn provenance(&mut self, pack: &Pack) {
        let share = provenance::primary_share(pack);
        if share.percent() < MIN_PRIMARY_PERCENT {
            let message = format!(
                "only {}% of facts ({} of {}) cite an organisation's own page; at least \
                 {MIN_PRIMARY_PERCENT}% must",
                share.percent(),
                share.primary,
                share.total
            );
            self.error(&Place::Sources, None, message);
        }
    }
}

/// A citation's page address, to spot one page under two ids: the text before the first
/// space or comma, lowercased, without a trailing `/`.
fn page_address(citation: &str) -> String {
    let address = citation.split([' ', ',']).next().unwrap_or("");
    address.trim_end_matches('/').to_ascii_lowercase()
}
