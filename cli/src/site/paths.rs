//! Where pages live: a route in a language and region maps to a folder holding `index.html`,
//! and links between pages are relative so the site works from any folder or from disk.

use super::SiteError;
use openline_model::route::Route;
use std::path::PathBuf;

/// A page's folder under the site root, as path segments; the root itself has none.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PagePath(Vec<String>);

impl PagePath {
    /// The site root, which holds the region chooser.
    pub fn root() -> PagePath {
        PagePath(Vec::new())
    }

    /// The page of `route` in language `lang` and region `region`: `/<lang>/<region>/<route>/`.
    pub fn page(lang: &str, region: &str, route: &str) -> Result<PagePath, SiteError> {
        let mut segments = vec![checked_tag(lang)?, checked_tag(region)?];
        segments.extend(route_segments(route)?);
        Ok(PagePath(segments))
    }

    /// The file to write, relative to the site root.
    pub fn file(&self) -> PathBuf {
        self.0.iter().collect::<PathBuf>().join("index.html")
    }

    /// A relative link from this page to `target`'s `index.html`.
    pub fn href_to(&self, target: &PagePath) -> String {
        let common = self
            .0
            .iter()
            .zip(&target.0)
            .take_while(|(a, b)| a == b)
            .count();
        let mut href = "../".repeat(self.0.len() - common);
        for segment in &target.0[common..] {
            href.push_str(segment);
            href.push('/');
        }
        href.push_str("index.html");
        href
    }

    /// A relative link from this page to a file at `path` under the site root.
    pub fn href_to_file(&self, path: &str) -> String {
        format!("{}{path}", "../".repeat(self.0.len()))
    }
}

/// The route in the core's canonical spelling, so equal routes map to one page.
pub fn canonical_route(route: &str) -> Result<String, SiteError> {
    Route::parse(route)
        .map(|parsed| parsed.to_string())
        .map_err(|err| SiteError::Route {
            route: route.to_owned(),
            reason: err.to_string(),
        })
}

/// A route's folders: its path, then each filter as `key-value`; home is the region's root.
/// `parent?age=14-17&moment=new-device` becomes `parent/age-14-17/moment-new-device`.
pub fn route_segments(route: &str) -> Result<Vec<String>, SiteError> {
    let canonical = canonical_route(route)?;
    if canonical == "home" {
        return Ok(Vec::new());
    }
    let (path, query) = match canonical.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (canonical.as_str(), None),
    };
    let mut segments: Vec<String> = path.split('/').map(encode_segment).collect();
    for pair in query.into_iter().flat_map(|query| query.split('&')) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        segments.push(encode_segment(&format!("{key}-{value}")));
    }
    Ok(segments)
}

/// A language tag or region code as a folder name: lower case letters, digits and `-`.
fn checked_tag(tag: &str) -> Result<String, SiteError> {
    let lower = tag.to_ascii_lowercase();
    let valid = !lower.is_empty()
        && lower
            .bytes()
            .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-');
    if valid {
        Ok(lower)
    } else {
        Err(SiteError::BadName(tag.to_owned()))
    }
}

