//! Settings: the region whose channels are shown, and the language.

use crate::screen::{Action, Block, ChoiceOption, Event, Page};
use crate::view::View;

/// The settings screen.
pub(crate) fn settings(view: &View) -> Page {
    let pack = view.catalog.pack();
    let regions = pack
        .regions
        .iter()
        .map(|region| ChoiceOption {
            label: view.region_name(region).to_owned(),
            selected: region.code == view.region.code,
            action: Action::apply(Event::SetRegion {
                code: region.code.clone(),
            }),
        })
        .collect();
    let english = std::iter::once(("en", "English"));
    let translated = pack
        .translations
        .iter()
        .map(|(tag, translation)| (tag.as_str(), translation.name.as_str()));
    let languages = english
        .chain(translated)
        .map(|(tag, name)| ChoiceOption {
            label: name.to_owned(),
            selected: tag == view.language,
            action: Action::apply(Event::SetLanguage {
                tag: tag.to_owned(),
            }),
        })
        .collect();
    Page {
        title: view.s("settings.title"),
        blocks: vec![
            Block::Choice {
                label: view.s("settings.region"),
                options: regions,
            },
            Block::Choice {
                label: view.s("settings.language"),
                options: languages,
            },
        ],
    }
}
