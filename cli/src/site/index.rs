//! The pages outside any region: the root chooser, and the page for an address with none.

use super::SiteError;
use super::collect::Edition;
use super::html::{CSS_FILE, JS_FILE, escape, head};
use super::strings;
use openline_core::{Action, Block, Event, Screen};

/// The root page: the site's name and, for each language, a link to each region's home.
/// Links are relative to the root when `base` is empty; `base` is `/` for the 404 page,
/// which may be shown at any depth.
pub fn chooser(editions: &[Edition], base: &str, not_found: bool) -> Result<String, SiteError> {
    let first = editions
        .first()
        .ok_or_else(|| SiteError::Core("the core offers no language".into()))?;
    let name = screen_of(first, "home")?.title.clone();
    let heading = if not_found {
        strings::NOT_FOUND.to_owned()
    } else {
        name.clone()
    };
    let window_title = if not_found {
        format!("{} · {}", escape(&heading), escape(&name))
    } else {
        escape(&name)
    };
    let lang = if not_found { "en" } else { first.lang.as_str() };
    let mut out = head(
        lang,
        &window_title,
        &format!("{base}{CSS_FILE}"),
        &format!("{base}{JS_FILE}"),
    );
    out.push_str(&format!(
        "<main id=\"main\">\n<h1>{}</h1>\n",
        escape(&heading)
    ));
    for edition in editions {
        let settings = screen_of(edition, "settings")?;
        let (region_label, regions) = choice(settings, |event| match event {
            Event::SetRegion { code } => Some(code.clone()),
            _ => None,
        });
        let (_, languages) = choice(settings, |event| match event {
            Event::SetLanguage { tag } => Some(tag.clone()),
            _ => None,
        });
        let language_name = languages
            .iter()
            .find(|(tag, _)| *tag == edition.lang)
            .map(|(_, name)| name.clone());
        let title = match (editions.len(), language_name) {
            (2.., Some(language)) => language,
            _ => region_label,
        };
        out.push_str(&format!(
            "<section lang=\"{}\">\n<h2>{}</h2>\n<ul class=\"links\">\n",
            escape(&edition.lang),
            escape(&title)
        ));
        for (code, label) in regions {
            out.push_str(&format!(
                "<li><a class=\"row\" href=\"{base}{}/{}/index.html\"><span class=\"label\">{}</span></a></li>\n",
                escape(&edition.lang),
                escape(&code.to_ascii_lowercase()),
                escape(&label)
            ));
        }
        out.push_str("</ul>\n</section>\n");
    }
    out.push_str("</main>\n</body>\n</html>\n");
    Ok(out)
}

/// The screen of `route` in the edition's first region.
fn screen_of<'a>(edition: &'a Edition, route: &str) -> Result<&'a Screen, SiteError> {
    edition
        .regions
        .first()
        .and_then(|region| region.screens.iter().find(|(r, _)| r == route))
        .map(|(_, screen)| screen)
        .ok_or_else(|| SiteError::Core(format!("the core has no \"{route}\" screen")))
}

/// The label of the choice whose options apply a matching event, and its (value, label)s.
fn choice(
    screen: &Screen,
    pick: impl Fn(&Event) -> Option<String>,
) -> (String, Vec<(String, String)>) {
    for block in &screen.blocks {
        if let Block::Choice { label, options } = block {
            let picked: Vec<(String, String)> = options
                .iter()
                .filter_map(|option| match &option.action {
                    Action::Apply { event } => pick(event).map(|v| (v, option.label.clone())),
                    _ => None,
                })
                .collect();
            if !picked.is_empty() {
                return (label.clone(), picked);
            }
        }
    }
    (String::new(), Vec::new())
}
