//! Settings: the region whose channels are shown, and the language.

use crate::screen::{Action, Block, ChoiceOption, Event, Page};
use crate::view::View;

/// The settings screen.
pub(crate) fn settings(view: &View) -> Page {
    let strings = &view.strings().settings;
    let regions = view
        .pack()
        .regions
        .iter()
        .map(|region| ChoiceOption {
            label: region.name.clone(),
            selected: region.code == view.region.code,
            action: Action::apply(Event::SetRegion {
                code: region.code.clone(),
            }),
        })
        .collect();
    let english = std::iter::once(("en", "English"));
    let translated = view
        .catalog
        .pack()
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
        title: strings.title.clone(),
        blocks: vec![
            Block::Choice {
                label: strings.region.clone(),
                options: regions,
            },
            Block::Choice {
                label: strings.language.clone(),
                options: languages,
            },
        ],
    }
}
