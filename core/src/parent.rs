//! Conversation starters for parents: filtered by age and moment, saved as favourites, and
//! marked with the day the family talked.

use crate::children::{self, Known};
use crate::screen::{Action, ActionItem, Block, Card, ChoiceOption, Event, LinkItem, Page};
use crate::view::View;
use openline_model::pack::{Advice, AgeBand, Moment, Starter};
use openline_model::route::Route;
use openline_model::strings::fill;

/// The starters, filtered by age band and moment. With children added and no age chosen,
/// a starter for now for each child leads, and the list shows the children's ages.
pub(crate) fn starters(view: &View, age: Option<AgeBand>, moment: Option<Moment>) -> Page {
    let parent = &view.pack().parent;
    let strings = &view.strings().parent;
    let children = children::known(view);
    let mut blocks = vec![Block::Paragraph {
        text: parent.intro.clone(),
    }];
    if age.is_none() && moment.is_none() {
        blocks.extend(children::suggestions(view, &children));
    }
    let kids = &view.strings().children;
    let mut links = vec![LinkItem::to(
        &Route::Children,
        &kids.title,
        Some(&kids.link_detail),
    )];
    let reminders = &view.strings().reminders;
    links.push(LinkItem::to(
        &Route::Reminders,
        &reminders.title,
        Some(&reminders.link_detail),
    ));
    links.extend(guide_links(view));
    links.push(LinkItem::to(&Route::ParentSaved, &strings.saved, None));
    blocks.push(Block::Links { items: links });
    let ages = &view.strings().age;
    let moments = &view.strings().moment;
    // Without a chosen age, the list shows the children's own ages, if any were added.
    let their_ages: Vec<AgeBand> = AgeBand::ALL
        .into_iter()
        .filter(|band| children.iter().any(|child| child.age == *band))
        .collect();
    let all = if their_ages.is_empty() {
        &strings.all
    } else {
        &kids.their_ages
    };
    blocks.push(filter_choice(
        all,
        &strings.age_heading,
        &AgeBand::ALL,
        age,
        |band| ages.label(band),
        |age| Route::Parent { age, moment },
    ));
    blocks.push(filter_choice(
        &strings.all,
        &strings.moment_heading,
        &Moment::ALL,
        moment,
        |moment| moments.label(moment),
        |moment| Route::Parent { age, moment },
    ));
    let matching: Vec<&Starter> = parent
        .starters
        .iter()
        .filter(|starter| match age {
            Some(age) => starter.ages.contains(&age),
            None => their_ages.is_empty() || their_ages.iter().any(|a| starter.ages.contains(a)),
        })
        .filter(|starter| moment.is_none_or(|moment| starter.moments.contains(&moment)))
        .collect();
    blocks.push(Block::Heading {
        text: fill(
            &strings.starters_heading,
            &[("count", &matching.len().to_string())],
        ),
    });
    let unfiltered = age.is_none() && moment.is_none() && their_ages.is_empty();
    if unfiltered {
        // With no filter there are dozens of starters: an index of openers to scan, each
        // leading to its full card, reads better than a wall of cards.
        blocks.push(index(view, &matching));
    } else {
        blocks.extend(cards_or(view, &matching, &strings.none, &children));
    }
    let code = view.region.code.as_str();
    let tips: Vec<Advice> = parent
        .tips
        .iter()
        .filter(|tip| tip.applies_in(code))
        .cloned()
        .collect();
    if age.is_none() && moment.is_none() && !tips.is_empty() {
        blocks.push(Block::Heading {
            text: strings.tips_heading.clone(),
        });
        blocks.push(crate::guide::bullets(&tips));
    }
    let mut cited: Vec<&String> = matching.iter().flat_map(|s| &s.sources).collect();
    cited.extend(tips.iter().flat_map(|tip| &tip.sources));
    blocks.push(view.sources_block(cited, &view.region.reviewed));
    Page {
        title: strings.title.clone(),
        blocks,
    }
}

/// The starters a parent saved.
pub(crate) fn saved(view: &View) -> Page {
    let strings = &view.strings().parent;
    let saved: Vec<&Starter> = view
        .pack()
        .parent
        .starters
        .iter()
        .filter(|starter| {
            view.recorded
                .starters
                .get(&starter.id)
                .is_some_and(|state| state.saved)
        })
        .collect();
    let children = children::known(view);
    let mut blocks = cards_or(view, &saved, &strings.saved_none, &children);
    blocks.push(view.sources_block(saved.iter().flat_map(|s| &s.sources), &view.region.reviewed));
    Page {
        title: strings.saved.clone(),
        blocks,
    }
}

