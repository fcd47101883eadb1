//! What each of the core's actions becomes on the web: a link to another page, a `tel:`,
//! `sms:` or `https:` link, a button the script brings to life, or nothing.

use super::SiteError;
use super::paths::{PagePath, data_href, sms_href, tel_href};
use maud::{Markup, html};
use openline_core::{Action, Event};
use std::collections::BTreeMap;

/// The language, region and route a page shows: where region and language choices lead from.
#[derive(Debug, Clone, Default)]
pub struct Place {
    /// The language tag, such as `en`.
    pub lang: String,
    /// The region code, such as `GB`.
    pub region: String,
    /// The canonical route.
    pub route: String,
    /// The core's calendar for each choice of reminders the page offers, by weeks between
    /// reminders (0 for none) and whether one comes before the holidays.
    pub calendars: BTreeMap<(u32, bool), String>,
}

/// The name a reminders calendar downloads as.
pub const CALENDAR_FILE: &str = "openline-reminders.ics";

impl Place {
    /// The page of `route` in this language and region.
    pub fn page(&self, route: &str) -> Result<PagePath, SiteError> {
        PagePath::page(&self.lang, &self.region, route)
    }
}

/// An action, as the web can carry it out.
#[derive(Debug, Clone, PartialEq)]
pub enum Control {
    /// A link to another page of the site.
    Page(PagePath),
    /// A link to a page shown in place of this one, as a filter choice is: the script replaces
    /// this page in the history, so Back leaves the list rather than stepping through filters.
    Replace(PagePath),
    /// A link that leaves the site: `tel:`, `sms:` or `https:`.
    Out {
        /// The address.
        href: String,
        /// Whether it opens a web page (and so gets `rel="noopener noreferrer"`).
        web: bool,
    },
    /// A link that downloads a file the page itself holds.
    Download {
        /// The `data:` address holding the file.
        href: String,
        /// The name to save it as.
        file: &'static str,
    },
    /// A button that needs the script, hidden until the script shows it.
    Script(ScriptAction),
    /// Nothing a static site can do, such as saving a starter.
    Nothing,
}

/// What a script button does; each is a data attribute `site.js` looks for.
#[derive(Debug, Clone, PartialEq)]
pub enum ScriptAction {
    /// `data-copy`: copies the text.
    Copy(String),
    /// `data-share`: shares the text, or copies it where sharing is missing.
    Share(String),
    /// `data-reset`: unticks every step on this device.
    Reset,
}

/// What a few controls say about themselves besides their words.
#[derive(Debug, Default, Clone, Copy)]
pub struct Marks<'a> {
    /// The option already chosen (`aria-current`).
    pub current: bool,
    /// The language the words and the page they lead to are in (`lang`, `hreflang`).
    pub lang: Option<&'a str>,
}

/// The control for an action shown on the page at `place`.
pub fn control(action: &Action, place: &Place) -> Result<Control, SiteError> {
    Ok(match action {
        Action::Navigate {
            route,
            replace: false,
        } => Control::Page(place.page(route)?),
        Action::Navigate {
            route,
            replace: true,
        } => Control::Replace(place.page(route)?),
        Action::OpenUrl { url } => Control::Out {
            href: checked_web_address(url)?.to_owned(),
            web: true,
        },
        Action::Call { number } => Control::Out {
            href: tel_href(number),
            web: false,
        },
        Action::SendText { number, body } => Control::Out {
            href: sms_href(number, body),
            web: false,
        },
        Action::Copy { text } => Control::Script(ScriptAction::Copy(text.clone())),
        Action::Share { text } => Control::Script(ScriptAction::Share(text.clone())),
        Action::Apply { event } => match event {
            Event::ResetSteps => Control::Script(ScriptAction::Reset),
            Event::SetRegion { code } => {
                Control::Page(PagePath::page(&place.lang, code, &place.route)?)
            }
            Event::SetLanguage { tag } => {
                Control::Page(PagePath::page(tag, &place.region, &place.route)?)
            }
            // A site keeps no settings: choosing reminders gives the calendar of that choice,
            // so the phone's own calendar reminds the parent.
            Event::SetReminders {
                every_weeks,
                before_holidays,
                ..
            } => match place.calendars.get(&(*every_weeks, *before_holidays)) {
                Some(calendar) => Control::Download {
                    href: data_href("text/calendar", calendar),
                    file: CALENDAR_FILE,
                },
                None => Control::Nothing,
            },
            // Ticking is the checkbox's job; saving needs an app, so the site leaves it out.
            Event::TickStep { .. }
            | Event::UntickStep { .. }
            | Event::SaveStarter { .. }
            | Event::UnsaveStarter { .. }
            | Event::MarkTalked { .. }
            | Event::UnmarkTalked { .. }
            | Event::AddChild { .. }
            | Event::EditChild { .. }
            | Event::RemoveChild { .. }
            | Event::TalkedWith { .. }
            | Event::UndoTalk { .. }
            | Event::MarkNewDevice { .. } => Control::Nothing,
        },
    })
}

/// `url` if it is `https`; the site links to no other kind of web address.
pub fn checked_web_address(url: &str) -> Result<&str, SiteError> {
    if url.starts_with("https://") {
        Ok(url)
    } else {
        Err(SiteError::UnsafeUrl(url.to_owned()))
    }
}

impl Control {
    /// The page of the site this control leads to, if it leads to one.
    pub fn page(&self) -> Option<&PagePath> {
        match self {
            Control::Page(target) | Control::Replace(target) => Some(target),
            Control::Out { .. }
            | Control::Download { .. }
            | Control::Script(_)
            | Control::Nothing => None,
        }
    }

