//! The frame every page shares: the document head, the header with the quick exit and the
//! link up, and the main landmark with the page's heading.

use maud::{DOCTYPE, Markup, html};
use openline_core::QuickExit;

/// The stylesheet every page loads, relative to the site root.
pub const CSS_FILE: &str = "assets/site.css";
/// The page script: ticking steps, copy and share, the quick exit, offline caching.
pub const JS_FILE: &str = "assets/site.js";

/// The page policy, as a macro so the server can extend it at compile time.
macro_rules! page_policy {
    () => {
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; \
         connect-src 'self'; base-uri 'none'; form-action 'none'"
    };
}
pub(crate) use page_policy;

/// What pages may load: only their own site's files, no inline script and no forms.
pub const CONTENT_SECURITY_POLICY: &str = page_policy!();

/// The link "up" a page's header carries.
pub struct Up {
    /// Its address, relative to the page.
    pub href: String,
    /// The title of the screen it leads to.
    pub label: String,
}

/// One page, ready to be framed around its blocks.
pub struct Frame<'a> {
    /// The `lang` attribute.
    pub lang: &'a str,
    /// The page's main heading.
    pub title: &'a str,
    /// The site's name, added to the window title.
    pub site_name: &'a str,
    /// The site root as seen from the page (`../../`, or `/` for a page shown at any depth),
    /// where the shared files are.
    pub root: &'a str,
    /// The link up.
    pub up: Option<Up>,
    /// The quick exit, on pages the core marks as teen-facing.
    pub quick_exit: Option<&'a QuickExit>,
}

impl Frame<'_> {
    /// The whole document around `body`.
    pub fn render(&self, body: Markup) -> String {
        let page = html! {
            (DOCTYPE)
            html lang=(self.lang) {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    meta name="color-scheme" content="light dark";
                    meta name="referrer" content="no-referrer";
                    meta http-equiv="Content-Security-Policy" content=(CONTENT_SECURITY_POLICY);
                    title {
                        (self.title)
                        @if self.title != self.site_name { " · " (self.site_name) }
                    }
                    link rel="stylesheet" href={ (self.root) (CSS_FILE) };
                    script src={ (self.root) (JS_FILE) } defer {}
                }
                body {
                    (self.header())
                    main id="main" {
                        h1 { (self.title) }
                        (body)
                    }
                }
            }
        };
        let mut text = page.into_string();
        text.push('\n');
        text
    }

    /// The quick exit and the link up, if the page has either.
    fn header(&self) -> Markup {
        html! {
            @if self.quick_exit.is_some() || self.up.is_some() {
                header {
                    @if let Some(exit) = self.quick_exit { (quick_exit(exit)) }
                    @if let Some(up) = &self.up {
                        nav {
                            a.up href=(up.href) { span aria-hidden="true" { "←" } " " (up.label) }
                        }
                    }
                }
            }
        }
    }
}

/// The quick-exit link. Works as a plain link; the script makes it replace the page in the
/// history, and adds the Escape key.
fn quick_exit(exit: &QuickExit) -> Markup {
    html! {
        a.exit href=(exit.url) rel="noopener noreferrer" data-exit { (exit.label) }
    }
}

/// Text with its line breaks kept as `<br>`.
pub fn lines(text: &str) -> Markup {
    html! {
        @for (index, line) in text.lines().enumerate() {
            @if index > 0 { br; }
            (line)
        }
    }
}

/// A list of strings as a JSON array, for a data attribute.
pub fn json_array(items: &[String]) -> String {
    serde_json::to_string(items).unwrap_or_else(|_| "[]".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame<'a>(title: &'a str, up: Option<Up>, quick_exit: Option<&'a QuickExit>) -> Frame<'a> {
        Frame {
            lang: "en",
            title,
            site_name: "OpenLine",
            root: "../../../",
            up,
            quick_exit,
        }
    }

    #[test]
    fn text_and_attributes_are_escaped() {
        let page = frame(r#"<b>Tom & "Jerry's"</b>"#, None, None).render(html! {});
        assert!(page.contains("<h1>&lt;b&gt;Tom &amp; &quot;Jerry's&quot;&lt;/b&gt;</h1>"));
        assert!(!page.contains("<b>"));
        assert_eq!(lines("a<\nb").into_string(), "a&lt;<br>b");
        let items = vec!["0 of 2 \"done\"".to_owned(), "<1>".to_owned()];
        let attr = html! { p data-progress=(json_array(&items)) {} }.into_string();
        assert_eq!(
            attr,
            "<p data-progress=\"[&quot;0 of 2 \\&quot;done\\&quot;&quot;,&quot;&lt;1&gt;&quot;]\"></p>"
        );
    }

    #[test]
    fn frames_a_page_with_landmarks_and_the_quick_exit() {
        let up = Up {
            href: "../index.html".to_owned(),
            label: "OpenLine".to_owned(),
        };
        let exit = QuickExit {
            label: "Leave quickly".into(),
            url: openline_core::QUICK_EXIT_URL.into(),
        };
        let page = frame("Get <help>", Some(up), Some(&exit)).render(html! { p { "x" } });
        assert!(page.starts_with("<!DOCTYPE html><html lang=\"en\">"));
        assert!(page.contains(&format!(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
            CONTENT_SECURITY_POLICY
        )));
        assert!(page.contains("<title>Get &lt;help&gt; · OpenLine</title>"));
        assert!(page.contains("href=\"../../../assets/site.css\""));
        assert!(page.contains("<script src=\"../../../assets/site.js\" defer></script>"));
        assert!(page.contains("<main id=\"main\"><h1>Get &lt;help&gt;</h1><p>x</p></main>"));
        assert!(page.contains(
            "<a class=\"exit\" href=\"https://www.google.com/search?q=weather\" \
             rel=\"noopener noreferrer\" data-exit>Leave quickly</a>"
        ));
        assert!(page.contains(
            "<nav><a class=\"up\" href=\"../index.html\"><span aria-hidden=\"true\">←</span> \
             OpenLine</a></nav>"
        ));
    }

    #[test]
    fn pages_without_up_or_exit_have_no_header() {
        let page = Frame {
            root: "",
            ..frame("OpenLine", None, None)
        }
        .render(html! {});
        assert!(!page.contains("<header>"));
        assert!(page.contains("<title>OpenLine</title>"));
        assert!(page.contains("href=\"assets/site.css\""));
    }
}
