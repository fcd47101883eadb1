//! The route grammar: short strings such as `teen`, `report/instagram` or
//! `parent?age=14-17&moment=new-device`, used as deep links, CLI arguments and test inputs.

use crate::content::model::{AgeBand, Moment};
use std::fmt;

/// Longest route accepted; anything longer is refused before parsing.
pub const MAX_ROUTE_LEN: usize = 256;

/// Where a screen lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The two doors: help now, or parent.
    Home,
    /// The emergency plan for teens.
    Teen,
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
    /// Longer than [`MAX_ROUTE_LEN`].
    #[error("the route is longer than {MAX_ROUTE_LEN} characters")]
    TooLong,
    /// No screen has this path.
    #[error("no screen is called \"{0}\"")]
    UnknownPath(String),
    /// A slug holds characters other than a-z, 0-9 and `-`.
    #[error("\"{0}\" is not a valid name in a route")]
    BadSlug(String),
    /// A query parameter that the screen does not take, or a bad value.
    #[error("\"{0}\" is not a valid filter here")]
    BadQuery(String),
}

const SCHEME: &str = "openline://";

impl Route {
    /// Parses a route, accepting an `openline://` prefix as used by deep links.
    pub fn parse(input: &str) -> Result<Route, RouteError> {
        if input.len() > MAX_ROUTE_LEN {
            return Err(RouteError::TooLong);
        }
        let input = input.strip_prefix(SCHEME).unwrap_or(input);
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
            ["report"] => Route::Report,
            ["report", slug] => Route::ReportPlatform(checked_slug(slug)?),
            ["parent"] => Route::Parent {
                age: None,
                moment: None,
            },
            ["parent", "saved"] => Route::ParentSaved,
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
            Route::Disclosure => f.write_str("parent/disclosure"),
            Route::WarningSigns => f.write_str("parent/signs"),
            Route::Starter(slug) => write!(f, "starter/{slug}"),
            Route::Settings => f.write_str("settings"),
            Route::About => f.write_str("about"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_the_documented_examples() {
        assert_eq!(Route::parse("home"), Ok(Route::Home));
        assert_eq!(
            Route::parse("report/instagram"),
            Ok(Route::ReportPlatform("instagram".into()))
        );
        assert_eq!(
            Route::parse("parent?age=14-17&moment=new-device"),
            Ok(Route::Parent {
                age: Some(AgeBand::Age14To17),
                moment: Some(Moment::NewDevice)
            })
        );
        assert_eq!(Route::parse("openline://teen"), Ok(Route::Teen));
    }

    #[test]
    fn refuses_bad_input_with_a_reason() {
        assert_eq!(Route::parse(""), Err(RouteError::Empty));
        assert_eq!(
            Route::parse("nowhere"),
            Err(RouteError::UnknownPath("nowhere".into()))
        );
        assert_eq!(
            Route::parse("report/Insta gram"),
            Err(RouteError::BadSlug("Insta gram".into()))
        );
        assert_eq!(
            Route::parse("parent?age=3-5"),
            Err(RouteError::BadQuery("age=3-5".into()))
        );
        assert_eq!(
            Route::parse("teen?x=1"),
            Err(RouteError::BadQuery("x=1".into()))
        );
        assert_eq!(
            Route::parse("parent?age=8-10&age=8-10"),
            Err(RouteError::BadQuery("age=8-10".into()))
        );
        assert_eq!(Route::parse(&"a".repeat(300)), Err(RouteError::TooLong));
    }

    fn any_route() -> impl Strategy<Value = Route> {
        let slug = "[a-z0-9][a-z0-9-]{0,30}";
        let age = proptest::option::of(proptest::sample::select(AgeBand::ALL.to_vec()));
        let moment = proptest::option::of(proptest::sample::select(Moment::ALL.to_vec()));
        prop_oneof![
            Just(Route::Home),
            Just(Route::Teen),
            Just(Route::Report),
            slug.prop_map(Route::ReportPlatform),
            (age, moment).prop_map(|(age, moment)| Route::Parent { age, moment }),
            Just(Route::ParentSaved),
            Just(Route::Disclosure),
            Just(Route::WarningSigns),
            slug.prop_map(Route::Starter),
            Just(Route::Settings),
            Just(Route::About),
        ]
    }

    proptest! {
        #[test]
        fn printing_then_parsing_gives_the_route_back(route in any_route()) {
            prop_assert_eq!(Route::parse(&route.to_string()), Ok(route));
        }

        #[test]
        fn parsing_then_printing_gives_the_string_back(route in any_route()) {
            let text = route.to_string();
            let parsed = Route::parse(&text).expect("printed routes parse");
            prop_assert_eq!(parsed.to_string(), text);
        }

        #[test]
        fn no_string_makes_it_panic(input in ".{0,300}") {
            if let Ok(route) = Route::parse(&input) {
                prop_assert_eq!(Route::parse(&route.to_string()), Ok(route));
            }
        }

        #[test]
        fn route_like_strings_never_panic(input in "(openline://)?[a-z/?&=0-9-]{0,40}") {
            let _ = Route::parse(&input);
        }
    }
}