/// A path segment with every byte outside `a-z 0-9 - _` percent-encoded, so no segment can
/// climb out of its folder or need escaping in a link.
fn encode_segment(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for byte in segment.bytes() {
        if byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-' || byte == b'_' {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Percent-encodes text for a URL query value (RFC 3986 unreserved characters stay).
pub fn encode_query_value(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A `data:` link holding `text` as a file of type `mime`, so the page itself carries the
/// file: it downloads with no server and no script.
pub fn data_href(mime: &str, text: &str) -> String {
    format!("data:{mime};charset=utf-8,{}", encode_query_value(text))
}

/// A `tel:` link; the core gives digits with an optional leading `+`, anything else is
/// percent-encoded so it can't change the link.
pub fn tel_href(number: &str) -> String {
    format!("tel:{}", encode_number(number))
}

/// An `sms:` link with the body filled in (RFC 5724).
pub fn sms_href(number: &str, body: &str) -> String {
    if body.is_empty() {
        format!("sms:{}", encode_number(number))
    } else {
        format!(
            "sms:{}?body={}",
            encode_number(number),
            encode_query_value(body)
        )
    }
}

fn encode_number(number: &str) -> String {
    let mut out = String::with_capacity(number.len());
    for (index, byte) in number.bytes().enumerate() {
        if byte.is_ascii_digit() || (byte == b'+' && index == 0) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(route: &str) -> PagePath {
        PagePath::page("en", "GB", route).expect("a valid page")
    }

    #[test]
    fn routes_map_to_folders() {
        assert_eq!(page("home").file(), PathBuf::from("en/gb/index.html"));
        assert_eq!(page("teen").file(), PathBuf::from("en/gb/teen/index.html"));
        assert_eq!(
            page("report/instagram").file(),
            PathBuf::from("en/gb/report/instagram/index.html")
        );
        assert_eq!(
            page("parent?age=14-17&moment=new-device").file(),
            PathBuf::from("en/gb/parent/age-14-17/moment-new-device/index.html")
        );
        assert_eq!(
            page("parent?moment=check-in").file(),
            PathBuf::from("en/gb/parent/moment-check-in/index.html")
        );
        assert_eq!(
            page("openline://starter/teen-new-app-who").file(),
            PathBuf::from("en/gb/starter/teen-new-app-who/index.html")
        );
    }

    #[test]
    fn equal_routes_share_a_page_and_bad_ones_are_refused() {
        assert_eq!(
            page("parent?moment=holidays&age=8-10"),
            page("parent?age=8-10&moment=holidays")
        );
        assert!(PagePath::page("en", "GB", "nowhere").is_err());
        assert!(PagePath::page("en", "GB", "report/../../etc").is_err());
        assert!(PagePath::page("../en", "GB", "home").is_err());
        assert!(PagePath::page("en", "G/B", "home").is_err());
        assert_eq!(encode_segment("a.b/c"), "a%2Eb%2Fc");
    }

    #[test]
    fn links_are_relative() {
        let teen = page("teen");
        assert_eq!(teen.href_to(&page("report")), "../report/index.html");
        assert_eq!(
            teen.href_to(&page("report/instagram")),
            "../report/instagram/index.html"
        );
        assert_eq!(teen.href_to(&page("home")), "../index.html");
        assert_eq!(teen.href_to(&teen), "index.html");
        assert_eq!(page("home").href_to(&page("teen")), "teen/index.html");
        let us = PagePath::page("en", "US", "teen").expect("a valid page");
        assert_eq!(teen.href_to(&us), "../../us/teen/index.html");
        assert_eq!(
            page("parent?age=8-10").href_to(&page("parent?moment=holidays")),
            "../moment-holidays/index.html"
        );
        assert_eq!(PagePath::root().href_to(&page("home")), "en/gb/index.html");
        assert_eq!(teen.href_to(&PagePath::root()), "../../../index.html");
        assert_eq!(
            teen.href_to_file("assets/site.css"),
            "../../../assets/site.css"
        );
    }

    #[test]
    fn phone_and_text_links() {
        assert_eq!(tel_href("999"), "tel:999");
        assert_eq!(tel_href("+448001111"), "tel:+448001111");
        assert_eq!(tel_href("0800 1111\""), "tel:0800%201111%22");
        assert_eq!(tel_href("1+2"), "tel:1%2B2");
        assert_eq!(sms_href("741741", "THORN"), "sms:741741?body=THORN");
        assert_eq!(
            sms_href("741741", "Help me & you?"),
            "sms:741741?body=Help%20me%20%26%20you%3F"
        );
        assert_eq!(sms_href("85258", ""), "sms:85258");
        assert_eq!(encode_query_value("é"), "%C3%A9");
    }
}
