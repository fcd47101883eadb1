//! The route grammar: short strings such as `teen`, `report/instagram` or
//! `parent?age=14-17&moment=new-device`, used as deep links, CLI arguments and test inputs.
//!
//! A [`Route`] is the one place that knows its own string, the screen "up" leads to, whether
//! a teen may need to leave it quickly, and every instance of itself a pack offers. Each of
//! these is a `match` the compiler checks, so a new route can't be left out of any of them.

use crate::pack::{AgeBand, Moment, Pack};
use crate::quoted::quoted;
use std::fmt;

/// Longest route accepted, in characters; anything longer is refused before parsing.
pub const MAX_ROUTE_LEN: usize = 256;

/// The URL scheme of deep links: `openline://teen`.
pub const SCHEME: &str = "openline";

/// Where a screen lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The two doors: help now, or parent.
    Home,
    /// The emergency plan for teens.
    Teen,
    /// Where the teen advice comes from: the one screen that lists its sources.
    TeenSources,
    /// Reporting channels for the region, and the list of platforms.
    Report,
    /// How to report on one platform.
    ReportPlatform(String),
    /// Conversation starters, optionally filtered.
    Parent {
        /// Only starters for this age band.
        age: Option<AgeBand>,
        /// Only starters for this moment.
        moment: Option<Moment>,
    },
    /// Starters the parent saved.
    ParentSaved,
    /// The parent's children by age band, a starter for now for each, and talk history.
    Children,
    /// Gentle reminders to talk: how often, before the holidays, after a new device.
    Reminders,
    /// How to respond if a child tells you something.
    Disclosure,
    /// Signs that something may be wrong.
    WarningSigns,
    /// One conversation starter.
    Starter(String),
    /// Region and language.
    Settings,
    /// Versions, sources and reviewed dates.
    About,
}

/// Why a string is not a route.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RouteError {
    /// Empty input.
    #[error("the route is empty")]
    Empty,
    /// Longer than [`MAX_ROUTE_LEN`] characters.
    #[error("the route is longer than {MAX_ROUTE_LEN} characters")]
    TooLong,
    /// No screen has this path.
    #[error("no screen is called {}", quoted(.0))]
    UnknownPath(String),
    /// A slug holds characters other than a-z, 0-9 and `-`.
    #[error("{} is not a valid name in a route", quoted(.0))]
    BadSlug(String),
    /// A query parameter that the screen does not take, or a bad value.
    #[error("{} is not a valid filter here", quoted(.0))]
    BadQuery(String),
}

/// Declares the kinds of route together with the list of them, so that no kind can be
/// missing from [`Route::every`].
macro_rules! route_kinds {
    ($($kind:ident),* $(,)?) => {
        /// A route without its parameters: what its screen is, whatever it shows.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        enum RouteKind {
            $($kind),*
        }

        impl RouteKind {
            /// Every kind, in the order [`Route::every`] lists their routes.
            const ALL: &'static [RouteKind] = &[$(RouteKind::$kind),*];
        }
    };
}

route_kinds! {
    Home,
    Teen,
    TeenSources,
    Report,
    ReportPlatform,
    Parent,
    ParentSaved,
    Children,
    Reminders,
    Disclosure,
    WarningSigns,
    Starter,
    Settings,
    About,
}

impl RouteKind {
    /// The screen "up" leads to from every route of this kind.
    fn up(self) -> Option<Route> {
        let starters = Route::Parent {
            age: None,
            moment: None,
        };
        match self {
            RouteKind::Home => None,
            RouteKind::Teen
            | RouteKind::Report
            | RouteKind::Parent
            | RouteKind::Settings
            | RouteKind::About => Some(Route::Home),
            RouteKind::ReportPlatform => Some(Route::Report),
            RouteKind::TeenSources => Some(Route::Teen),
            RouteKind::ParentSaved
            | RouteKind::Children
            | RouteKind::Reminders
            | RouteKind::Disclosure
            | RouteKind::WarningSigns
            | RouteKind::Starter => Some(starters),
        }
    }

    /// Whether a teen may be looking for help here, and may need to leave at once.
    fn teen_facing(self) -> bool {
        match self {
            RouteKind::Home
            | RouteKind::Teen
            | RouteKind::TeenSources
            | RouteKind::Report
            | RouteKind::ReportPlatform => true,
            RouteKind::Parent
            | RouteKind::ParentSaved
            | RouteKind::Children
            | RouteKind::Reminders
            | RouteKind::Disclosure
            | RouteKind::WarningSigns
            | RouteKind::Starter
            | RouteKind::Settings
            | RouteKind::About => false,
        }
    }