/// One starter, with links to what to do if the answer worries you.
pub(crate) fn starter(view: &View, starter: &Starter) -> Page {
    let children = children::known(view);
    let blocks = vec![
        Block::Cards {
            items: vec![card(view, starter, &children)],
        },
        Block::Links {
            items: guide_links(view),
        },
        view.sources_block(&starter.sources, &view.region.reviewed),
    ];
    Page {
        title: view.strings().starter.title.clone(),
        blocks,
    }
}

fn cards_or(view: &View, starters: &[&Starter], empty: &str, children: &[Known]) -> Vec<Block> {
    if starters.is_empty() {
        return vec![Block::Paragraph {
            text: empty.to_owned(),
        }];
    }
    vec![Block::Cards {
        items: starters
            .iter()
            .map(|starter| card(view, starter, children))
            .collect(),
    }]
}

fn index(view: &View, starters: &[&Starter]) -> Block {
    Block::Links {
        items: starters
            .iter()
            .map(|starter| {
                let route = Route::Starter(starter.id.clone());
                let tags = tags(view, starter).join(" · ");
                LinkItem::to(&route, &starter.opener, Some(&tags))
            })
            .collect(),
    }
}

/// The two guides a parent may need next to any starter.
fn guide_links(view: &View) -> Vec<LinkItem> {
    let strings = &view.strings().parent;
    vec![
        LinkItem::to(
            &Route::Disclosure,
            &strings.disclosure,
            Some(&strings.disclosure_detail),
        ),
        LinkItem::to(
            &Route::WarningSigns,
            &strings.signs,
            Some(&strings.signs_detail),
        ),
    ]
}

/// The names of the age bands, then the moments, a starter fits.
fn tags(view: &View, starter: &Starter) -> Vec<String> {
    let strings = view.strings();
    let ages = AgeBand::ALL
        .into_iter()
        .filter(|age| starter.ages.contains(age))
        .map(|age| strings.age.label(age));
    let moments = Moment::ALL
        .into_iter()
        .filter(|moment| starter.moments.contains(moment))
        .map(|moment| strings.moment.label(moment));
    ages.chain(moments).map(str::to_owned).collect()
}

/// A starter's card. Its "we talked" button records the family's talk, or with children
/// added, a talk with each of `children`.
pub(crate) fn card(view: &View, starter: &Starter, children: &[Known]) -> Card {
    let strings = &view.strings().starter;
    let state = view
        .recorded
        .starters
        .get(&starter.id)
        .cloned()
        .unwrap_or_default();
    let id = starter.id.clone();
    let button = |label: &str, event: Event| ActionItem::plain(label, Action::apply(event));
    let save = if state.saved {
        button(&strings.unsave, Event::UnsaveStarter { id: id.clone() })
    } else {
        button(&strings.save, Event::SaveStarter { id: id.clone() })
    };
    let talked: Vec<ActionItem> = if view.recorded.children.is_empty() {
        vec![match &state.talked_on {
            Some(day) => button(
                &fill(&strings.unmark_talked, &[("date", day)]),
                Event::UnmarkTalked { id: id.clone() },
            ),
            None => button(&strings.mark_talked, Event::MarkTalked { id: id.clone() }),
        }]
    } else {
        let words = &view.strings().children.talked_with;
        children
            .iter()
            .map(|child| {
                button(
                    &fill(words, &[("name", &child.name)]),
                    Event::TalkedWith {
                        child: child.child.id,
                        starter: id.clone(),
                    },
                )
            })
            .collect()
    };
    let share = ActionItem::plain(
        &strings.share,
        Action::Share {
            text: starter.opener.clone(),
        },
    );
    Card {
        route: Route::Starter(id.clone()).to_string(),
        opener: starter.opener.clone(),
        followups_label: strings.followups.clone(),
        followups: starter.followups.clone(),
        worry_label: strings.worry.clone(),
        worry: starter.worry.clone(),
        tags: tags(view, starter),
        saved: state.saved,
        talked_on: state.talked_on,
        actions: std::iter::once(save).chain(talked).chain([share]).collect(),
        sources: starter.sources.clone(),
        id,
    }
}

/// A filter as a choice: "All", then each value, each showing the list filtered by it in
/// place of this one.
fn filter_choice<'s, T: Copy + PartialEq>(
    all: &str,
    label: &str,
    values: &[T],
    current: Option<T>,
    name: impl Fn(T) -> &'s str,
    route: impl Fn(Option<T>) -> Route,
) -> Block {
    let option = |label: &str, value: Option<T>| ChoiceOption {
        label: label.to_owned(),
        selected: value == current,
        action: Action::replace_with(route(value)),
    };
    let mut options = vec![option(all, None)];
    options.extend(values.iter().map(|&value| option(name(value), Some(value))));
    Block::Choice {
        label: label.to_owned(),
        options,
    }
}
