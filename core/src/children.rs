//! A parent's children, by age band only: adding, editing and removing them, a starter for
//! now for each, and what the family talked about with each, with undo.

use crate::parent::card;
use crate::screen::{Action, ActionItem, Block, ChoiceOption, Emphasis, Event, Page};
use crate::store::Child;
use crate::suggest::{seasons_on, suggest};
use crate::view::View;
use openline_model::pack::AgeBand;
use openline_model::strings::fill;

/// A child whose age band this content knows, with the name to show for them.
pub(crate) struct Known<'a> {
    /// The child as recorded.
    pub child: &'a Child,
    /// Their age band.
    pub age: AgeBand,
    /// Their nickname, or "Your child aged 11-13".
    pub name: String,
}

/// The recorded children whose age band the content knows, in the order they were added.
pub(crate) fn known<'a>(view: &View<'a>) -> Vec<Known<'a>> {
    view.recorded
        .children
        .iter()
        .filter_map(|child| {
            let age = AgeBand::from_slug(&child.age)?;
            Some(Known {
                child,
                age,
                name: name(view, child, age),
            })
        })
        .collect()
}

fn name(view: &View, child: &Child, age: AgeBand) -> String {
    match &child.nickname {
        Some(nickname) => nickname.clone(),
        None => fill(
            &view.strings().children.unnamed,
            &[("age", view.strings().age.label(age))],
        ),
    }
}

/// For each child, a heading, the starter suggested for them now and why: the blocks that
/// lead the parent screen.
pub(crate) fn suggestions(view: &View, children: &[Known]) -> Vec<Block> {
    let strings = &view.strings().children;
    let pack = view.pack();
    let seasons = seasons_on(pack, view.region.hemisphere, view.today);
    let mut blocks = vec![Block::Heading {
        text: strings.for_now.clone(),
    }];
    for child in children {
        let talked: Vec<&str> = view
            .recorded
            .talks_with(child.child.id)
            .map(|talk| talk.starter_id.as_str())
            .collect();
        let Some(suggestion) = suggest(pack, child.age, &talked, &seasons) else {
            continue;
        };
        blocks.push(Block::Paragraph {
            text: fill(&strings.for_child, &[("name", &child.name)]),
        });
        blocks.push(Block::Cards {
            items: vec![card(view, suggestion.starter, std::slice::from_ref(child))],
        });
        if let Some(season) = suggestion.season {
            blocks.push(Block::Paragraph {
                text: fill(&strings.in_season, &[("season", &season.label)]),
            });
        } else if suggestion.round_done {
            blocks.push(Block::Paragraph {
                text: strings.all_talked.clone(),
            });
        }
    }
    blocks
}

/// The children screen: each child's age, what was talked about with them, and adding more.
pub(crate) fn children(view: &View) -> Page {
    let strings = &view.strings().children;
    let ages = &view.strings().age;
    let mut blocks = vec![Block::Paragraph {
        text: strings.intro.clone(),
    }];
    let children = known(view);
    if children.is_empty() {
        blocks.push(Block::Paragraph {
            text: strings.none.clone(),
        });
    }
    for child in &children {
        let id = child.child.id;
        blocks.push(Block::Heading {
            text: child.name.clone(),
        });
        let nickname = child.child.nickname.clone();
        blocks.push(Block::Choice {
            label: fill(&strings.age_label, &[("name", &child.name)]),
            options: AgeBand::ALL
                .into_iter()
                .map(|age| ChoiceOption {
                    label: ages.label(age).to_owned(),
                    selected: age == child.age,
                    action: Action::apply(Event::EditChild {
                        id,
                        age: age.slug().to_owned(),
                        nickname: nickname.clone(),
                    }),
                })
                .collect(),
        });
        blocks.push(Block::Paragraph {
            text: fill(&strings.history, &[("name", &child.name)]),
        });
        let history: Vec<ActionItem> = view
            .recorded
            .talks_with(id)
            .map(|talk| {
                let opener = view
                    .content
                    .starter(&talk.starter_id)
                    .map(|starter| starter.opener.clone());
                ActionItem {
                    label: fill(&strings.undo, &[("date", &talk.day)]),
                    detail: opener,
                    action: Action::apply(Event::UndoTalk { id: talk.id }),
                    sources: Vec::new(),
                }
            })
            .collect();
        if history.is_empty() {
            blocks.push(Block::Paragraph {
                text: strings.history_none.clone(),
            });
        } else {
            blocks.push(Block::buttons(history));
        }
        blocks.push(Block::Actions {
            emphasis: Emphasis::Normal,
            items: vec![ActionItem::plain(
                &fill(&strings.remove, &[("name", &child.name)]),
                Action::apply(Event::RemoveChild { id }),
            )],
        });
    }
    blocks.push(Block::Heading {
        text: strings.add_heading.clone(),
    });
    blocks.push(Block::Actions {
        emphasis: Emphasis::Normal,
        items: AgeBand::ALL
            .into_iter()
            .map(|age| {
                ActionItem::plain(
                    &fill(&strings.add, &[("age", ages.label(age))]),
                    Action::apply(Event::AddChild {
                        age: age.slug().to_owned(),
                        nickname: None,
                    }),
                )
            })
            .collect(),
    });
    Page {
        title: strings.title.clone(),
        blocks,
    }
}