    /// Every route of this kind that `pack` offers: each platform, each starter, each filter.
    fn instances(self, pack: &Pack) -> Vec<Route> {
        match self {
            RouteKind::Home => vec![Route::Home],
            RouteKind::Teen => vec![Route::Teen],
            RouteKind::TeenSources => vec![Route::TeenSources],
            RouteKind::Report => vec![Route::Report],
            RouteKind::ReportPlatform => pack
                .platforms
                .iter()
                .map(|platform| Route::ReportPlatform(platform.id.clone()))
                .collect(),
            RouteKind::Parent => {
                let ages = std::iter::once(None).chain(AgeBand::ALL.map(Some));
                ages.flat_map(|age| {
                    std::iter::once(None)
                        .chain(Moment::ALL.map(Some))
                        .map(move |moment| Route::Parent { age, moment })
                })
                .collect()
            }
            RouteKind::ParentSaved => vec![Route::ParentSaved],
            RouteKind::Children => vec![Route::Children],
            RouteKind::Reminders => vec![Route::Reminders],
            RouteKind::Disclosure => vec![Route::Disclosure],
            RouteKind::WarningSigns => vec![Route::WarningSigns],
            RouteKind::Starter => pack
                .parent
                .starters
                .iter()
                .map(|starter| Route::Starter(starter.id.clone()))
                .collect(),
            RouteKind::Settings => vec![Route::Settings],
            RouteKind::About => vec![Route::About],
        }
    }
}

impl Route {
    /// Every route `pack` offers, each platform, starter and filter included: for the web
    /// site, link checks and tests.
    pub fn every(pack: &Pack) -> Vec<Route> {
        RouteKind::ALL
            .iter()
            .flat_map(|kind| kind.instances(pack))
            .collect()
    }

    /// The route "up" leads to; `None` on home.
    pub fn up(&self) -> Option<Route> {
        self.kind().up()
    }

    /// Whether this is a screen a teen may need to hide quickly, so it offers a quick exit.
    pub fn teen_facing(&self) -> bool {
        self.kind().teen_facing()
    }

    /// Whether the platform or starter the route names is in `pack`; routes that name
    /// nothing always exist.
    pub fn exists_in(&self, pack: &Pack) -> bool {
        match self {
            Route::ReportPlatform(id) => pack.platforms.iter().any(|platform| platform.id == *id),
            Route::Starter(id) => pack.parent.starters.iter().any(|starter| starter.id == *id),
            Route::Home
            | Route::Teen
            | Route::TeenSources
            | Route::Report
            | Route::Parent { .. }
            | Route::ParentSaved
            | Route::Children
            | Route::Reminders
            | Route::Disclosure
            | Route::WarningSigns
            | Route::Settings
            | Route::About => true,
        }
    }

    fn kind(&self) -> RouteKind {
        match self {
            Route::Home => RouteKind::Home,
            Route::Teen => RouteKind::Teen,
            Route::TeenSources => RouteKind::TeenSources,
            Route::Report => RouteKind::Report,
            Route::ReportPlatform(_) => RouteKind::ReportPlatform,
            Route::Parent { .. } => RouteKind::Parent,
            Route::ParentSaved => RouteKind::ParentSaved,
            Route::Children => RouteKind::Children,
            Route::Reminders => RouteKind::Reminders,
            Route::Disclosure => RouteKind::Disclosure,
            Route::WarningSigns => RouteKind::WarningSigns,
            Route::Starter(_) => RouteKind::Starter,
            Route::Settings => RouteKind::Settings,
            Route::About => RouteKind::About,
        }
    }

    /// Parses a route, accepting an `openline://` prefix as used by deep links.
    pub fn parse(input: &str) -> Result<Route, RouteError> {
        // Counting characters costs a pass; a string of more than four bytes a character
        // can't fit, whatever it holds.
        if input.len() > 4 * MAX_ROUTE_LEN || input.chars().count() > MAX_ROUTE_LEN {
            return Err(RouteError::TooLong);
        }
        let input = input
            .strip_prefix(SCHEME)
            .and_then(|rest| rest.strip_prefix("://"))
            .unwrap_or(input);
        if input.is_empty() {
            return Err(RouteError::Empty);
        }
        let (path, query) = match input.split_once('?') {
            Some((path, query)) => (path, Some(query)),
            None => (input, None),
        };
        let segments: Vec<&str> = path.split('/').collect();
        let route = match segments.as_slice() {
            ["home"] => Route::Home,
            ["teen"] => Route::Teen,
            ["teen", "sources"] => Route::TeenSources,
            ["report"] => Route::Report,
            ["report", slug] => Route::ReportPlatform(checked_slug(slug)?),
            ["parent"] => Route::Parent {
                age: None,
                moment: None,
            },
            ["parent", "saved"] => Route::ParentSaved,
            ["parent", "children"] => Route::Children,
            ["parent", "reminders"] => Route::Reminders,
            ["parent", "disclosure"] => Route::Disclosure,
            ["parent", "signs"] => Route::WarningSigns,
            ["starter", slug] => Route::Starter(checked_slug(slug)?),
            ["settings"] => Route::Settings,
            ["about"] => Route::About,
            _ => return Err(RouteError::UnknownPath(path.to_owned())),
        };
        match (route, query) {
            (route, None) => Ok(route),
            (Route::Parent { .. }, Some(query)) => parse_parent_query(query),
            (_, Some(query)) => Err(RouteError::BadQuery(query.to_owned())),
        }
    }
}

