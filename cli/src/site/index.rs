//! The pages outside any region: the root chooser, and the page for an address with none.

use super::SiteError;
use super::collect::Edition;
use super::frame::Frame;
use super::paths::PagePath;
use super::strings;
use maud::{Markup, html};
use openline_core::{Action, Block, Event, Screen};

/// The root page: the site's name and, for each language, a link to each region's home.
/// Links are relative to the root when `base` is empty; `base` is `/` for the 404 page,
/// which may be shown at any depth.
pub fn chooser(editions: &[Edition], base: &str, not_found: bool) -> Result<String, SiteError> {
    let first = editions
        .first()
        .ok_or_else(|| SiteError::Core("the core offers no language".into()))?;
    let name = screen_of(first, "home")?.title.as_str();
    let sections = editions
        .iter()
        .map(|edition| section(edition, editions.len(), base))
        .collect::<Result<Vec<Markup>, SiteError>>()?;
    let frame = Frame {
        lang: if not_found { "en" } else { first.lang.as_str() },
        title: if not_found { strings::NOT_FOUND } else { name },
        site_name: name,
        root: base,
        up: None,
        quick_exit: None,
    };
    Ok(frame.render(html! { @for section in &sections { (section) } }))
}

/// One language's list of regions, headed by the language's name when there are several.
fn section(edition: &Edition, languages: usize, base: &str) -> Result<Markup, SiteError> {
    let settings = screen_of(edition, "settings")?;
    let (region_label, regions) = choice(settings, |event| match event {
        Event::SetRegion { code } => Some(code.clone()),
        _ => None,
    });
    let (_, names) = choice(settings, |event| match event {
        Event::SetLanguage { tag } => Some(tag.clone()),
        _ => None,
    });
    let language_name = names
        .into_iter()
        .find(|(tag, _)| *tag == edition.lang)
        .map(|(_, name)| name);
    let title = match (languages, language_name) {
        (2.., Some(language)) => language,
        _ => region_label,
    };
    let homes = regions
        .iter()
        .map(|(code, label)| {
            let home = PagePath::page(&edition.lang, code, "home")?;
            Ok((format!("{base}{}", PagePath::root().href_to(&home)), label))
        })
        .collect::<Result<Vec<_>, SiteError>>()?;
    Ok(html! {
        section lang=(edition.lang) {
            h2 { (title) }
            ul.links {
                @for (href, label) in &homes {
                    li { a.row href=(href) { span.label { (label) } } }
                }
            }
        }
    })
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