    /// The control as an element of `class` around `inner`, from the page at `here`;
    /// `None` for [`Control::Nothing`].
    pub fn element(
        &self,
        here: &PagePath,
        class: &str,
        marks: Marks,
        inner: Markup,
    ) -> Option<Markup> {
        let (href, web, replace) = match self {
            Control::Page(target) => (here.href_to(target), false, false),
            Control::Replace(target) => (here.href_to(target), false, true),
            Control::Out { href, web } => (href.clone(), *web, false),
            Control::Download { href, file } => {
                return Some(html! {
                    a class=(class) href=(href) download=(file) type="text/calendar"
                        aria-current=[marks.current.then_some("true")] { (inner) }
                });
            }
            Control::Script(script) => return Some(script.button(class, inner)),
            Control::Nothing => return None,
        };
        Some(html! {
            a class=(class) href=(href) rel=[web.then_some("noopener noreferrer")]
                data-replace[replace]
                aria-current=[marks.current.then_some("true")]
                lang=[marks.lang] hreflang=[marks.lang] { (inner) }
        })
    }
}

impl ScriptAction {
    fn button(&self, class: &str, inner: Markup) -> Markup {
        match self {
            ScriptAction::Copy(text) => html! {
                button type="button" class=(class) data-copy=(text) hidden { (inner) }
            },
            ScriptAction::Share(text) => html! {
                button type="button" class=(class) data-share=(text) hidden { (inner) }
            },
            ScriptAction::Reset => html! {
                button type="button" class=(class) data-reset hidden { (inner) }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place() -> Place {
        Place {
            lang: "en".into(),
            region: "GB".into(),
            route: "settings".into(),
            ..Place::default()
        }
    }

    fn out(action: Action) -> String {
        let here = place().page("teen").expect("a valid page");
        control(&action, &place())
            .expect("a control")
            .element(&here, "btn", Marks::default(), html! { "x" })
            .map(Markup::into_string)
            .unwrap_or_default()
    }

    #[test]
    fn calls_texts_and_pages_become_links() {
        assert_eq!(
            out(Action::Call {
                number: "999".into()
            }),
            "<a class=\"btn\" href=\"tel:999\">x</a>"
        );
        assert_eq!(
            out(Action::SendText {
                number: "741741".into(),
                body: "THORN".into()
            }),
            "<a class=\"btn\" href=\"sms:741741?body=THORN\">x</a>"
        );
        assert_eq!(
            out(Action::OpenUrl {
                url: "https://report.cybertip.org/?a=1&b=\"2\"".into()
            }),
            "<a class=\"btn\" href=\"https://report.cybertip.org/?a=1&amp;b=&quot;2&quot;\" \
             rel=\"noopener noreferrer\">x</a>"
        );
        assert_eq!(
            out(Action::navigate("report/instagram")),
            "<a class=\"btn\" href=\"../report/instagram/index.html\">x</a>"
        );
        assert_eq!(
            out(Action::replace_with("parent?age=8-10")),
            "<a class=\"btn\" href=\"../parent/age-8-10/index.html\" data-replace>x</a>"
        );
    }

    #[test]
    fn region_and_language_choices_lead_to_that_page() {
        let region = Action::apply(Event::SetRegion { code: "US".into() });
        assert_eq!(
            control(&region, &place()).expect("a control"),
            Control::Page(PagePath::page("en", "us", "settings").expect("a valid page"))
        );
        let language = Action::apply(Event::SetLanguage { tag: "es".into() });
        assert_eq!(
            control(&language, &place()).expect("a control"),
            Control::Page(PagePath::page("es", "gb", "settings").expect("a valid page"))
        );
    }

    #[test]
    fn script_buttons_start_hidden_and_saving_is_left_out() {
        assert_eq!(
            out(Action::Share {
                text: "Who's <new>?".into()
            }),
            "<button type=\"button\" class=\"btn\" data-share=\"Who's &lt;new&gt;?\" \
             hidden>x</button>"
        );
        assert!(out(Action::apply(Event::ResetSteps)).contains(" data-reset hidden>"));
        assert_eq!(
            out(Action::apply(Event::SaveStarter { id: "a".into() })),
            ""
        );
    }

    #[test]
    fn a_reminders_choice_downloads_the_core_s_calendar_for_it() {
        let mut place = place();
        place
            .calendars
            .insert((4, false), "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".into());
        let choose = |every_weeks| {
            Action::apply(Event::SetReminders {
                every_weeks,
                before_holidays: false,
                new_device: true,
            })
        };
        assert_eq!(
            control(&choose(4), &place).expect("a control"),
            Control::Download {
                href:
                    "data:text/calendar;charset=utf-8,BEGIN%3AVCALENDAR%0D%0AEND%3AVCALENDAR%0D%0A"
                        .into(),
                file: CALENDAR_FILE,
            }
        );
        assert_eq!(
            control(&choose(0), &place).expect("a control"),
            Control::Nothing,
            "no reminders, no calendar"
        );
    }

    #[test]
    fn refuses_unsafe_addresses_and_unknown_routes() {
        let script = Action::OpenUrl {
            url: "javascript:alert(1)".into(),
        };
        assert!(matches!(
            control(&script, &place()),
            Err(SiteError::UnsafeUrl(_))
        ));
        assert!(control(&Action::navigate("nowhere"), &place()).is_err());
    }
}