fn checked_slug(slug: &str) -> Result<String, RouteError> {
    let valid = !slug.is_empty()
        && slug
            .bytes()
            .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-');
    if valid {
        Ok(slug.to_owned())
    } else {
        Err(RouteError::BadSlug(slug.to_owned()))
    }
}

fn parse_parent_query(query: &str) -> Result<Route, RouteError> {
    let mut age = None;
    let mut moment = None;
    for pair in query.split('&') {
        let bad = || RouteError::BadQuery(pair.to_owned());
        let (key, value) = pair.split_once('=').ok_or_else(bad)?;
        match key {
            "age" if age.is_none() => age = Some(AgeBand::from_slug(value).ok_or_else(bad)?),
            "moment" if moment.is_none() => {
                moment = Some(Moment::from_slug(value).ok_or_else(bad)?)
            }
            _ => return Err(bad()),
        }
    }
    Ok(Route::Parent { age, moment })
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Route::Home => f.write_str("home"),
            Route::Teen => f.write_str("teen"),
            Route::TeenSources => f.write_str("teen/sources"),
            Route::Report => f.write_str("report"),
            Route::ReportPlatform(slug) => write!(f, "report/{slug}"),
            Route::Parent { age, moment } => {
                f.write_str("parent")?;
                let mut separator = '?';
                if let Some(age) = age {
                    write!(f, "{separator}age={}", age.slug())?;
                    separator = '&';
                }
                if let Some(moment) = moment {
                    write!(f, "{separator}moment={}", moment.slug())?;
                }
                Ok(())
            }
            Route::ParentSaved => f.write_str("parent/saved"),
            Route::Children => f.write_str("parent/children"),
            Route::Reminders => f.write_str("parent/reminders"),
            Route::Disclosure => f.write_str("parent/disclosure"),
            Route::WarningSigns => f.write_str("parent/signs"),
            Route::Starter(slug) => write!(f, "starter/{slug}"),
            Route::Settings => f.write_str("settings"),
            Route::About => f.write_str("about"),
        }
    }
}

/// The route a deep link opens, or `None` when `link` is not an OpenLine link.
///
/// Forgiving, as links typed or pasted by hand need: the scheme in any case, with or without
/// `//`, empty segments and a trailing `/` dropped, the path percent-decoded, a `#fragment`
/// ignored; `openline://` alone is home. A route this grammar knows comes back in its
/// canonical form (`openline://parent/?moment=holidays&age=8-10` gives
/// `parent?age=8-10&moment=holidays`); anything else comes back tidied, for the core's
/// `screen` to say what is wrong with it.
pub fn deep_link_route(link: &str) -> Option<String> {
    let (scheme, rest) = link.split_once(':')?;
    if !scheme.eq_ignore_ascii_case(SCHEME) {
        return None;
    }
    let rest = rest.split_once('#').map_or(rest, |(before, _)| before);
    let (path, query) = match rest.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (rest, None),
    };
    let decoded = percent_decoded(path);
    let segments: Vec<&str> = decoded
        .as_deref()
        .unwrap_or(path)
        .split('/')
        .filter(|segment| !segment.is_empty())
        .collect();
    if segments.is_empty() {
        return Some(Route::Home.to_string());
    }
    let mut route = segments.join("/");
    if let Some(query) = query.filter(|query| !query.is_empty()) {
        route.push('?');
        route.push_str(query);
    }
    Some(Route::parse(&route).map_or(route, |parsed| parsed.to_string()))
}

/// `text` with `%XX` escapes decoded; `None` when that gives no valid UTF-8.
fn percent_decoded(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let escaped = (bytes[index] == b'%')
            .then(|| text.get(index + 1..index + 3))
            .flatten()
            .filter(|hex| hex.bytes().all(|byte| byte.is_ascii_hexdigit()))
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                index += 3;
            }
            None => {
                out.push(bytes[index]);
                index += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
#[path = "route_tests.rs"]
mod tests;
