//! HTML text: escaping, and the frame every page shares (head, header, main landmark).

use super::paths::PagePath;
use openline_core::QuickExit;

/// The stylesheet and script every page loads, relative to the site root.
pub const CSS_FILE: &str = "assets/site.css";
/// The page script: ticking steps, copy and share, the quick exit, offline caching.
pub const JS_FILE: &str = "assets/site.js";

/// What pages may load: only their own site's files, no inline script and no forms.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

/// Escapes text for use in HTML text and in quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

/// Escapes text, keeping its line breaks as `<br>`.
pub fn escape_lines(text: &str) -> String {
    text.lines().map(escape).collect::<Vec<_>>().join("<br>")
}

/// A list of strings as a JSON array, for a data attribute (escape it as an attribute after).
pub fn json_array(items: &[String]) -> String {
    serde_json::to_string(items).unwrap_or_else(|_| "[]".to_owned())
}

/// One page, ready to be framed.
pub struct Frame<'a> {
    /// The `lang` attribute.
    pub lang: &'a str,
    /// The page's main heading.
    pub title: &'a str,
    /// The site's name, added to the window title.
    pub site_name: &'a str,
    /// Where the page lives, for relative links to the shared files.
    pub here: &'a PagePath,
    /// The link "up": its address and the words of the screen it leads to.
    pub up: Option<(String, String)>,
    /// The quick exit, on pages the core marks as teen-facing.
    pub quick_exit: Option<&'a QuickExit>,
    /// The rendered blocks.
    pub body: &'a str,
}

impl Frame<'_> {
    /// The whole document.
    pub fn render(&self) -> String {
        let window_title = if self.title == self.site_name {
            escape(self.title)
        } else {
            format!("{} · {}", escape(self.title), escape(self.site_name))
        };
        let mut out = String::with_capacity(self.body.len() + 1500);
        out.push_str(&head(
            self.lang,
            &window_title,
            &self.here.href_to_file(CSS_FILE),
            &self.here.href_to_file(JS_FILE),
        ));
        let mut header = String::new();
        if let Some(exit) = self.quick_exit {
            header.push_str(&quick_exit(exit));
        }
        if let Some((href, label)) = &self.up {
            header.push_str(&format!(
                "<nav><a class=\"up\" href=\"{}\"><span aria-hidden=\"true\">←</span> {}</a></nav>",
                escape(href),
                escape(label)
            ));
        }
        if !header.is_empty() {
            out.push_str(&format!("<header>{header}</header>\n"));
        }
        out.push_str(&format!(
            "<main id=\"main\">\n<h1>{}</h1>\n{}</main>\n</body>\n</html>\n",
            escape(self.title),
            self.body
        ));
        out
    }
}

/// The document's start, up to and including `<body>`.
pub fn head(lang: &str, window_title: &str, css: &str, js: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n\
         <title>{window_title}</title>\n<link rel=\"stylesheet\" href=\"{css}\">\n\
         <script src=\"{js}\" defer></script>\n</head>\n<body>\n",
        lang = escape(lang),
        csp = escape(CONTENT_SECURITY_POLICY),
        css = escape(css),
        js = escape(js),
    )
}

/// The quick-exit link. Works as a plain link; the script makes it replace the page in the
/// history, and adds the Escape key.
fn quick_exit(exit: &QuickExit) -> String {
    format!(
        "<a class=\"exit\" href=\"{}\" rel=\"noopener noreferrer\" data-exit>{}</a>",
        escape(&exit.url),
        escape(&exit.label)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_five_special_characters() {
        assert_eq!(
            escape(r#"<b>Tom & "Jerry's"</b>"#),
            "&lt;b&gt;Tom &amp; &quot;Jerry&#39;s&quot;&lt;/b&gt;"
        );
        assert_eq!(escape("plain words"), "plain words");
        assert_eq!(escape_lines("a<\nb"), "a&lt;<br>b");
    }

    #[test]
    fn json_in_attributes_survives_escaping() {
        let items = vec!["0 of 2 \"done\"".to_owned(), "<1>".to_owned()];
        let attr = escape(&json_array(&items));
        assert!(!attr.contains('"') && !attr.contains('<'));
        assert_eq!(
            attr,
            "[&quot;0 of 2 \\&quot;done\\&quot;&quot;,&quot;&lt;1&gt;&quot;]"
        );
    }

    #[test]
    fn frames_a_page_with_landmarks_and_the_quick_exit() {
        let here = PagePath::page("en", "GB", "teen").expect("a valid page");
        let exit = QuickExit {
            label: "Leave quickly".into(),
            url: openline_core::QUICK_EXIT_URL.into(),
        };
        let frame = Frame {
            lang: "en",
            title: "Get <help>",
            site_name: "OpenLine",
            here: &here,
            up: Some(("../index.html".to_owned(), "OpenLine".to_owned())),
            quick_exit: Some(&exit),
            body: "<p>x</p>\n",
        };
        let page = frame.render();
        assert!(page.starts_with("<!doctype html>\n<html lang=\"en\">"));
        assert!(page.contains("<title>Get &lt;help&gt; · OpenLine</title>"));
        assert!(page.contains("href=\"../../../assets/site.css\""));
        assert!(page.contains("<h1>Get &lt;help&gt;</h1>"));
        assert!(page.contains(
            "href=\"https://www.google.com/search?q=weather\" rel=\"noopener noreferrer\""
        ));
        assert!(page.contains("<main id=\"main\">"));
        assert!(page.contains("<nav><a class=\"up\" href=\"../index.html\">"));
        assert!(page.contains("data-exit>Leave quickly</a>"));
    }

    #[test]
    fn pages_without_up_or_exit_have_no_header() {
        let here = PagePath::root();
        let frame = Frame {
            lang: "en",
            title: "OpenLine",
            site_name: "OpenLine",
            here: &here,
            up: None,
            quick_exit: None,
            body: "",
        };
        let page = frame.render();
        assert!(!page.contains("<header>"));
        assert!(page.contains("<title>OpenLine</title>"));
        assert!(page.contains("href=\"assets/site.css\""));
    }
}
